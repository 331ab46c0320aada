"""Export throughput (triples per second) in each format, through `kg export`, on the one-million-triple store.

python benchmarks/bench_export.py --store /tmp/kg-bench/store-1m
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from measure import BIN, save

from kg.store import Store

# N-Triples and N-Quads first: their line counts give the statements Turtle and TriG write.
FORMATS = {"ntriples": ".nt", "nquads": ".nq", "turtle": ".ttl", "trig": ".trig"}
SAME_STATEMENTS = {"turtle": "ntriples", "trig": "nquads", "ntriples": "ntriples", "nquads": "nquads"}


def main() -> None:
    from measure import run

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, default=Path("/tmp/kg-bench/store-1m"))
    args = parser.parse_args()
    with Store.open(args.store) as store:
        quads = len(store)
    result: dict = {"quads": quads, "formats": {}}
    for fmt, suffix in FORMATS.items():
        out = args.store.with_name(f"export{suffix}")
        got = run([str(BIN / "kg"), "export", "--store", str(args.store), "-o", str(out)])
        if fmt in ("nquads", "ntriples"):
            with out.open("rb") as fh:
                statements = sum(1 for line in fh if line.strip())
        else:
            statements = result["formats"][SAME_STATEMENTS[fmt]]["statements"]
        result["formats"][fmt] = {"seconds": got.seconds, "peak_rss": got.peak_rss, "bytes": out.stat().st_size,
                                  "statements": statements, "per_second": statements / got.seconds}
        print(f"{fmt}: {statements:,} statements in {got.seconds:.2f}s, {statements / got.seconds:,.0f}/s, "
              f"peak {got.peak_rss / 2**20:.0f} MB", file=sys.stderr)
        out.unlink()
    save("export-1m", result)


if __name__ == "__main__":
    main()
