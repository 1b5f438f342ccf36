"""What every Word export shares: a document opened from a template, with A4 pages, the
template's styles (missing ones copied from ours), headings in real heading styles, tables
whose header row repeats on every page, "Sida X av Y" in the footer, the document language on
the styles, core properties, and user text made safe for XML. Saved atomically.

The coordinator may choose her municipality's own template (.docx or .dotx): its styles,
fonts, headers and footers (logo) are kept and its body is left out.
"""

from __future__ import annotations

import copy
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from PySide6.QtCore import QCoreApplication, QLocale

from .. import APP_NAME, __version__
from ..package_data import resource_path
from ..storage import files
from . import wordml
from .wordml import Typed, clean_text

A4_WIDTH, A4_HEIGHT = Mm(210), Mm(297)
MARGIN = Cm(2.5)  # Word's own, for a template that names no margins
HEADER_FILL = "DCE3EE"
LABEL_FILL = "F2F2F2"
GAP_FILL = "FBE4D5"
GREY = "595959"

# Styles the exports use. A template that lacks one gets ours.
USED_STYLES = (
    "Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Quote",
    "Caption", "No Spacing", "Header", "Footer", "Table Grid",
)

_CELL = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'

# Named styles that carry every colour, shading and small text of the documents, so a
# municipality's template restyles them by defining styles of the same names: (name, type,
# style id, based on, paragraph properties, run properties). A table cell whose paragraph has
# a shaded style gets the same fill on the whole cell (``DocxWriter.fill``).
NAMED_STYLES = (
    ("Table Header", "paragraph", "TableHeader", "Normal",
     f'<w:keepNext/><w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/>{_CELL}', "<w:b/><w:bCs/>"),
    ("Table Label", "paragraph", "TableLabel", "Normal",
     f'<w:shd w:val="clear" w:color="auto" w:fill="{LABEL_FILL}"/>{_CELL}', "<w:b/><w:bCs/>"),
    ("Table Group", "paragraph", "TableGroup", "Normal",
     f'<w:keepNext/><w:shd w:val="clear" w:color="auto" w:fill="{LABEL_FILL}"/>{_CELL}', "<w:b/><w:bCs/>"),
    ("Coverage Gap", "paragraph", "CoverageGap", "Normal",
     f'<w:shd w:val="clear" w:color="auto" w:fill="{GAP_FILL}"/>{_CELL}<w:jc w:val="center"/>', ""),
    ("Note", "paragraph", "Note", "Normal", "", f'<w:i/><w:iCs/><w:color w:val="{GREY}"/>'),
    ("Cover Text", "paragraph", "CoverText", "Normal", '<w:spacing w:before="0" w:after="120"/>',
     '<w:sz w:val="26"/><w:szCs w:val="26"/>'),
    ("TOC Heading", "paragraph", "TOCHeading", "Heading 1", '<w:outlineLvl w:val="9"/>', ""),
    ("toc 1", "paragraph", "TOC1", "Normal", '<w:spacing w:before="120" w:after="40"/>', "<w:b/><w:bCs/>"),
    ("toc 2", "paragraph", "TOC2", "Normal", '<w:spacing w:before="0" w:after="40"/><w:ind w:left="284"/>', ""),
    ("Quiet", "character", "Quiet", "Default Paragraph Font", "",
     f'<w:color w:val="{GREY}"/><w:sz w:val="17"/><w:szCs w:val="17"/>'),
    ("Table Small", "character", "TableSmall", "Default Paragraph Font", "", '<w:sz w:val="18"/><w:szCs w:val="18"/>'),
)
STYLE_NAMES = tuple(spec[0] for spec in NAMED_STYLES)
_BUILT_IN = frozenset({"TOC Heading", "toc 1", "toc 2"})  # Word's own names: not marked as custom styles



def builtin_template() -> Path:
    return resource_path("templates", "facilitator.docx")


def document_language() -> str:
    """The language of the exported documents: Swedish unless the UI is English."""
    return "sv-SE" if QLocale().language() == QLocale.Language.Swedish else "en-GB"


def format_date(iso: str, long: bool = True) -> str:
    """"4 februari 2027" (or "4 February 2027"); what the coordinator typed if it is no date."""
    from PySide6.QtCore import QDate

    date = QDate.fromString(iso or "", "yyyy-MM-dd")
    if not date.isValid():
        return iso or ""
    return QLocale().toString(date, "d MMMM yyyy" if long else "yyyy-MM-dd")


class Quiet(str):
    """Text a table cell shows in the Quiet style, small and grey (where a risk was said, a date)."""


class QuietTyped(Quiet, Typed):
    """Quiet text the coordinator wrote (a meeting's title)."""


class Group(str):
    """A table row that spans all columns: the heading of the rows below it."""


class GroupTyped(Group, Typed):
    """A group row whose heading the coordinator wrote (a measure's title, a department)."""


class TemplateError(Exception):
    """The chosen template cannot be used. ``code``: not_found | unreadable | not_docx |
    too_large | too_many_parts | unpacks_too_large | packed_too_tightly (``limit``: the limit
    it is over, as shown: MB, a count of parts or a ratio)."""

    def __init__(self, code: str, path: Path, limit: str = ""):
        super().__init__(f"{code}: {path}")
        self.code = code
        self.path = Path(path)
        self.limit = limit


def open_template(path: Path | None) -> Document:
    """A python-docx document from ``path`` (our template when None), body emptied.

    The file is checked before it is parsed (its size, then its zip directory against
    ``template_package.TEMPLATE_LIMITS``), and only the parts an export needs are taken from
    it (``template_package.needed_parts``).
    """
    from ..importers.zip_guard import MB, ArchiveRefused
    from .template_package import TEMPLATE_LIMITS, needed_parts

    path = Path(path) if path else builtin_template()
    try:
        size = path.stat().st_size
        if size > TEMPLATE_LIMITS.max_file_bytes:
            raise TemplateError("too_large", path, str(TEMPLATE_LIMITS.max_file_bytes // MB))
        with path.open("rb") as file:
            data = file.read(TEMPLATE_LIMITS.max_file_bytes + 1)
    except FileNotFoundError:
        raise TemplateError("not_found", path) from None
    except OSError:
        raise TemplateError("unreadable", path) from None
    if len(data) > TEMPLATE_LIMITS.max_file_bytes:
        raise TemplateError("too_large", path, str(TEMPLATE_LIMITS.max_file_bytes // MB))
    try:
        data = needed_parts(data)
    except ArchiveRefused as refused:
        if refused.code == "not_zip":
            raise TemplateError("not_docx", path) from None
        shown = refused.limit // MB if refused.code in ("too_large", "unpacks_too_large") else refused.limit
        raise TemplateError(refused.code, path, str(shown)) from None
    except Exception:
        raise TemplateError("not_docx", path) from None
    try:
        document = Document(BytesIO(data))
    except Exception:
        raise TemplateError("not_docx", path) from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def ensure_styles(document, names: Iterable[str] = USED_STYLES) -> None:
    """Copies the styles a template lacks from ours (theme fonts, so they take hers)."""
    styles = document.styles
    missing = [name for name in names if name not in styles]
    if not missing:
        return
    source = Document(str(builtin_template())).styles
    by_id = {element.get(qn("w:styleId")): element for element in source.element.style_lst}
    present = {element.get(qn("w:styleId")) for element in styles.element.style_lst}

    def copy_style(style_id: str) -> None:
        if style_id in present or style_id not in by_id:
            return
        element = copy.deepcopy(by_id[style_id])
        paragraph_properties = element.find(qn("w:pPr"))
        if paragraph_properties is not None:
            numbering = paragraph_properties.find(qn("w:numPr"))
            if numbering is not None:  # her numbering definitions differ from ours
                paragraph_properties.remove(numbering)
        styles.element.append(element)
        present.add(style_id)
        for reference in ("w:basedOn", "w:link", "w:next"):
            child = element.find(qn(reference))
            if child is not None:
                copy_style(child.get(qn("w:val")))

    for name in missing:
        copy_style(source[name].style_id)


def ensure_named_styles(document) -> None:
    """Adds the named styles of :data:`NAMED_STYLES` a template lacks, and makes sure the
    headings keep with the paragraph after them (none is left alone at the foot of a page)."""
    styles = document.styles
    for name, kind, style_id, based_on, paragraph, run in NAMED_STYLES:
        if name in styles:
            continue
        taken = {element.get(qn("w:styleId")) for element in styles.element.style_lst}
        while style_id in taken:
            style_id += "F"
        base = styles[based_on].style_id if based_on in styles else None
        custom = "" if name in _BUILT_IN else ' w:customStyle="1"'
        xml = (f'<w:style xmlns:w="{wordml.W}" w:type="{kind}"{custom} w:styleId="{style_id}">'
               f'<w:name w:val="{name}"/>' + (f'<w:basedOn w:val="{base}"/>' if base else "")
               + '<w:uiPriority w:val="39"/><w:qFormat/>'
               + (f"<w:pPr>{paragraph}</w:pPr>" if paragraph else "") + (f"<w:rPr>{run}</w:rPr>" if run else "")
               + "</w:style>")
        styles.element.append(parse_xml(xml))
    for level in (1, 2, 3):
        style = styles[f"Heading {level}"]
        style.paragraph_format.keep_with_next = True


def style_fill(document, name: str) -> str | None:
    """The shading colour ("RRGGBB") of a paragraph style, through the styles it is based on."""
    styles = document.styles
    seen = set()
    try:
        style = styles[name]
    except KeyError:
        return None
    while style is not None and style.style_id not in seen:
        seen.add(style.style_id)
        shading = style.element.find(f"{qn('w:pPr')}/{qn('w:shd')}")
        if shading is not None:
            fill = shading.get(qn("w:fill"))
            return fill if fill and re.fullmatch(r"[0-9A-Fa-f]{6}", fill) else None
        style = style.base_style
    return None


def ask_to_update_fields(document) -> None:
    """Word offers to update the fields (the contents' page numbers) when the file is opened."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    element = OxmlElement("w:updateFields")
    element.set(qn("w:val"), "true")
    later = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "attachedSchema",
             "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
             "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "shapeDefaults",
             "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")
    for child in settings:
        local = child.tag.rsplit("}", 1)[-1]
        if local in later or child.tag.endswith("}mathPr") or child.tag.endswith("}schemaLibrary"):
            child.addprevious(element)
            return
    settings.append(element)


def apply_language(document, tag: str) -> None:
    """Marks the text as Swedish (sv-SE) or English (en-GB) for proofing, on the defaults
    and on every style that names a language."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    if properties.find(qn("w:lang")) is None:
        properties.append(OxmlElement("w:lang"))
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), tag)
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), tag)


def set_a4(document) -> None:
    for section in document.sections:
        if section.orientation == WD_ORIENT.LANDSCAPE:
            section.page_width, section.page_height = A4_HEIGHT, A4_WIDTH
        else:
            section.page_width, section.page_height = A4_WIDTH, A4_HEIGHT


def add_text(paragraph, text, *, bold: bool = False, italic: bool = False, size: float | None = None,
             color: str | None = None):
    """A run of user text, made safe for XML, with its formatting."""
    run = paragraph.add_run(clean_text(text))
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if size:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def add_field(paragraph, instruction: str, shown: str = "1") -> None:
    """A complex field (PAGE, NUMPAGES…) that Word and LibreOffice fill in."""

    def char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)

    char("begin")
    run = paragraph.add_run()
    instruction_element = OxmlElement("w:instrText")
    instruction_element.set(qn("xml:space"), "preserve")
    instruction_element.text = f" {instruction} "
    run._r.append(instruction_element)
    char("separate")
    paragraph.add_run(shown)
    char("end")


def add_page_numbers(document, pattern: str) -> None:
    """"Sida X av Y" in the footer of each section, unless the template already numbers pages.

    ``pattern`` is the translated text with %1 for the page and %2 for the page count.
    """
    for index, section in enumerate(document.sections):
        footer = section.footer
        if index > 0 and footer.is_linked_to_previous:
            continue  # shows the footer of the section before
        xml = "" if footer.is_linked_to_previous else footer._element.xml
        if re.search(r"\bPAGE\b", xml):
            continue
        paragraphs = footer.paragraphs
        empty = len(paragraphs) == 1 and not paragraphs[0].text.strip() and "<w:drawing" not in xml
        paragraph = paragraphs[0] if empty else footer.add_paragraph()
        paragraph.style = document.styles["Footer"]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for part in re.split(r"(%1|%2)", pattern):
            if part == "%1":
                add_field(paragraph, "PAGE")
            elif part == "%2":
                add_field(paragraph, "NUMPAGES")
            elif part:
                paragraph.add_run(part)


def plain_first_page(document) -> None:
    """The first page (a cover) shows the template's own header and footer (a logo) but not
    the running header and page numbers added after this: a different first page whose header
    and footer are copies of the template's, unless the template already has one."""
    for section in document.sections[:1]:
        if section.different_first_page_header_footer:
            return
        section.different_first_page_header_footer = True
        for source, target in ((section.header, section.first_page_header),
                               (section.footer, section.first_page_footer)):
            if source.is_linked_to_previous:
                continue
            element = target._element
            for child in list(element):
                element.remove(child)
            for child in source._element:
                copied = copy.deepcopy(child)
                _relink(copied, source.part, target.part)
                element.append(copied)
            if not len(element):
                element.append(OxmlElement("w:p"))


def _relink(element, source_part, target_part) -> None:
    """Points the relationships a copied header element uses (a logo) at the target part."""
    prefix = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    for node in element.iter():
        for attribute, value in list(node.attrib.items()):
            if attribute.startswith(prefix) and value in source_part.rels:
                relationship = source_part.rels[value]
                if relationship.is_external:
                    new = target_part.relate_to(relationship.target_ref, relationship.reltype, is_external=True)
                else:
                    new = target_part.relate_to(relationship.target_part, relationship.reltype)
                node.set(attribute, new)


def add_running_header(document, left: str, right: str, language: str | None = None) -> None:
    """A line in the header of every page (after a different first page): ``left`` at the left
    margin and ``right`` at the right one, in the Header style, under what the template's
    header already shows. ``language`` tags the text when it is not the document's."""
    look = wordml.Look(lang=language)
    for index, section in enumerate(document.sections):
        header = section.header
        if index > 0 and header.is_linked_to_previous:
            continue
        width = int((section.page_width - (section.left_margin or MARGIN) - (section.right_margin or MARGIN)) / 635)
        runs = wordml.run(left, look) + ('<w:r><w:tab/></w:r>' if left and right else "") + wordml.run(right, look)
        style = document.styles["Header"].style_id
        xml = (f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:tabs><w:tab w:val="clear" w:pos="4680"/>'
               f'<w:tab w:val="clear" w:pos="9360"/><w:tab w:val="right" w:pos="{width}"/></w:tabs></w:pPr>'
               f"{runs}</w:p>")
        paragraphs = header.paragraphs
        element = wordml.parse(xml)
        if len(paragraphs) == 1 and not paragraphs[0].text.strip() and "<w:drawing" not in header._element.xml:
            paragraphs[0]._p.addprevious(element)
            paragraphs[0]._p.getparent().remove(paragraphs[0]._p)
        else:
            header._element.append(element)


class DocxWriter:
    """One document being written from a template: the package, styles and sections through
    python-docx; paragraphs and tables as WordprocessingML text (``wordml``), parsed in one go.

    ``content_language`` is the language of what the coordinator wrote (``Typed`` texts):
    when the document's own words are in another language, her texts are tagged with it.
    ``cover`` leaves the first page without the running header and page numbers.
    """

    def __init__(self, template: Path | None = None, language: str | None = None, page_numbers: bool = True, *,
                 content_language: str = "sv-SE", cover: bool = False):
        self.language = language or document_language()
        self._text_width: Emu | None = None
        self.own_language = content_language if content_language != self.language else None
        self.doc = open_template(template)
        ensure_styles(self.doc)
        ensure_named_styles(self.doc)
        set_a4(self.doc)
        apply_language(self.doc, self.language)
        self._style_ids = {name: self.doc.styles[name].style_id for name in USED_STYLES + STYLE_NAMES}
        self.fills = {name: style_fill(self.doc, name)
                      for name in ("Table Header", "Table Label", "Table Group", "Coverage Gap")}
        self.quiet = wordml.Look(style=self._style_ids["Quiet"])
        # A template's own bullet style may lack numbering (or we removed ours): then a dot.
        bullet = self.doc.styles["List Bullet"].element
        self.bullet_prefix = "" if bullet.find(".//" + qn("w:numPr")) is not None else "•\u00a0"
        if cover:
            plain_first_page(self.doc)
        if page_numbers:
            add_page_numbers(self.doc, QCoreApplication.translate("Export", "Page %1 of %2"))
        self._end = self.doc.element.body.sectPr
        self._break_before = False
        self._contents: tuple | None = None  # (the element the entries follow, deepest level)
        self._entries: list[tuple[int, str, str]] = []  # (level, bookmark, text runs)

    # -- measures of the page --------------------------------------------------------------

    @property
    def text_width(self) -> Emu:
        """The width between the margins of the last section (found once: finding the section
        searches the whole body, which grows with every table)."""
        if self._text_width is None:
            section = self.doc.sections[-1]
            self._text_width = Emu(section.page_width - (section.left_margin or MARGIN)
                                   - (section.right_margin or MARGIN))
        return self._text_width

    @property
    def text_height(self) -> Emu:
        section = self.doc.sections[-1]
        return Emu(section.page_height - (section.top_margin or MARGIN) - (section.bottom_margin or MARGIN))

    def _twips(self, widths: Sequence[float]) -> list[int]:
        total, available = sum(widths), int(self.text_width / 635)
        return [int(available * width / total) for width in widths]

    def _add(self, xml: str):
        element = wordml.parse(xml)
        if self._end is not None:
            self._end.addprevious(element)
        else:
            self.doc.element.body.append(element)
        return element

    def _paragraph(self, runs: str, style: str | None = None, **options) -> Paragraph:
        if self._break_before:
            options["break_before"], self._break_before = True, False
        style_id = self._style_ids[style] if style else None
        return Paragraph(self._add(wordml.paragraph(runs, style_id, **options)), self.doc._body)

    def _look(self, text, look: wordml.Look = wordml.PLAIN) -> wordml.Look:
        """``look``, tagged with the coordinator's language when ``text`` is hers."""
        if self.own_language and isinstance(text, Typed):
            return wordml.Look(look.bold, look.italic, look.size, look.color, look.style, self.own_language)
        return look

    def run(self, text, look: wordml.Look = wordml.PLAIN) -> str:
        return wordml.run(text, self._look(text, look))

    # -- paragraphs ---------------------------------------------------------------------------

    def paragraph(self, text: str = "", style: str | None = None, *, bold: bool = False, italic: bool = False,
                  size: float | None = None, align: str | None = None, color: str | None = None,
                  keep_next: bool = False) -> Paragraph:
        look = wordml.Look(bold, italic, size, color)
        return self._paragraph(self.run(text, look), style, align="center" if align == "center" else None,
                               keep_next=keep_next)

    def title(self, text: str, subtitle: str = "") -> None:
        self.paragraph(text, "Title")
        if subtitle:
            self.paragraph(subtitle, "Subtitle")

    def heading(self, text: str, level: int = 1) -> Paragraph:
        """A heading; one of the levels the contents list (``contents``) is bookmarked for it."""
        style = f"Heading {level}"
        if self._contents is None or level > self._contents[1]:
            return self.paragraph(text, style)
        number = len(self._entries) + 1
        name = f"_TocF{number}"
        runs = self.run(text)
        self._entries.append((level, name, runs))
        return self._paragraph(runs, style, bookmark=(9000 + number, name))

    def contents(self, title: str, levels: int = 2) -> None:
        """A table of contents here, of the headings down to ``levels`` written after it.

        Its lines are written when the document is saved: each heading's text, linked to it,
        and its page as a PAGEREF field to a bookmark on the heading. LibreOffice works the
        pages out as it lays the document out; Word is asked to update the fields when the
        file is opened (``ask_to_update_fields``). A Word TOC field would not do: LibreOffice
        shows a TOC field's stored result as it is, and python-docx cannot lay out pages.
        """
        self.paragraph(title, "TOC Heading")
        anchor = self._add(wordml.paragraph("", self._style_ids["No Spacing"]))
        self._contents = (anchor, levels)
        ask_to_update_fields(self.doc)

    def _fill_contents(self) -> None:
        if self._contents is None:
            return
        anchor = self._contents[0]
        tab = int(self.text_width / 635)
        for level, name, runs in reversed(self._entries):
            style = self._style_ids["toc 1" if level == 1 else "toc 2"]
            anchor.addnext(wordml.parse(wordml.contents_entry(runs, style, name, tab)))
        self._contents = None

    def labelled(self, label: str, text: str) -> Paragraph:
        """"Label: text" with the label in bold."""
        return self._paragraph(wordml.run(clean_text(label) + ": ", wordml.BOLD) + self.run(text))

    def bullet(self, text: str, lead: str = "", tail: str = "") -> Paragraph:
        """A bulleted line; ``lead`` in bold before the text, ``tail`` quiet after it."""
        runs = wordml.run(self.bullet_prefix)
        if lead:
            runs += wordml.run(clean_text(lead) + " ", self._look(lead, wordml.BOLD))
        runs += self.run(text)
        if tail:
            runs += wordml.run(" " + clean_text(tail), self._look(tail, self.quiet))
        return self._paragraph(runs, "List Bullet")

    def quote(self, text: str) -> Paragraph:
        return self.paragraph(text, "Quote")

    def note(self, text: str) -> Paragraph:
        """A quiet sentence where a section has nothing to show ("Inga risker antecknades.")."""
        return self.paragraph(text, "Note")

    def page_break(self) -> None:
        """What comes next starts on a new page (never leaving a blank page behind)."""
        self._break_before = True

    def picture(self, png: bytes, width_cm: float, align: str = "center") -> None:
        paragraph = self.paragraph("", align=align)
        paragraph.add_run().add_picture(BytesIO(png), width=Cm(width_cm))

    # -- tables -------------------------------------------------------------------------------

    def table(self, headers: Sequence[str], rows: Iterable, widths: Sequence[float] | None = None, *,
              gaps: bool = False, borders: bool = True, small: bool = False, centered: Iterable[int] = (),
              cut_lines: bool = False, row_height: Emu | None = None, keep_rows: bool = False) -> Table:
        """A table whose header row (if any) repeats on each page.

        ``widths`` are relative. A row is a sequence of cell values or a ``Group`` heading that
        spans the row (kept with the row after it). A cell value is text, a (bold lead, text)
        pair, a ``Quiet`` text, a list of those (each its own paragraph) or None. ``gaps``
        gives empty cells the Coverage Gap style; ``small`` sets the text in the Table Small
        style; ``centered`` columns are centred; ``cut_lines`` draws dashed borders,
        ``row_height`` (EMU) fixes the height of every row and ``keep_rows`` keeps each row
        on one page.
        """
        columns = len(headers) if headers else len(widths or ())
        twips = self._twips(widths or [1] * columns)
        centered = set(centered)
        height = int(row_height / 635) if row_height else None
        border = "dashed" if cut_lines else None
        small_style = self._style_ids["Table Small"] if small else None
        look = wordml.Look(style=small_style)
        header_style, group_style = self._style_ids["Table Header"], self._style_ids["Table Group"]
        gap_style = self._style_ids["Coverage Gap"]
        parts = []
        if headers:
            cells = "".join(
                wordml.cell(self._cell_text(text, look, column in centered, header_style), width,
                            fill=self.fills["Table Header"])
                for column, (text, width) in enumerate(zip(headers, twips)))
            parts.append(wordml.row(cells, header=True))
        for values in rows:
            if isinstance(values, Group):
                text = self._cell_text(values, look, style_id=group_style)
                parts.append(wordml.row(wordml.cell(text, sum(twips), span=columns, fill=self.fills["Table Group"]),
                                        cant_split=True))
                continue
            cells = []
            for column, (value, width) in enumerate(zip(values, twips)):
                gap = gaps and not value
                text = (wordml.paragraph("", gap_style) if gap
                        else self._cell_text(value, look, column in centered))
                cells.append(wordml.cell(text, width, border=border,
                                         fill=self.fills["Coverage Gap"] if gap else None))
            parts.append(wordml.row("".join(cells), height=height, cant_split=keep_rows))
        style = self._style_ids["Table Grid"] if borders else None
        return self._table(wordml.table("".join(parts), twips, style))

    def field_table(self, pairs: Sequence[tuple[str, object]], label_width: float = 0.3,
                    keep_together: bool = False) -> Table:
        """Two columns, label | value, for the fields of one measure or one meeting. No row
        splits across pages; ``keep_together`` keeps the whole table on one page when it fits
        (each row kept with the next), and with the heading before it."""
        twips = self._twips((label_width, 1 - label_width))
        label = self._style_ids["Table Label"]
        rows = []
        for index, (name, value) in enumerate(pairs):
            keep = keep_together and index < len(pairs) - 1
            rows.append(wordml.row(
                wordml.cell(self._cell_text(name, wordml.PLAIN, style_id=label, keep_next=keep), twips[0],
                            fill=self.fills["Table Label"])
                + wordml.cell(self._cell_text(value, wordml.PLAIN, keep_next=keep), twips[1]),
                cant_split=True))
        return self._table(wordml.table("".join(rows), twips, self._style_ids["Table Grid"]))

    def _table(self, xml: str) -> Table:
        if self._break_before:
            self._paragraph("", "No Spacing")
        table = Table(self._add(xml), self.doc._body)
        self._add(wordml.paragraph("", self._style_ids["No Spacing"]))  # keeps the next table apart
        return table

    def _cell_text(self, value, look: wordml.Look, centered: bool = False, style_id: str | None = None,
                   keep_next: bool = False) -> str:
        if value is None or value == "":
            return wordml.paragraph("", style_id) if style_id else ""
        align = "center" if centered else None
        paragraphs = []
        for line in value if isinstance(value, list) else [value]:
            if isinstance(line, tuple):  # (bold lead, text)
                lead, text = line
                bold = wordml.Look(True, look.italic, look.size, style=look.style)
                runs = wordml.run(f"{clean_text(lead)} " if text else lead, self._look(lead, bold))
                runs += wordml.run(text, self._look(text, look))
            elif isinstance(line, Quiet):
                runs = wordml.run(line, self._look(line, self.quiet))
            else:
                runs = wordml.run(line, self._look(line, look))
            paragraphs.append(wordml.paragraph(runs, style_id, align=align, keep_next=keep_next))
        return "".join(paragraphs)

    # -- saving -------------------------------------------------------------------------------

    def save(self, path: Path, title: str, author: str = "", subject: str = "", keywords: str = "") -> Path:
        properties = self.doc.core_properties
        now = datetime.now(UTC).replace(microsecond=0)
        properties.title = clean_text(title)[:255]
        properties.author = clean_text(author)[:255] or APP_NAME
        properties.last_modified_by = properties.author
        properties.subject = clean_text(subject)[:255]
        properties.keywords = clean_text(keywords)[:255]
        properties.comments = f"{APP_NAME} {__version__}"
        properties.category = ""
        properties.language = self.language
        properties.created = properties.modified = now
        properties.revision = 1
        self._fill_contents()
        buffer = BytesIO()
        self.doc.save(buffer)
        return write_atomically(Path(path), buffer.getvalue())


def write_atomically(path: Path, data: bytes) -> Path:
    """Writes next to ``path`` and then replaces it, so a failure leaves the old file whole.

    Windows will not replace a file another program has open (Word keeps the .docx it shows
    open and forbids writing it): that is found before anything is written, and reported as
    a PermissionError with ``winerror`` 32, the sharing violation, so the message can say the
    file is open in another program. A virus scanner holding the new file for a moment is
    waited for briefly (``files.replace``). No temporary file is left behind on any failure.
    """
    path = Path(path)
    if files.held_by_another_program(path):
        raise files.sharing_violation(path)
    handle, temporary = tempfile.mkstemp(prefix=".~" + path.stem[:40], suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:  # closed before the replace (Windows)
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, _file_mode(path))
        files.replace(temporary, path)
    except BaseException as error:
        files.remove_quietly(temporary)
        if (isinstance(error, PermissionError) and not files.is_sharing_violation(error)
                and files.held_by_another_program(path)):
            # Opened in Word meanwhile; Windows says "access denied" (WinError 5) for that.
            raise files.sharing_violation(path) from error
        raise
    return path


def _file_mode(path: Path) -> int:
    """The mode a new file would get (mkstemp makes it private), or the replaced file's."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask
