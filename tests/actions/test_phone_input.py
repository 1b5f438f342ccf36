"""Phones' ideas, questions and dots, and the coordinator's review, without Qt."""

import pytest

from facilitator import actions
from facilitator.actions import phone_input as edit
from facilitator.domain.entities import CafeTable, Contribution, Meeting, PhoneSubmission, Question, Round
from facilitator.domain.phone_input import MAX_TEXT, PhoneSubmissionRequest, clean_text
from facilitator.storage import phone_input as repo
from facilitator.storage import publishing


@pytest.fixture
def meeting_id(store):
    meeting = store.insert(Meeting(title="Café", dot_budget=3, question_per_table=True))
    actions.perform(store, edit.set_phone_input(store, meeting.id, True))
    return meeting.id


@pytest.fixture
def place(store, meeting_id):
    tables = [store.insert(CafeTable(meeting_id=meeting_id, position=i, name=f"T{i}")).id for i in range(2)]
    store.insert(Round(meeting_id=meeting_id, number=1, started_at="2027-03-04T16:00:00", ended_at="x"))
    second = store.insert(Round(meeting_id=meeting_id, number=2, started_at="2027-03-04T16:25:00")).id
    questions = [store.insert(Question(meeting_id=meeting_id, position=i, text=f"Q{i}", table_id=t)).id
                 for i, t in enumerate(tables)]
    return tables, second, questions


def send(store, *requests):
    action, outcomes = edit.take_in(store, requests)
    if action is not None:
        actions.perform(store, action)
    return action, edit.answers(outcomes, action)


def idea(meeting_id, text="Fler mötesplatser", table=None, device="d1", kind="idea"):
    return PhoneSubmissionRequest(meeting_id=meeting_id, device=device, kind=kind, text=text, table=table)


def test_an_idea_waits_for_review_with_its_table_round_and_question(store, meeting_id, place):
    tables, second, questions = place
    _, (outcome,) = send(store, idea(meeting_id, table=2))
    assert outcome.ok and outcome.submission_id
    (waiting,) = repo.submissions_of(store, meeting_id)
    assert (waiting.text, waiting.kind, waiting.table_id, waiting.round_id, waiting.question_id, waiting.state) == (
        "Fler mötesplatser", "idea", tables[1], second, questions[1], "waiting")
    assert repo.waiting_counts(store) == {meeting_id: 1}
    assert store.count(Contribution) == 0  # nothing reaches a contribution before approval


def test_input_off_a_wrong_table_and_bad_texts_are_refused(store, meeting_id, place):
    _, outcomes = send(store, idea(meeting_id, table=9), idea(meeting_id, text="  \u202e \x00 "),
                       idea(meeting_id, text="x" * (MAX_TEXT + 1)), idea(meeting_id + 99))
    assert [o.refusal for o in outcomes] == ["no_table", "empty", "too_long", "closed"]
    actions.perform(store, edit.set_phone_input(store, meeting_id, False))
    action, outcomes = edit.take_in(store, [idea(meeting_id)])
    assert action is None and outcomes[0].refusal == "closed"
    assert store.count(PhoneSubmission) == 0


def test_hostile_text_is_cleaned_before_it_is_stored():
    assert clean_text("a\u202eb\u2066c\x07d\r\ne\u2028f") == "abcd\ne\nf"
    assert clean_text("<script>alert(1)</script>") == "<script>alert(1)</script>"  # stored as text, shown escaped
    assert clean_text("\n".join("l" for _ in range(50))).count("\n") == 19


def test_dots_stay_within_the_budget_per_device_and_can_be_taken_back(store, meeting_id, place):
    said = [store.insert(Contribution(meeting_id=meeting_id, text=f"C{i}", published=i < 2)).id for i in range(3)]
    dot = lambda cid, device="d1", kind="dot": PhoneSubmissionRequest(meeting_id, device, kind, contribution_id=cid)  # noqa: E731
    _, outcomes = send(store, dot(said[0]), dot(said[0]), dot(said[1]), dot(said[1]), dot(said[2]), dot(said[0], "d2"))
    assert [(o.ok, o.refusal, o.dots_left) for o in outcomes] == [
        (True, "", 2), (True, "", 1), (True, "", 0), (False, "no_dots_left", None), (False, "not_released", None),
        (True, "", 2)]
    assert repo.dots_by_contribution(store, meeting_id) == {said[0]: 3, said[1]: 1}
    _, outcomes = send(store, dot(said[1], kind="undot"), dot(said[1], kind="undot"), dot(said[1]))
    assert [(o.ok, o.dots_left) for o in outcomes] == [(True, 1), (False, None), (True, 0)]
    assert repo.dots_by_device(store, meeting_id)["d1"] == {said[0]: 2, said[1]: 1}


def test_approve_edit_merge_reject_each_undoable(store, meeting_id, place):
    send(store, idea(meeting_id, "Ett"), idea(meeting_id, "Två", kind="question"), idea(meeting_id, "Tre"),
         idea(meeting_id, "Fyra"))
    ids = [s.id for s in repo.submissions_of(store, meeting_id)]
    actions.perform(store, edit.edit(store, ids[0], text="Ett, rättat"))
    approve = edit.approve(store, ids[:2])
    assert (approve.label, approve.count) == ("Approve %n submission(s) from phones", 2)
    actions.perform(store, approve)
    first, second = (store.get(Contribution, cid) for cid in approve.contribution_ids)
    assert (first.text, first.kind, first.published, second.kind) == ("Ett, rättat", "idea", False, "question")
    assert publishing.released(store, meeting_id) == []
    merge = edit.merge(store, [ids[2]], first.id)
    actions.perform(store, merge)
    assert store.get(Contribution, merge.contribution_ids[0]).merged_into_id == first.id
    reject = edit.reject(store, [ids[3]])
    actions.perform(store, reject)
    assert [s.state for s in repo.submissions_of(store, meeting_id, ("approved", "merged", "rejected"))] == [
        "approved", "approved", "merged", "rejected"]
    assert repo.waiting_count(store, meeting_id) == 0
    for action in (reject, merge, approve):
        actions.revert(store, action)
    assert repo.waiting_count(store, meeting_id) == 4 and store.count(Contribution) == 0
    actions.perform(store, approve)  # redo: the same ids
    assert [c.id for c in store.list(Contribution)] == approve.contribution_ids
    with pytest.raises(actions.NothingToChange):
        edit.approve(store, ids[:2])
    with pytest.raises(actions.Invalid):
        edit.edit(store, ids[2], text="x" * (MAX_TEXT + 1))
