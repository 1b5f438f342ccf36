"""The rules of café edits, without Qt: rounds, timing, tables, questions, seats."""

import pytest

from facilitator import actions
from facilitator.actions import cafe as edit
from facilitator.actions import meetings as meeting_edits
from facilitator.domain.entities import AttendanceEntry, Meeting, Participant, Question, Seat
from facilitator.domain.vocabulary import AgendaKind, MeetingFormat
from facilitator.storage import meetings, seating


@pytest.fixture
def cafe_id(store):
    action = meeting_edits.add_meeting(store, MeetingFormat.WORLD_CAFE, "Café", "2025-03-01")
    actions.perform(store, action)
    return action.first(Meeting).id


def _kinds(store, meeting_id):
    return [(item.kind, item.round_number) for item in meetings.agenda_of(store, meeting_id)]


def test_more_rounds_bring_their_blocks_after_the_last_round_and_undo_takes_them_back(store, cafe_id):
    before = _kinds(store, cafe_id)
    assert edit.set_round_count(store, cafe_id, 3) is None
    action = edit.set_round_count(store, cafe_id, 5)
    assert action.label == "Add round"
    actions.perform(store, action)
    assert [r.number for r in seating.rounds_of(store, cafe_id)] == [1, 2, 3, 4, 5]
    rounds = [number for kind, number in _kinds(store, cafe_id) if kind == AgendaKind.ROUND]
    assert rounds == [1, 2, 3, 4, 5]
    kinds = [kind for kind, _n in _kinds(store, cafe_id)]
    assert kinds[kinds.index(AgendaKind.ROUND, kinds.index(AgendaKind.ROUND) + 5) - 1] == AgendaKind.MOVE
    assert [item.position for item in meetings.agenda_of(store, cafe_id)] == list(range(len(kinds)))
    actions.revert(store, action)
    assert _kinds(store, cafe_id) == before and seating.round_count(store, cafe_id) == 3


def test_fewer_rounds_remove_the_round_its_table_change_and_seats(store, cafe_id):
    before = _kinds(store, cafe_id)
    action = edit.set_round_count(store, cafe_id, 1)
    actions.perform(store, action)
    assert seating.round_count(store, cafe_id) == 1
    assert [k for k, _n in _kinds(store, cafe_id)].count(AgendaKind.MOVE) == 0
    actions.revert(store, action)
    assert _kinds(store, cafe_id) == before


def test_round_minutes_reach_the_meeting_its_rounds_and_its_agenda(store, cafe_id):
    assert edit.set_cafe_timing(store, cafe_id, "round_minutes", store.get(Meeting, cafe_id).round_minutes) is None
    action = edit.set_cafe_timing(store, cafe_id, "round_minutes", 30)
    actions.perform(store, action)
    assert store.get(Meeting, cafe_id).round_minutes == 30
    assert {r.minutes for r in seating.rounds_of(store, cafe_id)} == {30}
    assert {i.minutes for i in meetings.agenda_items_of_kind(store, cafe_id, AgendaKind.ROUND)} == {30}
    actions.revert(store, action)
    assert {r.minutes for r in seating.rounds_of(store, cafe_id)} == {20}


def test_a_new_table_is_named_after_its_number(store, cafe_id):
    actions.perform(store, edit.add_table(store, cafe_id))
    assert seating.tables_of(store, cafe_id)[-1].name == "Table 7"


def test_a_question_belongs_to_one_table_at_a_time(store, cafe_id):
    actions.perform(store, meeting_edits.add_question(store, cafe_id, "Vad?"))
    (question,) = meetings.questions_of(store, cafe_id)
    first, second = seating.tables_of(store, cafe_id)[:2]
    actions.perform(store, edit.set_table_question(store, first.id, question.id))
    with pytest.raises(actions.NothingToChange):
        edit.set_table_question(store, first.id, question.id)
    move = edit.set_table_question(store, second.id, question.id)
    actions.perform(store, move)
    assert meetings.question_at_table(store, second.id).id == question.id
    actions.revert(store, move)
    assert store.get(Question, question.id).table_id == first.id


def _seat_two(store, cafe_id):
    round_ = seating.rounds_of(store, cafe_id)[0]
    first, second = seating.tables_of(store, cafe_id)[:2]
    people = [store.insert(Participant(name=n)).id for n in ("A", "B")]
    return store.insert_many([
        Seat(round_id=round_.id, table_id=first.id, participant_id=people[0]),
        Seat(round_id=round_.id, table_id=second.id, participant_id=people[1]),
    ])


def test_a_seat_swap_and_its_undo(store, cafe_id):
    a, b = _seat_two(store, cafe_id)
    swap = edit.swap_seats(a, b)
    assert swap.label == "Swap places"
    actions.perform(store, swap)
    assert (store.get(Seat, a.id).table_id, store.get(Seat, b.id).table_id) == (b.table_id, a.table_id)
    actions.revert(store, swap)
    assert (store.get(Seat, a.id).table_id, store.get(Seat, b.id).table_id) == (a.table_id, b.table_id)
    assert edit.swap_seats(a, a.with_changes(id=b.id)) is None  # the same table: nothing to swap


def test_a_seating_plan_replaces_the_seats_of_later_rounds_only(store, cafe_id):
    from facilitator.domain.rotation import plan_rotation

    people = [store.insert(Participant(name=f"P{n}")).id for n in range(12)]
    store.insert_many(AttendanceEntry(meeting_id=cafe_id, participant_id=p) for p in people)
    _meeting, cafe = seating.load_cafe(store, cafe_id)
    plan, _quality = plan_rotation(cafe.setup(), seed=1, time_budget=0.1)
    save = edit.save_seating(store, cafe, plan)
    actions.perform(store, save)
    first_round = {s.id for s in seating.seats_in_round(store, cafe.rounds[0].id)}
    assert len(seating.cafe_seats(store, cafe)) == 36
    again = edit.save_seating(store, cafe, plan, from_round=1)
    actions.perform(store, again)
    assert {s.id for s in seating.seats_in_round(store, cafe.rounds[0].id)} == first_round
    assert len(seating.cafe_seats(store, cafe)) == 36
    actions.revert(store, again)
    actions.revert(store, save)
    assert seating.cafe_seats(store, cafe) == []
