"""Exporting the store as Turtle, TriG, N-Quads, N-Triples or JSON-LD."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg import turtlefiles
from kg.store import Store
from kg.turtlefiles import END

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
EXTENSIONS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "ntriples", ".jsonld": "jsonld",
              ".json": "jsonld"}
MERGE = 1000  # shared subjects merged in one pass
AHEAD = 8  # graphs dumped ahead of the one being written, per dumping thread
FEW = 4  # graphs without a file that are dumped first, to read the subjects of the rest from their files


class ExportError(Exception):
    pass


def format_for(path: Path | None, fmt: str | None) -> str:
    """The export format: named with --format, or from the output file's extension, else Turtle."""
    if fmt:
        # The extension's name is accepted for the format too: --format nq, --format ttl.
        fmt = EXTENSIONS.get("." + fmt.lower().lstrip("."), fmt.lower().replace("-", ""))
        if fmt not in FORMATS:
            raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        return fmt
    if path is None:
        return "turtle"
    try:
        return EXTENSIONS[path.suffix.lower()]
    except KeyError:
        raise ExportError(f"cannot tell the format of {path.name!r} from its extension; use "
                          f"{', '.join(EXTENSIONS)} or pass --format") from None


def export(store: Store, output: BinaryIO, fmt: str = "turtle") -> None:
    """Write the store: graph formats keep the named graphs; Turtle and N-Triples write their union."""
    rdf = FORMATS[fmt]
    prefixes = store.base.prefixes()
    if rdf.supports_datasets:
        store.inner.dump(output, rdf, prefixes=prefixes if rdf != ox.RdfFormat.N_QUADS else None)
        return
    prefixes = prefixes if rdf == ox.RdfFormat.TURTLE else {}
    if isinstance(store.inner, ox.Store):
        files = store.turtle_files() if rdf == ox.RdfFormat.TURTLE else None
        write_union(store.inner, output, rdf, prefixes, files=files)
        return
    # A server's answer is loaded into a scratch store (a set) by the client, so each triple comes back once.
    triples = store.inner.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    ox.serialize(triples, output, rdf, prefixes=prefixes or None)


def write_union(inner: ox.Store, output: BinaryIO, rdf: ox.RdfFormat, prefixes: dict[str, str],
                threads: int | None = None, files: dict[str, Path] | None = None) -> None:
    """Each triple of the union of all graphs once, as Turtle or N-Triples, the same bytes on every run.

    Graph by graph in the order of their names, each through Oxigraph's own serializer (in `threads` threads:
    it runs without the GIL), or for Turtle read from the graph's file (`files`: LocalStore.turtle_files) when
    the file checks out. Only a subject that two graphs describe can have a triple that
    two graphs hold; the statements about such subjects are held back, merged and written last, once each, in
    subject order. Memory holds those statements and a few graphs, not the store (Oxigraph's CONSTRUCT keeps a
    set of every triple, and stops de-duplicating past about a million of them).
    """
    from concurrent.futures import ThreadPoolExecutor  # here: `kg --help` imports this module

    turtle = rdf == ox.RdfFormat.TURTLE
    named = sorted(inner.named_graphs(), key=lambda g: (isinstance(g, ox.BlankNode), g.value))
    graphs: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [*named]
    if next(iter(inner.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        graphs.insert(0, ox.DefaultGraph())
    threads = threads or max(1, min(2, os.cpu_count() or 1))
    header = turtlefiles.header(prefixes) if turtle else b""
    stored: dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, turtlefiles.TurtleFile] = {}
    if turtle and files:
        for name in named:
            if isinstance(name, ox.NamedNode) and name.value in files:
                file = turtlefiles.read(files[name.value], name.value, header)
                if file is not None:
                    stored[name] = file
    dumped = [g for g in graphs if g not in stored]
    early: dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, bytes] = {}  # graphs dumped before the rest

    def dump(graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> bytes:
        """The graph's statements, without the @prefix lines."""
        data = inner.dump(format=rdf, from_graph=graph, prefixes=prefixes or None)
        assert data is not None
        if data and not data.startswith(header):
            raise ExportError("Oxigraph wrote different prefixes for two graphs; cannot merge them")
        return data[len(header):]

    def body(graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> bytes:
        if graph in early:
            return early[graph]
        data = stored[graph].body() if graph in stored else None
        return dump(graph) if data is None else data

    held: dict[bytes, set[bytes]] = {}  # shared subject -> its statements (lines or Turtle blocks), de-duplicated
    with ThreadPoolExecutor(threads + 1) as pool:
        if stored and len(dumped) <= max(FEW, len(graphs) // 50):
            # The files name their subjects: the few other graphs are dumped first for theirs.
            early.update(zip(dumped, pool.map(dump, dumped), strict=True))
            counts = Counter(s for g in graphs for s in (
                stored[g].subjects if g in stored else dict.fromkeys(turtlefiles.subjects_of(early[g]))))
            shared = {s for s, n in counts.items() if n > 1}
        else:
            shared_subjects = pool.submit(_shared_subjects, inner, graphs)
            shared = _subject_tokens(shared_subjects.result(), rdf, prefixes)
        written = False
        for graph, data in zip(graphs, turtlefiles.in_order(pool, body, graphs, AHEAD * threads), strict=True):
            if not data:
                continue
            if not written:
                output.write(header)
                written = True
            if not shared or (graph in stored and shared.isdisjoint(stored[graph].subjects)):
                output.write(data)
                continue
            kept = []
            statements = data.split(END)
            if statements[-1]:
                raise ExportError(f"unexpected end of a graph written by Oxigraph: {statements[-1][-80:]!r}")
            for statement in statements[:-1]:
                subject = statement[:statement.find(b" ")]
                if subject in shared:
                    held.setdefault(subject, set()).add(statement)
                else:
                    kept.append(statement)
            if kept:
                kept.append(b"")
                output.write(END.join(kept))
    if not turtle:
        # N-Triples writes a triple the same way every time: equal lines are equal triples.
        for subject in sorted(held):
            output.write(b"".join(s + END for s in sorted(held[subject])))
        return
    subjects = sorted(held)
    for i in range(0, len(subjects), MERGE):
        output.write(_merge(header, [held[s] for s in subjects[i:i + MERGE]], prefixes))


def _shared_subjects(inner: ox.Store, graphs: list) -> list[ox.NamedNode | ox.BlankNode]:
    """Subjects that more than one graph describes (all of the default graph's, if it has any: a superset)."""
    rows = inner.query("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?s HAVING (COUNT(DISTINCT ?g) > 1)")
    assert isinstance(rows, ox.QuerySolutions)
    subjects = {row[0] for row in rows}
    if graphs and isinstance(graphs[0], ox.DefaultGraph):
        subjects.update(q.subject for q in inner.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return list(subjects)


def _subject_tokens(subjects: list[ox.NamedNode | ox.BlankNode], rdf: ox.RdfFormat,
                    prefixes: dict[str, str]) -> set[bytes]:
    """How the serializer writes each of these subjects at the start of a statement."""
    if not subjects:
        return set()
    p = ox.NamedNode("urn:kg:p")
    data = ox.serialize([ox.Triple(s, p, p) for s in subjects], format=rdf, prefixes=prefixes or None)
    assert data is not None
    tokens = set(turtlefiles.subjects_of(data[len(turtlefiles.prefix_lines(data)):]))
    if len(tokens) != len(subjects):
        raise ExportError("cannot tell the shared subjects apart in Oxigraph's output")
    return tokens


def _merge(header: bytes, subjects: list[set[bytes]], prefixes: dict[str, str]) -> bytes:
    """Turtle for the union of the statements held for each of these subjects: one statement per subject."""
    blocks = [next(iter(statements)) + END for statements in subjects if len(statements) == 1]
    several = [statements for statements in subjects if len(statements) > 1]
    if not several:
        return b"".join(blocks)
    text = header + b"".join(s + END for statements in several for s in sorted(statements))
    triples = dict.fromkeys(ox.parse(text, format=ox.RdfFormat.TURTLE))  # in subject order: one statement each
    ordered = sorted(triples, key=lambda t: (t.subject.value, t.predicate.value))  # stable: objects as read
    data = ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    assert data is not None
    return b"".join(blocks) + data[len(turtlefiles.prefix_lines(data)):]
