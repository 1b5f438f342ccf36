"""The coordinator's flows through the real window, widgets and file."""

import hashlib
import sqlite3

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from facilitator.domain.entities import (
    AgendaItem,
    AttendanceEntry,
    CafeTable,
    Meeting,
    Organisation,
    Participant,
    Process,
)
from facilitator.storage import backups
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.meeting import meeting_edits as edits

from .conftest import open_editor, press_return, type_text


def when_modal(action):
    """Runs ``action(dialog)`` on the next modal dialog that opens."""

    def handler():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handler)
            return
        action(dialog)

    QTimer.singleShot(0, handler)


def ctrl(widget, key, shift=False):
    """Presses a shortcut as the coordinator would, in the window that has the focus."""
    widget.window().activateWindow()
    QApplication.processEvents()
    assert widget.window().isActiveWindow()
    modifiers = Qt.KeyboardModifier.ControlModifier | (Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(widget, key, modifiers)


def test_start_page_when_nothing_is_open(window):
    assert window.stack.currentWidget() is window.start_page
    assert not window.new_meeting_action.isEnabled()


def test_create_process_add_meeting_participants_undo_redo(qtbot, window, tmp_path):
    path = tmp_path / "Mångfaldsplan.facilitator"

    def fill_new_process(dialog):
        dialog.title.setText("Mångfaldsplan 2027")
        dialog.municipality.setText("Ekbacka kommun")
        dialog.path.setText(str(path))
        dialog.buttons.accepted.emit()

    when_modal(fill_new_process)
    window.new_action.trigger()
    assert path.exists()
    assert window.document.process().title == "Mångfaldsplan 2027"
    assert str(path) in window.settings.recent_files()

    def fill_new_meeting(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData("world_cafe"))
        dialog.title.setText("Café om bostäder")
        dialog.date.setDate(QDate(2027, 3, 3))
        dialog.accept()

    when_modal(fill_new_meeting)
    ctrl(window, Qt.Key.Key_M)
    store = window.document.store
    (meeting,) = store.list(Meeting)
    assert (meeting.title, meeting.format, meeting.date) == ("Café om bostäder", "world_cafe", "2027-03-03")
    assert store.count(CafeTable, "meeting_id = ?", (meeting.id,)) == 6
    qtbot.waitUntil(lambda: window.view.current_meeting_id() == meeting.id)

    # Type into the form: saved when the field is left, without any Save button.
    form = window.view.form
    form.place.setFocus()
    type_text(form.place, "Medborgarhuset")
    QTest.keyClick(form.place, Qt.Key.Key_Return)
    assert store.get(Meeting, meeting.id).place == "Medborgarhuset"
    form.purpose.setFocus()
    type_text(form.purpose, "Höra invånarna")
    form.commit_pending()
    assert store.get(Meeting, meeting.id).purpose == "Höra invånarna"

    # Participants, also into the meeting.
    anna = edits.add_participant(window.document, "Anna Åberg", "Vision", meeting_id=meeting.id)
    assert store.count(AttendanceEntry) == 1 and store.count(Organisation) == 1

    # Undo everything with Ctrl+Z, step by step, then redo with Ctrl+Shift+Z.
    ctrl(window, Qt.Key.Key_Z)
    assert store.get(Participant, anna) is None and store.count(Organisation) == 0
    ctrl(window, Qt.Key.Key_Z)
    assert store.get(Meeting, meeting.id).purpose == ""
    ctrl(window, Qt.Key.Key_Z)
    assert store.get(Meeting, meeting.id).place == ""
    qtbot.waitUntil(lambda: form.place.text() == "")
    ctrl(window, Qt.Key.Key_Z)
    assert store.count(Meeting) == 0 and store.count(AgendaItem) == 0
    for _ in range(4):
        ctrl(window, Qt.Key.Key_Z, shift=True)
    assert store.get(Meeting, meeting.id).place == "Medborgarhuset"
    assert store.get(Participant, anna).name == "Anna Åberg"
    assert store.count(AttendanceEntry) == 1

    # Nothing to save: the file on disk already has it all.
    window.close_process()
    reopened = ProcessStore.open(path)
    assert reopened.get(Meeting, meeting.id).purpose == "Höra invånarna"
    reopened.close()


def test_rename_process_is_undoable(qtbot, opened):
    def answer(dialog):
        dialog.setTextValue("Ny titel")
        dialog.accept()

    when_modal(answer)
    opened.activateWindow()
    QApplication.processEvents()
    QTest.keyClick(opened, Qt.Key.Key_F2)
    assert opened.document.process().title == "Ny titel"
    assert "Ny titel" in opened.windowTitle()
    opened.undo()
    assert opened.document.process().title == "Vår process"
    qtbot.waitUntil(lambda: "Vår process" in opened.windowTitle())


def test_meeting_warnings_show_in_the_form(qtbot, opened):
    meeting_id = opened.add_meeting("workshop", "Lördagsmöte", "2027-03-06")
    form = opened.view.form
    qtbot.waitUntil(lambda: form.meeting_id == meeting_id)
    assert form.warnings.isVisibleTo(opened)
    assert "weekend" in form.warnings.text()
    form.date.setDate(QDate(2027, 3, 3))
    qtbot.waitUntil(lambda: not form.warnings.isVisibleTo(opened))
    for i in range(16):
        edits.add_participant(opened.document, f"Person {i}", meeting_id=meeting_id)
    qtbot.waitUntil(lambda: "16 participants" in form.warnings.text())


def test_edit_participant_in_the_register_table(qtbot, opened):
    person = edits.add_participant(opened.document, "Bo Ek", "Kultur")
    opened.register_action.trigger()
    page = opened.view.register.page()
    page.select_id(person)
    index = page.view.currentIndex().siblingAtColumn(0)
    editor = open_editor(page.view, index)
    editor.selectAll()
    type_text(editor, "Bo Ekström")
    press_return(editor)
    assert opened.document.store.get(Participant, person).name == "Bo Ekström"
    # Organisation by name, created when new, one undo step.
    page.select_id(person)
    editor = open_editor(page.view, page.view.currentIndex().siblingAtColumn(1))
    editor.selectAll()
    type_text(editor, "Ny förening")
    press_return(editor)
    assert opened.document.organisation_name(opened.document.store.get(Participant, person).organisation_id) == "Ny förening"
    opened.undo()
    assert opened.document.organisation_name(opened.document.store.get(Participant, person).organisation_id) == "Kultur"


def test_add_attendees_from_register(qtbot, opened):
    opened.add_meeting("workshop", "Workshop 1", "2027-03-03")
    for name in ("Åsa", "Bengt", "Cecilia"):
        edits.add_participant(opened.document, name)

    def choose(dialog):
        for row in range(dialog.list.count()):
            if dialog.list.item(row).text() != "Bengt":
                dialog.list.item(row).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    when_modal(choose)
    opened.add_attendees_action.trigger()
    opened.show_meeting_page(1)
    page = opened.view.attendance.page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    names = sorted(page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount()))
    assert names == ["Cecilia", "Åsa"]
    page.view.selectAll()
    page.remove_selected()
    assert page.model.rowCount() == 0
    opened.undo()
    assert page.model.rowCount() == 2


def test_agenda_and_questions(qtbot, opened):
    meeting_id = opened.add_meeting("world_cafe", "Café", "2027-03-03")
    agenda = opened.view.agenda.page()
    opened.show_meeting_page(3)
    count = agenda.model.rowCount()
    assert agenda.proxy.index(0, 0).data() == "16:00"
    agenda.add_item()
    assert agenda.model.rowCount() == count + 1
    item_id = agenda.current_id()
    assert opened.document.store.get(AgendaItem, item_id).title == "New agenda item"
    agenda.move(-1)
    items = opened.document.store.list(AgendaItem, "meeting_id = ?", (meeting_id,), order_by="position")
    assert items[-2].id == item_id
    opened.undo()
    items = opened.document.store.list(AgendaItem, "meeting_id = ?", (meeting_id,), order_by="position")
    assert items[-1].id == item_id
    questions = opened.view.questions.page()
    opened.show_meeting_page(2)
    questions.add_question()
    editor = open_editor(questions.view, questions.view.currentIndex().siblingAtColumn(1))
    editor.selectAll()
    type_text(editor, "Vad kan kommunen göra?")
    press_return(editor)
    assert [q.text for q in opened.document.store.list(__import__("facilitator.domain.entities", fromlist=["Question"]).Question)] == ["Vad kan kommunen göra?"]


def test_bad_file_gets_a_clear_message_and_is_not_changed(window, tmp_path):
    path = tmp_path / "annat program.facilitator"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE x (id INTEGER)")
    connection.commit()
    connection.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert not window.open_process(path)
    assert "another program" in window.error_box.text()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert window.document is None


def test_restore_a_backup_from_the_ui(qtbot, opened):
    edits.add_participant(opened.document, "Före")
    opened.backup_now()
    edits.add_participant(opened.document, "Efter")
    (latest, *_) = backups.list_backups(opened.document.path, opened.backups_root)

    def pick(dialog):
        dialog.list.setCurrentRow(0)
        when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        dialog.accept()

    page = opened.view.register.page()  # built before the restore, as if she had looked at it
    when_modal(pick)
    opened.backups_action.trigger()
    qtbot.waitUntil(lambda: [p.name for p in page.model.entities()] == ["Före"])
    assert latest.path.exists()


def test_damaged_file_can_be_recovered_from_its_backup(qtbot, monkeypatch, opened, tmp_path):
    edits.add_participant(opened.document, "Viktig person")
    path = opened.document.path
    opened.close_process()  # makes a final backup
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)
    path.write_bytes(bytes(data))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert opened.open_process(path)
    assert [p.name for p in opened.document.store.list(Participant)] == ["Viktig person"]
    kept = list(path.parent.glob("*.damaged-*.facilitator"))
    assert len(kept) == 1 and bytes(data) == kept[0].read_bytes()


def test_write_failure_is_explained_and_history_kept_consistent(opened):
    store = opened.document.store
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    # Cafés with titles at their limit (domain/limits.py) until the full disk refuses one.
    added = 0
    while opened.add_meeting("world_cafe", "ö" * 200, "2027-03-03") is not None:
        added += 1
        assert added < 200, "the disk never filled"
    assert "disk is full" in opened.error_box.text()
    assert store.count(Meeting) == added and opened.document.undo_stack.count() == added
    store.db.execute("PRAGMA max_page_count = 1073741823")
    assert opened.add_meeting("world_cafe", "Nu går det", "2027-03-03") is not None


def test_recent_files_and_reopen_on_start(window, tmp_path):
    first = tmp_path / "Ett.facilitator"
    second = tmp_path / "Två.facilitator"
    window.create_process(first, "Ett")
    window.create_process(second, "Två")
    assert window.settings.recent_files()[:2] == [str(second), str(first)]
    window.file_menu.aboutToShow.emit()
    assert [a.text() for a in window.recent_menu.actions()][:2] == ["Två.facilitator", "Ett.facilitator"]
    window.recent_menu.actions()[1].trigger()
    assert window.document.process().title == "Ett"


def test_delete_meeting_and_undo(qtbot, opened):
    meeting_id = opened.add_meeting("focus_group", "Fokus", "2027-03-03")
    edits.add_participant(opened.document, "Deltagare", meeting_id=meeting_id)
    qtbot.waitUntil(lambda: opened.view.current_meeting_id() == meeting_id)
    opened.delete_meeting_action.trigger()
    assert opened.document.store.count(Meeting) == 0
    assert opened.document.store.count(AttendanceEntry) == 0
    opened.undo()
    assert opened.document.store.count(AttendanceEntry) == 1
    assert opened.document.store.get(Process, 1).title == "Vår process"
    _ = QDialog


def test_the_meeting_list_shows_each_title_whole(qtbot, window, demo_path):
    """Each row of the meeting list is as tall as its wrapped text at the width it is drawn in:
    a title that just fits on one line is never cut to "…" with its format line lost."""
    from PySide6.QtCore import QRect, Qt

    assert window.open_process(demo_path)
    view = window.view.meeting_list
    for width in range(180, 300, 7):
        view.setFixedWidth(width)
        qtbot.wait(1)
        for row in range(view.model().rowCount()):
            index = view.model().index(row, 0)
            rect = view.visualRect(index)
            needed = view.fontMetrics().boundingRect(QRect(0, 0, rect.width() - 8, 10_000),
                                                     int(Qt.TextFlag.TextWordWrap), index.data())
            assert rect.height() >= needed.height(), (width, index.data())
