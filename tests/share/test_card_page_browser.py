"""The rotation card's page and the table host's page in a real browser: Debian's Chromium,
headless. axe-core finds no violation on the card page in every participant language and on
the host page in Swedish and English, at 360 px and at 200 % text; at 200 % on a 320 px screen
nothing is wider than the phone and no word stands one letter a line. Screenshots (the whole
page) go to /tmp/card_<language>_320_200.png and /tmp/host_<language>_320_200.png."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.actions import host_links as link_actions
from facilitator.domain.entities import PersonalCode
from facilitator.share.phone_texts import HOST_LANGUAGES, LANGUAGES
from facilitator.storage import host_links, seating

from . import CHROMIUM, chromium, demo_file
from .input_helpers import InputServer
from .test_phone_input_browser import AXE, run_axe

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed"),
    pytest.mark.skipif(not AXE.exists(), reason=f"axe-core is not at {AXE} (npm install --prefix build/axe axe-core)"),
]

#: Whole words, no letter alone: the narrowest text box with more than three letters.
NARROWEST = ("Math.min(...Array.from(document.querySelectorAll('h1, h2, label, legend, button, p, summary'))"
             ".filter(e => e.textContent.trim().length > 3 && e.getClientRects().length)"
             ".map(e => e.getBoundingClientRect().width))")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """(the card page's address, the host page's address) of a demo meeting."""
    with InputServer(demo_file(tmp_path_factory.mktemp("cards")), input_on=False) as server:
        server.perform(lambda store: link_actions.create_links(store, 1))
        server.perform(lambda store: link_actions.ensure_personal_codes(store, 1))
        code = server.run(lambda store: store.list(PersonalCode, "meeting_id = 1", order_by="id")[0].code)
        token = server.run(lambda store: host_links.live_link_of_table(
            store, seating.tables_of(store, 1)[2].id).token)
        root = f"http://127.0.0.1:{server.port}"
        yield f"{root}/p/{code}", f"{root}/h/{token}"


def check(url: str, language: str, shot: Path | None) -> dict:
    """axe-core at 360 px with the text at 100 % and 200 %, then 200 % on 320 px: the
    violations found, by zoom (the layout is asserted here)."""
    found = {}
    with chromium() as phone:
        phone.call("Page.navigate", {"url": f"{url}?lang={language}"})
        phone.wait_for("document.readyState === 'complete' && !!document.getElementById('main')")
        expected = language if language in LANGUAGES else "en"
        assert phone.evaluate("document.documentElement.lang") == expected
        assert phone.evaluate("document.documentElement.dir") == ("rtl" if expected in ("ar", "fa") else "ltr")
        # Long words of the page's own texts break with a hyphen where the browser knows the
        # language's rules; a text someone wrote (dir="auto": a title, a table's name) does not.
        assert phone.evaluate("getComputedStyle(document.querySelector('h1')).hyphens") == "auto"
        kept = phone.evaluate("Array.from(document.querySelectorAll('[dir=auto], textarea'))"
                              ".map(e => getComputedStyle(e).hyphens)")
        assert kept and set(kept) == {"manual"}, kept
        phone.evaluate(AXE.read_text(encoding="utf-8"))
        for zoom in ("100%", "200%"):
            phone.evaluate(f"document.documentElement.style.fontSize = '{zoom}'")
            passes, violations = run_axe(phone)
            assert passes > 10, (language, zoom)  # axe ran its rules
            if violations:
                found[zoom] = violations
            assert phone.evaluate("document.scrollingElement.scrollWidth") <= 360, (language, zoom)
        phone.call("Emulation.setDeviceMetricsOverride",
                   {"width": 320, "height": 800, "deviceScaleFactor": 1, "mobile": True})
        assert phone.evaluate("document.scrollingElement.scrollWidth") <= 320, language
        assert phone.evaluate(NARROWEST) > 40, language
        if shot is not None:  # the whole page, not only the first screen
            height = phone.evaluate("document.scrollingElement.scrollHeight")
            phone.call("Emulation.setDeviceMetricsOverride",
                       {"width": 320, "height": min(int(height), 4000), "deviceScaleFactor": 1, "mobile": True})
            phone.screenshot(shot)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_card_page_has_no_axe_violation_in_any_language(pages, language):
    card, _ = pages
    shot = Path(f"/tmp/card_{language}_320_200.png")
    assert check(card, language, shot) == {}


@pytest.mark.parametrize("language", HOST_LANGUAGES)
def test_the_host_page_has_no_axe_violation_in_swedish_and_english(pages, language):
    _, host = pages
    assert check(host, language, Path(f"/tmp/host_{language}_320_200.png")) == {}
