"""Edits of the register of existing efforts: new ones, their fields, an import from a
spreadsheet (every good row as one step: all or nothing), deleting them, and the link from
a measure to the effort it builds on. Rules in ``domain/efforts.py``; no Qt."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..domain.efforts import EffortProblem, EffortRefused, clean_effort_value
from ..domain.entities import ExistingEffort, Measure, MeasureEffort
from ..domain.vocabulary import QT_TRANSLATE_NOOP, Plural
from ..storage import efforts as repo
from .base import Action, Delete, Insert, NothingToChange, Update


def effort_problem(field: str, value: object) -> EffortProblem | None:
    try:
        clean_effort_value(field, value)
    except EffortRefused as refused:
        return refused.code
    return None


def create_effort(store, name: str, **fields) -> Insert | None:
    try:
        cleaned = {key: clean_effort_value(key, value) for key, value in {"name": name, **fields}.items()}
    except EffortRefused:
        return None
    effort = ExistingEffort(position=repo.next_effort_position(store)).with_changes(**cleaned)
    return Insert([effort], label=QT_TRANSLATE_NOOP("Commands", "New existing effort"))


def edit_effort(store, effort_id: int, changes: dict) -> Update | None:
    effort = store.get(ExistingEffort, effort_id)
    if effort is None:
        return None
    try:
        cleaned = {key: clean_effort_value(key, value) for key, value in changes.items()}
    except EffortRefused:
        return None
    changed = {key: value for key, value in cleaned.items() if getattr(effort, key) != value}
    if not changed:
        raise NothingToChange
    return Update(ExistingEffort, effort_id, changed, label=QT_TRANSLATE_NOOP("Commands", "Edit existing effort"))


def delete_efforts(store, effort_ids: Iterable[int]) -> Delete | None:
    ids = [i for i in dict.fromkeys(effort_ids) if store.get(ExistingEffort, i) is not None]
    if not ids:
        return None
    return Delete([(ExistingEffort, i) for i in ids], label=QT_TRANSLATE_NOOP("Commands", "Delete existing effort"))


def import_efforts(store, drafts: Sequence) -> Insert | None:
    """Every good row of a checked preview (``importers.existing_efforts``) as one step, all
    or nothing. Efforts already in the register by name are not added twice. None when the
    list brings nothing new; ``count`` is how many are added."""
    known = repo.effort_names(store)
    position = repo.next_effort_position(store)
    new: list[ExistingEffort] = []
    for draft in drafts:
        key = " ".join(draft.name.split()).casefold()
        if key in known:
            continue
        known.add(key)
        new.append(ExistingEffort(
            name=draft.name, theme=draft.theme, level=draft.level, owner=draft.owner, partners=draft.partners,
            funding=draft.funding, target_group=draft.target_group, aim=draft.aim, period=draft.period,
            status=draft.status, eccar_point=draft.eccar_point, track=draft.track, position=position + len(new),
        ))
    if not new:
        return None
    action = Insert(new, label=Plural.translate("Commands", "Import %n existing effort(s)", "", -1))
    action.count = len(new)
    return action


def set_builds_on(store, measure_id: int, effort_id: int, linked: bool) -> Action | None:
    """A measure builds on an effort (or no longer does)."""
    if store.get(Measure, measure_id) is None or store.get(ExistingEffort, effort_id) is None:
        return None
    existing = repo.link(store, measure_id, effort_id)
    if linked == (existing is not None):
        raise NothingToChange
    if linked:
        return Insert([MeasureEffort(measure_id=measure_id, effort_id=effort_id)],
                      label=QT_TRANSLATE_NOOP("Commands", "Measure builds on an effort"))
    assert existing is not None and existing.id is not None
    return Delete([(MeasureEffort, existing.id)], label=QT_TRANSLATE_NOOP("Commands", "Measure no longer builds on an effort"))
