"""Edits of the plan as a whole: its own texts, and the steps through its stages, each step
with a dated copy of the catalogue (a plan version) written in the same transaction.

The rules are the domain's (``domain/plan.py``); the reads are storage's (``storage/plan.py``).
The copy of the catalogue is made by a function the caller passes (``snapshot(store) -> str``;
the window and the command line pass ``export.plan_versions.catalogue_snapshot``): this layer
does not know the catalogue's read model, and does not import Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ..domain.entities import PlanStageChange, PlanVersion, Process, stored_id
from ..domain.plan import PLAN_TEXT_FIELDS, StageCheck, check_stage_change, clean_text, parse_stage
from ..domain.vocabulary import QT_TRANSLATE_NOOP
from ..storage import plan as repo
from .base import Insert, NothingToChange, Steps, Update, Updates, Work

#: Makes the stored copy of the catalogue from the store, inside the step's transaction.
Snapshot = Callable[..., str]

PROCESS_ID = 1


def update_plan_texts(store, **changes: str) -> Update | None:
    """Changes the plan's own texts (``domain.plan.PLAN_TEXT_FIELDS``) as one step; None for a
    field that is not one of them; NothingToChange when every text is already so."""
    if not changes or set(changes) - set(PLAN_TEXT_FIELDS):
        return None
    if not all(isinstance(value, str) for value in changes.values()):
        return None
    process = store.process()
    cleaned = {name: clean_text(name, value) for name, value in changes.items()}
    cleaned = {name: value for name, value in cleaned.items() if getattr(process, name) != value}
    if not cleaned:
        raise NothingToChange
    return Update(Process, PROCESS_ID, cleaned, label=QT_TRANSLATE_NOOP("Commands", "Change the plan's text"))


def stage_check(store, stage: str, day: str) -> StageCheck:
    """Whether the plan may move to ``stage`` on ``day`` now, and if not, why."""
    return check_stage_change(store.process().plan_stage, repo.stage_history(store), stage, day)


class StoreVersion(Insert):
    """The plan version of a stage change: made by ``snapshot`` the first time, inside the
    transaction, after the change is written; redo puts back the same copy."""

    def __init__(self, change: Insert, snapshot: Snapshot, now: str):
        super().__init__(build=self._make)
        self.change, self.snapshot, self.now = change, snapshot, now
        self.work: Work | None = None

    def do(self, work: Work) -> None:
        self.work = work
        try:
            super().do(work)
        finally:
            self.work = None

    def _make(self, insert) -> None:
        assert self.work is not None
        change = self.change.first(PlanStageChange)
        assert isinstance(change, PlanStageChange)
        content = self.snapshot(self.work.store)
        insert([PlanVersion(stage_change_id=stored_id(change), stage=change.stage, date=change.date,
                            created_at=self.now, content=content)])

    @property
    def version(self) -> PlanVersion | None:
        found = [entity for entity in self.inserted if isinstance(entity, PlanVersion)]
        return found[0] if found else None


class ChangeStage(Steps):
    """A step of the plan: the dated stage change, the process's stage, and the version."""

    def __init__(self, change: PlanStageChange, snapshot: Snapshot, now: str):
        self.record = Insert([change])
        self.stage = Update(Process, PROCESS_ID, {"plan_stage": change.stage, "plan_stage_date": change.date})
        self.store_version = StoreVersion(self.record, snapshot, now)
        super().__init__([self.record, self.stage, self.store_version],
                         label=QT_TRANSLATE_NOOP("Commands", "Change the plan's stage"))

    @property
    def change(self) -> PlanStageChange:
        found = self.record.first(PlanStageChange)
        assert isinstance(found, PlanStageChange)
        return found

    @property
    def version(self) -> PlanVersion | None:
        return self.store_version.version


def change_stage(store, stage: str, day: str, *, snapshot: Snapshot, body: str = "", dnr: str = "", note: str = "",
                 now: str | None = None) -> ChangeStage | None:
    """Moves the plan to ``stage`` (any word ``domain.plan.parse_stage`` knows) on ``day``
    (YYYY-MM-DD), decided by ``body`` under diarienummer ``dnr``, with a note; keeps the
    catalogue as it then stands. None when the rules refuse (``stage_check`` says why)."""
    target = parse_stage(stage)
    if target is None or not stage_check(store, target, day).allowed:
        return None
    change = PlanStageChange(stage=str(target), date=day.strip(), note=note.strip(), body=" ".join(body.split()),
                             dnr=" ".join(dnr.split()))
    return ChangeStage(change, snapshot, now or datetime.now().astimezone().isoformat(timespec="seconds"))


def edit_stage_change(store, change_id: int, **changes: str) -> Updates | None:
    """Corrects the body, diarienummer or note of a recorded step (its stage and date, and the
    version kept with it, stay as they were). None for another field or a step that does not
    exist; NothingToChange when nothing differs."""
    if not changes or set(changes) - {"body", "dnr", "note"}:
        return None
    existing = store.get(PlanStageChange, change_id)
    if existing is None:
        return None
    cleaned = {name: (value.strip() if name == "note" else " ".join(value.split())) for name, value in changes.items()}
    cleaned = {name: value for name, value in cleaned.items() if getattr(existing, name) != value}
    if not cleaned:
        raise NothingToChange
    return Updates([(PlanStageChange, change_id, cleaned)],
                   label=QT_TRANSLATE_NOOP("Commands", "Change a step of the plan"))
