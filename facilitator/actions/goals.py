"""Edits of goals: new goals (by hand or from a self-assessment's gap), their fields, their
links to measures, and deleting them. Each builder returns one Action, or None when the
rules (``domain/goals.py``) refuse the edit; ``goal_problem`` says why first. No Qt."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from ..domain.entities import Goal, GoalMeasure, Measure
from ..domain.goals import GOAL_FIELDS, GoalProblem, GoalRefused, clean_goal_value, goal_from_gap
from ..domain.vocabulary import QT_TRANSLATE_NOOP
from ..storage import goals as repo
from .base import Action, Delete, Insert, NothingToChange, Update


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def goal_problem(field: str, value: object) -> GoalProblem | None:
    """Why a goal's field cannot take ``value`` (None: it can)."""
    try:
        clean_goal_value(field, value)
    except GoalRefused as refused:
        return refused.code
    return None


def create_goal(store, title: str, **fields) -> Insert | None:
    """A new goal at the end of the list; None if its title is empty or a field is refused."""
    values = {"title": title, **fields}
    try:
        cleaned = {name: clean_goal_value(name, value) for name, value in values.items()}
    except GoalRefused:
        return None
    goal = Goal(position=repo.next_goal_position(store), created_at=_now()).with_changes(**cleaned)
    return Insert([goal], label=QT_TRANSLATE_NOOP("Commands", "New goal"))


def create_goal_from_gap(store, key_factor_text: str, rating: str, *, framework: str = "", key_factor: str = "",
                         assessment_id: int | None = None) -> Insert | None:
    """A goal from a key factor rated "partly" or "not true" (``domain.goals.goal_from_gap``);
    None for any other rating or an empty key factor."""
    try:
        goal = goal_from_gap(key_factor_text, rating, framework=framework, key_factor=key_factor,
                             assessment_id=assessment_id)
    except GoalRefused:
        return None
    goal = goal.with_changes(position=repo.next_goal_position(store), created_at=_now())
    return Insert([goal], label=QT_TRANSLATE_NOOP("Commands", "Goal from a self-assessment"))


def edit_goal(store, goal_id: int, changes: dict) -> Update | None:
    """Changes fields of a goal as one step. None if the goal is gone or a value is refused;
    NothingToChange if every value is already there."""
    goal = store.get(Goal, goal_id)
    if goal is None:
        return None
    try:
        cleaned = {name: clean_goal_value(name, value) for name, value in changes.items()}
    except GoalRefused:
        return None
    changed = {name: value for name, value in cleaned.items() if getattr(goal, name) != value}
    if not changed:
        raise NothingToChange
    return Update(Goal, goal_id, changed, label=QT_TRANSLATE_NOOP("Commands", "Edit goal"))


def delete_goals(store, goal_ids: Iterable[int]) -> Delete | None:
    """Deletes goals with their links to measures (the measures stay); undo brings both back."""
    ids = [goal_id for goal_id in dict.fromkeys(goal_ids) if store.get(Goal, goal_id) is not None]
    if not ids:
        return None
    action = Delete([(Goal, goal_id) for goal_id in ids], label=QT_TRANSLATE_NOOP("Commands", "Delete goal"))
    return action


def set_link(store, goal_id: int, measure_id: int, linked: bool) -> Action | None:
    """Links a measure to a goal (or takes the link away). None if either is gone;
    NothingToChange if the link already is as asked."""
    if store.get(Goal, goal_id) is None or store.get(Measure, measure_id) is None:
        return None
    existing = repo.link(store, goal_id, measure_id)
    if linked == (existing is not None):
        raise NothingToChange
    if linked:
        return Insert([GoalMeasure(goal_id=goal_id, measure_id=measure_id)],
                      label=QT_TRANSLATE_NOOP("Commands", "Link measure to goal"))
    assert existing is not None and existing.id is not None
    return Delete([(GoalMeasure, existing.id)], label=QT_TRANSLATE_NOOP("Commands", "Unlink measure from goal"))


__all__ = ["GOAL_FIELDS", "create_goal", "create_goal_from_gap", "delete_goals", "edit_goal", "goal_problem",
           "set_link"]
