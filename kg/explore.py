"""The graph as plain Python for exploring: entity cards (`kg show`) and connections (`kg path`), over networkx."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from kg.namespaces import KG, PREFIXES, PROV
from kg.store import Store

if TYPE_CHECKING:
    import networkx as nx

RELATIONS = {"affiliation": "affiliated with", "participant": "participant", "location": "located in"}


class ExploreError(ValueError):
    """A name that matches no entity, or several; the message lists what to try."""


@dataclass
class ArticleInfo:
    iri: str
    headline: str
    date: str | None = None
    url: str | None = None
    source: str = ""


@dataclass
class EntityInfo:
    iri: str
    kind: str
    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # article IRIs
    event_type: str | None = None
    start_date: str | None = None


@dataclass
class StatementInfo:
    iri: str
    text: str
    direct: bool
    article: str
    cue: str | None = None
    speaker: str | None = None
    about: list[str] = field(default_factory=list)
    date: str | None = None


@dataclass
class Relation:
    subject: str
    predicate: str  # affiliation, participant or location
    object: str


@dataclass
class Graph:
    """Entities, articles, statements and relations read from a store, with indexes for exploring them."""

    entities: dict[str, EntityInfo]
    articles: dict[str, ArticleInfo]
    statements: dict[str, StatementInfo]
    relations: list[Relation]

    def by_speaker(self, iri: str) -> list[StatementInfo]:
        return [s for s in self.statements.values() if s.speaker == iri]

    def about(self, iri: str) -> list[StatementInfo]:
        return [s for s in self.statements.values() if iri in s.about]

    def find(self, name: str) -> EntityInfo:
        """The entity a person means by a name: IRI, then name, alias, then a unique part of a name."""
        if name in self.entities:
            return self.entities[name]
        wanted = name.casefold().strip()
        for test in (lambda e: e.name.casefold() == wanted,
                     lambda e: any(a.casefold() == wanted for a in e.aliases),
                     lambda e: any(wanted in n.casefold() for n in [e.name, *e.aliases])):
            found = [e for e in self.entities.values() if test(e)]
            if len(found) == 1:
                return found[0]
            if found:
                found.sort(key=lambda e: (-len(e.articles), e.name))
                if len(found[0].articles) > len(found[1].articles):
                    return found[0]
                listed = "; ".join(f"{e.name} ({e.kind}, {e.iri})" for e in found[:8])
                raise ExploreError(f"{name!r} matches {len(found)} entities: {listed}; give the full name or IRI")
        raise ExploreError(f"no entity is named {name!r}; kg stats or kg query people lists names")

    def network(self, entities: Iterable[str] | None = None) -> nx.MultiGraph:
        """Entities as nodes; an edge per statement (speaker-about), relation and shared article."""
        import networkx as nx

        keep = set(self.entities) if entities is None else set(entities)
        g = nx.MultiGraph()
        g.add_nodes_from(keep)
        for st in self.statements.values():
            if st.speaker in keep:
                for other in st.about:
                    if other in keep and other != st.speaker:
                        g.add_edge(st.speaker, other, kind="statement", statement=st.iri)
        for rel in self.relations:
            if rel.subject in keep and rel.object in keep and rel.subject != rel.object:
                g.add_edge(rel.subject, rel.object, kind=rel.predicate)
        by_article: dict[str, list[str]] = {}
        for e in keep:
            for a in self.entities[e].articles:
                by_article.setdefault(a, []).append(e)
        for a, members in by_article.items():
            members.sort()
            for i, x in enumerate(members):
                for y in members[i + 1:]:
                    g.add_edge(x, y, kind="article", article=a)
        return g


# -- loading ----------------------------------------------------------------------------------------------
# Type and name from the same graph: over the union, an entity that 400 articles name met its type 400 times for
# each of its 400 names (2 of the 4 seconds of loading a million triples).
ENTITIES = """
SELECT DISTINCT ?e ?class ?name WHERE {
  GRAPH ?g { ?e a ?class ; kg:name ?name } FILTER(?class IN (kg:Person, kg:Organization, kg:Place, kg:Event))
}"""
CANONICAL = "SELECT DISTINCT ?e ?name WHERE { GRAPH <%s> { ?e kg:name ?name } }"
ATTRIBUTES = """
SELECT DISTINCT ?e ?p ?v WHERE {
  VALUES ?p { kg:alias kg:jobTitle kg:eventType kg:startDate } ?e ?p ?v
}"""
RELATIONS_Q = """
SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?p { kg:affiliation kg:participant kg:location } ?s ?p ?o }"""
ARTICLES = """
SELECT ?a ?headline ?date ?url ?source WHERE {
  ?a a kg:Article ; kg:headline ?headline .
  OPTIONAL { ?a kg:datePublished ?date } OPTIONAL { ?a kg:url ?url } OPTIONAL { ?a kg:sourceName ?source }
}"""
MENTIONS = "SELECT DISTINCT ?a ?e WHERE { ?a a kg:Article ; kg:mentions ?e }"
STATEMENTS = """
SELECT ?s ?class ?text ?article ?cue ?speaker ?date WHERE {
  ?s a ?class ; kg:text ?text ; prov:wasDerivedFrom ?article .
  FILTER(?class IN (kg:Quotation, kg:ReportedSpeech))
  OPTIONAL { ?s kg:cue ?cue } OPTIONAL { ?s kg:speaker ?speaker } OPTIONAL { ?s kg:statedOn ?date }
}"""
ABOUT = "SELECT DISTINCT ?s ?e WHERE { ?s kg:about ?e }"


def load(store: Store) -> Graph:
    """Read the whole graph's entities, articles, statements and relations into plain records."""
    prefixes = {**PREFIXES, "prov": PROV}

    def select(sparql: str):
        return store.inner.query(sparql, prefixes=prefixes, use_default_graph_as_union=True)

    def value(term) -> str | None:
        return None if term is None else str(term.value)

    canonical: dict[str, str] = {}
    for row in select(CANONICAL % store.base.entities_graph):
        iri, name = row["e"].value, row["name"].value
        canonical[iri] = min(canonical.get(iri, name), name)
    entities: dict[str, EntityInfo] = {}
    names: dict[str, set[str]] = {}
    for row in select(ENTITIES):
        iri = row["e"].value
        names.setdefault(iri, set()).add(row["name"].value)
        if iri not in entities:
            kind = row["class"].value.removeprefix(KG)
            entities[iri] = EntityInfo(iri, kind, canonical.get(iri, row["name"].value))
    for iri, ent in entities.items():
        ent.name = canonical.get(iri) or min(names[iri])
        ent.aliases = sorted(names[iri] - {ent.name})
    for row in select(ATTRIBUTES):
        found = entities.get(row["e"].value)
        if found is None:
            continue
        prop, text = row["p"].value.removeprefix(KG), row["v"].value
        if prop == "alias" and text != found.name and text not in found.aliases:
            found.aliases.append(text)
        elif prop == "jobTitle" and text not in found.titles:
            found.titles.append(text)
        elif prop == "eventType":
            found.event_type = text
        elif prop == "startDate":
            found.start_date = text
    articles = {}
    for row in select(ARTICLES):
        iri = row["a"].value
        articles[iri] = ArticleInfo(iri, row["headline"].value, value(row["date"]), value(row["url"]),
                                    value(row["source"]) or "")
    for row in select(MENTIONS):
        found = entities.get(row["e"].value)
        if found is not None and row["a"].value in articles:
            found.articles.append(row["a"].value)
    statements = {}
    for row in select(STATEMENTS):
        iri = row["s"].value
        statements[iri] = StatementInfo(iri, row["text"].value, row["class"].value == KG + "Quotation",
                                        row["article"].value, value(row["cue"]), value(row["speaker"]),
                                        date=value(row["date"]))
    for row in select(ABOUT):
        st = statements.get(row["s"].value)
        if st is not None and row["e"].value not in st.about:
            st.about.append(row["e"].value)
    relations = [Relation(row["s"].value, row["p"].value.removeprefix(KG), row["o"].value)
                 for row in select(RELATIONS_Q)]
    for ent in entities.values():
        ent.aliases.sort()
        ent.articles.sort(key=lambda a: (articles[a].date or "", articles[a].headline))
    for st in statements.values():
        st.about.sort()
    return Graph(entities, articles, statements, sorted(relations, key=lambda r: (r.subject, r.predicate, r.object)))


# -- entity cards -----------------------------------------------------------------------------------------
@dataclass
class Card:
    entity: EntityInfo
    articles: list[ArticleInfo]
    said: list[StatementInfo]
    said_about: list[StatementInfo]
    events: list[tuple[str, EntityInfo]]  # (role, event) and, for events, (role, participant or place)
    relations: list[tuple[str, EntityInfo]]
    co_mentions: list[tuple[EntityInfo, int]]


def card(graph: Graph, name: str, top: int = 10) -> Card:
    """Everything the graph knows about one entity."""
    ent = graph.find(name)
    events: list[tuple[str, EntityInfo]] = []
    relations: list[tuple[str, EntityInfo]] = []
    for rel in graph.relations:
        if rel.subject == ent.iri and rel.object in graph.entities:
            other = graph.entities[rel.object]
            (events if ent.kind == "Event" else relations).append((RELATIONS[rel.predicate], other))
        elif rel.object == ent.iri and rel.subject in graph.entities:
            other = graph.entities[rel.subject]
            role = "took part in" if rel.predicate == "participant" else f"{rel.predicate} of"
            (events if other.kind == "Event" else relations).append((role, other))
    # The articles each other entity shares with this one (the network's article edges, without building the
    # network: it joins every pair of entities of every article, a second on a million triples).
    mine = set(ent.articles)
    shared = {other.iri: n for other in graph.entities.values()
              if other.iri != ent.iri and (n := len(mine.intersection(other.articles)))}
    co = sorted(shared.items(), key=lambda pair: (-pair[1], graph.entities[pair[0]].name, pair[0]))
    return Card(ent, [graph.articles[a] for a in ent.articles], graph.by_speaker(ent.iri), graph.about(ent.iri),
                events, relations, [(graph.entities[e], n) for e, n in co[:top]])


# -- paths ------------------------------------------------------------------------------------------------
@dataclass
class Hop:
    source: EntityInfo
    target: EntityInfo
    statements: list[StatementInfo]  # said by one of the two about the other
    relations: list[str]  # e.g. "participant", "affiliation"
    articles: list[ArticleInfo]  # articles that mention both


def path(graph: Graph, a: str, b: str) -> list[Hop]:
    """The shortest connection between two entities: the fewest hops, then the most evidence along them."""
    import networkx as nx

    start, end = graph.find(a), graph.find(b)
    if start.iri == end.iri:
        raise ExploreError(f"{a!r} and {b!r} are the same entity ({start.name})")
    g = graph.network()
    simple = nx.Graph(g)
    try:
        candidates = list(islice(nx.all_shortest_paths(simple, start.iri, end.iri), 200))
    except nx.NetworkXNoPath:
        raise ExploreError(f"no connection between {start.name} and {end.name} in the graph") from None

    def evidence(nodes: list[str]) -> tuple[int, int]:
        said = sum(1 for x, y in zip(nodes, nodes[1:], strict=False)
                   for d in g.get_edge_data(x, y).values() if d["kind"] != "article")
        shared = sum(g.number_of_edges(x, y) for x, y in zip(nodes, nodes[1:], strict=False))
        return said, shared

    best = max(candidates, key=evidence)
    hops = []
    for x, y in zip(best, best[1:], strict=False):
        edges = g.get_edge_data(x, y).values()
        hops.append(Hop(
            graph.entities[x], graph.entities[y],
            [graph.statements[d["statement"]] for d in edges if d["kind"] == "statement"],
            sorted({d["kind"] for d in edges if d["kind"] in RELATIONS}),
            sorted({graph.articles[d["article"]].iri: graph.articles[d["article"]] for d in edges
                    if d["kind"] == "article"}.values(), key=lambda art: (art.date or "", art.headline)),
        ))
    return hops


# -- terminal output --------------------------------------------------------------------------------------
def render_card(graph: Graph, c: Card, limit: int = 10):
    """A rich renderable for an entity card."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    ent = c.entity
    head = Text()
    head.append(ent.name, style="bold")
    head.append(f"  {ent.kind}", style="cyan")
    head.append(f"  {len(c.articles)} article(s)\n", style="dim")
    head.append(ent.iri + "\n", style="dim")
    if ent.aliases:
        head.append("also: " + "; ".join(ent.aliases) + "\n")
    if ent.titles:
        head.append("titles: " + "; ".join(ent.titles) + "\n")
    if ent.event_type or ent.start_date:
        head.append("event: " + " ".join(x for x in (ent.event_type, ent.start_date) if x) + "\n")
    for role, other in c.relations:
        head.append(f"{role}: {other.name} ({other.kind})\n")
    parts: list = [head]

    def table(title: str, columns: list[str], rows: list[list[str]], total: int) -> None:
        if not rows:
            return
        t = Table(*columns, title=f"{title} ({total})" if total > len(rows) else title, title_justify="left",
                  show_lines=False, expand=False)
        for row in rows:
            t.add_row(*(Text(cell) for cell in row))
        parts.append(t)

    def names(iris: list[str]) -> str:
        return ", ".join(graph.entities[i].name for i in iris if i in graph.entities)

    def headline(iri: str) -> str:
        art = graph.articles.get(iri)
        return f"{art.headline} ({art.date})" if art and art.date else art.headline if art else iri

    table("articles", ["date", "headline"], [[a.date or "", a.headline] for a in c.articles[:limit]],
          len(c.articles))
    table("statements by", ["cue", "text", "about", "article"],
          [[s.cue or "", quote(s), names(s.about), headline(s.article)] for s in c.said[:limit]], len(c.said))
    table("statements about", ["speaker", "cue", "text", "article"],
          [[names([s.speaker]) if s.speaker else "(unattributed)", s.cue or "", quote(s), headline(s.article)]
           for s in c.said_about[:limit]], len(c.said_about))
    table("events", ["role", "event", "kind"], [[r, e.name, e.kind] for r, e in c.events[:limit]], len(c.events))
    table("co-mentioned with", ["entity", "kind", "shared articles"],
          [[e.name, e.kind, str(n)] for e, n in c.co_mentions], len(c.co_mentions))
    return Panel(Group(*parts), title=Text(ent.name), title_align="left", expand=False)


def render_path(graph: Graph, hops: list[Hop], limit: int = 3):
    """A rich renderable for a connection: each hop with its statements, relations and shared articles."""
    from rich.console import Group
    from rich.text import Text

    out = Text()
    out.append(" → ".join([hops[0].source.name, *(h.target.name for h in hops)]), style="bold")
    out.append(f"  ({len(hops)} hop{'s' if len(hops) != 1 else ''})\n")
    for hop in hops:
        out.append(f"\n{hop.source.name} ({hop.source.kind}) — {hop.target.name} ({hop.target.kind})\n",
                   style="cyan")
        for rel in hop.relations:
            out.append(f"  {rel}\n")
        for st in hop.statements[:limit]:
            speaker = graph.entities[st.speaker].name if st.speaker in graph.entities else "(unattributed)"
            art = graph.articles.get(st.article)
            out.append(f"  {speaker} ({st.cue or 'said'}): {quote(st)}")
            out.append(f"  [{art.headline if art else st.article}]\n", style="dim")
        if len(hop.statements) > limit:
            out.append(f"  … {len(hop.statements) - limit} more statement(s)\n", style="dim")
        for art in hop.articles[:limit]:
            out.append(f"  both in: {art.headline}" + (f" ({art.date})" if art.date else "") + "\n")
        if len(hop.articles) > limit:
            out.append(f"  … {len(hop.articles) - limit} more article(s)\n", style="dim")
    return Group(out)


def quote(st: StatementInfo, width: int = 160) -> str:
    text = st.text if len(st.text) <= width else st.text[: width - 1] + "…"
    return f"“{text}”" if st.direct else text
