"""Capture in a live room through the real widgets, by keyboard: type, Enter, Tab, Ctrl+Down."""

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog

from facilitator.actions import Update
from facilitator.domain.entities import AgendaItem, CafeTable, Contribution, Meeting, Mitigation, Question, Round
from facilitator.domain.vocabulary import AgendaKind, MeetingFormat
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.capture import capture_edits
from facilitator.ui.capture.capture_models import EMPTY_CELL, FILLED_CELL, running_round
from facilitator.ui.capture.capture_page import CapturePage, MoveDialog
from facilitator.ui.document import ProcessDocument
from facilitator.ui.meeting import meeting_edits as edits

from .conftest import open_editor, press_return, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def show(qtbot, page):
    page.resize(1200, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.entry.setFocus()
    return page


def shown_on(qtbot, document, meeting_id):
    """A capture page showing the meeting, on screen with the entry focused, and the setup
    left out of the undo history: (page, meeting_id)."""
    document.undo_stack.clear()
    page = CapturePage(document)
    qtbot.addWidget(page)
    page.show_meeting(meeting_id)
    show(qtbot, page)
    return page, meeting_id


@pytest.fixture
def cafe(qtbot, document):
    meeting_id = edits.add_meeting(document, MeetingFormat.WORLD_CAFE, "Café")
    store = document.store
    store.insert_many(Question(meeting_id=meeting_id, position=n, round_number=n, text=f"Fråga för omgång {n}")
                      for n in (1, 2, 3))
    return shown_on(qtbot, document, meeting_id)


def structure(document, meeting_id):
    store = document.store
    tables = store.list(CafeTable, "meeting_id = ?", (meeting_id,), order_by="position")
    rounds = store.list(Round, "meeting_id = ?", (meeting_id,), order_by="number")
    questions = store.list(Question, "meeting_id = ?", (meeting_id,), order_by="position")
    return tables, rounds, questions


def enter(page, text):
    type_text(page.entry, text)
    QTest.keyClick(page.entry, Qt.Key.Key_Return)


def overview_counts(page):
    model = page.overview_model
    return {(model.rows[r][0], model.columns[c][0]): model.index(r, c).data(Qt.ItemDataRole.UserRole)
            for r in range(model.rowCount()) for c in range(len(model.columns))}


def test_running_round_rule():
    r1, r2, r3 = (Round(number=n, id=n) for n in (1, 2, 3))
    assert running_round([r3, r1, r2]) is r1
    r1.started_at, r1.ended_at = "16:10", "16:30"
    assert running_round([r1, r2, r3]) is r1  # the last started
    r2.started_at = "16:35"
    assert running_round([r1, r2, r3]) is r2  # started and not ended
    assert running_round([]) is None


def test_twenty_contributions_by_keyboard_across_three_tables_and_two_rounds(qtbot, document, cafe):
    page, meeting_id = cafe
    tables, rounds, questions = structure(document, meeting_id)
    captured = []
    page.captured.connect(captured.append)
    assert page.target() == {"round_id": rounds[0].id, "table_id": tables[0].id, "question_id": questions[0].id}
    plan = {  # (round index, table index): how many
        (0, 0): 4, (0, 1): 3, (0, 2): 4,
        (1, 0): 2, (1, 1): 4, (1, 2): 3,
    }
    expected = []
    for round_index in (0, 1):
        for table_index in (0, 1, 2):
            for n in range(plan[(round_index, table_index)]):
                text = f"Omgång {round_index + 1}, bord {table_index + 1}: åsikt nr {n + 1} om förtroende"
                enter(page, text)
                assert page.entry.toPlainText() == ""
                assert QApplication.focusWidget() is page.entry
                expected.append((text, tables[table_index].id, rounds[round_index].id, questions[round_index].id))
            QTest.keyClick(page.entry, Qt.Key.Key_Tab)
        if round_index == 0:
            # back to the first table (Tab wraps past the last of six; Shift+Tab steps back)
            for _ in range(3):
                QTest.keyClick(page.entry, Qt.Key.Key_Tab)
            assert page.table_combo.currentData() == tables[0].id
            QTest.keyClick(page.entry, Qt.Key.Key_Down, CTRL)
            assert page.round_combo.currentData() == rounds[1].id
            assert page.question_combo.currentData() == questions[1].id  # the round's question follows
    assert len(captured) == 20
    stored = document.store.list(Contribution, "meeting_id = ?", (meeting_id,), order_by="position")
    assert [(c.text, c.table_id, c.round_id, c.question_id) for c in stored] == expected
    assert [c.id for c in stored] == captured
    assert page.model.rowCount() == 20

    counts = overview_counts(page)
    for (round_index, table_index), number in plan.items():
        assert counts[(tables[table_index].id, rounds[round_index].id)] == number
    assert counts[(tables[3].id, rounds[0].id)] == 0
    model = page.overview_model
    empty = model.index(3, 0)
    assert empty.data() == "–" and empty.data(Qt.ItemDataRole.BackgroundRole).color() == EMPTY_CELL
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == FILLED_CELL
    assert model.index(0, len(model.columns)).data() == "6"  # table 1, all rounds

    # Shift+Tab from the first table wraps to the last; clicking a cell chooses table and round.
    page.set_target(table_id=tables[0].id)
    QTest.keyClick(page.entry, Qt.Key.Key_Backtab, SHIFT)
    assert page.table_combo.currentData() == tables[-1].id
    rect = page.overview.visualRect(model.index(2, 0))
    QTest.mouseClick(page.overview.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (page.table_combo.currentData(), page.round_combo.currentData()) == (tables[2].id, rounds[0].id)
    assert page.proxy.rowCount() == 4  # only this table and round
    page.only_here.setChecked(False)
    assert page.proxy.rowCount() == 20


def test_overview_updates_live_and_models_pass_the_tester(qtbot, qtmodeltester, document, cafe):
    page, meeting_id = cafe
    tables, rounds, _questions = structure(document, meeting_id)
    enter(page, "Första")
    assert overview_counts(page)[(tables[0].id, rounds[0].id)] == 1
    document.undo_stack.undo()
    assert overview_counts(page)[(tables[0].id, rounds[0].id)] == 0
    document.undo_stack.redo()
    capture_edits.add_contribution(document, meeting_id, "Från telefonen", table_id=tables[4].id, round_id=rounds[2].id)
    assert overview_counts(page)[(tables[4].id, rounds[2].id)] == 1
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.overview_model)


def test_follows_the_running_round_until_chosen_by_hand(qtbot, document, cafe):
    page, meeting_id = cafe
    tables, rounds, questions = structure(document, meeting_id)
    assert page.round_combo.currentData() == rounds[0].id
    document.mark_round(rounds[0].id, started_at="2027-02-04T16:10:00")
    document.mark_round(rounds[0].id, ended_at="2027-02-04T16:30:00")
    document.mark_round(rounds[1].id, started_at="2027-02-04T16:35:00")
    assert page.round_combo.currentData() == rounds[1].id
    assert page.question_combo.currentData() == questions[1].id
    assert "2" in page.round_combo.currentText()
    QTest.keyClick(page.entry, Qt.Key.Key_Up, CTRL)  # the coordinator goes back to round 1
    assert page.round_combo.currentData() == rounds[0].id and not page.follow_round.isChecked()
    document.mark_round(rounds[2].id, started_at="2027-02-04T17:00:00")
    assert page.round_combo.currentData() == rounds[0].id
    page.follow_round.setChecked(True)
    assert page.round_combo.currentData() == rounds[2].id


def test_question_per_table(qtbot, document, cafe):
    page, meeting_id = cafe
    tables, _rounds, questions = structure(document, meeting_id)
    document.store.update(Question, questions[1].id, table_id=tables[1].id)
    document.perform(Update(Meeting, meeting_id, {"question_per_table": True}))
    QTest.keyClick(page.entry, Qt.Key.Key_Tab)
    assert page.table_combo.currentData() == tables[1].id
    assert page.question_combo.currentData() == questions[1].id


def test_risk_with_two_mitigations_by_keyboard(qtbot, document, cafe):
    page, meeting_id = cafe
    assert page.mitigations.isHidden()
    QTest.keyClick(page.entry, Qt.Key.Key_5, CTRL)
    assert page.kind() == "risk"
    assert page.mitigations.isVisible()
    type_text(page.entry, "Risk att bara de redan engagerade kommer")
    QTest.keyClick(page.entry, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # the label's buddy
    assert QApplication.focusWidget() is page.mitigations
    type_text(page.mitigations, "Bjud in via föreningarna")
    QTest.keyClick(page.mitigations, Qt.Key.Key_Return)
    type_text(page.mitigations, "Tolk på plats")
    QTest.keyClick(page.mitigations, Qt.Key.Key_Return, CTRL)
    (risk,) = document.store.list(Contribution, "meeting_id = ?", (meeting_id,))
    assert (risk.kind, risk.text) == ("risk", "Risk att bara de redan engagerade kommer")
    texts = [m.text for m in document.store.list(Mitigation, "contribution_id = ?", (risk.id,), order_by="position")]
    assert texts == ["Bjud in via föreningarna", "Tolk på plats"]
    assert page.mitigations.toPlainText() == "" and QApplication.focusWidget() is page.entry
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(risk.id), 0)).row()
    assert page.proxy.index(row, 5).data() == "Bjud in via föreningarna · Tolk på plats"
    # The kind stays for the next one; Ctrl+2 goes back to notes.
    QTest.keyClick(page.entry, Qt.Key.Key_2, CTRL)
    assert page.kind() == "note" and page.mitigations.isHidden()

    # Editing the mitigations afterwards, through the dialog.
    page.view.setCurrentIndex(page.proxy.index(row, 1))
    page.view.selectRow(row)

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Bjud in via föreningarna\nTolk på plats\nBarnpassning")
        dialog.accept()

    QTimer.singleShot(0, answer)
    assert page.edit_mitigations()
    assert page.proxy.index(row, 5).data() == "Bjud in via föreningarna · Tolk på plats · Barnpassning"
    document.undo_stack.undo()
    assert page.proxy.index(row, 5).data() == "Bjud in via föreningarna · Tolk på plats"


def select_rows(page, rows):
    page.view.clearSelection()
    page.view.selectionModel().setCurrentIndex(page.proxy.index(rows[0], 1), QItemSelectionModel.SelectionFlag.NoUpdate)
    for row in rows:
        page.view.selectionModel().select(
            page.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_edit_in_place_move_and_delete_with_undo(qtbot, document, cafe):
    page, meeting_id = cafe
    tables, rounds, questions = structure(document, meeting_id)
    for text in ("Bostadskön", "Tolkar saknas", "Fler mötesplatser"):
        enter(page, text)
    ids = [c.id for c in document.store.list(Contribution, "meeting_id = ?", (meeting_id,), order_by="position")]
    store = document.store

    # text, in place
    editor = open_editor(page.view, page.proxy.index(0, 1))
    editor.selectAll()
    type_text(editor, "Bostadskön är för lång för nyanlända")
    press_return(editor)
    assert store.get(Contribution, ids[0]).text == "Bostadskön är för lång för nyanlända"
    document.undo_stack.undo()
    assert store.get(Contribution, ids[0]).text == "Bostadskön"
    assert page.proxy.index(0, 1).data() == "Bostadskön"
    document.undo_stack.redo()
    assert page.proxy.index(0, 1).data() == "Bostadskön är för lång för nyanlända"

    # kind, in place (a choice of translated labels)
    editor = open_editor(page.view, page.proxy.index(1, 0))
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("obstacle"))
    press_return(editor)
    assert store.get(Contribution, ids[1]).kind == "obstacle"
    assert page.proxy.index(1, 0).data() == "Structural obstacle"
    document.undo_stack.undo()
    assert store.get(Contribution, ids[1]).kind == "note"
    document.undo_stack.redo()

    # move two to table 3, round 2, through the dialog (Ctrl+Shift+M)
    select_rows(page, [0, 2])
    page.view.setFocus()

    def choose():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MoveDialog)
        combos = dialog.combos
        combos["table_id"].setCurrentIndex(combos["table_id"].findData(tables[2].id))
        combos["round_id"].setCurrentIndex(combos["round_id"].findData(rounds[1].id))
        dialog.accept()

    QTimer.singleShot(0, choose)
    QTest.keyClick(page.view, Qt.Key.Key_M, CTRL | SHIFT)
    moved = [store.get(Contribution, i) for i in (ids[0], ids[2])]
    assert [(c.table_id, c.round_id, c.question_id) for c in moved] == [(tables[2].id, rounds[1].id, questions[0].id)] * 2
    assert page.proxy.rowCount() == 1  # they left the table and round shown
    counts = overview_counts(page)
    assert counts[(tables[2].id, rounds[1].id)] == 2 and counts[(tables[0].id, rounds[0].id)] == 1
    document.undo_stack.undo()
    assert page.proxy.rowCount() == 3
    assert overview_counts(page)[(tables[0].id, rounds[0].id)] == 3
    document.undo_stack.redo()
    document.undo_stack.undo()

    # delete two with the Delete key
    select_rows(page, [0, 1])
    before = store.list(Contribution, "meeting_id = ?", (meeting_id,))
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    assert [c.id for c in store.list(Contribution, "meeting_id = ?", (meeting_id,))] == [ids[2]]
    assert page.model.rowCount() == 1
    document.undo_stack.undo()
    assert store.list(Contribution, "meeting_id = ?", (meeting_id,)) == before
    assert [page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(3)] == ids  # same place
    document.undo_stack.redo()
    assert page.model.rowCount() == 1
    # Escape in the list goes back to typing.
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is page.entry


@pytest.fixture
def workshop(qtbot, document):
    meeting_id = edits.add_meeting(document, MeetingFormat.WORKSHOP, "Arbetsgrupp")
    document.store.insert_many(Question(meeting_id=meeting_id, position=n, text=f"Vägledande fråga {n}")
                               for n in (1, 2))
    return shown_on(qtbot, document, meeting_id)


def test_workshop_captures_against_agenda_items_and_questions(qtbot, document, workshop):
    page, meeting_id = workshop
    store = document.store
    agenda = [a for a in store.list(AgendaItem, "meeting_id = ?", (meeting_id,), order_by="position")
              if a.kind not in (AgendaKind.BREAK, AgendaKind.MOVE)]
    questions = store.list(Question, "meeting_id = ?", (meeting_id,), order_by="position")
    assert page.round_combo.isHidden() and page.table_combo.isHidden() and page.agenda_combo.isVisible()
    assert page.view.isColumnHidden(2) and page.view.isColumnHidden(3)
    first = page.agenda_combo.currentData()
    assert first in {a.id for a in agenda}
    assert page.question_combo.currentData() == questions[0].id
    enter(page, "Mångfald är mer än rekrytering")
    QTest.keyClick(page.entry, Qt.Key.Key_Down, CTRL)  # next question
    assert page.question_combo.currentData() == questions[1].id
    enter(page, "Vem når våra annonser?")
    QTest.keyClick(page.entry, Qt.Key.Key_Tab)  # next agenda item
    second = page.agenda_combo.currentData()
    assert second != first
    enter(page, "Sammanfattning")
    stored = store.list(Contribution, "meeting_id = ?", (meeting_id,), order_by="position")
    assert [(c.agenda_item_id, c.question_id, c.table_id, c.round_id) for c in stored] == [
        (first, questions[0].id, None, None), (first, questions[1].id, None, None), (second, questions[1].id, None, None)]
    counts = overview_counts(page)
    assert counts[(first, questions[0].id)] == 1 and counts[(first, questions[1].id)] == 1
    assert counts[(second, questions[1].id)] == 1
    # the place column names the agenda item and the question
    page.only_here.setChecked(False)
    assert page.proxy.index(0, 4).data().endswith("Q1: Vägledande fråga 1")
    # clicking "all" of a row chooses the agenda item only
    model = page.overview_model
    row = next(r for r in range(model.rowCount()) if model.rows[r][0] == first)
    page.choose_cell(model.index(row, len(model.columns)))
    assert page.agenda_combo.currentData() == first and page.question_combo.currentData() == questions[1].id


@pytest.mark.reliability
def test_full_disk_keeps_the_text_and_enter_saves_it_later(qtbot, document, cafe):
    page, meeting_id = cafe
    db = document.store.db
    text = "Det behövs tolk på fler språk vid kommunens möten. " * 95  # within the 5,000 of a note
    type_text(page.entry, text[:60])
    page.entry.insertPlainText(text[60:])
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    QTest.keyClick(page.entry, Qt.Key.Key_Return)
    assert page.entry.toPlainText() == text
    assert document.store.count(Contribution) == 0
    assert page.model.rowCount() == 0 and document.undo_stack.count() == 0
    assert page.status.isVisible() and "disk is full" in page.status.text()
    db.execute("PRAGMA max_page_count = 1073741823")
    QTest.keyClick(page.entry, Qt.Key.Key_Return)
    assert page.entry.toPlainText() == "" and page.status.isHidden()
    (stored,) = document.store.list(Contribution)
    assert stored.text == text.strip() and page.model.rowCount() == 1


def test_demo_page_and_language_switch(qtbot, switcher, demo_path):
    store = ProcessStore.open(demo_path)
    try:
        document = ProcessDocument(store)
        page = CapturePage(document)
        qtbot.addWidget(page)
        cafe = next(m for m in store.list(Meeting) if m.format == MeetingFormat.WORLD_CAFE)
        page.show_meeting(cafe.id)
        show(qtbot, page)
        total = store.count(Contribution, "meeting_id = ?", (cafe.id,))
        assert page.model.rowCount() == total
        assert sum(page.overview_model.total(key) for key, *_ in page.overview_model.rows) == total
        note = page.kind_buttons.button(1)
        switcher.set_language("sv")
        qtbot.waitUntil(lambda: note.text() != "Note")
        assert "Ctrl+2" in note.toolTip()
        switcher.set_language("en")
        qtbot.waitUntil(lambda: note.text() == "Note")
        page.show_meeting(None)
        assert page.model.rowCount() == 0 and not page.entry.isEnabled()
    finally:
        document.undo_stack.clear()
        document.checkpoint()
        document._checkpoint.stop()
        store.close()


def test_tab_reaches_a_risks_mitigations_and_shift_tab_comes_back(qtbot, document, cafe):
    """Issue 15: the mitigations were reachable only through the label's Alt key."""
    page, meeting_id = cafe
    table = page.table_combo.currentIndex()
    QTest.keyClick(page.entry, Qt.Key.Key_5, CTRL)
    type_text(page.entry, "Risk att tolk saknas")
    QTest.keyClick(page.entry, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.mitigations and page.table_combo.currentIndex() == table
    type_text(page.mitigations, "Boka tolk i god tid")
    QTest.keyClick(page.mitigations, Qt.Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() is page.entry
    QTest.keyClick(page.entry, Qt.Key.Key_Return)
    (risk,) = document.store.list(Contribution, "meeting_id = ?", (meeting_id,))
    assert [m.text for m in document.store.list(Mitigation, "contribution_id = ?", (risk.id,))] == ["Boka tolk i god tid"]
    QTest.keyClick(page.entry, Qt.Key.Key_1, CTRL)  # a note again: Tab goes to the next table
    QTest.keyClick(page.entry, Qt.Key.Key_Tab)
    assert page.table_combo.currentIndex() == (table + 1) % page.table_combo.count()


def test_a_hosts_note_from_a_phone_appears_at_once_marked_with_its_table(qtbot, document, cafe):
    """What a table's host sends arrives through the same take-in the phone server uses, and
    the capture list shows it at once, with its table and the host's phone as its source."""
    from facilitator.actions import host_links as link_actions
    from facilitator.actions import phone_input
    from facilitator.domain.host_capture import HostCaptureRequest
    from facilitator.storage import host_links

    page, meeting_id = cafe
    tables, _rounds, _questions = structure(document, meeting_id)
    document.perform(link_actions.create_links(document.store, meeting_id))
    link = host_links.live_link_of_table(document.store, tables[1].id)
    before = page.model.rowCount()
    action, outcomes = phone_input.take_in(document.store, [
        HostCaptureRequest(link.token, "d" * 32, "risk", "Ingen läser protokollen", ("Läs upp dem",))])
    assert [o.ok for o in outcomes] == [True]
    document.perform(action)
    assert page.model.rowCount() == before + 1
    row = page.model.rowCount() - 1
    table_cell = page.model.data(page.model.index(row, page.model.TABLE))
    assert table_cell == f"{tables[1].name} · from the host's phone"
    mark = page.model.data(page.model.index(row, page.model.TABLE), Qt.ItemDataRole.DecorationRole)
    assert mark is not None and not mark.isNull()  # seen even where the column is too narrow for the words
    assert page.model.data(page.model.index(row, page.model.MITIGATIONS)) == "Läs upp dem"
    # A note typed on the laptop has no such mark.
    enter(page, "Från datorn")
    last = page.model.index(page.model.rowCount() - 1, page.model.TABLE)
    assert "phone" not in page.model.data(last) and page.model.data(last, Qt.ItemDataRole.DecorationRole) is None
