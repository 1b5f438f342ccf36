"""The café: its tables, its rounds and who sits where in each round."""

from __future__ import annotations

from ..domain.cafe import Cafe
from ..domain.entities import CafeTable, Contribution, Meeting, Round, Seat
from . import register
from .process_store import ProcessStore


def tables_of(store: ProcessStore, meeting_id: int) -> list[CafeTable]:
    """A café's tables in their order."""
    return store.list(CafeTable, "meeting_id = ?", (meeting_id,), order_by="position, id")


def next_table_position(store: ProcessStore, meeting_id: int) -> int:
    return store.next_position(CafeTable, "meeting_id = ?", (meeting_id,))


def rounds_of(store: ProcessStore, meeting_id: int) -> list[Round]:
    """A café's rounds by number."""
    return store.list(Round, "meeting_id = ?", (meeting_id,), order_by="number, id")


def round_count(store: ProcessStore, meeting_id: int) -> int:
    return store.count(Round, "meeting_id = ?", (meeting_id,))


def round_numbered(store: ProcessStore, meeting_id: int, number: int) -> Round | None:
    """A café's round with this number (1-based), if it has one."""
    found = store.list(Round, "meeting_id = ? AND number = ?", (meeting_id, number))
    return found[0] if found else None


def seats_in_round(store: ProcessStore, round_id: int) -> list[Seat]:
    return store.list(Seat, "round_id = ?", (round_id,))


def seats_in_rounds(store: ProcessStore, round_ids) -> list[Seat]:
    """The seats of several rounds, round by round."""
    return [seat for round_id in round_ids for seat in seats_in_round(store, round_id)]


def notes_at_table(store: ProcessStore, table_id: int, round_id: int | None = None) -> int:
    """How many contributions were written down at a table (in one round, or in all)."""
    if round_id is None:
        return store.count(Contribution, "table_id = ?", (table_id,))
    return store.count(Contribution, "table_id = ? AND round_id = ?", (table_id, round_id))


def load_cafe(store: ProcessStore, meeting_id: int) -> tuple[Meeting | None, Cafe | None]:
    """A meeting and its café as the planner sees it: tables, rounds, who attends (None, None
    when the meeting does not exist)."""
    meeting = store.get(Meeting, meeting_id)
    if meeting is None:
        return None, None
    attendance = register.attendance_of(store, meeting_id)
    cafe = Cafe.of(
        tables_of(store, meeting_id),
        rounds_of(store, meeting_id),
        attendance,
        register.participants_by_id(store, {entry.participant_id for entry in attendance}),
        register.organisation_names(store),
        meeting.question_per_table,
        meeting.spread_organisations,
    )
    return meeting, cafe


def cafe_seats(store: ProcessStore, cafe: Cafe) -> list[Seat]:
    """Every seat of a café's rounds."""
    return seats_in_rounds(store, [round_.id for round_ in cafe.rounds])
