"""The round timers of meetings and the rounds' held times: the room's running state."""

from __future__ import annotations

from ..domain.entities import MeetingTimer
from .process_store import ProcessStore
from .seating import round_numbered


def timer_of(store: ProcessStore, meeting_id: int) -> MeetingTimer | None:
    """The stored round timer of a meeting, if it has been started."""
    found = store.list(MeetingTimer, "meeting_id = ?", (meeting_id,), order_by="id")
    return found[0] if found else None


def round_id_numbered(store: ProcessStore, meeting_id: int, number: int | None) -> int | None:
    """The id of a meeting's round with this number (what the timer notes times on)."""
    if number is None:
        return None
    found = round_numbered(store, meeting_id, number)
    return found.id if found else None
