"""Builds ``facilitator.docx``, the Word template the exports take their styles from.

    .venv/bin/python tools/make_template.py

Starts from python-docx's own template and keeps only what the exports use: A4 with
Swedish margins, Arial through the theme fonts (so styles copied into a coordinator's own
template take her fonts), calm headings, a bordered table style, Swedish proofing language.
The body is empty; the exports fill it. Run it again after changing a style here and commit
the .docx it writes.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "facilitator" / "resources" / "templates" / "facilitator.docx"

FONT = "Arial"
DARK_BLUE = RGBColor(0x1F, 0x38, 0x64)
BLUE = RGBColor(0x2E, 0x55, 0x97)
GREY = RGBColor(0x59, 0x59, 0x59)

#: Styles the exports use (python-docx names). Everything else is dropped to keep the file small.
KEEP = {
    "Normal", "Default Paragraph Font", "Normal Table", "No List", "Table Grid",
    "Title", "Title Char", "Subtitle", "Subtitle Char",
    "Heading 1", "Heading 1 Char", "Heading 2", "Heading 2 Char", "Heading 3", "Heading 3 Char",
    "List Bullet", "List Number", "Quote", "Quote Char", "Caption", "No Spacing",
    "Header", "Header Char", "Footer", "Footer Char", "Strong", "Emphasis",
}


def _font(style, size: float | None = None, bold: bool | None = None, color: RGBColor | None = None,
          italic: bool | None = None) -> None:
    font = style.font
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    if color is not None:
        font.color.rgb = color


def _spacing(style, before: float = 0, after: float = 6, keep_with_next: bool = False) -> None:
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if keep_with_next:
        fmt.keep_with_next = True
        fmt.keep_together = True


def _set_theme_fonts(document, font: str) -> None:
    part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.THEME)
    xml = part.blob.decode("utf-8")
    xml = re.sub(r'(<a:(?:major|minor)Font>\s*<a:latin typeface=")[^"]*(")', rf"\g<1>{font}\g<2>", xml)
    part._blob = xml.encode("utf-8")


def _drop_part(document, reltype: str) -> None:
    for rId, rel in list(document.part.rels.items()):
        if rel.reltype == reltype:
            document.part.drop_rel(rId)


def build(path: Path = OUT) -> Path:
    document = Document()
    styles = document.styles
    for style in list(styles):
        if style.name not in KEEP:
            style.element.getparent().remove(style.element)
    _drop_part(document, STYLES_WITH_EFFECTS)
    _drop_part(document, RT.CUSTOM_XML)
    package_rels = document.part.package.rels
    for rId, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package_rels.pop(rId)
    _set_theme_fonts(document, FONT)

    # Defaults: body font from the theme, 10.5 pt, Swedish proofing.
    defaults = styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    run_defaults.find(qn("w:sz")).set(qn("w:val"), "21")
    run_defaults.find(qn("w:szCs")).set(qn("w:val"), "21")
    lang = run_defaults.find(qn("w:lang"))
    lang.set(qn("w:val"), "sv-SE")
    lang.set(qn("w:eastAsia"), "sv-SE")
    paragraph_defaults = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = paragraph_defaults.find(qn("w:spacing"))
    spacing.set(qn("w:after"), "120")
    spacing.set(qn("w:line"), "264")

    # Normal keeps the defaults' spacing, so that the table style's tighter spacing applies in cells.
    title = styles["Title"]
    _font(title, 24, True, DARK_BLUE)
    _spacing(title, after=6)
    title.element.pPr.remove(title.element.pPr.find(qn("w:pBdr")))
    _font(styles["Subtitle"], 14, False, GREY, italic=False)
    _spacing(styles["Subtitle"], after=18)
    headings = (("Heading 1", 16, DARK_BLUE, 18), ("Heading 2", 13, BLUE, 12), ("Heading 3", 11, GREY, 10))
    for name, size, color, before in headings:
        style = styles[name]
        _font(style, size, True, color, italic=False)
        _spacing(style, before=before, after=4, keep_with_next=True)
    quote = styles["Quote"]
    _font(quote, 10.5, None, GREY, italic=True)
    quote.paragraph_format.left_indent = Cm(0.6)
    quote.paragraph_format.right_indent = Cm(0.6)
    _font(styles["Caption"], 8.5, False, GREY)
    _font(styles["Footer"], 8.5, None, GREY)
    for name in ("List Bullet", "List Number"):
        _spacing(styles[name], after=3)
    _spacing(styles["No Spacing"], after=0)

    table = styles["Table Grid"]
    borders = table.element.find(qn("w:tblPr")).find(qn("w:tblBorders"))
    for border in borders:
        border.set(qn("w:color"), "A6A6A6")
    # Cells: a little air above and below the text.
    margins = table.element.find(qn("w:tblPr")).find(qn("w:tblCellMar"))
    for side in ("top", "bottom"):
        margins.find(qn(f"w:{side}")).set(qn("w:w"), "40")

    if "Table Grid" not in [s.name for s in styles if s.type == WD_STYLE_TYPE.TABLE]:
        raise RuntimeError("Table Grid missing")

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    section.header_distance = section.footer_distance = Cm(1.0)

    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is None:
        theme_lang = copy.deepcopy(lang)
        theme_lang.tag = qn("w:themeFontLang")
        settings.append(theme_lang)
    theme_lang.set(qn("w:val"), "sv-SE")

    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    properties = document.core_properties
    properties.title = properties.subject = properties.keywords = properties.comments = ""
    properties.author = properties.last_modified_by = "Facilitator"
    properties.language = "sv-SE"
    document.save(str(path))
    return path


if __name__ == "__main__":
    print(build())
