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
    """How a run looks: a character style (its id), bold, italic, size in points, colour as
    "RRGGBB", and the language of its text (a tag such as "sv-SE") when it differs from the
    document's."""

    bold: bool = False
    italic: bool = False
    size: float | None = None
    color: str | None = None
    style: str | None = None
    lang: str | None = None

    def xml(self) -> str:
        parts = []
        if self.style:
            parts.append(f'<w:rStyle w:val="{_attribute(self.style)}"/>')
        if self.bold:
            parts.append("<w:b/><w:bCs/>")
        if self.italic:
            parts.append("<w:i/><w:iCs/>")
        if self.color:
            parts.append(f'<w:color w:val="{self.color}"/>')
        if self.size:
            half_points = round(self.size * 2)
            parts.append(f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>')
        if self.lang:
            parts.append(f'<w:lang w:val="{_attribute(self.lang)}"/>')
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


def _attribute(text: str) -> str:
    return escape(text, {chr(34): "&quot;"})


def paragraph(runs: str = "", style_id: str | None = None, *, align: str | None = None, keep_next: bool = False,
              keep_lines: bool = False, break_before: bool = False, space_before: float | None = None,
              bookmark: tuple[int, str] | None = None) -> str:
    """A paragraph; ``bookmark`` (id, name) marks its text as a place a field can refer to."""
    properties = []
    if style_id:
        properties.append(f'<w:pStyle w:val="{_attribute(style_id)}"/>')
    if keep_next:
        properties.append("<w:keepNext/>")
    if keep_lines:
        properties.append("<w:keepLines/>")
    if break_before:
        properties.append("<w:pageBreakBefore/>")
    if space_before is not None:
        properties.append(f'<w:spacing w:before="{round(space_before * 20)}"/>')
    if align:
        properties.append(f'<w:jc w:val="{align}"/>')
    if bookmark:
        number, name = bookmark
        runs = (f'<w:bookmarkStart w:id="{number}" w:name="{_attribute(name)}"/>{runs}'
                f'<w:bookmarkEnd w:id="{number}"/>')
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


def row(cells: str, *, header: bool = False, height: int | None = None, cant_split: bool = False) -> str:
    """A table row; a header row repeats on each page and never splits, nor does a row
    marked ``cant_split`` (unless it is taller than a page)."""
    properties = []
    if header or cant_split:
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


class Typed(str):
    """Text the coordinator wrote, in the language of the process (Swedish), whatever the
    language of the document's own words."""


def field(instruction: str, shown: str = "", look: Look = PLAIN) -> str:
    """A complex field (PAGEREF, PAGE…) as runs; ``shown`` is its result until it is updated."""
    properties = look.xml()
    return (f'<w:r>{properties}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{properties}<w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
            f'<w:r>{properties}<w:fldChar w:fldCharType="separate"/></w:r>'
            + (run(shown, look) if shown else "")
            + f'<w:r>{properties}<w:fldChar w:fldCharType="end"/></w:r>')


def contents_entry(text_runs: str, style_id: str, anchor: str, tab: int) -> str:
    """One line of a table of contents: the heading's text linked to its bookmark, a dotted
    tab to the right edge (``tab`` twips) and the page the heading is on, as a PAGEREF field
    (LibreOffice works it out when it lays the document out; Word when it updates fields)."""
    name = _attribute(anchor)
    return (f'<w:p><w:pPr><w:pStyle w:val="{_attribute(style_id)}"/>'
            f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{tab}"/></w:tabs></w:pPr>'
            f'<w:hyperlink w:anchor="{name}" w:history="1">{text_runs}<w:r><w:tab/></w:r>'
            f'{field(f"PAGEREF {anchor} " + chr(92) + "h")}</w:hyperlink></w:p>')
