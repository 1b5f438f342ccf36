"""The window's edits of the follow-up rhythm: each an action of ``actions/follow_up_rhythm.py``
put on the undo stack as one step."""

from __future__ import annotations

from datetime import date

from ...actions import follow_up_rhythm
from ...domain.entities import Meeting
from ..document import ProcessDocument, run_action, run_edit
from ..meeting.meeting_edits import translate


def set_rhythm(document: ProcessDocument, name: str, value: int) -> bool:
    """One follow-up setting; True also when nothing changed, False when refused."""
    return run_edit(document, lambda: follow_up_rhythm.set_rhythm(document.store, name, value))


def add_committee_meeting(document: ProcessDocument, today: date) -> int | None:
    """The next committee meeting the calendar proposes; its id, or None when not written."""
    action = follow_up_rhythm.add_committee_meeting(document.store, today, translate)
    if not run_action(document, action):
        return None
    return action.first(Meeting).id
