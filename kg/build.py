"""Building a store from articles: read -> skip unchanged -> analyze -> resolve -> write, incrementally.

Each stage is a generator over the one before, so a corpus of any size streams through in bounded memory.
Analysis (spaCy and extraction) runs in worker processes when there is enough to do; resolution and writing
stay in this process, which is the store's only writer.
"""

from __future__ import annotations

import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING

from kg.articles import Skipped, read_articles
from kg.mapping import article_quads
from kg.nlp import DEFAULT_MODEL, check_model, load_model, model_version
from kg.records import Article, Extraction
from kg.store import Store

if TYPE_CHECKING:
    import multiprocessing.pool
    from concurrent.futures import Future

    import pyoxigraph as ox

    from kg.resolve import NameIndex

CHUNK = 500  # articles resolved and written together; bounds memory on large corpora
TASK = 16  # articles per spaCy batch, and per task sent to a worker process
# Tasks queued ahead: a whole chunk's worth, so workers keep parsing while this process resolves and writes one.
IN_FLIGHT = CHUNK // TASK
SMALL = 48  # fewer pending articles than this are analyzed here: starting workers would cost more than it saves

# The analysis stage: (articles, model, jobs) -> an extraction, or a Skipped saying why not, per article, in order.
# `analyze` below is the local one; kg.distributed provides one that runs on a Dask cluster.
Analyzer = Callable[[Iterable[Article], str, int], Iterator[Extraction | Skipped]]


class NothingToBuild(ValueError):
    """None of the inputs exists: the build stops before it opens (or creates) the store."""


def default_jobs() -> int:
    """One worker per core the process may use, at most 8 (each holds its own copy of the model)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


@dataclass
class BuildReport:
    read: int = 0
    built: int = 0
    unchanged: int = 0
    replaced: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    statements: int = 0
    events: int = 0
    triples_before: int = 0
    triples_after: int = 0
    seconds: float = 0.0
    store: str = ""
    jobs: int = 1  # processes that ran spaCy (1: this one)

    @property
    def added(self) -> int:
        return self.triples_after - self.triples_before


def kg_version() -> str:
    from importlib import metadata  # not at import time: `kg --help` should not pay for it

    try:
        return metadata.version("kg")
    except metadata.PackageNotFoundError:
        return "0"


def extractor_signature(model: str) -> str:
    return f"kg {kg_version()} / {model_version(model)}"


def build(
    inputs: Iterable[str],
    store_path: str | Path,
    *,
    model: str = DEFAULT_MODEL,
    jobs: int | None = None,
    base: str | None = None,
    wait: float = 0.0,
    stdin=None,
    on_article: Callable[[Article | Skipped], None] | None = None,
    on_progress: Callable[[BuildReport], None] | None = None,
    analyzer: Analyzer | None = None,
) -> BuildReport:
    """Add the articles to the store; unchanged ones are skipped without NLP, changed ones replaced.

    `jobs` is the number of processes for spaCy (default: one per core; they start from a fresh interpreter, as
    spawned ones do, so a script calling this needs the usual `if __name__ == "__main__":` guard); `analyzer`
    replaces the local analysis (kg.distributed.dask_analyzer) and may yield Skipped for articles it could not
    analyze; `on_progress` is called with the report as it grows.
    """
    started = time.perf_counter()
    inputs = list(inputs)
    missing = [p for p in inputs if p != "-" and not os.path.exists(p)]
    if inputs and len(missing) == len(inputs):
        raise NothingToBuild(f"no such file or folder: {', '.join(missing)}; nothing was built, and no store was "
                             "created or changed")
    report = BuildReport(store=str(store_path))
    check_model(model)
    signature = extractor_signature(model)
    with Store.open(store_path, write=True, wait=wait, base=base) as store:
        report.triples_before = len(store)
        notify = on_progress or (lambda _report: None)
        seen: dict[str, str] = {}  # key -> source of every article read in this build
        pending = _changed(read_articles(inputs, stdin=stdin), store, signature, report, on_article, notify, seen)
        first = list(islice(pending, SMALL))
        if first:
            report.jobs = 1 if len(first) < SMALL and analyzer is None else jobs or default_jobs()
            analyzed = (analyzer or analyze)(chain(first, pending), model, report.jobs)
            index = _name_index(store)
            with _Writer() as writer, _fewer_collections():
                try:
                    while chunk := list(islice(analyzed, CHUNK)):
                        _write(store, index, chunk, report, seen, writer)
                        # Flushed in the writer thread, while this one waits for the next chunk's analyses; the
                        # next chunk's writes queue behind it.
                        writer.submit(_flush, store)
                        notify(report)
                    writer.wait_writes()
                except BaseException:
                    # Stopped part way (Ctrl-C, a server that went away): the articles written so far are whole;
                    # bring the entities graph up to date with them before the error goes on, if the store still
                    # answers.
                    writer.drain()
                    if report.built or report.replaced:
                        _refresh_after_failure(store)
                    raise
                if report.built or report.replaced:
                    store.refresh_entities()  # while the writer flushes the last chunk
        report.triples_after = len(store)
    report.seconds = time.perf_counter() - started
    notify(report)
    return report


def _changed(items: Iterable[Article | Skipped], store: Store, signature: str, report: BuildReport,
             on_article: Callable[[Article | Skipped], None] | None,
             notify: Callable[[BuildReport], None], seen: dict[str, str]) -> Iterator[Article]:
    """The articles that are new or changed since they were stored; counts the rest in the report."""
    for item in items:
        if on_article:
            on_article(item)
        if isinstance(item, Skipped):
            report.skipped.append(item)
        elif item.key in seen:
            report.read += 1
            report.skipped.append(Skipped(item.source, f"the same article as {seen[item.key]} (built once)"))
        else:
            report.read += 1
            seen[item.key] = item.source
            if store.article_state(item.key) == (item.content_hash, signature):
                report.unchanged += 1
            else:
                yield item
        notify(report)


def analyze(articles: Iterable[Article], model: str, jobs: int = 1) -> Iterator[Extraction | Skipped]:
    """spaCy and extraction over the articles, in order: here when `jobs` is 1, else in `jobs` worker processes."""
    if jobs <= 1:
        _start_worker(model)
        for batch in _batches(articles, TASK):
            yield from analyze_or_skip(batch)
        return
    with _worker_pool(model, jobs) as pool:
        in_flight: deque = deque()
        for batch in _batches(articles, TASK):
            in_flight.append(pool.apply_async(analyze_or_skip, (batch,)))
            if len(in_flight) >= IN_FLIGHT + jobs:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


@contextmanager
def _worker_pool(model: str, jobs: int) -> Iterator[multiprocessing.pool.Pool]:
    """`jobs` processes with the model loaded, forked from a fork server that loaded it once (kg.preload).

    Not forked from this process, which holds the store's open files and threads that children must not inherit.
    The fork server is stopped, and waited for, when the pool closes: it holds a copy of the model, and the CPU
    time of the workers it forked is counted in this process's children only once it has been waited for."""
    import multiprocessing

    from kg.preload import ENV

    if "forkserver" not in multiprocessing.get_all_start_methods():  # (Windows)
        with multiprocessing.get_context("spawn").Pool(jobs, initializer=_start_pool_worker, initargs=(model,)) as pool:
            yield pool
        return
    import multiprocessing.forkserver

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kg.preload"])
    before = os.environ.get(ENV)
    os.environ[ENV] = model  # (read by the fork server when the pool starts it)
    try:
        pool = context.Pool(jobs, initializer=_start_pool_worker, initargs=(model,))
    finally:
        if before is None:
            del os.environ[ENV]
        else:
            os.environ[ENV] = before
    try:
        with pool:
            yield pool
    finally:
        stop = getattr(getattr(multiprocessing.forkserver, "_forkserver", None), "_stop", None)
        if stop is not None:  # (a private method of CPython's since 3.8; without it, the server ends with us)
            stop()


_worker: dict[str, object] = {}


def _start_worker(model: str) -> None:
    """Load the model once per process, so tasks carry only articles in and plain records out."""
    _worker["model"] = model
    _worker["signature"] = extractor_signature(model)
    try:
        load_model(model)
    except Exception as err:  # noqa: BLE001 - a failing pool initializer would be restarted forever; fail the task
        _worker["error"] = err


def _start_pool_worker(model: str) -> None:
    """A worker process's start: Ctrl-C is for the build to handle (it stops the pool), not for each worker to
    print a traceback of."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _start_worker(model)


def analyze_batch(articles: list[Article]) -> list[Extraction]:
    """Parse a few articles with the process's model and extract plain records from each."""
    from kg.extract import extract

    if "error" in _worker:
        raise _worker["error"]  # type: ignore[misc]
    nlp = load_model(str(_worker["model"]))
    out = []
    for article, doc in zip(articles, nlp.pipe([a.text for a in articles], batch_size=len(articles)), strict=True):
        ex = extract(article, doc)
        ex.model = str(_worker["signature"])
        out.append(ex)
    return out


def analyze_or_skip(articles: list[Article]) -> list[Extraction | Skipped]:
    """The batch in one pass; if that fails, article by article, so that one bad article is skipped alone."""
    try:
        return list(analyze_batch(articles))
    except Exception:  # noqa: BLE001 - whatever it was, the retry below finds the article it belongs to
        pass
    out: list[Extraction | Skipped] = []
    for article in articles:
        try:
            out.extend(analyze_batch([article]))
        except Exception as err:  # noqa: BLE001 - reported as a skipped article, with the error
            out.append(Skipped(article.source, f"analysis failed: {type(err).__name__}: {err}"))
    return out


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _flush(store: Store) -> None:
    """Write what Oxigraph holds in memory to disk: it otherwise keeps every write of a build in RAM (~1 KB a quad,
    3 GB for 10,000 articles). A remote store has nothing to flush."""
    flush = getattr(store.inner, "flush", None)
    if flush is not None:
        flush()


def _refresh_after_failure(store: Store) -> None:
    """Refresh the entities graph on the way out of a failed build; if that fails too, the store keeps its mark
    and the next writer refreshes it (Store.open recovers), so the original error is the one reported."""
    try:
        store.refresh_entities()
    except Exception:  # noqa: BLE001 - the build's own error is the one to report
        pass


def _name_index(store: Store) -> NameIndex:
    """The entities already stored; each chunk adds its own, so later chunks resolve against earlier ones."""
    from kg.resolve import NameIndex

    index = NameIndex()
    for kind, name, aliases in store.known_entities():
        index.add(kind, name, aliases)
    return index


class _Writer:
    """The thread that writes the articles of a build, one at a time and in order, while the calling thread
    resolves and maps the next (Oxigraph writes without the GIL; at the end of a build, with the workers done,
    that halves the wait). One task runs at a time, and the calling thread uses the store only when no write
    runs; a flush may run beside it (Oxigraph's flush is safe alongside reads and writes)."""

    def __init__(self) -> None:
        from concurrent.futures import ThreadPoolExecutor  # here: `kg --help` imports this module

        self._pool = ThreadPoolExecutor(1, thread_name_prefix="kg-writer")
        self._last: Future[None] | None = None  # the last task submitted
        self._last_write: Future[None] | None = None

    def submit(self, task: Callable[..., None], *args: object) -> None:
        """Start a task once the one before it is done (raising that one's error, if any)."""
        if self._last is not None:
            self._last.result()
        self._last = self._pool.submit(task, *args)
        if task is not _flush:
            self._last_write = self._last

    def wait_writes(self) -> None:
        """Wait for the last write (not for a flush queued after it); raise its error, if any."""
        if self._last_write is not None:
            self._last_write.result()

    def drain(self) -> None:
        """Let the running and queued tasks end, whatever they raise: nothing else may write until they have."""
        self._pool.shutdown(wait=True)

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True)
        if exc[0] is None and self._last is not None:
            self._last.result()  # a failed last flush is an error of the build


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while a build holds many young objects (the analyses of a
    chunk arrive as some 300 containers an article, none of them garbage): with the default thresholds its full
    passes cost 1-2 CPU-s per 1,000 articles. The objects alive before the build are set aside meanwhile."""
    import gc

    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(thresholds[0], 20_000), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _write(store: Store, index: NameIndex, analyzed: list[Extraction | Skipped], report: BuildReport,
           seen: Mapping[str, str], writer: _Writer) -> None:
    """Resolve names across the chunk, earlier chunks and the store, then replace each article's graph through
    `writer`, which may still be writing them on return: an article that replaces others at once, the rest
    together at the end (Store.put_articles: new ones in one bulk load)."""
    report.skipped.extend(x for x in analyzed if isinstance(x, Skipped))
    extractions = [x for x in analyzed if isinstance(x, Extraction)]
    for ex in extractions:
        for ent in ex.entities:
            index.add(ent.kind, ent.name, sorted(ent.aliases))
    together: list[tuple[str, list[ox.Quad]]] = []
    try:
        _map(store, index, extractions, report, seen, writer, together)
    except BaseException:
        # Stopped part way (Ctrl-C, a failing mapping): the articles mapped so far are whole; write them on the
        # way out, unless an earlier write failed, which is then the error to report.
        if together:
            with suppress(Exception):
                writer.submit(store.put_articles, together)
        raise
    if together:
        writer.submit(store.put_articles, together)


def _map(store: Store, index: NameIndex, extractions: list[Extraction], report: BuildReport,
         seen: Mapping[str, str], writer: _Writer, together: list[tuple[str, list[ox.Quad]]]) -> None:
    """Resolve and map each article; write those that replace others through `writer`, collect the rest."""
    for ex in extractions:
        index.resolve(ex)
        art = ex.article
        try:
            quads = article_quads(ex, store.base)
        except ValueError as err:  # a value the graph cannot hold: this article is skipped, the build goes on
            report.skipped.append(Skipped(art.source, f"cannot be put in the graph: {err}"))
            continue
        replaces: list[str] = []
        if art.identifier.startswith("sha256:"):
            # An article known only by its text: a new text from the same file replaces the old one, unless this
            # build read the old one too (a line inserted above it in a JSONL file moved it down). Read once the
            # write before it is done: that one may be of the same file.
            writer.wait_writes()
            replaces = [old for old in store.keys_for_source(art.source) if old != art.key and
                        old not in seen]
        if replaces:
            writer.submit(store.put_article, art.key, quads, replaces)
        else:
            together.append((art.key, quads))
        report.replaced += len(replaces)
        report.built += 1
        report.entities.update(e.kind for e in ex.entities)
        report.statements += len(ex.statements)
        report.events += len(ex.events) + sum(1 for e in ex.entities if e.kind == "Event")
