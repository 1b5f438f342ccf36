"""The coordinator's edits of meetings, the register and the café, each one undoable step.

The rules are the application layer's (``actions/meetings.py``, ``actions/register.py``,
``actions/cafe.py``); these wrappers translate the texts an edit writes, put the action on
the undo stack and answer as the pages expect. Widgets call these; they never write to
storage themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...actions import cafe, meetings, register
from ...domain import vocabulary as v
from ...domain.entities import AgendaItem, CafeTable, Entity, Meeting, Participant, Question, Seat
from ..document import ProcessDocument, run_action, run_edit

if TYPE_CHECKING:
    from ...importers.registration_list import ImportPreview


def translate(context: str, text: str) -> str:
    """Qt's translation, for the texts an edit writes into the file."""
    return QCoreApplication.translate(context, text)


def _inserted_id(document: ProcessDocument, action, cls: type[Entity]) -> int | None:
    if not run_action(document, action):
        return None
    return action.first(cls).id


def add_meeting(document: ProcessDocument, meeting_format: str, title: str, day: str | None = None) -> int | None:
    """A new meeting with the format's default agenda (and tables and rounds for a café)."""
    action = meetings.add_meeting(document.store, meeting_format, title, day, translate)
    return _inserted_id(document, action, Meeting)


def update_meeting(document: ProcessDocument, meeting_id: int, text: str, **changes) -> bool:
    """Changes fields of a meeting as one step named ``text`` (already translated)."""
    return run_edit(document, lambda: meetings.update_meeting(document.store, meeting_id, **changes), text)


def add_participant(
    document: ProcessDocument,
    name: str,
    organisation: str = "",
    category: str = v.Category.OTHER,
    meeting_id: int | None = None,
    role: str = v.Role.PARTICIPANT,
) -> int | None:
    action = register.add_participant(document.store, name, organisation, category, meeting_id, role)
    return _inserted_id(document, action, Participant)


def set_organisation(document: ProcessDocument, participant_id: int, organisation: str) -> bool:
    """Moves a participant to an organisation by name (creating it), as one undoable step."""
    return run_action(document, register.set_organisation(document.store, participant_id, organisation))


def add_attendees(document: ProcessDocument, meeting_id: int, participant_ids: list[int]) -> bool:
    return run_action(document, register.add_attendees(document.store, meeting_id, participant_ids))


def import_participants(document: ProcessDocument, preview: ImportPreview, meeting_id: int | None = None) -> int:
    """Writes every good row of a checked preview in one transaction: all or nothing.

    People already in the register are not added twice (see ``actions.register``). Returns
    how many new people entered the register.
    """
    action = register.import_participants(document.store, preview, meeting_id)
    if action is None or not run_action(document, action):
        return 0
    return action.count


def add_question(document: ProcessDocument, meeting_id: int, text: str) -> int | None:
    return _inserted_id(document, meetings.add_question(document.store, meeting_id, text), Question)


def add_agenda_item(document: ProcessDocument, meeting_id: int, title: str, minutes: int = 10) -> int | None:
    return _inserted_id(document, meetings.add_agenda_item(document.store, meeting_id, title, minutes), AgendaItem)


def move_agenda_item(document: ProcessDocument, item_id: int, step: int) -> bool:
    """Swaps an agenda item with its neighbour above (step -1) or below (+1)."""
    return run_edit(document, lambda: meetings.move_agenda_item(document.store, item_id, step))


def delete(document: ProcessDocument, cls: type[Entity], ids: list[int], text: str) -> bool:
    return run_action(document, meetings.delete_rows(cls, ids), text)


def rename_process(document: ProcessDocument, title: str) -> bool:
    return run_action(document, meetings.rename_process(document.store, title))


def set_retention(document: ProcessDocument, erase_after: str, months: int) -> bool:
    return run_action(document, meetings.set_retention(document.store, erase_after, months))


# -- World Café --------------------------------------------------------------------------


def set_round_count(document: ProcessDocument, meeting_id: int, count: int) -> bool:
    """Adds or removes rounds at the end, with their blocks on the agenda (a table change and
    the round, before the harvest); a removed round takes its seats with it. One undo step."""
    return run_action(document, cafe.set_round_count(document.store, meeting_id, count, translate))


def set_cafe_timing(document: ProcessDocument, meeting_id: int, field: str, minutes: int) -> bool:
    """Minutes per round or per table change: the meeting, its rounds and its agenda follow."""
    return run_action(document, cafe.set_cafe_timing(document.store, meeting_id, field, minutes))


def set_cafe_setting(document: ProcessDocument, meeting_id: int, field: str, value) -> bool:
    """One of the café's settings on the meeting (question per table, hosts, spreading)."""
    return run_edit(document, lambda: cafe.update_settings(document.store, meeting_id, **{field: value}))


def add_table(document: ProcessDocument, meeting_id: int) -> int | None:
    return _inserted_id(document, cafe.add_table(document.store, meeting_id, translate), CafeTable)


def save_seating(document: ProcessDocument, plan_cafe, plan, from_round: int = 0) -> bool:
    """Stores a rotation plan as seats, replacing the seats of ``from_round`` and later:
    one undo step. Rounds before ``from_round`` are never touched."""
    return run_action(document, cafe.save_seating(document.store, plan_cafe, plan, from_round))


def move_seat(document: ProcessDocument, seat_id: int, table_id: int) -> bool:
    return run_action(document, cafe.move_seat(seat_id, table_id))


def swap_seats(document: ProcessDocument, first: Seat, second: Seat) -> bool:
    return run_action(document, cafe.swap_seats(first, second))


def set_table_question(document: ProcessDocument, table_id: int, question_id: int | None) -> bool:
    """One question per table: the chosen question is this table's (and no other's)."""
    return run_edit(document, lambda: cafe.set_table_question(document.store, table_id, question_id))
