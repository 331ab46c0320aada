"""A store in kg's exact shape, about one million triples, from synthetic extraction records (no spaCy).

Records go through kg.mapping and Store.put_article like a real build's, so the named queries see the same
graph layout: one graph per article, mentions, statements, events, the entities graph.

python benchmarks/synthetic_graph.py --triples 1000000 --store /tmp/kg-bench/store-1m
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

from kg.mapping import article_quads
from kg.records import Article, Entity, Event, Extraction, MentionRef, Span, Statement
from kg.store import Store

GIVEN = "Ada Amara Bilal Chen Dmitri Elena Farah Goran Hana Ines Jonas Kofi Lena Mateo Nadia Oskar Priya Quinn " \
        "Rosa Sven Tariq Uma Viktor Wen Yara Zoltan".split()
FAMILY = "Okafor Lindqvist Haddad Moreau Tanaka Novak Silva Kowalski Mensah Rossi Brandt Osei Petrov Larsen " \
         "Costa Nakamura Dubois Aziz Horvat Kim Varga Fischer Moyo Santos".split()
ORG_WORDS = "Nordvik Lumora Daugava Aoba Zenith Helix Corvid Meridian Atlas Boreal Cobalt Kestrel Orion Tessera " \
            "Vanguard Quill".split()
ORG_KINDS = "Shipping Robotics Energy Holdings Bank Aerospace Union Ministry Institute Foods Telecom Motors".split()
PLACES = "Oslo Riga Taipei Brussels Nairobi Lisbon Geneva Osaka Sydney Lagos Lima Hanoi Quito Accra Tallinn Porto " \
         "Dakar Bergen Turin Leeds Cork Graz Split Bonn Kyoto Perth Cusco Tunis Minsk Baku".split()
TITLES = ["chief executive", "president", "minister of trade", "spokesperson", "chief economist", "mayor",
          "director", "analyst", "chair"]
CUES = ["say", "tell", "add", "warn", "argue", "note", "announce", "claim"]
EVENT_TYPES = ["meeting", "summit", "strike", "acquisition", "launch", "conference", "vote"]


def pools(rng: random.Random) -> dict[str, list[str]]:
    people = sorted({f"{rng.choice(GIVEN)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(FAMILY)}"
                     for _ in range(6000)})
    orgs = sorted({f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_KINDS)}" for _ in range(400)} |
                  {f"{a} {b} {c}" for a, b, c in zip(ORG_WORDS * 20, rng.sample(ORG_KINDS * 40, 320),
                                                     rng.sample(PLACES * 20, 320), strict=False)})
    events = sorted({f"{rng.choice(PLACES)} {rng.choice(['Energy', 'Trade', 'Climate', 'Tech'])} "
                     f"{rng.choice(['Summit', 'Forum', 'Conference'])} {rng.randint(2020, 2026)}" for _ in range(400)})
    return {"Person": people, "Organization": orgs, "Place": PLACES, "Event": events}


_WEIGHTS: dict[int, list[float]] = {}


def zipf(rng: random.Random, items: list[str]) -> str:
    """Popular entities recur across many articles, most appear in few (as in news): weight 1 / (rank + 20)."""
    if len(items) not in _WEIGHTS:
        _WEIGHTS[len(items)] = list(accumulate(1 / (rank + 20) for rank in range(len(items))))
    return rng.choices(items, cum_weights=_WEIGHTS[len(items)])[0]


def article(n: int, rng: random.Random, names: dict[str, list[str]]) -> Extraction:
    words = [rng.choice(FAMILY + ORG_WORDS + PLACES + ["the", "said", "on", "a", "of", "talks", "market"])
             for _ in range(rng.randint(250, 600))]
    title = f"{rng.choice(ORG_WORDS)} {rng.choice(['agrees', 'rejects', 'plans', 'opens'])} " \
            f"{rng.choice(['deal', 'talks', 'plant', 'offer'])} in {rng.choice(PLACES)}"
    body = " ".join(words)
    text = f"{title}\n\n{body}"
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(key=f"{n:08x}", identifier=f"https://news.example.com/{n}", title=title, body=body,
                  source=f"article-{n:05d}.txt", url=f"https://news.example.com/{n}",
                  published=date(2026, 1, 1) + timedelta(days=n % 330), dateline_place=rng.choice(PLACES),
                  content_hash=digest)
    picked: dict[tuple[str, str], Entity] = {}
    for kind, count in (("Person", rng.randint(3, 7)), ("Organization", rng.randint(2, 5)),
                        ("Place", rng.randint(1, 4)), ("Event", rng.randint(0, 1))):
        for _ in range(count):
            name = zipf(rng, names[kind])
            picked.setdefault((kind, name), Entity(kind, name))
    entities = list(picked.values())
    pos = 0
    for ent in entities:
        for _ in range(rng.randint(1, 3)):
            start = rng.randint(pos, len(text) - 40)
            ent.mentions.append(MentionRef(Span(start, start + len(ent.name), ent.name), rng.choice(
                ["ExactName", "ExactName", "Surname", "Pronoun", "KnownAlias"])))
        if ent.kind == "Person":
            ent.job_titles.append(rng.choice(TITLES))
            orgs = [i for i, e in enumerate(entities) if e.kind == "Organization"]
            if orgs:
                ent.affiliations.append(rng.choice(orgs))
            if rng.random() < 0.3:
                ent.aliases.add(ent.name.split()[-1])
    people = [i for i, e in enumerate(entities) if e.kind == "Person"]
    statements = []
    for _ in range(rng.randint(2, 8)):
        start = rng.randint(0, len(text) - 120)
        speaker = rng.choice(people) if rng.random() < 0.9 else None
        statements.append(Statement(
            direct=rng.random() < 0.6, content=Span(start, start + 100, text[start:start + 100]),
            cue=rng.choice(CUES), cue_span=Span(start + 101, start + 105, "said"), speaker=speaker,
            speaker_span=None, about=rng.sample(range(len(entities)), k=min(2, len(entities))),
            date=(art.published.isoformat() if art.published and rng.random() < 0.5 else None)))
    events = []
    if rng.random() < 0.5:
        start = rng.randint(0, len(text) - 20)
        events.append(Event(name=f"{rng.choice(EVENT_TYPES)} in {art.dateline_place}",
                            event_type=rng.choice(EVENT_TYPES), anchor=Span(start, start + 10, text[start:start + 10]),
                            participants=people[:2], start_date=art.published.isoformat() if art.published else None))
    return Extraction(art, entities, statements, events, model="synthetic")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--store", type=Path, required=True)
    args = parser.parse_args()
    if args.store.exists():
        sys.exit(f"{args.store} exists; pass a new folder")
    rng = random.Random(args.seed)
    names = pools(rng)
    started = time.perf_counter()
    with Store.open(args.store, write=True) as store:
        n = 0
        while len(store) < args.triples:
            for _ in range(100):
                ex = article(n, rng, names)
                store.put_article(ex.article.key, article_quads(ex, store.base))
                n += 1
        store.refresh_entities()
        total = len(store)
    print(f"{n} articles, {total} triples in {time.perf_counter() - started:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
