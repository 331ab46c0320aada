"""kg: turn news articles into an RDF knowledge graph of people, organizations, places, events and statements.

The functions here are named apart from the submodules (kg.build, kg.export, kg.stats, kg.query), so that
importing a function never hides the module of the same name.

Each name is imported from its module on first use (PEP 562): `kg --help` imports this package, and should not
pay for the store, Oxigraph or the build pipeline.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.articles import Skipped, read_articles
    from kg.build import BuildReport
    from kg.build import build as build_store
    from kg.export import export as export_store
    from kg.query import named_queries
    from kg.query import run as run_query
    from kg.records import Article, Entity, Event, Extraction, Span, Statement
    from kg.stats import stats as store_stats
    from kg.store import Store, StoreBusy, StoreError, StoreNotFound

# public name -> (module, name in that module)
_LAZY = {
    "Article": ("kg.records", "Article"),
    "BuildReport": ("kg.build", "BuildReport"),
    "Entity": ("kg.records", "Entity"),
    "Event": ("kg.records", "Event"),
    "Extraction": ("kg.records", "Extraction"),
    "Skipped": ("kg.articles", "Skipped"),
    "Span": ("kg.records", "Span"),
    "Statement": ("kg.records", "Statement"),
    "Store": ("kg.store", "Store"),
    "StoreBusy": ("kg.store", "StoreBusy"),
    "StoreError": ("kg.store", "StoreError"),
    "StoreNotFound": ("kg.store", "StoreNotFound"),
    "build_store": ("kg.build", "build"),
    "export_store": ("kg.export", "export"),
    "named_queries": ("kg.query", "named_queries"),
    "read_articles": ("kg.articles", "read_articles"),
    "run_query": ("kg.query", "run"),
    "store_stats": ("kg.stats", "stats"),
}

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


def __getattr__(name: str) -> Any:
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'kg' has no attribute {name!r}") from None
    value = getattr(import_module(module), attr)
    globals()[name] = value  # once imported, a plain attribute: later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
