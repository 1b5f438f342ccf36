"""The window's edits of the plan as a whole: each an action of ``actions/plan.py`` put on
the undo stack as one step. A stage change keeps the catalogue as it then stands
(``export.plan_versions.catalogue_snapshot``), written in the same transaction.

Each function returns False when the rules refused the edit or the write failed (the window
explains a failed write through ``ProcessDocument.writeFailed``); the page asks
``stage_check`` first to say why.
"""

from __future__ import annotations

from ...actions import plan
from ...domain.plan import StageCheck
from ...export.plan_versions import catalogue_snapshot
from ..document import ProcessDocument, run_action, run_edit


def update_texts(document: ProcessDocument, **texts: str) -> bool:
    """The plan's own texts (municipality, title, period, dnr, background, commission,
    purpose, financing); True also when nothing changed."""
    return run_edit(document, lambda: plan.update_plan_texts(document.store, **texts))


def stage_check(document: ProcessDocument, stage: str, day: str) -> StageCheck:
    return plan.stage_check(document.store, stage, day)


def change_stage(document: ProcessDocument, stage: str, day: str, *, body: str = "", dnr: str = "",
                 note: str = "") -> bool:
    """Records a step of the plan with its version; False when refused or not written."""
    action = plan.change_stage(document.store, stage, day, snapshot=catalogue_snapshot, body=body, dnr=dnr, note=note)
    return run_action(document, action)


def correct_step(document: ProcessDocument, change_id: int, **changes: str) -> bool:
    """The body, diarienummer or note of a recorded step; True also when nothing changed."""
    return run_edit(document, lambda: plan.edit_stage_change(document.store, change_id, **changes))
