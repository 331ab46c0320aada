"""A kg store on a real Oxigraph server, started on loopback by the tests and stopped after each."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.mapping import article_quads
from kg.namespaces import Base
from kg.query import QueryError, run
from kg.records import Article, Entity, Extraction, MentionRef, Span, Statement
from kg.remote import Http, RemoteStore, RemoteStoreError, bind_values, endpoints, remote_url
from kg.store import TURTLE_FILE, Store, StoreError, StoreNotFound


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OxigraphServer:
    """`oxigraph serve` on 127.0.0.1, on a folder that outlives restarts."""

    def __init__(self, location: Path):
        self.location = location
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self, read_only: bool = False) -> None:
        binary = oxigraph_binary()
        assert binary is not None
        command = "serve-read-only" if read_only else "serve"
        self.process = subprocess.Popen([binary, command, "--location", str(self.location),
                                         "--bind", f"127.0.0.1:{self.port}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(100):  # up to 10 s
            if self.process.poll() is not None:
                reason = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"oxigraph exited: {reason}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("oxigraph did not start within 10 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None and self.process.stderr:
            self.process.stderr.close()
        self.process = None


@pytest.fixture
def server(tmp_path) -> Iterator[OxigraphServer]:
    yield from serve(tmp_path)


def serve(tmp_path: Path) -> Iterator[OxigraphServer]:
    """A started server for a fixture, stopped when the fixture ends; skips where oxigraph is absent."""
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    srv = OxigraphServer(tmp_path / "server")
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


# -- hand-made extractions: the store is under test, not the NLP -----------------------------------------------
def extraction(key: str, title: str, people: list[str], org: str, quote: str, source: str | None = None) -> Extraction:
    body = f"{people[0]} of {org} said: \"{quote}\""
    art = Article(key=key, identifier=f"https://news.example.com/{key}", title=title, body=body,
                  source=source or f"{key}.txt", url=f"https://news.example.com/{key}",
                  published=date(2026, 3, 3), content_hash="h-" + key)
    start = len(title) + 2
    entities = [Entity("Person", name, mentions=[MentionRef(Span(start, start + len(name), name), "ExactName")])
                for name in people]
    entities.append(Entity("Organization", org, aliases={org.split()[0]}))
    q = body.index(quote) + start
    statements = [Statement(True, Span(q, q + len(quote), quote), "say", None, 0, None, [len(people)])]
    ex = Extraction(art, entities, statements)
    ex.model = "test 1"
    return ex


def sample() -> list[Extraction]:
    return [
        extraction("strike", "Port strike halts Oslo harbour", ["Ada Lovelace"], "Dockworkers Union", "We hold"),
        extraction("talks", "Union meets the minister", ["Ada Lovelace", "Charles Babbage"], "Dockworkers Union",
                   "Talks went well"),
        extraction("chips", "Chip plant opens", ["Grace Hopper"], "Lumora Semiconductors", "A great day"),
    ]


def fill(store: Store, extractions: list[Extraction]) -> None:
    for ex in extractions:
        store.put_article(ex.article.key, article_quads(ex, store.base))
    store.refresh_entities()


def dataset(store: Store) -> rdflib.Dataset:
    """The store's graphs, without the names of the Turtle files that only a local store keeps in its folder."""
    data = rdflib.Dataset()
    quads = (q for q in store.inner if q.predicate.value != TURTLE_FILE)
    data.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode(), format="nquads")
    return data


def same_datasets(a: rdflib.Dataset, b: rdflib.Dataset) -> bool:
    names_a = {g.identifier for g in a.graphs() if len(g)}
    names_b = {g.identifier for g in b.graphs() if len(g)}
    return names_a == names_b and all(isomorphic(a.graph(n), b.graph(n)) for n in names_a)


def local_and_remote(tmp_path, server, extractions) -> tuple[rdflib.Dataset, rdflib.Dataset]:
    with Store.open(tmp_path / "local", write=True) as st:
        fill(st, extractions)
        local = dataset(st)
    with Store.open(server.url, write=True) as st:
        fill(st, extractions)
    with Store.open(server.url) as st:
        remote = dataset(st)
    return local, remote


# -- tests ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("url, server_kind, query, graph_store", [
    ("http://127.0.0.1:7878", "oxigraph", "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/store"),
    ("http://127.0.0.1:7878/", "oxigraph", "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/store"),
    ("http://fuseki:3030/news", "fuseki", "http://fuseki:3030/news/query", "http://fuseki:3030/news/data"),
    ("https://db.example.org/repositories/news", "graphdb", "https://db.example.org/repositories/news",
     "https://db.example.org/repositories/news/rdf-graphs/service"),
    ("http://proxy:8080/oxigraph#oxigraph", "oxigraph", "http://proxy:8080/oxigraph/query",
     "http://proxy:8080/oxigraph/store"),
])
def test_store_url_names_the_server_endpoints(url, server_kind, query, graph_store):
    ends = endpoints(url)
    assert (ends.server, ends.query, ends.graph_store) == (server_kind, query, graph_store)


def test_credentials_in_the_url_go_to_the_header_not_to_messages():
    ends = endpoints("http://ann:s3cret@fuseki:3030/news")
    assert ends.auth and ends.auth.startswith("Basic ") and "s3cret" not in ends.shown


@pytest.mark.parametrize("value, url", [
    ("http://127.0.0.1:7878", "http://127.0.0.1:7878"),
    (Path("http://127.0.0.1:7878/news"), "http://127.0.0.1:7878/news"),  # what a Path option makes of it
    ("out/store", None),
    (Path("http.store"), None),
])
def test_store_location_is_a_url_or_a_folder(value, url):
    assert remote_url(value) == url


@pytest.mark.parametrize("sparql, expected", [
    ("SELECT ?x WHERE { ?x kg:name ?name }", "SELECT ?x WHERE { VALUES (?name) { (\"Ada\") }  ?x kg:name ?name }"),
    ("SELECT * { ?x ?p ?name }", "SELECT * { VALUES (?name) { (\"Ada\") }  ?x ?p ?name }"),
    ("# { not this }\nPREFIX x: <http://x/#{>\nASK { ?x ?p ?name }",
     "# { not this }\nPREFIX x: <http://x/#{>\nASK { VALUES (?name) { (\"Ada\") }  ?x ?p ?name }"),
    ("CONSTRUCT { ?x ?p ?name } WHERE { ?x ?p \"}\" , ?name }",
     "CONSTRUCT { ?x ?p ?name } WHERE { VALUES (?name) { (\"Ada\") }  ?x ?p \"}\" , ?name }"),
])
def test_parameters_become_a_values_block_at_the_head_of_the_where_group(sparql, expected):
    assert bind_values(sparql, {ox.Variable("name"): ox.Literal("Ada")}) == expected


def test_remote_store_holds_the_same_graphs_as_a_local_store(tmp_path, server):
    local, remote = local_and_remote(tmp_path, server, sample())
    assert same_datasets(local, remote)
    assert len(list(local.quads())) == len(list(remote.quads())) > 50


def test_remote_store_answers_the_articles_methods_like_a_local_one(tmp_path, server):
    answers = []
    for location in (str(tmp_path / "local"), server.url):
        with Store.open(location, write=True) as st:
            fill(st, sample())
        with Store.open(location) as st:
            answers.append((
                st.article_keys(), st.article_state("talks"), st.article_state("missing"),
                st.keys_for_source("chips.txt"), st.find_articles("https://news.example.com/strike"),
                st.find_articles(st.base.article("talks")), sorted(st.known_entities()),
                len(st) - len(st.turtle_files()),
            ))
            names = len(st.turtle_files())
        assert names == (4 if location != server.url else 0), "three articles and the entities graph"
    assert answers[0] == answers[1]
    assert answers[1][0] == ["chips", "strike", "talks"]


def test_rebuilding_an_article_replaces_its_graph_on_the_server(server):
    first = extraction("strike", "Port strike halts Oslo harbour", ["Ada Lovelace"], "Dockworkers Union", "We hold")
    second = extraction("strike", "Port strike ends", ["Charles Babbage"], "Harbour Board", "It is over")
    with Store.open(server.url, write=True) as st:
        fill(st, [first])
        fill(st, [second])
        fill(st, [second])  # idempotent
    with Store.open(server.url) as st:
        names = {row["name"].value for row in st.query("SELECT ?name WHERE { ?e <https://kg.example.org/ontology#name>"
                                                        " ?name }")}
        assert names == {"Charles Babbage", "Harbour Board"}
        assert sorted(k for k, _, _ in st.known_entities()) == ["Organization", "Person"]
    with Store.open(server.url) as remote:
        got = dataset(remote)
    with Store.open(Path(server.location).parent / "local", write=True) as st:
        fill(st, [second])
        assert same_datasets(got, dataset(st))


def test_reading_a_server_without_a_kg_store_says_how_to_build_one(server):
    with pytest.raises(StoreNotFound, match="kg build ARTICLES --store http://127.0.0.1"):
        with Store.open(server.url):
            pass


def test_query_parameters_and_syntax_errors_behave_as_on_a_local_store(tmp_path, server):
    sparql = "SELECT DISTINCT ?name ?text WHERE { ?s kg:speaker ?p ; kg:text ?text . ?p kg:name ?name }"
    results = []
    for location in (str(tmp_path / "local"), server.url):
        with Store.open(location, write=True) as st:
            fill(st, sample())
        with Store.open(location) as st:
            results.append(sorted(row["text"].value for row in run(st, sparql, ["name=Ada Lovelace"])))
            with pytest.raises(QueryError, match="line 2"):
                run(st, "SELECT ?x\nWHERE { ?x ?p }")
    assert results[0] == results[1] == ["Talks went well", "We hold"]


def test_cli_reads_exports_and_removes_on_a_server(tmp_path, server):
    with Store.open(server.url, write=True) as st:
        fill(st, sample())
    runner = CliRunner()
    out = runner.invoke(app, ["query", "--store", server.url, "--format", "csv",
                              "SELECT ?name WHERE { ?e a kg:Person ; kg:name ?name } ORDER BY ?name"])
    assert out.exit_code == 0, out.output
    assert "Ada Lovelace" in out.stdout and "Grace Hopper" in out.stdout

    for name in ("graph.trig", "graph.ttl"):
        out = runner.invoke(app, ["export", "--store", server.url, "-o", str(tmp_path / name)])
        assert out.exit_code == 0, out.output
    exported = rdflib.Dataset().parse(tmp_path / "graph.trig", format="trig")
    with Store.open(server.url) as st:
        assert same_datasets(exported, dataset(st))
    union = rdflib.Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert len(union) == len({(s, p, o) for s, p, o, _ in exported.quads()})

    out = runner.invoke(app, ["stats", "--store", server.url])
    assert out.exit_code == 0, out.output
    assert "Person" in out.stdout

    out = runner.invoke(app, ["remove", "--store", server.url, "https://news.example.com/chips"])
    assert out.exit_code == 0, out.output
    with Store.open(server.url) as st:
        assert st.article_keys() == ["strike", "talks"]
        assert "Grace Hopper" not in {name for _, name, _ in st.known_entities()}


def test_cli_view_draws_a_remote_store(tmp_path, server):
    with Store.open(server.url, write=True) as st:
        fill(st, sample())
    out = CliRunner().invoke(app, ["view", "--store", server.url, "-o", str(tmp_path / "graph.html")])
    assert out.exit_code == 0, out.output
    assert "Ada Lovelace" in (tmp_path / "graph.html").read_text(encoding="utf-8")


def test_server_that_goes_down_gives_a_clear_error_and_loses_nothing(server):
    with Store.open(server.url, write=True) as st:
        fill(st, sample()[:2])
    with Store.open(server.url) as st:
        before = dataset(st)
    late = sample()[2]
    started = time.monotonic()
    with pytest.raises(StoreError, match="did not answer .* after 3 attempt.*connection refused"):
        with Store.open(server.url, write=True) as st:
            server.stop()
            st.put_article(late.article.key, article_quads(late, st.base))
    assert time.monotonic() - started < 10  # bounded retries: 0.5 s + 1 s of back-off
    server.start()
    with Store.open(server.url) as st:
        assert same_datasets(dataset(st), before)


def test_server_that_refuses_writes_gives_a_clear_error(server):
    with Store.open(server.url, write=True) as st:
        fill(st, sample()[:1])
    server.stop()
    server.start(read_only=True)
    late = sample()[2]
    with pytest.raises(StoreError, match="refused .*HTTP 403"):
        with Store.open(server.url, write=True) as st:
            st.put_article(late.article.key, article_quads(late, st.base))
    with Store.open(server.url) as st:
        assert st.article_keys() == ["strike"]


@contextmanager
def silent_server() -> Iterator[str]:
    """A loopback server that accepts connections and never answers: a server too slow to wait for."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.1)
    held: list[socket.socket] = []
    done = threading.Event()

    def accept() -> None:
        while not done.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        done.set()
        thread.join(timeout=5)
        for conn in held:
            conn.close()
        listener.close()


def test_slow_server_times_out_after_bounded_retries():
    with silent_server() as url:
        started = time.monotonic()
        http_client = Http(timeout=0.5, attempts=2, backoff=0.1)
        with pytest.raises(RemoteStoreError, match="after 2 attempt.*no answer within 0.5s"):
            with RemoteStore.connect(url, http_client=http_client):
                pass
        assert time.monotonic() - started < 3


class CountingHttp(Http):
    def __init__(self) -> None:
        super().__init__()
        self.sent = 0

    def request(self, *args, **kwargs):
        self.sent += 1
        return super().request(*args, **kwargs)


def test_a_build_session_asks_for_all_states_at_once_and_sees_its_own_writes(server):
    extractions = sample()
    with Store.open(server.url, write=True) as st:
        fill(st, extractions)
    with Store.open(server.url) as st:
        expected = {ex.article.key: st.article_state(ex.article.key) for ex in extractions}
    counting = CountingHttp()
    with RemoteStore.connect(server.url, write=True, http_client=counting) as st:
        opened = counting.sent
        states = {key: st.article_state(key) for key in [*expected, "missing"]}
        assert counting.sent == opened + 1
        changed = extraction("talks", "Talks collapse", ["Ada Lovelace"], "Dockworkers Union", "No deal")
        changed.article = Article(**{**changed.article.__dict__, "content_hash": "h-new"})
        st.put_article("talks", article_quads(changed, st.base))
        assert st.article_state("talks") == ("h-new", "test 1")
    assert states == {**expected, "missing": None}


def test_a_failing_producer_leaves_the_article_on_the_server_as_it_was(server):
    with Store.open(server.url, write=True) as st:
        fill(st, sample())
    with Store.open(server.url) as st:
        before = dataset(st)
    changed = extraction("talks", "Talks collapse", ["Ada Lovelace"], "Dockworkers Union", "No deal")

    def broken():
        quads = article_quads(changed, Base())
        yield from quads[: len(quads) // 2]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        with Store.open(server.url, write=True) as st:
            st.put_article("talks", broken())
    with Store.open(server.url) as st:
        assert same_datasets(dataset(st), before)


def test_cli_validate_reports_the_same_on_a_server_as_on_a_folder(tmp_path, server):
    outputs = []
    for location in (str(tmp_path / "local"), server.url):
        with Store.open(location, write=True) as st:
            fill(st, sample())
        out = CliRunner().invoke(app, ["validate", "--store", location])
        outputs.append((out.exit_code, out.stdout))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] in (0, 1) and outputs[0][1].strip()


def test_cli_build_against_a_server_that_is_down_says_so_and_exits_1(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    out = CliRunner().invoke(app, ["build", str(Path(__file__).parent.parent / "examples"), "--store", url])
    assert out.exit_code == 1, out.output
    assert "connection refused (is the server running?)" in out.output and url in out.output
    assert time.monotonic() - started < 10


def test_remote_store_finds_articles_by_file_line_and_source_id_like_a_local_one(tmp_path, server):
    import dataclasses

    feed = [extraction("one", "One", ["Ada Lovelace"], "Dockworkers Union", "We hold", "feed/wire.jsonl:1 (Wire)"),
            extraction("twelve", "Twelve", ["Grace Hopper"], "Lumora Semiconductors", "A day", "feed/wire.jsonl:12"),
            extraction("other", "Other", ["Charles Babbage"], "Harbour Board", "It is over", "feed/wire.jsonl.bak")]
    feed[1].article = dataclasses.replace(feed[1].article, source_id="w-12")
    refs = ["feed/wire.jsonl", "./feed/wire.jsonl", "feed/wire.jsonl:1", "feed//wire.jsonl:12", "w-12", "feed"]
    answers = []
    for location in (str(tmp_path / "local"), server.url):
        with Store.open(location, write=True) as st:
            fill(st, feed)
        with Store.open(location) as st:
            answers.append([st.find_articles(ref) for ref in refs])
    assert answers[0] == answers[1] == [["one", "twelve"], ["one", "twelve"], ["one"], ["twelve"], ["twelve"], []]
