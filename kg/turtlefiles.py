"""Each graph's Turtle, kept in the store's folder so that `kg export` copies it instead of decoding the store.

Oxigraph turns every IRI and long literal back into text with a RocksDB read of its own; that, not writing, is
where an export of a large store spends its time (benchmarks/README.md, Export). So the store writes each article
graph's Turtle into `turtle/` in its folder as it stores the article, from the triples in hand (`turtle_of`), and
the entities graph's, dumped, after each refresh of it; then it names the file in the meta graph
(`<graph> kg:turtleFile "NAME"`). Whatever changes a graph removes that name first, so a named file holds the graph
as it is. A file is read only when the meta graph names it and its own first line agrees (the graph, the prefixes,
the lengths); any other graph is dumped, and the next writer to close the store writes its file from that dump.

A file: `kg-turtle 1 GRAPH PREFIXES SUBJECTS BODY` on its first line (PREFIXES a digest of the @prefix lines, the
other two lengths in bytes), then the subject of each statement in the body, one a line, then the body: the
graph's Turtle without its @prefix lines.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pyoxigraph as ox

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

FOLDER = "turtle"
MAGIC = b"kg-turtle 1"
END = b" .\n"  # ends every statement Oxigraph writes in Turtle and N-Triples (literals escape their newlines)

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class TurtleFile:
    """A graph's file, its first line checked: the subjects it describes and where its body starts."""

    path: Path
    subjects: list[bytes]
    offset: int
    length: int

    def body(self) -> bytes | None:
        """The graph's statements, or None if the file no longer holds them whole."""
        try:
            with self.path.open("rb") as fh:
                fh.seek(self.offset)
                data = fh.read()
        except OSError:
            return None
        return data if len(data) == self.length else None


def header(prefixes: dict[str, str]) -> bytes:
    """The @prefix lines Oxigraph writes before any graph's Turtle with these prefixes."""
    p = ox.NamedNode("urn:kg:p")
    data = ox.serialize([ox.Triple(p, p, p)], format=ox.RdfFormat.TURTLE, prefixes=prefixes or None)
    assert data is not None
    return prefix_lines(data)


def turtle_of(quads: Iterable[ox.Quad], prefixes: dict[str, str]) -> bytes | None:
    """A graph's Turtle from its quads in hand, as a dump of the store would hold them, or None when that cannot
    be told from them.

    Through an in-memory store, which keeps literals as the store does ("01"^^xsd:integer is 1) and each triple
    once; then each subject's triples in one statement (in the order the scratch store gives them). Not with
    blank nodes: a SPARQL update gives them new labels in the store."""
    scratch = ox.Store()
    scratch.extend(quads)
    data = ox.serialize(sorted((q.triple for q in scratch), key=_subject), format=ox.RdfFormat.TURTLE,
                        prefixes=prefixes or None)
    assert data is not None
    return None if b"_:" in data else data  # (or a literal holding "_:": that graph is dumped at close instead)


def _subject(triple: ox.Triple) -> str:
    # (An IRI has a colon, a blank node's label none: equal values are one subject.)
    subject = triple.subject
    return str(subject) if isinstance(subject, ox.Triple) else subject.value


def prefix_lines(data: bytes) -> bytes:
    end = 0
    while data.startswith(b"@prefix ", end):
        end = data.index(b"\n", end) + 1
    return data[:end]


def subjects_of(body: bytes) -> list[bytes]:
    """How each statement of a graph's Turtle (or N-Triples) body writes its subject, in order."""
    statements = body.split(END)
    if statements[-1]:
        raise ValueError(f"unexpected end of a graph written by Oxigraph: {statements[-1][-80:]!r}")
    return [s[:s.find(b" ")] for s in statements[:-1]]


def write(folder: Path, graph: str, data: bytes, head: bytes) -> str:
    """Write a graph's dump (`data`, which starts with `head`) as a file in `folder`; its name."""
    if not data.startswith(head):
        raise ValueError(f"Oxigraph wrote other prefixes for {graph} than for the rest")
    body = data[len(head):]
    subjects = b"".join(s + b"\n" for s in dict.fromkeys(subjects_of(body)))
    first = b" ".join([MAGIC, graph.encode(), _prefixes_digest(head), b"%d" % len(subjects), b"%d" % len(body)])
    content = first + b"\n" + subjects + body
    name = _digest(content) + ".ttl"
    path = folder / name
    partial = path.with_suffix(".partial")
    partial.write_bytes(content)
    os.replace(partial, path)  # a name the meta graph gives is never a half-written file
    return name


def read(path: Path, graph: str, head: bytes, subjects: bool = True) -> TurtleFile | None:
    """A graph's file, or None when it is missing or not the file of this graph with these prefixes (without
    `subjects`, its subjects are not read: a check of the first line and the size)."""
    try:
        with path.open("rb") as fh:
            first = fh.readline(len(MAGIC) + len(graph.encode()) + 200)
            parts = first.split(b" ")
            if len(parts) != 6 or b" ".join(parts[:2]) != MAGIC or parts[2] != graph.encode():
                return None
            if parts[3] != _prefixes_digest(head):
                return None
            n_subjects, n_body = int(parts[4]), int(parts[5])
            listed = fh.read(n_subjects) if subjects else b""
            size = os.fstat(fh.fileno()).st_size
    except (OSError, ValueError):
        return None
    if subjects and len(listed) != n_subjects or size != len(first) + n_subjects + n_body:
        return None
    return TurtleFile(path, listed.split(b"\n")[:-1], len(first) + n_subjects, n_body)


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@functools.lru_cache(maxsize=8)
def _prefixes_digest(head: bytes) -> bytes:
    """The digest of the @prefix lines on a file's first line (the same few headers, for every file)."""
    return _digest(head).encode()


def in_order(pool: ThreadPoolExecutor, fn: Callable[[T], R], items: Iterable[T], ahead: int) -> Iterator[R]:
    """fn over the items in the pool's threads, results in the items' order, at most `ahead` pending."""
    pending: deque[Future[R]] = deque()
    try:
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
