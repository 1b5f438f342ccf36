"""Edits of the plan as a whole, without Qt: its texts, its stages and the versions kept
with them, each undone and redone."""

import json

import pytest

from facilitator import actions
from facilitator.actions import plan as edit
from facilitator.domain.entities import Measure, PlanStageChange, PlanVersion
from facilitator.domain.plan import StageProblem
from facilitator.storage import plan as repo


def _snapshot(store):
    """A stand-in copy of the plan: what the stage-change transaction sees."""
    process = store.process()
    return json.dumps({"stage": process.plan_stage, "date": process.plan_stage_date,
                       "measures": [m.title for m in store.list(Measure)]})


def test_plan_texts_are_one_step_and_undo_brings_the_old_texts_back(store):
    action = edit.update_plan_texts(store, background="  Kommunen gick med i ECCAR 2026.\n", plan_period=" 2027–2029 ")
    assert action.label == "Change the plan's text"
    actions.perform(store, action)
    process = store.process()
    assert (process.background, process.plan_period) == ("Kommunen gick med i ECCAR 2026.", "2027–2029")
    actions.revert(store, action)
    assert (store.process().background, store.process().plan_period) == ("", "")
    actions.perform(store, action)
    assert store.process().plan_period == "2027–2029"


def test_plan_texts_refuse_other_fields_and_say_when_nothing_changes(store):
    assert edit.update_plan_texts(store, plan_stage="adopted") is None
    assert edit.update_plan_texts(store, title="Ny titel") is None
    with pytest.raises(actions.NothingToChange):
        edit.update_plan_texts(store, municipality="Testkommun")


def test_a_stage_change_records_the_step_the_stage_and_a_version_in_one_transaction(store):
    store.insert(Measure(title="Språkcaféer"))
    action = edit.change_stage(store, "remiss", "2027-04-26", snapshot=_snapshot, body="Kommunstyrelsens arbetsutskott",
                               dnr=" KS  2027/112 ", note="Svar senast 21 maj.", now="2027-04-26T10:00:00+02:00")
    assert action.label == "Change the plan's stage"
    changes = actions.perform(store, action)
    (step,) = repo.stage_history(store)
    assert (step.stage, step.date, step.body, step.dnr, step.note) == (
        "consultation", "2027-04-26", "Kommunstyrelsens arbetsutskott", "KS 2027/112", "Svar senast 21 maj.")
    process = store.process()
    assert (process.plan_stage, process.plan_stage_date) == ("consultation", "2027-04-26")
    (listed,) = repo.versions(store)
    assert listed.content == ""  # the list reads no content
    version = repo.version(store, listed.id)
    assert (version.stage, version.date, version.stage_change_id) == ("consultation", "2027-04-26", step.id)
    # the copy was made after the stage was written, in the same transaction
    assert json.loads(version.content) == {"stage": "consultation", "date": "2027-04-26", "measures": ["Språkcaféer"]}
    assert {(table, kind) for table, _id, kind in changes} == {
        ("plan_stage_change", "inserted"), ("process", "updated"), ("plan_version", "inserted")}


def test_undo_removes_the_step_and_its_version_and_redo_puts_back_the_same_copy(store):
    action = edit.change_stage(store, "antagen", "2027-06-14", snapshot=_snapshot, body="Kommunfullmäktige")
    actions.perform(store, action)
    first = repo.latest_version(store)
    store.insert(Measure(title="Tillagd efter beslutet"))
    actions.revert(store, action)
    assert repo.stage_history(store) == [] and repo.versions(store) == []
    assert (store.process().plan_stage, store.process().plan_stage_date) == ("draft", "")
    actions.perform(store, action)  # redo
    again = repo.latest_version(store)
    assert (again.id, again.content) == (first.id, first.content)  # the copy as it was, not as things are now
    assert store.process().plan_stage == "adopted"


def test_a_refused_step_writes_nothing(store):
    actions.perform(store, edit.change_stage(store, "remiss", "2027-04-26", snapshot=_snapshot))
    assert edit.change_stage(store, "remiss", "2027-05-01", snapshot=_snapshot) is None
    assert edit.stage_check(store, "remiss", "2027-05-01").problem == StageProblem.SAME_STAGE
    assert edit.change_stage(store, "godkänd", "2027-04-01", snapshot=_snapshot) is None
    assert edit.stage_check(store, "godkänd", "2027-04-01").problem == StageProblem.BEFORE_LAST
    assert edit.change_stage(store, "beslutad", "2027-05-01", snapshot=_snapshot) is None
    assert edit.change_stage(store, "godkänd", "1 maj", snapshot=_snapshot) is None
    assert len(repo.stage_history(store)) == 1 and len(repo.versions(store)) == 1


def test_going_back_is_recorded_with_its_own_version(store):
    for stage, day in (("utkast", "2027-04-20"), ("remiss", "2027-04-26"), ("utkast", "2027-05-03")):
        actions.perform(store, edit.change_stage(store, stage, day, snapshot=_snapshot, note="Åter till utkast"))
    assert [s.stage for s in repo.stage_history(store)] == ["draft", "consultation", "draft"]
    assert [v.stage for v in repo.versions(store)] == ["draft", "consultation", "draft"]
    assert repo.latest_version(store, "draft").date == "2027-05-03"
    assert repo.latest_version(store, "consultation").date == "2027-04-26"
    assert repo.latest_version(store, "adopted") is None


def test_a_failing_copy_rolls_the_whole_step_back(store):
    def broken(_store):
        raise RuntimeError("the catalogue could not be read")

    with pytest.raises(RuntimeError):
        actions.perform(store, edit.change_stage(store, "remiss", "2027-04-26", snapshot=broken))
    assert repo.stage_history(store) == [] and store.count(PlanVersion) == 0
    assert store.process().plan_stage == "draft"


def test_the_body_dnr_and_note_of_a_step_can_be_corrected_and_undone(store):
    actions.perform(store, edit.change_stage(store, "antagen", "2027-06-14", snapshot=_snapshot, body="KF"))
    (step,) = repo.stage_history(store)
    action = edit.edit_stage_change(store, step.id, body=" Kommunfullmäktige ", dnr="KS 2027/112")
    actions.perform(store, action)
    corrected = store.get(PlanStageChange, step.id)
    assert (corrected.body, corrected.dnr, corrected.stage, corrected.date) == (
        "Kommunfullmäktige", "KS 2027/112", "adopted", "2027-06-14")
    actions.revert(store, action)
    assert store.get(PlanStageChange, step.id).body == "KF"
    assert edit.edit_stage_change(store, step.id, date="2027-06-15") is None
    assert edit.edit_stage_change(store, 999, note="x") is None
    with pytest.raises(actions.NothingToChange):
        edit.edit_stage_change(store, step.id, body="KF")


def test_the_real_catalogue_copy_holds_the_new_stage_and_reads_back(store):
    from facilitator.export.plan_versions import catalogue_snapshot, stored_catalogue

    store.insert(Measure(title="Språkcaféer", eccar_point=9, track=2))
    actions.perform(store, edit.change_stage(store, "remiss", "2027-04-26", snapshot=catalogue_snapshot))
    data = stored_catalogue(repo.latest_version(store).content)
    assert data.process.plan_stage == "consultation" and data.stage_date == "2027-04-26"
    assert [entry.measure.title for entry in data.measures] == ["Språkcaféer"]
    assert data.measures[0].number == "9.1"


def test_erasing_a_person_reaches_the_stored_versions_and_keeps_them_readable(store):
    from facilitator.actions import register
    from facilitator.domain.entities import Participant
    from facilitator.export.plan_versions import catalogue_snapshot, stored_catalogue

    person = store.insert(Participant(name="Anna Berg"))
    store.insert(Measure(title="Mottagning", owner="Anna Berg", description="Anna Berg samordnar."))
    actions.perform(store, edit.change_stage(store, "remiss", "2027-04-26", snapshot=catalogue_snapshot))
    actions.perform(store, register.erase_person(store, person.id))
    content = repo.latest_version(store).content
    assert "Anna Berg" not in content
    (entry,) = stored_catalogue(content).measures
    assert entry.measure.description == "[…] samordnar."
