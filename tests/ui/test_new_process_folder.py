"""Ctrl+N on a laptop without a Documents folder: the folder is made and the process created;
when the file cannot be made, the dialog comes back with what was typed."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.ui.common.dialogs import NewProcessDialog


def on_modal(steps):
    """Runs each step, in turn, on the next modal window that opens (one that is not the last)."""
    seen = []

    def handler():
        widget = QApplication.activeModalWidget()
        if widget is None or (seen and widget is seen[-1]) or not steps:
            if steps:
                QTimer.singleShot(10, handler)
            return
        seen.append(widget)
        step = steps.pop(0)
        if steps:  # before the step: it may open a modal window of its own and wait in it
            QTimer.singleShot(10, handler)
        step(widget)

    QTimer.singleShot(0, handler)
    return seen


def test_new_process_into_a_missing_documents_folder(qtbot, window, tmp_path, monkeypatch):
    home = tmp_path / "ny-dator"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs: ~/Documents
    documents = home / "Documents"
    assert not documents.exists()

    def fill(dialog):
        assert isinstance(dialog, NewProcessDialog)
        assert dialog.path.text().startswith(str(documents))
        dialog.title.setText("Handlingsplan mot rasism 2027–2029")
        dialog.municipality.setText("Ekbacka kommun")
        dialog.buttons.accepted.emit()

    on_modal([fill])
    window.new_action.trigger()
    assert window.document is not None
    assert window.document.process().title == "Handlingsplan mot rasism 2027–2029"
    assert window.document.path.parent == documents and window.document.path.exists()


def test_a_folder_that_cannot_be_made_keeps_the_dialog_and_what_was_typed(qtbot, window, tmp_path):
    blocker = tmp_path / "inte-en-mapp"
    blocker.write_text("en fil, inte en mapp")
    target = blocker / "Process.facilitator"
    typed = {}

    def fill(dialog):
        dialog.title.setText("Mångfaldsplan")
        dialog.municipality.setText("Ekbacka")
        dialog.path.setText(str(target))
        dialog.buttons.accepted.emit()

    def warning(box):
        assert isinstance(box, QMessageBox) and str(blocker) in box.text()
        box.accept()

    def still_open(dialog):
        typed.update(title=dialog.title.text(), municipality=dialog.municipality.text(), path=dialog.path.text())
        dialog.reject()

    on_modal([fill, warning, still_open])
    window.new_action.trigger()
    assert typed == {"title": "Mångfaldsplan", "municipality": "Ekbacka", "path": str(target)}
    assert window.document is None


def test_a_name_too_long_keeps_the_dialog_and_what_was_typed(qtbot, window, tmp_path):
    target = tmp_path / ("å" * 200 + ".facilitator")  # longer than a file name may be
    typed = {}

    def fill(dialog):
        dialog.title.setText("Mångfaldsplan")
        dialog.path.setText(str(target))
        dialog.buttons.accepted.emit()

    def warning(box):
        assert isinstance(box, QMessageBox)
        box.accept()

    def still_open(dialog):
        typed.update(title=dialog.title.text(), path=dialog.path.text())
        dialog.reject()

    on_modal([fill, warning, still_open])
    window.new_action.trigger()
    assert typed == {"title": "Mångfaldsplan", "path": str(target)}
    assert window.document is None


@pytest.mark.skipif(sys.platform != "linux" or not Path("/proc/self").exists(), reason="needs Linux's /proc")
def test_a_file_that_cannot_be_made_brings_the_dialog_back_with_what_was_typed(qtbot, window):
    target = Path("/proc/Mångfaldsplan.facilitator")  # a folder that exists, where no file can be made
    typed = {}

    def fill(dialog):
        dialog.title.setText("Mångfaldsplan")
        dialog.municipality.setText("Ekbacka")
        dialog.path.setText(str(target))
        dialog.buttons.accepted.emit()

    def error(box):
        assert isinstance(box, QMessageBox) and str(target) in box.text()
        typed["message"] = box.text()
        box.accept()

    def again(dialog):
        typed.update(title=dialog.title.text(), municipality=dialog.municipality.text(), path=dialog.path.text())
        dialog.reject()

    on_modal([fill, error, again])
    window.new_action.trigger()
    assert typed.pop("message")
    assert typed == {"title": "Mångfaldsplan", "municipality": "Ekbacka", "path": str(target)}
    assert window.document is None
