"""The coordinator's review of what phones sent, as undoable steps (``actions/phone_input``).

Each function puts one step on the undo stack and returns whether it did; approving,
merging or rejecting several submissions at once is one step.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...actions import phone_input
from ..document import ProcessDocument, run_edit


def set_phone_input(document: ProcessDocument, meeting_id: int, on: bool) -> bool:
    return run_edit(document, lambda: phone_input.set_phone_input(document.store, meeting_id, on))


def approve(document: ProcessDocument, ids: Iterable[int]) -> bool:
    ids = list(ids)
    return run_edit(document, lambda: phone_input.approve(document.store, ids))


def merge(document: ProcessDocument, ids: Iterable[int], into_id: int) -> bool:
    ids = list(ids)
    return run_edit(document, lambda: phone_input.merge(document.store, ids, into_id))


def reject(document: ProcessDocument, ids: Iterable[int]) -> bool:
    ids = list(ids)
    return run_edit(document, lambda: phone_input.reject(document.store, ids))


def reopen(document: ProcessDocument, ids: Iterable[int]) -> bool:
    ids = list(ids)
    return run_edit(document, lambda: phone_input.reopen(document.store, ids))


def edit(document: ProcessDocument, submission_id: int, text: str | None = None, kind: str | None = None) -> bool:
    """Raises actions.Invalid (its code: "empty", "too_long") for a text that cannot be kept."""
    return run_edit(document, lambda: phone_input.edit(document.store, submission_id, text=text, kind=kind))
