"""The shipped queries return the rows of their plain formulations, and the co-mentions the entities graph records
stay exact through every kind of write."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.compare import isomorphic
from test_remote import serve
from test_store_entities import entities_graph

from kg import summary
from kg.mapping import article_quads
from kg.namespaces import PREFIXES
from kg.query import QueryError, bind_values, named_queries, parse_param, run
from kg.records import Article, Entity, Event, Extraction, MentionRef, Span, Statement
from kg.store import Store

# The shipped queries as they read before they were tuned (kg 0.1): the rows any rewrite must keep, in order.
REFERENCE = Path(__file__).parent / "data" / "reference-queries"
PARAMS = {"statements-by": ["name=Sigrid Haugland"], "statements-about": ["name=Nordvik Shipping"]}


def reference_rows(store: Store, name: str, params: list[str]) -> tuple[list[str], list[tuple]]:
    sparql = (REFERENCE / f"{name}.rq").read_text(encoding="utf-8")
    if params:
        sparql = bind_values(sparql, dict(parse_param(p) for p in params))
    return as_rows(store.inner.query(sparql, prefixes=dict(PREFIXES), use_default_graph_as_union=True))


def as_rows(result) -> tuple[list[str], list[tuple]]:
    """The header and the rows as text; the parts of a list that GROUP_CONCAT joined are sorted, since SPARQL
    leaves their order to the store (the people query's lists are recorded sorted, the reference joins them in
    the order it reads them)."""
    header = [v.value for v in result.variables]
    lists = {"titles", "affiliations"}
    return header, [tuple(None if row[v] is None else
                          sorted_list(row[v].value) if v in lists else str(row[v]) for v in header) for row in result]


def sorted_list(joined: str) -> str:
    return "; ".join(sorted(joined.split("; ")))


def test_every_shipped_query_has_a_reference():
    assert {p.stem for p in REFERENCE.glob("*.rq")} == set(named_queries())


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_shipped_queries_return_the_reference_rows_in_order(examples_store, name):
    with Store.open(examples_store) as st:
        got = as_rows(run(st, name, PARAMS.get(name)))
        expected = reference_rows(st, name, PARAMS.get(name, []))
    assert got[1], f"{name} returned no rows on the examples"
    assert got == expected


# -- a store where pairs recur: 30 entities (a person and a place share a name), 220 articles -------------------
PEOPLE = ["Ada Okafor", "Bilal Haddad", "Chen Moreau", "Dmitri Novak", "Elena Silva", "Farah Kowalski",
          "Goran Mensah", "Hana Rossi", "Ines Brandt", "Jonas Osei", "Kofi Petrov", "Lena Larsen", "Jordan"]
ORGS = ["Nordvik Shipping", "Lumora Robotics", "Daugava Energy", "Aoba Holdings", "Zenith Bank", "Helix Foods",
        "Corvid Aerospace", "Meridian Union"]
TITLES = ["Chief Executive", "Minister", "Spokesperson", "Analyst", "Mayor"]
PLACES = ["Oslo", "Riga", "Taipei", "Lagos", "Lima", "Hanoi", "Quito", "Jordan", "Accra"]


def article(n: int, rng: random.Random, pool: int = 0) -> Extraction:
    """A synthetic article that mentions a few of the entities above, with a statement and maybe an event."""
    kinds = [("Person", p) for p in PEOPLE] + [("Organization", o) for o in ORGS] + [("Place", p) for p in PLACES]
    picked = rng.sample(kinds[pool:] + kinds[:pool], rng.randint(3, 6))
    title = f"Story {n}"
    body = " ".join(name for _, name in picked) + " talked."
    text = f"{title}\n\n{body}"
    entities, at = [], len(title) + 2
    for kind, name in picked:
        entities.append(Entity(kind, name, mentions=[MentionRef(Span(at, at + len(name), name), "ExactName")]))
        at += len(name) + 1
    people = [i for i, e in enumerate(entities) if e.kind == "Person"]
    orgs = [i for i, e in enumerate(entities) if e.kind == "Organization"]
    for i in people:  # titles and affiliations vary between articles, and so between a person's sessions
        entities[i].job_titles = rng.sample(TITLES, rng.randint(0, 2))
        entities[i].affiliations = rng.sample(orgs, min(len(orgs), rng.randint(0, 2)))
    statements = [Statement(True, Span(len(title) + 2, len(text) - 1, body[:-1]), "say", None,
                            people[0] if people else None, None, [0])]
    events = []
    if n % 3 == 0:
        events.append(Event(name=f"meeting in {rng.choice(PLACES)}", event_type="meeting",
                            anchor=Span(0, len(title), title), participants=people[:2],
                            start_date=(date(2026, 1, 1) + timedelta(days=n)).isoformat()))
    art = Article(key=f"s{n:04d}", identifier=f"https://news.example.com/s{n}", title=title, body=body,
                  source=f"s{n}.txt", url=f"https://news.example.com/s{n}", published=date(2026, 1, 1),
                  content_hash=f"h{n}")
    ex = Extraction(art, entities, statements, events)
    ex.model = "test 1"
    return ex


def put(store: Store, extractions: list[Extraction]) -> None:
    for ex in extractions:
        store.put_article(ex.article.key, article_quads(ex, store.base))
    store.refresh_entities()


def co_mentions(store: Store) -> tuple[list[tuple], list[tuple]]:
    return as_rows(run(store, "co-mentions"))[1], reference_rows(store, "co-mentions", [])[1]


def top_entities(store: Store) -> tuple[list[tuple], list[tuple]]:
    return as_rows(run(store, "top-entities"))[1], reference_rows(store, "top-entities", [])[1]


def people(store: Store) -> tuple[list[tuple], list[tuple]]:
    return as_rows(run(store, "people"))[1], reference_rows(store, "people", [])[1]


def recorded(store: Store) -> int:
    ent = ox.NamedNode(store.base.entities_graph)
    return int(next(store.inner.quads_for_pattern(ent, ox.NamedNode(summary.RECORDED), None, ent)).object.value)


@pytest.fixture(params=["local", "remote"])
def location(request, tmp_path):
    if request.param == "local":
        yield str(tmp_path / "store")
        return
    for server in serve(tmp_path):
        yield server.url


def test_recorded_co_mentions_give_the_reference_rows_through_adds_replacements_and_removals(tmp_path):
    rng = random.Random(7)
    location = tmp_path / "store"
    with Store.open(location, write=True) as st:
        put(st, [article(n, rng) for n in range(220)])
        assert recorded(st) >= 200  # the recorded pairs answer, not the count from the article graphs
        got, expected = co_mentions(st)
        assert len(got) == 200 and got == expected
        assert any('"Jordan"' in (a, b) for a, b, _ in got)  # a person and a place share the name
    with Store.open(location, write=True) as st:  # replace some articles by others, remove some, add some
        put(st, [article(n, rng, pool=5) for n in range(0, 60, 3)] + [article(n, rng) for n in range(220, 240)])
        for n in range(100, 140):
            st.remove_article(f"s{n:04d}")
        st.refresh_entities()
        got, expected = co_mentions(st)
        assert len(got) == 200 and got == expected


def rebuild_by_steps(location: str) -> list[Extraction]:
    """Three sessions on one store: a first build, a session that replaces and adds, one that removes."""
    rng = random.Random(11)
    first = [article(n, rng) for n in range(220)]
    second = [article(n, rng, pool=7) for n in range(0, 90, 4)] + [article(n, rng) for n in range(220, 235)]
    with Store.open(location, write=True) as st:
        put(st, first)
    with Store.open(location, write=True) as st:
        put(st, second)
    with Store.open(location, write=True) as st:
        for n in range(150, 170):
            st.remove_article(f"s{n:04d}")
        st.refresh_entities()
    final = {ex.article.key: ex for ex in first + second}
    return [ex for key, ex in sorted(final.items()) if not 150 <= int(key[1:]) < 170]


@pytest.mark.parametrize("mode", ["by names", "every pair"])
def test_co_mentions_after_sessions_equal_a_fresh_build(location, tmp_path, monkeypatch, mode):
    if mode == "every pair":
        monkeypatch.setattr(summary, "STAGED_ENTITIES", 0)
    final = rebuild_by_steps(location)
    with Store.open(tmp_path / "fresh", write=True) as st:
        put(st, final)
    assert isomorphic(entities_graph(location), entities_graph(str(tmp_path / "fresh")))
    with Store.open(location) as st:
        got, expected = co_mentions(st)
        top, expected_top = top_entities(st)
        persons, expected_persons = people(st)
    assert recorded_of(location) >= 200 and len(got) == 200 and got == expected
    assert any(kind == '"Event"' for _, kind, _ in top) and top == expected_top  # events that share a name
    assert any(titles and "; " in titles for _, titles, _, _ in persons)  # lists of several, from several articles
    assert any(orgs and "; " in orgs for _, _, orgs, _ in persons)
    assert persons == expected_persons


def recorded_of(location: str) -> int:
    with Store.open(location) as st:
        return int(next(iter(st.query(
            f"SELECT ?n WHERE {{ GRAPH <{st.base.entities_graph}> {{ <{st.base.entities_graph}> "
            f"<{summary.RECORDED}> ?n }} }}")))["n"].value)


def test_few_recurring_pairs_are_counted_from_the_articles(examples_store):
    with Store.open(examples_store) as st:
        assert recorded(st) < 200
        got, expected = co_mentions(st)
    assert got and got == expected


# What an entities graph made by an older kg lacks: the co-mentions, or the lists of people's titles and affiliations.
OLDER = {
    "co-mentions": lambda ent: (f"DELETE WHERE {{ GRAPH <{ent}> {{ ?c <{summary.KG}sharedArticles> ?n ; ?p ?o }} }} ; "
                                f"DELETE WHERE {{ GRAPH <{ent}> {{ <{ent}> <{summary.RECORDED}> ?n }} }}"),
    "people": lambda ent: (f"DELETE WHERE {{ GRAPH <{ent}> {{ ?e <{summary.KG}titleList> ?t }} }} ; "
                           f"DELETE WHERE {{ GRAPH <{ent}> {{ ?e <{summary.KG}affiliationList> ?a }} }} ; "
                           f"DELETE WHERE {{ GRAPH <{ent}> {{ <{ent}> <{summary.PEOPLE_LISTS}> ?x }} }}"),
}


@pytest.mark.parametrize("lacking", sorted(OLDER))
def test_a_store_from_an_older_kg_is_refused_by_the_shipped_queries_until_a_build_refreshes_it(tmp_path, lacking):
    location = tmp_path / "store"
    with Store.open(location, write=True) as st:
        put(st, [article(n, random.Random(3)) for n in range(30)])
        st.inner.update(OLDER[lacking](st.base.entities_graph))
    for name in ("co-mentions", "people"):
        with Store.open(location) as st, pytest.raises(QueryError, match="older kg"):
            run(st, name)
    with Store.open(location) as st:
        assert list(run(st, "SELECT * WHERE { ?s ?p ?o } LIMIT 1"))  # a query of one's own still runs
    with Store.open(location, write=True):
        pass
    with Store.open(location) as st:
        got, expected = co_mentions(st)
        persons, expected_persons = people(st)
    assert got and got == expected
    assert any(titles for _, titles, _, _ in persons) and persons == expected_persons
