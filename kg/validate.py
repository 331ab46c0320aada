"""SHACL validation of the store against ontology/shapes.ttl, with pyshacl."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.store import Store

ONTOLOGY_ENV = "KG_ONTOLOGY"


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str


def ontology_dir() -> Path:
    """The folder with kg.ttl and shapes.ttl: $KG_ONTOLOGY, else kg/ontology/ in an installed kg (the wheel carries
    the project's ontology/ there), else ontology/ beside the package in the source tree."""
    configured = os.environ.get(ONTOLOGY_ENV)
    package = Path(__file__).resolve().parent
    # Paths next to this file, not importlib.resources: an editable install's namespace paths break files().
    places = [Path(configured)] if configured else [package / "ontology", package.parent / "ontology"]
    for here in places:
        if (here / "kg.ttl").is_file() and (here / "shapes.ttl").is_file():
            return here
    where = " or ".join(map(str, places))
    raise FileNotFoundError(f"ontology files (kg.ttl, shapes.ttl) not found in {where}; set {ONTOLOGY_ENV} to the "
                            "ontology/ folder")


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
    # pyshacl parses a SPARQL constraint's text anew for every focus node (20 s for the examples' 370 mentions):
    # Oxigraph answers each such constraint once over the whole store instead, and pyshacl checks the rest.
    ontology = load_ontology()
    out = _sparql_violations(store, shapes, ontology)
    shapes.remove((None, SH.sparql, None))
    data = rdflib.Graph()
    # Shapes speak of the union of all graphs; N-Triples of the union dedupes triples seen in several graphs.
    union = store.inner.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    data.parse(data=pyoxigraph.serialize(union, format=pyoxigraph.RdfFormat.N_TRIPLES), format="nt")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                           advanced=True, allow_warnings=True)
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        out.append(Violation(
            focus=str(report.value(result, SH.focusNode)),
            path=str(report.value(result, SH.resultPath) or ""),
            message=str(report.value(result, SH.resultMessage) or ""),
            severity=str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
        ))
    return sorted(out, key=lambda v: (v.severity, v.message, v.focus))


def _sparql_violations(store: Store, shapes: Any, ontology: Any) -> list[Violation]:
    """SHACL-SPARQL constraints (SHACL 5.3) of node shapes with class targets, each answered in one query: the
    pre-bound $this becomes a variable joined to the shape's target classes (and their subclasses in kg.ttl)."""
    import rdflib
    from rdflib.namespace import RDFS, SH

    out: list[Violation] = []
    for shape, constraint in shapes.subject_objects(SH.sparql):
        select = shapes.value(constraint, SH.select)
        classes = set(shapes.objects(shape, SH.targetClass))
        if select is None or not classes or shapes.value(constraint, SH.deactivated) == rdflib.Literal(True):
            continue
        for c in list(classes):
            classes |= set(ontology.transitive_subjects(RDFS.subClassOf, c))
        prefixes = "".join(f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
                           for source in shapes.objects(constraint, SH.prefixes)
                           for d in shapes.objects(source, SH.declare))
        targets = " ".join(f"<{c}>" for c in sorted(classes))
        body = str(select).replace("$this", "?this")
        query = f"{prefixes}SELECT * WHERE {{ VALUES ?kgTargetClass {{ {targets} }} ?this a ?kgTargetClass . " \
                f"{{ {body} }} }}"
        template = str(shapes.value(constraint, SH.message) or shapes.value(shape, SH.message) or
                       "SPARQL constraint not met")
        severity = str(shapes.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        seen = set()
        results = store.inner.query(query, use_default_graph_as_union=True)
        names = [v.value for v in results.variables]
        for row in results:
            values = {n: row[n] for n in names if row[n] is not None}
            message = _fill(template, values)
            key = (row["this"].value, message)
            if key not in seen:  # (the union of graphs is a bag: one fact can come back once per graph)
                seen.add(key)
                out.append(Violation(focus=row["this"].value, path=_plain(values.get("path")), message=message,
                                     severity=severity))
    return out


def _plain(term: Any) -> str:
    return "" if term is None else str(term.value)


def _fill(template: str, values: dict[str, Any]) -> str:
    """A SHACL message with its {?var} / {$var} placeholders replaced by the solution's values."""
    return re.sub(r"\{[?$](\w+)\}", lambda m: _plain(values.get(m.group(1))), template)
