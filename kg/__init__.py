"""kg: turn news articles into an RDF knowledge graph of people, organizations, places, events and statements.

The functions here are named apart from the submodules (kg.build, kg.export, kg.stats, kg.query), so that
importing a function never hides the module of the same name.
"""

from kg.articles import Skipped, read_articles
from kg.build import BuildReport
from kg.build import build as build_store
from kg.export import export as export_store
from kg.query import named_queries
from kg.query import run as run_query
from kg.records import Article, Entity, Event, Extraction, Span, Statement
from kg.stats import stats as store_stats
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
    "build_store",
    "export_store",
    "named_queries",
    "read_articles",
    "run_query",
    "store_stats",
]
