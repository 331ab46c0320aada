"""Analysis on a Dask distributed cluster: batches of articles to workers that hold the model, records back.

Only the analysis (spaCy and extraction) leaves this process. Resolution and writing stay in the process that
runs `kg.build.build`, the store's one writer, so a distributed build writes the same graph as a local one.
Workers need kg and the spaCy model installed; articles travel to them, plain records come back.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from kg.articles import Skipped
from kg.build import Analyzer
from kg.records import Article, Extraction

if TYPE_CHECKING:
    from distributed import Client

BATCH = 16  # articles per task: large enough to amortize a round trip, small enough to spread over workers
IN_FLIGHT = 3  # tasks queued per worker, so workers stay busy while this process resolves and writes
CONNECT_TIMEOUT = 30  # seconds to reach a scheduler


class DistributedError(Exception):
    """The Dask cluster cannot be reached or used; the message says what to check."""


EXECUTORS = ("local", "dask")


@contextmanager
def executor(name: str, scheduler: str | None = None, workers: int | None = None) -> Iterator[Analyzer | None]:
    """The analyzer `kg build --executor NAME` uses: None for the local one, else Dask's for the whole build."""
    if name not in EXECUTORS:
        raise DistributedError(f"unknown executor {name!r}; use {' or '.join(EXECUTORS)}")
    if name == "local":
        if scheduler:
            raise DistributedError("--scheduler needs --executor dask")
        yield None
        return
    from kg.build import default_jobs

    with dask_client(scheduler, workers or default_jobs()) as client:
        yield dask_analyzer(client)


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2, timeout: float = CONNECT_TIMEOUT) -> Iterator[Client]:
    """A client of the scheduler at `scheduler` (tcp://HOST:8786), else of a LocalCluster on loopback."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DistributedError("the dask executor needs Dask: pip install 'kg[dask]'") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError) as err:
            raise DistributedError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
        with client:
            yield client
        return
    # (the scheduler serves its HTTP pages whatever `dashboard_address` says, None included, dask/distributed#8136:
    # a free port on loopback, not 8787, which another cluster on the machine may hold)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False}) as cluster, \
            Client(cluster) as client:
        yield client


def dask_analyzer(client: Client, batch: int = BATCH) -> Analyzer:
    """An analyzer for `kg.build.build`: articles in batches to the cluster's workers, extractions in order."""

    def analyze(articles: Iterable[Article], model: str, jobs: int = 1) -> Iterator[Extraction | Skipped]:
        from distributed import KilledWorker

        from kg.build import _batches, extractor_signature

        signature = extractor_signature(model)
        # Each worker loads the model once, all at the same time, now; a worker that joins later, at its first task.
        try:
            loaded = client.run(ensure_model, model)
        except Exception as err:
            raise DistributedError(f"a Dask worker cannot load {model!r}: {type(err).__name__}: {err}. "
                                   "Install kg and the model on every worker.") from None
        others = {address: sig for address, sig in loaded.items() if sig != signature}
        if others:
            address, sig = next(iter(others.items()))
            raise DistributedError(f"the Dask worker {address} runs {sig!r}, this process {signature!r}; install "
                                   "the same kg and model versions everywhere, or builds would not skip unchanged "
                                   "articles")
        workers = max(1, len(loaded))
        pending: deque = deque()

        def results(future, sent: list[Article]) -> list[Extraction | Skipped]:
            try:
                return future.result()
            except KilledWorker as err:
                return [Skipped(a.source, f"the Dask worker analyzing it died ({err})") for a in sent]
            except Exception as err:
                raise DistributedError(f"a Dask task failed outside any one article: {type(err).__name__}: "
                                       f"{err}") from err

        for chunk in _batches(articles, batch):
            pending.append((client.submit(analyze_on_worker, chunk, model, pure=False), chunk))
            if len(pending) >= workers * IN_FLIGHT:
                yield from results(*pending.popleft())
        while pending:
            yield from results(*pending.popleft())

    return analyze


def ensure_model(model: str) -> str:
    """Runs on a worker: load the model unless this process already holds it; the extractor signature."""
    from kg.build import _start_worker, _worker

    if _worker.get("model") != model:
        _start_worker(model)
    if "error" in _worker:
        raise _worker["error"]  # type: ignore[misc]
    return str(_worker["signature"])


def analyze_on_worker(articles: list[Article], model: str) -> list[Extraction | Skipped]:
    """Runs on a worker: the batch in one pass, else article by article, so one bad article is skipped alone."""
    from kg.build import analyze_or_skip

    ensure_model(model)
    return analyze_or_skip(articles)


def worker_state() -> dict[str, Any]:
    """Runs on a worker (client.run): the model it holds and how many times it loaded one."""
    from kg.build import _worker
    from kg.nlp import load_model

    return {"model": _worker.get("model"), "loads": load_model.cache_info().misses}


