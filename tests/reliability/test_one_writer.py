"""One writer per process file (issue 14): a lock file beside the process says who has it;
a second writer (another window, another instance, another computer) is refused with who
and since when, and offered read-only; a lock left by a crash is taken over; readers keep
working while the app writes and leave nothing beside the file; "database is locked"
during a write is said as another program writing."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.domain.entities import Participant, Process
from facilitator.messages import describe_file_error
from facilitator.storage import lock
from facilitator.storage.errors import ProblemCode, ProcessFileError
from facilitator.storage.process_store import ProcessStore, open_read_only
from facilitator.ui.main_window import MainWindow
from facilitator.ui.meeting import meeting_edits as edits
from facilitator.ui.settings import Settings


def beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name and p.name.startswith(path.name))


def test_a_second_writer_is_told_who_has_the_file_and_readers_go_on(demo_path):
    store = ProcessStore.open(demo_path)
    try:
        written = json.loads(lock.lock_path(demo_path).read_text(encoding="utf-8"))
        assert written["pid"] == os.getpid() and written["host"] and written["user"] and written["since"]
        with pytest.raises(lock.LockedError) as refused:
            ProcessStore.open(demo_path)
        assert refused.value.code == ProblemCode.LOCKED_BY_OTHER
        holder = refused.value.holder
        assert (holder.host, holder.user, holder.since) == (written["host"], written["user"], written["since"])
        text = describe_file_error(refused.value)
        assert str(demo_path) in text and "another Facilitator window" in text

        # A reader (info, an export) works while the window writes.
        store.update(Process, 1, title="Skrivs nu")
        reader = open_read_only(demo_path)
        assert reader.process().title == "Skrivs nu"
        store.update(Process, 1, title="Och igen")
        assert reader.process().title == "Och igen"
        reader.close()
    finally:
        store.close()
    assert beside(demo_path) == [], "no lock, -wal or -shm is left when the writer has closed"
    reader = open_read_only(demo_path)
    reader.close()
    assert beside(demo_path) == []


CHILD = """
import sys, time
from facilitator.storage.process_store import ProcessStore
from facilitator.domain.entities import Process
store = ProcessStore.open(sys.argv[1])
store.update(Process, 1, title="Från den andra")
print("open", flush=True)
time.sleep(60)
"""


def test_another_instance_is_named_and_its_lock_taken_over_after_a_crash(demo_path):
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(demo_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(lock.LockedError) as refused:
            ProcessStore.open(demo_path)
        holder = refused.value.holder
        assert holder.pid == child.pid and holder.on_this_computer and not holder.this_instance
        assert "on the computer" in describe_file_error(refused.value)
        reader = open_read_only(demo_path)  # reading while another instance writes
        assert reader.process().title == "Från den andra"
        reader.close()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert lock.lock_path(demo_path).exists(), "the crash left its lock"
    assert lock.holder_of(demo_path) is None, "a lock whose process is gone is stale"
    store = ProcessStore.open(demo_path)  # taken over
    try:
        assert store.process().title == "Från den andra", "what the crashed instance committed is there"
        assert json.loads(lock.lock_path(demo_path).read_text())["pid"] == os.getpid()
    finally:
        store.close()
    assert beside(demo_path) == []


def test_a_lock_from_another_computer_is_taken_over_only_when_confirmed(demo_path):
    foreign = lock.Holder("kommunens-pc-17", "asa", 4242, "2020-01-01T08:00:00+01:00", "abc123")
    lock.lock_path(demo_path).write_text(foreign.to_json(), encoding="utf-8")
    with pytest.raises(lock.LockedError) as refused:
        ProcessStore.open(demo_path)
    assert refused.value.holder == foreign and refused.value.holder.looks_abandoned()
    text = describe_file_error(refused.value)
    assert "asa" in text and "kommunens-pc-17" in text
    with pytest.raises(lock.LockedError):
        ProcessStore.open(demo_path, take_over="not-its-id")
    store = ProcessStore.open(demo_path, take_over="abc123")
    store.close()
    assert beside(demo_path) == []


def test_database_is_locked_while_writing_is_said_as_another_program_writing(demo_path):
    store = ProcessStore.open(demo_path)
    store.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(str(demo_path), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(ProcessFileError) as failed:
            store.update(Process, 1, title="Krock")
        assert failed.value.code == ProblemCode.WRITE_BUSY
        assert "another program or another Facilitator is writing" in describe_file_error(failed.value)
        other.execute("ROLLBACK")
        store.update(Process, 1, title="Nu går det")
        assert store.process().title == "Nu går det"
    finally:
        other.close()
        store.close()


def when_modal(action):
    from PySide6.QtCore import QTimer

    def handler():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handler)
            return
        action(dialog)

    QTimer.singleShot(0, handler)


@pytest.fixture
def two_windows(qtbot, tmp_path, switcher):
    windows = []
    for name in ("a", "b"):
        main = MainWindow(Settings.at(tmp_path / f"{name}.ini"), switcher, tmp_path / f"backups-{name}")
        qtbot.addWidget(main)
        main.show()
        windows.append(main)
    yield windows
    for main in windows:
        main.close_process()


@pytest.fixture
def switcher(qapp):
    from facilitator.i18n import LanguageSwitcher

    languages = LanguageSwitcher(qapp)
    languages.set_language("en")
    yield languages


def test_a_second_window_offers_switching_or_read_only_and_refuses_edits(qtbot, two_windows, demo_path):
    first, second = two_windows
    assert first.open_process(demo_path)
    edits.add_participant(first.document, "Först")
    seen = []

    def switch(box):
        seen.append(box.text())
        box.findChild(type(box.buttons()[0]), "switch").click()

    when_modal(switch)
    assert second.open_process(demo_path)
    assert second.document is None, "switching opens nothing in this window"
    assert "another Facilitator window" in seen[0]
    qtbot.waitUntil(first.isActiveWindow)

    when_modal(lambda box: box.findChild(type(box.buttons()[0]), "readOnly").click())
    assert second.open_process(demo_path)
    assert second.session.read_only and "(read-only)" in second.windowTitle()
    count = second.document.store.count(Participant)
    assert not edits.add_participant(second.document, "Får inte skrivas")
    assert "open read-only" in second.statusBar().currentMessage()
    assert second.document.undo_stack.count() == 0 and second.error_box is None
    assert second.document.store.count(Participant) == count

    # The writer goes on; the read-only window sees it.
    assert edits.add_participant(first.document, "Sedan")
    assert "Sedan" in second.document.store.names(Participant).values()
    second.close_process()
    first.close_process()
    assert beside(demo_path) == []
    reopened = ProcessStore.open(demo_path)
    assert reopened.count(Participant) == count + 1, "only the writer's edit is in the file"
    reopened.close()


def test_cancel_opens_nothing(qtbot, two_windows, demo_path):
    first, second = two_windows
    assert first.open_process(demo_path)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert not second.open_process(demo_path)
    assert second.document is None and first.document is not None
