"""What the entities graph records for the shipped queries beyond each entity's own entry: co-mentions, the
articles of each event name, and each person's titles and affiliations as lists (people_lists).

A kg:CoMention is a pair of names of people, organizations or places that at least two articles mention together,
with the number of those articles: the rows of the `co-mentions` query, counted when the entities graph is
refreshed. Counting them when the query runs means forming every pair of entities in every article (about 240,000
on a million triples): seconds. Pairs that only one article mentions together are most pairs (82% on a million
triples) and are not recorded; the query counts them from the article graphs when fewer than its 200 rows recur.

A pair is keyed by names, as the query groups its rows: the first name is that of the entity whose IRI sorts
first, and entities of different kinds that share a name count together. The entities graph says how many pairs it
records (kg:recordedCoMentions on the graph's own IRI); that triple also marks an entities graph that has them and
the event names.

A kg:EventName is a name that events have, with the number of articles that mention an event of that name: the
events of different articles are different entities that often share a name ("meeting in Oslo"), which
top-entities counts as one row. Counting them at query time reads the mentions of every event.

The refresh keeps them exact. An article changes only the pairs of the entities it mentions, and an entity only
the pairs and the event names of its own names: a refresh notes the names its entities have before and after (in a
staging graph, across the batches of one refresh), then recounts the pairs and the event names of those names,
writing only the pairs whose count changed. A session that refreshed many entities recounts every pair instead,
which is then cheaper.
"""

from __future__ import annotations

from kg.namespaces import KG, Base

PAIR_KINDS = "kg:Person, kg:Organization, kg:Place"
RECURRING = 2  # articles a pair needs to be recorded
# Beyond this many entities refreshed in a session, one pass over all mentions costs as little as starting from
# each of their names (on a million triples, replacing 1 article, 11 entities: 0.5 s against 5 s; 30 articles, 265
# entities: 8 s either way).
STAGED_ENTITIES = 250
RECORDED = KG + "recordedCoMentions"
PEOPLE_LISTS = KG + "recordsPeopleLists"


def staging_graph(base: Base) -> str:
    """Where a refresh notes the names whose pairs it must recount (dropped when it ends, or by recovery)."""
    return f"{base.staging_graph_prefix}co-mention-names"


def stage_names(base: Base, values: str) -> str:
    """Note the names that the entities bound by `values` have in the entities graph at this point."""
    ent, stage = base.entities_graph, staging_graph(base)
    return (f"INSERT {{ GRAPH <{stage}> {{ <{stage}> <{stage}/name> ?name }} }} "
            f"WHERE {{ {values} GRAPH <{ent}> {{ ?e kg:name ?name }} }}")


def _named(base: Base, entity: str, name: str) -> str:
    """The people, organizations and places with their names and sort keys: a subquery, hash-joined."""
    # IRIs sort as their text; a key computed once per entity spares decoding two IRIs for each pair. The space
    # keeps the order: IRIs hold no character below it.
    ent = base.entities_graph
    return (f"{{ SELECT ?{entity} ?{name} ?k{entity} WHERE {{ "
            f"{{ SELECT ?{entity} ?{name} WHERE {{ GRAPH <{ent}> {{ ?{entity} kg:name ?{name} }} }} }} "
            f"{{ SELECT ?{entity} WHERE {{ GRAPH <{ent}> {{ ?{entity} a ?c{entity} }} "
            f"FILTER(?c{entity} IN ({PAIR_KINDS})) }} }} "
            f'BIND(CONCAT(STR(?{entity}), " ") AS ?k{entity}) }} }}')


def _all_pairs(base: Base) -> str:
    """Solutions (?a ?b ?article): the names of two entities one article mentions, the first that of the entity
    whose IRI sorts first, as the co-mentions query pairs them. Each article's mentions are joined to the entities
    first, then to each other: half the work of joining every pair of mentions to the entities twice."""
    mentioned = ("{{ SELECT ?g ?article ?{e} ?{n} ?k{e} WHERE {{ {named} "
                 "GRAPH ?g {{ ?article kg:mentions ?{e} ; a kg:Article }} }} }}")
    return (mentioned.format(e="x", n="a", named=_named(base, "x", "a")) + " "
            + mentioned.format(e="y", n="b", named=_named(base, "y", "b")) + " FILTER(?kx < ?ky)")


def _staged_pairs(base: Base) -> str:
    """The same for the pairs with a staged name: from the entities of the staged names (listed in the staging
    graph with their keys; the evaluation starts there) to the articles that mention them and their partners. A
    pair of two staged names is found from each, and counted once (DISTINCT articles)."""
    stage = staging_graph(base)
    # The keys are compared once per pair. COALESCE with a value tells Oxigraph that the names are always bound,
    # which makes them join keys; the IF has a value whenever the comparison does, which is always.
    return f"""GRAPH <{stage}> {{ <{stage}> <{stage}/entity> ?z . ?z <{stage}/name> ?nz ; <{stage}/key> ?kz }}
          GRAPH ?g {{ ?article kg:mentions ?z, ?w ; a kg:Article }}
          {_named(base, "w", "nw")}
          FILTER(!sameTerm(?z, ?w))
          BIND(?kz < ?kw AS ?zFirst)
          BIND(COALESCE(IF(?zFirst, ?nz, ?nw), "") AS ?a)
          BIND(COALESCE(IF(?zFirst, ?nw, ?nz), "") AS ?b)"""


def _recorded(base: Base, pair: str, staged: bool) -> str:
    """Solutions (?{pair} ?a ?b ?recorded): the recorded pairs of the staged names (read from the names), or all of
    them (three scans, hash-joined: looking up each pair's names would take longer)."""
    ent, stage = base.entities_graph, staging_graph(base)
    if staged:
        return " UNION ".join(
            f"{{ GRAPH <{stage}> {{ <{stage}> <{stage}/name> ?{n} }} GRAPH <{ent}> {{ ?{pair} kg:{p} ?{n} ; "
            f"kg:firstOfPair ?a ; kg:secondOfPair ?b ; kg:sharedArticles ?recorded }} }}"
            for p, n in (("firstOfPair", "a"), ("secondOfPair", "b")))
    return " ".join(f"{{ SELECT ?{pair} ?{v} WHERE {{ GRAPH <{ent}> {{ ?{pair} kg:{p} ?{v} }} }} }}" for p, v in (
        ("firstOfPair", "a"), ("secondOfPair", "b"), ("sharedArticles", "recorded")))


def co_mentions_update(base: Base, scope: str, removals: bool = True) -> str:
    """Operations that recount the recorded pairs and the number recorded, and drop the staging graph: in `scope`
    "staged", the pairs of the staged names; "all", every pair; "empty", every pair into an emptied entities graph.
    Pairs that no longer recur are looked for only with `removals` (without dropped mentions, no count fell)."""
    ent, stage = base.entities_graph, staging_graph(base)
    staged = scope == "staged"
    expand = "" if not staged else f"""
        INSERT {{ GRAPH <{stage}> {{ <{stage}> <{stage}/entity> ?z . ?z <{stage}/name> ?nz ; <{stage}/key> ?kz }} }}
        WHERE {{ GRAPH <{stage}> {{ <{stage}> <{stage}/name> ?nz }} GRAPH <{ent}> {{ ?z kg:name ?nz ; a ?c }}
                 FILTER(?c IN ({PAIR_KINDS})) BIND(CONCAT(STR(?z), " ") AS ?kz) }} ;"""
    solutions = _staged_pairs(base) if staged else _all_pairs(base)
    counted = f"""{{ SELECT ?a ?b (COUNT(DISTINCT ?article) AS ?n) WHERE {{ {solutions} }}
            GROUP BY ?a ?b HAVING (COUNT(DISTINCT ?article) >= {RECURRING}) }}"""
    # Writing costs a recount most: a pair is written only when its count changed, and removed when it no longer
    # recurs. Recorded pairs are matched by their names, not by their IRI: a variable bound by an expression is no
    # join key to Oxigraph, which would compare each pair with every other.
    old = ("" if scope == "empty" else
           f"OPTIONAL {{ SELECT ?a ?b ?old ?recorded WHERE {{ {_recorded(base, 'old', staged)} }} }}")
    removed = "" if scope == "empty" or not removals else f"""
        DELETE {{ GRAPH <{ent}> {{ ?c ?p ?o }} }}
        WHERE {{ {{ SELECT DISTINCT ?c ?a ?b WHERE {{ {_recorded(base, 'c', staged)} }} }} MINUS {counted}
                 GRAPH <{ent}> {{ ?c ?p ?o }} }} ;"""
    # The same names, the same IRI.
    iri = f'IRI(CONCAT("{base.iri}comention/", MD5(CONCAT(STR(?a), "\\u001f", STR(?b)))))'
    return f"""{expand}
        {_event_names_update(base, scope)}
        DELETE {{ GRAPH <{ent}> {{ ?old kg:sharedArticles ?recorded }} }}
        INSERT {{ GRAPH <{ent}> {{ ?c kg:firstOfPair ?a ; kg:secondOfPair ?b ; kg:sharedArticles ?n }} }}
        WHERE {{ {counted} {old} FILTER(!BOUND(?recorded) || ?recorded != ?n) BIND({iri} AS ?c) }} ;{removed}
        DROP SILENT GRAPH <{stage}> ;
        DELETE WHERE {{ GRAPH <{ent}> {{ <{ent}> kg:recordedCoMentions ?recorded }} }} ;
        INSERT {{ GRAPH <{ent}> {{ <{ent}> kg:recordedCoMentions ?recorded }} }}
        WHERE {{ {{ SELECT (COUNT(?c) AS ?recorded) WHERE {{ GRAPH <{ent}> {{ ?c kg:sharedArticles ?n }} }} }} }}"""


def _event_names_update(base: Base, scope: str) -> str:
    """Operations that recount the articles of each event name (the staged ones, or all): the events of different
    articles are different entities that often share a name, which top-entities counts as one."""
    ent, stage = base.entities_graph, staging_graph(base)
    staged = f"GRAPH <{stage}> {{ <{stage}> <{stage}/name> ?name }}" if scope == "staged" else ""
    clear = "" if scope == "empty" else (
        f"DELETE {{ GRAPH <{ent}> {{ ?n ?p ?o }} }} WHERE {{ {staged} GRAPH <{ent}> {{ ?n kg:eventName ?name ; "
        f"?p ?o }} }} ;")
    return f"""{clear}
        INSERT {{ GRAPH <{ent}> {{ ?n kg:eventName ?name ; kg:eventArticles ?articles }} }}
        WHERE {{
          {{ SELECT ?name (COUNT(DISTINCT ?article) AS ?articles) WHERE {{ {staged}
               GRAPH <{ent}> {{ ?e a kg:Event ; kg:name ?name }}
               GRAPH ?g {{ ?article kg:mentions ?e ; a kg:Article }} }}
            GROUP BY ?name }}
          BIND(IRI(CONCAT("{base.iri}eventname/", MD5(STR(?name)))) AS ?n)
        }} ;"""


def people_lists(base: Base, values: str) -> str:
    """Operations that record the titles and the affiliations of each person (of the entities `values` binds to
    ?e, or of all) in the entities graph, each list distinct, sorted and joined by "; ": the columns of the people
    query, which gathering them from every article graph at query time made slow (130 ms on a million triples,
    against 65). A person's titles and affiliations come from the articles that mention the person, so refreshing
    the entities an article mentions keeps them exact; an organization's name is that of its IRI, given in each
    article that names it. Ends by marking the entities graph as one that records them."""
    ent, prefix = base.entities_graph, base.article_graph_prefix
    ops = []
    lists = (("titleList", "?e kg:jobTitle ?v"), ("affiliationList", "?e kg:affiliation ?o . ?o kg:name ?v"))
    for prop, pattern in lists:
        # Joined in the order of the sorted subquery (Oxigraph aggregates a group in the order rows come), sorted on
        # a key computed once per row: sorting on ?e ?v reads both strings from disk at every comparison, 3x slower.
        # IRIs hold no space, so the key orders each person's values.
        ops.append(f"""INSERT {{ GRAPH <{ent}> {{ ?e kg:{prop} ?list }} }}
        WHERE {{ SELECT ?e (GROUP_CONCAT(?v; separator="; ") AS ?list) WHERE {{
          SELECT DISTINCT ?e ?v ?key WHERE {{ {values} GRAPH ?g {{ {pattern} }}
            FILTER(STRSTARTS(STR(?g), "{prefix}")) BIND(CONCAT(STR(?e), " ", ?v) AS ?key) }}
          ORDER BY ?key }} GROUP BY ?e }}""")
    ops.append(f"INSERT DATA {{ GRAPH <{ent}> {{ <{ent}> <{PEOPLE_LISTS}> true }} }}")
    return " ;\n        ".join(ops)


def summary_missing(store) -> bool:
    """Whether the store holds articles but an entities graph made before co-mentions, event names and the lists
    of each person's titles and affiliations were recorded."""
    ent = store.base.entities_graph
    if store.query(f"ASK {{ GRAPH <{ent}> {{ <{ent}> <{RECORDED}> ?n ; <{PEOPLE_LISTS}> true }} }}", union=False):
        return False
    return bool(store.query(f"ASK {{ GRAPH ?g {{ ?a a <{KG}Article> }} }}", union=False))
