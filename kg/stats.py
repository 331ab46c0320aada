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
TOP = """
SELECT ?name ?class (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?a a kg:Article ; kg:mentions ?e . ?e a ?class ; kg:name ?name .
  FILTER(?class IN (kg:Person, kg:Organization, kg:Place, kg:Event))
} GROUP BY ?e ?name ?class ORDER BY DESC(?n) ?name LIMIT %d
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
    for row in store.inner.query(TOP % top, prefixes=prefixes, use_default_graph_as_union=True):
        out.top.append((row["name"].value, row["class"].value.rsplit("#", 1)[-1], int(row["n"].value)))
    return out
