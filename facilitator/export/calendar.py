"""Reminders: the follow-up calendar as an iCalendar file (RFC 5545) that Outlook and other
calendars import.

One VEVENT per item of ``domain/follow_up_rhythm.follow_up_calendar``: the open measures'
deadlines (all-day, with the owner and department in the description), the committee
meetings (those made, at their times; those the rhythm proposes, all-day), the reporting
rounds, the next ECCAR report and revision.

Re-importing updates instead of duplicating: each UID is the process's key
(``storage.follow_up_rhythm.process_key``) with the item's identity ("measure-12",
"meeting-3", "round-2027-1", "committee-2027-05"), so the same item has the same UID in
every export. SEQUENCE is the measure's number of dated revisions (it grows with every change
of the measure; 0 for the rest), DTSTAMP the moment of export in UTC, so of two exports the
later one wins where SEQUENCE is equal (RFC 5546 §2.1.5). A committee meeting proposed by
the rhythm is keyed by its month, so moving it within the month updates it.

The texts are document texts, in the language of the installed catalogue (Swedish unless
asked otherwise), like the minutes. ``icalendar`` is imported inside the writing function:
it is not needed to start the app. The library folds long lines and writes CRLF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain import vocabulary as v
from ..domain.entities import Process
from ..domain.follow_up_rhythm import FollowUpCalendar, ItemKind
from .labels import vocabulary

#: The calendar's PRODID (RFC 5545 §3.7.3).
PRODID = "-//Facilitator//Uppföljningskalender//SV"
#: How far ahead the reminders reach (committee meetings and reporting rounds).
HORIZON_MONTHS = 24


@dataclass(frozen=True)
class CalendarData:
    process: Process
    calendar: FollowUpCalendar
    key: str  # the process's key (UIDs)
    sequences: dict[int, int] = field(default_factory=dict)  # measure id -> SEQUENCE


def gather_calendar(store, today: date) -> CalendarData:
    """The calendar of the process as it is now, from ``today`` two years ahead."""
    from ..domain.follow_up_rhythm import add_months
    from ..storage import follow_up_rhythm as repo

    process = store.process()
    calendar = repo.calendar(store, today, add_months(today, HORIZON_MONTHS))
    measure_ids = [item.measure.id for item in calendar.items if item.measure is not None and item.measure.id]
    return CalendarData(process, calendar, repo.process_key(process), repo.revision_counts(store, measure_ids))


def clean(text: str) -> str:
    """Text as iCalendar may carry it: line breaks kept (as LF), and no other control characters
    (RFC 5545 §3.3.11 allows none in TEXT; a stray one from a pasted title would make some
    calendars refuse the whole file)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in text if ch in "\n\t" or not (ord(ch) < 32 or 127 <= ord(ch) < 160))


def uid(key: str, item_key: str) -> str:
    return f"{item_key}.{key}@facilitator"


def _summary(item, process: Process) -> str:
    if item.measure is not None:
        title = " ".join(item.measure.title.split())  # one line in the calendar's list
        return QCoreApplication.translate("CalendarExport", "Due: %1").replace("%1", title)
    if item.meeting is not None:
        return item.meeting.title or QCoreApplication.translate("CalendarExport", "Committee meeting")
    if item.round is not None:
        name = item.round.name(QCoreApplication.translate)
        return QCoreApplication.translate("CalendarExport", "%1: the departments report").replace("%1", name)
    if item.kind == ItemKind.ECCAR_REPORT:
        return QCoreApplication.translate("CalendarExport", "Report to ECCAR")
    if item.kind == ItemKind.REVISION:
        return QCoreApplication.translate("CalendarExport", "Revision of the plan")
    return QCoreApplication.translate("CalendarExport", "Committee meeting (to be called)")


def _description(item, process: Process) -> str:
    plan = process.plan_title or process.title
    lines: list[str] = []
    if item.measure is not None:
        measure = item.measure
        missing = QCoreApplication.translate("CalendarExport", "not stated")
        lines += [
            QCoreApplication.translate("CalendarExport", "Measure: %1").replace("%1", measure.title),
            QCoreApplication.translate("CalendarExport", "Responsible: %1").replace("%1", measure.owner or missing),
            QCoreApplication.translate("CalendarExport", "Department: %1").replace("%1", measure.department or missing),
            QCoreApplication.translate("CalendarExport", "Status: %1").replace(
                "%1", vocabulary(v.MEASURE_STATUS_LABELS, measure.status)),
        ]
        if measure.time_frame:
            lines.append(QCoreApplication.translate("CalendarExport", "Time frame: %1").replace(
                "%1", measure.time_frame))
        if item.overdue:
            lines.append(QCoreApplication.translate("CalendarExport", "The deadline has passed."))
    elif item.round is not None:
        lines.append(QCoreApplication.translate(
            "CalendarExport", "The departments report how far their measures have come (%1 – %2).").replace(
            "%1", item.round.starts.isoformat()).replace("%2", item.round.due.isoformat()))
    elif item.kind == ItemKind.ECCAR_REPORT:
        lines.append(QCoreApplication.translate(
            "CalendarExport", "ECCAR asks its members for a report every other year."))
    elif item.kind == ItemKind.REVISION:
        lines.append(QCoreApplication.translate("CalendarExport", "The plan is reviewed and updated regularly."))
    elif item.kind == ItemKind.PLANNED_COMMITTEE:
        lines.append(QCoreApplication.translate(
            "CalendarExport", "The implementation committee reviews the open measures: what have you done so far?"))
    if plan:
        lines.append(QCoreApplication.translate("CalendarExport", "Plan: %1").replace("%1", plan))
    return "\n".join(lines)


def write_calendar(data: CalendarData, path: Path, now: datetime | None = None) -> Path:
    """Writes the .ics file and returns its path."""
    import icalendar

    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    process = data.process
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    plan = process.plan_title or process.title or QCoreApplication.translate("CalendarExport", "the action plan")
    name = QCoreApplication.translate("CalendarExport", "Follow-up: %1").replace("%1", plan)
    cal.add("x-wr-calname", clean(name))
    for item in data.calendar.items:
        event = icalendar.Event()
        event.add("uid", uid(data.key, item.key))
        event.add("dtstamp", stamp)
        sequence = data.sequences.get(item.measure.id or 0, 0) if item.measure is not None else 0
        event.add("sequence", sequence)
        event.add("summary", clean(_summary(item, process)))
        description = clean(_description(item, process))
        if description:
            event.add("description", description)
        meeting = item.meeting
        start = _time(meeting.start_time) if meeting is not None else None
        if meeting is not None and start is not None:
            event.add("dtstart", datetime.combine(item.day, start))  # floating: the local time
            end = _time(meeting.end_time)
            event.add("dtend", datetime.combine(item.day, end) if end is not None and end > start
                      else datetime.combine(item.day, start) + timedelta(hours=2))
            if meeting.place:
                event.add("location", clean(meeting.place))
            event.add("transp", "OPAQUE")
        else:
            event.add("dtstart", item.day)  # VALUE=DATE: an all-day event
            event.add("dtend", item.day + timedelta(days=1))
            event.add("transp", "TRANSPARENT")
        event.add("categories", [_category(item.kind)])
        cal.add_component(event)
    from .docx_base import write_atomically  # the old file stays whole; one open in Outlook is named

    return write_atomically(Path(path), cal.to_ical())


def _category(kind: ItemKind) -> str:
    from ..domain.follow_up_rhythm import ITEM_KIND_LABELS

    return QCoreApplication.translate("FollowUpRhythm", ITEM_KIND_LABELS[kind])


def _time(text: str) -> time | None:
    try:
        return time.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        return None
