"""The results site in a real browser, opened from ``file://`` as a person opens an unpacked
zip: Debian's Chromium, headless, at 360 px and at 200 % text, in Swedish and English.

axe-core checks every kind of page when its script is at hand (``FACILITATOR_AXE_JS``, or
``build/axe/node_modules/axe-core/axe.min.js`` after ``npm install --prefix build/axe
axe-core@4.14.1``); the test says so when it is not. Screenshots at 360 and 1280 px go to
/tmp/results_site_*.png for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.export.results_site import write_site
from facilitator.share.results_pages import site_pages
from facilitator.storage.process_store import ProcessStore

from . import CHROMIUM, chromium, demo_file
from .site_helpers import hostile_process
from .test_phone_input_browser import AXE, run_axe

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

PAGES = ("index.html", "moten/1/index.html", "en/index.html", "en/moten/1/index.html")
LOADED = "document.readyState === 'complete' && !!document.getElementById('main')"


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site-browser")
    made = {}
    for name, path in (("demo", demo_file(folder)), ("hostile", hostile_process(folder))):
        store = ProcessStore.open(path)
        try:
            made[name] = write_site(site_pages(store), folder / f"site-{name}")
        finally:
            store.close()
    return made


def test_the_pages_open_from_file_and_load_nothing_from_elsewhere(sites, tmp_path):
    with chromium() as phone:
        phone.call("Network.enable")
        for name, site in sites.items():
            for page in PAGES:
                phone.events.clear()
                phone.call("Page.navigate", {"url": (site / page).as_uri()})
                phone.wait_for(LOADED)
                assert phone.evaluate("location.protocol") == "file:"
                requested = [event["params"]["request"]["url"] for event in phone.events
                             if event.get("method") == "Network.requestWillBeSent"]
                assert any(url.endswith("/style.css") for url in requested), (name, page, requested)
                assert all(url.startswith("file://") for url in requested), (name, page, requested)
                assert phone.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(244, 245, 247)"
                assert phone.evaluate("document.scripts.length") == 0
                assert phone.evaluate("document.documentElement.scrollWidth") <= 360, (name, page)
                expected = "en" if page.startswith("en/") else "sv"
                assert phone.evaluate("document.documentElement.lang") == expected
        # The language switch and the way back to the plan work from file:// too.
        phone.call("Page.navigate", {"url": (sites["demo"] / "moten/1/index.html").as_uri()})
        phone.wait_for(LOADED)
        phone.evaluate("document.querySelector('nav.languages a').click()")
        phone.wait_for("location.href.endsWith('/en/moten/1/index.html') && document.readyState === 'complete'")
        assert phone.evaluate("document.querySelector('h2').textContent") == "What became of the ideas?"
        phone.evaluate("document.querySelector('nav.links a').click()")
        phone.wait_for("location.href.endsWith('/en/index.html') && document.readyState === 'complete'")
        assert phone.evaluate("document.querySelector('h1').textContent") == "What happened to the proposals?"
        phone.evaluate("document.querySelector('.meeting-list a').click()")
        phone.wait_for("/\\/en\\/moten\\/\\d+\\/index\\.html$/.test(location.href) && document.readyState === 'complete'")
        # Hostile text stays text.
        phone.call("Page.navigate", {"url": (sites["hostile"] / "moten/1/index.html").as_uri()})
        phone.wait_for(LOADED)
        assert phone.evaluate("document.body.innerText.indexOf(\"<script>alert('site')</script>\") >= 0")
        assert phone.evaluate("document.querySelectorAll('main img, main script, main a[href^=\"http\"]').length") == 0
        assert phone.evaluate("document.title").startswith("Café <i>om</i>")


@pytest.mark.skipif(not AXE.exists(), reason=f"axe-core is not at {AXE} (npm install --prefix build/axe axe-core)")
def test_axe_finds_no_violations_in_either_language_at_360_px_and_200_percent_text(sites):
    axe = AXE.read_text(encoding="utf-8")
    found = {}
    with chromium() as phone:
        for name, site in sites.items():
            for page in PAGES:
                phone.call("Page.navigate", {"url": (site / page).as_uri()})
                phone.wait_for(LOADED)
                phone.evaluate(axe)
                for zoom in ("100%", "200%"):
                    phone.evaluate(f"document.documentElement.style.fontSize = '{zoom}'")
                    passes, violations = run_axe(phone)
                    assert passes > 10, (name, page, zoom)  # axe ran its rules
                    if violations:
                        found[(name, page, zoom)] = violations
                    width = phone.evaluate("document.documentElement.scrollWidth")
                    assert width <= 360, (name, page, zoom, width)
    assert found == {}


def test_screenshots_at_360_and_1280_px(sites):
    shots = []
    for width in (360, 1280):
        with chromium(width=width, height=900) as browser:
            for page in ("index.html", "moten/1/index.html", "en/moten/1/index.html"):
                browser.call("Page.navigate", {"url": (sites["demo"] / page).as_uri()})
                browser.wait_for(LOADED)
                if width > 600:
                    browser.call("Emulation.setDeviceMetricsOverride",
                                 {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
                path = Path(f"/tmp/results_site_{page.replace('/', '_').removesuffix('.html')}_{width}.png")
                shots.append(browser.screenshot(path))
                assert browser.evaluate("document.documentElement.scrollWidth") <= width
    assert all(shot.stat().st_size > 5_000 for shot in shots)
