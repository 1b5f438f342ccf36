"""Goals, their links to measures, and the plan's gaps, in the process file.

The only place with SQL for goals; returns domain entities. Writes go through
``ProcessStore.insert_many`` / ``update`` / ``delete`` from the actions (``actions/goals``).
"""

from __future__ import annotations

from ..domain.entities import Goal, GoalMeasure, Measure
from ..domain.goals import PlanGaps, plan_gaps
from .process_store import ProcessStore


def list_goals(store: ProcessStore) -> list[Goal]:
    """Every goal in the plan's order (position, then id)."""
    return store.list(Goal, order_by="position, id")


def next_goal_position(store: ProcessStore) -> int:
    row = store.conn.execute("SELECT coalesce(max(position), -1) + 1 FROM goal").fetchone()
    return int(row[0])


def links(store: ProcessStore) -> list[tuple[int, int]]:
    """(goal id, measure id) of every link, in the order they were made."""
    return [(row[0], row[1]) for row in store.conn.execute("SELECT goal_id, measure_id FROM goal_measure ORDER BY id")]


def link(store: ProcessStore, goal_id: int, measure_id: int) -> GoalMeasure | None:
    found = store.list(GoalMeasure, "goal_id = ? AND measure_id = ?", (goal_id, measure_id))
    return found[0] if found else None


def measure_ids_of(store: ProcessStore, goal_id: int) -> list[int]:
    sql = "SELECT measure_id FROM goal_measure WHERE goal_id = ? ORDER BY id"
    return [row[0] for row in store.conn.execute(sql, [goal_id])]


def goal_ids_of(store: ProcessStore, measure_id: int) -> list[int]:
    sql = "SELECT goal_id FROM goal_measure WHERE measure_id = ? ORDER BY id"
    return [row[0] for row in store.conn.execute(sql, [measure_id])]


def gaps(store: ProcessStore) -> PlanGaps:
    """Goals without a measure and (not cancelled) measures without a goal."""
    return plan_gaps(list_goals(store), store.list(Measure), links(store))
