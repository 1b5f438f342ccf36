"""A process on a network drive (issue 14): the window works on a local copy and saves it
back safely, never with SQLite's write-ahead log across computers. A folder in tmp plays
the share (FACILITATOR_NETWORK_FOLDERS: this machine cannot mount SMB), in the real window
with real files; the crash is a real child process killed after an edit."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from facilitator.domain.entities import Participant
from facilitator.platform import paths
from facilitator.storage import lock as locks
from facilitator.storage.working_copy import WorkingCopy
from facilitator.ui import session as session_module
from facilitator.ui.main_window import MainWindow
from facilitator.ui.meeting import meeting_edits as edits
from facilitator.ui.settings import Settings
from tests.windows_semantics import windows_files  # noqa: F401 - a fixture

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("network_child.py")


@pytest.fixture
def share(tmp_path, monkeypatch):
    folder = tmp_path / "Gemensamt" / "Processer"
    folder.mkdir(parents=True)
    monkeypatch.setenv("FACILITATOR_NETWORK_FOLDERS", str(folder.parent))
    monkeypatch.setattr(session_module, "WRITE_BACK_MS", 100)
    monkeypatch.setattr(session_module, "RETRY_WRITE_BACK_MS", 200)
    return folder


@pytest.fixture
def remote(share, tmp_path):
    from facilitator.demo.builder import build_demo

    local = build_demo(tmp_path / "lokalt" / "Ekbacka demo.facilitator")
    path = share / "Ekbacka demo.facilitator"
    shutil.copyfile(local, path)
    return path


@pytest.fixture
def switcher(qapp):
    from facilitator.i18n import LanguageSwitcher

    languages = LanguageSwitcher(qapp)
    languages.set_language("en")
    yield languages


@pytest.fixture
def window(qtbot, tmp_path, switcher, share):
    main = MainWindow(Settings.at(tmp_path / "settings.ini"), switcher, tmp_path / "backups")
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close_process()


def names_in(path: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)  # leaves nothing beside
    try:
        return {row[0] for row in connection.execute("SELECT name FROM participant")}
    finally:
        connection.close()


def beside(path: Path) -> list[str]:
    return sorted(p.name[len(path.name):] for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path)


def when_modal(action):
    from PySide6.QtCore import QTimer

    def handler():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handler)
            return
        action(dialog)

    QTimer.singleShot(0, handler)


def test_edits_reach_the_share_whole_and_without_a_log(qtbot, window, remote):
    assert window.open_process(remote)
    session = window.session
    assert session.network is not None and session.document.path != remote
    assert session.process_path == remote and "Ekbacka demo.facilitator" in window.windowTitle()
    assert window.network_label.isVisible() and "network drive" in window.network_label.text()
    assert beside(remote) == [".lock"] and locks.holder_of(remote) is not None

    assert edits.add_participant(window.document, "Skrivs tillbaka")
    qtbot.waitUntil(lambda: "Skrivs tillbaka" in names_in(remote), timeout=30000)
    assert beside(remote) == [".lock"], "no -wal or -shm on the share"
    assert remote.read_bytes()[18:20] == b"\x01\x01", "the file on the share is not in write-ahead-log mode"

    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: "Skrivs tillbaka" not in names_in(remote), timeout=30000)

    session.write_back_timer.setInterval(3_600_000)  # only Ctrl+S now
    assert edits.add_participant(window.document, "Ctrl+S")
    assert "Ctrl+S" not in names_in(remote)
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Ctrl+S" in names_in(remote), timeout=30000)
    qtbot.waitUntil(lambda: "Saved to the network drive" in window.statusBar().currentMessage(), timeout=30000)

    assert edits.add_participant(window.document, "Vid stängning")
    window.close_process()
    assert "Vid stängning" in names_in(remote)
    assert beside(remote) == [], "the lock is let go and nothing is left beside the file"


def test_someone_elses_change_is_kept_and_this_version_saved_beside(qtbot, window, remote):
    assert window.open_process(remote)
    assert edits.add_participant(window.document, "Min första")
    qtbot.waitUntil(lambda: "Min första" in names_in(remote), timeout=30000)
    # Meanwhile a colleague's program changes the file on the share.
    theirs = sqlite3.connect(str(remote), isolation_level=None)
    theirs.execute("PRAGMA journal_mode = DELETE")
    theirs.execute("INSERT INTO participant(name) VALUES ('Deras ändring')")
    theirs.close()
    their_bytes = remote.read_bytes()

    assert edits.add_participant(window.document, "Min andra"), "the edit is acknowledged: it is in the local copy"
    qtbot.waitUntil(lambda: window.network_box is not None and window.network_box.isVisible(), timeout=30000)
    box = window.network_box
    assert "changed or removed by someone else" in box.text() and "nothing of theirs was overwritten" in box.text()
    assert "only on this computer" in window.network_label.text()
    assert remote.read_bytes() == their_bytes
    assert edits.add_participant(window.document, "Min tredje")
    qtbot.wait(400)
    assert window.network_box is box and remote.read_bytes() == their_bytes, "one question, nothing overwritten"

    box.findChild(QPushButton, "saveBeside").click()
    qtbot.waitUntil(lambda: window.session.process_path != remote, timeout=30000)
    mine = window.session.process_path
    assert mine.parent == remote.parent and "your version" in mine.name and mine.name in window.windowTitle()
    assert {"Min andra", "Min tredje"} <= names_in(mine) and "Deras ändring" not in names_in(mine)
    assert remote.read_bytes() == their_bytes
    assert "saved there" in window.network_label.text()
    assert edits.add_participant(window.document, "I nya filen")
    qtbot.waitUntil(lambda: "I nya filen" in names_in(mine), timeout=30000)
    window.close_process()
    assert beside(mine) == [] and beside(remote) == []


def test_a_share_that_goes_away_keeps_every_edit_and_gets_them_when_it_returns(qtbot, window, remote, share):
    assert window.open_process(remote)
    steps = window.document.undo_stack.count()
    away = share.with_name("Processer (frånkopplad)")
    os.rename(share, away)
    assert edits.add_participant(window.document, "Under avbrottet")
    assert window.document.undo_stack.count() == steps + 1, "acknowledged: it is safe on this computer"
    qtbot.waitUntil(lambda: window.network_box is not None and window.network_box.isVisible(), timeout=30000)
    box = window.network_box
    assert "cannot be reached" in box.text() and "kept on this computer" in box.text()
    assert "only on this computer" in window.network_label.text()
    box.close()
    assert edits.add_participant(window.document, "Också under avbrottet")
    qtbot.wait(500)  # tried again meanwhile, and failed again: not told again
    assert window.network_box is box
    os.rename(away, share)
    qtbot.waitUntil(lambda: {"Under avbrottet", "Också under avbrottet"} <= names_in(remote), timeout=30000)
    qtbot.waitUntil(lambda: "saved there" in window.network_label.text(), timeout=30000)
    assert beside(remote) == [".lock"]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
@pytest.mark.parametrize("choice", ["useLocal", "useRemote"])
def test_work_left_by_a_crash_is_offered_on_the_next_opening(qtbot, window, remote, choice):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, str(CHILD), str(remote), "Före kraschen"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env, cwd=ROOT)
    try:
        line = child.stdout.readline().strip()
        assert line == "ACK", line + child.stderr.read()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert "Före kraschen" not in names_in(remote), "never saved back"
    seen = []

    def choose(box):
        seen.append(box.text())
        box.findChild(QPushButton, choice).click()

    when_modal(choose)
    assert window.open_process(remote), "the crashed instance's lock is taken over"
    assert "never saved to the network drive" in seen[0] and "kept" in seen[0]
    names = set(window.document.store.names(Participant).values())
    if choice == "useLocal":
        assert "Före kraschen" in names
        qtbot.waitUntil(lambda: "Före kraschen" in names_in(remote), timeout=30000)
    else:
        assert "Före kraschen" not in names
        kept = list(window.session.network.folder.glob("*.set-aside-*"))
        assert len(kept) == 1 and "Före kraschen" in names_in(kept[0])
    window.close_process()
    assert WorkingCopy(remote, paths.working_copies_dir()).unsaved_work() is None, "nothing to recover after a clean close"
    assert window.open_process(remote) and window.session.network is not None


def test_readers_on_the_command_line_read_a_local_copy_while_the_window_writes(qtbot, window, remote):
    assert window.open_process(remote)
    assert edits.add_participant(window.document, "Läses")
    qtbot.waitUntil(lambda: "Läses" in names_in(remote), timeout=30000)
    before = (remote.read_bytes(), os.stat(remote).st_mtime_ns)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "FACILITATOR_LANG": "en"}
    result = subprocess.run([sys.executable, "-m", "facilitator", "info", str(remote), "--json"], capture_output=True,
                            text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert '"participants"' in result.stdout and str(remote) in result.stdout.replace("\\\\", "\\")
    out = remote.parent.parent / "Åtgärder.csv"
    result = subprocess.run([sys.executable, "-m", "facilitator", "export", "csv", str(remote), "--out", str(out)],
                            capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0
    assert (remote.read_bytes(), os.stat(remote).st_mtime_ns) == before and beside(remote) == [".lock"]


def test_a_file_open_on_another_computer_is_shown_read_only_from_a_local_copy(qtbot, window, remote):
    holder = locks.Holder("KOMMUN-PC-17", "asa", 4242, "2026-12-06T09:00:00+01:00", "abc123")
    locks.lock_path(remote).write_text(holder.to_json(), encoding="utf-8")
    before = (remote.read_bytes(), os.stat(remote).st_mtime_ns)
    seen = []

    def read_only(box):
        seen.append(box.text())
        box.findChild(QPushButton, "readOnly").click()

    when_modal(read_only)
    assert window.open_process(remote)
    assert "KOMMUN-PC-17" in seen[0] and window.session.read_only and window.session.network is None
    assert window.document.store.process().title
    assert not edits.add_participant(window.document, "Får inte skrivas")
    window.close_process()
    assert (remote.read_bytes(), os.stat(remote).st_mtime_ns) == before
    assert beside(remote) == [".lock"], "nothing beside it but the other computer's lock"


def test_creating_and_saving_as_onto_the_share(qtbot, window, share, tmp_path):
    new = share / "Ny process.facilitator"
    assert window.create_process(new, "Ny process", "Ekbacka")
    assert window.session.network is not None and new.is_file() and beside(new) == [".lock"]
    assert edits.add_participant(window.document, "Första")
    qtbot.waitUntil(lambda: "Första" in names_in(new), timeout=30000)
    window.close_process()

    local = tmp_path / "lokal.facilitator"
    assert window.create_process(local, "Lokal", "Ekbacka")
    assert window.session.network is None and not window.network_label.isVisible()
    assert edits.add_participant(window.document, "Lokalt")
    target = share / "Sparad som.facilitator"
    assert window.save_process_as(target)
    assert window.session.network is not None and window.session.process_path == target
    qtbot.waitUntil(lambda: target.exists() and not window.session.writing_back, timeout=30000)
    assert "Lokalt" in names_in(target) and beside(target) == [".lock"]
    window.session.write_back_timer.setInterval(3_600_000)
    assert edits.add_participant(window.document, "Innan flytten")
    back_home = tmp_path / "tillbaka.facilitator"
    assert window.save_process_as(back_home)
    assert window.session.network is None and not window.network_label.isVisible()
    assert "Innan flytten" in names_in(target), "the file left on the share got what was saved until then"
    assert beside(target) == []
    window.close_process()


def test_the_window_under_windows_rules_for_open_files(qtbot, window, remote, windows_files):  # noqa: F811
    assert window.open_process(remote)
    assert edits.add_participant(window.document, "Windows")
    qtbot.waitUntil(lambda: "Windows" in names_in(remote), timeout=30000)
    windows_files.hold(remote)  # a colleague's Explorer preview or a scanner has it open
    assert edits.add_participant(window.document, "Medan den hålls")
    qtbot.waitUntil(lambda: window.network_box is not None and window.network_box.isVisible(), timeout=30000)
    assert "open in another program" in window.network_box.text()
    assert "Medan den hålls" not in names_in(remote)
    windows_files.release(remote)
    qtbot.waitUntil(lambda: "Medan den hålls" in names_in(remote), timeout=30000)
    assert edits.add_participant(window.document, "Till sist")
    window.close_process()
    assert "Till sist" in names_in(remote) and beside(remote) == []
    assert [r for r in windows_files.refusals if r[1] != str(remote)] == []


def test_a_damaged_file_on_the_share_is_recovered_from_the_backup_of_its_working_copy(qtbot, window, remote):
    assert window.open_process(remote)
    assert edits.add_participant(window.document, "I säkerhetskopian")
    window.close_process()  # the last backup, of the working copy
    remote.write_bytes(remote.read_bytes()[:3000])  # damaged on the share
    seen = []

    def yes(box):
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(yes)
    assert window.open_process(remote)
    assert "damaged" in seen[0] and str(remote) in seen[0]
    assert window.session.network is not None and window.session.process_path == remote
    assert "I säkerhetskopian" in window.document.store.names(Participant).values()
    window.close_process()
    assert any(".damaged-" in p.name for p in remote.parent.iterdir()), "the damaged file is kept beside it"
    assert beside(remote) == []


def test_a_share_that_hangs_does_not_freeze_the_window(qtbot, window, remote, monkeypatch):
    import threading

    from facilitator.storage import working_copy

    assert window.open_process(remote)
    answer = threading.Event()
    real = working_copy._write_durably

    def hanging(source, target):  # the server stops answering in the middle of a write
        answer.wait(30)
        return real(source, target)

    monkeypatch.setattr(working_copy, "_write_durably", hanging)
    assert edits.add_participant(window.document, "Medan servern tiger")
    qtbot.waitUntil(lambda: window.session.writing_back, timeout=30000)
    ticks = []
    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, lambda: ticks.append("the window answers"))
    qtbot.waitUntil(lambda: bool(ticks), timeout=30000)
    assert edits.add_participant(window.document, "Också medan den tiger"), "edits go on in the local copy"
    assert "Medan servern tiger" not in names_in(remote)
    answer.set()
    qtbot.waitUntil(lambda: {"Medan servern tiger", "Också medan den tiger"} <= names_in(remote), timeout=30000)
    window.close_process()
    assert beside(remote) == []
