"""Shared fixtures: the real spaCy model (loaded once) and a store built from examples/ (built once)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory, nlp) -> Path:
    """A store of examples/, built once per test session through the library; tests must not write to it."""
    from kg.build import build

    path = tmp_path_factory.mktemp("examples") / "store"
    report = build([str(EXAMPLES)], path)
    assert report.built >= 8 and not report.skipped, report.skipped
    return path


@pytest.fixture
def store_path(tmp_path) -> Path:
    return tmp_path / "store"
