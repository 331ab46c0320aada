"""SPARQL over the store: named queries shipped with kg, parameters bound as RDF terms, result formats."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.store import Store
from kg.summary import summary_missing

RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}


class QueryError(Exception):
    """A query that cannot run: unknown name, bad parameter, or a syntax error with its line and column."""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str


def named_queries() -> dict[str, NamedQuery]:
    """The queries shipped in kg/queries, by name."""
    found = {}
    for entry in sorted((Path(__file__).parent / "queries").glob("*.rq")):
        if entry.is_file():
            text = entry.read_text(encoding="utf-8")
            first = text.splitlines()[0] if text else ""
            name = entry.name.removesuffix(".rq")
            found[name] = NamedQuery(name, first.lstrip("# ").strip(), text)
    return found


QUERY_NAME = re.compile(r"[a-z][a-z0-9-]*")  # what a shipped query's name looks like; SPARQL never does


def resolve_query(text: str) -> str:
    """A query's text: a shipped query's name, or SPARQL as given."""
    queries = named_queries()
    if text.strip() in queries:
        return queries[text.strip()].text
    if QUERY_NAME.fullmatch(text.strip()):
        raise QueryError(f"no query named {text.strip()!r}; kg query --list shows the shipped queries")
    return text


def parse_param(raw: str) -> tuple[ox.Variable, ox.NamedNode | ox.Literal]:
    """`name=value` as a variable binding: <iri>, prefix:local, an integer, or else a plain string literal."""
    name, sep, value = raw.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError(f"--param {raw!r} must look like name=value, e.g. --param name=\"Ada Lovelace\"")
    term: ox.NamedNode | ox.Literal
    if value.startswith("<") and value.endswith(">"):
        term = ox.NamedNode(value[1:-1])
    elif (m := re.fullmatch(r"([a-z][a-z0-9]*):([A-Za-z0-9_][\w.-]*)", value)) and m[1] in PREFIXES:
        term = ox.NamedNode(PREFIXES[m[1]] + m[2])
    elif re.fullmatch(r"-?\d+", value):
        term = ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    else:
        term = ox.Literal(value)
    return ox.Variable(name), term


_TOKEN = re.compile(r'''
    (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<comment>\#[^\n]*)
  | (?P<open>\{) | (?P<close>\})
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
''', re.VERBOSE | re.DOTALL)


def bind_values(sparql: str, substitutions: dict) -> str:
    """The query with its variables bound by a VALUES block at the head of its WHERE group.

    A remote server cannot take pyoxigraph's substitutions; a VALUES block joined first into the outermost
    group binds the same solutions, and the terms travel as RDF terms, never pasted as query text.
    """
    names = []
    terms = []
    for var, term in substitutions.items():
        if isinstance(term, ox.BlankNode):
            raise ValueError("a blank node cannot be bound as a parameter of a remote query")
        names.append(f"?{var.value if isinstance(var, ox.Variable) else str(var).lstrip('?$')}")
        terms.append(str(term))
    block = f" VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }} "
    form = None
    skip_template = False
    depth = 0
    for m in _TOKEN.finditer(sparql):
        kind = m.lastgroup
        if kind == "word" and depth == 0 and form is None and m[0].upper() in ("SELECT", "CONSTRUCT", "ASK",
                                                                               "DESCRIBE"):
            form = m[0].upper()
            rest = sparql[m.end():].lstrip()
            skip_template = form == "CONSTRUCT" and rest.startswith("{")
        elif kind == "open":
            if depth == 0 and form is not None and not skip_template:
                return sparql[:m.end()] + block + sparql[m.end():]
            depth += 1
        elif kind == "close":
            depth -= 1
            if depth == 0 and skip_template:
                skip_template = False
    raise ValueError("parameters need a query with a WHERE { ... } group")


UPDATE = re.compile(r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>|#[^\n]*\n)\s*)*"
                    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)


def run(store: Store, text: str, params: list[str] | None = None):
    """Run a query (shipped name or SPARQL) with parameters bound as RDF terms, never pasted into the text."""
    sparql = resolve_query(text)
    if not sparql.strip():
        raise QueryError("the query is empty; give SPARQL text, -f FILE.rq, stdin, or a name from kg query --list")
    if m := UPDATE.match(sparql):
        raise QueryError(f"kg query is read-only: {m[1].upper()} is a SPARQL update; change the store with "
                         "kg build and kg remove")
    # (resolve_query refused any other name: a name here is a shipped query's)
    if QUERY_NAME.fullmatch(text.strip()) and summary_missing(store):
        raise QueryError("the store's entities graph was made by an older kg and lacks what the shipped queries "
                         "read there (co-mentions, event names, people's titles and affiliations); any kg build on "
                         "the store brings it up to date (unchanged articles are skipped): "
                         f"kg build ARTICLES --store {store.location}")
    bindings = {}
    for raw in params or []:
        var, term = parse_param(raw)
        if var in bindings:
            raise QueryError(f"--param {var.value} is given twice; give each parameter once")
        if not re.search(rf"[?$]{re.escape(var.value)}\b", sparql):
            raise QueryError(f"--param {var.value}: the query has no variable ?{var.value}")
        bindings[var] = term
    try:
        # A VALUES block, not pyoxigraph's substitutions: the same solutions, for any variable, and for a
        # parameter on a large store a thousand times faster.
        if bindings:
            try:
                sparql = bind_values(sparql, bindings)
            except ValueError as err:
                raise QueryError(f"--param: {err}") from None
        # Relative IRIs resolve against the store's base: the shipped queries name <graph/entities> so.
        return store.inner.query(sparql, prefixes=dict(PREFIXES), use_default_graph_as_union=True,
                                 base_iri=store.base.iri)
    except SyntaxError as err:
        if bindings:
            # Report the error against the text the user wrote, not the one with the VALUES block added:
            # parsing it alone on an empty store finds the same error at its own line and column.
            original = resolve_query(text)
            try:
                ox.Store().query(original, prefixes=dict(PREFIXES), base_iri=store.base.iri)
            except SyntaxError as own:
                raise QueryError(syntax_message(original, str(own))) from err
            raise QueryError(f"--param could not be bound into this query: {err}") from err
        raise QueryError(syntax_message(sparql, str(err))) from err
    except (OSError, RuntimeError) as err:
        raise QueryError(f"the query failed: {err}") from err


def syntax_message(sparql: str, message: str) -> str:
    """The parser's message with the offending line and a caret under the column."""
    m = re.search(r"(\d+):(\d+)", message)
    if not m:
        return f"SPARQL syntax error: {message}"
    line, col = int(m[1]), int(m[2])
    lines = sparql.splitlines() or [""]
    shown = lines[line - 1] if 0 < line <= len(lines) else ""
    detail = message.split(": ", 1)[-1]
    return f"SPARQL syntax error at line {line}, column {col}: {detail}\n  {shown}\n  {' ' * max(col - 1, 0)}^"


def serialize(result, fmt: str) -> bytes:
    """Results as bytes in a format: csv, tsv, json or xml for SELECT/ASK, turtle or ntriples for graphs."""
    if isinstance(result, ox.QueryTriples):
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"a CONSTRUCT or DESCRIBE result is a graph: use --format {' or '.join(GRAPH_FORMATS)}")
        try:
            return ox.serialize(result, format=GRAPH_FORMATS[fmt], prefixes=dict(PREFIXES)) or b""
        except OSError as err:
            raise QueryError(f"the query failed: {err}") from err
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use table, csv, tsv, json or xml")
    buffer = io.BytesIO()
    try:
        result.serialize(buffer, format=RESULT_FORMATS[fmt])
    except OSError as err:
        raise QueryError(f"the query failed: {err}") from err
    data = buffer.getvalue()
    return data if data.endswith(b"\n") else data + b"\n"


def term_text(term) -> str:
    """A term as a person reads it: IRIs compacted with the known prefixes, literals as their text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri):
                return f"{prefix}:{term.value[len(iri):]}"
        return term.value
    return str(term.value)


def rows(result) -> tuple[list[str], list[list[str]]]:
    """A SELECT result as a header and rows of readable strings."""
    header = [v.value for v in result.variables]
    try:
        return header, [[term_text(sol[v]) for v in header] for sol in result]
    except OSError as err:  # e.g. a SERVICE call to a server that does not answer
        raise QueryError(f"the query failed: {err}") from err
