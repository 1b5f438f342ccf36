"""The rules of meeting edits, without Qt: a plain store and actions.perform/revert."""

import pytest

from facilitator import actions
from facilitator.actions import meetings as edit
from facilitator.domain.entities import AgendaItem, CafeTable, Meeting, Question, Round
from facilitator.domain.vocabulary import AgendaKind, MeetingFormat
from facilitator.storage import meetings, seating


def _add(store, meeting_format=MeetingFormat.WORLD_CAFE, **kwargs):
    action = edit.add_meeting(store, meeting_format, "Café", "2025-03-01", **kwargs)
    actions.perform(store, action)
    return action, action.first(Meeting).id


def test_a_cafe_comes_with_its_agenda_three_rounds_and_six_tables_and_undo_removes_them_all(store):
    action, meeting_id = _add(store)
    agenda = meetings.agenda_of(store, meeting_id)
    assert [item.round_number for item in agenda if item.kind == AgendaKind.ROUND] == [1, 2, 3]
    assert [item.title for item in agenda if item.kind == AgendaKind.ROUND] == ["Round 1", "Round 2", "Round 3"]
    assert [r.number for r in seating.rounds_of(store, meeting_id)] == [1, 2, 3]
    assert [t.name for t in seating.tables_of(store, meeting_id)] == [f"Table {n}" for n in range(1, 7)]
    ids = {(type(e), e.id) for e in action.inserted}

    changes = actions.revert(store, action)
    assert store.list(Meeting) == [] and store.list(AgendaItem) == []
    assert store.list(Round) == [] and store.list(CafeTable) == []
    assert {(table, kind) for table, _id, kind in changes} >= {("meeting", "deleted"), ("round", "deleted")}

    actions.perform(store, action)  # redo: the same rows with the same ids
    assert {(type(e), e.id) for e in action.inserted} == ids
    assert store.get(Meeting, meeting_id) is not None
    assert len(seating.tables_of(store, meeting_id)) == 6


def test_texts_the_meeting_writes_come_from_the_callers_translation(store):
    translations = {("Defaults", "Table %1"): "Bord %1", ("AgendaTemplate", "Round %1"): "Runda %1"}
    _action, meeting_id = _add(store, translate=lambda context, text: translations.get((context, text), text))
    assert seating.tables_of(store, meeting_id)[0].name == "Bord 1"
    assert "Runda 2" in [item.title for item in meetings.agenda_of(store, meeting_id)]


def test_a_workshop_has_no_rounds_or_tables_and_its_questions_have_no_round(store):
    _action, meeting_id = _add(store, MeetingFormat.WORKSHOP)
    assert seating.rounds_of(store, meeting_id) == [] and seating.tables_of(store, meeting_id) == []
    actions.perform(store, edit.add_question(store, meeting_id, "Vad?"))
    assert meetings.questions_of(store, meeting_id)[0].round_number is None


def test_cafe_questions_take_the_next_round_and_position(store):
    _action, meeting_id = _add(store)
    for text in ("Ett", "Två"):
        actions.perform(store, edit.add_question(store, meeting_id, text))
    assert [(q.position, q.round_number) for q in meetings.questions_of(store, meeting_id)] == [(0, 1), (1, 2)]


def test_moving_an_agenda_item_swaps_it_with_its_neighbour_and_undo_swaps_back(store):
    _action, meeting_id = _add(store, MeetingFormat.WORKSHOP)
    first, second = meetings.agenda_of(store, meeting_id)[:2]
    assert edit.move_agenda_item(store, first.id, -1) is None  # nothing above the first
    move = edit.move_agenda_item(store, first.id, 1)
    actions.perform(store, move)
    assert [i.id for i in meetings.agenda_of(store, meeting_id)[:2]] == [second.id, first.id]
    actions.revert(store, move)
    assert [i.id for i in meetings.agenda_of(store, meeting_id)[:2]] == [first.id, second.id]


def test_a_new_agenda_item_goes_last(store):
    _action, meeting_id = _add(store, MeetingFormat.WORKSHOP)
    count = len(meetings.agenda_of(store, meeting_id))
    actions.perform(store, edit.add_agenda_item(store, meeting_id, "Fika", 15))
    assert meetings.agenda_of(store, meeting_id)[-1].title == "Fika"
    assert meetings.agenda_of(store, meeting_id)[-1].position == count


def test_meeting_fields_change_only_when_they_differ(store):
    _action, meeting_id = _add(store, MeetingFormat.WORKSHOP)
    with pytest.raises(actions.NothingToChange):
        edit.update_meeting(store, meeting_id, title="Café")
    assert edit.update_meeting(store, meeting_id, no_such_field=1) is None
    change = edit.update_meeting(store, meeting_id, place="Folkets hus", label="Change: Place")
    assert change.label == "Change: Place"
    actions.perform(store, change)
    assert store.get(Meeting, meeting_id).place == "Folkets hus"
    actions.revert(store, change)
    assert store.get(Meeting, meeting_id).place == ""


def test_the_process_is_renamed_only_to_a_new_title(store):
    assert edit.rename_process(store, "  ") is None
    assert edit.rename_process(store, store.process().title) is None
    actions.perform(store, edit.rename_process(store, "Ny  titel"))
    assert store.process().title == "Ny titel"


def test_deleting_rows_takes_what_belongs_to_them_and_undo_restores_it(store):
    _action, meeting_id = _add(store)
    assert edit.delete_rows(Meeting, []) is None
    delete = edit.delete_rows(Meeting, [meeting_id], "Delete meeting")
    actions.perform(store, delete)
    assert store.list(Round) == [] and store.list(Question) == []
    actions.revert(store, delete)
    assert len(seating.rounds_of(store, meeting_id)) == 3
