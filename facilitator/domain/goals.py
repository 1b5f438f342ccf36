"""Goals of the action plan and how they meet the measures (no Qt, no SQL).

Seed 002 saw goals and measures drift apart: visions and goals "men att inga konkreta
åtgärder är kopplade till dem", and activities "utan koppling till mål" (002 L793-798). So a
goal says how it is measured (indicator, baseline, target value, target date), measures link
to goals (many to many), and the plan shows both gaps: goals without a measure and (open)
measures without a goal.

A goal may come from a self-assessment: every key factor rated "partly" (delvis) or "not
true" (stämmer inte) can become a goal (001 L84-94). ``goal_from_gap`` makes that goal from
the key factor's text and rating; the framework, key factor and assessment are kept as plain
values, so the goal stays when the assessment is edited or deleted.

Everything here returns codes, never sentences: the UI words them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from . import limits
from .entities import Goal, Measure, stored_id
from .vocabulary import MeasureStatus

#: The fields a coordinator edits on a goal, in the order the form shows them.
GOAL_FIELDS: tuple[str, ...] = ("title", "description", "indicator", "baseline", "target_value", "target_date")
# How long each field may be: domain/limits.py, the one table.

#: Ratings of a key factor that make it a gap: the toolkit's "delvis" and "stämmer inte".
#: The assessment's own rating codes are the other engineer's; both spellings are taken.
GAP_RATINGS: frozenset[str] = frozenset({"partly", "not_true", "not_yet", "delvis", "stämmer inte"})


class GoalProblem(StrEnum):
    NO_TITLE = "no_title"
    BAD_DATE = "bad_date"
    TOO_LONG = "too_long"
    UNKNOWN_FIELD = "unknown_field"
    NOT_A_GAP = "not_a_gap"


class GoalRefused(ValueError):
    def __init__(self, code: GoalProblem, field: str = ""):
        super().__init__(f"{code}: {field}".rstrip(": "))
        self.code = code
        self.field = field


def clean_goal_value(name: str, value: object) -> str:
    """The value stored for a goal's field ``name``, or GoalRefused: text is stripped, the
    title must not be empty, a target date is YYYY-MM-DD (or empty)."""
    if name not in GOAL_FIELDS:
        raise GoalRefused(GoalProblem.UNKNOWN_FIELD, name)
    text = str(value if value is not None else "").strip()
    if name == "title" and not text:
        raise GoalRefused(GoalProblem.NO_TITLE, name)
    if name == "target_date" and text:
        try:
            date.fromisoformat(text)
        except ValueError:
            raise GoalRefused(GoalProblem.BAD_DATE, name) from None
        if len(text) != 10:
            raise GoalRefused(GoalProblem.BAD_DATE, name)
    if len(text) > limits.limit(Goal.TABLE, name):
        raise GoalRefused(GoalProblem.TOO_LONG, name)
    return text


def is_gap_rating(rating: str) -> bool:
    return rating.strip().casefold() in GAP_RATINGS


def goal_from_gap(
    key_factor_text: str,
    rating: str,
    *,
    framework: str = "",
    key_factor: str = "",
    assessment_id: int | None = None,
) -> Goal:
    """A goal drawn from a key factor rated "partly" or "not true": the key factor's
    statement becomes the goal's title (what should be true), the rating its baseline.
    GoalRefused NOT_A_GAP for any other rating (a factor that holds is no gap)."""
    if not is_gap_rating(rating):
        raise GoalRefused(GoalProblem.NOT_A_GAP, rating)
    text = " ".join(key_factor_text.split())
    if not text:
        raise GoalRefused(GoalProblem.NO_TITLE, "title")
    most = limits.limit(Goal.TABLE, "title")
    title = text if len(text) <= most else text[: most - 1].rstrip() + "…"
    return Goal(
        title=title,
        description=text if title != text else "",
        source_framework=framework,
        source_key_factor=key_factor,
        source_assessment_id=assessment_id,
        source_rating=rating.strip(),
    )


def has_source(goal: Goal) -> bool:
    return bool(goal.source_framework or goal.source_key_factor or goal.source_assessment_id is not None)


@dataclass(frozen=True)
class PlanGaps:
    """Where goals and measures do not meet (seed 002): goal ids without any measure,
    and ids of measures that work towards no goal (cancelled measures are not asked to)."""

    goals_without_measures: tuple[int, ...]
    measures_without_goal: tuple[int, ...]

    @property
    def empty(self) -> bool:
        return not self.goals_without_measures and not self.measures_without_goal


def plan_gaps(goals: Iterable[Goal], measures: Iterable[Measure], links: Iterable[tuple[int, int]]) -> PlanGaps:
    """``links`` are (goal id, measure id) pairs. A link to a cancelled measure does not
    carry a goal: a goal whose only measures were cancelled has none left."""
    measures = list(measures)
    live = {stored_id(m) for m in measures if m.status != MeasureStatus.CANCELLED}
    pairs = [(g, m) for g, m in links if m in live]
    with_measures = {g for g, _ in pairs}
    with_goal = {m for _, m in pairs}
    return PlanGaps(
        tuple(stored_id(g) for g in goals if stored_id(g) not in with_measures),
        tuple(stored_id(m) for m in measures if stored_id(m) in live and stored_id(m) not in with_goal),
    )


def measures_by_goal(links: Iterable[tuple[int, int]]) -> Mapping[int, tuple[int, ...]]:
    found: dict[int, list[int]] = {}
    for goal_id, measure_id in links:
        found.setdefault(goal_id, []).append(measure_id)
    return {goal_id: tuple(ids) for goal_id, ids in found.items()}
