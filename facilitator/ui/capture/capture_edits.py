"""Undoable edits of what is said in the room: contributions and a risk's mitigations.

Each function puts one action of ``actions/capture.py`` (where the rules are) on the undo
stack as one step. The action writes everything in one transaction and the document
announces the rows only after it committed, so a write that fails half-way (a full disk)
leaves neither the file nor any model with half an edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...actions import capture
from ...actions.capture import EDITABLE_FIELDS, TARGET_FIELDS  # noqa: F401 - the page's places
from ...domain.vocabulary import ContributionKind
from ..document import ProcessDocument, run_action, run_edit


def add_contribution(
    document: ProcessDocument,
    meeting_id: int,
    text: str,
    kind: str = ContributionKind.NOTE,
    *,
    round_id: int | None = None,
    table_id: int | None = None,
    question_id: int | None = None,
    agenda_item_id: int | None = None,
    mitigations: Sequence[str] = (),
) -> int | None:
    """Saves what was said; the new id once it is committed, None if nothing was written
    (empty text, or the write failed: the window is told through ``writeFailed``)."""
    action = capture.add_contribution(
        document.store, meeting_id, text, kind, round_id=round_id, table_id=table_id,
        question_id=question_id, agenda_item_id=agenda_item_id, mitigations=mitigations,
    )
    if not run_action(document, action):
        return None
    return action.contribution_id


def update_contribution(document: ProcessDocument, contribution_id: int, **changes) -> bool:
    """Changes text, kind or place of one contribution. True if saved (or nothing to change)."""
    return run_edit(document, lambda: capture.update_contribution(document.store, contribution_id, **changes))


def move_contributions(document: ProcessDocument, ids: list[int], **target) -> bool:
    """Moves contributions to another table, round, question or agenda item in one step.

    Only the given fields change: moving to another table keeps each one's round.
    """
    return run_edit(document, lambda: capture.move_contributions(ids, **target))


def delete_contributions(document: ProcessDocument, ids: list[int]) -> bool:
    """Deletes contributions with their mitigations, votes and links; undo brings all back
    with the same ids."""
    return run_edit(document, lambda: capture.delete_contributions(ids))


def set_mitigations(document: ProcessDocument, contribution_id: int, texts: list[str]) -> bool:
    """A risk's ways to reduce it, in order; empty lines are dropped."""
    return run_edit(document, lambda: capture.set_mitigations(document.store, contribution_id, texts))


def mitigations_of(document: ProcessDocument, contribution_id: int) -> list[str]:
    """The mitigation texts of one contribution, in order (for editors)."""
    return capture.mitigation_texts(document.store, contribution_id)
