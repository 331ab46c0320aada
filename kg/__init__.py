"""kg: turn news articles into an RDF knowledge graph of people, organizations, places, events and statements."""

from kg.articles import Skipped, read_articles
from kg.build import BuildReport, build
from kg.export import export
from kg.query import named_queries
from kg.query import run as run_query
from kg.records import Article, Entity, Event, Extraction, Span, Statement
from kg.stats import stats
from kg.store import Store, StoreBusy, StoreError, StoreNotFound

__all__ = [
    "Article",
    "BuildReport",
    "Entity",
    "Event",
    "Extraction",
    "Skipped",
    "Span",
    "Statement",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoreNotFound",
    "build",
    "export",
    "named_queries",
    "run_query",
    "read_articles",
    "stats",
]
