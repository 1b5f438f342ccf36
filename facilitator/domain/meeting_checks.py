"""Warnings a coordinator should see while planning a meeting (DOMAIN.md, "The scene")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from .entities import Meeting
from .formats import traits

TRUST_GROUP_LIMIT = 15
FORMAL_GROUP_LIMIT = 30
LATE_HOUR = time(17, 0)
LONG_MEETING_MINUTES = 120


class WarningCode(StrEnum):
    WEEKEND = "weekend"
    TRUST_GROUP_TOO_LARGE = "trust_group_too_large"
    FORMAL_GROUP_TOO_LARGE = "formal_group_too_large"
    LATE_WITHOUT_FOOD = "late_without_food"
    LONG_WITHOUT_FOOD = "long_without_food"
    ENDS_BEFORE_START = "ends_before_start"
    AGENDA_LONGER_THAN_MEETING = "agenda_longer_than_meeting"


@dataclass(frozen=True)
class MeetingWarning:
    code: WarningCode
    numbers: tuple[int, ...] = ()


def parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        return None


def parse_time(text: str) -> time | None:
    try:
        return time.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        return None


def duration_minutes(meeting: Meeting) -> int | None:
    start, end = parse_time(meeting.start_time), parse_time(meeting.end_time)
    if start is None or end is None:
        return None
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def meeting_warnings(meeting: Meeting, group_size: int, agenda_minutes: int = 0) -> list[MeetingWarning]:
    """``group_size`` is the meeting's participants as domain.headcount counts them."""
    warnings: list[MeetingWarning] = []
    day = parse_date(meeting.date)
    if day is not None and day.weekday() >= 5:
        warnings.append(MeetingWarning(WarningCode.WEEKEND))
    has = traits(meeting.format)
    if has.large_group:
        pass  # a café's tables and seats set its size (the café tab says when they are too few)
    elif has.trust_building:
        if group_size > TRUST_GROUP_LIMIT:
            warnings.append(MeetingWarning(WarningCode.TRUST_GROUP_TOO_LARGE, (group_size, TRUST_GROUP_LIMIT)))
    elif group_size > FORMAL_GROUP_LIMIT:
        warnings.append(MeetingWarning(WarningCode.FORMAL_GROUP_TOO_LARGE, (group_size, FORMAL_GROUP_LIMIT)))
    minutes = duration_minutes(meeting)
    if minutes is not None and minutes <= 0:
        warnings.append(MeetingWarning(WarningCode.ENDS_BEFORE_START))
    if not meeting.food_served:
        end = parse_time(meeting.end_time)
        if end is not None and end > time(18, 0):
            warnings.append(MeetingWarning(WarningCode.LATE_WITHOUT_FOOD))
        elif minutes is not None and minutes > LONG_MEETING_MINUTES:
            warnings.append(MeetingWarning(WarningCode.LONG_WITHOUT_FOOD, (minutes,)))
    if minutes is not None and minutes > 0 and agenda_minutes > minutes:
        warnings.append(MeetingWarning(WarningCode.AGENDA_LONGER_THAN_MEETING, (agenda_minutes, minutes)))
    return warnings
