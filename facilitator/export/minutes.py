"""Minnesanteckningar: the minutes of one meeting, in the order DOMAIN.md gives.

Heading block; purpose and frame statement; who led it and who took part (counts by
organisation, names only when asked for); selection reasons; the questions; notes and ideas
per round and table; harvest and decisions; agreed measures; risks with their mitigations in
the toolkit's two columns; next steps and how participants hear back; justering.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from PySide6.QtCore import QCoreApplication

from ..domain import vocabulary as v
from ..domain.formats import traits
from ..domain.measures import COMMITTED_STATUSES, deadline_of, is_overdue
from ..domain.vocabulary import Attendance
from .docx_base import DocxWriter, Quiet, format_date
from .labels import Framework, field_label, measure_value, missing, vocabulary
from .report_data import MinutesData
from .sections import measure_fields, risks_table, round_name, table_name
from .self_assessment import assessment_ratings

# A measure's fields as the minutes show them (the toolkit's documentation list); for a
# decided (or later) measure each is printed, as "missing" when empty.
MINUTES_FIELDS = ("goal", "owner", "department", "time_frame", "resources", "follow_up_method", "status")


def write_minutes(data: MinutesData, path: Path, template: Path | None = None) -> Path:
    writer = DocxWriter(template)
    meeting = data.meeting
    framework = Framework(*data.framework)
    kind = vocabulary(v.MEETING_FORMAT_LABELS, meeting.format)

    writer.title(QCoreApplication.translate("Minutes", "Minutes"), meeting.title or kind)
    _heading_block(writer, data, kind)
    _purpose(writer, data)
    if data.follow_up_reason == "series":
        _follow_up(writer, data, framework)  # a later meeting of a series opens with it
    _participants(writer, data)
    _questions(writer, data)
    _notes(writer, data)
    _harvest(writer, data)
    assessment_ratings(writer, data.assessment)  # a self-assessment meeting's ratings (self_assessment.py)
    if data.follow_up_reason != "series":
        _follow_up(writer, data, framework)
    _measures(writer, data, framework)
    if data.risks:
        writer.heading(QCoreApplication.translate("Minutes", "Risks and how to reduce them"), 1)
        risks_table(writer, data.risks, QCoreApplication.translate("Minutes", "No risks were noted."))
    _next_steps(writer, data)
    _sign_off(writer, data)

    title = QCoreApplication.translate("Minutes", "Minutes: %1").replace("%1", meeting.title or kind)
    return writer.save(path, title, author=meeting.coordinator or data.process.municipality,
                       subject=data.process.title, keywords=kind)


def minutes_document(data: MinutesData, template: Path | None = None) -> bytes:
    """The minutes as the bytes of a Word file (what a signed version keeps)."""
    with tempfile.TemporaryDirectory(prefix="facilitator-minutes-") as folder:
        path = write_minutes(data, Path(folder) / "minutes.docx", template)
        return path.read_bytes()


def series_text(data: MinutesData) -> str:
    """"Arbetsgrupp HR, träff 2 av 3": the series and the meeting's place in it."""
    series = data.meeting.series.strip()
    if not data.series_count:
        return series
    place = QCoreApplication.translate("Minutes", "meeting %1 of %2").replace(
        "%1", str(data.series_number)).replace("%2", str(data.series_count))
    return f"{series}, {place}" if series else place


def _heading_block(writer: DocxWriter, data: MinutesData, kind: str) -> None:
    meeting = data.meeting
    time = "–".join(t for t in (meeting.start_time, meeting.end_time) if t)
    rows = [
        (QCoreApplication.translate("Minutes", "Type of meeting"), kind),
        (QCoreApplication.translate("Minutes", "Date"), format_date(meeting.date)),
        (QCoreApplication.translate("Minutes", "Time"), time),
        (QCoreApplication.translate("Minutes", "Place"), meeting.place),
        (QCoreApplication.translate("Minutes", "Series"), series_text(data)),
        (QCoreApplication.translate("Minutes", "Process"),
         " · ".join(t for t in (data.process.title, data.process.municipality) if t)),
    ]
    signing = data.signing
    if signing is not None:
        if signing.version > 1 or signing.signed:
            rows.append((QCoreApplication.translate("Minutes", "Version"), _version_text(data)))
        if signing.dnr:
            rows.append((QCoreApplication.translate("Minutes", "Reference number (dnr)"), signing.dnr))
    writer.field_table([(label, value) for label, value in rows if value], label_width=0.25)


def _version_text(data: MinutesData) -> str:
    signing = data.signing
    if signing is None:
        return ""
    if signing.signed:
        return QCoreApplication.translate("Minutes", "%1, signed %2").replace("%1", str(signing.version)).replace(
            "%2", format_date(signing.signed_on))
    text = QCoreApplication.translate("Minutes", "%1, not signed yet").replace("%1", str(signing.version))
    if signing.previous_signed_on:
        text += " " + QCoreApplication.translate("Minutes", "(replaces version %1, signed %2)").replace(
            "%1", str(signing.version - 1)).replace("%2", format_date(signing.previous_signed_on))
    return text


def _purpose(writer: DocxWriter, data: MinutesData) -> None:
    meeting = data.meeting
    writer.heading(QCoreApplication.translate("Minutes", "Purpose and frame"), 1)
    if meeting.purpose.strip():
        writer.paragraph(meeting.purpose)
    else:
        writer.note(QCoreApplication.translate("Minutes", "No purpose was written down."))
    writer.paragraph(QCoreApplication.translate("Minutes", "What happens with the results?"), bold=True)
    frame = meeting.frame_statement.strip() or QCoreApplication.translate("Defaults", v.DEFAULT_FRAME_STATEMENT_EN)
    writer.quote(frame)


def _participants(writer: DocxWriter, data: MinutesData) -> None:
    meeting = data.meeting
    hosts = [f"{host} ({table.name})" for table, host in data.tables if host]
    if not (data.counts or meeting.moderator.strip() or meeting.coordinator.strip() or data.roles or hosts
            or meeting.selection_reasons.strip()):
        return  # nobody was registered or named: nothing to say
    writer.heading(QCoreApplication.translate("Minutes", "Participants"), 1)
    if meeting.moderator.strip():
        writer.labelled(QCoreApplication.translate("Minutes", "Led by"), meeting.moderator)
    if meeting.coordinator.strip():
        writer.labelled(vocabulary(v.ROLE_LABELS, v.Role.COORDINATOR), meeting.coordinator)
    for role, names in data.roles:
        writer.labelled(vocabulary(v.ROLE_LABELS, role), names)
    if hosts:
        writer.labelled(QCoreApplication.translate("Minutes", "Table hosts"), ", ".join(hosts))

    present = data.counts.get(data.present_status, 0)
    absent = data.counts.get(Attendance.ABSENT, 0)
    if not data.counts:
        writer.note(QCoreApplication.translate("Minutes", "No participants were registered for this meeting."))
    else:
        if data.present_status == Attendance.ATTENDED:
            # the participants as the window counts them; the rest ran the meeting
            sentence = QCoreApplication.translate("Minutes", "Present: %1, of whom %2 participants and %3 who ran "
                                                  "the meeting.").replace("%1", str(present)).replace(
                "%2", str(data.taking_part)).replace("%3", str(present - data.taking_part))
        else:
            sentence = QCoreApplication.translate("Minutes", "Registered: %1 (attendance was not taken).").replace(
                "%1", str(present))
        if absent:
            sentence += " " + QCoreApplication.translate("Minutes", "Absent: %1.").replace("%1", str(absent))
        writer.paragraph(sentence)
        rows = [[_organisation(name), str(count)] for name, count in data.organisations]
        rows.append([(QCoreApplication.translate("Minutes", "Total"), ""), str(present)])
        writer.table([QCoreApplication.translate("Minutes", "Organisation"),
                      QCoreApplication.translate("Minutes", "Number")], rows, widths=(5, 1))
    if data.with_names and data.people:
        writer.heading(QCoreApplication.translate("Minutes", "Names"), 2)
        writer.table(
            [QCoreApplication.translate("Minutes", "Name"), QCoreApplication.translate("Minutes", "Organisation"),
             QCoreApplication.translate("Minutes", "Role")],
            ([p.name, p.organisation, vocabulary(v.ROLE_LABELS, p.role)] for p in data.people),
            widths=(3, 4, 2),
        )
    if meeting.selection_reasons.strip():
        writer.heading(QCoreApplication.translate("Minutes", "Why these participants"), 2)
        writer.paragraph(meeting.selection_reasons)


def _organisation(name: str) -> str:
    if name.startswith("category:"):
        return vocabulary(v.CATEGORY_LABELS, name.removeprefix("category:"))
    return name


def _questions(writer: DocxWriter, data: MinutesData) -> None:
    if not data.questions:
        return
    writer.heading(QCoreApplication.translate("Minutes", "Questions"), 1)
    for question, table in data.questions:
        if table:
            writer.bullet(question.text, lead=table_name(table) + ":")
        elif question.round_number:
            writer.bullet(question.text, lead=round_name(question.round_number) + ":")
        else:
            writer.bullet(question.text)
        if question.guidance.strip():
            writer.paragraph(question.guidance, italic=True)


def _notes(writer: DocxWriter, data: MinutesData) -> None:
    if not data.groups:
        return
    writer.heading(QCoreApplication.translate("Minutes", "Notes and ideas"), 1)
    by_table_first = data.meeting.question_per_table
    outer = None
    for group in data.groups:
        table = table_name(group.table) if group.table else ""
        if group.host:
            table = QCoreApplication.translate("Minutes", "%1 (table host %2)").replace("%1", table).replace(
                "%2", group.host)
        if group.round is not None or group.table:
            first = table if by_table_first else (round_name(group.round) if group.round else "")
            second = (round_name(group.round) if group.round else "") if by_table_first else table
            if first and first != outer:
                writer.heading(first, 2)
                outer = first
                if group.question:
                    question = QCoreApplication.translate("Minutes", "Question: %1")
                    writer.paragraph(question.replace("%1", group.question), italic=True)
            if second:
                writer.heading(second, 3)
        elif group.question:
            writer.heading(group.question, 2)
        elif len(data.groups) > 1:
            writer.heading(QCoreApplication.translate("Minutes", "Other notes"), 2)
        for contribution, dots in group.items:
            tail = QCoreApplication.translate("Minutes", "(dots: %1)").replace("%1", str(dots)) if dots else ""
            writer.bullet(contribution.text, lead=vocabulary(v.CONTRIBUTION_KIND_LABELS, contribution.kind) + ":",
                          tail=tail)


def _harvest(writer: DocxWriter, data: MinutesData) -> None:
    voted = [(theme, dots) for theme, dots in data.themes]
    if not (data.main_points or voted or data.decisions):
        return
    writer.heading(QCoreApplication.translate("Minutes", "Harvest and decisions"), 1)
    if data.main_points:
        by_table = traits(data.meeting.format).table_main_points
        writer.heading(QCoreApplication.translate("Minutes", "Main points from the tables") if by_table
                       else QCoreApplication.translate("Minutes", "Main points"), 2)
        if by_table and any(table for table, _ in data.main_points):
            rows, previous = [], None
            for table, text in data.main_points:
                rows.append([table if table != previous else "", text])
                previous = table
            writer.table([QCoreApplication.translate("Minutes", "Table"),
                          QCoreApplication.translate("Minutes", "Main point")], rows, widths=(1, 4))
        else:
            for _, text in data.main_points:
                writer.bullet(text)
    if voted:
        writer.heading(QCoreApplication.translate("Minutes", "Themes and dot votes"), 2)
        rows = [[[(theme.title, "")] + ([theme.description] if theme.description.strip() else []),
                 str(dots) if dots else ""] for theme, dots in voted]
        writer.table([QCoreApplication.translate("Minutes", "Theme"), QCoreApplication.translate("Minutes", "Dots")],
                     rows, widths=(5, 1))
    if data.decisions:
        writer.heading(QCoreApplication.translate("Minutes", "Decisions"), 2)
        for text in data.decisions:
            writer.bullet(text)


def _follow_up(writer: DocxWriter, data: MinutesData, framework: Framework) -> None:
    """The open measures reviewed, as they stood that day: a committee meeting reviews them
    all ("Vad har ni gjort hittills?"), a later meeting of a series those of its earlier
    meetings. Overdue ones are marked, never sorted first or counted per department."""
    if not data.follow_up:
        return
    if data.follow_up_reason == "series":
        writer.heading(QCoreApplication.translate("Minutes", "Follow-up from earlier meetings of the series"), 1)
    else:
        writer.heading(QCoreApplication.translate("Minutes", "Follow-up of measures"), 1)
    day = data.meeting.date
    rows = []
    overdue_any = False
    for entry in data.follow_up:
        measure = entry.measure
        latest = entry.history[-1] if entry.history else None
        note = f"{latest.date}: {latest.note}" if latest and latest.note.strip() else ""
        deadline = deadline_of(measure)
        due = measure.due_date or measure.time_frame or (deadline.isoformat() if deadline else "")
        status = measure_value(measure, "status", framework)
        if is_overdue(measure, day):
            overdue_any = True
            status = [(status, ""), (QCoreApplication.translate("Minutes", "Overdue") + " *", "")]
        # the latest note goes under the title: five columns leave names and departments whole
        title = [(f"{entry.number} {measure.title}".strip(), "")] + ([Quiet(note)] if note else [])
        rows.append([title, measure.owner or missing(), measure.department or missing(), due or missing(), status])
    table = writer.table([field_label("title"), QCoreApplication.translate("Minutes", "Owner"),
                          QCoreApplication.translate("Minutes", "Department"),
                          QCoreApplication.translate("Minutes", "Due"), field_label("status")],
                         rows, widths=(3.2, 1.55, 3.3, 1.55, 1.8))
    _rows_never_split(table)
    if overdue_any:
        writer.note(QCoreApplication.translate(
            "Minutes", "* Overdue: the deadline had passed on the day of the meeting."))


def _measures(writer: DocxWriter, data: MinutesData, framework: Framework) -> None:
    if not data.measures:
        return
    writer.heading(QCoreApplication.translate("Minutes", "Agreed measures"), 1)
    for entry in data.measures:
        measure = entry.measure
        # the heading and the description stay with the measure's table
        writer.heading(f"{entry.number} {measure.title}".strip(), 2).paragraph_format.keep_with_next = True
        if measure.description.strip():
            writer.paragraph(measure.description).paragraph_format.keep_with_next = True
        # a proposal may still be vague: only a committed measure is missing what it lacks
        required = MINUTES_FIELDS if measure.status in COMMITTED_STATUSES else ("status",)
        rows = measure_fields(entry, framework, data.meetings, MINUTES_FIELDS, required=required)
        point = framework.numbered_point(measure.eccar_point)
        track = framework.numbered_track(measure.track)
        if point or track:
            rows.append((field_label("eccar_point"), " · ".join(t for t in (point, track) if t)))
        _rows_never_split(writer.field_table(rows), whole=True)


def _next_steps(writer: DocxWriter, data: MinutesData) -> None:
    meeting = data.meeting
    if meeting.next_steps.strip() or meeting.feedback_method.strip():
        writer.heading(QCoreApplication.translate("Minutes", "Next steps"), 1)
        if meeting.next_steps.strip():
            writer.paragraph(meeting.next_steps)
        if meeting.feedback_method.strip():
            writer.heading(QCoreApplication.translate("Minutes", "How participants will hear back"), 2)
            writer.paragraph(meeting.feedback_method)
    if data.process.public_address:
        _results_online(writer, data)


def _results_online(writer: DocxWriter, data: MinutesData) -> None:
    """The QR code to the meeting's results at the process's public address."""
    from ..domain.public_address import meeting_url
    from .printables import qr_png

    url = meeting_url(data.process.public_address, data.meeting.id or 0)
    writer.heading(QCoreApplication.translate("Minutes", "The results online"), 1)
    writer.paragraph(QCoreApplication.translate(
        "Minutes", "The meeting's results, the agreed measures and their status are published at this address:"))
    writer.picture(qr_png(url), 4, align="left")
    writer.paragraph(url)


def _sign_off(writer: DocxWriter, data: MinutesData) -> None:
    writer.heading(QCoreApplication.translate("Minutes", "Sign-off (justering)"), 1)
    signing = data.signing
    written_by = data.note_taker or data.meeting.coordinator
    if signing is not None and signing.signed:
        writer.paragraph(QCoreApplication.translate("Minutes", "These minutes were signed on %1.").replace(
            "%1", format_date(signing.signed_on)))
        if signing.dnr:
            writer.labelled(QCoreApplication.translate("Minutes", "Reference number (dnr)"), signing.dnr)
        line = "_" * 34
        cells = [[(QCoreApplication.translate("Minutes", "Minutes taken by"), ""), "", line,
                  written_by or QCoreApplication.translate("Minutes", "Name in capitals")]]
        for name in signing.adjusters:
            cells.append([(QCoreApplication.translate("Minutes", "Checked and approved by"), ""), "", line, name])
        if len(cells) % 2:
            cells.append([""])
        rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
        _rows_never_split(writer.table([], rows, widths=(1, 1), borders=False))
        return
    line = "_" * 34
    left = [(QCoreApplication.translate("Minutes", "Minutes taken by"), ""), "", line,
            written_by or QCoreApplication.translate("Minutes", "Name in capitals"),
            QCoreApplication.translate("Minutes", "Date:") + " " + "_" * 16]
    right = [(QCoreApplication.translate("Minutes", "Checked and approved by"), ""), "", line,
             QCoreApplication.translate("Minutes", "Name in capitals"),
             QCoreApplication.translate("Minutes", "Date:") + " " + "_" * 16]
    _rows_never_split(writer.table([], [[left, right]], widths=(1, 1), borders=False))


def _rows_never_split(table, whole: bool = False) -> None:
    """No row of ``table`` is split across two pages (a measure's row, a signature); with
    ``whole``, the rows also keep together (a measure's short table of fields)."""
    rows = table._tbl.tr_lst
    for index, row in enumerate(rows):
        properties = row.get_or_add_trPr()
        if properties.find(qn("w:cantSplit")) is None:
            properties.insert(0, OxmlElement("w:cantSplit"))
        if whole and index < len(rows) - 1:
            for paragraph in row.iter(qn("w:p")):
                paragraph_properties = paragraph.get_or_add_pPr()
                if paragraph_properties.find(qn("w:keepNext")) is None:
                    paragraph_properties.insert(0, OxmlElement("w:keepNext"))
