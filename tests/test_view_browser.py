"""Generated pages opened in headless Chromium: they load offline, draw the graph, and run no article text."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from test_view_graph import HOSTILE_HEADLINE, HOSTILE_NAME, HOSTILE_QUOTE, make_store

from kg.namespaces import Base
from kg.store import Store
from kg.view import ViewOptions, write_view

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
BASE = Base()

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH or at /usr/bin/chromium: "
                                                "install Debian's chromium to run the browser tests"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (the test extra) is not installed")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class Page:
    """A page opened from a file, recording console messages, page errors, requests and dialogs."""

    def __init__(self, browser, path: Path):
        self.problems: list[str] = []
        self.requests: list[str] = []
        self.url = path.resolve().as_uri()
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.problems.append(m.text))
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.problems.append("dialog: " + d.message), d.dismiss()))
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-ready='1']", timeout=60_000)

    def eval(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def drawn(self) -> set[str]:
        return set(self.eval("Object.keys(kgView.network.getPositions())"))

    def node_point(self, node_id: str) -> tuple[float, float]:
        """Where a node is drawn, in page coordinates."""
        point = self.eval("""id => {
            const p = kgView.network.canvasToDOM(kgView.network.getPositions([id])[id]);
            const r = document.getElementById('graph').getBoundingClientRect();
            return [p.x + r.left, p.y + r.top]; }""", node_id)
        return point[0], point[1]

    def offline_and_quiet(self) -> None:
        assert self.problems == []
        assert self.requests == [self.url]
        assert self.eval("window.__pwned") is None


@pytest.fixture(scope="module")
def hostile_page(browser, tmp_path_factory):
    folder = tmp_path_factory.mktemp("page")
    with Store.open(make_store(folder / "store")) as st:
        write_view(st, folder / "view.html")
    page = Page(browser, folder / "view.html")
    yield page
    page.page.close()


def test_page_loads_offline_with_no_console_errors_and_draws_the_entities(hostile_page):
    drawn = hostile_page.drawn()
    for kind, name in [("Person", "Ada Lovelace"), ("Organization", "Norwegian Dockworkers Union"),
                       ("Place", "Oslo"), ("Event", "Strike talks"), ("Person", HOSTILE_NAME)]:
        assert BASE.entity(kind, name) in drawn
    assert BASE.statement("strike", 1) in drawn
    neighbours = hostile_page.eval("id => kgView.network.getConnectedNodes(id)", BASE.entity("Person", "Ada Lovelace"))
    assert BASE.statement("strike", 1) in neighbours and BASE.entity("Organization", "Ministry") in neighbours
    hostile_page.offline_and_quiet()


def test_hover_and_click_on_hostile_nodes_run_no_script_and_show_the_text(hostile_page):
    page = hostile_page.page
    mallory = BASE.entity("Person", HOSTILE_NAME)
    hostile_page.eval("id => kgView.network.focus(id, {scale: 1.5})", mallory)
    page.mouse.move(*hostile_page.node_point(mallory))
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    assert HOSTILE_NAME in page.inner_text("div.vis-tooltip")
    page.mouse.click(*hostile_page.node_point(mallory))
    page.wait_for_selector("#panel:not([hidden])")
    panel = page.inner_text("#panel")
    assert HOSTILE_NAME in panel and "<i>Chief</i>" in panel
    assert HOSTILE_QUOTE.replace("\u2028", "").split(" & ")[0] in panel
    assert page.locator("#panel img, #panel script, #panel b, #panel i").count() == 0
    hostile_page.eval("id => kgView.showPanel(id)", BASE.entity("Person", "Charles Babbage"))
    assert HOSTILE_HEADLINE in page.inner_text("#panel")
    assert page.locator("#panel img, #panel script, #panel b").count() == 0
    hostile_page.offline_and_quiet()


def test_side_panel_shows_a_statement_with_its_article(hostile_page):
    page = hostile_page.page
    statement = BASE.statement("strike", 1)
    hostile_page.eval("id => kgView.network.focus(id, {scale: 1.5})", statement)
    page.mouse.click(*hostile_page.node_point(statement))
    page.wait_for_selector("#panel:not([hidden])")
    panel = page.inner_text("#panel")
    assert "“The strike must end”" in panel
    assert "Ada Lovelace insist" in panel and "Port strike halts Oslo harbour" in panel


def test_search_focuses_a_node_and_kind_filters_hide_nodes(hostile_page):
    page = hostile_page.page
    page.fill("#search", "ndu")
    page.press("#search", "Enter")
    union = BASE.entity("Organization", "Norwegian Dockworkers Union")
    assert hostile_page.eval("kgView.network.getSelectedNodes()") == [union]
    assert "Norwegian Dockworkers Union" in page.inner_text("#panel h2")
    page.uncheck("#legend input[data-kind='Place']")
    assert hostile_page.eval("id => kgView.nodes.get(id).hidden", BASE.entity("Place", "Oslo")) is True
    page.check("#legend input[data-kind='Place']")
    page.check("#collapse")
    labels = hostile_page.eval("kgView.edges.get().map(e => e.label)")
    assert "insist" in labels and "about" not in labels
    edge = hostile_page.eval("kgView.edges.get().find(e => e.label === 'insist').id")
    hostile_page.eval("id => kgView.showEdgePanel(id)", edge)
    assert "The strike must end" in page.inner_text("#panel")
    page.uncheck("#collapse")
    hostile_page.offline_and_quiet()


def test_large_view_draws_without_physics_within_seconds(browser, tmp_path):
    store = make_store(tmp_path / "store", synthetic(600, 9))
    started = time.perf_counter()
    with Store.open(store) as st:
        report = write_view(st, tmp_path / "big.html", ViewOptions(limit=0))
    assert report.entities >= 3000
    page = Page(browser, tmp_path / "big.html")
    seconds = time.perf_counter() - started
    assert page.eval("kgView.data.physics") is False
    assert len(page.drawn()) == report.entities + report.statements
    assert seconds < 30, f"a {report.entities}-entity view took {seconds:.1f}s to write and draw"
    page.offline_and_quiet()
    page.page.close()


def synthetic(articles: int, per_article: int):
    """Many articles sharing a pool of people and organizations, each with a statement."""
    from test_view_graph import article, person, statement

    from kg.records import Entity

    out = []
    for a in range(articles):
        people = [person(f"Person {(a * 5 + i * 37) % 4000}") for i in range(per_article - 2)]
        orgs = [Entity("Organization", f"Org {(a * 3 + i) % 900}") for i in range(2)]
        stmts = [statement(f"Statement {a}", 0, [1, per_article - 1])]
        out.append(article(f"a{a}", f"Article {a}", f"2026-{a % 12 + 1:02d}-01", people + orgs, stmts))
    return out


def test_view_of_the_examples_draws_who_said_what(browser, examples_store, tmp_path):
    with Store.open(examples_store) as st:
        report = write_view(st, tmp_path / "examples.html")
    assert report.statements > 0
    page = Page(browser, tmp_path / "examples.html")
    names = set(page.eval("Object.keys(kgView.network.getPositions()).map(id => kgView.nodes.get(id).label)"))
    assert {"Nordvik Shipping", "Sigrid Haugland", "Lars Eklund"} <= names
    haugland = page.eval("kgView.data.nodes.find(n => n.label === 'Sigrid Haugland').id")
    page.eval("id => kgView.network.focus(id, {scale: 1.5})", haugland)
    page.page.mouse.click(*page.node_point(haugland))
    page.page.wait_for_selector("#panel:not([hidden])")
    assert "statements by sigrid haugland" in page.page.inner_text("#panel").lower()
    page.offline_and_quiet()
    page.page.close()
