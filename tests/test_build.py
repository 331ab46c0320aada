"""Building a store: incremental, idempotent, atomic per article, one writer at a time."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg.articles import source_name
from kg.build import build
from kg.query import run
from kg.store import Store, StoreBusy

ARTICLE = """Harbour authority approves new terminal

ROTTERDAM, May 4, 2026 — The Port of Rotterdam approved a new container terminal on Monday, its chief executive
Maarten de Vries said. "This terminal doubles our capacity," de Vries told reporters.
"""


def select(store_path, sparql: str) -> list[dict[str, str]]:
    with Store.open(store_path) as st:
        result = run(st, sparql)
        names = [v.value for v in result.variables]
        return [{n: sol[n].value for n in names if sol[n] is not None} for sol in result]


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_build_stores_each_article_in_its_own_graph(tmp_path, store_path, nlp):
    a = write(tmp_path, "a.txt", ARTICLE)
    b = write(tmp_path, "b.txt", ARTICLE.replace("Monday", "Tuesday"))
    report = build([str(a), str(b)], store_path)
    assert (report.built, report.unchanged, report.skipped) == (2, 0, [])
    rows = select(store_path, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a kg:Article } } GROUP BY ?g")
    assert len(rows) == 2 and all(r["n"] == "1" for r in rows)
    entities = select(store_path, "SELECT ?name WHERE { GRAPH ?g { ?e kg:name ?name } "
                                  "FILTER(STRENDS(STR(?g), '/graph/entities')) }")
    assert {"name": "Port of Rotterdam"} in entities


def test_second_build_adds_nothing_and_skips_the_nlp(tmp_path, store_path, nlp, monkeypatch):
    a = write(tmp_path, "a.txt", ARTICLE)
    first = build([str(a)], store_path)
    with Store.open(store_path) as st:
        before = len(st)

    def no_nlp(*args, **kwargs):
        raise AssertionError("an unchanged article must not be analyzed again")

    monkeypatch.setattr("kg.build.analyze", no_nlp)
    second = build([str(a)], store_path)
    assert first.built == 1
    assert (second.built, second.unchanged, second.added) == (0, 1, 0)
    with Store.open(store_path) as st:
        assert len(st) == before


def test_changed_article_replaces_its_own_graph(tmp_path, store_path, nlp):
    a = write(tmp_path, "a.txt", ARTICLE)
    build([str(a)], store_path)
    a.write_text(ARTICLE.replace("doubles our capacity", "triples our capacity"), encoding="utf-8")
    report = build([str(a)], store_path)
    assert (report.built, report.replaced) == (1, 1)
    texts = [r["t"] for r in select(store_path, "SELECT ?t WHERE { ?s a kg:Quotation ; kg:text ?t }")]
    assert any("triples our capacity" in t for t in texts)
    assert not any("doubles" in t for t in texts)
    assert len(select(store_path, "SELECT ?a WHERE { ?a a kg:Article }")) == 1


def test_same_article_twice_in_one_batch_is_built_once(tmp_path, store_path, nlp):
    a = write(tmp_path, "a.txt", ARTICLE)
    b = write(tmp_path, "copy.txt", ARTICLE)
    report = build([str(a), str(b)], store_path)
    assert report.built == 1
    [skipped] = report.skipped
    assert skipped.source == source_name(b) and "same article" in skipped.reason


def test_failed_build_leaves_no_part_of_an_article(tmp_path, store_path, nlp, monkeypatch):
    a = write(tmp_path, "a.txt", ARTICLE)
    build([str(a)], store_path)
    with Store.open(store_path) as st:
        before = set(map(str, st.inner))
    from kg import mapping

    def broken(ex, base):
        quads = mapping.article_quads(ex, base)
        yield from quads[: len(quads) // 2]
        raise RuntimeError("disk full")

    monkeypatch.setattr("kg.build.article_quads", broken)
    a.write_text(ARTICLE.replace("Monday", "Friday"), encoding="utf-8")
    with pytest.raises(RuntimeError, match="disk full"):
        build([str(a)], store_path)
    monkeypatch.undo()
    with Store.open(store_path, write=True) as st:  # opening for writing clears what the failed run left
        after = set(map(str, st.inner))
    flag = "entitiesOutOfDate"
    assert {q for q in after if flag not in q} == {q for q in before if flag not in q}


def test_second_writer_stops_with_a_clear_message(tmp_path, store_path, nlp):
    a = write(tmp_path, "a.txt", ARTICLE)
    build([str(a)], store_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom kg.store import Store\n"
         f"with Store.open({str(store_path)!r}, write=True):\n    print('locked', flush=True)\n    time.sleep(30)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreBusy, match="in use"):
            build([str(a)], store_path)
        with pytest.raises(StoreBusy, match="--wait"):
            build([str(a)], store_path, wait=0.5)
    finally:
        holder.kill()
        holder.wait()
    assert build([str(a)], store_path).unchanged == 1


def test_remove_deletes_the_article_and_what_only_it_supported(tmp_path, store_path, nlp):
    a = write(tmp_path, "a.txt", ARTICLE)
    other = write(tmp_path, "b.txt", "Dutch court rules on strike\n\nAMSTERDAM — A court in Amsterdam ruled on "
                                     "Friday that the strike was lawful, judge Femke Bakker said.")
    build([str(a), str(other)], store_path)
    with Store.open(store_path, write=True) as st:
        [key] = st.find_articles(str(a))
        st.remove_article(key)
        st.refresh_entities()
    names = {r["n"] for r in select(store_path, "SELECT ?n WHERE { ?e kg:name ?n }")}
    assert "Port of Rotterdam" not in names
    assert "Amsterdam" in names


def test_unknown_model_is_a_clear_error(tmp_path, store_path):
    from kg.nlp import ModelNotFound

    a = write(tmp_path, "a.txt", ARTICLE)
    with pytest.raises(ModelNotFound, match="--model"):
        build([str(a)], store_path, model="xx_no_such_model")


OTHER = """Dutch court rules on strike

AMSTERDAM — A court in Amsterdam ruled on Friday that the strike was lawful, judge Femke Bakker said.
"""


def entity_names(store_path) -> set[str]:
    return {r["n"] for r in select(store_path, "SELECT ?n WHERE { GRAPH ?g { ?e kg:name ?n } "
                                               "FILTER(STRENDS(STR(?g), '/graph/entities')) }")}


def test_an_article_the_graph_cannot_hold_is_skipped_and_the_rest_is_built(tmp_path, store_path, nlp):
    """Reading refuses bad URLs; should one still reach the mapping (a library caller's analyzer), only that
    article is skipped."""
    import dataclasses

    from kg.build import analyze

    a = write(tmp_path, "a.txt", ARTICLE)
    b = write(tmp_path, "b.txt", OTHER)

    def analyzer(articles, model, jobs):
        for ex in analyze(articles, model, jobs):
            if ex.article.source == source_name(a):
                ex.article = dataclasses.replace(ex.article, url="https://example.org/a b")
            yield ex

    report = build([str(a), str(b)], store_path, analyzer=analyzer)
    assert report.built == 1
    [skipped] = report.skipped
    assert skipped.source == source_name(a) and "cannot be put in the graph" in skipped.reason
    assert "Femke Bakker" in entity_names(store_path)


def test_a_build_stopped_part_way_leaves_an_up_to_date_entities_graph(tmp_path, store_path, nlp, monkeypatch):
    from kg import mapping

    a = write(tmp_path, "a.txt", ARTICLE)
    b = write(tmp_path, "b.txt", OTHER)
    calls = []

    def interrupted(ex, base):
        calls.append(ex.article.source)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return mapping.article_quads(ex, base)

    monkeypatch.setattr("kg.build.article_quads", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build([str(a), str(b)], store_path)
    # Read without writing (a writer would repair the store on opening): the first article's entities are there.
    assert "Port of Rotterdam" in entity_names(store_path)
    assert not select(store_path, "SELECT ?s WHERE { ?s kg:entitiesOutOfDate ?o }")


def test_a_write_that_fails_stops_the_build_with_its_error_and_the_articles_before_it_stay_whole(
        tmp_path, store_path, nlp, monkeypatch):
    from kg.store import LocalStore

    a = write(tmp_path, "a.txt", ARTICLE)
    b = write(tmp_path, "b.txt", OTHER)
    put = LocalStore.put_article
    calls = []

    def failing(self, key, quads, replaces=()):
        calls.append(key)
        if len(calls) == 2:  # (the writer thread runs this; the build must still raise it)
            raise OSError("disk full")
        put(self, key, quads, replaces)

    monkeypatch.setattr(LocalStore, "put_article", failing)
    with pytest.raises(OSError, match="disk full"):
        build([str(a), str(b)], store_path)
    assert "Port of Rotterdam" in entity_names(store_path)
    assert not select(store_path, "SELECT ?s WHERE { ?s kg:entitiesOutOfDate ?o }")
    with Store.open(store_path) as st:
        assert st.article_state(calls[0]) is not None and st.article_state(calls[1]) is None


def test_a_line_inserted_above_jsonl_articles_without_ids_loses_none_of_them(tmp_path, store_path, nlp):
    import json

    def line(title: str, day: str) -> str:
        return json.dumps({"title": title, "text": f"OSLO, March {day}, 2026 — Anna Berg said the {title} would "
                                                   f"open on Monday."})

    wire = tmp_path / "wire.jsonl"
    wire.write_text(line("bridge", "3") + "\n" + line("tunnel", "4") + "\n", encoding="utf-8")
    build([str(wire)], store_path)
    wire.write_text(line("harbour", "5") + "\n" + line("bridge", "3") + "\n" + line("tunnel", "4") + "\n",
                    encoding="utf-8")
    report = build([str(wire)], store_path)
    assert (report.built, report.unchanged) == (1, 2)
    titles = {r["t"] for r in select(store_path, "SELECT ?t WHERE { ?a a kg:Article ; kg:headline ?t }")}
    assert titles == {"bridge", "tunnel", "harbour"}


def test_worker_processes_extract_what_this_process_does_and_leave_nothing_running(nlp):
    """The workers are forked from a fork server that loaded the model once (kg.preload); the server is stopped,
    and waited for, when the analysis ends."""
    import multiprocessing.forkserver

    from kg.articles import make_article
    from kg.build import analyze
    from kg.nlp import DEFAULT_MODEL

    articles = [make_article(f"Story {i}", body, f"s{i}.txt") for i, body in enumerate(
        [ARTICLE.split("\n", 2)[2], OTHER.split("\n", 2)[2]] * 3)]
    here = list(analyze(articles, DEFAULT_MODEL, 1))
    there = list(analyze(articles, DEFAULT_MODEL, 2))

    def summary(ex):
        return (ex.article.source, sorted((e.kind, e.name) for e in ex.entities),
                [(s.speaker, s.cue, s.content.text) for s in ex.statements])

    assert [summary(ex) for ex in there] == [summary(ex) for ex in here]
    assert any(ex.entities for ex in there)
    assert multiprocessing.forkserver._forkserver._forkserver_pid is None
