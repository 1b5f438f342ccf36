"""Edits of the plan's follow-up rhythm, and the next committee meeting made from the
follow-up calendar. Each is one undoable step.

The rules are the domain's (``domain/follow_up_rhythm.py``); the committee meeting is the
ordinary new meeting of ``actions/meetings.add_meeting`` in the committee format, dated on
the day the calendar proposes. No Qt.
"""

from __future__ import annotations

from datetime import date

from ..domain.entities import Process
from ..domain.follow_up_rhythm import SETTING_COLUMNS, setting_allowed
from ..domain.vocabulary import QT_TRANSLATE_NOOP, MeetingFormat
from ..storage import follow_up_rhythm as repo
from .base import Insert, NothingToChange, Update
from .meetings import Translate, add_meeting, untranslated

PROCESS_ID = 1

#: The title of a committee meeting made from the calendar; %1 is its date.
COMMITTEE_TITLE = QT_TRANSLATE_NOOP("FollowUpRhythm", "Committee meeting %1")


def set_rhythm(store, name: str, value: int) -> Update | None:
    """Changes one follow-up setting (``domain.follow_up_rhythm.SETTING_NAMES``) as one step.
    None for an unknown setting or a value it may not take; NothingToChange when already so."""
    column = SETTING_COLUMNS.get(name)
    if column is None or not setting_allowed(name, value):
        return None
    if getattr(repo.settings(store), name) == value and getattr(store.process(), column) == value:
        raise NothingToChange
    return Update(Process, PROCESS_ID, {column: value},
                  label=QT_TRANSLATE_NOOP("Commands", "Change the follow-up rhythm"))


def add_committee_meeting(store, today: date, translate: Translate = untranslated) -> Insert:
    """The next committee meeting, on the day the follow-up calendar proposes (today when one
    is overdue), with the committee's agenda. ``action.first(Meeting)`` is the meeting."""
    day = repo.calendar(store, today).next_committee_day or today
    title = translate("FollowUpRhythm", COMMITTEE_TITLE).replace("%1", day.isoformat())
    action = add_meeting(store, MeetingFormat.COMMITTEE, title, day.isoformat(), translate)
    action.label = QT_TRANSLATE_NOOP("Commands", "Add the next committee meeting")
    return action
