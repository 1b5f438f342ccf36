"""Printables for the room: a sign per table whose QR code opens that table's phone page,
cards with each participant's table per round, and a crib sheet per table host."""

from __future__ import annotations

import shutil
import subprocess
import zipfile

import pytest

from facilitator.domain.entities import CafeTable, Meeting, Round, Seat
from facilitator.export.printables import NoTables, qr_png, write_printables
from facilitator.export.report_data import gather_printables
from facilitator.share.links import table_url
from facilitator.storage.process_store import ProcessStore, open_read_only

from . import body_text, check_package, headings, meeting_id

BASE = "http://10.42.0.1:8765"
needs_zbar = pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg is not installed")


def decode(png_path) -> list[str]:
    result = subprocess.run(["zbarimg", "--quiet", "--raw", str(png_path)], capture_output=True, text=True, timeout=30)
    return [line for line in result.stdout.splitlines() if line]


@pytest.fixture
def cafe(store):
    return gather_printables(store, meeting_id(store, "world_cafe"), BASE)


def test_one_sign_per_table_with_its_phone_page(cafe, english, tmp_path):
    document = check_package(write_printables(cafe, tmp_path / "material.docx"))
    text = body_text(document)
    assert len(cafe.signs) == 6
    for sign in cafe.signs:
        assert sign.url == table_url(BASE, cafe.meeting.share_token, sign.number)
        assert sign.table.name in text and sign.url in text
    assert len(document.inline_shapes) == 2 * len(cafe.signs)  # a QR on each sign and each crib sheet
    assert "Table host: Maria Öberg" in text
    breaks = [p for p in document.paragraphs if p.paragraph_format.page_break_before]
    assert len(breaks) == 2 * len(cafe.signs)  # each sign, the cards and each crib sheet on a page of its own
    assert not any(p.text == "" and "w:br" in p._p.xml and 'w:type="page"' in p._p.xml for p in document.paragraphs)


@needs_zbar
def test_the_qr_codes_decode_to_the_table_pages(cafe, english, tmp_path):
    path = write_printables(cafe, tmp_path / "material.docx")
    found = set()
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("word/media/") and name.endswith(".png"):
                image = tmp_path / name.rsplit("/", 1)[1]
                image.write_bytes(archive.read(name))
                found.update(decode(image))
    assert found == {sign.url for sign in cafe.signs}


@needs_zbar
def test_qr_png_needs_no_pillow_and_decodes(tmp_path):
    url = table_url(BASE, "0123456789abcdef0123456789abcdef", 12)
    png = qr_png(url)
    assert png.startswith(b"\x89PNG")
    (tmp_path / "qr.png").write_bytes(png)
    assert decode(tmp_path / "qr.png") == [url]


def test_cards_show_each_participants_table_per_round(cafe, english, tmp_path):
    assert cafe.has_seats
    document = check_package(write_printables(cafe, tmp_path / "material.docx"))
    cards = next(t for t in document.tables if "Round 1:" in t.rows[0].cells[0].text or "host" in t.rows[0].cells[0].text)
    texts = [cell.text for row in cards.rows for cell in row.cells if cell.text]
    assert len(texts) == len(cafe.cards)
    participant = next(card for card in cafe.cards if not card.hosts)
    shown = next(text for text in texts if participant.name in text)
    for number, table in participant.seats:
        assert f"Round {number}: {table}" in shown
    host = next(card for card in cafe.cards if card.hosts)
    assert f"You host table {host.hosts} and stay there all rounds." in next(t for t in texts if host.name in t)
    names = [card.name for card in cafe.cards]
    assert names.index("Åke Lundgren") > names.index("Yasmin Osman")  # Swedish order: Å after Y
    borders = cards.rows[0].cells[0]._tc.tcPr.xml
    assert 'w:val="dashed"' in borders


def test_crib_sheets_for_the_table_hosts(cafe, english, tmp_path):
    document = check_package(write_printables(cafe, tmp_path / "material.docx"))
    level1 = headings(document, 1)
    assert [h for h in level1 if h.startswith("Crib sheet")] == [
        f"Crib sheet for the table host: {sign.table.name}" for sign in cafe.signs]
    assert "Times" in headings(document, 2) and "The questions" in headings(document, 2)
    assert cafe.meeting.frame_statement in body_text(document)


def test_without_a_seating_plan_the_cards_say_so(demo_copy, english, tmp_path):
    store = ProcessStore.open(demo_copy)
    try:
        cafe_id = meeting_id(store, "world_cafe")
        rounds = [r.id for r in store.list(Round, "meeting_id = ?", [cafe_id])]
        for seat in store.list(Seat):
            if seat.round_id in rounds:
                store.delete(Seat, seat.id)
    finally:
        store.close()
    store = open_read_only(demo_copy)
    try:
        data = gather_printables(store, cafe_id, BASE)
    finally:
        store.close()
    assert not data.has_seats and data.cards == []
    document = check_package(write_printables(data, tmp_path / "utan-platser.docx"))
    assert "The seating plan has not been made yet" in body_text(document)


def test_a_meeting_without_tables_has_nothing_to_print(store, tmp_path):
    data = gather_printables(store, meeting_id(store, "workshop"), BASE)
    with pytest.raises(NoTables):
        write_printables(data, tmp_path / "inget.docx")
    assert not (tmp_path / "inget.docx").exists()


def test_questions_per_table_go_on_their_own_sign(tmp_path, english):
    store = ProcessStore.create(tmp_path / "per-bord.facilitator", "Per bord")
    try:
        meeting = store.insert(Meeting(format="world_cafe", title="Café", question_per_table=True, hosts_stay=False))
        tables = store.insert_many(CafeTable(meeting_id=meeting.id, name=name, position=i)
                                   for i, name in enumerate(["Ett", "Två"]))
        from facilitator.domain.entities import Question
        store.insert_many(Question(meeting_id=meeting.id, table_id=t.id, text=f"Fråga vid {t.name}") for t in tables)
        data = gather_printables(store, meeting.id, BASE)
    finally:
        store.close()
    assert [sign.questions for sign in data.signs] == [[(None, "Fråga vid Ett")], [(None, "Fråga vid Två")]]
    document = check_package(write_printables(data, tmp_path / "per-bord.docx"))
    assert "Crib sheet for the table moderator: Ett" in headings(document, 1)


@pytest.fixture
def prepared(demo_copy):
    """The demo's café with host links and personal codes made, as the export dialog does."""
    from facilitator import actions
    from facilitator.actions import host_links

    writable = ProcessStore.open(demo_copy)
    try:
        cafe_id = meeting_id(writable, "world_cafe")
        actions.perform(writable, host_links.prepare_room(writable, cafe_id))
    finally:
        writable.close()
    store = open_read_only(demo_copy)
    yield gather_printables(store, cafe_id, BASE), store
    store.close()


def test_crib_sheets_carry_the_hosts_link_and_cards_a_personal_code(prepared, english, tmp_path):
    import re

    from facilitator.storage import host_links

    cafe, store = prepared
    assert all(re.fullmatch(rf"{BASE}/h/[a-z2-7]{{16}}", sign.host_url) for sign in cafe.signs)
    codes = host_links.codes_of(store, cafe.meeting.id)
    seated = [card for card in cafe.cards if card.seats or card.hosts]
    assert seated and all(re.fullmatch(rf"{BASE}/p/[a-z2-7]{{16}}", card.code_url) for card in seated)
    assert {card.code_url.rsplit("/", 1)[1] for card in seated} <= set(codes.values())
    assert all(card.name not in card.code_url for card in seated)  # a random code, never the name
    document = check_package(write_printables(cafe, tmp_path / "material.docx"))
    text = body_text(document)
    assert all(sign.host_url in text for sign in cafe.signs) and "Your notes on the phone" in text
    # a QR on each sign, each crib sheet twice (the table's page and the host's link), each card
    assert len(document.inline_shapes) == 3 * len(cafe.signs) + len(seated)


@needs_zbar
def test_the_host_and_card_qr_codes_decode(prepared, english, tmp_path):
    cafe, _store = prepared
    path = write_printables(cafe, tmp_path / "material.docx")
    found = set()
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("word/media/") and name.endswith(".png"):
                image = tmp_path / name.rsplit("/", 1)[1]
                image.write_bytes(archive.read(name))
                found.update(decode(image))
    expected = {sign.url for sign in cafe.signs} | {sign.host_url for sign in cafe.signs}
    expected |= {card.code_url for card in cafe.cards if card.code_url}
    assert found == expected
