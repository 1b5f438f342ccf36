"""Edits of goals and of the register of existing efforts, without Qt: each one action that
undoes itself, refusals, links both ways, and the import (all or nothing)."""

import pytest

from facilitator import actions
from facilitator.actions import efforts as effort_edits
from facilitator.actions import goals as goal_edits
from facilitator.actions import measures as measure_edits
from facilitator.actions.base import NothingToChange
from facilitator.domain.entities import ExistingEffort, Goal, GoalMeasure, Measure, MeasureEffort
from facilitator.importers.existing_efforts import EffortDraft
from facilitator.storage import efforts as effort_repo
from facilitator.storage import goals as goal_repo


def _measure(store, title="Åtgärd", **fields) -> int:
    return store.insert(Measure(title=title, **fields)).id


def _goal(store, title="Mål") -> int:
    action = goal_edits.create_goal(store, title)
    actions.perform(store, action)
    return action.inserted[0].id


def test_a_goal_is_created_edited_and_deleted_with_undo(store):
    action = goal_edits.create_goal(store, "  Lika tillgång till bostäder ", target_date="2029-12-31")
    changes = actions.perform(store, action)
    goal_id = action.inserted[0].id
    assert changes == [("goal", goal_id, "inserted")]
    goal = store.get(Goal, goal_id)
    assert goal.title == "Lika tillgång till bostäder" and goal.target_date == "2029-12-31" and goal.created_at
    assert _goal(store, "Nästa") != goal_id
    assert [g.position for g in goal_repo.list_goals(store)] == [0, 1]

    edit = goal_edits.edit_goal(store, goal_id, {"indicator": "Andel situationstester med skillnad", "baseline": "Okänt"})
    actions.perform(store, edit)
    assert store.get(Goal, goal_id).indicator == "Andel situationstester med skillnad"
    actions.revert(store, edit)
    assert store.get(Goal, goal_id).indicator == "" and store.get(Goal, goal_id).baseline == ""

    assert goal_edits.edit_goal(store, goal_id, {"title": ""}) is None
    assert goal_edits.edit_goal(store, goal_id, {"target_date": "2029-13-01"}) is None
    assert goal_edits.goal_problem("target_date", "i morgon") == "bad_date"
    assert goal_edits.goal_problem("target_date", "2030-01-01") is None
    with pytest.raises(NothingToChange):
        goal_edits.edit_goal(store, goal_id, {"title": "Lika tillgång till bostäder"})
    assert goal_edits.edit_goal(store, 999, {"title": "x"}) is None
    assert goal_edits.create_goal(store, "  ") is None


def test_links_between_goals_and_measures_and_the_gaps(store):
    goal_id, other = _goal(store, "Mål A"), _goal(store, "Mål B")
    first, second = _measure(store, "Ett"), _measure(store, "Två")
    link = goal_edits.set_link(store, goal_id, first, True)
    actions.perform(store, link)
    assert goal_repo.measure_ids_of(store, goal_id) == [first] and goal_repo.goal_ids_of(store, first) == [goal_id]
    with pytest.raises(NothingToChange):
        goal_edits.set_link(store, goal_id, first, True)
    assert goal_repo.gaps(store).goals_without_measures == (other,)
    assert goal_repo.gaps(store).measures_without_goal == (second,)
    actions.perform(store, goal_edits.set_link(store, other, first, True))  # many to many
    assert goal_repo.gaps(store).goals_without_measures == ()

    unlink = goal_edits.set_link(store, goal_id, first, False)
    actions.perform(store, unlink)
    assert goal_repo.measure_ids_of(store, goal_id) == []
    actions.revert(store, unlink)
    assert goal_repo.measure_ids_of(store, goal_id) == [first]
    assert goal_edits.set_link(store, goal_id, 999, True) is None


def test_deleting_a_goal_takes_its_links_and_undo_brings_both_back(store):
    goal_id = _goal(store)
    measure_id = _measure(store)
    actions.perform(store, goal_edits.set_link(store, goal_id, measure_id, True))
    delete = goal_edits.delete_goals(store, [goal_id, goal_id, 12345])
    actions.perform(store, delete)
    assert store.list(Goal) == [] and store.list(GoalMeasure) == []
    assert store.get(Measure, measure_id) is not None, "the measure stays"
    actions.revert(store, delete)
    assert [g.id for g in store.list(Goal)] == [goal_id] and goal_repo.links(store) == [(goal_id, measure_id)]
    assert goal_edits.delete_goals(store, [999]) is None


def test_deleting_a_measure_takes_its_goal_link_and_effort_link(store):
    goal_id = _goal(store)
    measure_id = _measure(store)
    actions.perform(store, goal_edits.set_link(store, goal_id, measure_id, True))
    effort = effort_edits.create_effort(store, "Språkvän")
    actions.perform(store, effort)
    effort_id = effort.inserted[0].id
    actions.perform(store, effort_edits.set_builds_on(store, measure_id, effort_id, True))
    delete = measure_edits.delete_measures([measure_id])
    actions.perform(store, delete)
    assert goal_repo.links(store) == [] and effort_repo.links(store) == []
    actions.revert(store, delete)
    assert goal_repo.links(store) == [(goal_id, measure_id)] and effort_repo.links(store) == [(measure_id, effort_id)]


def test_a_goal_from_a_self_assessments_gap(store):
    action = goal_edits.create_goal_from_gap(
        store, "Mångfaldsstrategin kontrolleras och utvärderas regelbundet.", "not_true",
        framework="integrating_cities", key_factor="13", assessment_id=4)
    actions.perform(store, action)
    (goal,) = store.list(Goal)
    assert goal.title.startswith("Mångfaldsstrategin") and goal.source_key_factor == "13"
    assert goal.source_assessment_id == 4 and goal.source_rating == "not_true"
    assert goal_edits.create_goal_from_gap(store, "Kommunen informerar aktivt.", "true") is None
    actions.revert(store, action)
    assert store.list(Goal) == []


def test_the_quick_win_is_a_field_of_the_measure(store):
    measure_id = _measure(store)
    assert store.get(Measure, measure_id).quick_win is False
    edit = measure_edits.update_measure(store, measure_id, quick_win=True)
    actions.perform(store, edit)
    assert store.get(Measure, measure_id).quick_win is True
    actions.revert(store, edit)
    assert store.get(Measure, measure_id).quick_win is False


def test_an_effort_is_created_edited_linked_and_deleted_with_undo(store):
    action = effort_edits.create_effort(store, "Trygghetsvandringar", level="Lokal", eccar_point="7", track=3)
    actions.perform(store, action)
    effort_id = action.inserted[0].id
    effort = store.get(ExistingEffort, effort_id)
    assert (effort.level, effort.eccar_point, effort.track) == ("local", 7, 3)
    edit = effort_edits.edit_effort(store, effort_id, {"status": "Avslutad", "eccar_point": ""})
    actions.perform(store, edit)
    assert store.get(ExistingEffort, effort_id).status == "ended" and store.get(ExistingEffort, effort_id).eccar_point is None
    actions.revert(store, edit)
    assert store.get(ExistingEffort, effort_id).eccar_point == 7
    assert effort_edits.edit_effort(store, effort_id, {"level": "galaktisk"}) is None
    assert effort_edits.effort_problem("name", "") == "no_name"
    with pytest.raises(NothingToChange):
        effort_edits.edit_effort(store, effort_id, {"name": "Trygghetsvandringar"})

    measure_id = _measure(store)
    builds = effort_edits.set_builds_on(store, measure_id, effort_id, True)
    actions.perform(store, builds)
    assert effort_repo.measure_ids_of(store, effort_id) == [measure_id]
    delete = effort_edits.delete_efforts(store, [effort_id])
    actions.perform(store, delete)
    assert store.list(ExistingEffort) == [] and store.list(MeasureEffort) == []
    actions.revert(store, delete)
    assert effort_repo.links(store) == [(measure_id, effort_id)]


def _draft(name, row=2, **fields):
    return EffortDraft(row, name, **fields)


def test_importing_efforts_is_one_step_and_skips_names_already_there(store):
    actions.perform(store, effort_edits.create_effort(store, "Språkvän Ekbacka"))
    drafts = [_draft("Språkvän  ekbacka"), _draft("Feriejobb", level="local", eccar_point=6, track=3),
              _draft("Rådgivning om diskriminering", status="ongoing"), _draft("feriejobb", row=5)]
    action = effort_edits.import_efforts(store, drafts)
    assert action.count == 2
    changes = actions.perform(store, action)
    assert len(changes) == 2
    assert [e.name for e in effort_repo.list_efforts(store)] == ["Språkvän Ekbacka", "Feriejobb",
                                                                  "Rådgivning om diskriminering"]
    actions.revert(store, action)
    assert [e.name for e in store.list(ExistingEffort)] == ["Språkvän Ekbacka"]
    assert effort_edits.import_efforts(store, [_draft("Språkvän Ekbacka")]) is None


def test_an_import_that_fails_half_way_writes_nothing(store, monkeypatch):
    action = effort_edits.import_efforts(store, [_draft("Ett"), _draft("Två"), _draft("Tre")])
    real = store.insert_many

    def fail_on_the_second(entities):
        entities = list(entities)
        real(entities[:1])
        raise OSError("disk full")

    monkeypatch.setattr(store, "insert_many", fail_on_the_second)
    with pytest.raises(OSError):
        actions.perform(store, action)
    monkeypatch.undo()
    assert store.list(ExistingEffort) == []
