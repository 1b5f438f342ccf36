"""Agenda arithmetic and the default agenda of each meeting format."""

from __future__ import annotations

from .entities import AgendaItem
from .formats import CLOSING, DISCUSSION_AGENDA, WELCOME, AgendaRow, traits
from .meeting_checks import parse_time
from .vocabulary import QT_TRANSLATE_NOOP, AgendaKind


def start_times(start: str, items: list[AgendaItem]) -> dict[int | None, str]:
    """Clock time ("HH:MM") at which each item starts, by item id, in position order."""
    begin = parse_time(start)
    if begin is None:
        return {}
    minute = begin.hour * 60 + begin.minute
    result: dict[int | None, str] = {}
    for item in sorted(items, key=lambda i: (i.position, i.id or 0)):
        result[item.id] = f"{(minute // 60) % 24:02d}:{minute % 60:02d}"
        minute += max(item.minutes, 0)
    return result


def default_agenda(
    meeting_format: str, rounds: int = 3, round_minutes: int = 20, move_minutes: int = 5
) -> list[AgendaRow]:
    """(title, kind, minutes, round number) rows; titles are English source texts in the
    "AgendaTemplate" context, translated when the agenda is created."""
    kind = traits(meeting_format)
    if kind.numbered_rounds:
        rows = [WELCOME]
        for number in range(1, rounds + 1):
            rows.append((QT_TRANSLATE_NOOP("AgendaTemplate", "Round %1"), AgendaKind.ROUND, round_minutes, number))
            if number < rounds:
                rows.append((QT_TRANSLATE_NOOP("AgendaTemplate", "Change tables"), AgendaKind.MOVE, move_minutes, None))
        rows.append((QT_TRANSLATE_NOOP("AgendaTemplate", "Plenary harvest"), AgendaKind.PLENARY, 25, None))
        rows.append((CLOSING, AgendaKind.OTHER, 5, None))
        return rows
    return [WELCOME, *(kind.agenda or DISCUSSION_AGENDA)]
