"""A participant's phone: Debian's Chromium, headless at 360 px, driven over DevTools.

Opens the join page, follows the live page, sees a change arrive live, and saves a screenshot
(under the test's tmp_path, and at /tmp/share_phone.png for a person to look at).
"""

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from facilitator.domain.entities import AgendaItem, Contribution, MeetingTimer
from facilitator.share.server import ShareServer
from facilitator.share.snapshot import build_snapshot
from facilitator.storage.process_store import ProcessStore

from . import CHROMIUM, chromium, demo_file
from .server_helpers import sharing

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

LIVE = "(function(){var n=document.getElementById('connection');return !!n && n.className.indexOf('live')>=0})()"
POLLING = "(function(){var n=document.getElementById('connection');return !!n && n.className.indexOf('polling')>=0})()"


def text_shown(text: str) -> str:
    return f"document.body.innerText.indexOf({text!r}) >= 0"


@pytest.fixture
def demo(tmp_path):
    store = ProcessStore.open(demo_file(tmp_path))
    item = [a for a in store.list(AgendaItem, "meeting_id = 1") if a.round_number == 2][0]
    store.insert(MeetingTimer(meeting_id=1, agenda_item_id=item.id, state="running",
                              started_at=datetime.now().isoformat(timespec="seconds"), elapsed_seconds=95))
    yield store
    store.close()


@pytest.fixture
def server(demo):
    with sharing(demo) as shared_server:
        yield shared_server


def test_join_and_live_pages_on_a_phone(demo, server, tmp_path):
    server, snapshot = server
    root = f"http://127.0.0.1:{server.port}/m/{snapshot.token}/"
    with chromium() as phone:
        phone.call("Page.navigate", {"url": root})
        phone.wait_for(LIVE)
        assert phone.evaluate("document.documentElement.lang") == "sv"
        assert phone.evaluate("document.querySelector('h1').textContent") == "World Café: Lika rätt i Ekbacka"
        assert phone.evaluate(text_shown("Vad händer med resultaten?"))
        assert phone.evaluate("document.querySelectorAll('#tables a').length") == 6
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360  # nothing wider than the phone
        phone.screenshot(tmp_path / "phone_join.png")

        phone.call("Page.navigate", {"url": root + "live"})
        phone.wait_for(LIVE)
        phone.wait_for(text_shown("Omgång 2: 18:"))  # the countdown of the running round
        assert phone.evaluate(text_shown("Frågan just nu"))

        # The coordinator releases a contribution: the live stream brings it to the phone (this page
        # does not poll; how fast: benchmarks/bench_share.py).
        text = "<script>document.title='hackad'</script> Öppet hus i stadshuset <b>varje</b> månad"
        demo.insert(Contribution(meeting_id=1, kind="idea", round_id=2, table_id=3, question_id=2, published=True,
                                 text=text))
        server.publish(build_snapshot(demo, 1))
        phone.wait_for(text_shown("Öppet hus i stadshuset"), timeout=30)  # a hang guard only
        assert phone.evaluate(LIVE)  # still on the live stream
        assert phone.evaluate(text_shown("<script>document.title='hackad'</script>"))  # shown as text
        assert phone.evaluate(text_shown("<b>varje</b>"))
        assert phone.evaluate("document.querySelectorAll('script:not([type=\"application/json\"])').length") == 1
        assert phone.evaluate("document.querySelectorAll('main b').length") == 0
        assert phone.evaluate("document.title") != "hackad"
        assert phone.evaluate("document.getElementById('announcer').textContent") in ("", "Ett nytt bidrag.")
        phone.wait_for("document.getElementById('announcer').textContent === 'Ett nytt bidrag.'")
        assert phone.evaluate("document.querySelectorAll('.contribution.fresh').length") == 1
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360
        phone.evaluate("document.querySelector('.contribution.fresh').scrollIntoView({block: 'center'})")
        shot = phone.screenshot(tmp_path / "phone_live.png")
        shutil.copyfile(shot, "/tmp/share_phone.png")
        phone.evaluate("window.scrollTo(0, 0)")
        phone.screenshot(tmp_path / "phone_live_top.png")
        shutil.copyfile(tmp_path / "phone_live_top.png", "/tmp/share_phone_top.png")

        # English by the switch at the top (a plain link); the choice stays for the next page.
        phone.evaluate("document.querySelector('details.languages a[hreflang=en]').click()")
        phone.wait_for("location.search === '?lang=en' && document.readyState === 'complete'")
        phone.wait_for(text_shown("The question right now"))
        assert phone.evaluate("document.documentElement.lang") == "en"
        phone.call("Page.navigate", {"url": root + "table/3"})
        phone.wait_for(LIVE)
        phone.wait_for(text_shown("Notes from this table"))
        assert phone.evaluate("document.querySelector('h1').textContent") == "Table 3: Ängsgården"
        assert phone.evaluate(text_shown("Öppet hus i stadshuset"))

        # Sharing stops: the page says so.
        server.withdraw(snapshot.token)
        phone.wait_for(text_shown("no longer shared"), timeout=3)
    assert Path("/tmp/share_phone.png").stat().st_size > 10_000


def test_polling_fallback_and_check_page_in_chromium(demo):
    """With live streams refused (a network that holds them back), pages poll every second."""
    server = ShareServer(stream_limit=0)
    server.start("127.0.0.1", 0)
    try:
        snapshot = build_snapshot(demo, 1)
        server.publish(snapshot)
        with chromium(language="en-GB,en") as phone:
            phone.call("Page.navigate", {"url": f"http://127.0.0.1:{server.port}/m/{snapshot.token}/live"})
            phone.wait_for(POLLING)
            assert phone.evaluate("document.documentElement.lang") == "en"  # the phone's language
            demo.insert(Contribution(meeting_id=1, kind="note", text="Pollad anteckning", published=True))
            server.publish(build_snapshot(demo, 1))
            phone.wait_for(text_shown("Pollad anteckning"), timeout=30)  # a hang guard only
            assert phone.evaluate(POLLING)  # brought by the polling fallback

            phone.call("Page.navigate", {"url": f"http://127.0.0.1:{server.port}/check"})
            phone.wait_for(text_shown("The computer answered in"))
    finally:
        server.stop()


@pytest.mark.slow
def test_check_page_confirms_live_updates(demo):
    seen = []
    server = ShareServer(on_check=seen.append)
    server.start("127.0.0.1", 0)
    try:
        with chromium() as phone:
            phone.call("Page.navigate", {"url": f"http://127.0.0.1:{server.port}/check"})
            phone.wait_for(text_shown("Direktuppdateringar fungerar"))
            phone.wait_for(text_shown("Datorn svarade på"))
        assert seen == ["127.0.0.1"]
    finally:
        server.stop()


def test_a_table_page_shows_the_theme_the_table_took(demo, tmp_path):
    """A café run as a self-assessment: the phone at a table shows its theme, key factor and
    guiding questions."""
    from facilitator.domain.entities import Assessment, CafeTable, TableTheme

    assessment = demo.insert(Assessment(meeting_id=1, scope="7"))
    table = demo.list(CafeTable, "meeting_id = 1", order_by="position")[1]
    demo.insert(TableTheme(assessment_id=assessment.id, table_id=table.id, theme=7))
    with sharing(demo) as (server, snapshot), chromium() as phone:
        root = f"http://127.0.0.1:{server.port}/m/{snapshot.token}/"
        phone.call("Page.navigate", {"url": root + "table/2"})
        phone.wait_for(LIVE)
        phone.wait_for(text_shown("Temat vid bordet"))
        assert phone.evaluate(text_shown("07 Kommunal anställning"))
        assert phone.evaluate(text_shown("Kommunen marknadsför sig aktivt som arbetsgivare"))
        assert phone.evaluate(text_shown("7.3 Har kommunen metoder"))
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360
        phone.evaluate("document.getElementById('theme-section').scrollIntoView()")
        shot = phone.screenshot(tmp_path / "phone_theme.png")
        if Path("/tmp/assessment-shots").is_dir():
            shutil.copyfile(shot, "/tmp/assessment-shots/phone_theme.png")
        phone.call("Page.navigate", {"url": root + "table/3"})  # a table without a theme
        phone.wait_for(LIVE)
        assert phone.evaluate("document.getElementById('theme-section').hidden")
