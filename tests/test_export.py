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
