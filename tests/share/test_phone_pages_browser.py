"""The live page on a small phone: where the meeting is, jump links, the offline notice at the
top, and text at 200 % on a 320 px screen that never breaks letter by letter (headless Chromium)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from facilitator.domain.entities import Contribution
from facilitator.share import phone_texts
from facilitator.share import server as server_module
from facilitator.share.server import ShareServer
from facilitator.share.snapshot import build_snapshot
from facilitator.storage.process_store import ProcessStore

from . import CHROMIUM, chromium, demo_file

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

READY = "(function(){var n=document.getElementById('connection');return !!n && /live|polling/.test(n.className)})()"
#: Every text whose lines outnumber its words with few letters a line: a word broken letter
#: by letter in a box narrower than it. (A word longer than the screen is wide, such as
#: "Diskrimineringsombudsmannen" at 200 %, may break where it must, in long pieces.)
NARROW = """(function(){var out=[];var walker=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT);
while(walker.nextNode()){var t=walker.currentNode;var text=t.textContent.trim();if(!text){continue;}
var el=t.parentElement;if(!el||el.closest('.visually-hidden,[hidden],script,.skip')){continue;}
var r=document.createRange();r.selectNodeContents(t);var lines={};
[].forEach.call(r.getClientRects(),function(b){if(b.width>0){lines[Math.round(b.top)]=1;}});
var count=Object.keys(lines).length;var words=text.split(/\\s+/).length;
if(count>words&&text.length/count<6){out.push([el.tagName+'#'+el.id+'.'+el.className,count,words,text.slice(0,30)]);}}
return JSON.stringify(out);})()"""


@pytest.fixture
def demo(tmp_path):
    store = ProcessStore.open(demo_file(tmp_path))
    yield store
    store.close()


def test_live_page_without_a_timer_shows_the_question_and_jump_links(demo):
    server = ShareServer()
    server.start("127.0.0.1", 0)
    try:
        snapshot = build_snapshot(demo, 1)
        assert snapshot.data.get("timer") is None  # no round is timed
        server.publish(snapshot)
        with chromium(width=320) as phone:
            phone.call("Page.navigate", {"url": f"http://127.0.0.1:{server.port}/m/{snapshot.token}/live"})
            phone.wait_for(READY)
            assert phone.evaluate("document.getElementById('questions-section').hidden") is False
            shown = phone.evaluate("document.querySelectorAll('#questions .question').length")
            assert shown == len(snapshot.data["questions"]) > 0
            jumps = json.loads(phone.evaluate(
                "JSON.stringify([].map.call(document.querySelectorAll('nav.jump a'), a => a.getAttribute('href')))"))
            assert jumps[:2] == ["#questions-section", "#contributions-section"]
            phone.evaluate("document.querySelector('nav.jump a[href=\"#contributions-section\"]').click()")
            phone.wait_for("location.hash === '#contributions-section'")
            assert phone.evaluate("document.activeElement.id") == "contributions-section"
            # At 200 % text on 320 px: nothing wider than the screen, no word broken letter by letter.
            for lang in ("sv", "ar", "sv-x-easy", "uk"):
                phone.call("Page.navigate", {"url": f"http://127.0.0.1:{server.port}/m/{snapshot.token}/live?lang={lang}"})
                phone.wait_for(READY)
                phone.evaluate("document.documentElement.style.fontSize = '200%'")
                phone.evaluate("document.querySelector('details.languages').open = true")
                assert phone.evaluate("document.documentElement.scrollWidth") <= 320, lang
                assert json.loads(phone.evaluate(NARROW)) == [], lang
            phone.screenshot(Path("/tmp/phone_live_320_200_uk.png"))
    finally:
        server.stop()


def test_offline_notice_at_the_top_is_read_out(demo):
    server = ShareServer()
    server.start("127.0.0.1", 0)
    snapshot = build_snapshot(demo, 1)
    server.publish(snapshot)
    with chromium() as phone:
        phone.call("Page.navigate", {"url": f"http://127.0.0.1:{server.port}/m/{snapshot.token}/live?lang=fa"})
        phone.wait_for(READY)
        assert phone.evaluate("document.getElementById('offline').textContent") == ""
        assert phone.evaluate("document.getElementById('offline').getBoundingClientRect().height") == 0
        phone.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        server.stop()  # the laptop is gone (asleep, another network)
        offline = phone_texts.text("fa", "offline")
        phone.wait_for(f"document.getElementById('offline').textContent === {offline!r}", timeout=8)
        banner = json.loads(phone.evaluate(
            "(function(){var n=document.getElementById('offline');var r=n.getBoundingClientRect();"
            "return JSON.stringify([n.getAttribute('role'),n.getAttribute('aria-live'),Math.round(r.top),"
            "Math.round(r.height),window.scrollY])})()"))
        role, live, top, height, scrolled = banner
        assert role == "status" and live == "polite"
        assert scrolled > 0 and top == 0 and height > 20  # seen at the top although the page is scrolled down
        phone.screenshot(Path("/tmp/phone_offline_fa.png"))


def test_a_phone_without_live_streams_sees_a_change_when_it_is_published(demo, monkeypatch):
    """A browser without EventSource (or a network that holds streams back) polls; the server
    holds each poll until something changes, so the change arrives when it is published. The
    hold is made longer than the wait here, so the change can only have come by the held poll's
    answer (how fast: benchmarks/bench_share.py, its long-polling half)."""
    monkeypatch.setattr(server_module, "LONG_POLL", 120.0)
    server = ShareServer()
    server.start("127.0.0.1", 0)
    try:
        snapshot = build_snapshot(demo, 1)
        server.publish(snapshot)
        with chromium() as phone:
            phone.call("Page.addScriptToEvaluateOnNewDocument", {"source": "delete window.EventSource;"})
            phone.call("Page.navigate", {"url": f"http://127.0.0.1:{server.port}/m/{snapshot.token}/live"})
            phone.wait_for(READY)
            assert phone.evaluate("typeof window.EventSource") == "undefined"
            deadline = time.monotonic() + 30  # a hang guard: until the page's poll is held by the server
            while server.stats()["streams"] != 1:
                assert time.monotonic() < deadline, "the page's poll was never held"
                time.sleep(0.05)
            demo.insert(Contribution(meeting_id=1, kind="note", text="Hållen fråga kom fram", published=True))
            server.publish(build_snapshot(demo, 1))
            phone.wait_for("document.body.innerText.indexOf('Hållen fråga kom fram') >= 0", timeout=30)
            assert server.stats()["streams"] <= 1  # and it asks again, held again
    finally:
        server.stop()
