"""One look for every page: the spacing and type scale, and the colours that carry meaning
(an error, a missing field, something overdue), chosen from the palette in use so that they
read as well on the system's dark palette as on its light one.

Pages ask here instead of writing colours of their own; a municipal laptop in dark mode then
gets light red on dark grey, not dark red on dark grey.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

SPACING = 8  # between related widgets
SECTION_SPACING = 16  # between sections of a page
MARGIN = 12  # around a page's content

# The type scale, relative to the system's font: page headings and section headings.
HEADING_SCALE = 1.5
SUBHEADING_SCALE = 1.15

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
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
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
