"""Scoring a graph against gold annotations: precision, recall and F1 per kind, for statements and for events.

The graph is read the way a consumer that knows schema.org reads it: a class or property of our ontology counts when
it reaches the schema.org term through rdfs:subClassOf* / rdfs:subPropertyOf*, so the ontology files are loaded with
the graph. Gold files are JSON, one per article:

    {"article": "file.txt",
     "entities": [{"name": "...", "type": "Person|Organization|Place|Event|...", "aliases": [...],
                   "also_ok": ["Organization"], "required": true}],
     "statements": [{"speaker": "gold entity name", "direct": true, "cue": "say",
                     "contains": "phrase the statement text contains", "required": true}],
     "events": [{"name": "...", "contains": "phrase the event name contains", "place": [...], "year": 2025,
                 "participants": [...], "required": true}]}
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.namespaces import KG

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

SCHEMA = ("https://schema.org/", "http://schema.org/")
KINDS = ("Person", "Organization", "Place", "Event")
# schema.org subclasses a graph may use without loading schema.org itself
_SCHEMA_CLASSES = {
    "Person": ("Person", "Patient"),
    "Organization": ("Organization", "Corporation", "GovernmentOrganization", "NGO", "NewsMediaOrganization",
                     "PoliticalParty", "EducationalOrganization", "CollegeOrUniversity", "ResearchOrganization",
                     "SportsOrganization", "SportsTeam", "MedicalOrganization", "LocalBusiness", "OnlineBusiness",
                     "Airline", "Consortium", "WorkersUnion", "PerformingGroup", "LibrarySystem", "FundingScheme",
                     "Project"),
    "Place": ("Place", "Country", "City", "State", "AdministrativeArea", "Continent", "Landform", "CivicStructure",
              "LandmarksOrHistoricalBuildings", "TouristAttraction", "BodyOfWater", "Mountain", "Residence",
              "SchoolDistrict"),
    "Event": ("Event", "BusinessEvent", "SocialEvent", "PublicationEvent", "SportsEvent", "EducationEvent",
              "Festival", "ExhibitionEvent", "DeliveryEvent", "MusicEvent", "TheaterEvent", "ScreeningEvent",
              "ComedyEvent", "LiteraryEvent", "FoodEvent", "SaleEvent", "Hackathon", "CourseInstance",
              "ChildrensEvent", "DanceEvent", "VisualArtsEvent", "EventSeries", "UserInteraction"),
}
_NAMES = ("name", "alternateName")
_SPEAKERS = ("spokenByCharacter", "author", "creator")
_DATES = ("startDate", "endDate", "datePublished", "dateCreated", "temporalCoverage", "date")
_PARTICIPANTS = ("attendee", "attendees", "performer", "performers", "organizer", "actor", "contributor",
                 "participant", "agent", "sponsor")
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_FOAF = "http://xmlns.com/foaf/0.1/"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
# Where an article was read from: kg's own property (the file's path), or schema.org's url of another tool's graph
_SOURCE_NAME = KG + "sourceName"
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                       "\u00a0": " "})


class GoldError(Exception):
    """A gold file that cannot be read; the message names the file and what is wrong."""


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"p": round(self.precision, 3), "r": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class EventScore:
    found: int = 0
    gold: int = 0
    with_place: int = 0
    place_right: int = 0
    with_year: int = 0
    year_right: int = 0
    participants: int = 0
    participants_found: int = 0
    unmatched: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    def as_dict(self) -> dict[str, float | int | None]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {"found": self.found, "gold": self.gold, "r": round(self.recall, 3),
                "place_accuracy": ratio(self.place_right, self.with_place),
                "year_accuracy": ratio(self.year_right, self.with_year),
                "participant_recall": ratio(self.participants_found, self.participants),
                "unmatched_predicted": self.unmatched}


@dataclass
class EvalReport:
    """Scores of one graph against one gold folder; `log` lists each miss and false positive."""

    entities: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KINDS})
    statements: Score = field(default_factory=Score)
    wrong_speaker: int = 0
    direct_right: int = 0
    events: EventScore = field(default_factory=EventScore)
    log: list[str] = field(default_factory=list)
    skipped: list[Any] = field(default_factory=list)  # inputs the build skipped, with reasons

    @property
    def entities_micro(self) -> Score:
        """Persons, organizations and places together (events are scored on their own)."""
        kinds = [self.entities[k] for k in KINDS if k != "Event"]
        return Score(sum(s.tp for s in kinds), sum(s.fp for s in kinds), sum(s.fn for s in kinds))

    @property
    def direct_accuracy(self) -> float:
        return self.direct_right / self.statements.tp if self.statements.tp else 0.0

    def as_dict(self) -> dict[str, Any]:
        statements = {**self.statements.as_dict(), "wrong_speaker": self.wrong_speaker,
                      "direct_flag_accuracy": round(self.direct_accuracy, 3)}
        return {"entities": {k: s.as_dict() for k, s in self.entities.items()},
                "entities_micro": self.entities_micro.as_dict(), "statements": statements,
                "events": self.events.as_dict()}

    def rows(self) -> list[tuple[str, Score]]:
        """The table's rows: each kind, all entities, statements."""
        return [*self.entities.items(), ("entities", self.entities_micro), ("statements", self.statements)]

    def table(self) -> str:
        """The scores as a plain-text table, the way score.py-style tools print them."""
        lines = [f"{'':14}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'FN':>5}"]
        for label, s in self.rows():
            lines.append(f"{label:14}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:5}{s.fp:5}{s.fn:5}")
        lines[-1] += f"   wrong speaker {self.wrong_speaker}, direct/indirect right {self.direct_accuracy:.3f}"
        ev = self.events.as_dict()
        lines.append(f"events found {ev['found']}/{ev['gold']}, place {ev['place_accuracy']}, year "
                     f"{ev['year_accuracy']}, participants {ev['participant_recall']}, unmatched predicted "
                     f"{ev['unmatched_predicted']}")
        return "\n".join(lines)


def norm(text: object) -> str:
    """Compare names and phrases as a reader would: no case, accents, quote styles, spacing or leading article."""
    folded = unicodedata.normalize("NFKD", str(text))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).translate(_FOLD)
    folded = " ".join(folded.lower().split())
    return re.sub(r"^(?:the|a|an) ", "", folded)


# ---------------------------------------------------------------------------------------------- gold


@dataclass
class _GoldEntity:
    kind: str
    name: str
    names: set[str]
    required: bool
    also_ok: set[str]


def load_gold(gold_dir: Path) -> tuple[list[_GoldEntity], list[dict[str, Any]], list[dict[str, Any]]]:
    """Gold entities (merged across files by kind and name), statements and events of a folder of JSON files."""
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise GoldError(f"{gold_dir}: no gold files (*.json) found")
    entities: dict[tuple[str, str], _GoldEntity] = {}
    statements: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for path in files:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            article = doc.get("article", path.stem)
            for e in doc.get("entities", []):
                key = (e["type"], norm(e["name"]))
                known = entities.get(key)
                if known is None:
                    known = entities[key] = _GoldEntity(e["type"], e["name"], set(), False, set())
                known.names |= {norm(n) for n in [e["name"], *e.get("aliases", [])]}
                known.required = known.required or e.get("required", True)
                known.also_ok |= set(e.get("also_ok", []))
            statements += [{**s, "article": article} for s in doc.get("statements", [])]
            events += [{**ev, "article": article} for ev in doc.get("events", [])]
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as err:
            raise GoldError(f"{path}: not a gold file in the expected format ({err!r})") from err
    return list(entities.values()), statements, events


# ---------------------------------------------------------------------------------------------- the graph


class _View:
    """The graph as a schema.org consumer sees it."""

    def __init__(self, graph: Graph) -> None:
        from rdflib import URIRef

        self.g = graph
        sub_class, sub_prop = URIRef(_RDFS + "subClassOf"), URIRef(_RDFS + "subPropertyOf")

        def schema(names: tuple[str, ...]) -> list[Node]:
            return [URIRef(base + n) for base in SCHEMA for n in names]

        self.classes = {k: self._closure(schema(v), sub_class) for k, v in _SCHEMA_CLASSES.items()}
        self.quotation = self._closure(schema(("Quotation",)), sub_class)
        self.claim = self._closure(schema(("Claim",)), sub_class) - self.quotation
        name_roots = schema(_NAMES) + [URIRef(_RDFS + "label"), URIRef(_SKOS + "prefLabel"),
                                       URIRef(_SKOS + "altLabel"), URIRef(_FOAF + "name")]
        self.name_p = self._closure(name_roots, sub_prop)
        self.speaker_p = self._closure(schema(_SPEAKERS), sub_prop)
        self.text_p = self._closure(schema(("text",)), sub_prop)
        self.place_p = self._closure(schema(("location",)), sub_prop)
        self.date_p = self._closure(schema(_DATES), sub_prop)
        self.part_p = self._closure(schema(_PARTICIPANTS), sub_prop)
        self.derived_p = self._closure([URIRef(_PROV_DERIVED)], sub_prop)
        self.mentions_p = self._closure(schema(("mentions",)), sub_prop)
        self.source_p = self._closure([URIRef(_SOURCE_NAME), *schema(("url",))], sub_prop)
        self.type_p = URIRef(_RDF_TYPE)

    def _closure(self, roots: list[Node], link: Node) -> set[Node]:
        found, todo = set(roots), list(roots)
        while todo:
            for sub in self.g.subjects(link, todo.pop()):
                if sub not in found:
                    found.add(sub)
                    todo.append(sub)
        return found

    def values(self, node: Node, props: set[Node]) -> list[Node]:
        return [o for p in props for o in self.g.objects(node, p)]

    def names(self, node: Node) -> set[str]:
        return {norm(v) for v in self.values(node, self.name_p)}

    def of_class(self, classes: set[Node]) -> set[Node]:
        return {s for c in classes for s in self.g.subjects(self.type_p, c)}

    def articles_of(self, node: Node) -> set[str]:
        """The file names of the articles a node comes from or is mentioned in, as far as the graph says."""
        articles = set(self.values(node, self.derived_p))
        articles |= {a for p in self.mentions_p for a in self.g.subjects(p, node)}
        return {_file_name(v) for a in articles for v in self.values(a, self.source_p)}

    def article_names(self) -> set[str]:
        return {_file_name(v) for p in self.source_p for v in self.g.objects(None, p)}


def _file_name(source: object) -> str:
    """ "news/a.txt" -> "a.txt", as gold files name their article."""
    return str(source).replace("\\", "/").rsplit("/", 1)[-1]


def load_graph(paths: list[Path], ontology_dir: Path | None = None) -> Graph:
    """RDF files (any format rdflib reads) and the ontology's *.ttl, as one union graph."""
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    for path in paths:
        ds.parse(str(path))
    if ontology_dir is not None:
        for ttl in sorted(Path(ontology_dir).rglob("*.ttl")) if Path(ontology_dir).is_dir() else [ontology_dir]:
            ds.parse(str(ttl))
    return ds


def evaluate_articles(gold_dir: Path, inputs: list[str], ontology_dir: Path | None = None, *,
                      model: str | None = None, jobs: int | None = 1) -> EvalReport:
    """Build the articles (files, folders, as `kg build` reads them) into a throwaway store and score its graph."""
    import io
    import tempfile

    from rdflib import Dataset

    from kg.build import build
    from kg.export import export
    from kg.nlp import DEFAULT_MODEL
    from kg.store import Store

    load_gold(Path(gold_dir))  # a broken gold folder fails before any NLP runs
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        store_path = Path(tmp) / "store"
        built = build(inputs, store_path, model=model or DEFAULT_MODEL, jobs=jobs)
        with Store.open(store_path) as store:
            export(store, buffer, "nquads")
    graph = Dataset(default_union=True)
    graph.parse(data=buffer.getvalue(), format="nquads")
    report = evaluate(Path(gold_dir), graph, ontology_dir)
    report.skipped = built.skipped
    return report


# ---------------------------------------------------------------------------------------------- scoring


def evaluate(gold_dir: Path, graph: Graph, ontology_dir: Path | None = None) -> EvalReport:
    """Score `graph` against the gold files in `gold_dir`, reading it through the ontology's schema.org alignment.

    `graph` may already hold the ontology; otherwise pass `ontology_dir` and its *.ttl files are added to a copy.
    """
    if ontology_dir is not None:
        from rdflib import Dataset

        union = Dataset(default_union=True)
        if hasattr(graph, "quads"):
            for s, p, o, _g in graph.quads((None, None, None, None)):
                union.add((s, p, o))
        else:
            for triple in graph.triples((None, None, None)):
                union.add(triple)
        for ttl in sorted(Path(ontology_dir).rglob("*.ttl")) if Path(ontology_dir).is_dir() else [ontology_dir]:
            union.parse(str(ttl))
        graph = union
    view = _View(graph)
    gold_entities, gold_statements, gold_events = load_gold(Path(gold_dir))
    report = EvalReport()
    _score_entities(view, gold_entities, report)
    _score_statements(view, gold_entities, gold_statements, report)
    _score_events(view, gold_entities, gold_events, report)
    return report


def _names_of(gold: list[_GoldEntity], name: str) -> set[str]:
    key = norm(name)
    return next((e.names for e in gold if key in e.names), {key})


def _score_entities(view: _View, gold: list[_GoldEntity], report: EvalReport) -> None:
    for kind in KINDS:
        score = report.entities[kind]
        hit: set[int] = set()
        for node in sorted(view.of_class(view.classes[kind]), key=str):
            names = view.names(node)
            label = min(names) if names else str(node)
            same = [e for e in gold if e.names & names]
            exact = [e for e in same if e.kind == kind]
            if exact and exact[0].required:
                if id(exact[0]) in hit:
                    score.fp += 1
                    report.log.append(f"{kind}: duplicate node for {exact[0].name!r}: {node}")
                else:
                    hit.add(id(exact[0]))
                    score.tp += 1
            elif exact or any(kind in e.also_ok or not e.required for e in same):
                continue  # optional, or a kind the gold tolerates
            elif same:
                score.fp += 1
                report.log.append(f"{kind}: wrong type for {same[0].name!r} (gold {same[0].kind}): {label}")
            else:
                score.fp += 1
                report.log.append(f"{kind}: not in gold: {label!r}")
        for e in gold:
            if e.kind == kind and e.required and id(e) not in hit:
                score.fn += 1
                report.log.append(f"{kind}: missed {e.name!r}")


def _score_statements(view: _View, gold_entities: list[_GoldEntity], gold: list[dict[str, Any]],
                      report: EvalReport) -> None:
    quotes = view.of_class(view.quotation)
    predicted = [(s, True) for s in quotes] + [(s, False) for s in view.of_class(view.claim) - quotes]
    used: set[int] = set()
    score = report.statements
    for node, direct in sorted(predicted, key=lambda x: str(x[0])):
        texts = [norm(t) for t in view.values(node, view.text_p)]
        speakers = [view.names(s) for s in view.values(node, view.speaker_p)]
        matches = [i for i, s in enumerate(gold) if any(norm(s["contains"]) in t for t in texts)]
        if not matches:
            score.fp += 1
            report.log.append(f"statement not in gold: {(texts or ['<no text>'])[0][:90]!r}")
            continue
        right = [i for i in matches if any(_names_of(gold_entities, gold[i]["speaker"]) & n for n in speakers)]
        if not right:
            if all(not gold[i].get("required", True) for i in matches):
                continue
            score.fp += 1
            report.wrong_speaker += 1
            said = min(speakers[0]) if speakers and speakers[0] else "<no speaker>"
            report.log.append(f"statement with wrong speaker {said!r} (gold {gold[matches[0]]['speaker']!r}): "
                              f"{gold[matches[0]]['contains']!r}")
            continue
        i = right[0]
        if not gold[i].get("required", True):
            continue
        if i in used:
            score.fp += 1
            report.log.append(f"duplicate statement for {gold[i]['contains']!r}")
            continue
        used.add(i)
        score.tp += 1
        report.direct_right += direct == bool(gold[i].get("direct"))
    for i, s in enumerate(gold):
        if s.get("required", True) and i not in used:
            score.fn += 1
            report.log.append(f"statement missed: {s.get('speaker')}: {s['contains']!r}")


def _score_events(view: _View, gold_entities: list[_GoldEntity], gold: list[dict[str, Any]],
                  report: EvalReport) -> None:
    nodes = view.of_class(view.classes["Event"])
    matched: set[Node] = set()
    ev = report.events
    articles, known = {n: view.articles_of(n) for n in nodes}, view.article_names()
    for item in gold:
        wanted = norm(item["contains"])
        # An event of another article is no match, where the graph says which articles a node is of and the gold's
        # article is one of them ("the strike" of one article would otherwise lend its place and year to another's)
        own = item["article"] in known
        candidates = sorted((n for n in nodes if any(wanted in name for name in view.names(n)) and
                             (not own or not articles[n] or item["article"] in articles[n])), key=str)
        matched.update(candidates)
        if not item.get("required", True):
            continue
        ev.gold += 1
        ev.with_place += bool(item.get("place"))
        ev.with_year += bool(item.get("year"))
        if not candidates:
            report.log.append(f"event missed: {item['name']!r}")
            continue
        ev.found += 1
        node = candidates[0]
        if item.get("place"):
            places = set().union(*(_names_of(gold_entities, p) for p in item["place"]))
            given_places = view.values(node, view.place_p)
            found = [view.names(p) | {norm(p)} for p in given_places]
            if any(places & p for p in found):
                ev.place_right += 1
            else:
                given = sorted(min(view.names(p), default=str(p)) for p in given_places) or ["none"]
                report.log.append(f"event place wrong: {item['name']!r} (gold {item['place']}, found "
                                  f"{', '.join(given)})")
        if item.get("year"):
            dates = [str(d) for d in view.values(node, view.date_p)]
            if any(str(item["year"]) in d for d in dates):
                ev.year_right += 1
            else:
                report.log.append(f"event year wrong: {item['name']!r} (gold {item['year']}, found "
                                  f"{', '.join(sorted(dates)) or 'none'})")
        who = [view.names(p) for c in candidates for p in view.values(c, view.part_p)]
        for person in item.get("participants", []):
            ev.participants += 1
            ev.participants_found += any(_names_of(gold_entities, person) & w for w in who)
    ev.unmatched = len(nodes - matched)
