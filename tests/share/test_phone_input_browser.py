"""Sending ideas and dots in a real browser: Debian's Chromium, headless at 360 px.

Without JavaScript the plain form posts and the page comes back with its notice; with it the
form is sent without leaving the page. axe-core checks every participant page in every
language, at 360 px and at 200 % text, when its script is at hand (``FACILITATOR_AXE_JS``, or
``build/axe/node_modules/axe-core/axe.min.js`` after ``npm install --prefix build/axe
axe-core``); the test says so when it is not. Screenshots go to /tmp/phone_input_*.png.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from facilitator.domain.entities import PhoneSubmission
from facilitator.share.phone_texts import LANGUAGES

from . import CHROMIUM, chromium, demo_file
from .input_helpers import InputServer

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

ROOT = Path(__file__).resolve().parents[2]
AXE = Path(os.environ.get("FACILITATOR_AXE_JS") or ROOT / "build" / "axe" / "node_modules" / "axe-core" / "axe.min.js")


@pytest.fixture
def served(tmp_path):
    with InputServer(demo_file(tmp_path)) as server:
        yield server


def texts(server) -> list[str]:
    return server.run(lambda store: [s.text for s in store.list(PhoneSubmission)])


def evaluate_async(phone, expression: str):
    result = phone.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True, "returnByValue": True},
                        timeout=60)
    if "exceptionDetails" in result:
        raise RuntimeError(result["exceptionDetails"])
    return result["result"].get("value")


def run_axe(phone) -> tuple[int, list]:
    """axe-core's rules on the page (its script already evaluated there): (how many passed,
    the violations as [rule, [the elements]])."""
    result = evaluate_async(phone, "axe.run(document).then(r => JSON.stringify([r.passes.length, "
                                   "r.violations.map(v => [v.id, v.nodes.map(n => n.target.join(' '))])]))")
    passes, violations = json.loads(result)
    return passes, violations


def test_the_plain_form_without_javascript(served):
    root = f"http://127.0.0.1:{served.port}/m/{served.token}/"
    with chromium() as phone:
        phone.call("Emulation.setScriptExecutionDisabled", {"value": True})
        phone.call("Page.navigate", {"url": root + "table/3/say"})
        phone.wait_for("document.readyState === 'complete' && !!document.querySelector('form.send')")
        phone.evaluate("document.getElementById('text').value = 'Läxhjälp på biblioteket, utan JavaScript'")
        phone.evaluate("document.querySelector('form.send button[type=submit]').click()")
        phone.wait_for("location.search.indexOf('sent=idea') >= 0 && document.readyState === 'complete'"
                       " && !!document.getElementById('text')", 10)
        notice = phone.evaluate("document.getElementById('notice').textContent")
        assert notice.startswith("Tack! Din idé har kommit fram.")
        assert phone.evaluate("document.getElementById('text').value") == ""
        phone.screenshot(Path("/tmp/phone_input_say_nojs.png"))
        # A dot, the plain way.
        phone.call("Page.navigate", {"url": root + "vote"})
        phone.wait_for("document.readyState === 'complete' && !!document.querySelector('form.vote')")
        phone.evaluate("document.querySelector('form.vote button[value=dot]').click()")
        phone.wait_for("location.search.indexOf('sent=dot') >= 0 && document.readyState === 'complete'"
                       " && !!document.querySelector('.yours')", 10)
        assert phone.evaluate("document.getElementById('notice').textContent") == "Din prick är räknad. Du har 2 kvar."
        assert phone.evaluate("document.querySelector('.yours').textContent") == "Dina prickar: 1"
    assert texts(served) == ["Läxhjälp på biblioteket, utan JavaScript"]


def test_with_javascript_the_page_stays(served):
    root = f"http://127.0.0.1:{served.port}/m/{served.token}/"
    with chromium(language="en-GB,en") as phone:
        phone.call("Page.navigate", {"url": root + "say"})
        phone.wait_for("document.readyState === 'complete' && !!document.querySelector('form[data-bound]')")
        assert phone.evaluate("document.documentElement.lang") == "en"
        phone.evaluate("window.stayed = true; document.getElementById('text').value = 'Sent by the script'")
        phone.evaluate("document.querySelector('form.send button[type=submit]').click()")
        phone.wait_for("document.getElementById('notice').textContent.indexOf('Thank you!') === 0", 10)
        assert phone.evaluate("window.stayed === true && location.search === ''")  # no reload
        assert phone.evaluate("document.getElementById('text').value") == ""
        phone.screenshot(Path("/tmp/phone_input_say_js.png"))
        phone.call("Page.navigate", {"url": root + "vote"})
        phone.wait_for("document.readyState === 'complete' && !!document.querySelector('form.vote[data-bound]')")
        phone.evaluate("window.stayed = true; document.querySelector('form.vote button[value=dot]').click()")
        phone.wait_for("(document.querySelector('.yours') || {}).textContent === 'Your dots: 1'", 10)
        assert phone.evaluate("window.stayed === true")
        phone.wait_for("document.getElementById('notice').textContent === 'Your dot is counted. You have 2 left.'")
        phone.screenshot(Path("/tmp/phone_input_vote_js.png"))
    assert texts(served) == ["Sent by the script"]


@pytest.mark.skipif(not AXE.exists(), reason=f"axe-core is not at {AXE} (npm install --prefix build/axe axe-core)")
@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violations_in_every_language_at_360_px_and_200_percent_text(served, language):
    """Every participant page, in every language, at 360 px and with the text at 200 %: no
    axe-core violation and nothing wider than the phone. The language is chosen once by the
    switch's ``?lang=`` and remembered (cookie) for the pages after. Screenshots of Arabic,
    Tigrinya and lättläst go to /tmp/phone_<language>_<page>.png."""
    root = f"http://127.0.0.1:{served.port}/m/{served.token}/"
    axe = AXE.read_text(encoding="utf-8")
    found = {}
    with chromium() as phone:
        phone.call("Page.navigate", {"url": root + f"?lang={language}"})
        phone.wait_for("document.readyState === 'complete' && !!document.getElementById('main')")
        for path in ("", "live", "table/2", "say", "table/2/say", "vote", "say?sent=idea", "vote?sent=dot&left=2"):
            phone.call("Page.navigate", {"url": root + path})
            phone.wait_for("document.readyState === 'complete' && !!document.getElementById('main')")
            if path in ("", "live", "table/2"):  # filled by app.js from the laptop's state
                phone.wait_for("(document.getElementById('connection') || {}).className.indexOf('connecting') < 0")
            assert phone.evaluate("document.documentElement.lang") == language, path
            assert phone.evaluate("document.documentElement.dir") == ("rtl" if language in ("ar", "fa") else "ltr")
            if language in ("ar", "ti", "sv-x-easy") and path in ("", "live", "say", "vote"):
                phone.screenshot(Path(f"/tmp/phone_{language}_{path or 'join'}.png"))
            phone.evaluate(axe)
            for zoom in ("100%", "200%"):
                phone.evaluate(f"document.documentElement.style.fontSize = '{zoom}'")
                passes, violations = run_axe(phone)
                assert passes > 10, (language, path, zoom)  # axe ran its rules
                if violations:
                    found[(path, zoom)] = violations
                width = phone.evaluate("document.documentElement.scrollWidth")
                assert width <= 360, (language, path, zoom, width)  # nothing wider than the phone
            if path == "vote" and language == "sv":
                phone.screenshot(Path("/tmp/phone_input_vote_200.png"))
    assert found == {}
