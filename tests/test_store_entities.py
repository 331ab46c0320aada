"""The entities graph after a session's writes: refreshed for the entities they touched, equal to a full rebuild."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic
from test_remote import dataset, extraction, fill, sample, serve

from kg.mapping import article_quads
from kg.namespaces import Base
from kg.store import Store


@pytest.fixture(params=["local", "remote"])
def location(request, tmp_path) -> Iterator[str]:
    if request.param == "local":
        yield str(tmp_path / "store")
        return
    for server in serve(tmp_path):
        yield server.url


def entities_graph(location: str) -> rdflib.Graph:
    with Store.open(location) as st:
        return dataset(st).graph(rdflib.URIRef(Base().entities_graph))


def test_refresh_after_replace_remove_and_add_equals_a_full_rebuild(location, tmp_path):
    with Store.open(location, write=True) as st:
        fill(st, sample())
    talks = extraction("talks", "Union meets the board", ["Ada Lovelace", "Edsger Dijkstra"], "Harbour Board",
                       "We met")
    added = extraction("ports", "Ports reopen", ["Ada Lovelace"], "Dockworkers Union", "Back to work")
    with Store.open(location, write=True) as st:
        st.put_article("talks", article_quads(talks, st.base))
        st.remove_article("chips")
        st.put_article("ports", article_quads(added, st.base))
        st.refresh_entities()
    final = [sample()[0], talks, added]
    with Store.open(tmp_path / "fresh", write=True) as st:
        fill(st, final)
    got, expected = entities_graph(location), entities_graph(str(tmp_path / "fresh"))
    assert isomorphic(got, expected)
    names = {str(o) for o in got.objects(None, rdflib.URIRef("https://kg.example.org/ontology#name"))}
    assert "Grace Hopper" not in names and "Charles Babbage" not in names and "Edsger Dijkstra" in names


def test_a_session_that_writes_nothing_leaves_the_entities_graph_as_it_was(location):
    with Store.open(location, write=True) as st:
        fill(st, sample())
    before = entities_graph(location)
    with Store.open(location, write=True) as st:
        st.refresh_entities()
    assert isomorphic(entities_graph(location), before) and len(before) > 10


def test_an_interrupted_session_is_refreshed_in_full_when_the_store_is_next_opened(location, tmp_path):
    with Store.open(location, write=True) as st:
        fill(st, sample())
        late = extraction("late", "Late story", ["Barbara Liskov"], "Lumora Semiconductors", "Later")
        st.put_article("late", article_quads(late, st.base))  # no refresh: the session stops here
    with Store.open(location, write=True):
        pass
    with Store.open(tmp_path / "fresh", write=True) as st:
        fill(st, [*sample(), late])
    assert isomorphic(entities_graph(location), entities_graph(str(tmp_path / "fresh")))


def test_store_location_path_object_still_opens_a_folder(tmp_path):
    with Store.open(Path(tmp_path / "folder"), write=True) as st:
        assert st.location == str(tmp_path / "folder")


@pytest.mark.parametrize("base", ["http://ex.org/kg#", "urn:kg:"])
def test_a_base_ending_in_a_hash_or_a_colon_builds_and_refreshes(tmp_path, base):
    from test_remote import fill, sample

    with Store.open(tmp_path / "store", write=True, base=base) as st:
        fill(st, sample())
    with Store.open(tmp_path / "store") as st:
        assert st.base.iri == base and ("Person", "Ada Lovelace") in {(k, n) for k, n, _ in st.known_entities()}
        assert st.article_keys() == ["chips", "strike", "talks"]
