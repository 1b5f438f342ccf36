"""Agenda arithmetic and the default agenda of each meeting format."""

from __future__ import annotations

from .entities import AgendaItem
from .meeting_checks import parse_time
from .vocabulary import QT_TRANSLATE_NOOP, AgendaKind, MeetingFormat


def start_times(start: str, items: list[AgendaItem]) -> dict[int, str]:
    """Clock time ("HH:MM") at which each item starts, by item id, in position order."""
    begin = parse_time(start)
    if begin is None:
        return {}
    minute = begin.hour * 60 + begin.minute
    result = {}
    for item in sorted(items, key=lambda i: (i.position, i.id or 0)):
        result[item.id] = f"{(minute // 60) % 24:02d}:{minute % 60:02d}"
        minute += max(item.minutes, 0)
    return result


def default_agenda(meeting_format: str, rounds: int = 3, round_minutes: int = 20, move_minutes: int = 5):
    """(title, kind, minutes, round number) rows; titles are English source texts in the
    "AgendaTemplate" context, translated when the agenda is created."""
    welcome = (QT_TRANSLATE_NOOP("AgendaTemplate", "Welcome and what happens with the results"), AgendaKind.WELCOME, 10, None)
    if meeting_format == MeetingFormat.WORLD_CAFE:
        rows = [welcome]
        for number in range(1, rounds + 1):
            rows.append((QT_TRANSLATE_NOOP("AgendaTemplate", "Round %1"), AgendaKind.ROUND, round_minutes, number))
            if number < rounds:
                rows.append((QT_TRANSLATE_NOOP("AgendaTemplate", "Change tables"), AgendaKind.MOVE, move_minutes, None))
        rows.append((QT_TRANSLATE_NOOP("AgendaTemplate", "Plenary harvest"), AgendaKind.PLENARY, 25, None))
        rows.append((QT_TRANSLATE_NOOP("AgendaTemplate", "Next steps and closing"), AgendaKind.OTHER, 5, None))
        return rows
    if meeting_format == MeetingFormat.COMMITTEE:
        return [
            welcome,
            (QT_TRANSLATE_NOOP("AgendaTemplate", "Follow-up: what have you done so far?"), AgendaKind.DISCUSSION, 45, None),
            (QT_TRANSLATE_NOOP("AgendaTemplate", "Decisions and next steps"), AgendaKind.OTHER, 15, None),
        ]
    return [
        welcome,
        (QT_TRANSLATE_NOOP("AgendaTemplate", "Discussion of the guiding questions"), AgendaKind.DISCUSSION, 60, None),
        (QT_TRANSLATE_NOOP("AgendaTemplate", "Break"), AgendaKind.BREAK, 10, None),
        (QT_TRANSLATE_NOOP("AgendaTemplate", "Summary: goals and measures"), AgendaKind.DISCUSSION, 30, None),
        (QT_TRANSLATE_NOOP("AgendaTemplate", "Next steps and closing"), AgendaKind.OTHER, 10, None),
    ]
