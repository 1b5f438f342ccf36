"""Minnesanteckningar: the minutes of one meeting, in the order DOMAIN.md gives.

Heading block; purpose and frame statement; who led it and who took part (counts by
organisation, names only when asked for); selection reasons; the questions; notes and ideas
per round and table; harvest and decisions; agreed measures; risks with their mitigations in
the toolkit's two columns; next steps and how participants hear back; justering.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain import vocabulary as v
from ..domain.vocabulary import Attendance
from .docx_base import DocxWriter, format_date
from .labels import Framework, field_label, measure_value, missing, vocabulary
from .report_data import MinutesData
from .sections import measure_fields, risks_table, round_name, table_name
from .self_assessment import assessment_ratings

# A measure's fields as the minutes show them (the toolkit's documentation list); each is
# printed, as "missing" when empty.
MINUTES_FIELDS = ("goal", "owner", "department", "time_frame", "resources", "follow_up_method", "status")


def write_minutes(data: MinutesData, path: Path, template: Path | None = None) -> Path:
    writer = DocxWriter(template)
    meeting = data.meeting
    framework = Framework(*data.framework)
    kind = vocabulary(v.MEETING_FORMAT_LABELS, meeting.format)

    writer.title(QCoreApplication.translate("Minutes", "Minutes"), meeting.title or kind)
    _heading_block(writer, data, kind)
    _purpose(writer, data)
    _participants(writer, data)
    _questions(writer, data)
    _notes(writer, data)
    _harvest(writer, data)
    assessment_ratings(writer, data.assessment)  # a self-assessment meeting's ratings (self_assessment.py)
    _follow_up(writer, data, framework)
    _measures(writer, data, framework)
    writer.heading(QCoreApplication.translate("Minutes", "Risks and how to reduce them"), 1)
    risks_table(writer, data.risks, QCoreApplication.translate("Minutes", "No risks were noted."))
    _next_steps(writer, data)
    _sign_off(writer, data)

    title = QCoreApplication.translate("Minutes", "Minutes: %1").replace("%1", meeting.title or kind)
    return writer.save(path, title, author=meeting.coordinator or data.process.municipality,
                       subject=data.process.title, keywords=kind)


def _heading_block(writer: DocxWriter, data: MinutesData, kind: str) -> None:
    meeting = data.meeting
    time = "–".join(t for t in (meeting.start_time, meeting.end_time) if t)
    rows = [
        (QCoreApplication.translate("Minutes", "Type of meeting"), kind),
        (QCoreApplication.translate("Minutes", "Date"), format_date(meeting.date)),
        (QCoreApplication.translate("Minutes", "Time"), time),
        (QCoreApplication.translate("Minutes", "Place"), meeting.place),
        (QCoreApplication.translate("Minutes", "Series"), meeting.series),
        (QCoreApplication.translate("Minutes", "Process"),
         " · ".join(t for t in (data.process.title, data.process.municipality) if t)),
    ]
    writer.field_table([(label, value) for label, value in rows if value], label_width=0.25)


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
    writer.heading(QCoreApplication.translate("Minutes", "Participants"), 1)
    if meeting.moderator.strip():
        writer.labelled(QCoreApplication.translate("Minutes", "Led by"), meeting.moderator)
    if meeting.coordinator.strip():
        writer.labelled(vocabulary(v.ROLE_LABELS, v.Role.COORDINATOR), meeting.coordinator)
    for role, names in data.roles:
        writer.labelled(vocabulary(v.ROLE_LABELS, role), names)
    hosts = [f"{host} ({table.name})" for table, host in data.tables if host]
    if hosts:
        writer.labelled(QCoreApplication.translate("Minutes", "Table hosts"), ", ".join(hosts))

    present = data.counts.get(data.present_status, 0)
    absent = data.counts.get(Attendance.ABSENT, 0)
    if not data.counts:
        writer.note(QCoreApplication.translate("Minutes", "No participants were registered for this meeting."))
    else:
        if data.present_status == Attendance.ATTENDED:
            sentence = QCoreApplication.translate("Minutes", "Present: %1.").replace("%1", str(present))
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
    writer.heading(QCoreApplication.translate("Minutes", "Why these participants"), 2)
    if meeting.selection_reasons.strip():
        writer.paragraph(meeting.selection_reasons)
    else:
        writer.note(QCoreApplication.translate("Minutes", "The reasons for the selection were not written down."))


def _organisation(name: str) -> str:
    if name.startswith("category:"):
        return vocabulary(v.CATEGORY_LABELS, name.removeprefix("category:"))
    return name


def _questions(writer: DocxWriter, data: MinutesData) -> None:
    writer.heading(QCoreApplication.translate("Minutes", "Questions"), 1)
    if not data.questions:
        writer.note(QCoreApplication.translate("Minutes", "No questions were written down."))
        return
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
    writer.heading(QCoreApplication.translate("Minutes", "Notes and ideas"), 1)
    if not data.groups:
        writer.note(QCoreApplication.translate("Minutes", "No notes or ideas were written down."))
        return
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
    writer.heading(QCoreApplication.translate("Minutes", "Harvest and decisions"), 1)
    if data.main_points:
        writer.heading(QCoreApplication.translate("Minutes", "Main points from the tables"), 2)
        if any(table for table, _ in data.main_points):
            rows, previous = [], None
            for table, text in data.main_points:
                rows.append([table if table != previous else "", text])
                previous = table
            writer.table([QCoreApplication.translate("Minutes", "Table"),
                          QCoreApplication.translate("Minutes", "Main point")], rows, widths=(1, 4))
        else:
            for _, text in data.main_points:
                writer.bullet(text)
    voted = [(theme, dots) for theme, dots in data.themes]
    if voted:
        writer.heading(QCoreApplication.translate("Minutes", "Themes and dot votes"), 2)
        rows = [[[(theme.title, "")] + ([theme.description] if theme.description.strip() else []),
                 str(dots) if dots else ""] for theme, dots in voted]
        writer.table([QCoreApplication.translate("Minutes", "Theme"), QCoreApplication.translate("Minutes", "Dots")],
                     rows, widths=(5, 1))
    writer.heading(QCoreApplication.translate("Minutes", "Decisions"), 2)
    if data.decisions:
        for text in data.decisions:
            writer.bullet(text)
    else:
        writer.note(QCoreApplication.translate("Minutes", "No decisions were noted."))
    if not data.main_points and not voted:
        writer.note(QCoreApplication.translate("Minutes", "No harvest was noted."))


def _follow_up(writer: DocxWriter, data: MinutesData, framework: Framework) -> None:
    """A committee meeting reviews the open measures ("Vad har ni gjort hittills?")."""
    if not data.follow_up:
        return
    writer.heading(QCoreApplication.translate("Minutes", "Follow-up of measures"), 1)
    rows = []
    for entry in data.follow_up:
        latest = entry.history[-1] if entry.history else None
        note = f"{latest.date}: {latest.note}" if latest and latest.note.strip() else ""
        rows.append([entry.number, entry.measure.title, entry.measure.owner or missing(),
                     measure_value(entry.measure, "status", framework), note])
    writer.table([QCoreApplication.translate("Minutes", "No."), field_label("title"), field_label("owner"),
                  field_label("status"), QCoreApplication.translate("Minutes", "Latest note")],
                 rows, widths=(0.6, 3, 1.8, 1.2, 3))


def _measures(writer: DocxWriter, data: MinutesData, framework: Framework) -> None:
    writer.heading(QCoreApplication.translate("Minutes", "Agreed measures"), 1)
    if not data.measures:
        writer.note(QCoreApplication.translate("Minutes", "No measures were agreed at this meeting."))
    for entry in data.measures:
        measure = entry.measure
        writer.heading(f"{entry.number} {measure.title}".strip(), 2)
        if measure.description.strip():
            writer.paragraph(measure.description)
        rows = measure_fields(entry, framework, data.meetings, MINUTES_FIELDS, required=MINUTES_FIELDS)
        point = framework.numbered_point(measure.eccar_point)
        track = framework.numbered_track(measure.track)
        if point or track:
            rows.append((field_label("eccar_point"), " · ".join(t for t in (point, track) if t)))
        writer.field_table(rows)


def _next_steps(writer: DocxWriter, data: MinutesData) -> None:
    meeting = data.meeting
    writer.heading(QCoreApplication.translate("Minutes", "Next steps"), 1)
    if meeting.next_steps.strip():
        writer.paragraph(meeting.next_steps)
    else:
        writer.note(QCoreApplication.translate("Minutes", "No next steps were written down."))
    writer.heading(QCoreApplication.translate("Minutes", "How participants will hear back"), 2)
    if meeting.feedback_method.strip():
        writer.paragraph(meeting.feedback_method)
    else:
        writer.note(QCoreApplication.translate("Minutes", "Not decided yet."))


def _sign_off(writer: DocxWriter, data: MinutesData) -> None:
    writer.heading(QCoreApplication.translate("Minutes", "Sign-off (justering)"), 1)
    line = "_" * 34
    written_by = data.note_taker or data.meeting.coordinator
    left = [(QCoreApplication.translate("Minutes", "Minutes taken by"), ""), "", line,
            written_by or QCoreApplication.translate("Minutes", "Name in capitals"),
            QCoreApplication.translate("Minutes", "Date:") + " " + "_" * 16]
    right = [(QCoreApplication.translate("Minutes", "Checked and approved by"), ""), "", line,
             QCoreApplication.translate("Minutes", "Name in capitals"),
             QCoreApplication.translate("Minutes", "Date:") + " " + "_" * 16]
    writer.table([], [[left, right]], widths=(1, 1), borders=False)
