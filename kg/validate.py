"""SHACL validation of the store against ontology/shapes.ttl, with pyshacl."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kg.store import Store

ONTOLOGY_ENV = "KG_ONTOLOGY"


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str


def ontology_dir() -> Path:
    """The folder with kg.ttl and shapes.ttl: $KG_ONTOLOGY, else ontology/ beside the package."""
    configured = os.environ.get(ONTOLOGY_ENV)
    here = Path(configured) if configured else Path(__file__).resolve().parent.parent / "ontology"
    if not (here / "kg.ttl").is_file():
        raise FileNotFoundError(f"ontology files not found in {here}; set {ONTOLOGY_ENV} to the ontology/ folder")
    return here


def load_ontology():
    import rdflib

    g = rdflib.Graph()
    g.parse(ontology_dir() / "kg.ttl", format="turtle")
    return g


def validate(store: Store) -> list[Violation]:
    """Every SHACL violation of the store's graph (union of all named graphs)."""
    import pyoxigraph
    import pyshacl
    import rdflib
    from rdflib.namespace import SH

    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    data = rdflib.Graph()
    # Shapes speak of the union of all graphs; N-Triples of the union dedupes triples seen in several graphs.
    union = store.inner.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    data.parse(data=pyoxigraph.serialize(union, format=pyoxigraph.RdfFormat.N_TRIPLES), format="nt")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=load_ontology(), inference="none",
                                           advanced=True, allow_warnings=True)
    out = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        out.append(Violation(
            focus=str(report.value(result, SH.focusNode)),
            path=str(report.value(result, SH.resultPath) or ""),
            message=str(report.value(result, SH.resultMessage) or ""),
            severity=str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
        ))
    return sorted(out, key=lambda v: (v.severity, v.message, v.focus))
