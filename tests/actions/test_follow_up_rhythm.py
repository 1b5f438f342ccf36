"""Edits of the follow-up rhythm and the next committee meeting, each undone and redone."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator import actions
from facilitator.actions import follow_up_rhythm as edit
from facilitator.domain.entities import AgendaItem, Measure, Meeting
from facilitator.storage import follow_up_rhythm as repo
from facilitator.storage.measures_repo import review_for_meeting


def test_each_setting_is_one_step_and_undo_brings_the_old_value_back(store):
    action = edit.set_rhythm(store, "rounds_per_year", 4)
    assert action.label == "Change the follow-up rhythm"
    actions.perform(store, action)
    assert repo.settings(store).rounds_per_year == 4
    actions.revert(store, action)
    assert repo.settings(store).rounds_per_year == 2
    actions.perform(store, action)
    assert store.process().follow_up_rounds_per_year == 4
    actions.perform(store, edit.set_rhythm(store, "committee_months", 2))
    assert repo.settings(store).committee_months == 2 and repo.settings(store).rounds_per_year == 4


def test_a_value_the_setting_cannot_take_is_refused_and_the_same_value_changes_nothing(store):
    assert edit.set_rhythm(store, "rounds_per_year", 5) is None
    assert edit.set_rhythm(store, "committee_months", 0) is None
    assert edit.set_rhythm(store, "eccar_years", "2") is None
    assert edit.set_rhythm(store, "title", 1) is None
    with pytest.raises(actions.NothingToChange):
        edit.set_rhythm(store, "eccar_years", 2)
    assert repo.settings(store) == repo.RhythmSettings()


def test_the_next_committee_meeting_is_made_in_one_step_and_reviews_the_open_measures(store):
    earlier = store.insert(Meeting(format="committee", title="Augusti", date="2027-08-16"))
    store.insert(Measure(title="Språkcaféer", due_date="2027-08-31", status="decided", origin_meeting_id=earlier.id))
    action = edit.add_committee_meeting(store, date(2027, 9, 1), lambda _c, text: text.replace(
        "Committee meeting", "Kommittémöte"))
    assert action.label == "Add the next committee meeting"
    actions.perform(store, action)
    meeting = action.first(Meeting)
    assert (meeting.format, meeting.date, meeting.title) == ("committee", "2027-09-16", "Kommittémöte 2027-09-16")
    assert store.list(AgendaItem, "meeting_id = ?", [meeting.id])  # the committee's agenda
    assert [item.measure.title for item in review_for_meeting(store, meeting.id).items] == ["Språkcaféer"]
    # the calendar now counts from the new meeting
    assert repo.calendar(store, date(2027, 9, 1)).next_committee_day == date(2027, 10, 16)
    actions.revert(store, action)
    assert store.get(Meeting, meeting.id) is None
    assert not store.list(AgendaItem, "meeting_id = ?", [meeting.id])  # nothing of it left
    assert [m.title for m in store.list(Meeting)] == ["Augusti"]
    actions.perform(store, action)
    assert [m.title for m in store.list(Meeting)] == ["Augusti", "Kommittémöte 2027-09-16"]


def test_a_missed_committee_meeting_is_made_for_today(store):
    store.insert(Meeting(format="committee", title="Maj", date="2027-05-10"))
    action = edit.add_committee_meeting(store, date(2027, 9, 20))
    actions.perform(store, action)
    assert action.first(Meeting).date == "2027-09-20"
    assert action.first(Meeting).title == "Committee meeting 2027-09-20"
