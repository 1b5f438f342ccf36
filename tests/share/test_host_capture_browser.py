"""A table host's capture page in a real browser: Debian's Chromium, headless at 360 px, with
JavaScript off (the plain form) and on, and at 200 % text. Screenshots go to
/tmp/host_capture_*.png."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.actions import host_links as link_actions
from facilitator.domain.entities import Contribution, Mitigation
from facilitator.storage import host_links, seating

from . import CHROMIUM, chromium, demo_file
from .input_helpers import InputServer

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


@pytest.fixture
def host_url(tmp_path):
    with InputServer(demo_file(tmp_path), input_on=False) as server:
        server.perform(lambda store: link_actions.create_links(store, 1))
        token = server.run(lambda store: host_links.live_link_of_table(
            store, seating.tables_of(store, 1)[2].id).token)
        yield server, f"http://127.0.0.1:{server.port}/h/{token}"


@pytest.mark.parametrize("script", [False, True], ids=["without-javascript", "with-javascript"])
def test_a_host_saves_a_risk_with_its_mitigations_from_the_phone(host_url, script):
    server, url = host_url
    with chromium() as phone:
        phone.call("Emulation.setScriptExecutionDisabled", {"value": not script})
        phone.call("Page.navigate", {"url": url})
        phone.wait_for("document.readyState === 'complete' && !!document.querySelector('form.send')")
        assert phone.evaluate("document.documentElement.lang") == "sv"
        assert phone.evaluate("document.querySelectorAll('input[name=kind]').length") == 6
        assert phone.evaluate("document.scrollingElement.scrollWidth") <= 360  # nothing wider than the phone
        phone.screenshot(Path(f"/tmp/host_capture_{'js' if script else 'nojs'}_empty.png"))
        phone.evaluate("document.querySelector('input[name=kind][value=risk]').click()")
        phone.evaluate("document.getElementById('text').value = 'Ingen läser protokollen efteråt'")
        phone.evaluate("document.getElementById('mitigations').value = 'Läs upp dem nästa gång\\nSkicka ut dem'")
        phone.evaluate("document.querySelector('form.send button[type=submit]').click()")
        phone.wait_for("location.search.indexOf('sent=risk') >= 0 && document.readyState === 'complete'"
                       " && !!document.getElementById('text')", 10)
        assert phone.evaluate("document.getElementById('notice').textContent").startswith("Sparad: Risk.")
        assert phone.evaluate("document.getElementById('text').value") == ""
        phone.screenshot(Path(f"/tmp/host_capture_{'js' if script else 'nojs'}_saved.png"))
        # 200 % text on a 320 px screen: still no sideways scrolling, no word one letter a line.
        phone.call("Emulation.setDeviceMetricsOverride",
                   {"width": 320, "height": 800, "deviceScaleFactor": 1, "mobile": True})
        phone.evaluate("document.documentElement.style.fontSize = '200%'")
        assert phone.evaluate("document.scrollingElement.scrollWidth") <= 320
        narrowest = phone.evaluate(
            "Math.min(...Array.from(document.querySelectorAll('h1, h2, label, button, p'))"
            ".filter(e => e.textContent.trim().length > 3).map(e => e.getBoundingClientRect().width))")
        assert narrowest > 40
        phone.screenshot(Path(f"/tmp/host_capture_{'js' if script else 'nojs'}_200.png"))
    (risk,) = server.run(lambda store: store.list(Contribution, "host_link_id IS NOT NULL"))
    assert (risk.kind, risk.text) == ("risk", "Ingen läser protokollen efteråt")
    assert server.run(lambda store: [m.text for m in store.list(Mitigation, "contribution_id = ?", (risk.id,),
                                                                 order_by="position")]) == [
        "Läs upp dem nästa gång", "Skicka ut dem"]
