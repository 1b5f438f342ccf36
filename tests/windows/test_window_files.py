"""The window's file flows under Windows file semantics (issue 11): create, back up, restore,
recover a damaged file, close, and then delete everything it used."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from facilitator import logs
from facilitator.domain.entities import Participant
from facilitator.i18n import LanguageSwitcher
from facilitator.storage import backups, files
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.main_window import MainWindow
from facilitator.ui.meeting import meeting_edits as edits
from facilitator.ui.settings import Settings
from tests.windows_semantics import open_files


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(files, "RETRY_DELAYS", (0.01,))


@pytest.fixture
def window(qtbot, qapp, tmp_path):
    switcher = LanguageSwitcher(qapp)
    switcher.set_language("en")
    main = MainWindow(Settings.at(tmp_path / "settings.ini"), switcher, tmp_path / "backups")
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close_process()


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)
    path.write_bytes(bytes(data))


def names(window) -> list[str]:
    return [p.name for p in window.document.store.list(Participant)]


def test_the_whole_session_can_be_deleted_after_closing(windows_files, qtbot, qapp, tmp_path, monkeypatch):
    folder = tmp_path / "session"
    folder.mkdir()
    monkeypatch.setenv("FACILITATOR_HOME", str(folder / "home"))
    logs.setup_logging()
    logs.enable_faulthandler()
    try:
        switcher = LanguageSwitcher(qapp)
        main = MainWindow(Settings.at(folder / "settings.ini"), switcher, folder / "backups")
        qtbot.addWidget(main)
        main.show()
        assert main.create_process(folder / "Röktest med mellanslag.facilitator", "Röktest")
        edits.add_participant(main.document, "Anna")
        main.backup_now()
        main.close()
        qapp.processEvents()
    finally:
        logs.shutdown_logging()
    assert not [p for p in open_files() if p.startswith(str(folder))]
    shutil.rmtree(folder)


def test_restoring_a_backup_in_the_window(windows_files, window, tmp_path):
    assert window.create_process(tmp_path / "p.facilitator", "P")
    edits.add_participant(window.document, "Före")
    window.backup_now()
    edits.add_participant(window.document, "Efter")
    latest = backups.list_backups(window.document.path, window.backups_root)[0]
    assert window.restore_backup(latest.path)
    assert names(window) == ["Före"]


def test_a_damaged_file_is_recovered_in_the_window(windows_files, window, tmp_path, monkeypatch):
    path = tmp_path / "p.facilitator"
    assert window.create_process(path, "P")
    edits.add_participant(window.document, "Viktig person")
    window.close_process()
    damage(path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.open_process(path)
    assert names(window) == ["Viktig person"]


def test_recovering_a_file_open_in_another_program_names_that_cause(windows_files, window, tmp_path, monkeypatch):
    path = tmp_path / "p.facilitator"
    assert window.create_process(path, "P")
    window.close_process()
    damage(path)
    windows_files.hold(path)  # a second Facilitator, say
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert not window.open_process(path)
    text = window.error_box.text()
    assert "open in another program" in text and str(path) in text
    assert not list(tmp_path.glob("*.damaged-*"))


def test_recovering_the_file_this_window_has_open(windows_files, window, tmp_path, monkeypatch):
    """Damaged under the open window (a disk error): the window lets go of it first, and
    does not back up the damaged content."""
    path = tmp_path / "p.facilitator"
    assert window.create_process(path, "P")
    edits.add_participant(window.document, "Viktig person")
    window.backup_now()
    count = len(backups.list_backups(path, window.backups_root))
    window.document.store.checkpoint()
    damage(path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.open_process(path)
    assert names(window) == ["Viktig person"]
    assert len(list(tmp_path.glob("*.damaged-*.facilitator"))) == 1
    assert len(backups.list_backups(path, window.backups_root)) == count


def test_the_demo_cannot_be_replaced_while_the_window_has_it_open(windows_files, window, tmp_path):
    from facilitator.demo.builder import build_demo
    from facilitator.storage.errors import ProblemCode, ProcessFileError

    path = build_demo(tmp_path / "demo.facilitator")
    assert window.open_process(path)
    with pytest.raises(ProcessFileError) as error:
        build_demo(path, overwrite=True)
    assert error.value.code == ProblemCode.IN_USE
    edits.add_participant(window.document, "Fortfarande här")
    window.close_process()
    store = ProcessStore.open(path)
    try:
        assert "Fortfarande här" in [p.name for p in store.list(Participant)]
    finally:
        store.close()
