"""`kg path A B`: the shortest connection between two entities, with its evidence."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_view_graph import make_store
from typer.testing import CliRunner

from kg.cli import app
from kg.explore import ExploreError, load, path
from kg.records import Entity
from kg.store import Store


@pytest.fixture(scope="module")
def graph_store(tmp_path_factory) -> Path:
    from test_view_graph import article, sample

    lonely = article("lonely", "Nothing to do with the rest", "2026-05-01", [Entity("Person", "Alan Turing")], [])
    return make_store(tmp_path_factory.mktemp("path") / "store", [*sample(), lonely])


@pytest.fixture(scope="module")
def graph(graph_store):
    with Store.open(graph_store) as st:
        return load(st)


def test_path_takes_the_fewest_hops_and_carries_statements_and_articles(graph):
    hops = path(graph, "Grace Hopper", "Ada Lovelace")
    assert [(h.source.name, h.target.name) for h in hops] == [("Grace Hopper", "Charles Babbage"),
                                                              ("Charles Babbage", "Ada Lovelace")]
    assert [s.text for s in hops[0].statements] == ["Mallory is <b>wrong</b>"]
    assert [s.text for s in hops[1].statements] == ["the union was right"]
    assert [a.headline for a in hops[1].articles] == ["Port strike halts Oslo harbour"]


def test_direct_relations_are_one_hop(graph):
    hops = path(graph, "Strike talks", "Oslo")
    assert len(hops) == 1 and hops[0].relations == ["location"]


def test_unconnected_or_identical_entities_are_errors(graph):
    with pytest.raises(ExploreError, match="no connection between Alan Turing and Ada Lovelace"):
        path(graph, "Alan Turing", "Ada Lovelace")
    with pytest.raises(ExploreError, match="same entity"):
        path(graph, "NDU", "Norwegian Dockworkers Union")


def test_path_command_prints_each_hop(graph_store):
    result = CliRunner().invoke(app, ["path", "Grace Hopper", "Ada Lovelace", "--store", str(graph_store)],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Grace Hopper → Charles Babbage → Ada Lovelace  (2 hops)" in result.output
    assert "Charles Babbage (argue): the union was right" in result.output


def test_path_command_fails_when_there_is_no_connection(graph_store):
    result = CliRunner().invoke(app, ["path", "Alan Turing", "Oslo", "--store", str(graph_store)])
    assert result.exit_code == 1 and "no connection" in result.output
