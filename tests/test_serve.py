"""kg serve: the SPARQL 1.1 Protocol over real HTTP on loopback, read-only, with a timeout and a result cap."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest

from kg.mapping import article_quads
from kg.records import Article, Entity, Extraction, MentionRef, Span, Statement
from kg.serve import ServeOptions, serving
from kg.store import Store

TEXT = 'Port expands\n\n"We will double capacity," Ada Lovelace of Harbour Works said in Oslo.'
NAMES = "SELECT DISTINCT ?name WHERE { ?e kg:name ?name } ORDER BY ?name"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }"
RESULTS_NS = "{http://www.w3.org/2005/sparql-results#}"


def small_store(path) -> None:
    """One article's graph in kg's shape, written without spaCy."""
    title, body = TEXT.split("\n\n")
    art = Article(key="a1", identifier="https://news.example.com/1", title=title, body=body, source="a1.txt",
                  content_hash="x")
    ada, works, oslo = (TEXT.index(n) for n in ("Ada Lovelace", "Harbour Works", "Oslo"))
    entities = [Entity("Person", "Ada Lovelace", job_titles=["engineer"], affiliations=[1],
                       mentions=[MentionRef(Span(ada, ada + 12, "Ada Lovelace"), "ExactName")]),
                Entity("Organization", "Harbour Works",
                       mentions=[MentionRef(Span(works, works + 13, "Harbour Works"), "ExactName")]),
                Entity("Place", "Oslo", mentions=[MentionRef(Span(oslo, oslo + 4, "Oslo"), "ExactName")])]
    said = Statement(direct=True, content=Span(15, 38, TEXT[15:38]), cue="say", cue_span=None, speaker=0,
                     speaker_span=None, about=[1])
    with Store.open(path, write=True) as store:
        store.put_article("a1", article_quads(Extraction(art, entities, [said], []), store.base))
        store.refresh_entities()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "store"
    small_store(path)
    with serving(path, ServeOptions(port=0, timeout=1.5, max_results=20)) as srv:
        yield srv


def get(url: str, query: str, accept: str | None = None, **params: str):
    qs = urllib.parse.urlencode({"query": query, **params})
    return fetch(urllib.request.Request(f"{url}?{qs}", headers={"Accept": accept} if accept else {}))


def post(url: str, body: str, content_type: str, accept: str | None = None):
    headers = {"Content-Type": content_type, **({"Accept": accept} if accept else {})}
    return fetch(urllib.request.Request(url, data=body.encode(), headers=headers, method="POST"))


def fetch(request: urllib.request.Request) -> tuple[int, str, bytes, dict[str, str]]:
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.headers["Content-Type"], r.read(), dict(r.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read(), dict(err.headers)


def names_in(content_type: str, body: bytes) -> list[str]:
    """The ?name column of a SELECT result, read with a parser for the format the server says it sent."""
    text = body.decode()
    if content_type.startswith("application/sparql-results+json"):
        return [b["name"]["value"] for b in json.loads(text)["results"]["bindings"]]
    if content_type.startswith("application/sparql-results+xml"):
        return [lit.text or "" for lit in ET.fromstring(text).iter(f"{RESULTS_NS}literal")]
    if content_type.startswith("text/csv"):
        return [row["name"] for row in csv.DictReader(io.StringIO(text))]
    assert content_type.startswith("text/tab-separated-values")
    lines = text.splitlines()
    assert lines[0] == "?name"
    return [ox.Literal(line[1:-1]).value for line in lines[1:]]


def test_get_answers_sparql_json_by_default(server):
    status, ctype, body, _ = get(server.url, NAMES)
    assert status == 200 and ctype == "application/sparql-results+json"
    assert names_in(ctype, body) == ["Ada Lovelace", "Harbour Works", "Oslo"]


@pytest.mark.parametrize("accept, expected", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv"),
    ("text/csv;q=0.2, application/sparql-results+xml;q=0.8", "application/sparql-results+xml"),
])
def test_select_results_negotiate_the_format_in_accept(server, accept, expected):
    status, ctype, body, _ = get(server.url, NAMES, accept)
    assert status == 200 and ctype.split(";")[0] == expected
    assert names_in(ctype, body) == ["Ada Lovelace", "Harbour Works", "Oslo"]


@pytest.mark.parametrize("content_type, body", [
    ("application/sparql-query", NAMES),
    ("application/x-www-form-urlencoded", urllib.parse.urlencode({"query": NAMES})),
])
def test_post_takes_the_query_as_body_or_form(server, content_type, body):
    status, ctype, data, _ = post(server.url, body, content_type, "text/csv")
    assert status == 200
    assert names_in(ctype, data) == ["Ada Lovelace", "Harbour Works", "Oslo"]


@pytest.mark.parametrize("accept, fmt", [("text/turtle", ox.RdfFormat.TURTLE),
                                         ("application/n-triples", ox.RdfFormat.N_TRIPLES)])
def test_construct_answers_turtle_or_ntriples(server, accept, fmt):
    query = "CONSTRUCT { ?s kg:speaker ?who } WHERE { ?s kg:speaker ?who }"
    status, ctype, body, _ = get(server.url, query, accept)
    assert status == 200 and ctype.split(";")[0] == accept
    triples = list(ox.parse(body, format=fmt))
    assert [t.object.value for t in triples] == ["https://kg.example.org/id/person/ada-lovelace"]


def test_ask_answers_a_boolean(server):
    status, _, body, _ = get(server.url, 'ASK { ?p kg:name "Ada Lovelace" }')
    assert status == 200 and json.loads(body)["boolean"] is True


@pytest.mark.parametrize("how", ["sparql-update body", "update form field", "update in the query field"])
def test_updates_are_refused_and_change_nothing(server, how):
    update = 'INSERT DATA { <https://example.org/x> <https://kg.example.org/ontology#name> "Intruder" }'
    if how == "sparql-update body":
        status, *_ = post(server.url, update, "application/sparql-update")
    elif how == "update form field":
        status, *_ = post(server.url, urllib.parse.urlencode({"update": update}), "application/x-www-form-urlencoded")
    else:
        status, *_ = get(server.url, update)
    assert status == 403
    _, ctype, body, _ = get(server.url, NAMES)
    assert "Intruder" not in names_in(ctype, body)


def test_slow_query_is_stopped_at_the_timeout_and_the_server_keeps_answering(server):
    started = time.monotonic()
    status, _, body, _ = get(server.url, SLOW)
    assert status == 503 and b"1.5 s limit" in body
    assert time.monotonic() - started < 10
    status, ctype, body, _ = get(server.url, NAMES)
    assert status == 200 and names_in(ctype, body) == ["Ada Lovelace", "Harbour Works", "Oslo"]


def test_results_past_the_cap_are_cut_and_flagged(server):
    status, ctype, body, headers = get(server.url, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200 and headers.get("X-SPARQL-MaxRows") == "20"
    assert len(json.loads(body)["results"]["bindings"]) == 20
    _, _, _, headers = get(server.url, NAMES)
    assert "X-SPARQL-MaxRows" not in headers


@pytest.mark.parametrize("query, accept, status", [
    ("SELECT ?x WHERE { ?x", None, 400),
    (NAMES, "image/png", 406),
    ("", None, 400),
])
def test_bad_requests_get_a_client_error_with_a_message(server, query, accept, status):
    got, ctype, body, _ = get(server.url, query, accept)
    assert got == status and ctype.startswith("text/plain") and body.strip()


def test_query_page_is_served_and_loads_nothing_from_the_network(server):
    status, ctype, body, _ = fetch(urllib.request.Request(server.url.removesuffix("sparql")))
    page = body.decode()
    assert status == 200 and ctype.startswith("text/html")
    assert "<textarea" in page and "http://" not in page and "https://" not in page


def test_binds_to_loopback_by_default(server):
    assert ServeOptions().host == "127.0.0.1" and server.server_address[0] == "127.0.0.1"


def test_cli_serves_until_stopped(tmp_path):
    small_store(tmp_path / "store")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(tmp_path / "store"), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        url = line.split()[-1]
        assert url.startswith("http://127.0.0.1:") and url.endswith("/sparql"), line
        status, ctype, body, _ = get(url, NAMES, "text/csv")
        assert status == 200 and names_in(ctype, body) == ["Ada Lovelace", "Harbour Works", "Oslo"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
