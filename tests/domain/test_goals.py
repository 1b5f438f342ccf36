"""Goals without Qt: their fields, a goal drawn from a self-assessment's gap, and the two
gaps seed 002 warns of (goals without measures, measures without a goal)."""

import pytest

from facilitator.domain import limits
from facilitator.domain.entities import Goal, Measure
from facilitator.domain.goals import (
    GoalProblem,
    GoalRefused,
    clean_goal_value,
    goal_from_gap,
    has_source,
    is_gap_rating,
    measures_by_goal,
    plan_gaps,
)


def test_a_goal_needs_a_title_and_a_real_target_date():
    assert clean_goal_value("title", "  Lika tillgång till bostäder ") == "Lika tillgång till bostäder"
    assert clean_goal_value("target_date", "2029-12-31") == "2029-12-31"
    assert clean_goal_value("target_date", "") == ""
    for name, value, code in (("title", "  ", GoalProblem.NO_TITLE), ("target_date", "2029-02-30", GoalProblem.BAD_DATE),
                              ("target_date", "31/12/2029", GoalProblem.BAD_DATE),
                              ("target_date", "20291231", GoalProblem.BAD_DATE),
                              ("indicator", "x" * (limits.TEXT + 1), GoalProblem.TOO_LONG),
                              ("owner", "Anna", GoalProblem.UNKNOWN_FIELD)):
        with pytest.raises(GoalRefused) as refused:
            clean_goal_value(name, value)
        assert refused.value.code == code
    assert len(clean_goal_value("description", "x" * 3000)) == 3000


@pytest.mark.parametrize("rating", ["partly", "not_true", "delvis", "Stämmer inte", "not_yet"])
def test_a_key_factor_rated_partly_or_not_true_becomes_a_goal(rating):
    goal = goal_from_gap("Kommunen  gör främjandet av mångfald\ntill ett strategiskt politiskt mål.", rating,
                         framework="integrating_cities", key_factor="02", assessment_id=7)
    assert goal.title == "Kommunen gör främjandet av mångfald till ett strategiskt politiskt mål."
    assert (goal.source_framework, goal.source_key_factor, goal.source_assessment_id) == ("integrating_cities", "02", 7)
    assert goal.source_rating == rating and has_source(goal)


@pytest.mark.parametrize("rating", ["true", "stämmer", "", "not_assessed", "ej bedömd"])
def test_a_factor_that_holds_or_was_not_assessed_is_no_gap(rating):
    assert not is_gap_rating(rating)
    with pytest.raises(GoalRefused) as refused:
        goal_from_gap("Kommunen informerar aktivt om dess åtagande för mångfald.", rating)
    assert refused.value.code == GoalProblem.NOT_A_GAP


def test_a_long_key_factor_is_kept_whole_in_the_description():
    text = "Ord " * 120
    goal = goal_from_gap(text, "partly")
    assert len(goal.title) == limits.limit("goal", "title") and goal.title.endswith("…")
    assert goal.description == text.strip()
    assert not has_source(goal_from_gap("Kort", "partly"))


def _goal(i):
    return Goal(id=i, title=f"Mål {i}")


def _measure(i, status="proposed"):
    return Measure(id=i, title=f"Åtgärd {i}", status=status)


def test_the_gaps_both_ways():
    goals = [_goal(1), _goal(2), _goal(3)]
    measures = [_measure(10), _measure(11), _measure(12, "cancelled"), _measure(13, "done")]
    links = [(1, 10), (1, 13), (3, 12)]
    gaps = plan_gaps(goals, measures, links)
    # goal 3's only measure was cancelled: it has none left; a cancelled measure asks for no goal
    assert gaps.goals_without_measures == (2, 3)
    assert gaps.measures_without_goal == (11,)
    assert not gaps.empty
    assert plan_gaps([_goal(1)], [_measure(10)], [(1, 10)]).empty
    assert plan_gaps([], [], []).empty
    assert measures_by_goal(links) == {1: (10, 13), 3: (12,)}
