"""The window's edits of goals and of the register of existing efforts: each an action of
``actions/goals.py`` or ``actions/efforts.py`` put on the undo stack as one step."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...actions import efforts, goals
from ..document import ProcessDocument, run_edit


def create_goal(document: ProcessDocument, title: str, **fields) -> int | None:
    action = goals.create_goal(document.store, title, **fields)
    if action is None or not run_edit(document, lambda: action):
        return None
    return action.inserted[0].id


def create_goal_from_gap(document: ProcessDocument, key_factor_text: str, rating: str, **source) -> int | None:
    """A goal from a key factor rated "partly" or "not true" (the self-assessment page calls this)."""
    action = goals.create_goal_from_gap(document.store, key_factor_text, rating, **source)
    if action is None or not run_edit(document, lambda: action):
        return None
    return action.inserted[0].id


def edit_goal(document: ProcessDocument, goal_id: int, changes: dict) -> bool:
    return run_edit(document, lambda: goals.edit_goal(document.store, goal_id, changes))


def delete_goals(document: ProcessDocument, goal_ids: Iterable[int]) -> bool:
    return run_edit(document, lambda: goals.delete_goals(document.store, goal_ids))


def link_measure(document: ProcessDocument, goal_id: int, measure_id: int, linked: bool) -> bool:
    return run_edit(document, lambda: goals.set_link(document.store, goal_id, measure_id, linked))


def create_effort(document: ProcessDocument, name: str, **fields) -> int | None:
    action = efforts.create_effort(document.store, name, **fields)
    if action is None or not run_edit(document, lambda: action):
        return None
    return action.inserted[0].id


def edit_effort(document: ProcessDocument, effort_id: int, changes: dict) -> bool:
    return run_edit(document, lambda: efforts.edit_effort(document.store, effort_id, changes))


def delete_efforts(document: ProcessDocument, effort_ids: Iterable[int]) -> bool:
    return run_edit(document, lambda: efforts.delete_efforts(document.store, effort_ids))


def builds_on(document: ProcessDocument, measure_id: int, effort_id: int, linked: bool) -> bool:
    return run_edit(document, lambda: efforts.set_builds_on(document.store, measure_id, effort_id, linked))


def import_efforts(document: ProcessDocument, drafts: Sequence) -> int:
    """Every good row as one undoable step; how many efforts were added (0: none new)."""
    action = efforts.import_efforts(document.store, drafts)
    if action is None or not run_edit(document, lambda: action):
        return 0
    return action.count or 0
