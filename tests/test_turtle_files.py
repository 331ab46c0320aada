"""The graphs' Turtle kept in the store's folder (kg.turtlefiles): export reads it only while it is the graph's."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_remote import extraction, fill, sample

from kg import store as store_module
from kg import turtlefiles
from kg.export import export, write_union
from kg.mapping import article_quads
from kg.store import TURTLE_FILE, LocalStore, Store


class Dumps:
    """An Oxigraph store that counts the graphs dumped from it."""

    def __init__(self, inner: ox.Store):
        self.inner, self.graphs = inner, []

    def dump(self, *args, **kwargs):
        self.graphs.append(kwargs.get("from_graph"))
        return self.inner.dump(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def from_files(store: Store, prefixes: dict[str, str] | None = None) -> tuple[bytes, list]:
    """The Turtle export with the store's files, and the graphs it still dumped."""
    inner, out = Dumps(store.inner), io.BytesIO()
    write_union(inner, out, ox.RdfFormat.TURTLE, store.base.prefixes() if prefixes is None else prefixes,
                files=store.turtle_files())
    return out.getvalue(), inner.graphs


def from_dumps(store: Store, prefixes: dict[str, str] | None = None) -> bytes:
    """The Turtle export with every graph dumped from the store: the triples the files must give."""
    out = io.BytesIO()
    write_union(store.inner, out, ox.RdfFormat.TURTLE, store.base.prefixes() if prefixes is None else prefixes)
    return out.getvalue()


def same(data: bytes, expected: bytes) -> bool:
    """The same triples, each once, each subject in one statement (the files keep the order the triples came in,
    a dump Oxigraph's)."""
    lines = data.decode().splitlines()
    subjects = [line.split(" ", 1)[0] for line in lines if line and not line.startswith(("\t", "@prefix"))]
    triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    return (len(subjects) == len(set(subjects)) and len(triples) == len(set(triples))
            and knowledge(triples) == knowledge(ox.parse(expected, format=ox.RdfFormat.TURTLE)))


def knowledge(triples) -> set[ox.Triple]:
    """The triples but the names of the files, which change when a file is written again."""
    return {t for t in triples if t.predicate.value != TURTLE_FILE}


def named(store: Store) -> set[str]:
    return set(store.turtle_files())


def graphs(store: Store) -> set[str]:
    """The graphs that should have a file: the articles' and the entities graph."""
    return {*map(store.base.article_graph, store.article_keys()), store.base.entities_graph}


def filled(path: Path, extractions=None) -> Path:
    with Store.open(path, write=True) as st:
        fill(st, extractions or sample())
    return path


def test_a_build_leaves_a_file_for_every_article_and_the_entities_and_export_reads_them(examples_store):
    with Store.open(examples_store) as st:
        assert named(st) == graphs(st)
        data, dumped = from_files(st)
        assert same(data, from_dumps(st))
        assert dumped == [ox.NamedNode(st.base.meta_graph)], "only the meta graph, which has no file"
        buffer = io.BytesIO()
        export(st, buffer, "turtle")
        assert buffer.getvalue() == data
        files = {p.name for p in (examples_store / turtlefiles.FOLDER).iterdir()}
        assert files == {p.name for p in st.turtle_files().values()}, "no other file in the folder"


def test_replacing_an_article_replaces_its_file_and_the_entities_graph_gets_a_new_one_once_refreshed(tmp_path):
    path = filled(tmp_path / "store")
    changed = extraction("talks", "Union walks out of talks", ["Charles Babbage"], "Dockworkers Union", "No deal")
    with Store.open(path, write=True) as st:
        old = st.turtle_files()[st.base.article_graph("talks")]
        entities = st.turtle_files()[st.base.entities_graph]
        st.put_article("talks", article_quads(changed, st.base))
        assert st.turtle_files()[st.base.article_graph("talks")] != old
        data, dumped = from_files(st)
        assert same(data, from_dumps(st)) and ox.NamedNode(st.base.article_graph("talks")) not in dumped
        st.refresh_entities()
        assert st.turtle_files()[st.base.entities_graph] != entities
        data, dumped = from_files(st)
        assert same(data, from_dumps(st)) and dumped == [ox.NamedNode(st.base.meta_graph)]
    with Store.open(path) as st:
        assert named(st) == graphs(st)
        data, dumped = from_files(st)
        assert same(data, from_dumps(st)) and b"No deal" in data and b"Talks went well" not in data
        assert dumped == [ox.NamedNode(st.base.meta_graph)]
    assert not old.exists(), "the old file is deleted once no graph names it"


def test_removing_an_article_drops_its_file_and_its_name(tmp_path):
    path = filled(tmp_path / "store")
    with Store.open(path, write=True) as st:
        gone = st.turtle_files()[st.base.article_graph("chips")]
        st.remove_article("chips")
        st.refresh_entities()
        assert same(from_files(st)[0], from_dumps(st))
    with Store.open(path) as st:
        assert named(st) == graphs(st) and st.base.article_graph("chips") not in named(st)
        data = from_files(st)[0]
        assert same(data, from_dumps(st)) and b"Grace Hopper" not in data
    assert not gone.exists()


def test_an_article_written_again_under_a_removed_ones_key_gets_its_own_file(tmp_path):
    path = filled(tmp_path / "store")
    with Store.open(path, write=True) as st:
        st.remove_article("chips")
    again = extraction("chips", "Chip plant closes", ["Grace Hopper"], "Lumora Semiconductors", "A sad day")
    with Store.open(path, write=True) as st:
        st.put_article("chips", article_quads(again, st.base))
        st.refresh_entities()
    with Store.open(path) as st:
        data = from_files(st)[0]
        assert same(data, from_dumps(st)) and b"A sad day" in data and b"A great day" not in data


def test_a_bulk_load_and_its_undoing_leave_files_only_for_what_is_stored(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "BULK", 2)
    path = filled(tmp_path / "store", sample()[:1])
    more = [extraction(f"a{n}", f"Story {n}", [f"Person{n} Example"], "Dockworkers Union", f"Quote {n}")
            for n in range(3)]
    with Store.open(path, write=True) as st:
        st.put_articles([(ex.article.key, article_quads(ex, st.base)) for ex in more])
        st.refresh_entities()
    with Store.open(path) as st:
        assert named(st) == graphs(st) and len(st.article_keys()) == 4
        assert same(from_files(st)[0], from_dumps(st))
    with Store.open(path, write=True) as st:
        assert isinstance(st, LocalStore)
        # A bulk load killed part way leaves its marks; the next writer drops those graphs.
        st.inner.extend([ox.Quad(ox.NamedNode(store_module.STORE_MARK), ox.NamedNode(store_module.PENDING),
                                 ox.NamedNode(st.base.article_graph("a1")), ox.NamedNode(st.base.meta_graph))])
    with Store.open(path, write=True) as st:
        assert "a1" not in st.article_keys()
    with Store.open(path) as st:
        assert named(st) == graphs(st)
        data = from_files(st)[0]
        assert same(data, from_dumps(st)) and b"Quote 1" not in data and b"Quote 2" in data


@pytest.mark.parametrize("damage", ["truncated", "deleted", "another graph's", "edited header"])
def test_a_damaged_file_is_not_read_and_the_next_writer_writes_it_again(tmp_path, damage):
    path = filled(tmp_path / "store")
    with Store.open(path) as st:
        files = st.turtle_files()
        talks, chips = files[st.base.article_graph("talks")], files[st.base.article_graph("chips")]
        good = from_dumps(st)
    if damage == "truncated":
        talks.write_bytes(talks.read_bytes()[:-10])
    elif damage == "deleted":
        talks.unlink()
    elif damage == "another graph's":
        talks.write_bytes(chips.read_bytes())
    else:
        first, rest = talks.read_bytes().split(b"\n", 1)
        talks.write_bytes(first.replace(b" 1 ", b" 2 ", 1) + b"\n" + rest)
    with Store.open(path) as st:
        data, dumped = from_files(st)
        assert same(data, good) and ox.NamedNode(st.base.article_graph("talks")) in dumped
    with Store.open(path, write=True):
        pass
    with Store.open(path) as st:
        data, dumped = from_files(st)
        assert same(data, good) and dumped == [ox.NamedNode(st.base.meta_graph)]


def test_files_written_with_other_prefixes_are_not_read(tmp_path):
    path = filled(tmp_path / "store")
    with Store.open(path) as st:
        prefixes = {k: v for k, v in st.base.prefixes().items() if k != "person"}
        data, dumped = from_files(st, prefixes)
        assert same(data, from_dumps(st, prefixes)) and len(dumped) == len(graphs(st)) + 1


def test_with_many_graphs_without_a_file_the_files_of_the_others_are_still_read(tmp_path):
    path = filled(tmp_path / "store", [*sample(), *(
        extraction(f"a{n}", f"Story {n}", [f"Person{n} Example"], "Dockworkers Union", f"Quote {n}")
        for n in range(5))])
    with Store.open(path, write=True) as st:
        # As after writes whose files could not be written.
        st._forget_turtle(st.base.article_graph(key) for key in st.article_keys())
        assert named(st) == {st.base.entities_graph}, "more than a few graphs without a file: the store is asked"
        data, dumped = from_files(st)
        assert same(data, from_dumps(st)) and ox.NamedNode(st.base.entities_graph) not in dumped


def test_when_files_cannot_be_written_the_store_is_whole_and_export_dumps(tmp_path, monkeypatch, caplog):
    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(turtlefiles, "write", full)
    with caplog.at_level(logging.WARNING, logger="kg"):
        path = filled(tmp_path / "store")
    assert "kg export reads the store instead" in caplog.text
    with Store.open(path) as st:
        assert named(st) == set() and st.article_keys() == ["chips", "strike", "talks"]
        assert same(from_files(st)[0], from_dumps(st))
        assert not any(q.predicate.value == TURTLE_FILE for q in st.inner)


def export_matches_store(path: Path) -> bool:
    """The Turtle export holds the triples the store holds: no more, no fewer, none in other forms."""
    with Store.open(path) as st:
        data = from_files(st)[0]
        stored = {q.triple for q in st.inner}
    return same(data, from_dumps_of(stored))


def from_dumps_of(triples: set[ox.Triple]) -> bytes:
    data = ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE)
    assert data is not None
    return data


XSD = "http://www.w3.org/2001/XMLSchema#"
NOTE = ox.NamedNode("https://kg.example.org/ontology#note")


@pytest.mark.parametrize("objects", [
    pytest.param([ox.Literal("01", datatype=ox.NamedNode(XSD + "integer")),
                  ox.Literal("1", datatype=ox.NamedNode(XSD + "boolean")),
                  ox.Literal("2026-03-03T10:00:00+00:00", datatype=ox.NamedNode(XSD + "dateTime"))],
                 id="literals the store writes in another form"),
    pytest.param([ox.BlankNode("b0")], id="a blank node, which a replacing update labels anew"),
])
def test_a_file_from_the_triples_in_hand_holds_them_as_the_store_does(tmp_path, objects):
    path = filled(tmp_path / "store")
    with Store.open(path, write=True) as st:
        graph = ox.NamedNode(st.base.article_graph("notes"))
        article = ox.NamedNode(st.base.article("notes"))
        quads = [ox.Quad(article, NOTE, o, graph) for o in objects]
        st.put_article("notes", quads)
        st.put_article("notes", quads)  # again: the replacing path, one SPARQL update
        st.put_article("other", [ox.Quad(ox.NamedNode(st.base.article("other")), NOTE, o,
                                         ox.NamedNode(st.base.article_graph("other"))) for o in objects])
    assert export_matches_store(path)


def test_a_key_given_twice_to_one_bulk_load_keeps_the_last(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "BULK", 2)
    first = extraction("a0", "First", ["Ada Lovelace"], "Dockworkers Union", "One")
    last = extraction("a0", "Last", ["Grace Hopper"], "Lumora Semiconductors", "Two")
    other = [extraction(f"b{n}", f"Story {n}", [f"Person{n} Example"], "Dockworkers Union", "Three")
             for n in range(2)]
    with Store.open(tmp_path / "store", write=True) as st:
        st.put_articles([(ex.article.key, article_quads(ex, st.base)) for ex in [first, *other, last]])
        st.refresh_entities()
        headline = {q.object.value for q in st.inner.quads_for_pattern(
            None, ox.NamedNode("https://kg.example.org/ontology#headline"), None,
            ox.NamedNode(st.base.article_graph("a0")))}
    assert headline == {"Last"}
    assert export_matches_store(tmp_path / "store")


def test_an_empty_article_does_not_stop_the_files_of_the_others(tmp_path):
    with Store.open(tmp_path / "store", write=True) as st:
        st.put_article("empty", [])
        fill(st, sample())
        assert named(st) == graphs(st)
    assert export_matches_store(tmp_path / "store")


def test_graph_names_of_many_multibyte_characters_are_read(tmp_path):
    with Store.open(tmp_path / "store", write=True, base="https://kg.example.org/" + "中" * 150 + "/") as st:
        fill(st, sample())
    with Store.open(tmp_path / "store") as st:
        data, dumped = from_files(st)
        assert dumped == [ox.NamedNode(st.base.meta_graph)]
    assert export_matches_store(tmp_path / "store")


def test_files_that_cannot_be_deleted_leave_the_store_whole(tmp_path, monkeypatch, caplog):
    path = filled(tmp_path / "store")

    def refuse(self, missing_ok=False):
        raise PermissionError(1, "Operation not permitted", str(self))

    monkeypatch.setattr(Path, "unlink", refuse)
    with caplog.at_level(logging.WARNING, logger="kg"), Store.open(path, write=True) as st:
        st.remove_article("chips")
        st.refresh_entities()
    assert "could not delete the Turtle files" in caplog.text
    monkeypatch.undo()
    with Store.open(path) as st:
        assert st.article_keys() == ["strike", "talks"] and named(st) == graphs(st)
    assert export_matches_store(path)
