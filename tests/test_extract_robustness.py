"""Extraction never crashes, whatever the text, and stays fast on long articles."""

from __future__ import annotations

import time

import pytest

from kg.extract import extract
from kg.nlp import load_model
from kg.records import Article, Extraction


def read(body: str, title: str = "") -> Extraction:
    art = Article(key="t", identifier="t", title=title, body=body, source="test")
    return extract(art, load_model()(art.text))


@pytest.mark.parametrize(
    "title, body",
    [
        ("", ""),
        ("Headline only", ""),
        ("", "   \n\n  "),
        ("", "..."),
        ("", '"'),
        ("", '"Unclosed quote goes on and on, said nobody'),
        ("", "\u201d closing mark first \u201c then an opening one"),
        ("", "Emoji \U0001f600 and RTL \u05e9\u05dc\u05d5\u05dd and zero\u200bwidth, said Ana Lima."),
        ("", "ALL CAPS TEXT SAID THE AGENCY THAT NOTHING WOULD CHANGE"),
        ("", "\u00a0Non-breaking\u00a0spaces\u00a0said\u00a0Bo\u00a0Ek."),
        ("", "He said. She said. They said. It said."),
        ("", "According to"),
        ("", "The the the 's 's ' \u2019s"),
    ],
)
def test_odd_text_does_not_crash(title, body):
    ex = read(body, title)
    text = ex.article.text
    for entity in ex.entities:
        for ref in entity.mentions:
            assert text[ref.span.start:ref.span.end] == ref.span.text
    for st in ex.statements:
        assert text[st.content.start:st.content.end] == st.content.text


def test_very_long_sentence_does_not_crash():
    body = "Officials from " + ", ".join(f"Region{i} Holdings" for i in range(400)) + " said the plan worked."
    ex = read(body)
    assert ex.statements


def test_long_article_is_extracted_in_linear_time():
    paragraph = ('Maria Holm, a lawyer at Fenwick Partners in Oslo, said the ruling was fair. "We will appeal," '
                 "the company said. She added that Anders Berg had met NATO officials in Brussels.\n\n")
    short, long = paragraph * 20, paragraph * 160
    nlp = load_model()
    docs = [nlp(short), nlp(long)]
    timings = []
    for doc in docs:
        art = Article(key="t", identifier="t", title="", body=doc.text, source="test")
        started = time.perf_counter()
        extract(art, doc)
        timings.append(time.perf_counter() - started)
    assert timings[1] < timings[0] * 8 * 3 + 0.5  # 8x the text: well under quadratic growth


def test_a_pipeline_without_a_parser_gives_names_and_no_crash():
    import spacy

    art = Article(key="t", identifier="t", title="", body='"We will win," Anna Berg said in Oslo.', source="test")
    ex = extract(art, spacy.blank("en")(art.text))
    assert [e.name for e in ex.entities] == ["Oslo"] and ex.statements == []


def test_a_short_name_shared_by_a_company_and_a_title_is_no_target_for_a_spelling_variant():
    # "Gallo" goes to two longer names and hands its mentions out; "Galli" then compared itself with the emptied
    # name and raised IndexError (4 of 10,000 synthetic articles were skipped for it).
    ex = read("Net profit at Gallo Shipping fell 4 percent. But Gallo Chief Executive Francesca Caruso warned that a "
              "strong currency would weigh on exports. Gallo said in a filing that it would hold an investor day in "
              "Lima. Fjord Partners analyst Giuseppe Galli was blunt. \"These are better numbers than the market "
              "feared,\" Galli said.", title="Gallo profit falls")
    names = {e.name: e for e in ex.entities}
    assert names["Giuseppe Galli"].kind == "Person" and "Galli" in names["Giuseppe Galli"].aliases
    assert "Gallo" in names["Gallo Shipping"].aliases
