"""Interactive HTML views of the graph: one self-contained page that works offline (vis-network, our template)."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import random
import re
import time
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from kg.explore import Graph, StatementInfo, load
from kg.store import Store

STYLE = {  # kind: (color, vis-network shape)
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Place": ("#59a14f", "triangle"),
    "Event": ("#e15759", "diamond"),
    "Statement": ("#d0d0d0", "dot"),
    "Resource": ("#bab0ac", "ellipse"),
    "Literal": ("#f1ce63", "box"),
}
ENTITY_KINDS = ("Person", "Organization", "Place", "Event")
COMMUNITY_COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                    "#9c755f", "#17becf", "#bcbd22", "#8c564b"]
OTHER_COMMUNITY = "#c7c7c7"
PHYSICS_MAX_NODES = 300  # above this, positions are computed here and the page draws with physics off
CORE_NODES = 400  # nodes of a large component laid out by spring forces; the rest are placed by their neighbours
VIS = "pyvis/templates/lib/vis-9.1.2/"


class ViewError(ValueError):
    """Options that select nothing drawable, or a query whose result cannot be drawn."""


@dataclass
class ViewOptions:
    focus: list[str] = field(default_factory=list)
    depth: int = 1
    article: str | None = None
    kinds: list[str] = field(default_factory=list)
    since: date | None = None
    until: date | None = None
    min_articles: int = 1
    limit: int = 150  # top entities by importance; 0 for all
    query: str | None = None
    color: str = "kind"  # kind or community
    size: str = "articles"  # articles or pagerank
    statements: str = "nodes"  # nodes (speaker -> statement -> about) or edges (speaker -> about, cue as label)
    co_mentions: bool = False  # draw an edge between entities that share articles
    title: str = "kg view"


@dataclass
class ViewReport:
    entities: int
    statements: int
    edges: int
    seconds: float
    matched: int = 0  # entities the options matched, before --limit


def write_view(store: Store, output: Path, options: ViewOptions | None = None) -> ViewReport:
    """Select what the options ask for, lay it out when it is large, and write one offline HTML page."""
    started = time.perf_counter()
    options = options or ViewOptions()
    graph = load(store)
    data = view_data(graph, options, store)
    page = render(data)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    drawn = sum(1 for n in data["nodes"] if n["kind"] != "Statement")
    return ViewReport(drawn, len(data["nodes"]) - drawn, len(data["edges"]), time.perf_counter() - started,
                      data["total"])


# -- choosing what to show --------------------------------------------------------------------------------
def view_data(graph: Graph, options: ViewOptions, store: Store | None = None) -> dict[str, Any]:
    """The page's data: nodes, edges in groups the page can switch between, and what the side panel shows."""
    by_name = {k.lower(): k for k in ENTITY_KINDS}
    for kind in options.kinds:
        if kind.lower() not in by_name:
            raise ViewError(f"unknown kind {kind!r}; use {', '.join(ENTITY_KINDS)} (in any case)")
    options = replace(options, kinds=[by_name[kind.lower()] for kind in options.kinds])
    if options.since and options.until and options.since > options.until:
        raise ViewError(f"--since {options.since} is later than --until {options.until}: no article can be "
                        "published between them; give the earlier date to --since")
    if options.color not in ("kind", "community"):
        raise ViewError("--color takes kind or community")
    if options.size not in ("articles", "pagerank"):
        raise ViewError("--size takes articles or pagerank")
    if options.statements not in ("nodes", "edges"):
        raise ViewError("--statements takes nodes or edges")
    if options.query:
        if store is None:
            raise ViewError("a query needs the store")
        result = run_query(store, options.query)
        if isinstance(result, list):
            return construct_data(graph, result, options)
        chosen_by_query: set[str] | None = result
    else:
        chosen_by_query = None

    articles = set(graph.articles)
    if options.since or options.until:
        lo, hi = (options.since or date.min).isoformat(), (options.until or date.max).isoformat()
        articles = {a for a, art in graph.articles.items() if art.date and lo <= art.date[:10] <= hi}
    if options.article:
        wanted = article_iris(graph, options.article, store)
        articles &= wanted
    counts = {iri: sum(1 for a in ent.articles if a in articles) for iri, ent in graph.entities.items()}
    candidates = {iri for iri, n in counts.items() if n >= max(options.min_articles, 1)
                  and (not options.kinds or graph.entities[iri].kind in options.kinds)}
    if chosen_by_query is not None:
        chosen_statements = [s for s in graph.statements.values() if s.iri in chosen_by_query]
        named = {iri for iri, ent in graph.entities.items() if ent.name in chosen_by_query}
        candidates &= (chosen_by_query | named | {s.speaker for s in chosen_statements if s.speaker}
                       | {e for s in chosen_statements for e in s.about})
        if not candidates:
            raise ViewError("the query returned no entity or statement IRIs, nor entity names, to draw")
    statements = [s for s in graph.statements.values() if s.article in articles]
    edges_of = neighbours(graph, candidates, statements, options.co_mentions, articles)
    keep: set[str] = set(candidates)
    focus: list[str] = []
    if options.focus:
        focus = [graph.find(name).iri for name in options.focus]
        keep = reach(focus, edges_of, options.depth, candidates | set(focus))
    total = len(keep)
    importance = (pagerank(keep, edges_of) if options.size == "pagerank"
                  else {iri: float(counts[iri]) for iri in keep})
    if options.limit and len(keep) > options.limit:
        ranked = sorted(keep - set(focus), key=lambda i: (-importance[i], graph.entities[i].name))
        keep = set(focus) | set(ranked[: max(options.limit - len(focus), 0)])
    if not keep:
        raise ViewError("nothing to draw: no entity matches these options (try a lower --min-articles, "
                        "a wider --since/--until, or no --kind)")

    drawn_statements = [s for s in statements if s.speaker in keep or (s.speaker is None and set(s.about) & keep)]
    if chosen_by_query is not None and any(s.iri in chosen_by_query for s in statements):
        drawn_statements = [s for s in drawn_statements if s.iri in chosen_by_query]
    nodes = [entity_node(graph, iri, counts[iri], importance[iri]) for iri in sorted(keep)]
    edges: list[dict[str, Any]] = []
    collapsed: Counter[tuple[str, str, str]] = Counter()
    for st in drawn_statements:
        nodes.append({"id": st.iri, "kind": "Statement", "label": short(st.text, 32, st.direct), "value": 1})
        cue = st.cue or "said"
        if st.speaker in keep:
            edges.append({"from": st.speaker, "to": st.iri, "label": cue, "group": "expanded"})
        for other in st.about:
            if other in keep:
                edges.append({"from": st.iri, "to": other, "label": "about", "group": "expanded"})
                if st.speaker in keep and st.speaker != other:
                    collapsed[(st.speaker, other, cue)] += 1
    for (s, o, cue), n in sorted(collapsed.items()):
        edges.append({"from": s, "to": o, "label": cue if n == 1 else f"{cue} ×{n}", "group": "collapsed"})
    for rel in graph.relations:
        if rel.subject in keep and rel.object in keep and rel.subject != rel.object:
            edges.append({"from": rel.subject, "to": rel.object, "label": rel.predicate, "group": "always"})
    if options.co_mentions:
        for (x, y), n in sorted(shared_articles(graph, keep, articles).items()):
            edges.append({"from": x, "to": y, "label": f"{n} article{'s' if n > 1 else ''}", "group": "always",
                          "dashes": True, "arrows": ""})

    if options.color == "community":
        color_communities(nodes, edges)
    referenced = set(keep) | {s.speaker for s in statements if s.speaker} | {e for s in statements for e in s.about}
    panel_statements = [s for s in statements if s.speaker in keep or set(s.about) & keep]
    data = {
        "title": options.title + (": " + ", ".join(graph.entities[f].name for f in focus) if focus else ""),
        "kinds": {k: {"color": c, "shape": s} for k, (c, s) in STYLE.items()},
        "nodes": nodes,
        "edges": edges,
        "statementsAsEdges": options.statements == "edges",
        "colorBy": options.color,
        "total": total,
        "entities": {iri: entity_details(graph, iri, articles) for iri in sorted(referenced)
                     if iri in graph.entities},
        "statements": {s.iri: statement_details(s) for s in panel_statements},
        "articles": {},
    }
    used = {a for iri in keep for a in graph.entities[iri].articles if a in articles}
    used |= {s.article for s in panel_statements}
    data["articles"] = {a: article_details(graph, a) for a in sorted(used)}
    place(data)
    return data


def neighbours(graph: Graph, candidates: set[str], statements, co_mentions: bool,
               articles: set[str]) -> dict[str, set[str]]:
    """Entity adjacency over what the view draws: statements (speaker-about), relations, and shared articles."""
    adj: dict[str, set[str]] = {iri: set() for iri in graph.entities}

    def link(x: str, y: str) -> None:
        if x != y and x in adj and y in adj:
            adj[x].add(y)
            adj[y].add(x)

    for st in statements:
        for other in st.about:
            if st.speaker:
                link(st.speaker, other)
    for rel in graph.relations:
        link(rel.subject, rel.object)
    if co_mentions:
        for x, y in shared_articles(graph, candidates, articles):
            link(x, y)
    return adj


def shared_articles(graph: Graph, keep: set[str], articles: set[str]) -> Counter[tuple[str, str]]:
    by_article: dict[str, list[str]] = {}
    for iri in keep:
        for a in graph.entities[iri].articles:
            if a in articles:
                by_article.setdefault(a, []).append(iri)
    pairs: Counter[tuple[str, str]] = Counter()
    for members in by_article.values():
        members.sort()
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                pairs[(x, y)] += 1
    return pairs


def reach(start: list[str], adj: dict[str, set[str]], depth: int, allowed: set[str]) -> set[str]:
    """Entities within `depth` hops of the start, walking only through allowed ones."""
    seen = set(start)
    frontier = deque((s, 0) for s in start)
    while frontier:
        node, d = frontier.popleft()
        if d >= depth:
            continue
        for other in adj.get(node, ()):
            if other not in seen and other in allowed:
                seen.add(other)
                frontier.append((other, d + 1))
    return seen


def pagerank(nodes: set[str], adj: dict[str, set[str]], damping: float = 0.85, rounds: int = 50) -> dict[str, float]:
    """PageRank over the undirected entity graph, scaled so the mean is 1 (networkx's needs scipy)."""
    if not nodes:
        return {}
    n = len(nodes)
    links = {x: [y for y in adj.get(x, ()) if y in nodes] for x in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(rounds):
        dangling = sum(rank[x] for x in nodes if not links[x])
        new = dict.fromkeys(nodes, (1 - damping) / n + damping * dangling / n)
        for x in nodes:
            if links[x]:
                share = damping * rank[x] / len(links[x])
                for y in links[x]:
                    new[y] += share
        rank = new
    return {x: r * n for x, r in rank.items()}


def article_iris(graph: Graph, ref: str, store: Store | None) -> set[str]:
    if ref in graph.articles:
        return {ref}
    keys = store.find_articles(ref) if store is not None else []
    found = {store.base.article(k) for k in keys} if store is not None else set()
    found |= {a for a, art in graph.articles.items() if art.url == ref}
    if not found:
        raise ViewError(f"no stored article matches {ref!r}; give its key, identifier, URL or source file")
    return found


def run_query(store: Store, text: str) -> set[str] | list[tuple[Any, Any, Any]]:
    """A SELECT's values (IRIs and names of what to draw) or a CONSTRUCT's triples (drawn as they are)."""
    import pyoxigraph as ox

    from kg.query import run

    result = run(store, text)
    if isinstance(result, ox.QueryTriples):
        return [(t.subject, t.predicate, t.object) for t in result]
    if not isinstance(result, ox.QuerySolutions):
        raise ViewError("an ASK query has nothing to draw; give a SELECT or CONSTRUCT query")
    # IRIs pick entities and statements; literals pick entities by name (e.g. the shipped `people` query)
    return {term.value for sol in result for term in sol if isinstance(term, ox.NamedNode | ox.Literal)}


def construct_data(graph: Graph, triples: list[tuple[Any, Any, Any]], options: ViewOptions) -> dict[str, Any]:
    """A CONSTRUCT result drawn as it is: a node per subject and object, an edge per triple."""
    import pyoxigraph as ox

    from kg.query import term_text

    if not triples:
        raise ViewError("the query constructed no triples; nothing to draw")
    nodes: dict[str, dict[str, Any]] = {}
    edges = []

    def node(term) -> str:
        if isinstance(term, ox.Literal):
            key = "literal:" + hashlib.sha1(term.value.encode()).hexdigest()[:16]
            nodes.setdefault(key, {"id": key, "kind": "Literal", "label": short(term.value, 40), "value": 1,
                                   "text": term.value})
            return key
        iri = term.value if isinstance(term, ox.NamedNode) else "_:" + str(term.value)
        if iri in graph.entities:
            ent = graph.entities[iri]
            nodes.setdefault(iri, entity_node(graph, iri, len(ent.articles), float(len(ent.articles))))
        elif iri in graph.statements:
            st = graph.statements[iri]
            nodes.setdefault(iri, {"id": iri, "kind": "Statement", "label": short(st.text, 40, st.direct),
                                   "value": 1})
        else:
            nodes.setdefault(iri, {"id": iri, "kind": "Resource", "label": term_text(term), "value": 1})
        return iri

    for s, p, o in triples:
        if p.value.endswith("#type") and (s.value in graph.entities or s.value in graph.statements):
            continue
        edges.append({"from": node(s), "to": node(o), "label": term_text(p), "group": "always"})
    for s, _, _ in triples:
        node(s)
    data: dict[str, Any] = {
        "title": options.title,
        "kinds": {k: {"color": c, "shape": s} for k, (c, s) in STYLE.items()},
        "nodes": list(nodes.values()),
        "edges": edges,
        "statementsAsEdges": False,
        "colorBy": options.color,
        "total": sum(1 for n in nodes.values() if n["kind"] in ENTITY_KINDS),
        "entities": {iri: entity_details(graph, iri, set(graph.articles)) for iri in nodes if iri in graph.entities},
        "statements": {iri: statement_details(st) for iri, st in graph.statements.items() if iri in nodes},
        "articles": {},
    }
    for st in data["statements"].values():
        for other in [st["speaker"], *st["about"]]:
            if other in graph.entities and other not in data["entities"]:
                data["entities"][other] = entity_details(graph, other, set(graph.articles))
    used = {a for e in data["entities"].values() for a in e["articles"]} | {
        st["article"] for st in data["statements"].values()}
    data["articles"] = {a: article_details(graph, a) for a in sorted(used) if a in graph.articles}
    if options.color == "community":
        color_communities(data["nodes"], edges)
    place(data)
    return data


def entity_node(graph: Graph, iri: str, count: int, importance: float) -> dict[str, Any]:
    ent = graph.entities[iri]
    return {"id": iri, "kind": ent.kind, "label": ent.name, "value": round(importance, 4), "articles": count}


def entity_details(graph: Graph, iri: str, articles: set[str]) -> dict[str, Any]:
    ent = graph.entities[iri]
    return {"name": ent.name, "kind": ent.kind, "aliases": ent.aliases, "titles": ent.titles,
            "eventType": ent.event_type, "startDate": ent.start_date,
            "articles": [a for a in ent.articles if a in articles]}


def statement_details(st: StatementInfo) -> dict[str, Any]:
    return {"text": st.text, "direct": st.direct, "cue": st.cue, "speaker": st.speaker, "about": st.about,
            "article": st.article, "date": st.date}


def article_details(graph: Graph, iri: str) -> dict[str, Any]:
    art = graph.articles[iri]
    url = art.url if art.url and re.match(r"https?://", art.url) else None
    return {"headline": art.headline, "date": art.date, "url": url, "source": art.source}


def short(text: str, width: int, quoted: bool = False) -> str:
    text = " ".join(text.split())
    text = text if len(text) <= width else text[: width - 1] + "…"
    return f"“{text}”" if quoted else text


def color_communities(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> None:
    """Color nodes by the communities networkx finds (Louvain); small ones share a gray."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in nodes)
    g.add_edges_from((e["from"], e["to"]) for e in edges if e["from"] != e["to"])
    found = sorted(nx.community.louvain_communities(g, seed=1), key=lambda c: (-len(c), min(c)))
    index = {m: i for i, members in enumerate(found) for m in members}
    for n in nodes:
        i = index[n["id"]]
        n["color"] = COMMUNITY_COLORS[i] if i < len(COMMUNITY_COLORS) and len(found[i]) > 1 else OTHER_COMMUNITY
        n["community"] = i + 1


# -- layout -----------------------------------------------------------------------------------------------
def place(data: dict[str, Any]) -> None:
    """Small views settle in the page (physics, then off); large ones get positions here and no physics."""
    nodes = data["nodes"]
    visible = [e for e in data["edges"] if e["group"] != ("expanded" if data["statementsAsEdges"] else "collapsed")]
    data["physics"] = len(nodes) <= PHYSICS_MAX_NODES
    if data["physics"]:
        return
    positions = layout([n["id"] for n in nodes], [(e["from"], e["to"]) for e in visible])
    for n in nodes:
        n["x"], n["y"] = positions[n["id"]]


def layout(ids: list[str], edges: list[tuple[str, str]], spacing: float = 60.0,
           seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions for a large graph in seconds without scipy: spring forces for each component's core,
    neighbours placed around what is already placed, components packed in rows."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(ids)
    g.add_edges_from((a, b) for a, b in edges if a != b)
    rng = random.Random(seed)
    boxes = []
    for comp in sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c))):
        pos = component_layout(g.subgraph(comp), spacing, rng)
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        boxes.append((pos, min(xs), min(ys), max(xs) - min(xs) + spacing, max(ys) - min(ys) + spacing))
    width = max(math.sqrt(sum(w * h for *_, w, h in boxes)) * 1.2, max(w for *_, w, _ in boxes))
    out: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for pos, x0, y0, w, h in boxes:
        if x and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        for node, (px, py) in pos.items():
            out[node] = (round(x + px - x0, 1), round(y + py - y0, 1))
        x, row = x + w, max(row, h)
    return out


def component_layout(g, spacing: float, rng: random.Random) -> dict[str, tuple[float, float]]:
    import networkx as nx

    n = len(g)
    if n == 1:
        return {next(iter(g)): (0.0, 0.0)}
    by_degree = sorted(g, key=lambda v: (-g.degree(v), v))
    core = by_degree[:CORE_NODES]
    scale = spacing * math.sqrt(n) * 0.6  # room for the whole component, not only its core
    raw = nx.spring_layout(g.subgraph(core), seed=rng.randrange(1 << 30), iterations=50, scale=scale)
    pos = {v: (float(p[0]), float(p[1])) for v, p in raw.items()}
    queue = deque(core)
    while queue:  # place the rest breadth-first, each on a ring around the neighbour that reached it
        v = queue.popleft()
        fresh = [u for u in g[v] if u not in pos]
        vx, vy = pos[v]
        for k, u in enumerate(fresh):
            angle = rng.random() * 2 * math.pi + k * 2.399963
            radius = spacing * (0.8 + 0.15 * math.sqrt(k))
            pos[u] = (vx + radius * math.cos(angle), vy + radius * math.sin(angle))
            queue.append(u)
    return pos


# -- the page ---------------------------------------------------------------------------------------------
def script_json(data: Any) -> str:
    """JSON that is safe inside a <script> element: no '<', '>', '&' or line separators as themselves."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                         ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def asset(name: str) -> str:
    # a path next to this file, not importlib.resources: the editable install's namespace paths break files()
    return (Path(__file__).parent / "templates" / name).read_text(encoding="utf-8")


def vis_asset(name: str) -> str:
    """vis-network from the installed pyvis package, so the page is offline without a copy in this repo."""
    import pyvis

    path = Path(pyvis.__file__).parent.parent / VIS / name
    if not path.exists():
        raise ViewError(f"vis-network is missing from the installed pyvis ({path}); reinstall pyvis>=0.3.2")
    return path.read_text(encoding="utf-8")


def render(data: dict[str, Any]) -> str:
    """The page: our template with vis-network, our script and the data inlined; a CSP allows only those scripts."""
    scripts = {"VIS_JS": vis_asset("vis-network.min.js"), "APP_JS": asset("view.js")}
    for name, code in scripts.items():
        if re.search(r"</script", code, re.I):
            raise ViewError(f"{name} contains </script and cannot be inlined")
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode() + "'"
                      for code in scripts.values())
    parts = {**scripts, "VIS_CSS": vis_asset("vis-network.css"), "APP_CSS": asset("view.css"),
             "DATA": script_json(data), "SCRIPT_HASHES": hashes}
    return re.sub(r"@@(\w+)@@", lambda m: parts[m[1]], asset("view.html"))


def parse_day(text: str | None, end: bool = False) -> date | None:
    """A --since/--until value: YYYY-MM-DD, or YYYY-MM / YYYY for its first day (its last day with `end`)."""
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 12, 31) if end else date(int(text), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            first = date.fromisoformat(text + "-01")
            if not end:
                return first
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        return date.fromisoformat(text)
    except ValueError:
        raise ViewError(f"{text!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY") from None
