"""Building a store from articles: read -> extract -> resolve -> map -> store, incrementally."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from kg.articles import Skipped, read_articles
from kg.mapping import article_quads
from kg.nlp import DEFAULT_MODEL, check_model, load_model, model_version
from kg.records import Article, Extraction
from kg.store import Store

CHUNK = 500  # articles resolved and written together; bounds memory on large corpora


@dataclass
class BuildReport:
    read: int = 0
    built: int = 0
    unchanged: int = 0
    replaced: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    statements: int = 0
    events: int = 0
    triples_before: int = 0
    triples_after: int = 0
    seconds: float = 0.0
    store: str = ""

    @property
    def added(self) -> int:
        return self.triples_after - self.triples_before


def kg_version() -> str:
    try:
        return metadata.version("kg")
    except metadata.PackageNotFoundError:
        return "0"


def extractor_signature(model: str) -> str:
    return f"kg {kg_version()} / {model_version(model)}"


def analyze(articles: list[Article], model: str, jobs: int = 1) -> Iterator[Extraction]:
    """spaCy over the articles (in `jobs` processes) and extraction of each parsed document."""
    from kg.extract import extract

    nlp = load_model(model)
    signature = extractor_signature(model)
    texts = (a.text for a in articles)
    kwargs = {"n_process": jobs} if jobs > 1 else {}
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=32, **kwargs), strict=True):
        ex = extract(article, doc)
        ex.model = signature
        yield ex


def build(
    inputs: Iterable[str],
    store_path: str | Path,
    *,
    model: str = DEFAULT_MODEL,
    jobs: int = 1,
    base: str | None = None,
    wait: float = 0.0,
    stdin=None,
    on_article: Callable[[Article | Skipped], None] | None = None,
) -> BuildReport:
    """Add the articles to the store; unchanged ones are skipped without NLP, changed ones replaced."""
    started = time.perf_counter()
    report = BuildReport(store=str(store_path))
    check_model(model)
    signature = extractor_signature(model)
    with Store.open(store_path, write=True, wait=wait, base=base) as store:
        report.triples_before = len(store)
        seen: dict[str, str] = {}
        pending: list[Article] = []
        for item in read_articles(inputs, stdin=stdin):
            if on_article:
                on_article(item)
            if isinstance(item, Skipped):
                report.skipped.append(item)
                continue
            report.read += 1
            if item.key in seen:
                report.skipped.append(Skipped(item.source, f"the same article as {seen[item.key]} (built once)"))
                continue
            seen[item.key] = item.source
            if store.article_state(item.key) == (item.content_hash, signature):
                report.unchanged += 1
                continue
            pending.append(item)
            if len(pending) >= CHUNK:
                _write(store, pending, model, jobs, report)
                pending = []
        if pending:
            _write(store, pending, model, jobs, report)
        if report.built or report.replaced:
            store.refresh_entities()
        report.triples_after = len(store)
    report.seconds = time.perf_counter() - started
    return report


def _write(store: Store, articles: list[Article], model: str, jobs: int, report: BuildReport) -> None:
    from kg.resolve import NameIndex

    extractions = list(analyze(articles, model, jobs))
    index = NameIndex()
    for kind, name, aliases in store.known_entities():
        index.add(kind, name, aliases)
    for ex in extractions:
        for ent in ex.entities:
            index.add(ent.kind, ent.name, sorted(ent.aliases))
    for ex in extractions:
        index.resolve(ex)
        art = ex.article
        if art.identifier.startswith("sha256:"):
            # An article known only by its text: a new text from the same file replaces the old one.
            for old in store.keys_for_source(art.source):
                if old != art.key:
                    store.remove_article(old)
                    report.replaced += 1
        store.put_article(art.key, article_quads(ex, store.base))
        report.built += 1
        report.entities.update(e.kind for e in ex.entities)
        report.statements += len(ex.statements)
        report.events += len(ex.events) + sum(1 for e in ex.entities if e.kind == "Event")
