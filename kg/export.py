"""Exporting the store as Turtle, TriG, N-Quads, N-Triples or JSON-LD."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.store import Store

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
EXTENSIONS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "ntriples", ".jsonld": "jsonld",
              ".json": "jsonld"}


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
    triples = store.inner.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    ox.serialize(triples, output, rdf, prefixes=prefixes if rdf != ox.RdfFormat.N_TRIPLES else None)
