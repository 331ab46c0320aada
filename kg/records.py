"""Plain records passed between the pipeline stages: read -> extract -> resolve -> map."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One article as read: `text` (headline, blank line, body) is what every offset indexes into."""

    key: str  # short stable hash of the identity (URL, id, or text)
    identifier: str  # the URL, the given id, or "sha256:<hash of the text>"
    title: str
    body: str
    source: str  # where it came from: a file path relative to the working folder (with :line for JSONL), "<stdin>"
    url: str | None = None
    published: date | None = None
    dateline_place: str | None = None  # place named in the dateline, e.g. "OSLO" -> "Oslo"
    content_hash: str = ""
    source_id: str | None = None  # the id the source gave it, kept when the URL is the identity

    @property
    def text(self) -> str:
        return f"{self.title}\n\n{self.body}" if self.title else self.body

    @property
    def body_offset(self) -> int:
        return len(self.title) + 2 if self.title else 0


@dataclass(frozen=True)
class Span:
    start: int  # character offsets into Article.text, end exclusive
    end: int
    text: str


@dataclass
class MentionRef:
    """A span that names (or refers to) an entity, and why it was resolved to it."""

    span: Span
    reason: str  # a match reason: ExactName, Surname, Abbreviation, KnownAlias, Pronoun, DefiniteDescription, ...


@dataclass
class Entity:
    """A canonical entity of one article, after in-article resolution."""

    kind: str  # Person, Organization, Place, Event
    name: str  # canonical name as the article spells it (no possessive, no leading "the")
    aliases: set[str] = field(default_factory=set)
    mentions: list[MentionRef] = field(default_factory=list)
    job_titles: list[str] = field(default_factory=list)
    affiliations: list[int] = field(default_factory=list)  # indexes into Extraction.entities
    start_date: str | None = None  # events: ISO date, "YYYY-MM" or "YYYY"
    location: int | None = None  # events: index of the place entity
    participants: list[int] = field(default_factory=list)  # events
    event_type: str | None = None

    @property
    def names(self) -> set[str]:
        return {self.name} | self.aliases


@dataclass
class Statement:
    direct: bool  # True: words in quote marks; False: reported speech
    content: Span
    cue: str | None  # lemma of the cue verb, e.g. "say"
    cue_span: Span | None
    speaker: int | None  # index into Extraction.entities; None: unattributed
    speaker_span: Span | None
    about: list[int] = field(default_factory=list)
    date: str | None = None  # when it was said, ISO / "YYYY-MM" / "YYYY"
    place: int | None = None  # where it was said (place or event entity index)


@dataclass
class Event:
    """An event the article reports (a meeting, a launch) that is not a named entity of its own."""

    name: str  # e.g. "meeting between X and Y", or the trigger phrase
    event_type: str
    anchor: Span
    participants: list[int] = field(default_factory=list)
    location: int | None = None
    start_date: str | None = None
    aliases: set[str] = field(default_factory=set)  # what else the article calls it ("takeover battle", "signing")


@dataclass
class Extraction:
    """Everything taken from one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    model: str = ""  # spaCy pipeline name and version that produced it
