"""The rules of capture, without Qt: contributions and a risk's mitigations."""

import subprocess
import sys

import pytest

from facilitator import actions
from facilitator.actions import capture
from facilitator.domain.entities import Contribution, Meeting, Mitigation, Round, Vote
from facilitator.domain.vocabulary import ContributionKind, MeetingFormat
from facilitator.storage import contributions


@pytest.fixture
def meeting_id(store):
    return store.insert(Meeting(format=MeetingFormat.WORLD_CAFE, title="Café", date="2025-03-01")).id


def _add(store, meeting_id, text, kind=ContributionKind.NOTE, **place):
    action = capture.add_contribution(store, meeting_id, text, kind, **place)
    actions.perform(store, action)
    return action.contribution_id


def test_an_empty_contribution_is_refused(store, meeting_id):
    assert capture.add_contribution(store, meeting_id, "   \n ") is None
    assert contributions.of_meeting(store, meeting_id) == []


def test_a_risk_with_mitigations_is_one_step_and_redo_keeps_the_ids(store, meeting_id):
    action = capture.add_contribution(
        store, meeting_id, "  Kvällsmörker  ", ContributionKind.RISK,
        mitigations=["Bättre  belysning", "", "  ", "Nattvandrare"],
    )
    assert action.label == "Capture contribution"
    changes = actions.perform(store, action)
    contribution_id = action.contribution_id
    mitigations = contributions.mitigations_of(store, contribution_id)
    assert [m.text for m in mitigations] == ["Bättre belysning", "Nattvandrare"]
    assert [m.position for m in mitigations] == [0, 1]
    assert store.get(Contribution, contribution_id).text == "Kvällsmörker"
    assert changes[0] == (Contribution.TABLE, contribution_id, actions.INSERTED)
    assert len(changes) == 3

    undone = actions.revert(store, action)
    assert store.get(Contribution, contribution_id) is None
    assert {kind for _table, _id, kind in undone} == {actions.DELETED}
    actions.perform(store, action)
    assert store.get(Contribution, contribution_id).text == "Kvällsmörker"
    assert [m.id for m in contributions.mitigations_of(store, contribution_id)] == [m.id for m in mitigations]


def test_only_a_risk_keeps_mitigations_and_positions_follow_capture(store, meeting_id):
    first = _add(store, meeting_id, "En idé", ContributionKind.IDEA, mitigations=["ignored"])
    second = _add(store, meeting_id, "En fråga")
    assert contributions.mitigations_of(store, first) == []
    assert [c.id for c in contributions.of_meeting(store, meeting_id)] == [first, second]
    assert [c.position for c in contributions.of_meeting(store, meeting_id)] == [0, 1]


def test_update_refuses_what_capture_does_not_edit(store, meeting_id):
    cid = _add(store, meeting_id, "Text")
    with pytest.raises(actions.Invalid):
        capture.update_contribution(store, cid, merged_into_id=None)
    with pytest.raises(ValueError):
        capture.update_contribution(store, cid, kind="gossip")
    assert capture.update_contribution(store, cid, text="  ") is None
    assert capture.update_contribution(store, 9999, text="x") is None
    with pytest.raises(actions.NothingToChange):
        capture.update_contribution(store, cid, text=" Text ")
    action = capture.update_contribution(store, cid, text="Ny text", kind=ContributionKind.IDEA)
    actions.perform(store, action)
    assert (store.get(Contribution, cid).text, store.get(Contribution, cid).kind) == ("Ny text", "idea")
    actions.revert(store, action)
    assert store.get(Contribution, cid).text == "Text"


def test_move_changes_only_the_given_places_and_counts(store, meeting_id):
    round_1 = store.insert(Round(meeting_id=meeting_id, number=1))
    a = _add(store, meeting_id, "A", round_id=round_1.id)
    b = _add(store, meeting_id, "B")
    with pytest.raises(actions.Invalid):
        capture.move_contributions([a], theme_id=None)
    with pytest.raises(actions.NothingToChange):
        capture.move_contributions([], round_id=round_1.id)
    action = capture.move_contributions([a, b, a], question_id=None, table_id=None)
    assert (action.label, action.count) == ("Move %n contribution(s)", 2)
    action = capture.move_contributions([b], round_id=round_1.id)
    actions.perform(store, action)
    assert store.get(Contribution, b).round_id == round_1.id
    assert store.get(Contribution, a).round_id == round_1.id


def test_delete_takes_mitigations_and_votes_and_undo_brings_them_back(store, meeting_id):
    cid = _add(store, meeting_id, "Risk", ContributionKind.RISK, mitigations=["M"])
    vote = store.insert(Vote(meeting_id=meeting_id, contribution_id=cid, dots=3))
    action = capture.delete_contributions([cid, cid])
    assert action.count == 1
    actions.perform(store, action)
    assert store.get(Vote, vote.id) is None and contributions.mitigations_of(store, cid) == []
    actions.revert(store, action)
    assert store.get(Vote, vote.id).dots == 3
    assert capture.mitigation_texts(store, cid) == ["M"]
    with pytest.raises(actions.NothingToChange):
        capture.delete_contributions([])


def test_mitigations_are_edited_in_place_and_undone(store, meeting_id):
    cid = _add(store, meeting_id, "Risk", ContributionKind.RISK, mitigations=["A", "B", "C"])
    before = contributions.mitigations_of(store, cid)
    with pytest.raises(actions.NothingToChange):
        capture.set_mitigations(store, cid, ["A", " ", "B", "C"])
    shorter = capture.set_mitigations(store, cid, ["A", "B2"])
    actions.perform(store, shorter)
    after = contributions.mitigations_of(store, cid)
    assert [(m.id, m.text) for m in after] == [(before[0].id, "A"), (before[1].id, "B2")]
    actions.revert(store, shorter)
    assert [(m.id, m.text) for m in contributions.mitigations_of(store, cid)] == [(m.id, m.text) for m in before]

    longer = capture.set_mitigations(store, cid, ["A", "B", "C", "D"])
    actions.perform(store, longer)
    added = contributions.mitigations_of(store, cid)[-1]
    actions.revert(store, longer)
    assert store.get(Mitigation, added.id) is None
    actions.perform(store, longer)
    assert contributions.mitigations_of(store, cid)[-1].id == added.id


def test_merged_duplicates_are_found_with_their_kept_one(store, meeting_id):
    a, b, c = (_add(store, meeting_id, text) for text in "ABC")
    store.update(Contribution, b, merged_into_id=a)
    assert sorted(x.id for x in contributions.with_duplicates(store, [a])) == [a, b]
    assert sorted(x.id for x in contributions.with_duplicates(store, [c, b])) == [b, c]
    assert contributions.with_duplicates(store, []) == []


def test_the_rules_of_what_is_said_load_without_qt():
    code = (
        "import sys\n"
        "import facilitator.actions.capture, facilitator.actions.harvest, facilitator.actions.publishing\n"
        "import facilitator.share.snapshot\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
