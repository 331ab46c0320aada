"""Build throughput against bare spaCy, unchanged and one-article rebuilds, and peak memory.

python benchmarks/bench_build.py --count 1000 --jobs 2 [--pairs 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from measure import BIN, ROOT, corpus, run, save


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench")
    parser.add_argument("--no-bare", action="store_true", help="skip the bare spaCy baseline")
    parser.add_argument("--pairs", type=int, default=1,
                        help="bare spaCy and the build, alternated this many times; the ratios are the medians")
    args = parser.parse_args()
    if args.pairs < 1:
        parser.error("--pairs must be at least 1")

    source = corpus(args.count, args.seed, args.work / f"news-{args.count}-{args.seed}")
    articles = args.work / f"build-{args.count}"  # a copy: one of its articles gets changed below
    store = args.work / f"store-{args.count}"
    shutil.rmtree(articles, ignore_errors=True)
    shutil.rmtree(store, ignore_errors=True)
    shutil.copytree(source, articles)
    result: dict = {"articles": args.count, "seed": args.seed, "jobs": args.jobs}

    kg = [str(BIN / "kg"), "build", str(articles), "--store", str(store), "--jobs", str(args.jobs)]
    pairs = []
    for _ in range(args.pairs):  # alternated, so that a change in the machine's speed falls on both sides alike
        if not args.no_bare:
            bare = run([sys.executable, str(ROOT / "benchmarks" / "bare_spacy.py"), str(articles), "--jobs",
                        str(args.jobs)])
            result["bare"] = {**json.loads(bare.stdout), "wall": bare.seconds, "peak_rss": bare.peak_rss,
                              "cpu_seconds": bare.cpu_seconds}
            print(f"bare spaCy: {result['bare']['seconds']:.1f}s", file=sys.stderr)
        shutil.rmtree(store, ignore_errors=True)
        first = run(kg)
        result["build"] = {"seconds": first.seconds, "peak_rss": first.peak_rss, "cpu_seconds": first.cpu_seconds,
                           "summary": first.stdout.strip()}
        print(f"build: {first.stdout.strip()}", file=sys.stderr)
        if "bare" in result:
            pairs.append({"bare_seconds": result["bare"]["seconds"], "bare_cpu_seconds": bare.cpu_seconds,
                          "build_seconds": first.seconds, "build_cpu_seconds": first.cpu_seconds,
                          "ratio": result["bare"]["seconds"] / first.seconds,
                          "cpu_ratio": bare.cpu_seconds / first.cpu_seconds})
    again = run(kg)
    result["rebuild_unchanged"] = {"seconds": again.seconds, "summary": again.stdout.strip()}
    print(f"unchanged: {again.stdout.strip()}", file=sys.stderr)
    one = sorted(p for p in articles.iterdir() if p.suffix == ".txt")[args.count // 2]
    one.write_text(one.read_text() + "\nThe company said on Friday that the talks would resume next week.\n")
    changed = run(kg)
    result["rebuild_one_changed"] = {"seconds": changed.seconds, "summary": changed.stdout.strip()}
    print(f"one changed: {changed.stdout.strip()}", file=sys.stderr)

    if pairs:
        # (the same count of articles on both sides: the throughput ratio is the ratio of the times)
        result["pairs"] = pairs
        result["ratio_to_bare"] = statistics.median(p["ratio"] for p in pairs)
        result["words_per_second"] = result["bare"]["words"] / first.seconds
        # The same ratio by CPU time (both sides include process start-up and model loading): robust to other load.
        result["cpu_ratio_to_bare"] = statistics.median(p["cpu_ratio"] for p in pairs)
    result["rebuild_share"] = again.seconds / first.seconds
    save(f"build-{args.count}-jobs{args.jobs}", result)
    print(json.dumps({k: v for k, v in result.items() if not isinstance(v, dict)}, indent=2))


if __name__ == "__main__":
    main()
