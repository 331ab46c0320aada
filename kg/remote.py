"""A kg store on a SPARQL server: graphs written with the Graph Store Protocol, read with SPARQL 1.1 queries.

Oxigraph server, Apache Jena Fuseki and GraphDB speak both protocols; `endpoints` maps a store URL to each
server's query, update and graph store addresses. The HTTP client is the standard library's `http.client`:
one kept-alive connection, bounded retries, and a timeout per request.
"""

from __future__ import annotations

import base64
import http.client
import io
import os
import re
import sys
import time
import urllib.parse
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any

import pyoxigraph as ox

from kg.namespaces import KG, Base
from kg.query import bind_values
from kg.store import MENTIONS, META_BASE, META_DIRTY, STORE_MARK, Store, StoreError, StoreNotFound
from kg.summary import summary_missing

TIMEOUT_ENV = "KG_REMOTE_TIMEOUT"
DEFAULT_TIMEOUT = 120.0  # seconds per request: the entities refresh of a large graph is one long update
ATTEMPTS = 3  # tries per request; every request kg sends is idempotent, so a retry cannot double a write
BACKOFF = 0.5  # seconds before the second try, doubled before each next one
RETRY_STATUS = {429, 500, 502, 503, 504}
RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
# Fuseki's name for the union of the named graphs, and GraphDB's for the real (empty) default graph.
FUSEKI_UNION = "urn:x-arq:UnionGraph"
GRAPHDB_DEFAULT = "http://www.openrdf.org/schema/sesame#nil"
SERVERS = ("oxigraph", "fuseki", "graphdb")


class RemoteStoreError(StoreError):
    """The server refused a request or could not be reached; nothing already stored was changed by it."""


def remote_url(location: str | os.PathLike[str]) -> str | None:
    """The server URL a --store value names, or None for a folder (a Path keeps one slash of `http://`)."""
    m = re.match(r"(https?):/+(?=[^/])", str(location), re.IGNORECASE)
    return f"{m[1].lower()}://{str(location)[m.end():]}" if m else None


@dataclass(frozen=True)
class Endpoints:
    """Where one server takes SPARQL queries, SPARQL updates and Graph Store Protocol requests."""

    server: str
    query: str
    update: str
    graph_store: str
    shown: str  # the URL without credentials, for messages
    auth: str | None = None  # an Authorization header value, from user:password@ in the URL


def endpoints(url: str) -> Endpoints:
    """The endpoints of a store URL.

    http://HOST:7878 is an Oxigraph server; http://HOST:3030/DATASET a Fuseki dataset;
    http://HOST:7200/repositories/REPO a GraphDB repository. A fragment (#oxigraph, #fuseki, #graphdb)
    names the server when the path alone does not tell.
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise StoreError(f"{url!r} is not an http(s) URL of a SPARQL server")
    auth = None
    if parts.username is not None:
        pair = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
        auth = "Basic " + base64.b64encode(pair.encode()).decode()
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    root = f"{parts.scheme}://{netloc}{parts.path.rstrip('/')}"
    server = parts.fragment.lower()
    if not server:
        path = parts.path.strip("/")
        server = "oxigraph" if not path else "graphdb" if re.search(r"(^|/)repositories/[^/]+$", path) else "fuseki"
    if server == "oxigraph":
        return Endpoints(server, root + "/query", root + "/update", root + "/store", root, auth)
    if server == "fuseki":
        return Endpoints(server, root + "/query", root + "/update", root + "/data", root, auth)
    if server == "graphdb":
        return Endpoints(server, root, root + "/statements", root + "/rdf-graphs/service", root, auth)
    raise StoreError(f"unknown server #{server} in {url!r}; use one of {', '.join('#' + s for s in SERVERS)}")


def timeout_from_env() -> float:
    """Seconds a request may take: $KG_REMOTE_TIMEOUT, a positive number, else the default."""
    raw = os.environ.get(TIMEOUT_ENV, "").strip()
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds < float("inf"):
        raise StoreError(f"{TIMEOUT_ENV}={raw!r} is not a number of seconds; set it to one such as "
                         f"{DEFAULT_TIMEOUT:g} (the default when it is unset)")
    return seconds


class Http:
    """Requests over one kept-alive connection; failures are retried a bounded number of times."""

    def __init__(self, auth: str | None = None, timeout: float | None = None, attempts: int = ATTEMPTS,
                 backoff: float = BACKOFF):
        self.auth = auth
        self.timeout = timeout if timeout is not None else timeout_from_env()
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self._conn: http.client.HTTPConnection | None = None
        self._origin: tuple[str, str] | None = None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _connection(self, scheme: str, netloc: str) -> http.client.HTTPConnection:
        if self._conn is None or self._origin != (scheme, netloc):
            self.close()
            cls = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
            self._conn = cls(netloc, timeout=self.timeout)
            self._origin = (scheme, netloc)
        return self._conn

    def request(self, method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None,
                *, shown: str = "", ok_missing: bool = False) -> http.client.HTTPResponse:
        """Send one request and return the response (status 2xx, or 404 when `ok_missing`), unread."""
        parts = urllib.parse.urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        headers = dict(headers or {})
        if self.auth:
            headers["Authorization"] = self.auth
        what = f"{method} {shown or url}"
        last = ""
        for attempt in range(self.attempts):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            conn = self._connection(parts.scheme, parts.netloc)
            try:
                conn.request(method, target, body=body, headers=headers)
                response = conn.getresponse()
            except (OSError, http.client.HTTPException) as err:
                self.close()
                last = _reason(err, self.timeout)
                continue
            if 200 <= response.status < 300 or (ok_missing and response.status == 404):
                return response
            detail = response.read(2000).decode("utf-8", errors="replace").strip()
            if response.status in RETRY_STATUS:
                last = f"HTTP {response.status} {response.reason}: {detail}"
                continue
            raise HttpError(response.status, detail, f"the server refused {what}: HTTP {response.status} "
                                                     f"{response.reason}: {detail}")
        raise RemoteStoreError(f"the store server did not answer {what} after {self.attempts} attempt(s): {last}. "
                               "Nothing already stored was lost; check the server and run the command again.")


class HttpError(RemoteStoreError):
    def __init__(self, status: int, detail: str, message: str):
        super().__init__(message)
        self.status = status
        self.detail = detail


def _reason(err: BaseException, timeout: float) -> str:
    if isinstance(err, TimeoutError):
        return f"no answer within {timeout:g}s (raise {TIMEOUT_ENV} for slow servers)"
    if isinstance(err, ConnectionRefusedError):
        return "connection refused (is the server running?)"
    return f"{type(err).__name__}: {err}"


class SparqlClient:
    """The part of pyoxigraph.Store that kg's readers use (query, dump, len, iteration), over HTTP."""

    def __init__(self, ends: Endpoints, http_client: Http | None = None):
        self.ends = ends
        self.http = http_client or Http(ends.auth)

    # -- reading ------------------------------------------------------------------------------------------
    def query(self, query: str, *, base_iri: str | None = None, prefixes: dict[str, str] | None = None,
              use_default_graph_as_union: bool = False, substitutions: dict | None = None, **unsupported: Any):
        """Like pyoxigraph.Store.query: QuerySolutions, QueryBoolean or QueryTriples, with the same options."""
        if unsupported:
            raise TypeError(f"a remote store does not support {', '.join(unsupported)}")
        text = bind_values(query, substitutions) if substitutions else query
        head = ""
        if base_iri:
            head += f"BASE <{base_iri}> "
        if prefixes:
            head += " ".join(f"PREFIX {p}: <{iri}>" for p, iri in prefixes.items())
        if head:
            text = head + "\n" + text
        params = self._graph_params(use_default_graph_as_union)
        try:
            response = self._post_query(text, params, f"{RESULTS_JSON}, {N_TRIPLES};q=0.9")
        except HttpError as err:
            if err.status == 400:
                raise SyntaxError(_shift_lines(err.detail, 1 if head else 0)) from None
            raise
        data = response.read()
        kind = response.getheader("Content-Type", "").split(";")[0].strip()
        if kind in (N_TRIPLES, "text/plain", "text/turtle"):
            # A real QueryTriples, as pyoxigraph returns for CONSTRUCT and DESCRIBE, from a scratch store.
            scratch = ox.Store()
            scratch.load(data, format=ox.RdfFormat.TURTLE if kind == "text/turtle" else ox.RdfFormat.N_TRIPLES)
            return scratch.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)

    def _graph_params(self, union: bool) -> list[tuple[str, str]]:
        server = self.ends.server
        if server == "oxigraph" and union:
            return [("union-default-graph", "")]
        if server == "fuseki" and union:
            return [("default-graph-uri", FUSEKI_UNION)]
        if server == "graphdb" and not union:
            return [("default-graph-uri", GRAPHDB_DEFAULT)]
        return []

    def _post_query(self, text: str, params: list[tuple[str, str]], accept: str) -> http.client.HTTPResponse:
        url = self.ends.query + ("?" + urllib.parse.urlencode(params) if params else "")
        return self.http.request("POST", url, text.encode("utf-8"),
                                 {"Content-Type": "application/sparql-query", "Accept": accept},
                                 shown=self.ends.shown + " (query)")

    def select(self, query: str) -> Iterator[ox.QuerySolution]:
        """The rows of a SELECT as the server sends them, parsed as they arrive: for results of any size."""
        response = self._post_query(query, self._graph_params(False), RESULTS_JSON)
        try:
            rows = ox.parse_query_results(response, format=ox.QueryResultsFormat.JSON)
            assert isinstance(rows, ox.QuerySolutions)
            yield from rows
        finally:
            response.close()

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad in the named graphs, streamed (kg writes nothing to the default graph)."""
        for row in self.select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def __iter__(self) -> Iterator[ox.Quad]:
        return self.quads()

    def __len__(self) -> int:
        response = self._post_query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                                    self._graph_params(False), RESULTS_JSON)
        rows = ox.parse_query_results(response.read(), format=ox.QueryResultsFormat.JSON)
        assert isinstance(rows, ox.QuerySolutions)
        return int(next(iter(rows))["n"].value)

    def dump(self, output: IO[bytes] | None = None, format: ox.RdfFormat | None = None, *,
             from_graph: ox.NamedNode | None = None, prefixes: dict[str, str] | None = None) -> bytes | None:
        """Like pyoxigraph.Store.dump for dataset formats (TriG, N-Quads), or one graph for the others."""
        if format is None:
            raise ValueError("a remote dump needs a format")
        if from_graph is None and not format.supports_datasets:
            raise ValueError(f"{format} holds one graph: pass from_graph")
        target = io.BytesIO() if output is None else output
        if from_graph is None:
            ox.serialize(self.quads(), target, format, prefixes=prefixes)
        else:
            ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in self.quads()
                          if q.graph_name == from_graph), target, format, prefixes=prefixes)
        return target.getvalue() if isinstance(target, io.BytesIO) and output is None else None

    # -- writing ------------------------------------------------------------------------------------------
    def update(self, update: str) -> None:
        self.http.request("POST", self.ends.update, update.encode("utf-8"),
                          {"Content-Type": "application/sparql-update"}, shown=self.ends.shown + " (update)").read()

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        """Replace one named graph in one request (Graph Store Protocol PUT): the server swaps it atomically."""
        url = self.ends.graph_store + "?" + urllib.parse.urlencode({"graph": graph})
        self.http.request("PUT", url, ntriples, {"Content-Type": N_TRIPLES},
                          shown=f"{self.ends.shown} (graph {graph})").read()

    def close(self) -> None:
        self.http.close()


class RemoteStore(Store):
    """A kg store on a SPARQL server. kg does not lock it: run one writer at a time."""

    inner: SparqlClient

    def __init__(self, url: str, client: SparqlClient, base: Base, writable: bool):
        self.location = client.ends.shown
        self.url = url
        self.inner = client
        self.base = base
        self.writable = writable
        self._marked_dirty = False
        # A build asks for every article's state: one streamed query answers them all, instead of a round trip
        # each (about 150 bytes of memory per stored article). Articles written since are asked one by one.
        self._states: dict[str, tuple[str, str]] | None = None
        self._written: set[str] = set()

    @classmethod
    @contextmanager
    def connect(cls, url: str, *, write: bool = False, base: str | None = None,
                http_client: Http | None = None) -> Iterator[RemoteStore]:
        """Open the kg store on the server at url (writes the base IRI mark on first write)."""
        ends = endpoints(url)
        client = SparqlClient(ends, http_client or Http(ends.auth))
        try:
            store = cls(url, client, Base(), write)
            store.base = store._check_base(base)
            if write:
                if store._flag(META_DIRTY) or summary_missing(store):
                    # All entities: an earlier session stopped before it refreshed, or an older kg made them.
                    store.refresh_entities()
                store._touched = set()
            yield store
        finally:
            client.close()

    def _check_base(self, wanted: str | None) -> Base:
        rows = self.inner.query(f"SELECT ?b WHERE {{ GRAPH ?g {{ <{STORE_MARK}> <{META_BASE}> ?b }} }}")
        assert isinstance(rows, ox.QuerySolutions)
        stored = next((row["b"].value for row in rows), None)
        if stored is None:
            if not self.writable:
                raise StoreNotFound(f"no kg store at {self.location}; build one first with: "
                                    f"kg build ARTICLES --store {self.location}")
            base = Base.from_env(wanted)
            self.inner.update(f"INSERT DATA {{ GRAPH <{base.meta_graph}> {{ <{STORE_MARK}> <{META_BASE}> "
                              f"{ox.Literal(base.iri)} }} }}")
            return base
        if wanted and wanted != stored:
            raise StoreError(f"the store at {self.location} uses the base IRI {stored}, not {wanted}; "
                             "use another server, dataset or repository for another base")
        return Base(stored)

    def _flag(self, name: str) -> bool:
        return bool(self.inner.query(
            f"ASK {{ GRAPH <{self.base.meta_graph}> {{ <{STORE_MARK}> <{name}> ?v }} }}"))

    def _mark_dirty(self) -> None:
        # Once per session: every later write of this session is covered by the same mark.
        if not self._marked_dirty:
            self.inner.update(f"INSERT DATA {{ GRAPH <{self.base.meta_graph}> {{ <{STORE_MARK}> <{META_DIRTY}> "
                              '"true" } }')
            self._marked_dirty = True

    # -- articles -----------------------------------------------------------------------------------------
    def article_state(self, key: str) -> tuple[str, str] | None:
        if self.writable and key not in self._written:
            if self._states is None:
                self._states = self._all_states()
            return self._states.get(key)
        rows = self.inner.query(f"""SELECT ?h ?x WHERE {{ GRAPH <{self.base.article_graph(key)}> {{
            <{self.base.article(key)}> <{KG}contentHash> ?h OPTIONAL {{ <{self.base.article(key)}> <{KG}extractor> ?x }}
            }} }} LIMIT 1""")
        row = next(iter(rows), None)
        if row is None:
            return None
        return row["h"].value, row["x"].value if row["x"] is not None else ""

    def _all_states(self) -> dict[str, tuple[str, str]]:
        prefix = self.base.article_graph_prefix
        states = {}
        for row in self.inner.select(f"""SELECT ?g ?h ?x WHERE {{ GRAPH ?g {{ ?a <{KG}contentHash> ?h
                OPTIONAL {{ ?a <{KG}extractor> ?x }} }} FILTER(STRSTARTS(STR(?g), {ox.Literal(prefix)})) }}"""):
            extractor = sys.intern(row["x"].value) if row["x"] is not None else ""
            states[row["g"].value[len(prefix):]] = (row["h"].value, extractor)
        return states

    def _keys_with(self, prop: str, value: str) -> list[str]:
        prefix = self.base.article_graph_prefix
        rows = self.inner.query(f"""SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?a <{KG}{prop}> {ox.Literal(value)} }}
            FILTER(STRSTARTS(STR(?g), {ox.Literal(prefix)})) }}""")
        return [row["g"].value[len(prefix):] for row in rows]

    def keys_for_source(self, source: str) -> list[str]:
        return self._keys_with("sourceName", source)

    def _find_exact(self, ref: str) -> list[str]:
        if self.article_state(ref) is not None:
            return [ref]
        if ref.startswith(self.base.iri + "article/") and self.article_state(ref.rsplit("/", 1)[1]):
            return [ref.rsplit("/", 1)[1]]
        return sorted(set(self._keys_with("identifier", ref) + self._keys_with("sourceId", ref)
                          + self._keys_with("sourceName", ref)))

    def _sources_starting(self, prefix: str) -> Iterable[tuple[str, str]]:
        graphs = self.base.article_graph_prefix
        rows = self.inner.query(f"""SELECT DISTINCT ?g ?s WHERE {{ GRAPH ?g {{ ?a <{KG}sourceName> ?s }}
            FILTER(STRSTARTS(STR(?g), {ox.Literal(graphs)}) && STRSTARTS(?s, {ox.Literal(prefix)})) }}""")
        return [(row["g"].value[len(graphs):], row["s"].value) for row in rows]

    def article_keys(self) -> list[str]:
        prefix = self.base.article_graph_prefix
        rows = self.inner.query(f"""SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?a a <{KG}Article> }}
            FILTER(STRSTARTS(STR(?g), {ox.Literal(prefix)})) }}""")
        return sorted(row["g"].value[len(prefix):] for row in rows)

    def put_article(self, key: str, quads: Iterable[ox.Quad], replaces: Iterable[str] = ()) -> None:
        """Replace one article's graph with one PUT: readers see the old graph or the new one, never a mix.

        The graphs of `replaces` are dropped only after the PUT succeeded, so a failure loses nothing."""
        self._need_write()
        # Written out before anything is sent, so a failing producer leaves the server as it was.
        quads = list(quads)
        replaces = list(replaces)
        body = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads),
                            format=ox.RdfFormat.N_TRIPLES) or b""
        self._touch([key], quads)
        self._mark_dirty()
        self._written.add(key)
        self.inner.put_graph(self.base.article_graph(key), body)
        for old in replaces:
            self.remove_article(old)

    def remove_article(self, key: str) -> None:
        self._need_write()
        self._touch([key])
        self._mark_dirty()
        self._written.add(key)
        self.inner.update(f"DROP SILENT GRAPH <{self.base.article_graph(key)}>")

    def refresh_entities(self) -> None:
        super().refresh_entities()
        self._marked_dirty = False

    def _old_mentions(self, key: str) -> Iterable[str]:
        if key not in self._written and self._states is not None and key not in self._states:
            return []  # known not to be stored: no round trip
        rows = self.inner.select(f"SELECT ?e WHERE {{ GRAPH <{self.base.article_graph(key)}> {{ "
                                 f"<{self.base.article(key)}> <{MENTIONS}> ?e }} }}")
        return [row["e"].value for row in rows]


# -- parameters -------------------------------------------------------------------------------------------
def _shift_lines(message: str, lines: int) -> str:
    """A server's `error at LINE:COL` message with LINE counted in the query as the user wrote it."""
    if not lines:
        return message
    return re.sub(r"\b(\d+):(\d+)\b", lambda m: f"{max(int(m[1]) - lines, 1)}:{m[2]}", message, count=1)
