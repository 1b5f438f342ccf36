"""The plan's stage machine and the differences between two versions, without Qt."""

import pytest

from facilitator.domain.entities import Measure, PlanStageChange, Process
from facilitator.domain.plan import (
    Direction,
    StageProblem,
    changed_fields,
    check_stage_change,
    clean_text,
    diff_measures,
    diff_versions,
    parse_stage,
    timeline,
)
from facilitator.domain.vocabulary import PlanStage


def _step(stage, day, id_):
    return PlanStageChange(stage=stage, date=day, id=id_)


@pytest.mark.parametrize(("word", "stage"), [
    ("utkast", PlanStage.DRAFT), ("Draft", PlanStage.DRAFT), ("remiss", PlanStage.CONSULTATION),
    ("  På   remiss ", PlanStage.CONSULTATION), ("consultation", PlanStage.CONSULTATION),
    ("godkänd", PlanStage.APPROVED), ("GODKAND", PlanStage.APPROVED), ("approved", PlanStage.APPROVED),
    ("Godkänd av förvaltningarna", PlanStage.APPROVED), ("antagen", PlanStage.ADOPTED), ("adopted", PlanStage.ADOPTED),
])
def test_stage_words_in_swedish_and_english(word, stage):
    assert parse_stage(word) == stage


@pytest.mark.parametrize("word", ["", "beslutad", "remis", "antagen!", None])
def test_unknown_stage_words(word):
    assert parse_stage(word) is None


def test_the_plan_moves_forward_one_stage_at_a_time():
    history = [_step("draft", "2027-04-20", 1)]
    check = check_stage_change("draft", history, "remiss", "2027-04-26")
    assert check.allowed and check.direction == Direction.FORWARD and check.skipped == ()


def test_skipping_stages_is_allowed_and_says_what_was_skipped():
    check = check_stage_change("draft", [], "antagen", "2027-06-14")
    assert check.allowed and check.skipped == (PlanStage.CONSULTATION, PlanStage.APPROVED)


def test_going_back_is_allowed_and_is_a_step_back():
    history = [_step("draft", "2027-04-20", 1), _step("consultation", "2027-04-26", 2)]
    check = check_stage_change("consultation", history, "utkast", "2027-05-02")
    assert check.allowed and check.direction == Direction.BACK


def test_the_same_stage_again_is_refused_except_to_date_the_first_draft():
    assert check_stage_change("draft", [], "draft", "2027-04-20").direction == Direction.START
    history = [_step("draft", "2027-04-20", 1)]
    assert check_stage_change("draft", history, "utkast", "2027-04-21").problem == StageProblem.SAME_STAGE


@pytest.mark.parametrize("day", ["", "2027-13-01", "14 juni 2027", "2027-6-14", "igår"])
def test_a_bad_date_is_refused(day):
    assert check_stage_change("draft", [], "remiss", day).problem == StageProblem.BAD_DATE


def test_a_step_dated_before_the_latest_is_refused():
    history = [_step("draft", "2027-04-20", 1), _step("consultation", "2027-04-26", 2)]
    check = check_stage_change("consultation", history, "godkänd", "2027-04-25")
    assert check.problem == StageProblem.BEFORE_LAST and check.last_date == "2027-04-26"
    assert check_stage_change("consultation", history, "godkänd", "2027-04-26").allowed  # the same day is fine


def test_an_unknown_stage_is_refused_first():
    assert check_stage_change("draft", [], "beslutad", "bad").problem == StageProblem.UNKNOWN_STAGE


def test_the_timeline_reads_the_history_in_date_order_with_directions():
    history = [_step("consultation", "2027-04-26", 2), _step("draft", "2027-04-20", 1),
               _step("draft", "2027-05-03", 3), _step("consultation", "2027-05-10", 4), _step("adopted", "2027-06-14", 5)]
    steps = timeline(history)
    assert [s.change.id for s in steps] == [1, 2, 3, 4, 5]
    assert [s.direction for s in steps] == [Direction.START, Direction.FORWARD, Direction.BACK, Direction.FORWARD,
                                            Direction.FORWARD]
    assert steps[0].previous is None and steps[2].previous == PlanStage.CONSULTATION


def test_plan_texts_are_cleaned_by_kind():
    assert clean_text("plan_period", "  2027–2029 \n") == "2027–2029"
    assert clean_text("background", "\n Första stycket.  \n\nAndra.\n\n") == "Första stycket.\n\nAndra."


def _measure(id_, **fields):
    return Measure(id=id_, title=f"Åtgärd {id_}", **fields)


def test_the_differences_between_two_versions_name_added_removed_and_changed_fields():
    before = [_measure(1, target="10"), _measure(2), _measure(3, owner="Anna", position=0)]
    after = [_measure(1, target="12", resources="50 000 kr"), _measure(3, owner="Anna", position=5), _measure(4)]
    diff = diff_measures(before, after)
    assert [m.id for m in diff.added] == [4]
    assert [m.id for m in diff.removed] == [2]
    assert [(c.after.id, c.fields) for c in diff.changed] == [(1, ("target", "resources"))]  # position is no change
    assert not diff.empty


def test_identical_versions_have_no_differences():
    measures = [_measure(1), _measure(2)]
    diff = diff_versions((Process(plan_title="Plan"), measures), (Process(plan_title="Plan"), list(measures)))
    assert diff.empty


def test_the_plan_texts_and_stage_are_compared_too():
    before = Process(background="Gammal", plan_stage="consultation")
    after = Process(background="Ny", plan_stage="adopted")
    assert diff_versions((before, []), (after, [])).texts == ("background", "plan_stage")


def test_changed_fields_follow_the_measure_order():
    assert changed_fields(_measure(1, status="proposed", goal="a"), _measure(1, status="decided", goal="b")) == (
        "goal", "status")
