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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from PySide6.QtCore import QCoreApplication, QLocale

from .. import APP_NAME, __version__
from ..package_data import resource_path
from ..storage import files
from . import wordml
from .wordml import clean_text

A4_WIDTH, A4_HEIGHT = Mm(210), Mm(297)
MARGIN = Cm(2.5)  # Word's own, for a template that names no margins
HEADER_FILL = "DCE3EE"
LABEL_FILL = "F2F2F2"
GAP_FILL = "FBE4D5"
GREY = "595959"
QUIET = wordml.Look(size=8.5, color=GREY)

# Styles the exports use. A template that lacks one gets ours.
USED_STYLES = (
    "Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Quote",
    "Caption", "No Spacing", "Footer", "Table Grid",
)



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
    """Text a table cell shows small and grey (where a risk was said, a date)."""


class Group(str):
    """A table row that spans all columns: the heading of the rows below it."""


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


class DocxWriter:
    """One document being written from a template: the package, styles and sections through
    python-docx; paragraphs and tables as WordprocessingML text (``wordml``), parsed in one go."""

    def __init__(self, template: Path | None = None, language: str | None = None, page_numbers: bool = True):
        self.language = language or document_language()
        self.doc = open_template(template)
        ensure_styles(self.doc)
        set_a4(self.doc)
        apply_language(self.doc, self.language)
        self._style_ids = {name: self.doc.styles[name].style_id for name in USED_STYLES}
        # A template's own bullet style may lack numbering (or we removed ours): then a dot.
        bullet = self.doc.styles["List Bullet"].element
        self.bullet_prefix = "" if bullet.find(".//" + qn("w:numPr")) is not None else "•\u00a0"
        if page_numbers:
            add_page_numbers(self.doc, QCoreApplication.translate("Export", "Page %1 of %2"))
        self._end = self.doc.element.body.sectPr
        self._break_before = False

    # -- measures of the page --------------------------------------------------------------

    @property
    def text_width(self) -> Emu:
        section = self.doc.sections[-1]
        return Emu(section.page_width - (section.left_margin or MARGIN) - (section.right_margin or MARGIN))

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

    # -- paragraphs ---------------------------------------------------------------------------

    def paragraph(self, text: str = "", style: str | None = None, *, bold: bool = False, italic: bool = False,
                  size: float | None = None, align: str | None = None, color: str | None = None) -> Paragraph:
        look = wordml.Look(bold, italic, size, color)
        return self._paragraph(wordml.run(text, look), style, align="center" if align == "center" else None)

    def title(self, text: str, subtitle: str = "") -> None:
        self.paragraph(text, "Title")
        if subtitle:
            self.paragraph(subtitle, "Subtitle")

    def heading(self, text: str, level: int = 1) -> Paragraph:
        return self.paragraph(text, f"Heading {level}")

    def labelled(self, label: str, text: str) -> Paragraph:
        """"Label: text" with the label in bold."""
        return self._paragraph(wordml.run(clean_text(label) + ": ", wordml.BOLD) + wordml.run(text))

    def bullet(self, text: str, lead: str = "", tail: str = "") -> Paragraph:
        """A bulleted line; ``lead`` in bold before the text, ``tail`` in grey after it."""
        runs = wordml.run(self.bullet_prefix)
        if lead:
            runs += wordml.run(clean_text(lead) + " ", wordml.BOLD)
        runs += wordml.run(text)
        if tail:
            runs += wordml.run(" " + clean_text(tail), QUIET)
        return self._paragraph(runs, "List Bullet")

    def quote(self, text: str) -> Paragraph:
        return self.paragraph(text, "Quote")

    def note(self, text: str) -> Paragraph:
        """A quiet sentence where a section has nothing to show ("Inga risker antecknades.")."""
        return self.paragraph(text, italic=True, color=GREY)

    def page_break(self) -> None:
        """What comes next starts on a new page (never leaving a blank page behind)."""
        self._break_before = True

    def picture(self, png: bytes, width_cm: float, align: str = "center") -> None:
        paragraph = self.paragraph("", align=align)
        paragraph.add_run().add_picture(BytesIO(png), width=Cm(width_cm))

    # -- tables -------------------------------------------------------------------------------

    def table(self, headers: Sequence[str], rows: Iterable, widths: Sequence[float] | None = None, *,
              gaps: bool = False, borders: bool = True, size: float | None = None, centered: Iterable[int] = (),
              cut_lines: bool = False, row_height: Emu | None = None) -> Table:
        """A table whose header row (if any) repeats on each page.

        ``widths`` are relative. A row is a sequence of cell values or a ``Group`` heading that
        spans the row. A cell value is text, a (bold lead, text) pair, a ``Quiet`` text, a list
        of those (each its own paragraph) or None. ``gaps`` shades empty cells; ``size`` sets
        the text size; ``centered`` columns are centred; ``cut_lines`` draws dashed borders and
        ``row_height`` (EMU) fixes the height of every row.
        """
        columns = len(headers) if headers else len(widths or ())
        twips = self._twips(widths or [1] * columns)
        centered = set(centered)
        height = int(row_height / 635) if row_height else None
        border = "dashed" if cut_lines else None
        look = wordml.Look(size=size)
        parts = []
        if headers:
            cells = "".join(
                wordml.cell(self._cell_text(text, wordml.Look(bold=True, size=size), column in centered), width,
                            fill=HEADER_FILL)
                for column, (text, width) in enumerate(zip(headers, twips)))
            parts.append(wordml.row(cells, header=True))
        for values in rows:
            if isinstance(values, Group):
                text = self._cell_text(values, wordml.Look(bold=True, size=size))
                parts.append(wordml.row(wordml.cell(text, sum(twips), span=columns, fill=LABEL_FILL)))
                continue
            cells = "".join(
                wordml.cell(self._cell_text(value, look, column in centered), width, border=border,
                            fill=GAP_FILL if gaps and not value else None)
                for column, (value, width) in enumerate(zip(values, twips)))
            parts.append(wordml.row(cells, height=height))
        style = self._style_ids["Table Grid"] if borders else None
        return self._table(wordml.table("".join(parts), twips, style))

    def field_table(self, pairs: Sequence[tuple[str, object]], label_width: float = 0.3) -> Table:
        """Two columns, label | value, for the fields of one measure or one meeting."""
        twips = self._twips((label_width, 1 - label_width))
        bold = wordml.Look(bold=True)
        rows = "".join(
            wordml.row(wordml.cell(self._cell_text(name, bold), twips[0], fill=LABEL_FILL)
                       + wordml.cell(self._cell_text(value, wordml.PLAIN), twips[1]))
            for name, value in pairs)
        return self._table(wordml.table(rows, twips, self._style_ids["Table Grid"]))

    def _table(self, xml: str) -> Table:
        if self._break_before:
            self._paragraph("", "No Spacing")
        table = Table(self._add(xml), self.doc._body)
        self._add(wordml.paragraph("", self._style_ids["No Spacing"]))  # keeps the next table apart
        return table

    @staticmethod
    def _cell_text(value, look: wordml.Look, centered: bool = False) -> str:
        if value is None or value == "":
            return ""
        align = "center" if centered else None
        paragraphs = []
        for line in value if isinstance(value, list) else [value]:
            if isinstance(line, tuple):  # (bold lead, text)
                lead, text = clean_text(line[0]), clean_text(line[1])
                runs = wordml.run(f"{lead} " if text else lead, wordml.Look(True, look.italic, look.size))
                runs += wordml.run(text, look)
            elif isinstance(line, Quiet):
                runs = wordml.run(line, QUIET)
            else:
                runs = wordml.run(line, look)
            paragraphs.append(wordml.paragraph(runs, align=align))
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
