"""One look for every page: the spacing and type scale, and the colours that carry meaning
(an error, a missing field, something overdue), chosen from the palette in use so that they
read as well on the system's dark palette as on its light one.

Pages ask here instead of writing colours of their own; a municipal laptop in dark mode then
gets light red on dark grey, not dark red on dark grey.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMargins
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# -- The spacing scale ---------------------------------------------------------------------------
# Every margin and spacing of a page or dialog is a step of this scale, in pixels at the usual
# 16-pixel line of a system font at 100 %. space() grows it with a larger system font (Windows'
# "make text bigger", a desktop's font DPI), so the room around the text grows with the text;
# Qt already multiplies every pixel by the display's scaling (125–200 %).
# The rule (tests/ui/test_look.py): a layout's margins and spacing are 0 or come from here.
HAIR, TIGHT, SMALL, MEDIUM, LARGE, WIDE = 2, 4, 8, 12, 16, 24
SPACING = SMALL  # between related widgets
MARGIN = MEDIUM  # around a page's content
SECTION_SPACING = LARGE  # between sections of a page
_USUAL_LINE = 16


def space(step: int = SMALL) -> int:
    """A step of the spacing scale in pixels, for setSpacing(), addSpacing() and the like."""
    app = QApplication.instance()
    line = QFontMetrics(QApplication.font()).height() if app is not None else _USUAL_LINE
    return round(step * max(1.0, line / _USUAL_LINE))


def margins(left: int = MEDIUM, top: int | None = None, right: int | None = None,
            bottom: int | None = None) -> QMargins:
    """Contents margins of steps of the scale: margins(SMALL) on every side, margins(SMALL,
    TIGHT) left-right and top-bottom, or four steps as setContentsMargins takes them."""
    top = left if top is None else top
    right = left if right is None else right
    bottom = top if bottom is None else bottom
    return QMargins(space(left), space(top), space(right), space(bottom))


# -- The type scale ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Type:
    name: str
    scale: float  # of the system font's size
    bold: bool


PAGE_TITLE = Type("page title", 1.5, True)  # a page's or a dialog's own heading
SECTION_HEADING = Type("section heading", 1.15, True)  # a part of a page
BODY = Type("body", 1.0, False)
SMALL_PRINT = Type("small", 0.9, False)  # a figure or note beside the main text
TYPE_SCALE = (PAGE_TITLE, SECTION_HEADING, BODY, SMALL_PRINT)
# Kept for pages written before the scale had names.
HEADING_SCALE = PAGE_TITLE.scale
SUBHEADING_SCALE = SECTION_HEADING.scale


def type_font(kind: Type, base: QFont | None = None) -> QFont:
    """The font of a step of the type scale, from the system's font (or ``base``'s family)."""
    font = QFont(base if base is not None else QApplication.font())
    system = QApplication.font()
    if system.pointSizeF() > 0:
        font.setPointSizeF(system.pointSizeF() * kind.scale)
    else:
        font.setPixelSize(round(system.pixelSize() * kind.scale))
    font.setBold(kind.bold)
    return font


def set_type(widget: QWidget, kind: Type) -> QWidget:
    """Gives ``widget`` (a label, mostly) a step of the type scale."""
    widget.setFont(type_font(kind, widget.font()))
    widget.setProperty("lookType", kind.name)
    return widget


_ERROR_ON_LIGHT, _ERROR_ON_DARK = "#b91c1c", "#fca5a5"
_OVERDUE_TINT_ON_LIGHT, _OVERDUE_TINT_ON_DARK = "#fef2f2", "#3f1d1d"


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour() -> str:
    return _ERROR_ON_DARK if is_dark() else _ERROR_ON_LIGHT


def error_style(bold: bool = False) -> str:
    return f"color: {error_colour()};" + (" font-weight: bold;" if bold else "")


def missing_style() -> str:
    """A field that must be filled in."""
    return f"border: 2px solid {error_colour()}; border-radius: 3px;"


def card_style(object_name: str, overdue: bool = False) -> str:
    """A card in a list (a measure to follow up): a coloured edge, and a tint when overdue."""
    if overdue:
        tint = _OVERDUE_TINT_ON_DARK if is_dark() else _OVERDUE_TINT_ON_LIGHT
        return f"QFrame#{object_name} {{ border-left: 5px solid {error_colour()}; background: {tint}; }}"
    return f"QFrame#{object_name} {{ border-left: 5px solid palette(mid); }}"


def note_box_style(object_name: str) -> str:
    """A box of facts beside a list (the seating's figures): the palette's own quiet colours."""
    return (f"QLabel#{object_name} {{ background: palette(alternate-base); color: palette(text);"
            " border: 1px solid palette(mid); border-radius: 4px; padding: 8px; }")


def scaled_font(widget: QWidget, scale: float, bold: bool = True) -> QFont:
    """Older form of type_font(); ``scale`` should be one of the type scale's."""
    font = QFont(widget.font())
    system = QApplication.font()
    font.setPointSizeF((system.pointSizeF() if system.pointSizeF() > 0 else font.pointSizeF()) * scale)
    font.setBold(bold)
    return font


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


_WARNING_ON_LIGHT, _WARNING_ON_DARK = "#92400e", "#fcd34d"


def warning_style() -> str:
    return f"color: {_WARNING_ON_DARK if is_dark() else _WARNING_ON_LIGHT};"


def step_style(state: str) -> str:
    """A step of a sequence (the plan's stages): "current" framed in the highlight colour,
    "done" plain, "ahead" quieter and dashed, all from the palette."""
    box = "border-radius: 4px; padding: 3px 8px;"
    if state == "current":
        return f"QLabel {{ font-weight: bold; border: 2px solid palette(highlight); {box} }}"
    if state == "done":
        return f"QLabel {{ color: palette(text); border: 1px solid palette(mid); {box} }}"
    quiet = QApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()
    return f"QLabel {{ color: {quiet}; border: 1px dashed palette(mid); {box} }}"


def link_button_style() -> str:
    return "QPushButton { color: palette(link); text-decoration: underline; text-align: right; border: none; }"
