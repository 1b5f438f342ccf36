"""Material for the room of a World Café: one A4 sign per table (its name, its question and a
QR code that opens the table's phone page), one card per participant (their table in each
round, eight to a page with cut lines), and a crib sheet for each table host.

QR codes are PNG made by qrcode with pypng (no Pillow), error correction M.
"""

from __future__ import annotations

import math
from io import BytesIO
from pathlib import Path

from docx.shared import Emu, Pt
from PySide6.QtCore import QCoreApplication

from ..domain import vocabulary as v
from ..domain.vocabulary import AgendaKind
from .docx_base import DocxWriter, Quiet, add_text, format_date
from .labels import vocabulary
from .report_data import PrintablesData, TableSign
from .sections import round_name, table_name

CARDS_ACROSS, CARDS_DOWN = 2, 4


class NoTables(ValueError):
    """The meeting has no café tables, so there is nothing to print for the room."""


def qr_png(url: str) -> bytes:
    import qrcode
    from qrcode.image.pure import PyPNGImage

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=10, border=4,
                         image_factory=PyPNGImage)
    code.add_data(url)
    code.make(fit=True)
    buffer = BytesIO()
    code.make_image().save(buffer)
    return buffer.getvalue()


def write_printables(data: PrintablesData, path: Path, template: Path | None = None) -> Path:
    if not data.signs:
        raise NoTables(data.meeting.id)
    writer = DocxWriter(template, page_numbers=False)
    codes = {sign.number: qr_png(sign.url) for sign in data.signs}
    for sign in data.signs:
        _sign(writer, data, sign, codes[sign.number])
        writer.page_break()
    _cards(writer, data)
    for sign in data.signs:
        writer.page_break()
        _crib_sheet(writer, data, sign, codes[sign.number], qr_png(sign.host_url) if sign.host_url else None)
    title = QCoreApplication.translate("Printables", "Material for the room: %1").replace("%1", data.meeting.title)
    return writer.save(path, title, author=data.meeting.coordinator or data.process.municipality,
                       subject=data.process.title)


def _meeting_line(data: PrintablesData) -> str:
    meeting = data.meeting
    time = "–".join(t for t in (meeting.start_time, meeting.end_time) if t)
    return " · ".join(t for t in (meeting.title, format_date(meeting.date), time, meeting.place) if t)


def _sign(writer: DocxWriter, data: PrintablesData, sign: TableSign, png: bytes) -> None:
    writer.paragraph(data.meeting.title, size=12, align="center", color=None)
    writer.paragraph(table_name(str(sign.number)), size=22, align="center")
    name = sign.table.name or table_name(str(sign.number))
    width_pt = writer.text_width / 12700
    size = max(28, min(60, int(width_pt / (0.62 * max(len(name), 1)))))
    writer.paragraph(name, bold=True, size=size, align="center")
    if len(sign.questions) == 1:
        writer.paragraph(sign.questions[0][1], size=18, align="center")
    else:
        for number, text in sign.questions:
            paragraph = writer.paragraph("", align="center")
            if number:
                add_text(paragraph, round_name(number) + ": ", bold=True, size=14)
            add_text(paragraph, text, size=14)
    writer.picture(png, 9)
    if data.public:
        scan = QCoreApplication.translate(
            "Printables", "Scan the code with your phone to see the meeting's results and what becomes of them.")
    else:
        scan = QCoreApplication.translate("Printables", "Scan the code with your phone to follow the table's question "
                                                        "and notes.")
    writer.paragraph(scan, size=13, align="center")
    writer.paragraph(sign.url, size=10, align="center")
    if sign.host:
        host = QCoreApplication.translate("Printables", "Table host: %1") if data.meeting.hosts_stay else \
            QCoreApplication.translate("Printables", "Moderator: %1")
        writer.paragraph(host.replace("%1", sign.host), size=14, align="center")


def _cards(writer: DocxWriter, data: PrintablesData) -> None:
    writer.heading(QCoreApplication.translate("Printables", "Cards for the participants"), 1)
    if not data.has_seats:
        writer.note(QCoreApplication.translate(
            "Printables",
            "The seating plan has not been made yet, so there are no cards with tables. Make the seating "
            "plan for the meeting and print the material again."))
        return
    writer.paragraph(QCoreApplication.translate("Printables", "Cut along the dashed lines."), size=9)
    rows = math.ceil(len(data.cards) / CARDS_ACROSS)
    height = Emu(int((writer.text_height - Emu(Pt(50))) / CARDS_DOWN))
    table = writer.table([], [[""] * CARDS_ACROSS for _ in range(rows)], widths=(1,) * CARDS_ACROSS, borders=False,
                         cut_lines=True, row_height=height)
    for cell, card in zip((cell for row in table.rows for cell in row.cells), data.cards):
        _card(cell, data, card)


def _card(cell, data: PrintablesData, card) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_before = Pt(3)
    add_text(paragraph, data.meeting.title, size=8.5)
    paragraph = cell.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(4)
    add_text(paragraph, card.name, bold=True, size=16)
    if card.organisation:
        add_text(cell.add_paragraph(), card.organisation, size=9)
    if card.hosts:
        text = QCoreApplication.translate("Printables", "You host table %1 and stay there all rounds.") \
            if data.meeting.hosts_stay else QCoreApplication.translate("Printables", "You lead table %1.")
        add_text(cell.add_paragraph(), text.replace("%1", card.hosts), bold=True, size=11)
    if not card.hosts or not data.meeting.hosts_stay:
        for number, table in card.seats:
            paragraph = cell.add_paragraph()
            add_text(paragraph, round_name(number) + ": ", size=12)
            add_text(paragraph, table, bold=True, size=12)
    if card.code_url:
        # A random personal code (never the name): the phone shows the table this round and next.
        paragraph = cell.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(2)
        paragraph.add_run().add_picture(BytesIO(qr_png(card.code_url)), width=Emu(Pt(50)))
        add_text(paragraph, "  " + QCoreApplication.translate(
            "Printables", "Scan: your table this round and the next"), size=8)


def _crib_sheet(writer: DocxWriter, data: PrintablesData, sign: TableSign, png: bytes,
                host_png: bytes | None = None) -> None:
    meeting = data.meeting
    if meeting.hosts_stay:
        heading = QCoreApplication.translate("Printables", "Crib sheet for the table host: %1")
    else:
        heading = QCoreApplication.translate("Printables", "Crib sheet for the table moderator: %1")
    writer.heading(heading.replace("%1", sign.table.name or table_name(str(sign.number))), 1)
    writer.paragraph(_meeting_line(data), italic=True)
    if data.public:
        lead = QCoreApplication.translate("Printables", "The results on the web")
        scan = QCoreApplication.translate(
            "Printables", "The code opens the page where the municipality publishes the meeting's results. Tell "
                          "the participants that they can follow there what becomes of their ideas.")
    else:
        lead = QCoreApplication.translate("Printables", "The table on the phone")
        scan = QCoreApplication.translate(
            "Printables", "Scan the code to open the table's page. It shows the table's question and the notes the "
                          "coordinator publishes.")
    table = writer.table([], [["", [(lead, ""), scan, Quiet(sign.url)]]], widths=(1, 4), borders=False)
    table.rows[0].cells[0].paragraphs[0].add_run().add_picture(BytesIO(png), width=Emu(int(writer.text_width / 6)))
    if host_png is not None:
        # The host's own link: notes written on the phone go straight to the coordinator's laptop.
        table = writer.table([], [["", [(QCoreApplication.translate("Printables", "Your notes on the phone"), ""),
                                        QCoreApplication.translate(
            "Printables", "Only for you as the table's host: scan the code, choose what kind of note it is and "
                          "save. The note reaches the coordinator at once; participants see it only when the "
                          "coordinator publishes it. Keep the sheet to yourself."), Quiet(sign.host_url)]]],
                             widths=(1, 4), borders=False)
        table.rows[0].cells[0].paragraphs[0].add_run().add_picture(BytesIO(host_png),
                                                                   width=Emu(int(writer.text_width / 6)))

    writer.heading(QCoreApplication.translate("Printables", "Your task"), 2)
    tasks = [
        QCoreApplication.translate(
            "Printables", "Welcome the people who come to your table and let everyone say their name."),
        QCoreApplication.translate(
            "Printables", "Read the question aloud. Make sure everyone gets to speak; nobody has to agree."),
        QCoreApplication.translate(
            "Printables",
            "Write down ideas, questions, quotes, risks and ways to reduce the risks: on your phone through the "
            "QR code, or on paper."),
        QCoreApplication.translate("Printables", "Write what was said, not who said it: no names in the notes."),
        QCoreApplication.translate("Printables", "Keep the time; the coordinator gives the signal to change tables."),
        QCoreApplication.translate(
            "Printables", "Before the harvest, choose the two or three most important points from your table."),
    ]
    if meeting.hosts_stay:
        tasks.insert(1, QCoreApplication.translate(
            "Printables", "From round 2 on: tell the newcomers in two minutes what the last round talked about."))
    for task in tasks:
        writer.bullet(task)

    writer.heading(QCoreApplication.translate("Printables", "Times"), 2)
    schedule = [(start, item) for start, item in data.schedule]
    if schedule:
        rows = []
        for start, item in schedule:
            cells = [start, item.title or vocabulary(v.AGENDA_KIND_LABELS, item.kind), str(item.minutes)]
            rows.append([(cell, "") for cell in cells] if item.kind == AgendaKind.ROUND else cells)  # rounds in bold
        writer.table([QCoreApplication.translate("Printables", "Time"),
                      QCoreApplication.translate("Printables", "What"),
                      QCoreApplication.translate("Printables", "Minutes")], rows, widths=(1, 5, 1))
    else:
        rounds = max(data.round_count, 1)
        writer.paragraph(QCoreApplication.translate("Printables", "Rounds: %1, of %2 minutes each.").replace(
            "%1", str(rounds)).replace("%2", str(meeting.round_minutes)))

    writer.heading(QCoreApplication.translate("Printables", "The questions"), 2)
    if sign.questions:
        for number, text in sign.questions:
            writer.bullet(text, lead=(round_name(number) + ":") if number else "")
    else:
        writer.note(QCoreApplication.translate("Printables", "The questions have not been written yet."))

    writer.heading(QCoreApplication.translate("Printables", "What happens with the results"), 2)
    frame = meeting.frame_statement.strip() or QCoreApplication.translate("Defaults", v.DEFAULT_FRAME_STATEMENT_EN)
    writer.quote(frame)
