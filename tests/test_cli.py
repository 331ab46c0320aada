"""Every command through the CLI, checked through the store, not only the printed text."""

from __future__ import annotations

import json
import subprocess
import sys

import rdflib
from conftest import EXAMPLES
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.articles import source_name
from kg.cli import EXIT_SKIPPED, app
from kg.query import rows, run
from kg.store import Store

runner = CliRunner()


def kg(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_help_does_not_import_spacy_pyvis_or_networkx():
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom kg.cli import app\n"
            "r = CliRunner().invoke(app, ['--help'])\nassert r.exit_code == 0, r.output\n"
            "print(sorted(m for m in ('spacy', 'pyvis', 'networkx', 'rdflib', 'pyshacl') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_build_then_query_export_view_stats_validate(tmp_path, nlp):
    store = str(tmp_path / "store")
    result = kg("build", str(EXAMPLES), "--store", store)
    assert result.exit_code == 0, result.output
    assert "built" in result.output

    again = kg("build", str(EXAMPLES), "--store", store)
    assert again.exit_code == 0 and "+0 triples" in again.output

    q = kg("query", "top-entities", "--store", store, "--format", "json")
    assert q.exit_code == 0, q.output
    assert json.loads(q.stdout)["results"]["bindings"]

    ttl = tmp_path / "graph.ttl"
    assert kg("export", "--store", store, "-o", str(ttl)).exit_code == 0
    first = ttl.read_bytes()
    assert kg("export", "--store", store, "-o", str(ttl)).exit_code == 0
    assert ttl.read_bytes() == first, "Turtle of the same store must be byte-for-byte the same"
    nq = tmp_path / "graph.nq"
    assert kg("export", "--store", store, "-o", str(nq)).exit_code == 0
    union = rdflib.Graph()
    for s, p, o, _ in rdflib.Dataset().parse(nq, format="nquads").quads():
        union.add((s, p, o))
    assert isomorphic(union, rdflib.Graph().parse(ttl, format="turtle"))
    jsonld = tmp_path / "graph.jsonld"
    assert kg("export", "--store", store, "-o", str(jsonld)).exit_code == 0
    assert len(rdflib.Dataset().parse(jsonld, format="json-ld")) > 0

    html = tmp_path / "view.html"
    v = kg("view", "--store", store, "-o", str(html))
    assert v.exit_code == 0, v.output
    assert "<html" in html.read_text(encoding="utf-8").lower()

    s = kg("stats", "--store", store)
    assert s.exit_code == 0 and "Person" in s.output

    val = kg("validate", "--store", store)
    assert val.exit_code == 0, val.output
    assert "no violations" in val.output


def test_build_with_bad_inputs_builds_the_rest_and_exits_with_skipped_code(tmp_path, nlp):
    good = tmp_path / "good.txt"
    good.write_text("Council approves budget\n\nLEEDS — The city council approved its budget on Monday, "
                    "council leader Imogen Hart said.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    store = str(tmp_path / "store")
    result = kg("build", str(tmp_path), "--store", store)
    assert result.exit_code == EXIT_SKIPPED
    assert "empty.txt" in result.output and "empty file" in result.output
    with Store.open(store) as st:
        _, found = rows(run(st, "SELECT ?h WHERE { ?a kg:headline ?h }"))
    assert found == [["Council approves budget"]]


def test_build_from_stdin(tmp_path, nlp):
    store = str(tmp_path / "store")
    line = json.dumps({"id": "x1", "title": "Mayor resigns", "text": "The mayor of Turin, Paolo Conti, resigned."})
    result = kg("build", "-", "--store", store, input=line + "\n")
    assert result.exit_code == 0, result.output
    with Store.open(store) as st:
        _, found = rows(run(st, "SELECT ?i WHERE { ?a kg:identifier ?i }"))
    assert found == [["x1"]]


def test_query_reads_stdin_and_files_and_reports_syntax_errors(examples_store, tmp_path):
    store = str(examples_store)
    from_stdin = kg("query", "--store", store, "--format", "csv", input="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert from_stdin.exit_code == 0 and from_stdin.stdout.startswith("n")
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?name WHERE { ?p a kg:Person ; kg:name ?name }")
    from_file = kg("query", "-f", str(rq), "--store", store, "--format", "tsv")
    assert from_file.exit_code == 0 and len(from_file.stdout.splitlines()) > 1
    bad = kg("query", "SELECT ?x WHERE { ?x ?y }", "--store", store)
    assert bad.exit_code == 1 and "line 1, column" in bad.output


def test_query_list_names_the_shipped_queries(examples_store):
    result = kg("query", "--list")
    assert result.exit_code == 0 and "who-said-what" in result.output


def test_missing_store_is_a_clear_error(tmp_path):
    result = kg("stats", "--store", str(tmp_path / "nowhere"))
    assert result.exit_code == 1 and "kg build" in result.output


def test_remove_unknown_article_changes_nothing(tmp_path, nlp):
    store = str(tmp_path / "store")
    f = tmp_path / "a.txt"
    f.write_text("Bank raises rates\n\nFRANKFURT — The bank raised rates, its president Lena Vogel said.")
    assert kg("build", str(f), "--store", store).exit_code == 0
    with Store.open(store) as st:
        before = len(st)
    result = kg("remove", "no-such-article", "--store", store)
    assert result.exit_code == 1 and "nothing was removed" in result.output
    assert kg("remove", str(f), "--store", store).exit_code == 0
    with Store.open(store) as st:
        assert before > 0 and not st.article_keys()


def test_export_format_from_extension_or_option(examples_store, tmp_path):
    bad = kg("export", "--store", str(examples_store), "-o", str(tmp_path / "graph.xyz"))
    assert bad.exit_code == 1 and "--format" in bad.output
    trig = tmp_path / "graph.xyz"
    ok = kg("export", "--store", str(examples_store), "-o", str(trig), "--format", "trig")
    assert ok.exit_code == 0
    assert len(list(rdflib.Dataset().parse(trig, format="trig").graphs())) > 2


def test_installed_command_runs_in_a_fresh_process(examples_store):
    """CliRunner shares this process's imports; a real `python -m kg` run catches import-order bugs."""
    listed = subprocess.run([sys.executable, "-m", "kg", "query", "--list"], capture_output=True, text=True)
    assert listed.returncode == 0, listed.stderr
    assert "statements-by" in listed.stdout
    csv_out = subprocess.run([sys.executable, "-m", "kg", "query", "top-entities", "--store", str(examples_store),
                              "--format", "csv"], capture_output=True, text=True)
    assert csv_out.returncode == 0, csv_out.stderr
    assert csv_out.stdout.splitlines()[0] == "name,kind,articles"


def test_eval_scores_the_extractor_on_annotated_articles(nlp):
    data = EXAMPLES.parent / "tests" / "data"
    result = kg("eval", str(data / "gold"), str(data / "articles"), "--json")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    # Held-out articles the extractor was not tuned on: floors well under today's figures, to catch a collapse.
    assert figures["entities_micro"]["f1"] >= 0.8
    assert figures["statements"]["f1"] >= 0.75
    verbose = kg("eval", str(data / "gold"), str(data / "articles"), "--verbose")
    plain = kg("eval", str(data / "gold"), str(data / "articles"))
    assert verbose.exit_code == 0 and "F1" in verbose.output
    # --verbose lists each miss and false positive above the same table.
    extra = verbose.output.replace(plain.output, "").strip().splitlines()
    assert extra and all(("missed" in line or "not in gold" in line or "wrong" in line or "duplicate" in line)
                         for line in extra)


def test_eval_reports_articles_it_could_not_read(tmp_path, nlp):
    data = EXAMPLES.parent / "tests" / "data"
    result = kg("eval", str(data / "gold"), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1  # none of the articles exists: nothing to score
    assert "no such file" in result.output
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = kg("eval", str(data / "gold"), str(empty))
    assert result.exit_code == EXIT_SKIPPED
    assert "empty file" in result.output


def test_public_names_do_not_hide_submodules():
    import importlib

    import kg

    for name in ("build", "export", "stats", "query", "store", "view"):
        module = importlib.import_module(f"kg.{name}")
        assert getattr(kg, name, module) is module, f"kg.{name} is not the module"


def test_import_kg_loads_no_stage_until_one_of_its_names_is_used():
    code = ("import sys\nimport kg\n"
            "print(sorted(m for m in ('kg.build', 'kg.store', 'kg.export', 'kg.query', 'kg.stats', 'kg.articles', "
            "'pyoxigraph') if m in sys.modules))\n"
            "import kg.build, kg.export, kg.query, kg.records, kg.stats, kg.store\n"
            "print(kg.build_store is kg.build.build, kg.export_store is kg.export.export, kg.run_query is kg.query.run,"
            " kg.store_stats is kg.stats.stats, kg.Store is kg.store.Store, kg.Span is kg.records.Span)\n"
            "print(all(getattr(kg, name) is not None for name in kg.__all__), set(kg.__all__) <= set(dir(kg)))\n"
            "try:\n    kg.no_such_name\nexcept AttributeError as err:\n    print(err)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "True True True True True True", "True True",
                                "module 'kg' has no attribute 'no_such_name'"]


def test_commands_refuse_bad_arguments_without_side_effects(tmp_path, examples_store):
    nowhere = tmp_path / "nowhere"
    removed = kg("remove", "foo", "--store", str(nowhere))
    assert removed.exit_code == 1 and "no kg store" in removed.output and not nowhere.exists()
    article = tmp_path / "a.txt"
    article.write_text("T\n\nBody.", encoding="utf-8")
    based = kg("build", str(article), "--store", str(nowhere), "--base", "not an iri")
    assert based.exit_code == 1 and "base IRI" in based.output and not nowhere.exists()
    assert kg("stats", "--top", "-1", "--store", str(examples_store)).exit_code == 2
    empty = kg("show", "", "--store", str(examples_store))
    assert empty.exit_code == 2 and "empty" in empty.output
    bad_rq = tmp_path / "q.rq"
    bad_rq.write_bytes(b"\xff\xfe\x00S")
    assert "not UTF-8" in kg("query", "-f", str(bad_rq), "--store", str(examples_store)).output
    unwritable = kg("export", "-o", str(tmp_path / "no" / "such" / "dir" / "x.ttl" / "y.ttl"), "--store",
                    str(tmp_path / "missing"))
    assert unwritable.exit_code == 1 and "Traceback" not in unwritable.output


def test_export_format_takes_extension_names(examples_store):
    result = kg("export", "--format", "nq", "--store", str(examples_store))
    assert result.exit_code == 0
    assert len(rdflib.Dataset().parse(data=result.stdout, format="nquads")) > 0


def test_remove_by_a_file_name_with_spaces(tmp_path, nlp):
    f = tmp_path / "name with spaces ü.txt"
    f.write_text("Council meets\n\nLEEDS — The council met on Monday, its leader Imogen Hart said.")
    store = str(tmp_path / "store")
    assert kg("build", str(f), "--store", store).exit_code == 0
    result = kg("remove", str(f), "--store", store)
    assert result.exit_code == 0, result.output
    with Store.open(store) as st:
        assert not st.article_keys()


def test_skip_messages_print_user_text_as_written_not_as_markup(tmp_path, nlp):
    """A source field or file name with brackets in it is the user's text: rich must not read it as markup."""
    line = {"title": "Port reopens", "text": "OSLO, March 3, 2026 — The port reopened, harbour master Anna Berg said.",
            "source": "Wire [/] Service"}
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(line) + "\n" + json.dumps(line) + "\n", encoding="utf-8")
    (tmp_path / "[red]x.txt").write_bytes(b"")
    store = str(tmp_path / "store")
    result = kg("build", str(tmp_path), "--store", store)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "(Wire [/] Service): the same article as" in result.output
    assert "[red]x.txt: empty file" in result.output
    with Store.open(store) as st:
        _, found = rows(run(st, "SELECT ?h WHERE { ?a kg:headline ?h }"))
    assert found == [["Port reopens"]]
    # Query results in a table are data too: a headline in brackets prints as it is.
    table = kg("query", "SELECT ?s WHERE { ?a kg:sourceName ?s }", "--format", "table", "--store", store)
    assert table.exit_code == 0 and "(Wire [/] Service)" in table.output


def test_an_article_with_a_bad_url_is_skipped_and_the_rest_builds(tmp_path, nlp):
    feed = tmp_path / "a.jsonl"
    feed.write_text("\n".join(json.dumps(o) for o in [
        {"title": "Good one", "text": "OSLO, March 3, 2026 — Anna Berg said the plan would work.",
         "url": "https://example.org/good"},
        {"title": "Spaced url", "text": "OSLO, March 3, 2026 — Lars Olsen said the plan would fail.",
         "url": "https://example.org/a b"},
        {"title": "No url", "text": "OSLO, March 3, 2026 — Kari Lund said the plan would wait.",
         "url": "example.org/c"},
    ]) + "\n", encoding="utf-8")
    store = str(tmp_path / "store")
    result = kg("build", str(feed), str(EXAMPLES / "2026-03-03-oslo-port-strike.txt"), "--store", store)
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert f"{source_name(feed)}:3: 'url' 'example.org/c' is not a valid IRI" in result.output
    with Store.open(store) as st:
        _, urls = rows(run(st, "SELECT ?h ?u WHERE { ?a kg:headline ?h OPTIONAL { ?a kg:url ?u } } ORDER BY ?h"))
        graph = st.base.entities_graph
        _, people = rows(run(st, f"SELECT ?n WHERE {{ GRAPH <{graph}> {{ ?e a kg:Person ; kg:name ?n }} }}"))
    assert [u for _, u in urls if u] == ["https://example.org/good", "https://example.org/a%20b"]
    assert len(urls) == 3  # the two articles with a URL, and the example file after them
    assert {"Anna Berg", "Lars Olsen", "Sigrid Haugland"} <= {n for [n] in people}


def test_legacy_encoded_files_are_stored_as_written(tmp_path, nlp):
    (tmp_path / "cz.txt").write_bytes("Praha schválila rozpočet\n\nPRAHA - Zastupitelstvo schválilo rozpočet na příští "
                                      "rok, řekl primátor.".encode("iso8859_2"))
    (tmp_path / "ru.txt").write_bytes("Забастовка в порту\n\nМОСКВА - Рабочие порта начали забастовку в среду."
                                      .encode("koi8_r"))
    store = str(tmp_path / "store")
    assert kg("build", str(tmp_path), "--store", store).exit_code == 0
    with Store.open(store) as st:
        _, found = rows(run(st, "SELECT ?h WHERE { ?a kg:headline ?h } ORDER BY ?h"))
    assert found == [["Praha schválila rozpočet"], ["Забастовка в порту"]]


def stored(store: str, sparql: str) -> list[list[str]]:
    with Store.open(store) as st:
        return rows(run(st, sparql))[1]


def test_a_file_is_the_same_source_however_its_path_is_spelled(tmp_path, nlp, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    story = tmp_path / "a" / "story.txt"
    story.write_text("Council approves budget\n\nLEEDS — The council approved its budget, leader Imogen Hart said.",
                     encoding="utf-8")
    store = "store"
    assert kg("build", "a", "--store", store).exit_code == 0
    story.write_text("Council approves budget\n\nLEEDS — The council approved its budget, leader Imogen Hart said "
                     "on Monday.", encoding="utf-8")
    second = kg("build", "./a/story.txt", "--store", store)
    assert second.exit_code == 0 and "1 replaced" in second.output, second.output
    story.write_text("Council approves budget\n\nLEEDS — The council approved its budget, leader Imogen Hart said "
                     "on Tuesday.", encoding="utf-8")
    assert "1 replaced" in kg("build", str(story), "--store", store).output
    assert stored(store, "SELECT ?s WHERE { ?a kg:sourceName ?s }") == [["a/story.txt"]]  # relative, never /tmp/...
    assert "Tuesday" in stored(store, "SELECT ?t WHERE { ?a kg:analyzedText ?t }")[0][0]
    for spelling in ("./a/story.txt", str(story), "a/../a/story.txt"):
        assert kg("build", "a", "--store", store).exit_code == 0
        removed = kg("remove", spelling, "--store", store)
        assert removed.exit_code == 0, removed.output
        assert stored(store, "SELECT ?a WHERE { ?a a kg:Article }") == []


def test_jsonl_articles_are_found_by_id_line_and_file(tmp_path, nlp, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "wire.jsonl").write_bytes((EXAMPLES / "wire.jsonl").read_bytes())
    ids = [json.loads(line)["id"] for line in (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines()]
    store = "store"
    assert kg("build", "examples", "--store", store).exit_code == 0
    assert len(ids) >= 3 and len(stored(store, "SELECT ?a WHERE { ?a a kg:Article }")) == len(ids)
    # The given id is kept beside the URL that identifies the article.
    assert sorted(i for [i] in stored(store, "SELECT ?i WHERE { ?a kg:sourceId ?i }")) == sorted(ids)

    view = kg("view", "--article", ids[2], "--store", store, "-o", "one.html")
    assert view.exit_code == 0, view.output
    assert kg("view", "--article", "examples/wire.jsonl:3", "--store", store, "-o", "two.html").exit_code == 0

    def headlines() -> set[str]:
        return {h for [h] in stored(store, "SELECT ?h WHERE { ?a kg:headline ?h }")}

    before = headlines()
    first = kg("remove", ids[0], "--store", store)
    assert first.exit_code == 0 and "removed 1 article" in first.output, first.output
    assert kg("remove", "examples/wire.jsonl:2", "--store", store).exit_code == 0
    assert len(headlines()) == len(ids) - 2 and headlines() < before
    rest = kg("remove", "./examples/wire.jsonl", "--store", store)
    assert rest.exit_code == 0 and f"removed {len(ids) - 2} article" in rest.output, rest.output
    assert headlines() == set()


def test_files_of_a_folder_that_kg_does_not_read_are_listed_as_skipped(tmp_path, nlp, monkeypatch):
    monkeypatch.chdir(tmp_path)
    news = tmp_path / "news"
    news.mkdir()
    (news / "story.txt").write_text("Council meets\n\nLEEDS — The council met, leader Imogen Hart said.")
    (news / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (news / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (news / "NOTES").write_text("to do")
    result = kg("build", "news", "--store", "news/store")  # the store inside the folder is not an input
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "3 skipped" in result.output
    for name, what in [("scan.pdf", ".pdf files"), ("photo.png", ".png files"), ("NOTES", "files without an exte")]:
        assert f"news/{name}: unsupported format: kg does not read {what}" in result.output
    assert "news/store" not in result.output.replace("--store news/store", "")
    assert stored("news/store", "SELECT ?h WHERE { ?a kg:headline ?h }") == [["Council meets"]]
    again = kg("build", "news", "--store", "news/store")
    assert again.exit_code == EXIT_SKIPPED and "CURRENT" not in again.output and "kg.lock" not in again.output


def test_construct_and_describe_give_turtle_whatever_stdout_is(examples_store):
    store = str(examples_store)
    for sparql in ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 40",
                   "DESCRIBE ?p WHERE { ?p a kg:Person } LIMIT 1"):
        result = kg("query", "--store", store, input=sparql)  # CliRunner's stdout is no terminal
        assert result.exit_code == 0, result.output
        assert len(rdflib.Graph().parse(data=result.stdout, format="turtle")) > 0
    nt = kg("query", "--store", store, "--format", "ntriples", "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 5")
    assert nt.exit_code == 0 and len(rdflib.Graph().parse(data=nt.stdout, format="nt")) == 5
    rows_out = kg("query", "--store", store, "SELECT ?t WHERE { ?s a ?t } LIMIT 1")
    assert rows_out.exit_code == 0 and rows_out.stdout.startswith("t\n")  # a SELECT in a pipe is still CSV
    help_text = kg("query", "--help").output
    assert "turtle" in help_text and "ntriples" in help_text


def test_an_interrupted_build_says_what_it_kept(tmp_path, nlp, monkeypatch):
    from kg import mapping

    a = tmp_path / "a.txt"
    a.write_text("Council approves budget\n\nLEEDS — The council approved its budget, leader Imogen Hart said.")
    b = tmp_path / "b.txt"
    b.write_text("Court rules on strike\n\nAMSTERDAM — A court ruled the strike lawful, judge Femke Bakker said.")
    calls = []

    def interrupted(ex, base):  # Ctrl-C arrives while the second article is being written
        calls.append(ex)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return mapping.article_quads(ex, base)

    monkeypatch.setattr("kg.build.article_quads", interrupted)
    store = str(tmp_path / "store")
    result = kg("build", str(a), str(b), "--store", store)
    assert result.exit_code == 130
    assert "interrupted: 1 article(s) written in this build are kept, each whole" in result.output
    assert "run the same kg build again" in result.output
    assert stored(store, "SELECT ?h WHERE { ?a kg:headline ?h }") == [["Council approves budget"]]
    assert ["Imogen Hart"] in stored(store, "SELECT ?n WHERE { GRAPH <https://kg.example.org/id/graph/entities> "
                                            "{ ?e kg:name ?n } }")


def test_a_build_of_paths_that_do_not_exist_stops_before_making_a_store(tmp_path):
    store = tmp_path / "store"
    result = kg("build", str(tmp_path / "nope.txt"), str(tmp_path / "gone"), "--store", str(store))
    assert result.exit_code == 1
    assert f"no such file or folder: {tmp_path / 'nope.txt'}, {tmp_path / 'gone'}" in result.output
    assert not store.exists()


def test_build_help_shows_the_jobs_default():
    text = " ".join(kg("build", "--help").output.replace("│", " ").split())
    assert "[default: one per core; small builds use one]" in text


def test_a_remote_timeout_that_is_no_number_is_named(monkeypatch):
    monkeypatch.setenv("KG_REMOTE_TIMEOUT", "abc")
    result = kg("stats", "--store", "http://127.0.0.1:9")
    assert result.exit_code == 1
    assert "KG_REMOTE_TIMEOUT='abc' is not a number of seconds" in result.output and "120" in result.output
    assert "could not convert" not in result.output


def test_view_takes_kinds_in_any_case_and_names_dates_in_the_wrong_order(examples_store, tmp_path):
    store = str(examples_store)
    lower = kg("view", "--kind", "person", "--store", store, "-o", str(tmp_path / "a.html"))
    upper = kg("view", "--kind", "PERSON", "--store", store, "-o", str(tmp_path / "b.html"))
    proper = kg("view", "--kind", "Person", "--store", store, "-o", str(tmp_path / "c.html"))
    assert lower.exit_code == upper.exit_code == proper.exit_code == 0, lower.output
    drawn = [r.output.split(":")[1].split(" in ")[0] for r in (lower, upper, proper)]
    assert drawn[0] == drawn[1] == drawn[2] and "entities" in drawn[0]
    assert kg("view", "--kind", "persons", "--store", store, "-o", str(tmp_path / "d.html")).exit_code == 1
    swapped = kg("view", "--since", "2026-06-01", "--until", "2026-03-01", "--store", store,
                 "-o", str(tmp_path / "e.html"))
    assert swapped.exit_code == 1
    assert "--since 2026-06-01 is later than --until 2026-03-01" in swapped.output
    assert "min-articles" not in swapped.output
