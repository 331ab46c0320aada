"""Interactive HTML views of the graph (pyvis), self-contained and offline."""

from __future__ import annotations

import html
import re
from pathlib import Path

from kg.namespaces import PREFIXES
from kg.store import Store

STYLE = {
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Place": ("#59a14f", "triangle"),
    "Event": ("#e15759", "diamond"),
}
NODES = """
SELECT ?e ?name ?class (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?a a kg:Article ; kg:mentions ?e . ?e a ?class ; kg:name ?name .
  FILTER(?class IN (kg:Person, kg:Organization, kg:Place, kg:Event))
} GROUP BY ?e ?name ?class
"""
EDGES = """
SELECT DISTINCT ?s ?o ?label WHERE {
  { ?st kg:speaker ?s ; kg:about ?o ; kg:cue ?label }
  UNION { ?s kg:participant ?o BIND("participant" AS ?label) }
  UNION { ?s kg:location ?o BIND("location" AS ?label) }
  UNION { ?s kg:affiliation ?o BIND("affiliation" AS ?label) }
  FILTER(?s != ?o)
}
"""
REMOTE = re.compile(r"<(?:link|script)[^>]+(?:href|src)=\"https?://[^\"]+\"[^>]*>(?:</script>)?")


def write_view(store: Store, output: Path) -> tuple[int, int]:
    """Draw entities (color and shape by kind, size by articles) and who-said-about-whom edges."""
    from pyvis.network import Network

    prefixes = dict(PREFIXES)
    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line")
    kinds: dict[str, str] = {}
    for row in store.inner.query(NODES, prefixes=prefixes, use_default_graph_as_union=True):
        kind = row["class"].value.rsplit("#", 1)[-1]
        color, shape = STYLE[kind]
        count = int(row["n"].value)
        iri = row["e"].value
        kinds[iri] = kind
        net.add_node(iri, label=row["name"].value, color=color, shape=shape, size=10 + 4 * count,
                     title=html.escape(f"{row['name'].value} ({kind}, {count} articles)"))
    edges = 0
    for row in store.inner.query(EDGES, prefixes=prefixes, use_default_graph_as_union=True):
        s, o = row["s"].value, row["o"].value
        if s in kinds and o in kinds:
            net.add_edge(s, o, label=row["label"].value, title=html.escape(row["label"].value))
            edges += 1
    net.toggle_physics(True)
    page = REMOTE.sub("", net.generate_html())
    legend = "".join(f'<span style="color:{c}">&#9679; {k}</span> ' for k, (c, _) in STYLE.items())
    page = page.replace("<body>", f'<body><div style="font-family:sans-serif;padding:4px">{legend}</div>', 1)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    return len(kinds), edges
