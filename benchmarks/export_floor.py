"""How fast Oxigraph itself can read the store, to put `kg export`'s rate in context. Prints JSON.

python benchmarks/export_floor.py --store /tmp/kg-bench/store-1m
"""

from __future__ import annotations

import argparse
import json
import resource
import threading
import time
from pathlib import Path

import pyoxigraph as ox
from measure import save

from kg.store import Store


def timed(fn) -> dict:
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    value = fn()
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    return {"seconds": time.perf_counter() - started,
            "cpu_seconds": r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime, "value": value}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, default=Path("/tmp/kg-bench/store-1m"))
    args = parser.parse_args()
    out: dict = {}
    with Store.open(args.store) as store:
        inner, prefixes = store.inner, store.base.prefixes()
        graphs = sorted(inner.named_graphs(), key=lambda g: g.value)
        quads = len(inner)
        out["quads"] = quads
        # Reading every quad's index entry without turning ids back into strings.
        out["scan_count"] = timed(lambda: int(next(iter(inner.query(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))[0].value))
        # Oxigraph's own N-Quads dump, all in Rust: every IRI and long literal is one RocksDB read (id2str).
        out["dump_nquads"] = timed(lambda: len(inner.dump(format=ox.RdfFormat.N_QUADS)))
        out["dump_turtle_per_graph_1_thread"] = timed(lambda: sum(
            len(inner.dump(format=ox.RdfFormat.TURTLE, from_graph=g, prefixes=prefixes)) for g in graphs))

        def two_threads() -> int:
            sizes = [0, 0]

            def work(i: int) -> None:
                sizes[i] = sum(len(inner.dump(format=ox.RdfFormat.TURTLE, from_graph=g, prefixes=prefixes))
                               for g in graphs[i::2])
            threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            return sum(sizes)
        out["dump_turtle_per_graph_2_threads"] = timed(two_threads)
        out["iterate_quads_in_python"] = timed(lambda: sum(1 for _ in inner))
        nquads = inner.dump(format=ox.RdfFormat.N_QUADS)
    memory = ox.Store()
    memory.load(nquads, format=ox.RdfFormat.N_QUADS)
    out["in_memory_dump_nquads"] = timed(lambda: len(memory.dump(format=ox.RdfFormat.N_QUADS)))
    for value in out.values():
        if isinstance(value, dict):
            value["quads_per_second"] = quads / value["seconds"]
            value["quads_per_cpu_second"] = quads / value["cpu_seconds"]
    save("export-floor-1m", out)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
