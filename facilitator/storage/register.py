"""The register: participants, their organisations, and who attends which meeting."""

from __future__ import annotations

from ..domain.entities import AttendanceEntry, Organisation, Participant
from ..domain.vocabulary import Attendance
from .process_store import ProcessStore


def organisation_named(store: ProcessStore, name: str) -> Organisation | None:
    """The organisation called exactly ``name`` (names are stored with single spaces)."""
    found = store.list(Organisation, "name = ?", (name,))
    return found[0] if found else None


def organisations(store: ProcessStore) -> list[Organisation]:
    """Every organisation, by name."""
    return store.list(Organisation, order_by="name")


def organisation_names(store: ProcessStore) -> dict[int, str]:
    return store.names(Organisation)


def participants(store: ProcessStore) -> list[Participant]:
    """Everyone in the register."""
    return store.list(Participant)


def participants_by_id(store: ProcessStore, ids) -> list[Participant]:
    """The participants with these ids (in register order)."""
    wanted = set(ids)
    return [person for person in participants(store) if person.id in wanted]


def attendance_of(store: ProcessStore, meeting_id: int) -> list[AttendanceEntry]:
    """Who is on a meeting's list (invited, registered, attended or absent)."""
    return store.list(AttendanceEntry, "meeting_id = ?", (meeting_id,))


def attendee_ids(store: ProcessStore, meeting_id: int) -> set[int]:
    """The participants on a meeting's list."""
    return {entry.participant_id for entry in attendance_of(store, meeting_id)}


def attendees(store: ProcessStore, meeting_id: int) -> list[Participant]:
    """The participants on a meeting's list, as people."""
    return participants_by_id(store, attendee_ids(store, meeting_id))


def present_count(store: ProcessStore, meeting_id: int) -> int:
    """How many on a meeting's list are not marked absent (the group's size)."""
    return store.count(AttendanceEntry, "meeting_id = ? AND status != ?", (meeting_id, str(Attendance.ABSENT)))
