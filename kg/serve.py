"""A read-only SPARQL 1.1 Protocol endpoint over a store folder: `kg serve`.

Queries run in worker processes that open the store read-only, so a query that outlives the timeout is stopped
by ending its process (Oxigraph cannot cancel a running query), and the server stays responsive meanwhile.
The server holds the store's reader lock while it runs: builds wait until it stops, readers do not.
"""

from __future__ import annotations

import html
import json
import queue
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape as xml_escape

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.store import Store, StoreError

JSON, XML, CSV, TSV = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                       "text/tab-separated-values")
TURTLE, NTRIPLES = "text/turtle", "application/n-triples"
RESULT_TYPES = {JSON: JSON, "application/json": JSON, XML: XML, "application/xml": XML, "text/xml": XML,
                CSV: CSV, TSV: TSV}
GRAPH_TYPES = {TURTLE: TURTLE, "application/x-turtle": TURTLE, NTRIPLES: NTRIPLES, "text/plain": NTRIPLES}
# ?format= for links and the query page, where an Accept header is awkward to set.
FORMAT_NAMES = {"json": JSON, "xml": XML, "csv": CSV, "tsv": TSV, "turtle": TURTLE, "ntriples": NTRIPLES}
UPDATE_START = re.compile(r"(?is)^\s*(?:(?:PREFIX\s+\S*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*"
                          r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b")
MAX_BODY = 1_000_000  # bytes of query text accepted


class QueryFailed(Exception):
    """A query the endpoint will not or cannot answer; carries the HTTP status to send."""

    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0  # seconds a query may run, parsing to the last result serialized
    max_results: int = 10_000  # rows (SELECT) or triples (CONSTRUCT, DESCRIBE) sent at most
    workers: int = 2  # queries run at the same time; more wait for a free worker up to the timeout


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    body: bytes
    truncated: bool = False


# -- answering a query (in a worker process) ---------------------------------------------------------------
def answer(store: ox.Store, sparql: str, accept: str, max_results: int, default_graphs: list[str] | None = None,
           named_graphs: list[str] | None = None) -> Answer:
    """Run one query and serialize its result in the negotiated format, at most `max_results` rows or triples."""
    if UPDATE_START.match(sparql):
        return Answer(HTTPStatus.FORBIDDEN, "text/plain", b"this endpoint is read-only: updates are refused\n")
    options: dict[str, Any] = {"prefixes": dict(PREFIXES)}
    if default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    try:
        result = store.query(sparql, **options)
        if isinstance(result, ox.QueryTriples):
            mime = negotiate(accept, GRAPH_TYPES, TURTLE)
            triples = list(islice(result, max_results + 1))
            rdf = ox.RdfFormat.TURTLE if mime == TURTLE else ox.RdfFormat.N_TRIPLES
            body = ox.serialize(triples[:max_results], format=rdf,
                                prefixes=dict(PREFIXES) if rdf == ox.RdfFormat.TURTLE else None) or b""
            return Answer(HTTPStatus.OK, mime, body, len(triples) > max_results)
        mime = negotiate(accept, RESULT_TYPES, JSON)
        if isinstance(result, ox.QueryBoolean):
            return Answer(HTTPStatus.OK, mime, serialize_boolean(bool(result), mime))
        variables = [v.value for v in result.variables]
        rows = [[row[v] for v in variables] for row in islice(result, max_results + 1)]
        return Answer(HTTPStatus.OK, mime, serialize_solutions(variables, rows[:max_results], mime),
                      len(rows) > max_results)
    except SyntaxError as err:
        return Answer(HTTPStatus.BAD_REQUEST, "text/plain", f"SPARQL syntax error: {err}\n".encode())
    except NotAcceptable as err:
        return Answer(HTTPStatus.NOT_ACCEPTABLE, "text/plain", f"{err}\n".encode())
    except (OSError, ValueError, TypeError) as err:
        return Answer(HTTPStatus.BAD_REQUEST, "text/plain", f"the query failed: {err}\n".encode())


class NotAcceptable(Exception):
    pass


def negotiate(accept: str, offered: dict[str, str], default: str) -> str:
    """The offered media type the Accept header prefers (q-values honoured; */* and absent give the default)."""
    if not accept.strip():
        return default
    ranked = []
    for n, part in enumerate(accept.split(",")):
        mime, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, n, mime.lower()))
    for neg_q, _, mime in sorted(ranked):
        if neg_q >= 0:
            break
        if mime in offered:
            return offered[mime]
        if mime in ("*/*", "application/*", "text/*"):
            return default
    raise NotAcceptable(f"cannot answer in {accept}; this query's result comes as {', '.join(sorted(offered))}")


def serialize_boolean(value: bool, mime: str) -> bytes:
    text = "true" if value else "false"
    if mime == JSON:
        return json.dumps({"head": {}, "boolean": value}).encode()
    if mime == XML:
        return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{text}</boolean></sparql>\n").encode()
    return f"_askResult\r\n{text}\r\n".encode() if mime == CSV else f"?_askResult\n{text}\n".encode()


def serialize_solutions(variables: list[str], rows: list[list[Any]], mime: str) -> bytes:
    """SELECT results in the SPARQL 1.1 JSON, XML, CSV or TSV results format."""
    if mime == JSON:
        bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode()
    if mime == XML:
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        out += [f'<variable name="{v}"/>' for v in variables]
        out.append("</head><results>")
        for row in rows:
            out.append("<result>")
            out += [f'<binding name="{v}">{_xml_term(t)}</binding>'
                    for v, t in zip(variables, row, strict=True) if t is not None]
            out.append("</result>\n")
        out.append("</results></sparql>\n")
        return "".join(out).encode()
    if mime == CSV:
        lines = [",".join(variables)] + [",".join(_csv_field(t) for t in row) for row in rows]
        return ("\r\n".join(lines) + "\r\n").encode()
    lines = ["\t".join("?" + v for v in variables)] + ["\t".join("" if t is None else str(t) for t in row)
                                                       for row in rows]
    return ("\n".join(lines) + "\n").encode()


def _json_term(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject), "predicate": _json_term(term.predicate),
                                        "object": _json_term(term.object)}}


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f'<literal xml:lang="{term.language}">{xml_escape(term.value)}</literal>'
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f'<literal datatype="{xml_escape(term.datatype.value)}">{xml_escape(term.value)}</literal>'
        return f"<literal>{xml_escape(term.value)}</literal>"
    return f"<literal>{xml_escape(str(term))}</literal>"


def _csv_field(term: Any) -> str:
    if term is None:
        return ""
    text = f"_:{term.value}" if isinstance(term, ox.BlankNode) else getattr(term, "value", str(term))
    text = str(text)
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\r\n') else text


# -- worker processes --------------------------------------------------------------------------------------
def _work(path: str, conn) -> None:
    """Worker loop: open the store read-only once, then answer requests until the pipe closes."""
    store = ox.Store.read_only(path)
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        conn.send(answer(store, **request))


class Worker:
    def __init__(self, path: str):
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(path, child), daemon=True)
        self.process.start()
        child.close()

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


class QueryPool:
    """A fixed number of query processes; a query that runs past the timeout loses its process, which is replaced."""

    def __init__(self, path: Path, size: int, timeout: float):
        self.path = str(path)
        self.timeout = timeout
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.workers = [Worker(self.path) for _ in range(size)]
        for w in self.workers:
            self.idle.put(w)

    def run(self, request: dict[str, Any]) -> Answer:
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            raise QueryFailed(HTTPStatus.SERVICE_UNAVAILABLE,
                              f"every query worker stayed busy for {self.timeout:g} s; try again later") from None
        try:
            worker.conn.send(request)
            if worker.conn.poll(self.timeout):
                result: Answer = worker.conn.recv()
                self.idle.put(worker)
                return result
        except (EOFError, OSError):
            pass
        worker.stop()
        self.workers.remove(worker)
        fresh = Worker(self.path)
        self.workers.append(fresh)
        self.idle.put(fresh)
        raise QueryFailed(HTTPStatus.SERVICE_UNAVAILABLE,
                          f"the query was stopped after the {self.timeout:g} s limit (kg serve --timeout)")

    def close(self) -> None:
        for w in list(self.workers):
            w.stop()
        self.workers.clear()


# -- HTTP --------------------------------------------------------------------------------------------------
class Handler(BaseHTTPRequestHandler):
    server: Server
    server_version = "kg-sparql/1"

    def do_GET(self) -> None:  # noqa: N802 - the http.server naming
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path not in ("/", "/sparql"):
            return self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found: the endpoint is /sparql\n")
        if "update" in params:
            return self._refuse_update()
        if "query" not in params:
            return self._send(HTTPStatus.OK, "text/html; charset=utf-8", query_page().encode())
        self._query(params)

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path not in ("/", "/sparql", "/update"):
            return self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found: the endpoint is /sparql\n")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "text/plain", b"the query is too long\n")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update" or url.path == "/update":
            return self._refuse_update()
        if ctype == "application/x-www-form-urlencoded":
            params.update(parse_qs(body, keep_blank_values=True))
            if "update" in params:
                return self._refuse_update()
        elif ctype == "application/sparql-query":
            params["query"] = [body]
        else:
            return self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "text/plain",
                              b"POST a query as application/sparql-query or application/x-www-form-urlencoded\n")
        self._query(params)

    def do_PUT(self) -> None:  # noqa: N802
        self._refuse_update()

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _query(self, params: dict[str, list[str]]) -> None:
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"give exactly one non-empty query parameter\n")
        fmt = (params.get("format") or [""])[0]
        if fmt and fmt not in FORMAT_NAMES:
            return self._send(HTTPStatus.BAD_REQUEST, "text/plain",
                              f"format must be one of {', '.join(FORMAT_NAMES)}\n".encode())
        accept = FORMAT_NAMES[fmt] if fmt else self.headers.get("Accept", "")
        request = {"sparql": queries[0], "accept": accept, "max_results": self.server.options.max_results,
                   "default_graphs": params.get("default-graph-uri"), "named_graphs": params.get("named-graph-uri")}
        try:
            result = self.server.pool.run(request)
        except QueryFailed as err:
            return self._send(err.status, "text/plain", f"{err}\n".encode())
        extra = {"X-SPARQL-MaxRows": str(self.server.options.max_results)} if result.truncated else {}
        content_type = result.content_type + ("; charset=utf-8" if result.content_type.startswith("text/") else "")
        self._send(result.status, content_type, result.body, extra)

    def _refuse_update(self) -> None:
        self._send(HTTPStatus.FORBIDDEN, "text/plain", b"this endpoint is read-only: updates are refused\n")

    def _send(self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the http.server signature
        if self.server.log:
            self.server.log(f"{self.address_string()} {format % args}")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    pool: QueryPool
    options: ServeOptions
    log: Any = None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/sparql"


@contextmanager
def endpoint(store_path: str | Path, options: ServeOptions = ServeOptions(), log=None,
             wait: float = 0.0) -> Iterator[Server]:
    """A bound, not yet serving endpoint over a store folder; call `serve_forever()` on it (in a thread or not)."""
    from kg.remote import remote_url

    if remote_url(store_path) is not None:
        raise StoreError("kg serve serves a local store folder; a SPARQL server is already an endpoint")
    with Store.open(store_path, wait=wait) as store:  # the reader lock: no build changes the store while it is served
        path = Path(store.location)
        pool = QueryPool(path, options.workers, options.timeout)
        try:
            server = Server((options.host, options.port), Handler)
        except OSError as err:
            pool.close()
            raise StoreError(f"cannot listen on {options.host}:{options.port}: {err.strerror}") from err
        server.pool, server.options, server.log = pool, options, log
        try:
            yield server
        finally:
            server.server_close()
            pool.close()


@contextmanager
def serving(store_path: str | Path, options: ServeOptions = ServeOptions()) -> Iterator[Server]:
    """An endpoint answering in a background thread while the block runs (for tests and embedding)."""
    with endpoint(store_path, options) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield server
        finally:
            server.shutdown()
            thread.join()


def query_page() -> str:
    """The query page: a form, a results table; no script or style from the network."""
    # a path next to this file, not importlib.resources: the editable install's namespace paths break files()
    template = (Path(__file__).parent / "templates" / "serve.html").read_text(encoding="utf-8")
    example = "SELECT ?name ?kind (COUNT(DISTINCT ?article) AS ?articles)\nWHERE {\n  ?article kg:mentions ?e .\n" \
              "  ?e kg:name ?name ; a ?kind .\n}\nGROUP BY ?name ?kind\nORDER BY DESC(?articles)\nLIMIT 20"
    return template.replace("{{example}}", html.escape(example))
