"""Progress on stderr for long work: a live line while it runs (terminals only), one summary line at the end."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.build import BuildReport


def counts(report: BuildReport) -> str:
    parts = [f"{report.read} read", f"{report.built} built", f"{report.unchanged} unchanged"]
    if report.replaced:
        parts.append(f"{report.replaced} replaced")
    if report.skipped:
        parts.append(f"{len(report.skipped)} skipped")
    return ", ".join(parts)


def summary(report: BuildReport) -> str:
    """One line: articles, what happened to them, triples, seconds."""
    rate = f", {report.built / report.seconds:.1f} articles/s" if report.built and report.seconds else ""
    jobs = f" with {report.jobs} spaCy processes" if report.jobs > 1 else ""
    return (f"{counts(report)}; +{report.added:,} triples ({report.triples_after:,} in the store) "
            f"in {report.seconds:.1f}s{rate}{jobs}")


@contextmanager
def build_progress(enabled: bool | None = None) -> Iterator[Callable[[BuildReport], None] | None]:
    """A callback for `build(on_progress=...)` drawing a live status on stderr; None when stderr is not a terminal."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    started = time.perf_counter()
    progress = Progress(SpinnerColumn(), TextColumn("building: {task.description}"), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=True)
    with progress:
        task = progress.add_task("starting", total=None)

        def update(report: BuildReport) -> None:
            seconds = time.perf_counter() - started
            rate = f" ({report.built / seconds:.1f} articles/s)" if report.built else ""
            progress.update(task, description=counts(report) + rate)

        yield update
