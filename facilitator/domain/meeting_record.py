"""What a meeting's minutes record: the measures agreed there, each as it stood at the end of
that meeting, and where a meeting stands in its series.

A measure's changes are dated and may name the meeting they were made at:

* its status history (``MeasureStatusChange``: created, decided, a progress note …);
* its revisions (``MeasureRevision``: all its fields after each creation, edit or status change).

**Agreed at a meeting** means created there, or moved to "decided" there. **As it stood at the
end of a meeting** is its last revision made at that meeting or before it: made at that meeting
or at an earlier one, or, without a meeting, dated on or before the meeting's day. Later
changes never reach that meeting's minutes.

A change made without naming a meeting belongs to one when it is made while the minutes are
being written: on the day of the measure's meeting of origin or within ``WRITE_UP_DAYS`` after
it, and before the next meeting of the process (``write_up_meeting``). A coordinator who types
in the owner and the deadline the morning after the workshop records the workshop's measure.

A file from before revisions were kept has, for each measure, one undated revision (made by
migration 0007: its fields when the file was upgraded): until a later revision, the fields are
those and the status is taken from its dated history (``as_it_stood``).

Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from .entities import Measure, MeasureRevision, MeasureStatusChange, Meeting
from .follow_up import is_earlier
from .measures import parse_iso_date
from .vocabulary import MeasureStatus

#: How many days after a meeting its minutes are still being written (edits count for it).
WRITE_UP_DAYS = 14


def meeting_order(meeting: Meeting) -> tuple:
    """Meetings in the order they were held (undated ones last, by their place in the process)."""
    return (meeting.date or "9999", meeting.start_time, meeting.position, meeting.id or 0)


def write_up_meeting(origin: Meeting | None, meetings: Iterable[Meeting], day: str) -> int | None:
    """The meeting a change made on ``day`` belongs to, for a measure from ``origin``: origin
    itself when ``day`` is its day or up to ``WRITE_UP_DAYS`` after, and no other meeting of
    the process was held after it by then; else None. An undated origin: None."""
    if origin is None or origin.id is None:
        return None
    start, on = parse_iso_date(origin.date), parse_iso_date(day)
    if start is None or on is None or not start <= on <= start + timedelta(days=WRITE_UP_DAYS):
        return None
    for other in meetings:
        other_day = parse_iso_date(other.date)
        if other.id != origin.id and other_day is not None and start < other_day <= on:
            return None
    return origin.id


def meeting_of_change(meeting_id: int | None, day: str, meetings: Sequence[Meeting]) -> int | None:
    """The meeting a dated change was made at: the one it names, else the only meeting held
    that day (a status set in the room), else None."""
    if meeting_id is not None:
        return meeting_id
    same_day = [m.id for m in meetings if m.date and m.date == day]
    return same_day[0] if len(same_day) == 1 else None


def counts_for(meeting: Meeting, change_meeting_id: int | None, day: str, meetings: Mapping[int, Meeting]) -> bool:
    """Whether a change (made at ``change_meeting_id``, dated ``day``) had happened by the end
    of ``meeting``."""
    if change_meeting_id is not None:
        if change_meeting_id == meeting.id:
            return True
        other = meetings.get(change_meeting_id)
        if other is not None:
            return is_earlier(other, meeting)
    meeting_day = parse_iso_date(meeting.date)
    if meeting_day is None:
        return True  # an undated meeting: the measure as it is
    change_day = parse_iso_date(day)
    return change_day is None or change_day <= meeting_day


def snapshot(measure: Measure) -> str:
    """A measure's fields as a revision keeps them (JSON, names readable for erasure)."""
    return json.dumps(measure.to_row(), ensure_ascii=False, sort_keys=True)


def from_snapshot(fields: str, measure_id: int | None) -> Measure:
    try:
        row = json.loads(fields)
    except ValueError:
        row = {}
    if not isinstance(row, dict):
        row = {}
    return Measure.from_row({**row, "id": measure_id})


def as_it_stood(
    measure: Measure,
    revisions: Sequence[MeasureRevision],
    history: Sequence[MeasureStatusChange],
    meeting: Meeting,
    meetings: Mapping[int, Meeting],
) -> Measure | None:
    """``measure`` as it stood at the end of ``meeting``; None when it did not exist yet."""
    if revisions:
        known = [r for r in revisions if counts_for(meeting, r.meeting_id, r.date, meetings)]
        if not known:
            return None
        last = max(known, key=lambda r: (r.date, r.id or 0))
        stood = from_snapshot(last.fields, measure.id)
        if last.date:
            return stood
        measure = stood  # an undated revision: the fields when revisions began, the status from history
    if not history:
        return measure
    changes = [c for c in history if counts_for(meeting, c.meeting_id, c.date, meetings)]
    if not changes:
        return None
    last_change = max(changes, key=lambda c: (c.date, c.id or 0))
    return measure.with_changes(status=last_change.status)


def agreed_at(meeting: Meeting, history: Iterable[MeasureStatusChange], meetings: Sequence[Meeting]) -> set[int]:
    """The measures agreed at ``meeting``: created there (their first status entry was made
    there) or moved to "decided" there."""
    by_measure: dict[int, list[MeasureStatusChange]] = {}
    for change in history:
        by_measure.setdefault(change.measure_id, []).append(change)
    agreed = set()
    for measure_id, changes in by_measure.items():
        changes.sort(key=lambda c: (c.date, c.id or 0))
        for index, change in enumerate(changes):
            if index and change.status != MeasureStatus.DECIDED:
                continue
            if meeting_of_change(change.meeting_id, change.date, meetings) == meeting.id:
                agreed.add(measure_id)
                break
    return agreed


def history_until(
    history: Iterable[MeasureStatusChange], meeting: Meeting, meetings: Mapping[int, Meeting]
) -> list[MeasureStatusChange]:
    """The status entries made by the end of ``meeting``, oldest first."""
    kept = [c for c in history if counts_for(meeting, c.meeting_id, c.date, meetings)]
    return sorted(kept, key=lambda c: (c.date, c.id or 0))


@dataclass(frozen=True)
class SeriesPlace:
    """Where a meeting stands in its series: meeting ``number`` of ``count``."""

    series: str
    number: int
    count: int
    earlier: tuple[Meeting, ...]  # the series' meetings before this one, in the order held


def series_place(meeting: Meeting, meetings: Iterable[Meeting]) -> SeriesPlace | None:
    """None for a meeting outside a series (or alone in it)."""
    name = " ".join(meeting.series.split()).casefold()
    if not name:
        return None
    members = sorted(
        (m for m in meetings if " ".join(m.series.split()).casefold() == name), key=meeting_order
    )
    if len(members) < 2:
        return None
    ids = [m.id for m in members]
    if meeting.id not in ids:
        return None
    index = ids.index(meeting.id)
    return SeriesPlace(meeting.series.strip(), index + 1, len(members), tuple(members[:index]))
