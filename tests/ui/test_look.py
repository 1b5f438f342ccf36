"""One look that follows the system's light or dark palette (issue 15)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from facilitator.ui.common import look
from facilitator.ui.plan.coverage_view import EMPTY_COLOUR, EMPTY_TEXT

UI = Path(__file__).resolve().parents[2] / "facilitator" / "ui"


def dark_palette() -> QPalette:
    """A dark system palette, as a desktop in dark mode gives it (every role, every group)."""
    palette = QPalette(QColor("#3c4043"), QColor("#202124"))  # button, window: Qt derives the rest
    for role, colour in ((QPalette.ColorRole.WindowText, "#e8eaed"), (QPalette.ColorRole.Base, "#171717"),
                         (QPalette.ColorRole.AlternateBase, "#2a2a2a"), (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.ButtonText, "#e8eaed"), (QPalette.ColorRole.Mid, "#5f6368"),
                         (QPalette.ColorRole.Highlight, "#8ab4f8"), (QPalette.ColorRole.HighlightedText, "#202124"),
                         (QPalette.ColorRole.PlaceholderText, "#9aa0a6")):
        palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#80868b"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#80868b"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#80868b"))
    return palette


@pytest.fixture
def palettes(qapp):
    light = QApplication.palette()
    yield light, dark_palette()
    QApplication.setPalette(light)


def test_meaning_colours_read_on_the_light_and_the_dark_palette(palettes):
    for palette in palettes:
        QApplication.setPalette(palette)
        window = QApplication.palette().color(QPalette.ColorRole.Window)
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        for background in (window, base):
            assert look.contrast(QColor(look.error_colour()), background) >= 4.5, palette
    assert look.is_dark(palettes[1]) and not look.is_dark(palettes[0])
    assert look.contrast(EMPTY_TEXT, EMPTY_COLOUR) >= 4.5


def test_pages_take_their_colours_from_the_look():
    """No page writes a colour of meaning itself (the dark palette would lose it)."""
    allowed = {"common/look.py", "meeting/cafe_page.py", "plan/coverage_view.py", "run/projector.py",
               "sharing/sharing_panel.py", "meeting/meeting_form.py", "capture/capture_models.py",
               "meeting/minutes_panel.py"}
    # (those set a background and a text colour together, or are the projector and the QR's white)
    found = []
    for path in UI.rglob("*.py"):
        relative = path.relative_to(UI).as_posix()
        if relative in allowed:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"#[0-9a-fA-F]{6}\b", line) and not line.lstrip().startswith("#"):
                found.append(f"{relative}:{number}: {line.strip()}")
    assert found == []


def test_the_window_renders_in_a_dark_palette(qtbot, window, demo_path, palettes):
    QApplication.setPalette(palettes[1])
    assert window.open_process(demo_path)
    for page in (0, 4, 7, 8):
        window.show_meeting_page(page)
        qtbot.wait(10)
        assert not window.grab().isNull()
