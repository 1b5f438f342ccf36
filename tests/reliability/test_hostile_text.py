"""Hostile text everywhere: control characters, emoji, right-to-left text, 100,000
characters (in storage; the window takes a note up to its limit, domain/limits.py). Stored and read back exactly, shown by the capture list, exported, and served to
phones as valid JSON, without breaking anything (property-based, with hypothesis)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from facilitator.domain import limits
from facilitator.domain.entities import Contribution, Meeting, Participant
from facilitator.export.csv_export import FORMULA_STARTS, safe_cell, write_contributions_csv
from facilitator.export.report_data import gather_contributions
from facilitator.share import page_language
from facilitator.share.server import ShareServer
from facilitator.share.snapshot import build_snapshot, scrubber_for
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.capture import capture_edits
from facilitator.ui.capture.capture_page import CapturePage
from facilitator.ui.document import ProcessDocument

from ..share import demo_file, request
from . import scaled

PIECES = [
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff",
    "\ufffe", "\uffff", "\r\n", "\r", "\t", "🎉", "👩🏽‍🏫", "👩‍👩‍👧‍👦", "🇸🇪", "e\u0301\u0301\u0301", "Z̷̢̛a̸l̵g̶o",
    "مرحبا بالعالم", "עברית", "\u202e‮gnp.exe", "\u200f", "\u2066\u2069", "ÅÄÖ åäö", "ﷺ", "<script>alert(1)</script>",
    "</script><!--", "\"'`", "{\"a\":1}", "\\u0000", "=cmd|' /C calc'!A0", "%s%n", "' OR 1=1 --", "𝕳𝖊𝖏", " ",
]
HOSTILE = st.lists(
    st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), max_size=30), st.sampled_from(PIECES)),
    min_size=1, max_size=8,
).map("".join)
LONG = "Början 🎉 مرحبا עברית ÅÄÖ \x00\x1b " + "lång anteckning om fritidsgården\n" * 3030 + "Slutet"
assert len(LONG) > 100_000

EXAMPLES = scaled(20, 400)
RELAXED = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    opened = ProcessStore.create(tmp_path_factory.mktemp("hostile") / "Fientlig text.facilitator", "Fientlig")
    opened.insert(Meeting(title="Workshop", format="workshop"))
    yield opened
    opened.close()


@RELAXED
@given(text=HOSTILE)
@example(text=LONG)
def test_storage_round_trip_is_exact(store, text):
    stored = store.insert(Contribution(meeting_id=1, kind="note", text=text))
    assert store.get(Contribution, stored.id).text == text
    store.update(Contribution, stored.id, text=text[::-1])
    assert store.get(Contribution, stored.id).text == text[::-1]
    person = store.insert(Participant(name=text))
    assert store.get(Participant, person.id).name == text
    assert store.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_storage_survives_a_reopen_with_hostile_text(tmp_path):
    path = tmp_path / "återöppnad.facilitator"
    store = ProcessStore.create(path, "\u202eTitel 🎉\x00")
    meeting = store.insert(Meeting(title="Möte", format="workshop"))
    ids = {store.insert(Contribution(meeting_id=meeting.id, kind="note", text=text)).id: text for text in PIECES + [LONG]}
    store.close()
    again = ProcessStore.open(path)
    try:
        assert {i: again.get(Contribution, i).text for i in ids} == ids
        assert again.process().title == "\u202eTitel 🎉\x00"
    finally:
        again.close()


@pytest.fixture(scope="module")
def capture(tmp_path_factory, qapp):
    store = ProcessStore.open(demo_file(tmp_path_factory.mktemp("capture")))
    document = ProcessDocument(store)
    page = CapturePage(document)
    page.show_meeting(1)
    page.resize(1200, 760)
    page.show()
    yield page
    page.close()
    page.deleteLater()
    store.close()


def displayed(page, contribution_id: int) -> dict:
    model = page.model
    row = model.row_of(contribution_id)
    assert row is not None, "the new contribution is in the list"
    return {
        (column, role): model.data(model.index(row, column), role)
        for column in range(model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole)
    }


@RELAXED
@given(text=HOSTILE)
@example(text=LONG[: limits.limit("contribution", "text")])  # the longest note the window takes
def test_the_capture_list_shows_any_text(capture, text):
    page = capture
    new_id = capture_edits.add_contribution(page.document, 1, text, **page.target())
    if not text.strip():
        assert new_id is None  # nothing to save
        return
    shown = displayed(page, new_id)
    assert shown[(page.model.TEXT, Qt.ItemDataRole.EditRole)] == text.strip()
    assert all(value is None or isinstance(value, (str, int)) for value in shown.values())
    page.view.scrollTo(page.proxy.mapFromSource(page.model.index(page.model.row_of(new_id), 0)))
    assert not page.grab().isNull()  # paints


def test_capture_list_screenshot_with_hostile_text(capture):
    for text in ("مرحبا بالعالم — عربي", "👩‍👩‍👧‍👦 🇸🇪 Zalgo: Z̷̢̛a̸l̵g̶o", "\u202eevil.exe", LONG[: limits.limit("contribution", "text")]):
        capture_edits.add_contribution(capture.document, 1, text, **capture.target())
    capture.grab().save("/tmp/shots/reliability-hostile-capture.png")


@RELAXED
@given(text=HOSTILE)
@example(text=LONG)
def test_csv_export_keeps_any_text_as_text(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("csv")
    store = ProcessStore.create(folder / "export.facilitator", "Export")
    try:
        meeting = store.insert(Meeting(title=text, format="workshop"))
        store.insert(Contribution(meeting_id=meeting.id, kind="note", text=text))
        path = write_contributions_csv(gather_contributions(store), folder / "inspel.csv")
    finally:
        store.close()
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    assert len(rows) == 2
    assert all(not cell.startswith(FORMULA_STARTS) for row in rows for cell in row)
    assert safe_cell(text) in rows[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    store = ProcessStore.open(demo_file(tmp_path_factory.mktemp("served")))
    server = ShareServer()
    server.start("127.0.0.1", 0)
    yield store, server
    server.stop()
    store.close()


@RELAXED
@given(text=HOSTILE)
@example(text=LONG)
def test_the_phone_server_serves_any_text_as_valid_json(served, text):
    store, server = served
    contribution = store.insert(Contribution(meeting_id=1, kind="idea", text=text, round_id=1, table_id=1,
                                             question_id=1, published=True))
    try:
        snapshot = build_snapshot(store, 1)
        server.publish(snapshot)
        root = f"http://127.0.0.1:{server.port}/m/{snapshot.token}"
        status, headers, body = request(f"{root}/api/state")
        assert status == 200 and headers["content-type"] == "application/json"
        state = json.loads(body.decode("utf-8"))  # strict UTF-8, valid JSON
        assert state["rev"] == snapshot.rev
        texts = json.dumps(state["snapshot"], ensure_ascii=False)
        expected = scrubber_for(store)(text)
        if expected.strip():
            assert json.dumps(expected, ensure_ascii=False)[1:-1] in texts
        for page, name in (("/", "join.html"), ("/live", "live.html"), ("/table/1", "table.html")):
            status, headers, html = request(root + page)
            assert status == 200 and headers["content-type"].startswith("text/html")
            path = f"/m/{snapshot.token}{page}"
            static = page_language.localize(server._files[name][0], "sv", path)  # the page in the phone's language
            assert html == static, "pages hold no meeting data: text only ever arrives as JSON data"
    finally:
        store.delete(Contribution, contribution.id)
