"""Crashes in the UI: an unexpected exception is logged and shown with the log's location,
and loses nothing; a native crash (faulthandler) is offered on the next start; the log
rotates by size in the OS log folder."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from facilitator import logs
from facilitator.domain.entities import Participant
from facilitator.platform import paths
from facilitator.storage.process_store import ProcessStore

CHILD = Path(__file__).with_name("error_child.py")
ROOT = Path(__file__).resolve().parents[2]


def run_child(home: Path, *args: str, timeout: float = 60, extra_env: dict | None = None):
    env = {**os.environ, "FACILITATOR_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.update(extra_env or {})
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)


def names(path: Path) -> list[str]:
    store = ProcessStore.open(path)
    try:
        return [p.name for p in store.list(Participant)]
    finally:
        store.close()


def test_an_exception_in_a_slot_is_logged_shown_with_the_log_and_loses_nothing(tmp_path):
    home = tmp_path / "hem"
    process = tmp_path / "Min process.facilitator"
    result = run_child(home, str(CHILD), "slot", str(process))
    assert result.returncode == 0, result.stderr
    log_file = home / "logs" / "facilitator.log"
    log_text = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in log_text and "RuntimeError: oväntat fel i en slot" in log_text
    assert "fail_in_slot" in log_text, "the log has the whole traceback"
    dialogs = [line for line in result.stdout.splitlines() if line.startswith("DIALOG ")]
    assert len(dialogs) == 1
    assert str(log_file) in dialogs[0] and "Your work is saved" in dialogs[0]
    assert "told the user" in log_text and str(log_file) in log_text
    assert "CONTINUED" in result.stdout, "the app goes on after the error"
    assert names(process) == ["Före felet", "Efter felet"]


def test_an_exception_in_a_worker_thread_is_logged_without_a_dialog(tmp_path):
    home = tmp_path / "hem"
    process = tmp_path / "process.facilitator"
    result = run_child(home, str(CHILD), "thread", str(process))
    assert result.returncode == 0, result.stderr
    log_text = (home / "logs" / "facilitator.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError" in log_text
    assert "DIALOG" not in result.stdout, "widgets are never made outside the GUI thread"
    assert names(process) == ["Före felet", "Efter felet"]


def test_a_native_crash_is_offered_on_the_next_start(tmp_path):
    home = tmp_path / "hem"
    crashed = run_child(home, str(CHILD), "segfault")
    assert crashed.returncode != 0
    report = home / "logs" / "crash.log"
    assert "Segmentation fault" in report.read_text(encoding="utf-8")

    process = tmp_path / "Vår process.facilitator"
    ProcessStore.create(process, "Vår process").close()
    started = run_child(home, "-m", "facilitator", str(process), extra_env={"FACILITATOR_EXIT_WHEN_READY": "1"})
    assert started.returncode == 0, started.stderr
    assert "ready" in started.stdout
    kept = home / "logs" / "crash.previous.log"
    assert "Segmentation fault" in kept.read_text(encoding="utf-8"), "the report is kept to send on"
    log_text = (home / "logs" / "facilitator.log").read_text(encoding="utf-8")
    assert "offered the report of the previous crash" in log_text and str(kept) in log_text
    assert report.read_text(encoding="utf-8") == "", "the next crash starts a fresh report"

    again = run_child(home, "-m", "facilitator", str(process), extra_env={"FACILITATOR_EXIT_WHEN_READY": "1"})
    assert again.returncode == 0
    log_text = (home / "logs" / "facilitator.log").read_text(encoding="utf-8")
    assert log_text.count("offered the report of the previous crash") == 1, "offered once, not at every start"


def test_the_crash_dialog_shows_the_report_and_where_it_is(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from facilitator.app import CRASH_DIALOG, offer_crash_report

    box = offer_crash_report(None, "Fatal Python error: Segmentation fault\n  File x.py", tmp_path / "crash.previous.log")
    qtbot.addWidget(box)
    qtbot.waitExposed(box)
    assert box.objectName() == CRASH_DIALOG and box.isVisible()
    assert str(tmp_path / "crash.previous.log") in box.text()
    assert "Segmentation fault" in box.detailedText()
    assert any(b.text() for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Ok), "Esc and quitting close it"
    box.resize(700, 300)
    os.makedirs("/tmp/shots", exist_ok=True)
    box.grab().save("/tmp/shots/reliability-crash-dialog.png")
    box.accept()


@pytest.fixture
def own_log_handler():
    """setup_logging adds a handler to the "facilitator" logger; tests get a clean one."""
    logger = logging.getLogger("facilitator")
    saved = logger.handlers[:]
    for handler in saved:
        logger.removeHandler(handler)
    yield logger
    for handler in logger.handlers[:]:
        handler.close()
        logger.removeHandler(handler)
    for handler in saved:
        logger.addHandler(handler)


def test_the_log_rotates_by_size_while_running(own_log_handler):
    path = logs.setup_logging(max_bytes=4000, keep=3)
    assert path == paths.log_dir() / "facilitator.log"
    for number in range(400):
        logging.getLogger("facilitator.test").info("rad %d med å ä ö %s", number, "x" * 40)
    files = sorted(p.name for p in path.parent.iterdir() if p.name.startswith("facilitator.log"))
    assert files == ["facilitator.log", "facilitator.log.1", "facilitator.log.2", "facilitator.log.3"]
    assert all(p.stat().st_size <= 4000 for p in path.parent.glob("facilitator.log*"))
    assert "rad 399" in path.read_text(encoding="utf-8")


def test_a_big_log_from_last_time_is_rotated_at_start(own_log_handler):
    path = paths.log_dir() / "facilitator.log"
    path.write_text("gammalt\n" * 1000, encoding="utf-8")
    logs.setup_logging(max_bytes=4000, keep=3)
    assert (path.parent / "facilitator.log.1").read_text(encoding="utf-8").startswith("gammalt")
    assert path.stat().st_size < 4000


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG folders are Linux's")
def test_logs_live_in_the_os_log_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("FACILITATOR_HOME")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert paths.log_dir() == Path(platformdirs.user_log_dir("Facilitator", appauthor=False))
    assert paths.log_dir().is_relative_to(tmp_path / "state")


def test_the_error_dialog_names_the_log_and_closes_with_escape(qtbot, tmp_path):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from facilitator.app import ERROR_DIALOG, show_unexpected_error

    seen = {}

    def look_and_press_escape():
        box = QApplication.activeModalWidget()
        seen["name"], seen["text"] = box.objectName(), box.text()
        box.grab().save("/tmp/shots/reliability-error-dialog.png")
        QTest.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(200, look_and_press_escape)
    show_unexpected_error(tmp_path / "logs" / "facilitator.log")  # returns once closed
    assert seen["name"] == ERROR_DIALOG
    assert str(tmp_path / "logs" / "facilitator.log") in seen["text"]
