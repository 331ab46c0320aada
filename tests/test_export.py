"""kg export: every format parses back to the same graph, named graphs kept where the format has them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.export import ExportError, export, format_for
from kg.store import Store


def exported(store_path: Path, fmt: str) -> bytes:
    buffer = io.BytesIO()
    with Store.open(store_path) as store:
        export(store, buffer, fmt)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def dataset(examples_store) -> rdflib.Dataset:
    """The store as rdflib reads its N-Quads: the reference the other formats are compared with."""
    ds = rdflib.Dataset()
    ds.parse(data=exported(examples_store, "nquads"), format="nquads")
    return ds


def union(ds: rdflib.Dataset) -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@pytest.mark.parametrize("fmt, rdflib_format", [("turtle", "turtle"), ("ntriples", "nt")])
def test_graph_formats_write_the_union_of_all_graphs_once(examples_store, dataset, fmt, rdflib_format):
    data = exported(examples_store, fmt)
    graph = rdflib.Graph().parse(data=data, format=rdflib_format)
    expected = union(dataset)
    assert len(graph) == len(expected) and isomorphic(graph, expected)
    if fmt == "ntriples":
        assert len(data.splitlines()) == len(expected), "each triple once, though several graphs hold it"


@pytest.mark.parametrize("fmt, rdflib_format", [("trig", "trig"), ("jsonld", "json-ld")])
def test_dataset_formats_keep_every_named_graph(examples_store, dataset, fmt, rdflib_format):
    ds = rdflib.Dataset()
    ds.parse(data=exported(examples_store, fmt), format=rdflib_format)
    graphs = {str(g.identifier): g for g in ds.graphs() if len(g)}
    expected = {str(g.identifier): g for g in dataset.graphs() if len(g)}
    assert graphs.keys() == expected.keys()
    assert all(isomorphic(graphs[name], expected[name]) for name in expected)


def test_nquads_has_one_graph_per_article_plus_entities_and_meta(examples_store, dataset):
    with Store.open(examples_store) as store:
        articles = len(store.article_keys())
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert sum("/graph/article/" in n for n in names) == articles
    assert any(n.endswith("/graph/entities") for n in names) and any(n.endswith("/graph/meta") for n in names)


@pytest.mark.parametrize("path, fmt, expected", [
    ("out/g.ttl", None, "turtle"), ("out/g.nq", None, "nquads"), ("out/g.trig", None, "trig"),
    ("out/g.jsonld", None, "jsonld"), ("out/g.nt", None, "ntriples"), (None, None, "turtle"),
    ("out/g.data", "nquads", "nquads"),
])
def test_format_comes_from_the_option_else_the_extension(path, fmt, expected):
    assert format_for(Path(path) if path else None, fmt) == expected


@pytest.mark.parametrize("path, fmt", [("out/g.data", None), ("out/g.ttl", "rdfxml")])
def test_unknown_format_or_extension_is_an_error_that_names_the_choices(path, fmt):
    with pytest.raises(ExportError, match=r"turtle|\.ttl"):
        format_for(Path(path), fmt)


def test_cli_export_writes_the_file_whole_and_leaves_no_partial(examples_store, dataset, tmp_path):
    out = tmp_path / "graph.ttl"
    result = CliRunner().invoke(app, ["export", "--store", str(examples_store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert isomorphic(rdflib.Graph().parse(out, format="turtle"), union(dataset))
    assert not list(tmp_path.glob("*.partial"))


def _tricky_store(path: Path) -> Path:
    """Subjects shared by several graphs with equal and different triples, the default graph, blank nodes,
    literals that look like statement ends, and names that need escaping as prefixed names."""
    import pyoxigraph as ox

    with Store.open(path, write=True) as store:
        b = store.base
        person, kg = ox.NamedNode(b.iri + "person/ada"), "https://kg.example.org/ontology#"
        name, alias, text = (ox.NamedNode(kg + t) for t in ("name", "alias", "text"))
        odd = ox.NamedNode(b.iri + "person/x.y~z")
        blank = ox.BlankNode("shared")
        graphs = [ox.NamedNode(b.article_graph(k)) for k in ("b", "a", "c")] + [ox.NamedNode(b.entities_graph)]
        quads = []
        for n, g in enumerate(graphs):
            quads += [ox.Quad(person, name, ox.Literal("Ada"), g), ox.Quad(odd, name, ox.Literal("X"), g),
                      ox.Quad(person, alias, ox.Literal(f"alias {n % 2}"), g),
                      ox.Quad(blank, text, ox.Literal(f'ends " .\n\tlike a statement {n % 2} .'), g),
                      ox.Quad(ox.NamedNode(b.statement(str(n), 1)), text, ox.Literal("said .\n"), g)]
        quads += [ox.Quad(person, alias, ox.Literal("in the default graph"), ox.DefaultGraph()),
                  ox.Quad(ox.NamedNode(b.iri + "x"), name, ox.Literal("default only"), ox.DefaultGraph())]
        store.inner.extend(quads)
    return path


@pytest.mark.parametrize("fmt, rdflib_format", [("turtle", "turtle"), ("ntriples", "nt")])
def test_the_union_holds_each_triple_once_the_same_bytes_every_time(tmp_path, fmt, rdflib_format):
    path = _tricky_store(tmp_path / "store")
    ds = rdflib.Dataset()
    ds.parse(data=exported(path, "nquads"), format="nquads")
    expected = union(ds)
    data = exported(path, fmt)
    assert data == exported(path, fmt)
    graph = rdflib.Graph().parse(data=data, format=rdflib_format)
    assert len(graph) == len(expected) and isomorphic(graph, expected)
    if fmt == "ntriples":
        assert len(data.splitlines()) == len(expected)
    else:
        assert data.count(b"\nperson:ada ") == 1, "a subject several graphs describe is written once"


def test_turtle_is_readable_and_each_subject_written_once(examples_store):
    data = exported(examples_store, "turtle").decode()
    body = [line for line in data.splitlines() if not line.startswith("@prefix ")]
    assert "@prefix person: <" in data and not any("<https://kg.example.org/id/" in line for line in body)
    subjects = [line.split(" ", 1)[0] for line in body if line and not line.startswith("\t")]
    assert len(subjects) == len(set(subjects))
