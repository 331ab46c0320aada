"""Cross-article resolution: the same entity named in several articles becomes one node.

`NameIndex` holds the canonical entities known so far (from the store and the batch being built); `resolve`
rewrites an extraction's entity names to known canonical ones when the evidence is strong, keeping the old name as an
alias and recording "CrossArticle" on the mentions that matched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg import lexicon as lx
from kg.extract import MAX_VARIANT_EDITS, _fold, acronym_of, name_key, spelling_variant
from kg.records import Extraction

CROSS = "CrossArticle"


@dataclass
class _Known:
    kind: str
    name: str
    keys: set[str] = field(default_factory=set)


class NameIndex:
    """Canonical entities by kind, looked up by name, alias, surname, acronym and known alias."""

    def __init__(self) -> None:
        self._entities: dict[tuple[str, str], _Known] = {}
        self._by_key: dict[tuple[str, str], set[str]] = defaultdict(set)  # (kind, folded name) -> canonical names
        self._by_surname: dict[str, set[str]] = defaultdict(set)  # persons' folded surname -> canonical full names
        self._long: dict[tuple[str, str], set[str]] = defaultdict(set)  # (kind, first letter) -> multi-word names
        # the surnames above by the shape spelling_variant needs alike: (first letter, length), once folded
        self._surnames_by_shape: dict[tuple[str, int], set[str]] = defaultdict(set)

    def add(self, kind: str, name: str, aliases: Iterable[str] = ()) -> None:
        """Make a canonical entity known, with the other names it goes by."""
        known = self._entities.get((kind, name))
        if known is None:
            known = self._entities[(kind, name)] = _Known(kind, name)
        # an event's other names are often its series ("Munich Security Conference" for the 2025 edition)
        for form in (name, *(aliases if kind != "Event" else ())):
            if form.islower():
                continue  # "labour ministry": a description many countries' ministries share, no name to match on
            key = name_key(form)
            if not key:
                continue
            known.keys.add(key)
            self._by_key[(kind, key)].add(name)
        if kind == "Person" and len(name.split()) >= 2:
            surname = _surname(name)
            self._by_surname[surname].add(name)
            self._surnames_by_shape[_shape(surname)].add(surname)
        if len(name.split()) >= 2:
            self._long[(kind, name[:1].lower())].add(name)

    def __len__(self) -> int:
        return len(self._entities)

    def lookup(self, kind: str, name: str, aliases: Iterable[str] = ()) -> tuple[str, str] | None:
        """The known canonical name an entity should take, and why; None when the evidence is not strong enough."""
        if kind == "Person" and len(name.split()) == 1:
            # a bare surname: only when exactly one known person has it
            hits = self._by_surname.get(name_key(name), set()) - {name}
            return (next(iter(hits)), "Surname") if len(hits) == 1 else None
        for form in (name, *(sorted(aliases) if kind != "Event" else ())):
            if form.islower():
                continue
            hits = self._by_key.get((kind, name_key(form)), set()) - {name}
            if len(hits) > 1:
                return None
            if hits:
                return _pick(next(iter(hits)), name, "ExactName")
        canon = lx.canonical(name)
        if canon and canon != name and (kind, canon) in self._entities:
            return canon, "KnownAlias"
        if kind == "Person":
            given, surname = name_key(name.split()[0]), _surname(name)
            # (the cheap test first: most known surnames of the right shape are no one with this given name)
            variants = {full for other in self._variant_candidates(surname) for full in self._by_surname[other]
                        if full != name and name_key(full.split()[0]) == given and spelling_variant(other, surname)}
            return _pick(next(iter(variants)), name, "SpellingVariant") if len(variants) == 1 else None
        if name.replace(".", "").isupper():
            longs = {n for n in self._long.get((kind, name[:1].lower()), ()) if acronym_of(name, n)}
            return (next(iter(longs)), "Abbreviation") if len(longs) == 1 else None
        return None

    def _variant_candidates(self, surname: str) -> Iterator[str]:
        """The known surnames that can be spelling variants of this one: those whose folded form starts with the
        same letter and is at most two letters longer or shorter (an edit distance of at most 2 needs both), not
        every known surname: comparing with all of them made resolution grow with the square of the corpus."""
        first, length = _shape(surname)
        for n in range(max(0, length - MAX_VARIANT_EDITS), length + MAX_VARIANT_EDITS + 1):
            yield from self._surnames_by_shape.get((first, n), ())

    def _person_named(self, kind: str, name: str) -> str | None:
        """The one known person whose surname a lone organization or place name is, when nothing else has that name."""
        if kind not in ("Organization", "Place") or " " in name or lx.known_kind(name) or name.isupper():
            return None
        key = name_key(name)
        if any(self._by_key.get((k, key), set()) - {name} for k in ("Organization", "Place")):
            return None
        hits = self._by_surname.get(key, set())
        return next(iter(hits)) if len(hits) == 1 else None

    def resolve(self, extraction: Extraction) -> None:
        """Rewrite, in place, the extraction's entity names to the canonical names known from other articles."""
        for ent in extraction.entities:
            if self._person_named(ent.kind, ent.name) is not None:
                ent.kind = "Person"  # "Eklund" tagged an organization in an article that gives no full name
            found = self.lookup(ent.kind, ent.name, ent.aliases)
            if found is None:
                continue
            canonical, _why = found
            old = ent.name
            ent.aliases.add(old)
            ent.aliases.discard(canonical)
            ent.name = canonical
            # A mention has one reason (the shapes allow one): names that now resolve through another article say so;
            # the name the article used stays as an alias.
            matched = {name_key(old)} | {name_key(a) for a in ent.aliases}
            for ref in ent.mentions:
                if name_key(ref.span.text) in matched and ref.reason not in ("Pronoun", "DefiniteDescription"):
                    ref.reason = CROSS


def _shape(surname: str) -> tuple[str, int]:
    folded = _fold(surname)
    return folded[:1], len(folded)


def _surname(name: str) -> str:
    words = name.split()
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].islower():
        cut -= 1
    return name_key(" ".join(words[cut:]))


def _pick(known: str, new: str, reason: str) -> tuple[str, str] | None:
    """Of two names of one entity the canonical one, the same whichever article comes first: the fuller name."""
    best = max((known, new), key=lambda n: (len(n.split()), len(n), n))
    return (best, reason) if best != new else None
