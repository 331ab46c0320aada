"""Stores: one named graph per article, one for canonical entities, one for metadata.

`Store.open` picks the backend from the location: a folder is an embedded Oxigraph store (`LocalStore`), an
http(s) URL a SPARQL server (`kg.remote.RemoteStore`). Both answer the same methods.
"""

from __future__ import annotations

import fcntl
import logging
import os
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import summary, turtlefiles
from kg.namespaces import KG, Base, sparql_prefixes

LOCK_NAME = "kg.lock"
META_BASE = KG + "base"
META_DIRTY = KG + "entitiesOutOfDate"
STORE_MARK = KG + "store"
MENTIONS = KG + "mentions"
# A graph that a bulk load is writing (kg:store kg:pendingGraph <graph>, in the meta graph) until it is whole on disk.
PENDING = KG + "pendingGraph"
# The file in the store's folder that holds a graph's Turtle (<graph> kg:turtleFile "NAME", in the meta graph).
TURTLE_FILE = KG + "turtleFile"
REFRESH_BATCH = 500  # entities per incremental refresh update
# New articles from which one bulk load costs less than a transaction each (CPU an article at 100: ~5 against ~9 ms;
# at 10, ~14 against ~8: a bulk load writes some ten files whatever its size).
BULK = 100


class StoreError(Exception):
    """A store cannot be opened or used; the message says what to do."""


class StoreNotFound(StoreError):
    pass


class StoreBusy(StoreError):
    pass


class Store:
    """A kg store: the methods the pipeline and the readers use, whatever holds the graphs."""

    base: Base
    writable: bool
    location: str
    # pyoxigraph.Store locally; remotely a client with the same query/dump/len/iteration surface.
    inner: Any
    # Entity IRIs whose entities-graph entry this session's writes made stale; None: unknown, refresh them all.
    _touched: set[str] | None = None
    # Whether this session's writes dropped a mention (replaced or removed an article): counts may have fallen.
    _dropped: bool = False

    # -- opening ------------------------------------------------------------------------------------------
    @classmethod
    @contextmanager
    def open(cls, path: str | Path, *, write: bool = False, wait: float = 0.0,
             base: str | None = None, create: bool = True) -> Iterator[Store]:
        """Open a store folder (`write` takes the single-writer lock, waiting up to `wait` seconds) or server URL."""
        from kg.remote import RemoteStore, remote_url

        url = remote_url(path)
        if url is not None:
            with RemoteStore.connect(url, write=write, base=base) as remote:
                yield remote
            return
        if write and not create and not (Path(path) / "CURRENT").exists():
            raise StoreNotFound(f"no kg store at {path}; build one first with: kg build ARTICLES --store {path}")
        if base is not None:
            Base.from_env(base)  # an invalid base fails before any folder is made
        with LocalStore.connect(Path(path), write=write, wait=wait, base=base) as local:
            yield local

    # -- articles -----------------------------------------------------------------------------------------
    def article_state(self, key: str) -> tuple[str, str] | None:
        """(content hash, extractor) of a stored article, or None when it is not stored."""
        raise NotImplementedError

    def keys_for_source(self, source: str) -> list[str]:
        """Keys of the stored articles read from a given source (file name, or file:line)."""
        raise NotImplementedError

    def find_articles(self, ref: str) -> list[str]:
        """Keys of stored articles matching a key, IRI, identifier, URL, the id the source gave (kg:sourceId), or a
        source: a file (every article read from it), file:line or file[item], however the path is spelled."""
        from kg.articles import source_matches, source_refs

        refs = source_refs(ref)
        keys = {key for r in refs for key in self._find_exact(r)}
        if not keys:
            keys = {key for r in refs for key, source in self._sources_starting(r) if source_matches(source, r)}
        return sorted(keys)

    def _find_exact(self, ref: str) -> list[str]:
        """Keys of stored articles whose key, IRI, identifier, source id or source name is `ref` as it is."""
        raise NotImplementedError

    def _sources_starting(self, prefix: str) -> Iterable[tuple[str, str]]:
        """(key, source name) of the stored articles whose source name starts with `prefix`."""
        raise NotImplementedError

    def article_keys(self) -> list[str]:
        raise NotImplementedError

    def put_article(self, key: str, quads: Iterable[ox.Quad], replaces: Iterable[str] = ()) -> None:
        """Replace one article's graph (and drop the graphs of `replaces`) atomically: never a mix, never a loss."""
        raise NotImplementedError

    def put_articles(self, articles: Sequence[tuple[str, Sequence[ox.Quad]]]) -> None:
        """Write several articles, each replacing its own graph as put_article does (each whole or not at all)."""
        for key, quads in articles:
            self.put_article(key, quads)

    def remove_article(self, key: str) -> None:
        raise NotImplementedError

    def refresh_entities(self) -> None:
        """Recompute the entities graph (types, canonical names, aliases, article counts) from the articles.

        Only the entities that this session's writes added or dropped a mention of, when the session began on a
        fresh entities graph; else all of them. Either way the graph ends the same.
        """
        self._need_write()
        touched, self._touched = self._touched, set()
        dropped, self._dropped = self._dropped, False
        if touched != set():
            self._forget_turtle([self.base.entities_graph])
        if touched is None:
            self.inner.update(entities_update(self.base, clear_mark=False))
            self.inner.update(summary_update(self.base, "empty"))
            return
        entities = sorted(touched)
        if not entities:
            self.inner.update(entities_update(self.base, []))
            return
        staged = len(entities) <= summary.STAGED_ENTITIES
        for i in range(0, len(entities), REFRESH_BATCH):
            self.inner.update(entities_update(self.base, entities[i:i + REFRESH_BATCH], clear_mark=False,
                                              stage=staged))
        self.inner.update(summary_update(self.base, "staged" if staged else "all", removals=dropped))

    def _old_mentions(self, key: str) -> Iterable[str]:
        """The entities a stored article mentions (nothing when it is not stored)."""
        raise NotImplementedError

    def turtle_files(self) -> dict[str, Path]:
        """The file in the store's folder that holds each graph's Turtle (kg.turtlefiles): graph IRI -> path."""
        return {}

    def _forget_turtle(self, graphs: Iterable[str]) -> None:
        """Before these graphs change: their Turtle files (kg.turtlefiles) no longer hold them."""

    def _touch(self, keys: Iterable[str], quads: Iterable[ox.Quad] = ()) -> None:
        """Note the entities whose counts the next write changes: mentioned before (by `keys`) or after."""
        if self._touched is None:
            return
        for key in keys:
            old = list(self._old_mentions(key))
            self._dropped = self._dropped or bool(old)
            self._touched.update(old)
        self._touched.update(q.object.value for q in quads
                             if q.predicate.value == MENTIONS and isinstance(q.object, ox.NamedNode))

    def known_entities(self) -> Iterator[tuple[str, str, list[str]]]:
        """(kind, canonical name, aliases) of every entity in the entities graph."""
        rows = self.query(sparql_prefixes() + f"""
            SELECT ?type ?name (GROUP_CONCAT(?alias; separator="\\u001f") AS ?aliases)
            WHERE {{ GRAPH <{self.base.entities_graph}> {{
                ?e a ?type ; kg:name ?name . OPTIONAL {{ ?e kg:alias ?alias }} }} }}
            GROUP BY ?type ?name""")
        assert isinstance(rows, ox.QuerySolutions)
        for row in rows:
            kind = row["type"].value.removeprefix(KG)
            aliases = row["aliases"].value.split("\x1f") if row["aliases"] and row["aliases"].value else []
            yield kind, row["name"].value, aliases

    # -- reading ------------------------------------------------------------------------------------------
    def query(self, sparql: str, substitutions: dict | None = None, union: bool = True):
        """Run a SPARQL query; the default graph is the union of all graphs unless `union` is False."""
        return self.inner.query(sparql, use_default_graph_as_union=union, substitutions=substitutions)

    def __len__(self) -> int:
        return len(self.inner)

    def _need_write(self) -> None:
        if not self.writable:
            raise StoreError("the store was opened read-only")


def entities_update(base: Base, only: list[str] | None = None, clear_mark: bool = True, stage: bool = False) -> str:
    """The SPARQL update that rebuilds the entities graph (or the entries of the entities `only`) from the
    article graphs, and clears the stale mark; with `stage`, it notes the names of those entities before and after
    for summary_update."""
    ent = base.entities_graph
    prefix = base.article_graph_prefix
    before = after = ""
    if only is None:
        drop, values = f"DROP SILENT GRAPH <{ent}> ;", ""
    else:
        values = "VALUES ?e { " + " ".join(f"<{iri}>" for iri in only) + " }"
        drop = f"DELETE {{ GRAPH <{ent}> {{ ?e ?p ?o }} }} WHERE {{ {values} GRAPH <{ent}> {{ ?e ?p ?o }} }} ;"
        if stage:
            before, after = summary.stage_names(base, values) + " ;", " ; " + summary.stage_names(base, values)
    mark = _clear_mark(base)
    if only == []:
        return mark
    return sparql_prefixes() + f"""
        {before}
        {drop}
        INSERT {{ GRAPH <{ent}> {{ ?e a ?type ; kg:name ?name ; kg:articleCount ?n }} }}
        WHERE {{
          {{ SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE {{ {values}
               GRAPH ?g {{ ?a a kg:Article ; kg:mentions ?e }}
               FILTER(STRSTARTS(STR(?g), "{prefix}")) }} GROUP BY ?e }}
          {{ SELECT DISTINCT ?e ?type ?name WHERE {{ {values}
               GRAPH ?g2 {{ ?e a ?type ; kg:name ?name }}
               FILTER(STRSTARTS(STR(?g2), "{prefix}")) }} }}
        }} ;
        INSERT {{ GRAPH <{ent}> {{ ?e kg:alias ?alias }} }}
        WHERE {{ SELECT DISTINCT ?e ?alias WHERE {{
          {values} GRAPH ?g {{ ?e kg:alias ?alias }} FILTER(STRSTARTS(STR(?g), "{prefix}")) }} }} ;
        {summary.people_lists(base, values)}
        {after}
        {"; " + mark if clear_mark else ""}
    """


def summary_update(base: Base, scope: str, removals: bool = True) -> str:
    """The SPARQL update that recounts the co-mentions and event names (kg.summary) once the entries are in, in
    `scope` "staged", "all" or "empty", and clears the stale mark. A transaction of its own: reading what the same
    transaction wrote (the entries) is several times slower."""
    return sparql_prefixes() + summary.co_mentions_update(base, scope, removals) + " ; " + _clear_mark(base)


def _clear_mark(base: Base) -> str:
    return f'DELETE DATA {{ GRAPH <{base.meta_graph}> {{ <{STORE_MARK}> <{META_DIRTY}> "true" }} }}'


class LocalStore(Store):
    """An on-disk Oxigraph store, locked for one writer or many readers at a time."""

    inner: ox.Store

    def __init__(self, path: Path, inner: ox.Store, base: Base, writable: bool):
        self.path = path
        self.location = str(path)
        self.inner = inner
        self.base = base
        self.writable = writable
        self._turtle_head: bytes | None = None
        self._turtle_failed = False  # a Turtle file could not be written: this session writes no more

    @classmethod
    @contextmanager
    def connect(cls, path: Path, *, write: bool = False, wait: float = 0.0,
                base: str | None = None) -> Iterator[LocalStore]:
        """Open the store folder at path: `write` takes the single-writer lock (waiting up to `wait` seconds)."""
        if not write and not (path / "CURRENT").exists():
            raise StoreNotFound(f"no kg store at {path}; build one first with: kg build ARTICLES --store {path}")
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is a file, not a store folder; pass a folder path with --store")
        if write and path.exists() and any(path.iterdir()) and not (path / "CURRENT").exists():
            raise StoreError(f"{path} is a non-empty folder that is not a kg store; pass an empty or new folder")
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"cannot create the store folder {path}: {err.strerror}") from None
        with _lock(path, exclusive=write, wait=wait):
            try:
                inner = ox.Store(str(path)) if write else ox.Store.read_only(str(path))
            except OSError as err:
                raise StoreError(f"cannot open the store at {path}: {err}") from err
            store = cls(path, inner, Base(), write)
            store.base = store._check_base(base)
            pending = [] if write else store._pending_graphs()
            try:
                if write:
                    store._recover()
                    store._touched = set()
                if not pending:
                    yield store
                    if write:
                        store._write_turtle_files()
            finally:
                if write:
                    inner.flush()
                del store.inner
                del inner
        if pending:
            # A build was killed while it bulk-loaded articles, some of which may be half written: repair the store
            # as its next writer would, then read it.
            cls._repair(path, wait, len(pending))
            with cls.connect(path, wait=wait, base=base) as store:
                yield store

    @classmethod
    def _repair(cls, path: Path, wait: float, count: int) -> None:
        """Open the store for writing once, which removes what an interrupted bulk load left (`_recover`)."""
        try:
            with cls.connect(path, write=True, wait=wait):
                pass
        except StoreError as err:
            error = StoreBusy if isinstance(err, StoreBusy) else StoreError
            raise error(f"the store at {path} holds {count} articles that a killed build had not finished writing, "
                        f"and they cannot be removed now: {err}. The next process to open the store for writing "
                        "(kg build, kg remove) removes them; until then it cannot be read.") from None

    def _check_base(self, wanted: str | None) -> Base:
        stored = next((_text(q.object) for q in self.inner.quads_for_pattern(
            None, ox.NamedNode(META_BASE), None, None)), None)
        if stored is None:
            base = Base.from_env(wanted)
            if self.writable:
                meta = ox.NamedNode(base.meta_graph)
                self.inner.add(ox.Quad(ox.NamedNode(STORE_MARK), ox.NamedNode(META_BASE), ox.Literal(base.iri), meta))
            return base
        if wanted and wanted != stored:
            raise StoreError(f"the store at {self.path} uses the base IRI {stored}, not {wanted}; "
                             "use a new --store for another base")
        return Base(stored)

    def _recover(self) -> None:
        """Clear what an interrupted build left (articles of an unfinished bulk load, a stale entities graph, staging
        graphs) and bring an entities graph made by an older kg up to date."""
        if self._pending_graphs():
            self._drop_pending()
            # The files of a load killed before RocksDB took them in (Oxigraph removes them when a load fails).
            for leftover in self.path.glob("bulk-*.sst"):
                leftover.unlink(missing_ok=True)
        prefix = self.base.staging_graph_prefix
        for g in list(self.inner.named_graphs()):
            if isinstance(g, ox.NamedNode) and g.value.startswith(prefix):
                self.inner.remove_graph(g)
        if self._flag(META_DIRTY) or summary.summary_missing(self):
            self.refresh_entities()

    def _pending_graphs(self) -> list[str]:
        """The graphs of an unfinished bulk load (put_articles), named by its marks."""
        return [q.object.value for q in self.inner.quads_for_pattern(
            ox.NamedNode(STORE_MARK), ox.NamedNode(PENDING), None, ox.NamedNode(self.base.meta_graph))
            if isinstance(q.object, ox.NamedNode)]

    def _pending_marks_removal(self) -> str:
        """The SPARQL update that removes every pending mark (not the graphs they name)."""
        return f"DELETE WHERE {{ GRAPH <{self.base.meta_graph}> {{ <{STORE_MARK}> <{PENDING}> ?g }} }}"

    def _drop_pending(self) -> None:
        """Drop every graph that a pending mark names, and the marks, in one transaction: the store as it was
        before that load (the stale-entities mark set, so that the entities graph is refreshed)."""
        graphs = self._pending_graphs()
        if not graphs:
            return
        self._forget_turtle(graphs)
        meta = self.base.meta_graph
        drops = "".join(f"DROP SILENT GRAPH <{g}> ; " for g in graphs)
        self.inner.update(f"{drops}{self._pending_marks_removal()} ; "
                          f"INSERT DATA {{ GRAPH <{meta}> {{ <{STORE_MARK}> <{META_DIRTY}> \"true\" }} }}")

    def _flag(self, name: str) -> bool:
        return any(True for _ in self.inner.quads_for_pattern(ox.NamedNode(STORE_MARK), ox.NamedNode(name), None,
                                                              ox.NamedNode(self.base.meta_graph)))

    def _flag_quad(self, name: str) -> ox.Quad:
        return ox.Quad(ox.NamedNode(STORE_MARK), ox.NamedNode(name), ox.Literal("true"),
                       ox.NamedNode(self.base.meta_graph))

    def _set_flag(self, name: str, on: bool) -> None:
        quad = self._flag_quad(name)
        if on:
            self.inner.add(quad)
        else:
            self.inner.remove(quad)

    # -- articles -----------------------------------------------------------------------------------------
    def article_state(self, key: str) -> tuple[str, str] | None:
        """(content hash, extractor) of a stored article, or None when it is not stored."""
        node = ox.NamedNode(self.base.article(key))
        graph = ox.NamedNode(self.base.article_graph(key))
        digest = next(self.inner.quads_for_pattern(node, ox.NamedNode(KG + "contentHash"), None, graph), None)
        if digest is None:
            return None
        extractor = next(self.inner.quads_for_pattern(node, ox.NamedNode(KG + "extractor"), None, graph), None)
        return _text(digest.object), _text(extractor.object) if extractor else ""

    def keys_for_source(self, source: str) -> list[str]:
        """Keys of the stored articles read from a given source (file name, or file:line)."""
        prefix = self.base.article_graph_prefix
        return [q.graph_name.value[len(prefix):] for q in self.inner.quads_for_pattern(
            None, ox.NamedNode(KG + "sourceName"), ox.Literal(source), None)
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(prefix)]

    def _find_exact(self, ref: str) -> list[str]:
        prefix = self.base.article_graph_prefix
        key = ref.removeprefix(self.base.iri + "article/")
        if re.fullmatch(r"[^\s<>\"{}|^`\\/]+", key) and self.article_state(key) is not None:
            return [key]
        keys = []
        for prop in ("identifier", "sourceId", "sourceName"):
            for q in self.inner.quads_for_pattern(None, ox.NamedNode(KG + prop), ox.Literal(ref), None):
                if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(prefix):
                    keys.append(q.graph_name.value[len(prefix):])
        return sorted(set(keys))

    def _sources_starting(self, prefix: str) -> Iterable[tuple[str, str]]:
        graphs = self.base.article_graph_prefix
        for q in self.inner.quads_for_pattern(None, ox.NamedNode(KG + "sourceName"), None, None):
            if (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(graphs)
                    and isinstance(q.object, ox.Literal) and q.object.value.startswith(prefix)):
                yield q.graph_name.value[len(graphs):], q.object.value

    def article_keys(self) -> list[str]:
        prefix = self.base.article_graph_prefix
        return sorted(g.value[len(prefix):] for g in self.inner.named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value.startswith(prefix))

    def put_article(self, key: str, quads: Iterable[ox.Quad], replaces: Iterable[str] = ()) -> None:
        """Replace one article's graph atomically: readers see the old graph or the new one, never a mix."""
        self._need_write()
        # One SPARQL update is one transaction; it is twice as fast as filling a staging graph and MOVEing it.
        # The triples are all written out first, so a failing producer leaves the store as it was.
        target = self.base.article_graph(key)
        quads = list(quads)
        replaces = list(replaces)
        graph = ox.NamedNode(target)
        self._forget_turtle([target, *map(self.base.article_graph, replaces)])
        if not replaces and next(iter(self.inner.quads_for_pattern(None, None, None, graph)), None) is None:
            # A new article: Store.extend is one transaction too, and costs about half as much as the update.
            self._touch([], quads)
            if not all(q.graph_name == graph for q in quads):
                quads = [ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]
            self.inner.extend([self._flag_quad(META_DIRTY), *quads])  # (the mark in the same transaction)
        else:
            body = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
            self._touch([key, *replaces], quads)
            drops = "".join(f"DROP SILENT GRAPH <{self.base.article_graph(old)}> ; " for old in replaces)
            self.inner.update(f"{drops}DROP SILENT GRAPH <{target}> ; INSERT DATA {{ "
                              f"GRAPH <{self.base.meta_graph}> {{ <{STORE_MARK}> <{META_DIRTY}> \"true\" }} "
                              f"GRAPH <{target}> {{ {body} }} }}")
        self._keep_turtle([(graph, quads)])

    def put_articles(self, articles: Sequence[tuple[str, Sequence[ox.Quad]]]) -> None:
        """Write several articles: those already stored one transaction each (put_article); those that are not, when
        there are BULK of them or more, in one bulk load.

        A bulk load costs half as much CPU as a transaction an article but is not a transaction: a build killed
        during one could leave part of it. So a mark in the meta graph names each of its graphs, written (in one
        transaction) and flushed to disk before the load and removed (in one transaction) after it; the next
        writer to open the store drops every graph a mark names (`_recover`), and a reader repairs the store
        first or refuses to read it. Only graphs that did not exist are marked, so that drop loses nothing that
        was stored before. A load that fails with an error is dropped at once.
        """
        self._need_write()
        new: list[tuple[str, ox.NamedNode, Sequence[ox.Quad]]] = []
        # A key given twice is written once, the last time, as one put_article after another would leave it.
        for key, quads in {key: (key, quads) for key, quads in articles}.values():
            graph = ox.NamedNode(self.base.article_graph(key))
            if next(iter(self.inner.quads_for_pattern(None, None, None, graph)), None) is None:
                new.append((key, graph, quads))
            else:
                self.put_article(key, quads)
        if len(new) < BULK:
            for key, _, quads in new:
                self.put_article(key, quads)
            return
        self._forget_turtle(g.value for _, g, _ in new)
        meta = ox.NamedNode(self.base.meta_graph)
        mark, pending = ox.NamedNode(STORE_MARK), ox.NamedNode(PENDING)
        self.inner.extend([self._flag_quad(META_DIRTY), *(ox.Quad(mark, pending, g, meta) for _, g, _ in new)])
        # The marks on disk before any of the load. A committed transaction may still be only in RocksDB's log, which
        # a power cut can lose, and Oxigraph documents no order between it and a bulk load's files: without the
        # flush, a system that stops could keep part of the load and lose its marks.
        self.inner.flush()
        for _, _, quads in new:
            self._touch([], quads)
        try:
            self.inner.bulk_extend(chain.from_iterable(
                quads if all(q.graph_name == g for q in quads)
                else [ox.Quad(q.subject, q.predicate, q.object, g) for q in quads] for _, g, quads in new))
        except BaseException:
            self._drop_pending()  # (if this fails too, the marks stay for the next writer)
            raise
        # Should this removal be lost, the next writer drops whole articles and the next build makes them again.
        self.inner.update(self._pending_marks_removal())
        self._keep_turtle((g, quads) for _, g, quads in new)

    def remove_article(self, key: str) -> None:
        self._need_write()
        self._forget_turtle([self.base.article_graph(key)])
        self._touch([key])
        self._set_flag(META_DIRTY, True)
        self.inner.remove_graph(ox.NamedNode(self.base.article_graph(key)))

    def _old_mentions(self, key: str) -> Iterable[str]:
        return [_text(q.object) for q in self.inner.quads_for_pattern(
            ox.NamedNode(self.base.article(key)), ox.NamedNode(MENTIONS), None,
            ox.NamedNode(self.base.article_graph(key)))]

    def refresh_entities(self) -> None:
        super().refresh_entities()
        self._write_turtle_files(check=False)  # the entities graph's file, now that the graph is whole again

    # -- Turtle files (kg.turtlefiles) ----------------------------------------------------------------------
    def turtle_files(self) -> dict[str, Path]:
        """The file the meta graph names for each graph that has one: graph IRI -> path (read it with
        kg.turtlefiles.read, which checks that it is still that graph's)."""
        folder = self.path / turtlefiles.FOLDER
        return {q.subject.value: folder / _text(q.object) for q in self.inner.quads_for_pattern(
            None, ox.NamedNode(TURTLE_FILE), None, ox.NamedNode(self.base.meta_graph))
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal)}

    def _forget_turtle(self, graphs: Iterable[str]) -> None:
        meta, name = ox.NamedNode(self.base.meta_graph), ox.NamedNode(TURTLE_FILE)
        for graph in graphs:
            for quad in list(self.inner.quads_for_pattern(ox.NamedNode(graph), name, None, meta)):
                self.inner.remove(quad)

    def _keep_turtle(self, written: Iterable[tuple[ox.NamedNode, Sequence[ox.Quad]]]) -> None:
        """After article graphs were written: their Turtle files, from the triples in hand, and their names."""
        if self._turtle_failed:
            return
        folder, head, prefixes = self.path / turtlefiles.FOLDER, self._turtle_header(), self.base.prefixes()
        names = []
        try:
            folder.mkdir(exist_ok=True)
            for graph, quads in written:
                data = turtlefiles.turtle_of(quads, prefixes)
                if data:  # (None: dumped from the store at close; b"": an empty graph, which the store does not keep)
                    names.append(self._name_quad(graph, turtlefiles.write(folder, graph.value, data, head)))
        except (OSError, ValueError) as err:
            self._turtle_failed = True
            _cannot_keep(folder, err)
        self.inner.extend(names)

    def _name_quad(self, graph: ox.NamedNode, file: str) -> ox.Quad:
        return ox.Quad(graph, ox.NamedNode(TURTLE_FILE), ox.Literal(file), ox.NamedNode(self.base.meta_graph))

    def _turtle_header(self) -> bytes:
        if self._turtle_head is None:
            self._turtle_head = turtlefiles.header(self.base.prefixes())
        return self._turtle_head

    def _write_turtle_files(self, check: bool = True) -> None:
        """After a refresh of the entities graph and as a writer closes the store: write the Turtle file of each
        article graph and of the entities graph that has none (dumped from the store: the entities graph after a
        refresh, an article after a failed write or from an older kg), name them, and delete the files no graph
        names. With `check`, first forget the names of files that are gone or were written with other prefixes."""
        from concurrent.futures import ThreadPoolExecutor

        folder = self.path / turtlefiles.FOLDER
        named = self.turtle_files()
        prefix, entities = self.base.article_graph_prefix, self.base.entities_graph
        graphs = {g.value: g for g in self.inner.named_graphs()
                  if isinstance(g, ox.NamedNode) and (g.value.startswith(prefix) or g.value == entities)}
        prefixes, head = self.base.prefixes(), self._turtle_header()
        # Names of graphs that are gone (a new graph of that name has no file yet), of files that are gone or were
        # written with other prefixes.
        stale = [iri for iri, path in named.items() if iri not in graphs or
                 check and turtlefiles.read(path, iri, head, subjects=False) is None]
        self._forget_turtle(stale)
        kept = {path.name for iri, path in named.items() if iri not in stale}
        missing = sorted(iri for iri in graphs if iri not in named or iri in stale)

        def dump(iri: str) -> bytes:
            data = self.inner.dump(format=ox.RdfFormat.TURTLE, from_graph=graphs[iri], prefixes=prefixes)
            assert data is not None
            return data

        names = []
        if missing and not self._turtle_failed:
            try:
                folder.mkdir(exist_ok=True)
                with ThreadPoolExecutor(2) as pool:  # the dumps run without the GIL
                    for iri, data in zip(missing, turtlefiles.in_order(pool, dump, missing, 16), strict=True):
                        file = turtlefiles.write(folder, iri, data, head)
                        kept.add(file)
                        names.append(self._name_quad(graphs[iri], file))
            except (OSError, ValueError) as err:
                _cannot_keep(folder, err)
        self.inner.extend(names)
        if not check:
            return
        try:
            for path in folder.iterdir() if folder.is_dir() else ():
                if path.name not in kept:
                    path.unlink(missing_ok=True)
        except OSError as err:  # (a folder made read-only, something else put in it: the names are right anyway)
            logging.getLogger("kg").warning("could not delete the Turtle files no graph uses in %s (%s)", folder, err)


def _cannot_keep(folder: Path, err: Exception) -> None:
    logging.getLogger("kg").warning("could not keep the graphs' Turtle in %s (%s); kg export reads the store "
                                    "instead, which is slower", folder, err)


def _text(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    return str(term) if isinstance(term, ox.Triple) else term.value


@contextmanager
def _lock(path: Path, *, exclusive: bool, wait: float) -> Iterator[None]:
    """flock on a file in the store: one writer, or any number of readers."""
    lock_path = path / LOCK_NAME
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        if exclusive or not lock_path.exists():
            if not exclusive:
                # A store on read-only media has no writer to fear.
                yield
                return
            raise StoreError(f"cannot write in the store folder {path}: {err.strerror}") from None
        fd = os.open(lock_path, os.O_RDONLY)
    mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    deadline = time.monotonic() + wait
    try:
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "another process"
                    what = "built or changed" if exclusive else "read"
                    raise StoreBusy(f"the store at {path} is in use ({holder}); it cannot be {what} until that "
                                    f"finishes. Wait for it, or pass --wait SECONDS.") from None
                time.sleep(0.2)
        if exclusive:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"kg pid {os.getpid()}".encode(), 0)
        yield
    finally:
        os.close(fd)
