"""SPARQL over the store: named queries shipped with kg, parameters bound as RDF terms, result formats."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.store import Store

RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}


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


def resolve_query(text: str) -> str:
    """A query's text: a shipped query's name, or SPARQL as given."""
    queries = named_queries()
    if text.strip() in queries:
        return queries[text.strip()].text
    if re.fullmatch(r"[a-z][a-z0-9-]*", text.strip()):
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


def run(store: Store, text: str, params: list[str] | None = None):
    """Run a query (shipped name or SPARQL) with parameters bound as RDF terms, never pasted into the text."""
    sparql = resolve_query(text)
    bindings = dict(parse_param(p) for p in params or [])
    try:
        return store.inner.query(sparql, prefixes=dict(PREFIXES), use_default_graph_as_union=True,
                                 substitutions=bindings or None)
    except SyntaxError as err:
        raise QueryError(syntax_message(sparql, str(err))) from err
    except OSError as err:
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
        rdf = GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE)
        return ox.serialize(result, format=rdf, prefixes=dict(PREFIXES)) or b""
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use table, csv, tsv, json or xml")
    buffer = io.BytesIO()
    result.serialize(buffer, format=RESULT_FORMATS[fmt])
    return buffer.getvalue()


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
    return header, [[term_text(sol[v]) for v in header] for sol in result]
