"""WordprocessingML written as text: runs, paragraphs, cells, rows and tables.

python-docx builds a document one element at a time, through a layer that finds the schema
position of every child it adds; for the thousands of rows of a large catalogue that is most
of the export's time. These functions write the same elements as strings, with the text
cleaned and escaped, and ``parse`` turns a whole paragraph or table into elements in one call
to lxml. Child elements are written in the order the schema requires.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.oxml import parse_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_WRAPPER = f'<w:body xmlns:w="{W}">%s</w:body>'


_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\u2028\u2029\x85]")


def clean_text(text) -> str:
    """User text that is safe in XML: line breaks unified, control characters and lone
    surrogates removed. Emoji, right-to-left scripts and tabs stay."""
    if text is None:
        return ""
    text = str(text)
    if text.isprintable():
        return text
    return _ILLEGAL.sub("", _BREAKS.sub("\n", text))


def parse(xml: str):
    """The element written in ``xml`` (one paragraph or table)."""
    return parse_xml(_WRAPPER % xml)[0]


@dataclass(frozen=True)
class Look:
    """How a run looks: bold, italic, size in points, colour as "RRGGBB"."""

    bold: bool = False
    italic: bool = False
    size: float | None = None
    color: str | None = None

    def xml(self) -> str:
        parts = []
        if self.bold:
            parts.append("<w:b/><w:bCs/>")
        if self.italic:
            parts.append("<w:i/><w:iCs/>")
        if self.color:
            parts.append(f'<w:color w:val="{self.color}"/>')
        if self.size:
            half_points = round(self.size * 2)
            parts.append(f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>')
        return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


PLAIN = Look()
BOLD = Look(bold=True)


#: Characters per <w:t>: lxml refuses a text node over 10 MB (XML_PARSE_HUGE is off, and
#: should stay off), which a line of five million two-byte characters reaches; Word reads a
#: run of many <w:t> as one text.
TEXT_PIECE = 100_000


def run(text, look: Look = PLAIN) -> str:
    """A run of user text: line breaks become <w:br/>, tabs <w:tab/>."""
    text = clean_text(text)
    if not text:
        return ""
    content = []
    for number, line in enumerate(text.split("\n")):
        if number:
            content.append("<w:br/>")
        for index, piece in enumerate(line.split("\t")):
            if index:
                content.append("<w:tab/>")
            for start in range(0, len(piece), TEXT_PIECE):
                content.append(f'<w:t xml:space="preserve">{escape(piece[start:start + TEXT_PIECE])}</w:t>')
    return f"<w:r>{look.xml()}{''.join(content)}</w:r>"


def paragraph(runs: str = "", style_id: str | None = None, *, align: str | None = None, keep_next: bool = False,
              break_before: bool = False, space_before: float | None = None) -> str:
    properties = []
    if style_id:
        properties.append(f'<w:pStyle w:val="{escape(style_id, {chr(34): "&quot;"})}"/>')
    if keep_next:
        properties.append("<w:keepNext/>")
    if break_before:
        properties.append("<w:pageBreakBefore/>")
    if space_before is not None:
        properties.append(f'<w:spacing w:before="{round(space_before * 20)}"/>')
    if align:
        properties.append(f'<w:jc w:val="{align}"/>')
    return f"<w:p>{'<w:pPr>' + ''.join(properties) + '</w:pPr>' if properties else ''}{runs}</w:p>"


def cell(paragraphs: str, width: int, *, span: int = 1, fill: str | None = None, border: str | None = None) -> str:
    """A table cell ``width`` twips wide; it must hold at least one paragraph."""
    properties = [f'<w:tcW w:w="{width}" w:type="dxa"/>']
    if span > 1:
        properties.append(f'<w:gridSpan w:val="{span}"/>')
    if border:
        sides = "".join(f'<w:{side} w:val="{border}" w:sz="6" w:space="0" w:color="808080"/>'
                        for side in ("top", "left", "bottom", "right"))
        properties.append(f"<w:tcBorders>{sides}</w:tcBorders>")
    if fill:
        properties.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')
    return f"<w:tc><w:tcPr>{''.join(properties)}</w:tcPr>{paragraphs or '<w:p/>'}</w:tc>"


def row(cells: str, *, header: bool = False, height: int | None = None) -> str:
    """A table row; a header row repeats on each page and never splits."""
    properties = []
    if header:
        properties.append("<w:cantSplit/>")
    if height:
        properties.append(f'<w:trHeight w:val="{height}" w:hRule="exact"/>')
    if header:
        properties.append("<w:tblHeader/>")
    return f"<w:tr>{'<w:trPr>' + ''.join(properties) + '</w:trPr>' if properties else ''}{cells}</w:tr>"


def table(rows: str, widths: list[int], style_id: str | None = None) -> str:
    style = f'<w:tblStyle w:val="{style_id}"/>' if style_id else ""
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    return (f'<w:tbl><w:tblPr>{style}<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>')
