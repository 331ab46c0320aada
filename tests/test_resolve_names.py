"""Cross-article resolution: one node per entity across articles, merged only on strong evidence."""

from __future__ import annotations

import itertools

import pytest

from kg.records import Article, Entity, Extraction, MentionRef, Span
from kg.resolve import NameIndex


def extraction(*entities: tuple[str, str]) -> Extraction:
    """An extraction whose entities each have one exact-name mention."""
    art = Article(key="a", identifier="a", title="", body=" ".join(n for _, n in entities), source="test")
    out, at = [], 0
    for kind, name in entities:
        out.append(Entity(kind=kind, name=name, mentions=[MentionRef(Span(at, at + len(name), name), "ExactName")]))
        at += len(name) + 1
    return Extraction(article=art, entities=out)


def index_of(*known: tuple[str, str, list[str]]) -> NameIndex:
    index = NameIndex()
    for kind, name, aliases in known:
        index.add(kind, name, aliases)
    return index


@pytest.mark.parametrize(
    "known, kind, name, expected",
    [
        ([("Person", "Volodymyr Zelenskyy", [])], "Person", "Zelenskyy", "Volodymyr Zelenskyy"),
        ([("Person", "Volodymyr Zelenskyy", ["Zelenskyy"])], "Person", "Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ([("Place", "United States", [])], "Place", "USA", "United States"),
        ([("Organization", "Baltic Rail Authority", [])], "Organization", "BRA", "Baltic Rail Authority"),
        ([("Organization", "Halden Maritime", ["Halden"])], "Organization", "Halden", "Halden Maritime"),
    ],
)
def test_strong_evidence_rewrites_to_the_known_canonical_name(known, kind, name, expected):
    ex = extraction((kind, name))
    index_of(*known).resolve(ex)
    entity = ex.entities[0]
    assert entity.name == expected
    assert name in entity.aliases
    assert entity.mentions[0].reason == "CrossArticle"


@pytest.mark.parametrize(
    "known, kind, name",
    [
        ([("Person", "Anna Berg", []), ("Person", "Lars Berg", [])], "Person", "Berg"),
        ([("Person", "Anna Berg", ["Berg"]), ("Person", "Lars Berg", [])], "Person", "Berg"),
        ([("Person", "Volodymyr Zelenskyy", [])], "Person", "Oleksandr Zelensky"),
        ([("Organization", "Berg Logistics", [])], "Person", "Berg"),
        ([("Person", "Maria Lopez", [])], "Person", "Mario Lopes"),
    ],
)
def test_weak_or_ambiguous_evidence_leaves_the_name_alone(known, kind, name):
    ex = extraction((kind, name))
    index_of(*known).resolve(ex)
    assert ex.entities[0].name == name
    assert ex.entities[0].mentions[0].reason == "ExactName"


def test_full_name_is_canonical_whichever_article_comes_first():
    names = ["Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelenskyy"]
    results = set()
    for order in itertools.permutations(names):
        index = NameIndex()
        batch = [extraction(("Person", n)) for n in order]
        for ex in batch:
            for e in ex.entities:
                index.add(e.kind, e.name, sorted(e.aliases))
        for ex in batch:
            index.resolve(ex)
        results.add(tuple(sorted(ex.entities[0].name for ex in batch)))
    assert results == {("Volodymyr Zelenskyy",) * 3}


def test_a_name_already_canonical_is_left_as_it_is():
    ex = extraction(("Person", "Volodymyr Zelenskyy"))
    index_of(("Person", "Volodymyr Zelenskyy", ["Zelenskyy"])).resolve(ex)
    assert ex.entities[0].name == "Volodymyr Zelenskyy" and not ex.entities[0].aliases


def test_editions_of_a_named_event_stay_apart():
    ex = Extraction(article=Article(key="a", identifier="a", title="", body="", source="test"),
                    entities=[Entity(kind="Event", name="2026 Arctic Summit", aliases={"Arctic Summit"})])
    index_of(("Event", "2025 Arctic Summit", ["Arctic Summit"])).resolve(ex)
    assert ex.entities[0].name == "2026 Arctic Summit"


def test_lone_surname_mistyped_as_an_organization_becomes_the_known_person():
    ex = extraction(("Organization", "Eklund"))
    index_of(("Person", "Lars Eklund", ["Eklund"]), ("Organization", "Eklund", [])).resolve(ex)
    assert (ex.entities[0].kind, ex.entities[0].name) == ("Person", "Lars Eklund")


def test_lone_name_of_a_known_organization_is_not_retyped():
    ex = extraction(("Organization", "Eklund"))
    index_of(("Person", "Lars Eklund", []), ("Organization", "Eklund", []), ("Organization", "Eklund Group",
                                                                             ["Eklund"])).resolve(ex)
    assert ex.entities[0].kind == "Organization"


def test_two_countries_ministries_that_share_a_description_stay_apart():
    index = index_of(("Organization", "Ugandan energy ministry", ["energy ministry", "Uganda energy ministry"]))
    assert index.lookup("Organization", "Kenyan energy ministry", {"energy ministry"}) is None


SURNAMES = ["Zelensky", "Zelenskyy", "Zelenskiy", "Muller", "Müller", "Mueller", "Okafor", "Okafur", "Lindqvist",
            "Lindquist", "Haddad", "Hadad", "Nakamura", "Nakamure", "Kim", "Kin", "O'Brien", "O’Brien", "Søndergaard",
            "Sondergard", "Ng", "Eklund", "Ekland", "Eklundh", "Dubois", "Du Bois", "de la Cruz", "Delacruz"]


def test_only_surnames_of_the_same_shape_can_be_spelling_variants():
    """The index compares a surname only with those of the same folded first letter and a length at most 2 apart."""
    from kg.extract import MAX_VARIANT_EDITS as VARIANT_LENGTH
    from kg.extract import name_key, spelling_variant
    from kg.resolve import _shape

    keys = [name_key(s) for s in SURNAMES]
    for a, b in itertools.product(keys, repeat=2):
        if spelling_variant(a, b):
            (fa, la), (fb, lb) = _shape(a), _shape(b)
            assert fa == fb and abs(la - lb) <= VARIANT_LENGTH, (a, b)


def test_spelling_variants_resolve_as_when_every_known_surname_was_compared():
    class EveryKnown(NameIndex):
        def _variant_candidates(self, surname):
            return iter(list(self._by_surname))

    given = ["Anna", "Ivan", "Chidi"]
    known = [("Person", f"{g} {s}", []) for g in given for s in SURNAMES[::2]]
    fast, slow = index_of(*known), EveryKnown()
    for kind, name, aliases in known:
        slow.add(kind, name, aliases)
    for g, s in itertools.product(given + ["Vera"], SURNAMES):
        assert fast.lookup("Person", f"{g} {s}") == slow.lookup("Person", f"{g} {s}"), (g, s)
