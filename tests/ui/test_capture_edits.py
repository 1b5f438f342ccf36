"""Capture edits: each is one undo step, undo brings back exactly what was there (same ids),
and a write that fails on a full disk leaves nothing half-written."""

import pytest

from facilitator.domain.entities import CafeTable, Contribution, Mitigation, Question, Round, Vote
from facilitator.domain.vocabulary import ContributionKind, MeetingFormat
from facilitator.ui.capture import capture_edits
from facilitator.ui.meeting import meeting_edits as edits


@pytest.fixture
def cafe(document):
    meeting_id = edits.add_meeting(document, MeetingFormat.WORLD_CAFE, "Café")
    store = document.store
    tables = store.list(CafeTable, "meeting_id = ?", (meeting_id,), order_by="position")
    rounds = store.list(Round, "meeting_id = ?", (meeting_id,), order_by="number")
    questions = store.insert_many(
        Question(meeting_id=meeting_id, position=n, round_number=n, text=f"Fråga {n}") for n in (1, 2, 3))
    document.undo_stack.clear()
    return meeting_id, tables, rounds, questions


def rows(document, meeting_id):
    return document.store.list(Contribution, "meeting_id = ?", (meeting_id,))


def mitigation_rows(document, contribution_id):
    return [(m.id, m.position, m.text) for m in
            document.store.list(Mitigation, "contribution_id = ?", (contribution_id,), order_by="position")]


def test_add_with_mitigations_is_one_step_and_redo_keeps_ids(document, cafe):
    meeting_id, tables, rounds, questions = cafe
    new_id = capture_edits.add_contribution(
        document, meeting_id, "  Risk att bara de redan engagerade kommer  ", ContributionKind.RISK,
        round_id=rounds[0].id, table_id=tables[1].id, question_id=questions[0].id,
        mitigations=["Bjud in via föreningar", "", "Tolk på plats"])
    stored = document.store.get(Contribution, new_id)
    assert (stored.text, stored.kind, stored.round_id, stored.table_id, stored.question_id) == (
        "Risk att bara de redan engagerade kommer", "risk", rounds[0].id, tables[1].id, questions[0].id)
    assert stored.created_at
    mitigations = mitigation_rows(document, new_id)
    assert [(p, t) for _i, p, t in mitigations] == [(0, "Bjud in via föreningar"), (1, "Tolk på plats")]
    assert document.undo_stack.count() == 1

    document.undo_stack.undo()
    assert rows(document, meeting_id) == []
    assert document.store.count(Mitigation) == 0
    document.undo_stack.redo()
    assert document.store.get(Contribution, new_id) == stored
    assert mitigation_rows(document, new_id) == mitigations


def test_positions_follow_capture_order_and_empty_text_writes_nothing(document, cafe):
    meeting_id = cafe[0]
    first = capture_edits.add_contribution(document, meeting_id, "Ett")
    second = capture_edits.add_contribution(document, meeting_id, "Två", ContributionKind.IDEA)
    assert capture_edits.add_contribution(document, meeting_id, "   \n ") is None
    assert [(c.id, c.position, c.kind) for c in rows(document, meeting_id)] == [(first, 0, "note"), (second, 1, "idea")]
    assert document.undo_stack.count() == 2
    # Mitigations belong to risks only.
    note = capture_edits.add_contribution(document, meeting_id, "Not", mitigations=["inte här"])
    assert mitigation_rows(document, note) == []


def test_update_text_and_kind_undo_redo(document, cafe):
    meeting_id = cafe[0]
    cid = capture_edits.add_contribution(document, meeting_id, "Bostadskön")
    assert capture_edits.update_contribution(document, cid, text="Bostadskön är för lång", kind="obstacle")
    assert document.undo_stack.count() == 2
    assert (document.store.get(Contribution, cid).text, document.store.get(Contribution, cid).kind) == (
        "Bostadskön är för lång", "obstacle")
    assert capture_edits.update_contribution(document, cid, text="Bostadskön är för lång")  # no change, no step
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert (document.store.get(Contribution, cid).text, document.store.get(Contribution, cid).kind) == ("Bostadskön", "note")
    document.undo_stack.redo()
    assert document.store.get(Contribution, cid).kind == "obstacle"
    refused = []
    document.refused.connect(refused.append)
    # Refused by the rules with a reason (actions.Invalid): nothing written, the window is told.
    assert not capture_edits.update_contribution(document, cid, meeting_id=99)
    assert [error.code for error in refused] == ["not_editable"]
    with pytest.raises(ValueError):  # not a kind at all: a programming error, not a refusal
        capture_edits.update_contribution(document, cid, kind="gossip")
    assert document.undo_stack.count() == 2


def test_move_changes_only_the_given_places_in_one_step(document, cafe):
    meeting_id, tables, rounds, questions = cafe
    a = capture_edits.add_contribution(document, meeting_id, "A", round_id=rounds[0].id, table_id=tables[0].id)
    b = capture_edits.add_contribution(document, meeting_id, "B", round_id=rounds[1].id, table_id=tables[1].id)
    assert capture_edits.move_contributions(document, [a, b], table_id=tables[2].id, question_id=questions[2].id)
    assert document.undo_stack.count() == 3
    assert document.undo_stack.undoText().startswith("Move 2 contribution")
    moved = {c.id: (c.table_id, c.round_id, c.question_id) for c in rows(document, meeting_id)}
    assert moved == {a: (tables[2].id, rounds[0].id, questions[2].id), b: (tables[2].id, rounds[1].id, questions[2].id)}
    document.undo_stack.undo()
    back = {c.id: (c.table_id, c.round_id, c.question_id) for c in rows(document, meeting_id)}
    assert back == {a: (tables[0].id, rounds[0].id, None), b: (tables[1].id, rounds[1].id, None)}
    document.undo_stack.redo()
    assert document.store.get(Contribution, b).table_id == tables[2].id
    refused = []
    document.refused.connect(refused.append)
    assert not capture_edits.move_contributions(document, [a], kind="idea")
    assert len(refused) == 1 and refused[0].code == "not_a_place"


def test_delete_takes_mitigations_and_votes_and_undo_brings_them_back(document, cafe):
    meeting_id, tables, rounds, _questions = cafe
    risk = capture_edits.add_contribution(document, meeting_id, "Risk", "risk", mitigations=["m1", "m2"])
    note = capture_edits.add_contribution(document, meeting_id, "Not")
    vote = document.store.insert(Vote(meeting_id=meeting_id, contribution_id=risk, dots=3))
    before = rows(document, meeting_id)
    mitigations = mitigation_rows(document, risk)
    assert capture_edits.delete_contributions(document, [risk, note])
    assert rows(document, meeting_id) == [] and document.store.count(Mitigation) == 0
    assert document.store.get(Vote, vote.id) is None
    document.undo_stack.undo()
    assert rows(document, meeting_id) == before
    assert mitigation_rows(document, risk) == mitigations
    assert document.store.get(Vote, vote.id) is not None
    document.undo_stack.redo()
    assert rows(document, meeting_id) == []


def test_set_mitigations_edits_in_place_and_undoes(document, cafe):
    meeting_id = cafe[0]
    risk = capture_edits.add_contribution(document, meeting_id, "Risk", "risk", mitigations=["a", "b", "c"])
    original = mitigation_rows(document, risk)
    assert capture_edits.set_mitigations(document, risk, ["a", "B ändrad"])
    shorter = mitigation_rows(document, risk)
    assert [t for *_x, t in shorter] == ["a", "B ändrad"]
    assert [i for i, *_x in shorter] == [original[0][0], original[1][0]]  # kept their ids
    assert capture_edits.set_mitigations(document, risk, ["a", "B ändrad", "c2", "d2"])
    longer = mitigation_rows(document, risk)
    assert [t for *_x, t in longer] == ["a", "B ändrad", "c2", "d2"]
    document.undo_stack.undo()
    assert mitigation_rows(document, risk) == shorter
    document.undo_stack.undo()
    assert mitigation_rows(document, risk) == original
    document.undo_stack.redo()
    document.undo_stack.redo()
    assert mitigation_rows(document, risk) == longer
    assert capture_edits.mitigations_of(document, risk) == ["a", "B ändrad", "c2", "d2"]
    count = document.undo_stack.count()
    assert capture_edits.set_mitigations(document, risk, ["a", "B ändrad", "c2", "d2", " "])  # nothing changes
    assert document.undo_stack.count() == count


@pytest.mark.reliability
def test_full_disk_writes_nothing_and_the_same_call_works_later(document, cafe):
    meeting_id = cafe[0]
    db = document.store.db
    failures = []
    document.writeFailed.connect(failures.append)
    announced = []
    document.rowChanged.connect(lambda table, row_id, kind: announced.append((table, kind)))
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    long_text = "Vi behöver tolk på fler språk. " * 150  # more than a page, within the limit
    result = capture_edits.add_contribution(document, meeting_id, long_text, "risk", mitigations=["Tolk " * 300] * 3)
    assert result is None
    assert failures and failures[0].code == "disk_full"
    assert rows(document, meeting_id) == [] and document.store.count(Mitigation) == 0
    assert announced == []
    assert document.undo_stack.count() == 0
    db.execute("PRAGMA max_page_count = 1073741823")
    new_id = capture_edits.add_contribution(document, meeting_id, long_text, "risk", mitigations=["Tolk " * 300] * 3)
    assert new_id is not None
    assert len(mitigation_rows(document, new_id)) == 3


def test_the_undo_text_of_a_count_is_swedish_with_its_plural(document, cafe, switcher):
    """"Ångra Flytta 2 bidrag", not "Move 2 contribution(s)" (issue 15: counts are plural forms)."""
    meeting_id, tables, rounds, questions = cafe
    switcher.set_language("sv")
    one = capture_edits.add_contribution(document, meeting_id, "A", round_id=rounds[0].id, table_id=tables[0].id)
    two = capture_edits.add_contribution(document, meeting_id, "B", round_id=rounds[1].id, table_id=tables[1].id)
    assert capture_edits.move_contributions(document, [one, two], table_id=tables[2].id)
    assert document.undo_stack.undoText() == "Flytta 2 bidrag"
    assert capture_edits.move_contributions(document, [one], table_id=tables[1].id)
    assert document.undo_stack.undoText() == "Flytta 1 bidrag"
