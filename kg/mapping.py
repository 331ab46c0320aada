"""Records -> RDF: the only stage that knows IRIs and ontology terms."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pyoxigraph import Literal, NamedNode, Quad

from kg.namespaces import KG, PROV, RDF, XSD, Base
from kg.records import Entity, Extraction, Span

A = NamedNode(RDF + "type")
T = {name: NamedNode(KG + name) for name in (
    "Article", "Person", "Organization", "Place", "Event", "Quotation", "ReportedSpeech", "Mention",
    "name", "alias", "jobTitle", "affiliation", "speaker", "unattributed", "text", "cue", "about", "statedOn",
    "statedAt", "participant", "location", "startDate", "eventType", "mentions", "headline", "url", "identifier",
    "datePublished", "datelinePlace", "sourceName", "sourceId", "analyzedText", "contentHash", "extractor", "mentionOf",
    "inArticle", "surfaceForm", "startOffset", "endOffset", "cueStart", "cueEnd", "speakerMention", "matchReason",
    "articleCount",
)}
DERIVED_FROM = NamedNode(PROV + "wasDerivedFrom")
XSD_INT = NamedNode(XSD + "integer")
XSD_BOOL = NamedNode(XSD + "boolean")
ISO_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")
DATE_TYPES = {10: NamedNode(XSD + "date"), 7: NamedNode(XSD + "gYearMonth"), 4: NamedNode(XSD + "gYear")}


def date_literal(value: str) -> Literal:
    """An ISO date, year-month or year as the matching XSD literal."""
    datatype = DATE_TYPES.get(len(value))
    if datatype is None or not ISO_DATE.fullmatch(value):
        raise ValueError(f"not an ISO date, year-month or year: {value!r}")
    return Literal(value, datatype=datatype)


def integer(value: int) -> Literal:
    return Literal(str(value), datatype=XSD_INT)


def article_quads(ex: Extraction, base: Base) -> list[Quad]:
    """All quads of one article's named graph."""
    art = ex.article
    g = NamedNode(base.article_graph(art.key))
    node = NamedNode(base.article(art.key))
    out: list[Quad] = []

    def add(s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        out.append(Quad(s, p, o, g))

    add(node, A, T["Article"])
    add(node, T["headline"], Literal(art.title))
    add(node, T["identifier"], Literal(art.identifier))
    add(node, T["sourceName"], Literal(art.source))
    if art.source_id:
        add(node, T["sourceId"], Literal(art.source_id))
    add(node, T["analyzedText"], Literal(art.text))
    add(node, T["contentHash"], Literal(art.content_hash))
    if ex.model:
        add(node, T["extractor"], Literal(ex.model))
    if art.url:
        add(node, T["url"], NamedNode(art.url))
    if art.published:
        add(node, T["datePublished"], date_literal(art.published.isoformat()))

    iris = [NamedNode(base.entity(e.kind, e.name)) for e in ex.entities]
    for i, ent in enumerate(ex.entities):
        out.extend(entity_quads(ent, iris[i], iris, node, g, art.key, base))
    if art.dateline_place:
        # "KOUROU, French Guiana": the dateline's first part is the place it was filed from.
        wanted = {art.dateline_place.lower(), art.dateline_place.split(",")[0].strip().lower()}
        place = next((iris[i] for i, e in enumerate(ex.entities)
                      if e.kind == "Place" and wanted & {n.lower() for n in e.names}), None)
        if place is not None:
            add(node, T["datelinePlace"], place)

    for n, st in enumerate(ex.statements, 1):
        s = NamedNode(base.statement(art.key, n))
        add(s, A, T["Quotation"] if st.direct else T["ReportedSpeech"])
        add(s, T["text"], Literal(st.content.text))
        add(s, DERIVED_FROM, node)
        add(s, T["startOffset"], integer(st.content.start))
        add(s, T["endOffset"], integer(st.content.end))
        if st.cue:
            add(s, T["cue"], Literal(st.cue))
        if st.cue_span:
            add(s, T["cueStart"], integer(st.cue_span.start))
            add(s, T["cueEnd"], integer(st.cue_span.end))
        if st.speaker is not None:
            add(s, T["speaker"], iris[st.speaker])
            if st.speaker_span:
                span = st.speaker_span
                add(s, T["speakerMention"], NamedNode(base.mention(art.key, span.start, span.end)))
                speaker = ex.entities[st.speaker]
                known = {(r.span.start, r.span.end) for r in speaker.mentions}
                if (span.start, span.end) not in known:
                    out.extend(mention_quads(span, speaker_reason(span.text), iris[st.speaker], node, g,
                                             art.key, base))
        else:
            add(s, T["unattributed"], Literal("true", datatype=XSD_BOOL))
        for i in dict.fromkeys(st.about):
            add(s, T["about"], iris[i])
        if st.date:
            add(s, T["statedOn"], date_literal(st.date))
        if st.place is not None:
            add(s, T["statedAt"], iris[st.place])

    for n, ev in enumerate(ex.events, 1):
        e = NamedNode(base.local_event(art.key, n))
        add(e, A, T["Event"])
        add(e, T["name"], Literal(ev.name))
        for alias in sorted(ev.aliases - {ev.name}):
            add(e, T["alias"], Literal(alias))
        add(e, T["eventType"], Literal(ev.event_type))
        add(e, DERIVED_FROM, node)
        add(e, T["startOffset"], integer(ev.anchor.start))
        add(e, T["endOffset"], integer(ev.anchor.end))
        add(node, T["mentions"], e)
        for i in dict.fromkeys(ev.participants):
            add(e, T["participant"], iris[i])
        if ev.location is not None:
            add(e, T["location"], iris[ev.location])
        if ev.start_date:
            add(e, T["startDate"], date_literal(ev.start_date))
    return dedupe(out)


def entity_quads(ent: Entity, iri: NamedNode, iris: list[NamedNode], article: NamedNode, g: NamedNode,
                 key: str, base: Base) -> Iterator[Quad]:
    """What one article says about one of its entities, and each mention of it."""
    yield Quad(article, T["mentions"], iri, g)
    yield Quad(iri, A, T[ent.kind], g)
    yield Quad(iri, T["name"], Literal(ent.name), g)
    for alias in sorted(ent.aliases - {ent.name}):
        yield Quad(iri, T["alias"], Literal(alias), g)
    for title in dict.fromkeys(map(title_case, ent.job_titles)):
        yield Quad(iri, T["jobTitle"], Literal(title), g)
    for i in dict.fromkeys(ent.affiliations):
        yield Quad(iri, T["affiliation"], iris[i], g)
    if ent.start_date:
        yield Quad(iri, T["startDate"], date_literal(ent.start_date), g)
    if ent.location is not None:
        yield Quad(iri, T["location"], iris[ent.location], g)
    for i in dict.fromkeys(ent.participants):
        yield Quad(iri, T["participant"], iris[i], g)
    if ent.event_type:
        yield Quad(iri, T["eventType"], Literal(ent.event_type), g)
    for ref in ent.mentions:
        yield from mention_quads(ref.span, ref.reason, iri, article, g, key, base)


def mention_quads(span: Span, reason: str, entity: NamedNode, article: NamedNode, g: NamedNode, key: str,
                  base: Base) -> Iterator[Quad]:
    m = NamedNode(base.mention(key, span.start, span.end))
    yield Quad(m, A, T["Mention"], g)
    yield Quad(m, T["mentionOf"], entity, g)
    yield Quad(m, T["inArticle"], article, g)
    yield Quad(m, T["surfaceForm"], Literal(span.text), g)
    yield Quad(m, T["startOffset"], integer(span.start), g)
    yield Quad(m, T["endOffset"], integer(span.end), g)
    yield Quad(m, T["matchReason"], NamedNode(KG + reason), g)


SMALL_WORDS = {"of", "for", "at", "the", "and", "in", "on", "to", "a", "an", "de", "du", "von", "van"}


def title_case(title: str) -> str:
    """One spelling per title ("chief executive" after a name, "Chief Executive" before it), acronyms kept."""
    words = title.split()
    return " ".join(w if (i and w.lower() in SMALL_WORDS) or not w[:1].islower() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


PRONOUNS = {"he", "she", "they", "him", "her", "them", "it", "we", "i"}


def speaker_reason(text: str) -> str:
    """Why a speaker mention that is not among its entity's own mentions was resolved to it."""
    if text.lower() in PRONOUNS:
        return "Pronoun"
    return "DefiniteDescription" if text[:1].islower() or text.lower().startswith("the ") else "ExactName"


def dedupe(quads: list[Quad]) -> list[Quad]:
    return list(dict.fromkeys(quads))
