"""Imported by the fork server that a build's worker processes are forked from (kg.build.analyze).

It loads the model the build names in `KG_PRELOAD_MODEL`, and the extraction rules, once; each worker is then a
fork of a process that has them, as spaCy's own `nlp.pipe(n_process=N)` forks its workers after loading the model,
instead of a fresh interpreter that imports spaCy and loads the model again (about 1.4 CPU-s a worker).
"""

from __future__ import annotations

import os

ENV = "KG_PRELOAD_MODEL"


def _preload() -> None:
    model = os.environ.get(ENV)
    if not model:
        return
    try:
        from kg.build import _start_worker

        _start_worker(model)
    except Exception:  # noqa: BLE001 - the fork server must start whatever happens; each worker loads and reports
        pass


_preload()
