"""SPARQL over the store: shipped queries, parameters as RDF terms, result formats, syntax errors."""

from __future__ import annotations

import csv
import io
import json
import xml.dom.minidom

import pytest
import rdflib

from kg.query import QueryError, named_queries, parse_param, rows, run, serialize
from kg.store import Store

NAMED = sorted(named_queries())


def test_shipped_queries_cover_what_users_ask():
    assert {"who-said-what", "statements-by", "statements-about", "people", "top-entities", "events",
            "co-mentions"} <= set(NAMED)
    assert all(q.description for q in named_queries().values())


@pytest.mark.parametrize("name", NAMED)
def test_every_shipped_query_returns_rows_on_the_examples(examples_store, name):
    with Store.open(examples_store) as st:
        header, found = rows(run(st, name))
    assert header and found, f"{name} returned no rows on the examples"


def test_param_is_bound_as_a_term_not_pasted_into_the_query(examples_store):
    with Store.open(examples_store) as st:
        _, everyone = rows(run(st, "who-said-what"))
        speaker = next(r[0] for r in everyone if r[0])
        _, by_one = rows(run(st, "statements-by", [f"name={speaker}"]))
        _, hostile = rows(run(st, "statements-by", ['name=x" } ?s ?p ?o { "']))
    assert by_one and {r[0] for r in by_one} == {speaker}
    assert len(by_one) < len(everyone)
    assert hostile == []


@pytest.mark.parametrize("raw, expected", [
    ("name=Ada Lovelace", rdflib.Literal("Ada Lovelace")),
    ("n=42", rdflib.Literal(42)),
    ("e=<https://kg.example.org/id/person/ada>", rdflib.URIRef("https://kg.example.org/id/person/ada")),
    ("c=kg:Person", rdflib.URIRef("https://kg.example.org/ontology#Person")),
])
def test_param_values_become_rdf_terms(raw, expected):
    var, term = parse_param(raw)
    assert var.value == raw.split("=")[0]
    assert term.value == str(expected)


@pytest.mark.parametrize("raw", ["novalue", "bad name=x", "=x"])
def test_malformed_param_is_a_clear_error(raw):
    with pytest.raises(QueryError, match="name=value"):
        parse_param(raw)


def test_syntax_error_shows_line_and_column(examples_store):
    with Store.open(examples_store) as st, pytest.raises(QueryError) as err:
        run(st, "SELECT ?x\nWHERE {\n  ?x kg:name \n}")
    message = str(err.value)
    assert "line 4, column 1" in message and "^" in message


def test_unknown_query_name_points_to_the_list(examples_store):
    with Store.open(examples_store) as st, pytest.raises(QueryError, match="--list"):
        run(st, "who-said-everything")


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "xml"])
def test_result_formats_parse_and_agree(examples_store, fmt):
    with Store.open(examples_store) as st:
        data = serialize(run(st, "top-entities"), fmt).decode()
        _, expected = rows(run(st, "top-entities"))
    if fmt == "json":
        parsed = json.loads(data)
        assert parsed["head"]["vars"] == ["name", "kind", "articles"]
        assert len(parsed["results"]["bindings"]) == len(expected)
    elif fmt == "xml":
        dom = xml.dom.minidom.parseString(data)
        assert len(dom.getElementsByTagName("result")) == len(expected)
    else:
        table = list(csv.reader(io.StringIO(data), delimiter="," if fmt == "csv" else "\t"))
        assert len(table) == len(expected) + 1


def test_construct_gives_turtle(examples_store):
    with Store.open(examples_store) as st:
        data = serialize(run(st, "CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }"), "turtle")
    g = rdflib.Graph().parse(data=data, format="turtle")
    assert len(g) > 0


def test_param_binds_a_variable_that_is_not_selected(examples_store):
    with Store.open(examples_store) as st:
        _, found = rows(run(st, "SELECT ?text WHERE { ?s kg:speaker/kg:name ?who ; kg:text ?text }",
                            ["who=Sigrid Haugland"]))
        _, none = rows(run(st, "SELECT ?text WHERE { ?s kg:speaker/kg:name ?who ; kg:text ?text }",
                           ["who=Nobody Atall"]))
    assert found and none == []


def test_syntax_error_with_a_param_points_into_the_text_as_written(examples_store):
    with Store.open(examples_store) as st, pytest.raises(QueryError, match="line 2, column 3"):
        run(st, "SELECT ?x {\n}}", ["x=1"])


@pytest.mark.parametrize("sparql, params, message", [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", [], "read-only"),
    ("# a comment\nPREFIX x: <urn:x:>\nDELETE WHERE { ?s ?p ?o }", [], "read-only"),
    ("statements-by", ["nosuch=x"], "no variable .nosuch"),
    ("statements-by", ["name=A", "name=B"], "twice"),
    ("   ", [], "empty"),
])
def test_queries_that_cannot_run_say_why(examples_store, sparql, params, message):
    with Store.open(examples_store) as st, pytest.raises(QueryError, match=message):
        run(st, sparql, params)


def test_a_graph_result_refuses_a_table_format(examples_store):
    with Store.open(examples_store) as st, pytest.raises(QueryError, match="--format turtle"):
        serialize(run(st, "CONSTRUCT { ?s a kg:Person } WHERE { ?s a kg:Person }"), "csv")


def test_stats_top_entities_are_the_articles_that_mention_each_entity(examples_store):
    from kg.namespaces import PREFIXES
    from kg.stats import stats

    with Store.open(examples_store) as st:
        got = stats(st, top=15)
        # Counted over the article graphs themselves: slow on a large store, exact on this one.
        rows = st.inner.query("""
            SELECT ?name ?class (COUNT(DISTINCT ?a) AS ?n) WHERE {
              ?a a kg:Article ; kg:mentions ?e . ?e a ?class ; kg:name ?name .
              FILTER(?class IN (kg:Person, kg:Organization, kg:Place, kg:Event))
            } GROUP BY ?e ?name ?class ORDER BY DESC(?n) ?name LIMIT 15""",
            prefixes=dict(PREFIXES), use_default_graph_as_union=True)
        expected = [(r["name"].value, r["class"].value.rsplit("#", 1)[-1], int(r["n"].value)) for r in rows]
    assert got.top == expected and len(expected) == 15 and expected[0][2] > 1
