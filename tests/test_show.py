"""`kg show NAME`: an entity card from the graph, in the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_view_graph import HOSTILE_HEADLINE, HOSTILE_NAME, make_store
from typer.testing import CliRunner

from kg.cli import app
from kg.explore import ExploreError, card, load
from kg.store import Store


@pytest.fixture(scope="module")
def graph_store(tmp_path_factory) -> Path:
    return make_store(tmp_path_factory.mktemp("show") / "store")


@pytest.fixture(scope="module")
def graph(graph_store):
    with Store.open(graph_store) as st:
        return load(st)


def test_card_gathers_names_titles_articles_statements_events_and_co_mentions(graph):
    c = card(graph, "Ada Lovelace")
    assert (c.entity.kind, c.entity.titles) == ("Person", ["Minister"])
    assert [a.headline for a in c.articles] == ["Port strike halts Oslo harbour", "Union meets the minister"]
    assert [s.text for s in c.said] == ["The strike must end"]
    assert {s.text for s in c.said_about} == {"the union was right", "We will not back down"}
    assert [(role, e.name) for role, e in c.events] == [("took part in", "Strike talks")]
    assert [(role, e.name) for role, e in c.relations] == [("affiliated with", "Ministry")]
    assert [(e.name, n) for e, n in c.co_mentions[:2]] == [("Norwegian Dockworkers Union", 2), ("Oslo", 2)]


@pytest.mark.parametrize("name, expected", [
    ("ada lovelace", "Ada Lovelace"),
    ("NDU", "Norwegian Dockworkers Union"),
    ("Dockworkers", "Norwegian Dockworkers Union"),
    ("https://kg.example.org/id/place/oslo", "Oslo"),
])
def test_names_aliases_parts_and_iris_find_the_entity(graph, name, expected):
    assert graph.find(name).name == expected


def test_an_ambiguous_or_unknown_name_says_what_matched(graph):
    with pytest.raises(ExploreError, match="matches .* entities: .*Ada Lovelace"):
        graph.find("a")
    with pytest.raises(ExploreError, match="no entity is named 'Nobody'"):
        graph.find("Nobody")


def test_show_prints_the_card_and_hostile_text_as_it_is(graph_store):
    result = CliRunner().invoke(app, ["show", "Charles Babbage", "--store", str(graph_store)], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert "Charles Babbage" in result.output and "statements about" in result.output
    assert HOSTILE_HEADLINE in result.output and HOSTILE_NAME in result.output


def test_show_of_an_unknown_name_fails_with_a_message(graph_store):
    result = CliRunner().invoke(app, ["show", "Nobody", "--store", str(graph_store)])
    assert result.exit_code == 1
    assert "no entity is named" in result.output


def test_a_cards_co_mentions_are_the_networks_shared_article_edges(examples_store):
    from collections import Counter

    from kg.explore import load

    with Store.open(examples_store) as st:
        graph = load(st)
    g = graph.network()
    for ent in graph.entities.values():
        shared = Counter({o: sum(1 for d in g.get_edge_data(ent.iri, o).values() if d["kind"] == "article")
                          for o in g[ent.iri]})
        expected = sorted(((graph.entities[e], n) for e, n in shared.items() if n),
                          key=lambda pair: (-pair[1], pair[0].name, pair[0].iri))[:10]
        assert card(graph, ent.iri).co_mentions == expected, ent.name


def test_entities_load_with_the_types_and_names_the_union_gives(examples_store):
    from kg.explore import ENTITIES
    from kg.namespaces import PREFIXES

    with Store.open(examples_store) as st:
        def rows(sparql):
            return {(r["e"].value, r["class"].value, r["name"].value) for r in st.inner.query(
                sparql, prefixes=dict(PREFIXES), use_default_graph_as_union=True)}

        # Over the union, type and name may come from two graphs: slow on a large store, the reference here.
        union = rows("""SELECT DISTINCT ?e ?class ?name WHERE { ?e a ?class ; kg:name ?name .
                        FILTER(?class IN (kg:Person, kg:Organization, kg:Place, kg:Event)) }""")
        assert rows(ENTITIES) == union and len(union) > 100
