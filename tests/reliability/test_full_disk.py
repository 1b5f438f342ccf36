"""Full disk (SQLite's max_page_count): the capture page says the contribution was not
saved and why, keeps what was typed, and saves it once there is room again; the file is
never damaged."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator.domain.entities import Contribution
from facilitator.messages import describe_file_error
from facilitator.storage.errors import ProblemCode
from facilitator.storage.process_store import ProcessStore, check_process_file
from facilitator.ui.capture.capture_page import CapturePage
from facilitator.ui.document import ProcessDocument

from ..ui.conftest import type_text

UNLIMITED = 1073741823


def fill_the_disk(store: ProcessStore) -> None:
    """No page may be added to the file from now on, and none is free."""
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def integrity(store: ProcessStore) -> str:
    return store.db.execute("PRAGMA integrity_check").fetchone()[0]


def test_capture_on_a_full_disk_keeps_the_text_and_goes_on_when_there_is_room(qtbot, demo_path):
    store = ProcessStore.open(demo_path)
    document = ProcessDocument(store)
    page = CapturePage(document)
    qtbot.addWidget(page)
    page.show_meeting(1)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    failures = []
    document.writeFailed.connect(failures.append)
    before = store.count(Contribution)
    rows_before = page.model.rowCount()

    fill_the_disk(store)
    # Long enough to need new pages whatever room the last page has; the end typed by hand.
    page.entry.setPlainText("Fritidsgården behöver längre öppettider: " + "ö" * 4900)  # ~10 kB, within the 5,000 of a note
    page.entry.moveCursor(page.entry.textCursor().MoveOperation.End)
    type_text(page.entry, "Sagt av Åsa, bord 3 – viktigt! ")
    typed = page.entry.toPlainText()
    page.entry.setFocus()
    QTest.keyClick(page.entry, Qt.Key.Key_Return)

    assert [error.code for error in failures] == [ProblemCode.DISK_FULL]
    assert page.entry.toPlainText() == typed, "what was typed stays in the entry"
    assert page.status.isVisible()
    assert describe_file_error(failures[0]) in page.status.text()
    assert store.count(Contribution) == before and page.model.rowCount() == rows_before
    assert document.undo_stack.count() == 0, "a failed write is not on the undo stack"
    assert integrity(store) == "ok"
    page.grab().save("/tmp/shots/reliability-full-disk.png")

    # Again, still full: still kept, still said.
    QTest.keyClick(page.entry, Qt.Key.Key_Return)
    assert len(failures) == 2 and page.entry.toPlainText() == typed

    store.db.execute(f"PRAGMA max_page_count = {UNLIMITED}")  # room again
    with qtbot.waitSignal(page.captured, timeout=30000) as saved:
        QTest.keyClick(page.entry, Qt.Key.Key_Return)
    new_id = saved.args[0]
    assert page.entry.toPlainText() == "" and not page.status.isVisible()
    assert store.get(Contribution, new_id).text == typed.strip()
    assert page.model.rowCount() == rows_before + 1
    assert integrity(store) == "ok"
    store.close()
    check_process_file(demo_path)
    reopened = ProcessStore.open(demo_path)
    assert reopened.get(Contribution, new_id).text == typed.strip()
    reopened.close()


def test_a_real_disk_full_error_from_sqlite_is_recognised(tmp_path):
    """SQLITE_FULL as a full file system raises it (not only max_page_count) is DISK_FULL."""
    from facilitator.storage.process_store import _write_error

    error = _write_error(sqlite3.OperationalError("database or disk is full"), tmp_path / "x.facilitator")
    assert error.code == ProblemCode.DISK_FULL


def test_undo_on_a_full_disk_is_reported_and_leaves_the_file_whole(qtbot, demo_path):
    """Undo of a capture writes too: on a full disk it either works or is reported (and the
    history is dropped rather than left out of step); the list shows the file, which is whole."""
    store = ProcessStore.open(demo_path)
    document = ProcessDocument(store)
    page = CapturePage(document)
    qtbot.addWidget(page)
    page.show_meeting(1)
    failures = []
    document.writeFailed.connect(failures.append)
    for number in range(30):
        page.entry.setPlainText(f"Bidrag {number} " + "ö" * 3000)
        QTest.keyClick(page.entry, Qt.Key.Key_Return)
    assert document.undo_stack.count() == 30 and not failures
    fill_the_disk(store)
    for _ in range(30):
        if document.undo_stack.canUndo():
            document.undo_stack.undo()
        qtbot.wait(1)
    assert integrity(store) == "ok"
    assert all(error.code == ProblemCode.DISK_FULL for error in failures)
    store.db.execute(f"PRAGMA max_page_count = {UNLIMITED}")
    rows = store.count(Contribution, "meeting_id = 1")
    assert page.model.rowCount() == rows, "the list shows what is in the file"
    store.close()
    check_process_file(demo_path)


def older_process(path):
    """A process one migration older than this version, so opening it has to write."""
    from sqlite_utils import Database

    from facilitator.storage import schema

    connection = sqlite3.connect(str(path), isolation_level=None)
    schema.migrations.apply(Database(connection), stop_before="0003_contribution_search")
    connection.execute("INSERT INTO process (id, title) VALUES (1, 'Gammal')")
    connection.execute("VACUUM")  # no free page left to grow into
    connection.close()
    return path


def dump(path) -> list[str]:
    from facilitator.storage.process_store import connect_read_only

    connection = connect_read_only(path)  # leaves no -wal/-shm (a mode=ro connection would)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def full_disk_on_connect(monkeypatch):
    """Every connection the store opens cannot add a page: a disk that is full."""
    real = ProcessStore._connect.__func__

    def connect(cls, path):
        connection = real(cls, path)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")
        return connection

    monkeypatch.setattr(ProcessStore, "_connect", classmethod(connect))


def test_a_full_disk_while_opening_is_named_and_leaves_nothing_beside(monkeypatch, tmp_path):
    path = older_process(tmp_path / "gammal.facilitator")
    before = dump(path)
    full_disk_on_connect(monkeypatch)
    import pytest

    from facilitator.storage.errors import ProcessFileError

    with pytest.raises(ProcessFileError) as refused:
        ProcessStore.open(path)
    assert refused.value.code == ProblemCode.DISK_FULL
    assert "disk is full" in describe_file_error(refused.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gammal.facilitator"], "no -wal, -shm or lock"
    assert dump(path) == before, "nothing of the content was changed"
    check_process_file(path, for_writing=False)


def test_the_window_says_disk_full_and_never_offers_a_backup(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from facilitator.i18n import LanguageSwitcher
    from facilitator.storage import backups
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.settings import Settings

    path = older_process(tmp_path / "gammal.facilitator")
    store = ProcessStore.open(path)  # a backup exists: what the window would have offered
    backups.make_backup(store, tmp_path / "backups")
    store.close()
    older = older_process(tmp_path / "äldre.facilitator")
    backups_of_older = tmp_path / "backups"
    shadow = ProcessStore.create(tmp_path / "skugga.facilitator", "Skugga")
    import shutil

    folder = backups.backup_folder(older, backups_of_older)
    folder.mkdir(parents=True)
    shadow.close()
    shutil.copy(tmp_path / "skugga.facilitator", folder / "20240101-120000-000.facilitator")
    before = dump(older)

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    languages = LanguageSwitcher(QApplication.instance())
    languages.set_language("en")
    window = MainWindow(Settings.at(tmp_path / "s.ini"), languages, backups_of_older)
    qtbot.addWidget(window)
    full_disk_on_connect(monkeypatch)
    assert not window.open_process(older)
    assert asked == [], "a full disk is not damage: no backup is offered in its place"
    assert "disk is full" in window.error_box.text()
    assert dump(older) == before
    left = [p.name for p in tmp_path.iterdir() if p.name.startswith("äldre.facilitator-") or p.name.endswith(".lock")]
    assert left == []
