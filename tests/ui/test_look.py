"""One look that follows the system's light or dark palette (issue 15)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel

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


# -- One spacing and type scale -------------------------------------------------------------------

SPACING_CALLS = {"setContentsMargins", "setSpacing", "setHorizontalSpacing", "setVerticalSpacing", "addSpacing"}
SIZE_CALLS = {"setPointSize", "setPointSizeF", "setPixelSize"}
# The projector sizes everything to the screen it is on, the fitted label to its rectangle,
# and the run page's countdown is a clock read from across the room: not the pages' scale.
SCALED_TO_THEIR_SPACE = {"run/projector.py", "common/fitted_text.py", "run/run_page.py"}


def scale_offences(source: str, relative: str = "page.py") -> list[str]:
    """Margins and spacing that are neither 0 nor look.space(...)/look.margins(...); font sizes
    set outside look."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        call = node.func.attr
        if call in SPACING_CALLS:
            for argument in node.args:
                zero = isinstance(argument, ast.Constant) and argument.value == 0
                scaled = (isinstance(argument, ast.Call) and isinstance(argument.func, ast.Attribute)
                          and ast.unparse(argument.func) in ("look.space", "look.margins"))
                if not (zero or scaled):
                    found.append(f"{relative}:{node.lineno}: {ast.unparse(node)}")
                    break
        elif call in SIZE_CALLS:
            found.append(f"{relative}:{node.lineno}: {ast.unparse(node)}")
    found += [f"{relative}: font-size in a style sheet" for line in source.splitlines() if "font-size" in line]
    return found


def test_the_scale_check_finds_literal_numbers():
    assert scale_offences("layout.setContentsMargins(6, 6, 6, 6)\ngrid.setSpacing(look.SPACING + 2)\n"
                          "row.addSpacing(12)\nfont.setPointSizeF(font.pointSizeF() * 1.3)\n") == [
        "page.py:1: layout.setContentsMargins(6, 6, 6, 6)", "page.py:2: grid.setSpacing(look.SPACING + 2)",
        "page.py:3: row.addSpacing(12)", "page.py:4: font.setPointSizeF(font.pointSizeF() * 1.3)"]
    assert scale_offences("layout.setContentsMargins(0, 0, 0, 0)\nlayout.setContentsMargins(look.margins(look.SMALL))\n"
                          "grid.setSpacing(look.space(look.TIGHT))\nlook.set_type(title, look.PAGE_TITLE)\n") == []


def test_pages_take_their_spacing_and_type_from_the_look():
    """Every margin and spacing of a page or dialog is 0 or a step of look's scale; no page sizes
    a font itself (headings use look.set_type). The rule is in docs/architecture.md."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if relative == "common/look.py" or relative in SCALED_TO_THEIR_SPACE:
            continue
        found += scale_offences(path.read_text(encoding="utf-8"), relative)
    assert found == [], "use look.margins(...)/look.space(...)/look.set_type(...):\n" + "\n".join(found)


def test_the_spacing_grows_with_the_system_font(qapp):
    font = QApplication.font()
    try:
        assert look.space(look.SMALL) == 8 and look.margins(look.SMALL, look.TIGHT).top() == 4  # the usual line
        larger = QFont(font)
        larger.setPointSizeF(font.pointSizeF() * 2)  # "make text bigger", or a desktop's font DPI at 200 %
        QApplication.setFont(larger)
        assert look.space(look.SMALL) >= 14 and look.space(look.WIDE) >= 42
        assert look.type_font(look.PAGE_TITLE).pointSizeF() == pytest.approx(larger.pointSizeF() * 1.5)
    finally:
        QApplication.setFont(font)


def test_page_titles_and_headings_use_the_type_scale(qtbot, window, demo_path, switcher):
    """Every label of every page that is not the body size is a step of the type scale, and the
    pages with a title show it at the page-title size."""
    from facilitator.storage import meetings

    switcher.set_language("sv")
    body = QApplication.font().pointSizeF()
    sizes = {round(body * kind.scale, 2) for kind in look.TYPE_SCALE}
    start_heading = window.start_page.heading
    assert start_heading.font().pointSizeF() == pytest.approx(body * look.PAGE_TITLE.scale)
    assert start_heading.property("lookType") == look.PAGE_TITLE.name

    def labels_off_the_scale() -> list[str]:
        off = []
        for found in window.findChildren(QLabel):
            size = found.font().pointSizeF()
            if found.isVisible() and size > 0 and round(size, 2) not in sizes:
                off.append(f"{found.objectName() or found.text()[:40]}: {size}")
        return off

    assert window.open_process(demo_path)
    view = window.view
    view.select_meeting(next(m for m in meetings.all_meetings(window.document.store) if m.format == "world_cafe").id)
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        for page in range(view.meeting_tabs.count()) if tab == 0 else [None]:
            if page is not None:
                view.meeting_tabs.setCurrentIndex(page)
            qtbot.wait(5)
            assert labels_off_the_scale() == [], (tab, page)
    window.show_from_phones()
    moderation = view.from_phones.page()
    assert moderation.title.font().pointSizeF() == pytest.approx(body * look.PAGE_TITLE.scale)
    view.tabs.setCurrentIndex(view.tabs.indexOf(view.plan))
    assert view.plan.page().heading.property("lookType") == look.PAGE_TITLE.name
