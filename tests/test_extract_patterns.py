"""The trie-shaped alternation that the gazetteer and each article's own names are matched with."""

from __future__ import annotations

import random
import re

import pytest

from kg.extract import any_of


def _alternation(words: list[str]) -> str:
    """The plain form any_of must match like: every word escaped, the longest first."""
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


def _matches(pattern: str, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"(?<![\w.])(?:" + pattern + r")(?![\w])", text)]


@pytest.mark.parametrize("words, text, expected", [
    (["Sierra", "Sierra Leone"], "From Sierra Leone to Sierra.", ["Sierra Leone", "Sierra"]),
    (["U.S.", "US", "U.S. Army"], "The U.S. Army and the US.", ["U.S. Army", "US"]),
    (["St. John's", "St. Lucia"], "St. John's, not St. Lucia", ["St. John's", "St. Lucia"]),
    # a longer word that would end inside a word gives way to the shorter one
    (["New York", "New York City"], "New York Cityscape in New York City", ["New York", "New York City"]),
    (["a+b", "(x)", "c|d"], "a+b (x) c|d", ["a+b", "(x)", "c|d"]),  # regex syntax is literal
    (["Łódź", "Łomża"], "Łódź and Łomża", ["Łódź", "Łomża"]),
])
def test_any_of_matches_the_longest_word_at_each_place(words, text, expected):
    assert [m[2] for m in _matches(any_of(words), text)] == expected


def test_any_of_no_words_matches_nothing():
    assert re.search(any_of([]), "anything at all") is None
    assert re.search(any_of([]), "") is None


def test_any_of_finds_what_the_plain_alternation_finds():
    rng = random.Random(20261202)
    alphabet = "ab .'-A"
    for _ in range(300):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 12))]
        text = "".join(rng.choice(alphabet + "x,") for _ in range(80))
        assert _matches(any_of(words), text) == _matches(_alternation(words), text), (words, text)
