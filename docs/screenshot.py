"""Take docs/view.png: a view of examples/ in headless Chromium.

Run: .venv/bin/kg build examples --store out/store && .venv/bin/python docs/screenshot.py out/store
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from kg.store import Store
from kg.view import ViewOptions, write_view

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def main(store: str, out: str = str(Path(__file__).parent / "view.png"), focus: str = "Nordvik Shipping",
         statements: str = "nodes", limit: str = "40") -> None:
    page_path = Path(tempfile.mkdtemp()) / "view.html"
    with Store.open(store) as st:
        write_view(st, page_path, ViewOptions(focus=[focus] if focus else [], depth=1, statements=statements,
                                              limit=int(limit)))
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 860}, device_scale_factor=1)
        page.goto(page_path.as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=60_000)
        speaker = page.evaluate("""() => {
            const said = Object.values(kgView.data.statements).map(s => s.speaker).filter(Boolean);
            const counts = {}; said.forEach(s => counts[s] = (counts[s] || 0) + 1);
            return Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0]; }""")
        page.evaluate("id => kgView.showPanel(id)", speaker)
        page.evaluate("id => kgView.network.selectNodes([id])", speaker)
        page.evaluate("kgView.network.fit()")
        page.wait_for_timeout(500)
        page.screenshot(path=out)
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
