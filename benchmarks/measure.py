"""Shared by the benchmark scripts: timing a command with the peak memory of its whole process tree."""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Run:
    seconds: float
    peak_rss: int  # bytes: the largest sum of RSS over the process and its children, sampled every 50 ms
    stdout: str
    # user + system CPU seconds of the whole process tree: unlike wall time, hardly moved by other load
    cpu_seconds: float = 0.0


def run(cmd: list[str], env: dict[str, str] | None = None) -> Run:
    """Run a command to completion; raise if it fails (a benchmark of a failure measures nothing)."""
    import psutil  # benchmarks only: sums the memory of worker processes too

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        parent = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                total = parent.memory_info().rss + sum(c.memory_info().rss for c in parent.children(recursive=True))
                peak = max(peak, total)
            except psutil.Error:
                pass
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if proc.returncode not in (0, 3):  # 3: kg build skipped some inputs, which the caller reports
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    return Run(seconds, peak, out, cpu)


def machine() -> dict[str, str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), "0")
    return {"cpu": cpu, "cores": str(len(os.sched_getaffinity(0))), "memory": f"{int(mem) / 2**20:.0f} GB",
            "python": platform.python_version(),
            "load_average": " ".join(f"{x:.1f}" for x in os.getloadavg()),
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}


def save(name: str, data: dict) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps({"machine": machine(), **data}, indent=2) + "\n")
    print(f"wrote {path}", file=sys.stderr)
    return path


def corpus(count: int, seed: int, out: Path) -> Path:
    """The synthetic corpus benchmarks/generate.py writes for this count and seed (generated once)."""
    if not (out / ".done").exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--count", str(count), "--seed",
                        str(seed), "--out", str(out), "--quiet"], check=True)
        (out / ".done").write_text("")
    return out
