"""A wire story's first sentence: the dateline is not the speaker."""

from __future__ import annotations

import pytest

from kg.articles import read_text
from kg.extract import extract


@pytest.mark.parametrize("body, speaker, content", [
    ("OSLO, March 3, 2026 — Sigrid Haugland said the strike would continue.", "Sigrid Haugland",
     "the strike would continue"),
    ("LONDON, May 2, 2026 — Helen Carter, the chief executive of Thames Water, said the company would cut bills.",
     "Helen Carter", "the company would cut bills"),
    ("NAIROBI — Energy minister Wanjiru Otieno said on Monday that the grid would be ready by June.",
     "Wanjiru Otieno", "the grid would be ready by June"),
])
def test_speaker_of_the_first_sentence_after_a_dateline(nlp, body, speaker, content):
    article = read_text(f"Headline\n\n{body}", "wire.txt")
    ex = extract(article, nlp(article.text))
    found = [(ex.entities[s.speaker].name if s.speaker is not None else None, s.content.text) for s in ex.statements]
    assert (speaker, content) in found
