"""What each meeting format has: one table, read everywhere instead of comparing formats.

A World Café has tables and rounds, a seating plan that rotates, a timer for its rounds and
printables for the room; the other formats capture along their agenda. A committee meeting
reviews the open measures. Adding a format (or giving one behaviour) is adding a row here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .vocabulary import QT_TRANSLATE_NOOP, AgendaKind, MeetingFormat

if TYPE_CHECKING:
    from .entities import Meeting

# A default agenda row: (English title in the "AgendaTemplate" context, kind, minutes, round number).
AgendaRow = tuple[str, str, int, "int | None"]

WELCOME: AgendaRow = (
    QT_TRANSLATE_NOOP("AgendaTemplate", "Welcome and what happens with the results"), AgendaKind.WELCOME, 10, None)
CLOSING = QT_TRANSLATE_NOOP("AgendaTemplate", "Next steps and closing")


@dataclass(frozen=True)
class FormatTraits:
    # café tables with hosts, rounds, a rotating seating plan (the Café tab)
    cafe: bool = False
    # contributions are captured per table and round (else per agenda item and question)
    captured_by_table: bool = False
    # agenda items of kind "round" are numbered rounds of the café
    numbered_rounds: bool = False
    # printables for the room: table signs, host crib sheets, QR codes per table
    room_printables: bool = False
    # the minutes list the main points from each table
    table_main_points: bool = False
    # the meeting's purpose is to review the open measures (its minutes list them all)
    reviews_measures: bool = False
    # the group is built on trust: warn above 15 people (else a formal meeting: 30)
    trust_building: bool = False
    # made for large groups: its tables and seats set its size, so no group-size warning
    large_group: bool = False
    # the meeting can hold a self-assessment against a framework's key factors (the Assessment
    # page): a self-assessment meeting, or a café where each table takes one theme
    holds_assessment: bool = False
    # the default agenda's middle part, between the welcome and the closing
    agenda: tuple[AgendaRow, ...] = ()


CAFE = FormatTraits(
    cafe=True, captured_by_table=True, numbered_rounds=True, room_printables=True, table_main_points=True,
    large_group=True, holds_assessment=True,
)

FORMATS: dict[str, FormatTraits] = {
    MeetingFormat.WORLD_CAFE: CAFE,
    MeetingFormat.WORKSHOP: FormatTraits(trust_building=True),
    MeetingFormat.FOCUS_GROUP: FormatTraits(trust_building=True),
    MeetingFormat.CONSULTATION: FormatTraits(),
    MeetingFormat.COMMITTEE: FormatTraits(
        reviews_measures=True,
        agenda=(
            (QT_TRANSLATE_NOOP("AgendaTemplate", "Follow-up: what have you done so far?"), AgendaKind.DISCUSSION, 45, None),
            (QT_TRANSLATE_NOOP("AgendaTemplate", "Decisions and next steps"), AgendaKind.OTHER, 15, None),
        ),
    ),
    MeetingFormat.SELF_ASSESSMENT: FormatTraits(trust_building=True, holds_assessment=True),
}

# The middle of the agenda for formats that name none of their own.
DISCUSSION_AGENDA: tuple[AgendaRow, ...] = (
    (QT_TRANSLATE_NOOP("AgendaTemplate", "Discussion of the guiding questions"), AgendaKind.DISCUSSION, 60, None),
    (QT_TRANSLATE_NOOP("AgendaTemplate", "Break"), AgendaKind.BREAK, 10, None),
    (QT_TRANSLATE_NOOP("AgendaTemplate", "Summary: goals and measures"), AgendaKind.DISCUSSION, 30, None),
    (CLOSING, AgendaKind.OTHER, 10, None),
)


def traits(meeting_format: str | None) -> FormatTraits:
    """What a format has; an unknown format (a newer file) has nothing special."""
    return FORMATS.get(meeting_format or "", FormatTraits())


def has_cafe(meeting: Meeting | None) -> bool:
    """Whether a meeting (or None) is run as a café with tables and rounds."""
    return meeting is not None and traits(meeting.format).cafe
