"""The open file's identity is watched (issue 14): moved, replaced, deleted, or its folder
gone, and no edit is acknowledged any more; what was typed is kept, the window says what
happened and offers to save the process to a new place, with nothing acknowledged lost."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.domain.entities import Contribution, Participant, Process
from facilitator.storage.errors import ProblemCode, ProcessFileError
from facilitator.storage.process_store import ProcessStore, open_read_only
from facilitator.ui.main_window import MainWindow
from facilitator.ui.meeting import meeting_edits as edits
from facilitator.ui.settings import Settings


def move(path):
    os.rename(path, path.with_name("flyttad.facilitator"))


def delete(path):
    os.remove(path)


def replace(path):  # a sync client puts its own copy in place
    other = path.with_name("kopia.facilitator")
    connection = sqlite3.connect(str(other))
    connection.execute("CREATE TABLE t(x)")
    connection.close()
    os.replace(other, path)


def folder_gone(path):  # the USB stick is pulled
    shutil.move(str(path.parent), str(path.parent.with_name("borta")))


@pytest.mark.parametrize("what", [move, delete, replace, folder_gone], ids=lambda f: f.__name__)
def test_no_write_is_acknowledged_once_the_file_is_gone_and_everything_can_be_saved(what, demo_path, tmp_path):
    store = ProcessStore.open(demo_path)
    store.update(Process, 1, title="Sparat före")
    what(demo_path)
    with pytest.raises(ProcessFileError) as refused:
        store.insert(Participant(name="Efter"))
    assert refused.value.code == ProblemCode.FILE_GONE
    assert not store.conn.in_transaction and "Efter" not in store.names(Participant).values(), "rolled back"
    target = tmp_path / "räddad.facilitator"
    store.save_copy(target)
    store.close()
    saved = ProcessStore.open(target)
    assert saved.process().title == "Sparat före", "everything acknowledged is in the new file"
    saved.close()


def test_a_reader_never_writes_to_a_file_that_replaced_the_one_it_opened(demo_path):
    reader = open_read_only(demo_path)
    assert reader.process().title
    replace(demo_path)
    before = demo_path.read_bytes()
    reader.close()
    assert demo_path.read_bytes() == before
    wal = demo_path.with_name(demo_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "nothing the new file could take for its own"
    connection = sqlite3.connect(str(demo_path))
    connection.execute("PRAGMA journal_mode = WAL")  # as the app opens it
    assert connection.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


@pytest.fixture
def window(qtbot, tmp_path):
    from facilitator.i18n import LanguageSwitcher
    from facilitator.ui.main_window import QApplication

    languages = LanguageSwitcher(QApplication.instance())
    languages.set_language("en")
    main = MainWindow(Settings.at(tmp_path / "settings.ini"), languages, tmp_path / "backups")
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close_process()


def test_the_window_keeps_what_was_typed_and_saves_it_to_a_new_place(qtbot, window, demo_path, tmp_path):
    assert window.open_process(demo_path)
    assert edits.add_participant(window.document, "Sparad innan")
    steps = window.document.undo_stack.count()
    view = window.view
    view.tabs.setCurrentWidget(view.capture) if hasattr(view, "capture") else None
    folder_gone(demo_path)

    assert not edits.add_participant(window.document, "Inte kvitterad")
    assert window.document.undo_stack.count() == steps, "nothing acknowledged"
    box = window.gone_box
    assert box is not None and box.isVisible() and "moved, replaced or deleted" in box.text()
    assert not edits.add_participant(window.document, "Inte heller")
    assert window.gone_box is box, "one question, not one per edit"

    target = tmp_path / "Ny plats.facilitator"
    assert window.save_process_as(target)
    assert window.document.path == target and "Ny plats" in window.windowTitle()
    assert edits.add_participant(window.document, "Efteråt")
    window.document.undo_stack.undo()  # the history goes on in the new file
    assert edits.add_participant(window.document, "Till sist")
    window.close_process()
    store = ProcessStore.open(target)
    names = sorted(store.names(Participant).values())
    store.close()
    assert "Sparad innan" in names and "Till sist" in names
    assert "Efteråt" not in names and "Inte kvitterad" not in names


def test_capture_keeps_the_typed_note_while_the_file_is_gone(qtbot, demo_path, tmp_path):
    from facilitator.ui.capture.capture_page import CapturePage
    from facilitator.ui.document import ProcessDocument

    store = ProcessStore.open(demo_path)
    document = ProcessDocument(store)
    page = CapturePage(document)
    qtbot.addWidget(page)
    page.show_meeting(1)
    page.show()
    failures = []
    document.writeFailed.connect(failures.append)
    before = store.count(Contribution)
    move(demo_path)
    page.entry.setPlainText("Det här får inte försvinna")
    page.entry.setFocus()
    QTest.keyClick(page.entry, Qt.Key.Key_Return)
    assert [error.code for error in failures] == [ProblemCode.FILE_GONE]
    assert page.entry.toPlainText() == "Det här får inte försvinna"
    assert store.count(Contribution) == before
    store.close()
