"""Counts of what the store holds."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.namespaces import PREFIXES
from kg.store import Store

COUNTS = """
SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
  ?x a ?class .
  FILTER(?class IN (kg:Article, kg:Person, kg:Organization, kg:Place, kg:Event, kg:Quotation, kg:ReportedSpeech,
                    kg:Mention))
} GROUP BY ?class
"""
# From the entities graph, which every build and removal keep exact: joined over the union of the article graphs,
# each mention met the entity's type and name once per article that names it (9 minutes on a million triples).
TOP = """
SELECT ?name ?class ?n WHERE {
  GRAPH <%s> { ?e kg:articleCount ?n ; a ?class ; kg:name ?name }
  FILTER(?class IN (kg:Person, kg:Organization, kg:Place, kg:Event))
} ORDER BY DESC(?n) ?name LIMIT %d
"""


@dataclass
class Stats:
    counts: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    top: list[tuple[str, str, int]] = field(default_factory=list)

    def __getitem__(self, kind: str) -> int:
        return self.counts.get(kind, 0)


def stats(store: Store, top: int = 10) -> Stats:
    """Articles, entities by kind, statements and events, triples, and the entities in most articles."""
    prefixes = dict(PREFIXES)
    out = Stats(triples=len(store))
    for row in store.inner.query(COUNTS, prefixes=prefixes, use_default_graph_as_union=True):
        out.counts[row["class"].value.rsplit("#", 1)[-1]] = int(row["n"].value)
    for row in store.inner.query(TOP % (store.base.entities_graph, top), prefixes=prefixes):
        out.top.append((row["name"].value, row["class"].value.rsplit("#", 1)[-1], int(row["n"].value)))
    return out
