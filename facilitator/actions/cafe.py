"""Edits of a World Café: its rounds and their blocks on the agenda, its timing, its tables
and their questions, and the seating plan (who sits where in each round).

Each builder returns an Action, None when the rules refuse the edit, or raises
NothingToChange when it is already so.
"""

from __future__ import annotations

from ..domain import vocabulary as v
from ..domain.cafe import Cafe
from ..domain.entities import AgendaItem, CafeTable, Entity, Meeting, Question, Round, Seat, stored_id
from ..domain.vocabulary import QT_TRANSLATE_NOOP
from ..storage import meetings, seating
from .base import Action, Delete, Insert, NothingToChange, Steps, Update, Updates
from .meetings import Translate, agenda_title, table_name, untranslated, update_meeting

CAFE_SETTINGS = QT_TRANSLATE_NOOP("Commands", "Change the café settings")
MAX_ROUNDS = 12  # the most rounds a café may have
# The agenda blocks a new round brings: a table change, then the round (%1: its number).
CHANGE_TABLES = QT_TRANSLATE_NOOP("AgendaTemplate", "Change tables")
ROUND_N = QT_TRANSLATE_NOOP("AgendaTemplate", "Round %1")


# -- rounds and timing --------------------------------------------------------------------


def set_round_count(store, meeting_id: int, count: int, translate: Translate = untranslated) -> Action | None:
    """Adds or removes rounds at the end (1 to 12), with their blocks on the agenda (a table
    change and the round, after the last round); a removed round takes its seats and its
    blocks with it. One step; None when the count does not change."""
    meeting = store.get(Meeting, meeting_id)
    rounds = seating.rounds_of(store, meeting_id)
    count = max(1, min(MAX_ROUNDS, count))
    if meeting is None or count == len(rounds):
        return None
    agenda = meetings.agenda_of(store, meeting_id)
    if count > len(rounds):
        numbers = range(len(rounds) + 1, count + 1)
        new_rounds = [Round(meeting_id=meeting_id, number=n, minutes=meeting.round_minutes) for n in numbers]
        round_items = [item for item in agenda if item.kind == v.AgendaKind.ROUND]
        after = (round_items[-1].position + 1) if round_items else len(agenda)
        added: list[tuple[str, v.AgendaKind, int, int | None]] = []  # (title, kind, minutes, round number)
        for number in numbers:
            added.append((CHANGE_TABLES, v.AgendaKind.MOVE, meeting.move_minutes, None))
            added.append((ROUND_N, v.AgendaKind.ROUND, meeting.round_minutes, number))
        shifted = [
            (AgendaItem, stored_id(item), {"position": item.position + len(added)})
            for item in agenda
            if item.position >= after
        ]
        blocks = [
            AgendaItem(
                meeting_id=meeting_id,
                position=after + i,
                title=agenda_title(translate, title, number),
                kind=kind,
                minutes=minutes,
                round_number=number,
            )
            for i, (title, kind, minutes, number) in enumerate(added)
        ]
        return Steps(
            [Insert(new_rounds), Updates(shifted), Insert(blocks)], label=QT_TRANSLATE_NOOP("Commands", "Add round")
        )
    removed = {r.number for r in rounds[count:]}
    doomed: list[tuple[type[Entity], int]] = [(Round, stored_id(r)) for r in rounds[count:]]
    for index, item in enumerate(agenda):
        if item.kind == v.AgendaKind.ROUND and item.round_number in removed:
            doomed.append((AgendaItem, stored_id(item)))
            before = agenda[index - 1] if index > 0 else None
            if before is not None and before.kind == v.AgendaKind.MOVE:
                doomed.append((AgendaItem, stored_id(before)))
    return Delete(doomed, label=QT_TRANSLATE_NOOP("Commands", "Remove round"))


def set_cafe_timing(store, meeting_id: int, field: str, minutes: int) -> Updates | None:
    """Minutes per round ("round_minutes") or per table change ("move_minutes"): the meeting,
    its rounds and its agenda blocks of that kind follow. None when unchanged."""
    meeting = store.get(Meeting, meeting_id)
    if field not in ("round_minutes", "move_minutes") or meeting is None or getattr(meeting, field) == minutes:
        return None
    kind = v.AgendaKind.ROUND if field == "round_minutes" else v.AgendaKind.MOVE
    updates: list[tuple[type[Entity], int, dict[str, int]]] = [(Meeting, meeting_id, {field: minutes})]
    updates += [
        (AgendaItem, stored_id(item), {"minutes": minutes})
        for item in meetings.agenda_items_of_kind(store, meeting_id, kind)
        if item.minutes != minutes
    ]
    if field == "round_minutes":
        updates += [(Round, stored_id(round_), {"minutes": minutes}) for round_ in seating.rounds_of(store, meeting_id)]
    return Updates(updates, label=CAFE_SETTINGS)


def update_settings(store, meeting_id: int, **changes) -> Update | None:
    """The café's other settings on the meeting (question per table, hosts who stay,
    spreading organisations)."""
    return update_meeting(store, meeting_id, label=CAFE_SETTINGS, **changes)


# -- tables -------------------------------------------------------------------------------


def add_table(store, meeting_id: int, translate: Translate = untranslated) -> Insert:
    """A table at the end, named after its number ("Table 7")."""
    position = seating.next_table_position(store, meeting_id)
    return Insert(
        [CafeTable(meeting_id=meeting_id, position=position, name=table_name(translate, position + 1))],
        label=QT_TRANSLATE_NOOP("Commands", "Add table"),
    )


def set_table_question(store, table_id: int, question_id: int | None) -> Updates:
    """One question per table: the chosen question becomes this table's, and no other
    question stays with it. NothingToChange when it already is so."""
    table = store.get(CafeTable, table_id)
    updates: list[tuple[type[Entity], int, dict[str, int | None]]] = [
        (Question, stored_id(question), {"table_id": None})
        for question in meetings.questions_at_table(store, table_id)
        if question.id != question_id
    ]
    question = store.get(Question, question_id) if question_id is not None else None
    if question is not None and table is not None and question.table_id != table_id:
        updates.append((Question, stored_id(question), {"table_id": table_id}))
    if not updates:
        raise NothingToChange
    return Updates(updates, label=QT_TRANSLATE_NOOP("Commands", "Choose the table's question"))


# -- seating ------------------------------------------------------------------------------


def save_seating(store, cafe: Cafe, plan, from_round: int = 0) -> Steps:
    """Stores a rotation plan as seats, replacing the seats of ``from_round`` (0-based) and
    later; earlier rounds are never touched. One step."""
    old = seating.seats_in_rounds(store, [r.id for r in cafe.rounds[from_round:]])
    return Steps(
        [Delete([(Seat, stored_id(seat)) for seat in old]), Insert(cafe.seats_for(plan, from_round))],
        label=QT_TRANSLATE_NOOP("Commands", "Create seating"),
    )


def move_seat(seat_id: int, table_id: int) -> Update:
    return Update(Seat, seat_id, {"table_id": table_id}, label=QT_TRANSLATE_NOOP("Commands", "Move to another table"))


def swap_seats(first: Seat, second: Seat) -> Updates | None:
    """Two people in the same round change tables; None for two seats of different rounds
    or at the same table."""
    if first.round_id != second.round_id or first.table_id == second.table_id:
        return None
    return Updates(
        [
            (Seat, stored_id(first), {"table_id": second.table_id}),
            (Seat, stored_id(second), {"table_id": first.table_id}),
        ],
        label=QT_TRANSLATE_NOOP("Commands", "Swap places"),
    )
