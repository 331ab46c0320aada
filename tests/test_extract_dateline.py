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


def test_a_paragraph_and_the_words_after_a_dateline_open_sentences():
    from kg.nlp import load_model

    doc = load_model()("Halvorsen agrees to buy Brightwater\n\nHELSINKI, 8 September 2026 – Kuura Games said on "
                       "Tuesday it would cut jobs.\n\nDetective Sergeant Laura Jenkin said the force would act.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts[:4] == ["Halvorsen", "HELSINKI", "Kuura", "Detective"]


def test_a_headline_deal_is_no_statement_and_the_first_speaker_follows_the_dateline():
    art = read_text("Halvorsen Maritime agrees to buy Brightwater Logistics for $2.1 billion\n\nOSLO, March 3, 2026 — "
                    "Kuura Games, the Finnish studio, said on Tuesday it would cut about 1,100 jobs.", "test")
    from kg.nlp import load_model

    ex = extract(art, load_model()(art.text))
    assert [(ex.entities[s.speaker].name if s.speaker is not None else None, s.content.text)
            for s in ex.statements] == [("Kuura Games", "it would cut about 1,100 jobs")]
