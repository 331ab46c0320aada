"""`kg --help` start-up: the median of several cold-ish runs (the OS file cache is warm after the first).

python benchmarks/bench_startup.py
"""

from __future__ import annotations

import statistics
import sys

from measure import BIN, run, save

RUNS = 11


def main() -> None:
    times = [run([str(BIN / "kg"), "--help"]).seconds for _ in range(RUNS)]
    median = statistics.median(times[1:])
    save("startup", {"help_median_s": median, "help_max_s": max(times[1:]), "runs": times})
    print(f"kg --help: median {median * 1000:.0f} ms, max {max(times[1:]) * 1000:.0f} ms", file=sys.stderr)


if __name__ == "__main__":
    main()
