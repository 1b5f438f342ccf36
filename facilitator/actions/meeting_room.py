"""The room's running state: the round timer and when rounds were held. Saved at once so a
restart resumes the meeting, but not undoable (time in the room cannot be taken back)."""

from __future__ import annotations

from ..domain.entities import MeetingTimer, Round
from ..storage import timers
from .base import Action, Work


class SaveTimer(Action):
    label = "Save the round timer"

    def __init__(self, record: MeetingTimer, existing_id: int | None):
        self.record = record
        self.existing_id = existing_id

    def do(self, work: Work) -> None:
        if self.existing_id is None:
            work.insert_many([self.record])
        else:
            changes = {k: v for k, v in self.record.to_row().items() if k not in ("id", "meeting_id")}
            work.update(MeetingTimer, self.existing_id, changes)


def save_timer(store, record: MeetingTimer) -> SaveTimer:
    existing = timers.timer_of(store, record.meeting_id)
    return SaveTimer(record, existing.id if existing else None)


class MarkRound(Action):
    label = "Note the round's times"

    def __init__(self, round_id: int, times: dict):
        self.round_id = round_id
        self.times = times

    def do(self, work: Work) -> None:
        work.update(Round, self.round_id, self.times)


def mark_round(round_id: int, **times) -> MarkRound:
    return MarkRound(round_id, times)
