"""What `kg view` chooses to draw, checked on the page's data; the page itself is tested in a browser elsewhere."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from kg.explore import load
from kg.mapping import article_quads
from kg.namespaces import Base
from kg.records import Article, Entity, Extraction, Span, Statement
from kg.store import Store
from kg.view import ViewError, ViewOptions, layout, render, script_json, view_data, write_view

BASE = Base()
HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Mallory'
HOSTILE_HEADLINE = "<script>window.__pwned=1</script>Harbour deal <b>signed</b>"
HOSTILE_QUOTE = "</script><script>window.__pwned=1</script> & \u2028 it's <img src=y onerror=alert(1)> done"


def person(name: str, *titles: str, affiliations: tuple[int, ...] = ()) -> Entity:
    return Entity("Person", name, job_titles=list(titles), affiliations=list(affiliations))


def statement(text: str, speaker: int | None, about: list[int], cue: str = "say", direct: bool = True) -> Statement:
    return Statement(direct, Span(0, len(text), text), cue, None, speaker, None, about)


def article(key: str, title: str, published: str, entities: list[Entity], statements: list[Statement]) -> Extraction:
    art = Article(key=key, identifier=f"https://news.example.com/{key}", title=title, body="body", source=f"{key}.txt",
                  url=f"https://news.example.com/{key}", published=date.fromisoformat(published), content_hash=key)
    return Extraction(art, entities, statements)


def sample() -> list[Extraction]:
    """Three small articles: a strike in Oslo, talks about it, and one with hostile strings everywhere."""
    union = Entity("Organization", "Norwegian Dockworkers Union", aliases={"NDU"})
    talks = Entity("Event", "Strike talks", participants=[0, 1], location=3, start_date="2026-03-09",
                   event_type="meeting")
    return [
        article("strike", "Port strike halts Oslo harbour", "2026-03-03",
                [person("Ada Lovelace", "Minister", affiliations=(2,)), union, Entity("Organization", "Ministry"),
                 Entity("Place", "Oslo"), person("Charles Babbage")],
                [statement("The strike must end", 0, [1], cue="insist"),
                 statement("the union was right", 4, [0], cue="argue", direct=False)]),
        article("talks", "Union meets the minister", "2026-03-10",
                [person("Ada Lovelace"), union, talks, Entity("Place", "Oslo")],
                [statement("We will not back down", 1, [0], cue="warn")]),
        article("hostile", HOSTILE_HEADLINE, "2026-04-01",
                [person(HOSTILE_NAME, "<i>Chief</i>"), person("Charles Babbage"), person("Grace Hopper")],
                [statement(HOSTILE_QUOTE, 1, [0]), statement("Mallory is <b>wrong</b>", 2, [0, 1])]),
    ]


def make_store(path: Path, extractions: list[Extraction] | None = None) -> Path:
    """A store written from hand-made records, the way kg build writes one."""
    with Store.open(path, write=True) as st:
        for ex in extractions if extractions is not None else sample():
            st.put_article(ex.article.key, article_quads(ex, st.base))
        st.refresh_entities()
    return path


@pytest.fixture(scope="module")
def view_store(tmp_path_factory) -> Path:
    return make_store(tmp_path_factory.mktemp("view") / "store")


def data_for(view_store: Path, **options):
    with Store.open(view_store) as st:
        return view_data(load(st), ViewOptions(**options), st)


def labels(data) -> set[str]:
    return {n["label"] for n in data["nodes"] if n["kind"] != "Statement"}


def test_default_view_draws_every_entity_and_statement(view_store):
    data = data_for(view_store)
    assert labels(data) == {"Ada Lovelace", "Norwegian Dockworkers Union", "Ministry", "Oslo", "Charles Babbage",
                            "Strike talks", HOSTILE_NAME, "Grace Hopper"}
    assert sum(n["kind"] == "Statement" for n in data["nodes"]) == 5
    ada = BASE.entity("Person", "Ada Lovelace")
    assert {"from": ada, "to": BASE.entity("Organization", "Ministry"), "label": "affiliation",
            "group": "always"} in data["edges"]


def test_statements_collapse_to_speaker_entity_edges_labeled_with_the_cue(view_store):
    data = data_for(view_store)
    collapsed = {(e["from"], e["to"], e["label"]) for e in data["edges"] if e["group"] == "collapsed"}
    assert (BASE.entity("Person", "Ada Lovelace"), BASE.entity("Organization", "Norwegian Dockworkers Union"),
            "insist") in collapsed
    expanded = [e for e in data["edges"] if e["group"] == "expanded"]
    assert {e["label"] for e in expanded} == {"insist", "argue", "warn", "say", "about"}


def test_focus_with_depth_one_keeps_direct_neighbours_only(view_store):
    assert labels(data_for(view_store, focus=["Grace Hopper"], depth=1)) == {"Grace Hopper", "Charles Babbage",
                                                                             HOSTILE_NAME}
    assert "Ada Lovelace" in labels(data_for(view_store, focus=["Grace Hopper"], depth=2))


def test_article_since_until_and_kind_filters(view_store):
    assert labels(data_for(view_store, article="hostile.txt")) == {HOSTILE_NAME, "Charles Babbage", "Grace Hopper"}
    assert labels(data_for(view_store, since=date(2026, 3, 5), until=date(2026, 3, 31))) == {
        "Ada Lovelace", "Norwegian Dockworkers Union", "Strike talks", "Oslo"}
    assert labels(data_for(view_store, kinds=["Place", "Event"])) == {"Oslo", "Strike talks"}


def test_min_articles_and_limit_keep_the_most_mentioned(view_store):
    assert labels(data_for(view_store, min_articles=2)) == {"Ada Lovelace", "Norwegian Dockworkers Union", "Oslo",
                                                            "Charles Babbage"}
    top = labels(data_for(view_store, limit=2))
    assert len(top) == 2 and top <= {"Ada Lovelace", "Norwegian Dockworkers Union", "Oslo", "Charles Babbage"}


def test_pagerank_sizes_and_community_colors(view_store):
    data = data_for(view_store, size="pagerank", color="community")
    values = {n["label"]: n["value"] for n in data["nodes"] if n["kind"] != "Statement"}
    assert values["Charles Babbage"] > values["Grace Hopper"]
    assert all(re.fullmatch(r"#[0-9a-f]{6}", n["color"]) for n in data["nodes"])
    assert len({n["community"] for n in data["nodes"]}) >= 2


def test_select_query_draws_the_entities_it_returns(view_store):
    data = data_for(view_store, query='SELECT ?e WHERE { ?e a kg:Person ; kg:jobTitle "Minister" }')
    assert labels(data) == {"Ada Lovelace"}


def test_select_query_of_names_or_statements_draws_those(view_store):
    assert labels(data_for(view_store, query='SELECT ?n WHERE { ?p a kg:Place ; kg:name ?n }')) == {"Oslo"}
    data = data_for(view_store, query='SELECT ?s WHERE { ?s kg:cue "warn" }')
    assert labels(data) == {"Norwegian Dockworkers Union", "Ada Lovelace"}
    assert [n["label"] for n in data["nodes"] if n["kind"] == "Statement"] == ["“We will not back down”"]


def test_construct_query_is_drawn_triple_by_triple(view_store):
    data = data_for(view_store, query="CONSTRUCT { ?s kg:speaker ?p } WHERE { ?s kg:speaker ?p }")
    assert {n["kind"] for n in data["nodes"]} == {"Statement", "Person", "Organization"}
    assert {e["label"] for e in data["edges"]} == {"kg:speaker"}
    assert len(data["edges"]) == 5


@pytest.mark.parametrize("options, message", [
    ({"focus": ["Nobody"]}, "no entity is named"),
    ({"kinds": ["Animal"]}, "unknown kind"),
    ({"min_articles": 9}, "nothing to draw"),
    ({"article": "missing.txt"}, "no stored article"),
    ({"query": "ASK { ?s ?p ?o }"}, "ASK"),
])
def test_options_that_select_nothing_say_why(view_store, options, message):
    with pytest.raises(ValueError, match=message):
        data_for(view_store, **options)


def test_hostile_strings_stay_inside_the_json_and_survive_it(view_store, tmp_path):
    with Store.open(view_store) as st:
        write_view(st, tmp_path / "page.html")
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    embedded = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert embedded and "<" not in embedded[1] and "\u2028" not in embedded[1]
    data = json.loads(embedded[1])
    assert HOSTILE_NAME in labels(data)
    assert HOSTILE_QUOTE in {s["text"] for s in data["statements"].values()}
    assert HOSTILE_HEADLINE in {a["headline"] for a in data["articles"].values()}
    assert "__pwned" not in page.replace(embedded[1], "")


def test_page_has_no_remote_resources(view_store, tmp_path):
    with Store.open(view_store) as st:
        write_view(st, tmp_path / "page.html")
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page)
    assert "<link" not in page and "@import" not in page
    assert set(re.findall(r"url\(\s*[\"']?([a-z]+):", page)) <= {"data"}
    assert "default-src 'none'" in page


def test_script_json_escapes_what_could_end_a_script():
    text = script_json({"x": "</script><!-- & \u2028\u2029"})
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"x": "</script><!-- & \u2028\u2029"}


def test_large_views_get_positions_and_no_physics():
    ids = [f"n{i}" for i in range(1200)]
    edges = [(f"n{i}", f"n{(i * 7 + 3) % 1200}") for i in range(900)]
    positions = layout(ids, edges)
    assert set(positions) == set(ids)
    assert len(set(positions.values())) == len(ids)
    data = {"nodes": [{"id": i, "kind": "Person", "label": i, "value": 1} for i in ids],
            "edges": [{"from": a, "to": b, "label": "x", "group": "always"} for a, b in edges],
            "statementsAsEdges": False, "kinds": {}}
    from kg.view import place

    place(data)
    assert data["physics"] is False and all("x" in n for n in data["nodes"])
    assert "vis.Network" in render(data)


def test_view_errors_are_value_errors_for_the_cli():
    assert issubclass(ViewError, ValueError)


def test_view_command_writes_the_page_for_its_options(view_store, tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    out = tmp_path / "ada.html"
    result = CliRunner().invoke(app, ["view", "--store", str(view_store), "-o", str(out), "--focus", "Ada Lovelace",
                                      "--depth", "1", "--kind", "Person", "--kind", "Organization",
                                      "--since", "2026-03", "--color", "community", "--statements", "edges"])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output and "entities" in result.output
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', out.read_text(encoding="utf-8"), re.S)[1])
    assert labels(data) == {"Ada Lovelace", "Norwegian Dockworkers Union", "Ministry", "Charles Babbage"}
    assert data["statementsAsEdges"] is True and data["colorBy"] == "community"


def test_view_command_rejects_a_bad_date(view_store, tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["view", "--store", str(view_store), "-o", str(tmp_path / "x.html"),
                                      "--since", "March"])
    assert result.exit_code == 1 and "not a date" in result.output


@pytest.mark.parametrize("text, end, expected", [
    ("2026-03-05", False, date(2026, 3, 5)),
    ("2026-02", False, date(2026, 2, 1)),
    ("2026-02", True, date(2026, 2, 28)),
    ("2026-12", True, date(2026, 12, 31)),
    ("2026", True, date(2026, 12, 31)),
])
def test_since_and_until_take_days_months_and_years(text, end, expected):
    from kg.view import parse_day

    assert parse_day(text, end=end) == expected


def test_focus_walks_only_through_entities_of_the_chosen_kinds(view_store):
    # Grace -> Babbage -> Ada needs no other kind; Grace -> Mallory -> ... stays among people too
    assert "Ada Lovelace" in labels(data_for(view_store, focus=["Grace Hopper"], depth=2, kinds=["Person"]))
    assert labels(data_for(view_store, focus=["Oslo"], depth=2, kinds=["Place"])) == {"Oslo"}
