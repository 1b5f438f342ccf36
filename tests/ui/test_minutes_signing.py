"""Justering in the real window: the meeting's page says whether the minutes are signed; the
"Justera protokollet…" dialog keeps them as signed (one undo step); a later change of the
meeting is announced and a new numbered version offered; the signed minutes export byte for
byte; unsigning asks first and undo brings the signing back. Screenshots in Swedish."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from facilitator.domain.entities import Meeting
from facilitator.storage import signed_minutes
from facilitator.ui.meeting.minutes_panel import SignMinutesDialog

from .conftest import type_text

SHOTS = Path(os.environ.get("FACILITATOR_SHOTS", "/tmp/shots"))


def _shot(widget, name: str) -> None:
    for _ in range(3):  # let deferred layouts (the toolbar's undo text) settle first
        QApplication.processEvents()
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))


def _fill_sign_dialog(qtbot, names: str, dnr: str, shot: str = "") -> list:
    """Fills the modal dialog once it is open and presses Justera; returns what it saw."""
    seen = []

    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignMinutesDialog):
            QTimer.singleShot(20, fill)
            return
        seen.append(dialog)
        dialog.date.setDate(QDate(2027, 4, 20))
        # Justera with nobody named is refused in words, and the dialog stays
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        seen.append(dialog.problem.isVisibleTo(dialog) and dialog.isVisible())
        dialog.adjusters.setFocus()
        for number, name in enumerate(names.split("\n")):
            if number:
                QTest.keyClick(dialog.adjusters, Qt.Key.Key_Return)
            type_text(dialog.adjusters, name)
        dialog.dnr.setText(dnr)
        if shot:
            _shot(dialog, shot)
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    return seen


@pytest.fixture
def ws3(qtbot, window, demo_path):
    assert window.open_process(demo_path)
    meeting = next(m for m in window.document.store.list(Meeting) if m.title.startswith(
        "Arbetsgrupp HR och rekrytering, träff 3"))
    window.view.tabs.setCurrentIndex(0)
    window.view.select_meeting(meeting.id)
    window.view.meeting_tabs.setCurrentWidget(window.view.form)
    panel = window.view.form.minutes_panel
    qtbot.waitUntil(lambda: panel.meeting_id == meeting.id)
    return meeting.id


def test_signing_in_the_meeting_s_page_then_a_change_then_unsigning(qtbot, window, ws3, tmp_path, monkeypatch):
    panel = window.view.form.minutes_panel
    store = window.document.store
    assert panel.isVisibleTo(window) and panel.sign_button.isEnabled()
    assert "not been signed" in panel.state.text()
    assert panel.export_button.isHidden() and panel.unsign_button.isHidden()

    seen = _fill_sign_dialog(qtbot, "Åsa Lindqvist\nGoran Petrović", "KS 2027/45")
    QTest.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: signed_minutes.latest_signed(store, ws3) is not None)
    assert seen[1] is True  # refused without a justerare, in words
    kept = signed_minutes.latest_signed(store, ws3)
    assert (kept.version, kept.signed_on, kept.adjusters, kept.dnr) == (
        1, "2027-04-20", "Åsa Lindqvist\nGoran Petrović", "KS 2027/45")
    assert kept.document.startswith(b"PK")
    assert window.document.undo_stack.undoText() == "Sign minutes"
    assert "Version 1 was signed on 20 April 2027 by Åsa Lindqvist and Goran Petrović." in panel.state.text()
    assert panel.sign_button.isHidden() and not panel.changed.isVisibleTo(window)

    # the signed minutes, exported byte for byte
    monkeypatch.setattr(panel, "_choose_path", lambda suggested: str(tmp_path / suggested))
    written = panel.export_signed()
    assert written is not None and written.read_bytes() == kept.document
    assert written.name == "Minutes Arbetsgrupp HR och rekrytering, träff 3 Mål, åtgärder och uppföljning version 1.docx"

    # a later change of the meeting: the window says so and offers version 2
    form = window.view.form
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(window.isActiveWindow)
    form.next_steps.setFocus()
    form.next_steps.moveCursor(QTextCursor.MoveOperation.End)
    type_text(form.next_steps, " Nästa träff i maj.")
    form.title.setFocus()  # leaving the field writes it
    qtbot.waitUntil(lambda: panel.changed.isVisibleTo(window), timeout=30000)
    assert "version 1 was signed" in panel.changed.text() and panel.sign_button.isVisibleTo(window)
    assert panel.sign_button.text() == "Sign a new version (2)…"
    assert signed_minutes.latest_signed(store, ws3).document == kept.document  # never silently changed
    window.document.undo_stack.undo()  # the change goes: nothing differs any more
    qtbot.waitUntil(lambda: not panel.changed.isVisibleTo(window), timeout=30000)

    # unsigning asks first; No keeps it, Yes takes it back, undo brings it back
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.No)
    assert not panel.unsign()
    assert signed_minutes.latest_signed(store, ws3) is not None and "version 1" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    assert panel.unsign()
    assert signed_minutes.latest_signed(store, ws3) is None and "not been signed" in panel.state.text()
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: "Version 1 was signed" in panel.state.text())
    assert signed_minutes.latest_signed(store, ws3) == kept
    window.document.undo_stack.undo()  # and the signing itself
    qtbot.waitUntil(lambda: "not been signed" in panel.state.text())
    assert signed_minutes.latest_signed(store, ws3) is None


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_justering_in_swedish_at_common_screen_sizes(qtbot, window, switcher, ws3, size):
    switcher.set_language("sv")
    panel = window.view.form.minutes_panel
    qtbot.waitUntil(lambda: panel.title() == "Protokoll och justering")
    window.resize(*size)
    width, height = size
    qtbot.waitUntil(lambda: window.width() == width)
    _shot(window, f"minutes_unsigned_{width}.png")
    _fill_sign_dialog(qtbot, "Åsa Lindqvist\nGoran Petrović", "KS 2027/45", shot=f"minutes_dialog_{width}.png")
    QTest.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Version 1 justerades den 20 april 2027" in panel.state.text())
    assert panel.export_button.text() == "Exportera justerat protokoll…"
    # the buttons and texts fit: nothing is cut off at this size
    for button in (panel.export_button, panel.unsign_button):
        assert button.width() >= button.sizeHint().width()
    _shot(window, f"minutes_signed_{width}.png")
    form = window.view.form
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form.purpose.setFocus()
    form.purpose.moveCursor(QTextCursor.MoveOperation.End)
    type_text(form.purpose, " Tillägg.")
    form.title.setFocus()
    qtbot.waitUntil(lambda: panel.changed.isVisibleTo(window), timeout=30000)
    assert "Mötets uppgifter har ändrats sedan version 1 justerades" in panel.changed.text()
    _shot(window, f"minutes_changed_{width}.png")
