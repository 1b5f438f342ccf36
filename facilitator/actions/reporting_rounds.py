"""A reporting round's filled forms read back: what they change (``plan_round_import``, for
the preview, nothing written) and the changes as ONE undoable step
(``apply_round_import``), each a dated status change in the measure's history with the round
and the department, the indicator's value and a new deadline on the measure itself.

All or nothing: with any problem in any form nothing is applied. A change already recorded
for the round and department, or equal to what the measure already says, is skipped, so
reading the same form again changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..domain.entities import Measure
from ..domain.measures import plan_status_change
from ..domain.reporting_round import FilledForm, RoundPlan, plan_round
from ..domain.vocabulary import QT_TRANSLATE_NOOP
from ..storage import follow_up_rhythm as rhythm_repo
from ..storage import measures_repo as repo
from .base import NothingToChange
from .measures import StatusChanges


def plan_round_import(store, forms: Sequence[FilledForm]) -> RoundPlan:
    """What the forms would change, checked against the process as it is now."""
    measures = {m.id: m for m in store.list(Measure) if m.id is not None}
    wanted = {row.measure_id for form in forms for row in form.rows if row.measure_id in measures}
    history = {measure_id: repo.status_history(store, measure_id) for measure_id in wanted}
    return plan_round(measures, history, list(forms), rhythm_repo.process_key(store.process()))


def apply_round_import(store, forms: Sequence[FilledForm], on: date | str | None = None) -> StatusChanges | None:
    """Every new change of the forms as one step dated ``on`` (default today). None when any
    form or row has a problem (``plan_round_import`` says which); NothingToChange when every
    change is already there."""
    plan = plan_round_import(store, forms)
    if not plan.ok:
        return None
    changes = plan.to_apply
    if not changes:
        raise NothingToChange
    day = on.isoformat() if isinstance(on, date) else (on or date.today().isoformat())

    def write(s) -> list[repo.AppliedStatusChange]:
        plans = []
        for change in changes:
            measure = s.get(Measure, change.measure_id)
            planned = plan_status_change(measure, change.status, day, change.note, edits=change.edits)
            history = planned.history.with_changes(round=change.round, department=change.department,
                                                   indicator_value=change.value or "")
            plans.append(replace(planned, history=history))
        return repo.apply_status_changes(s, plans)

    return StatusChanges(write, label=QT_TRANSLATE_NOOP("Commands", "Read in follow-up forms"))
