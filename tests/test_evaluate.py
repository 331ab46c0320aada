"""Scoring a graph against gold annotations, read through the schema.org alignment."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from kg.evaluate import GoldError, evaluate, norm

SDO = Namespace("https://schema.org/")
KG = Namespace("https://kg.example.org/ontology#")
ID = Namespace("https://kg.example.org/id/")
ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"

GOLD = {
    "article": "a.txt",
    "entities": [
        {"name": "Ada Lind", "type": "Person", "aliases": ["Lind"]},
        {"name": "Fenwick Bank", "type": "Organization", "aliases": ["Fenwick"]},
        {"name": "Oslo", "type": "Place"},
        {"name": "Europe", "type": "Place", "required": False},
        {"name": "Norrland Summit", "type": "Event", "also_ok": ["Organization"]},
    ],
    "statements": [
        {"speaker": "Ada Lind", "direct": True, "cue": "say", "contains": "rates will fall"},
        {"speaker": "Fenwick Bank", "direct": False, "cue": "say", "contains": "profits rose"},
        {"speaker": "Ada Lind", "direct": False, "cue": "add", "contains": "never missed", "required": False},
    ],
    "events": [
        {"name": "Norrland Summit", "contains": "Norrland Summit", "place": ["Oslo"], "year": 2026,
         "participants": ["Ada Lind"]},
    ],
}


def gold_dir(tmp_path: Path, gold: dict = GOLD) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps(gold))
    return folder


def entity(g: Dataset, slug: str, cls: URIRef, *names: str) -> URIRef:
    node = ID[slug]
    g.add((node, RDF.type, cls))
    g.add((node, SDO.name, Literal(names[0])))
    for alias in names[1:]:
        g.add((node, SDO.alternateName, Literal(alias)))
    return node


def statement(g: Dataset, slug: str, cls: URIRef, text: str, speaker: URIRef | None) -> None:
    node = ID[slug]
    g.add((node, RDF.type, cls))
    g.add((node, SDO.text, Literal(text)))
    if speaker is not None:
        g.add((node, SDO.author, speaker))


def good_graph() -> Dataset:
    g = Dataset()
    ada = entity(g, "ada", SDO.Person, "Ada Lind", "Lind")
    bank = entity(g, "bank", SDO.Corporation, "Fenwick Bank")
    oslo = entity(g, "oslo", SDO.City, "Oslo")
    summit = entity(g, "summit", SDO.Event, "2026 Norrland Summit", "Norrland Summit")
    g.add((summit, SDO.location, oslo))
    g.add((summit, SDO.startDate, Literal("2026")))
    g.add((summit, SDO.attendee, ada))
    statement(g, "s1", SDO.Quotation, "Rates will fall next year", ada)
    statement(g, "s2", SDO.Claim, "profits rose by a third", bank)
    return g


def test_a_graph_that_matches_the_gold_scores_full_marks(tmp_path):
    report = evaluate(gold_dir(tmp_path), good_graph())
    assert report.entities_micro.f1 == 1.0
    assert report.statements.f1 == 1.0 and report.direct_accuracy == 1.0
    assert report.events.found == 1 and report.events.as_dict()["place_accuracy"] == 1.0
    assert report.events.as_dict()["year_accuracy"] == 1.0 and report.events.as_dict()["participant_recall"] == 1.0
    assert report.log == []


def test_duplicates_wrong_kinds_extras_and_misses_are_counted_and_logged(tmp_path):
    g = good_graph()
    entity(g, "ada2", SDO.Person, "Lind")  # a second node for the same person
    entity(g, "fenwick-place", SDO.Place, "Fenwick")  # the bank typed as a place
    entity(g, "nobody", SDO.Person, "Nils Nobody")  # not in the gold
    entity(g, "europe", SDO.Place, "Europe")  # optional: not counted
    g.remove((ID.oslo, None, None))  # Oslo missed
    report = evaluate(gold_dir(tmp_path), g)
    person, place = report.entities["Person"], report.entities["Place"]
    assert (person.tp, person.fp, person.fn) == (1, 2, 0)
    assert (place.tp, place.fp, place.fn) == (0, 1, 1)
    assert any("duplicate" in line for line in report.log)
    assert any("wrong type" in line for line in report.log)
    assert any("missed 'Oslo'" in line for line in report.log)


def test_an_event_in_the_wrong_place_or_year_is_counted_and_logged_with_what_was_found(tmp_path):
    g = good_graph()
    g.remove((ID.summit, SDO.location, None))
    g.add((ID.summit, SDO.location, entity(g, "bergen", SDO.City, "Bergen")))
    g.remove((ID.summit, SDO.startDate, None))
    report = evaluate(gold_dir(tmp_path), g)
    events = report.events.as_dict()
    assert events["found"] == 1 and events["place_accuracy"] == 0.0 and events["year_accuracy"] == 0.0
    assert "event place wrong: 'Norrland Summit' (gold ['Oslo'], found bergen)" in report.log
    assert "event year wrong: 'Norrland Summit' (gold 2026, found none)" in report.log


def test_an_event_is_matched_in_its_own_article_when_the_graph_says_which(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    for name, town in (("a", "Oslo"), ("b", "Bergen")):
        (folder / f"{name}.json").write_text(json.dumps({
            "article": f"{name}.txt", "entities": [{"name": town, "type": "Place"}],
            "events": [{"name": f"strike in {town}", "contains": "strike", "place": [town], "year": 2026}]}))
    g = Dataset()
    for name, town, slug in (("a", "Oslo", "z-strike"), ("b", "Bergen", "a-strike")):  # b's event sorts first
        article = ID[f"article/{name}"]
        g.add((article, KG.sourceName, Literal(f"news/{name}.txt")))
        event = entity(g, slug, SDO.Event, "strike")
        g.add((event, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), article))
        g.add((event, SDO.location, entity(g, town.lower(), SDO.City, town)))
        g.add((event, SDO.startDate, Literal("2026-03-02")))
    events = evaluate(folder, g, ONTOLOGY).events.as_dict()
    assert events["found"] == 2 and events["place_accuracy"] == 1.0
    # a graph that does not say where its events come from is matched by name alone, as before
    g.remove((None, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None))
    assert evaluate(folder, g, ONTOLOGY).events.as_dict()["place_accuracy"] == 0.5


def test_statement_with_wrong_speaker_is_a_false_positive_and_a_miss(tmp_path):
    g = good_graph()
    g.remove((ID.s2, SDO.author, None))
    g.add((ID.s2, SDO.author, ID.ada))
    statement(g, "s3", SDO.Claim, "the weather was fine", ID.ada)
    report = evaluate(gold_dir(tmp_path), g)
    assert (report.statements.tp, report.statements.fp, report.statements.fn) == (1, 2, 1)
    assert report.wrong_speaker == 1


def test_direct_flag_is_scored_from_quotation_and_claim(tmp_path):
    g = good_graph()
    g.remove((ID.s1, RDF.type, SDO.Quotation))
    g.add((ID.s1, RDF.type, SDO.Claim))
    report = evaluate(gold_dir(tmp_path), g)
    assert report.statements.tp == 2 and report.direct_accuracy == 0.5


def test_project_terms_count_through_the_ontology_alignment(tmp_path):
    g = Dataset()
    ada = ID["person/ada-lind"]
    g.add((ada, RDF.type, KG.Person))
    g.add((ada, KG.name, Literal("Ada Lind")))
    gold = gold_dir(tmp_path)
    without = evaluate(gold, g)
    with_ontology = evaluate(gold, g, ONTOLOGY)
    assert without.entities["Person"].tp == 0
    assert with_ontology.entities["Person"].tp == 1


def test_subclass_and_subproperty_chains_of_any_depth_are_followed(tmp_path):
    g = good_graph()
    mine = URIRef("https://example.org/Analyst")
    g.add((mine, RDFS.subClassOf, URIRef("https://example.org/Expert")))
    g.add((URIRef("https://example.org/Expert"), RDFS.subClassOf, SDO.Person))
    entity(g, "extra", mine, "Ada Lind")
    report = evaluate(gold_dir(tmp_path), g)
    assert report.entities["Person"].fp == 1  # seen as a person: a duplicate of Ada Lind


def test_report_serializes_to_the_published_figures(tmp_path):
    data = evaluate(gold_dir(tmp_path), good_graph()).as_dict()
    assert set(data) == {"entities", "entities_micro", "statements", "events"}
    assert data["statements"]["f1"] == 1.0 and data["entities"]["Person"]["tp"] == 1


def test_table_lists_every_kind_and_the_statements():
    from kg.evaluate import EvalReport

    table = EvalReport().table()
    for label in ("Person", "Organization", "Place", "Event", "entities", "statements", "events found"):
        assert label in table


@pytest.mark.parametrize("content", ["not json", '{"entities": [{"type": "Person"}]}'])
def test_unreadable_gold_raises_a_gold_error_naming_the_file(tmp_path, content):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "broken.json").write_text(content)
    with pytest.raises(GoldError, match="broken.json"):
        evaluate(folder, Dataset())


def test_empty_gold_folder_is_an_error(tmp_path):
    with pytest.raises(GoldError, match="no gold files"):
        evaluate(tmp_path, Dataset())


@pytest.mark.parametrize("a, b", [("The Alliance", "alliance"), ("Zelens\u2019kyy  Said", "zelens'kyy said"),
                                  ("Di\u00e1rio", "diario")])
def test_names_compare_as_a_reader_would(a, b):
    assert norm(a) == norm(b)


def test_articles_are_built_and_scored_end_to_end(tmp_path):
    from kg.evaluate import evaluate_articles

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text('Fenwick Bank hires economist\n\n"Rates will fall next year," said Ada Lind, '
                                    "chief economist at Fenwick Bank in Oslo.\n")
    gold = {"article": "a.txt",
            "entities": [{"name": "Ada Lind", "type": "Person"}, {"name": "Fenwick Bank", "type": "Organization"},
                         {"name": "Oslo", "type": "Place"}],
            "statements": [{"speaker": "Ada Lind", "direct": True, "cue": "say", "contains": "rates will fall"}]}
    report = evaluate_articles(gold_dir(tmp_path, gold), [str(articles)], ONTOLOGY)
    assert report.entities_micro.f1 == 1.0, report.log
    assert report.statements.tp == 1 and report.direct_accuracy == 1.0
