"""What phones may see, without Qt: releasing and hiding contributions."""

import pytest

from facilitator import actions
from facilitator.actions import publishing as edit
from facilitator.domain.entities import Contribution, Meeting, Round
from facilitator.storage import publishing


@pytest.fixture
def meeting_id(store):
    return store.insert(Meeting(title="Café")).id


@pytest.fixture
def rounds(store, meeting_id):
    return [store.insert(Round(meeting_id=meeting_id, number=n)).id for n in (1, 2)]


@pytest.fixture
def said(store, meeting_id, rounds):
    places = [rounds[0], rounds[0], rounds[1], None]
    return [
        store.insert(Contribution(meeting_id=meeting_id, text=f"C{i}", position=i, round_id=r)).id
        for i, r in enumerate(places)
    ]


def _released(store, meeting_id):
    return [c.id for c in publishing.released(store, meeting_id)]


def test_releasing_a_round_is_one_step_and_undo_hides_it_again(store, meeting_id, rounds, said):
    action = edit.release_round(store, meeting_id, rounds[0])
    assert (action.label, action.count) == ("Show %n contribution(s) on phones", 2)
    changes = actions.perform(store, action)
    assert _released(store, meeting_id) == said[:2]
    assert {(table, kind) for table, _id, kind in changes} == {(Contribution.TABLE, actions.UPDATED)}
    actions.revert(store, action)
    assert _released(store, meeting_id) == []
    actions.perform(store, action)
    assert edit.release_round(store, meeting_id, rounds[0]) is None  # already out


def test_the_contributions_without_a_round_are_a_round_of_their_own(store, meeting_id, said):
    actions.perform(store, edit.release_round(store, meeting_id, None))
    assert _released(store, meeting_id) == [said[3]]


def test_release_all_and_hide_all_count_only_what_changes(store, meeting_id, said):
    actions.perform(store, edit.release(store, [said[0], said[0], 9999]))
    action = edit.release_all(store, meeting_id)
    assert action.count == 3
    actions.perform(store, action)
    assert _released(store, meeting_id) == said
    assert publishing.unreleased(store, meeting_id) == []
    assert edit.release_all(store, meeting_id) is None
    hide = edit.hide_all(store, meeting_id)
    assert (hide.label, hide.count) == ("Hide %n contribution(s) from phones", 4)
    actions.perform(store, hide)
    assert _released(store, meeting_id) == []
    assert edit.hide(store, said) is None
