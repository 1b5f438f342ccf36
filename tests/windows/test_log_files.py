"""The log, its rotation and the crash report under Windows file semantics (issue 11)."""

from __future__ import annotations

import faulthandler
import logging
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from facilitator import logs
from facilitator.platform import paths
from facilitator.storage import files
from tests.windows_semantics import open_files


@pytest.fixture(autouse=True)
def own_logging(monkeypatch):
    """A clean "facilitator" logger and crash file for each test, put back afterwards."""
    monkeypatch.setattr(files, "RETRY_DELAYS", (0.01,))
    logger = logging.getLogger("facilitator")
    saved = logger.handlers[:]
    for handler in saved:
        logger.removeHandler(handler)
    was_enabled = faulthandler.is_enabled()
    yield logger
    logs.shutdown_logging()
    for handler in saved:
        logger.addHandler(handler)
    if was_enabled:
        faulthandler.enable()


def log_lines(count: int, text: str = "rad") -> None:
    for number in range(count):
        logging.getLogger("facilitator.test").info("%s %d med å ä ö %s", text, number, "x" * 40)


def test_setting_up_twice_does_not_rename_the_open_log(windows_files):
    path = logs.setup_logging(max_bytes=4000, keep=3)
    # Grown past the limit without a rollover yet (written by another process, say).
    with open(path, "a", encoding="utf-8") as other:
        other.write("gammalt\n" * 1000)
    assert logs.setup_logging(max_bytes=4000, keep=3) == path
    assert len(logging.getLogger("facilitator").handlers) == 1
    log_lines(3)
    assert "rad 2" in path.read_text(encoding="utf-8") + (path.parent / "facilitator.log.1").read_text(encoding="utf-8")


def test_the_log_rotates_while_running(windows_files):
    path = logs.setup_logging(max_bytes=4000, keep=3)
    log_lines(400)
    names = sorted(p.name for p in path.parent.glob("facilitator.log*"))
    assert names == ["facilitator.log", "facilitator.log.1", "facilitator.log.2", "facilitator.log.3"]
    assert "rad 399" in path.read_text(encoding="utf-8")


def test_a_log_another_facilitator_has_open_keeps_every_record(windows_files, capsys, monkeypatch):
    """Two Facilitators on one log: the rollover fails on Windows; nothing may be lost."""
    path = logs.setup_logging(max_bytes=4000, keep=3)
    other = open(path, "a", encoding="utf-8")  # noqa: SIM115 - the other app's handler, held open
    try:
        log_lines(200, "första")
        text = path.read_text(encoding="utf-8")
        assert all(f"första {n} " in text for n in range(200)), "no record lost"
        assert "could not rotate the log" in text
        assert text.count("could not rotate the log") == 1, "tried again later, not for every record"
        assert "Logging error" not in capsys.readouterr().err
    finally:
        other.close()
    monkeypatch.setattr(logs.RotatingLog, "RETRY_SECONDS", 0.0)
    for handler in logging.getLogger("facilitator").handlers:
        handler._next_rollover = 0.0
    log_lines(5, "sedan")
    assert (path.parent / "facilitator.log.1").exists(), "rotates once the other handle is gone"
    assert path.stat().st_size < 4000


def test_a_big_log_another_facilitator_has_open_does_not_stop_the_start(windows_files):
    path = paths.log_dir() / "facilitator.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("gammalt\n" * 1000, encoding="utf-8")
    with open(path, "a", encoding="utf-8"):  # the log handler of a Facilitator still running
        assert logs.setup_logging(max_bytes=4000, keep=3) == path
        logging.getLogger("facilitator.test").info("startade ändå")
    text = path.read_text(encoding="utf-8")
    assert "could not rotate the log at start-up" in text and "startade ändå" in text


def test_a_log_locked_by_another_program_does_not_stop_the_start(windows_files):
    path = paths.log_dir() / "facilitator.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("låst\n", encoding="utf-8")
    windows_files.hold(path)  # an editor that keeps it locked
    used = logs.setup_logging()
    logging.getLogger("facilitator.test").info("startade ändå")
    assert used != path and used.parent == path.parent
    text = used.read_text(encoding="utf-8")
    assert "could not open" in text and "startade ändå" in text


def test_the_crash_report_is_handed_over_while_faulthandler_has_it_open(windows_files):
    logs.setup_logging()
    crash = paths.log_dir() / logs.CRASH_NAME
    crash.write_text("Fatal Python error: Segmentation fault\n", encoding="utf-8")
    logs.enable_faulthandler()
    assert str(crash) in open_files()
    assert "Segmentation fault" in logs.previous_native_crash()
    assert "Segmentation fault" in logs.previous_crash_path().read_text(encoding="utf-8")
    assert crash.read_text(encoding="utf-8") == "", "the next crash starts afresh"
    assert faulthandler.is_enabled() and str(crash) in open_files(), "still recording crashes"


def test_enabling_faulthandler_twice_keeps_one_handle(windows_files):
    logs.enable_faulthandler()
    logs.enable_faulthandler()
    crash = str(paths.log_dir() / logs.CRASH_NAME)
    assert sorted(open_files()).count(crash) == 1
    handles = [fd for fd in os.listdir("/proc/self/fd") if _points_to(fd, crash)]
    assert len(handles) == 1


def _points_to(fd: str, path: str) -> bool:
    try:
        return os.readlink(f"/proc/self/fd/{fd}") == path
    except OSError:
        return False


def test_shutdown_logging_lets_the_home_folder_be_deleted(windows_files, facilitator_home):
    path = logs.setup_logging()
    logs.enable_faulthandler()
    logging.getLogger("facilitator.test").warning("sista raden")
    logs.shutdown_logging()
    assert logging.getLogger("facilitator").handlers == []
    assert "sista raden" in path.read_text(encoding="utf-8"), "flushed"
    assert not [p for p in open_files() if p.startswith(str(facilitator_home))]
    shutil.rmtree(facilitator_home)


def test_a_temporary_home_can_be_removed_after_shutdown(windows_files, monkeypatch):
    """What the smoke test does: the app in a TemporaryDirectory, then the folder goes."""
    with tempfile.TemporaryDirectory(prefix="facilitator-smoke-") as folder:
        monkeypatch.setenv("FACILITATOR_HOME", folder)
        logs.setup_logging()
        logs.enable_faulthandler()
        logging.getLogger("facilitator.test").info("röktest")
        logs.shutdown_logging()
    assert not Path(folder).exists()


def test_a_new_home_gets_a_new_log_and_the_old_folder_can_go(windows_files, tmp_path, monkeypatch):
    first = tmp_path / "först"
    monkeypatch.setenv("FACILITATOR_HOME", str(first))
    logs.setup_logging()
    monkeypatch.setenv("FACILITATOR_HOME", str(tmp_path / "sedan"))
    path = logs.setup_logging()
    logging.getLogger("facilitator.test").info("i nya mappen")
    assert path.is_relative_to(tmp_path / "sedan") and "i nya mappen" in path.read_text(encoding="utf-8")
    shutil.rmtree(first)
