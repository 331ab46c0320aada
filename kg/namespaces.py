"""Namespaces, ontology terms and the minting of IRIs: the one place that knows them."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass

ONTOLOGY = "https://kg.example.org/ontology"
KG = ONTOLOGY + "#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"

DEFAULT_BASE = "https://kg.example.org/id/"
BASE_ENV = "KG_BASE"

PREFIXES = {
    "kg": KG,
    "schema": SCHEMA,
    "prov": PROV,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
}

# Entity kinds as they appear in records, and the ontology class of each.
KINDS = ("Person", "Organization", "Place", "Event")


def kg(term: str) -> str:
    return KG + term


def sparql_prefixes(base: str | None = None) -> str:
    """PREFIX lines for every namespace, plus `id:` and `graph:` for the given resource base."""
    prefixes = dict(PREFIXES)
    if base:
        prefixes["id"] = base
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items())


def slug(text: str) -> str:
    """A readable, stable IRI path segment for a name: ASCII, lower case, hyphens."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^A-Za-z0-9]+", "-", text.lower()).strip("-")
    if not text:
        return "x" + hashlib.sha1(text.encode()).hexdigest()[:12]
    return text[:80]


def short_hash(text: str, length: int = 16) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True)
class Base:
    """Mints the IRIs of resources under one configurable base (same input, same IRI, every build)."""

    iri: str = DEFAULT_BASE

    @classmethod
    def from_env(cls, value: str | None = None) -> Base:
        iri = value or os.environ.get(BASE_ENV) or DEFAULT_BASE
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S*[/#:]$", iri):
            raise ValueError(f"base IRI {iri!r} must be an absolute IRI ending in '/', '#' or ':'")
        return cls(iri)

    def entity(self, kind: str, name: str) -> str:
        return f"{self.iri}{kind.lower()}/{slug(name)}"

    def article(self, key: str) -> str:
        return f"{self.iri}article/{key}"

    def article_graph(self, key: str) -> str:
        return f"{self.iri}graph/article/{key}"

    def statement(self, key: str, n: int) -> str:
        return f"{self.iri}statement/{key}-{n}"

    def local_event(self, key: str, n: int) -> str:
        return f"{self.iri}event/{key}-{n}"

    def mention(self, key: str, start: int, end: int) -> str:
        return f"{self.iri}mention/{key}-{start}-{end}"

    def prefixes(self) -> dict[str, str]:
        """Prefixes for serializations: the vocabularies and one per kind of resource (person:ada-lovelace)."""
        kinds = ("person", "organization", "place", "event", "article", "statement", "mention", "graph", "comention",
                 "eventname")
        return {**PREFIXES, **{k: f"{self.iri}{k}/" for k in kinds}, "articlegraph": self.article_graph_prefix}

    @property
    def entities_graph(self) -> str:
        return f"{self.iri}graph/entities"

    @property
    def meta_graph(self) -> str:
        return f"{self.iri}graph/meta"

    @property
    def article_graph_prefix(self) -> str:
        return f"{self.iri}graph/article/"

    @property
    def staging_graph_prefix(self) -> str:
        return f"{self.iri}graph/staging/"
