"""Bulk loads of new articles (Store.put_articles): a build killed or failing during one leaves no part of it."""

from __future__ import annotations

import gc
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.store import PENDING, TURTLE_FILE, LocalStore, Store, StoreBusy, _lock

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FILES = sorted(str(p) for p in EXAMPLES.iterdir() if p.name != "README.md")
BEFORE, LATER = FILES[:3], FILES[3:]  # stored by an earlier build; then 8 articles (5 files, 3 JSONL lines)
CHUNK = 4  # so that the later build writes two chunks, each in one bulk load; the first is LATER[:CHUNK]
SECOND = 8 - CHUNK  # articles in the second chunk


class HalfLoad:
    """An Oxigraph store whose `crash_at`-th bulk load writes the first half of its quads, then calls `stop`."""

    def __init__(self, inner: ox.Store, stop, crash_at: int = 1):
        self._inner, self._stop, self._left = inner, stop, crash_at

    def __getattr__(self, name: str):
        return getattr(self._inner, name)

    def __len__(self) -> int:
        return len(self._inner)

    def __iter__(self):
        return iter(self._inner)

    def bulk_extend(self, quads) -> None:
        self._left -= 1
        if self._left:
            self._inner.bulk_extend(quads)
            return
        quads = list(quads)
        self._inner.bulk_extend(quads[: len(quads) // 2])
        self._stop()


def kill_self() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def half_loads(stop, crash_at: int = 1) -> None:
    """Make every store opened for writing from now on a HalfLoad."""
    init = LocalStore.__init__

    def wrapped(self, path, inner, base, writable):
        init(self, path, HalfLoad(inner, stop, crash_at) if writable else inner, base, writable)

    LocalStore.__init__ = wrapped


# The build the tests kill: the later articles in chunks of CHUNK, bulk-loaded, killed half way through the second.
KILLED_BUILD = f"""
import sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
import kg.build, kg.store
from test_store_bulk import half_loads, kill_self
kg.build.CHUNK, kg.store.BULK = {CHUNK}, 1
half_loads(kill_self, crash_at=2)
kg.build.build({LATER!r}, sys.argv[1])
"""


def nquads(path: Path) -> list[str]:
    """The store's quads as sorted N-Quads lines, read with Oxigraph alone (no kg reader, which would repair).

    Without the names of the graphs' Turtle files, which only a writer that closes normally writes
    (test_export checks them)."""
    store = ox.Store.read_only(str(path))
    try:
        quads = (q for q in store if q.predicate.value != TURTLE_FILE)
        return sorted(ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode().splitlines())
    finally:
        del store


def graphs(lines: list[str]) -> set[str]:
    return {line.rsplit(" ", 2)[-2] for line in lines}


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr("kg.build.CHUNK", CHUNK)
    monkeypatch.setattr("kg.store.BULK", 1)


@pytest.fixture(scope="module")
def references(tmp_path_factory, nlp) -> dict[str, list[str]]:
    """Clean builds: the earlier articles; then the first chunk of the later ones; then all of them."""
    import kg.build
    import kg.store

    saved = kg.build.CHUNK, kg.store.BULK
    kg.build.CHUNK, kg.store.BULK = CHUNK, 1
    try:
        root = tmp_path_factory.mktemp("references")
        build(BEFORE, root / "before")
        out = {"before": nquads(root / "before")}
        shutil.copytree(root / "before", root / "first")
        shutil.copytree(root / "before", root / "all")
        build(LATER[:CHUNK], root / "first")
        out["first chunk"] = nquads(root / "first")
        build(LATER, root / "all")
        out["all"] = nquads(root / "all")
        return out
    finally:
        kg.build.CHUNK, kg.store.BULK = saved


@pytest.fixture(scope="module")
def killed(tmp_path_factory, nlp) -> Path:
    """A store of the earlier articles, then a build of the later ones killed (SIGKILL) in its second bulk load."""
    import kg.build
    import kg.store

    saved = kg.build.CHUNK, kg.store.BULK
    kg.build.CHUNK, kg.store.BULK = CHUNK, 1
    try:
        path = tmp_path_factory.mktemp("killed") / "store"
        build(BEFORE, path)
    finally:
        kg.build.CHUNK, kg.store.BULK = saved
    proc = subprocess.run([sys.executable, "-c", KILLED_BUILD, str(path)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-3000:]
    return path


@pytest.fixture
def crashed(killed, tmp_path) -> Path:
    path = tmp_path / "store"
    shutil.copytree(killed, path)
    return path


def test_a_killed_bulk_load_leaves_its_marks_and_part_of_its_chunk(crashed, references):
    """What the other tests repair: the kill left the second chunk half written, with its graphs marked."""
    left = nquads(crashed)
    marked = {line.split(" ")[2] for line in left if f"<{PENDING}>" in line}
    assert len(marked) == SECOND
    half = [line for line in left if line.rsplit(" ", 2)[-2] in marked]
    expected = [line for line in references["all"] if line.rsplit(" ", 2)[-2] in marked]
    assert 0 < len(half) < len(expected)


def test_the_next_writer_drops_a_killed_bulk_load_and_keeps_what_was_stored(crashed, references):
    (crashed / "bulk-1234.sst").write_bytes(b"")  # as a load killed before its files were taken in leaves them
    with Store.open(crashed, write=True):
        pass
    assert not list(crashed.glob("bulk-*"))
    # The earlier build's articles and the whole first chunk, exactly; nothing of the second chunk, no marks.
    assert nquads(crashed) == references["first chunk"]
    assert graphs(references["before"]) <= graphs(nquads(crashed))


def test_building_again_after_a_killed_bulk_load_gives_the_graph_of_a_clean_build(crashed, references,
                                                                                   small_chunks):
    report = build(LATER, crashed)
    assert (report.built, report.unchanged) == (SECOND, CHUNK)
    assert nquads(crashed) == references["all"]


def test_a_reader_repairs_a_store_left_by_a_killed_bulk_load_before_it_reads(crashed, references):
    with Store.open(crashed) as st:
        assert not st.writable
        assert len(st.article_keys()) == len(BEFORE) + CHUNK
    assert nquads(crashed) == references["first chunk"]


def test_a_reader_that_cannot_repair_a_killed_bulk_load_refuses_to_read(crashed):
    left = nquads(crashed)
    with _lock(crashed, exclusive=False, wait=0):  # another reader: no writer may open the store
        with pytest.raises(StoreBusy, match=f"holds {SECOND} articles that a killed build"):
            with Store.open(crashed):
                pass
    assert nquads(crashed) == left


def test_a_bulk_load_that_fails_leaves_none_of_its_articles(tmp_path, references, small_chunks, monkeypatch):
    path = tmp_path / "store"
    build(BEFORE, path)
    build(LATER[:CHUNK], path)

    def fail() -> None:
        raise OSError("disk full")

    init = LocalStore.__init__
    half_loads(fail)
    try:
        build(LATER, path)
    except OSError as err:
        assert "disk full" in str(err)
    else:
        pytest.fail("the build did not fail")
    finally:
        LocalStore.__init__ = init
    # The traceback's frames held the HalfLoad, and through it the open store: let it close.
    gc.collect()
    # Dropped at once, and the entities graph refreshed on the way out: as after the first chunk, marks and all.
    assert nquads(path) == references["first chunk"]


def test_a_bulk_load_marks_only_the_graphs_it_creates_so_its_undoing_keeps_a_stored_article(tmp_path, monkeypatch):
    from test_remote import extraction, fill, sample

    from kg.mapping import article_quads
    from kg.namespaces import KG

    monkeypatch.setattr("kg.store.BULK", 1)
    path = tmp_path / "store"
    with Store.open(path, write=True) as st:
        fill(st, sample())
    changed = extraction("talks", "Union and minister agree", ["Ada Lovelace"], "Dockworkers Union", "A deal")
    new = [extraction("ports", "Ports reopen", ["Grace Hopper"], "Harbour Board", "Back to work"),
           extraction("ships", "Ships return", ["Charles Babbage"], "Harbour Board", "All aboard")]

    def fail() -> None:
        raise OSError("disk full")

    init = LocalStore.__init__
    half_loads(fail)
    try:
        with Store.open(path, write=True) as st:
            with pytest.raises(OSError, match="disk full"):
                st.put_articles([(ex.article.key, article_quads(ex, st.base)) for ex in [changed, *new]])
            assert st.article_keys() == ["chips", "strike", "talks"]
            assert st.article_state("talks") == ("h-talks", "test 1")
            rows = st.query(f"SELECT ?h WHERE {{ GRAPH ?g {{ ?a <{KG}headline> ?h }} }}")
            headlines = {row["h"].value for row in rows}
            assert "Union and minister agree" in headlines and "Union meets the minister" not in headlines
    finally:
        LocalStore.__init__ = init
    gc.collect()
