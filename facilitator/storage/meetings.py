"""Meetings and their structure: the meetings of the process, each one's agenda and questions."""

from __future__ import annotations

from ..domain.entities import AgendaItem, Meeting, Question
from .process_store import ProcessStore


def all_meetings(store: ProcessStore) -> list[Meeting]:
    """Every meeting of the process, in the order the coordinator sees them."""
    return store.list(Meeting, order_by="position, id")


def next_meeting_position(store: ProcessStore) -> int:
    return store.next_position(Meeting, "1 = 1", ())


# -- the agenda ---------------------------------------------------------------------------


def agenda_of(store: ProcessStore, meeting_id: int) -> list[AgendaItem]:
    """A meeting's agenda items in their order."""
    return store.list(AgendaItem, "meeting_id = ?", (meeting_id,), order_by="position, id")


def agenda_items_of_kind(store: ProcessStore, meeting_id: int, kind: str) -> list[AgendaItem]:
    """A meeting's agenda items of one kind (its rounds, its table changes...), in order."""
    return store.list(AgendaItem, "meeting_id = ? AND kind = ?", (meeting_id, str(kind)), order_by="position, id")


def next_agenda_position(store: ProcessStore, meeting_id: int) -> int:
    return store.next_position(AgendaItem, "meeting_id = ?", (meeting_id,))


def agenda_minutes(store: ProcessStore, meeting_id: int) -> int:
    """The minutes of a meeting's whole agenda."""
    return store.agenda_minutes(meeting_id)


# -- the questions ------------------------------------------------------------------------


def questions_of(store: ProcessStore, meeting_id: int) -> list[Question]:
    """A meeting's guiding questions in their order."""
    return store.list(Question, "meeting_id = ?", (meeting_id,), order_by="position, id")


def next_question_position(store: ProcessStore, meeting_id: int) -> int:
    return store.next_position(Question, "meeting_id = ?", (meeting_id,))


def questions_at_table(store: ProcessStore, table_id: int) -> list[Question]:
    """The question(s) chosen for a café table (one, when the café has a question per table)."""
    return store.list(Question, "table_id = ?", (table_id,), order_by="position, id")


def question_at_table(store: ProcessStore, table_id: int) -> Question | None:
    found = questions_at_table(store, table_id)
    return found[0] if found else None


# -- read across meetings and for documents --------------------------------------------------


def by_date(store: ProcessStore) -> list[Meeting]:
    """Every meeting of the process in the order of the calendar: date, start time, then
    the coordinator's order."""
    return store.list(Meeting, order_by="date, start_time, position, id")


def questions_by_round(store: ProcessStore, meeting_id: int) -> list[Question]:
    """A meeting's questions as documents list them: those for no round first, then round
    by round, each group in its order."""
    return store.list(Question, "meeting_id = ?", (meeting_id,), order_by="coalesce(round_number, 0), position, id")
