"""What phones may see: releasing and hiding contributions, as undoable steps.

Contributions are hidden from the phones until the coordinator releases them, one by one,
a whole round, or all of a meeting's at once. Each release or hide is one step on the undo
stack (Ctrl+Z hides again what was just released): an action of ``actions/publishing.py``,
written in one transaction. Each function returns how many changed (0: no step).
"""

from __future__ import annotations

from collections.abc import Iterable

from ...actions import publishing
from ..document import ProcessDocument, run_action


def _run(document: ProcessDocument, action) -> int:
    return action.count if run_action(document, action) else 0


def set_published(document: ProcessDocument, ids: Iterable[int], published: bool) -> int:
    """Releases (or hides) the given contributions; returns how many changed (0: no step)."""
    return _run(document, publishing.set_published(document.store, ids, published))


def release(document: ProcessDocument, ids: Iterable[int]) -> int:
    return set_published(document, ids, True)


def hide(document: ProcessDocument, ids: Iterable[int]) -> int:
    return set_published(document, ids, False)


def release_round(document: ProcessDocument, meeting_id: int, round_id: int | None) -> int:
    """Releases every contribution of one round of a meeting (``None``: those without a round)."""
    return _run(document, publishing.release_round(document.store, meeting_id, round_id))


def release_all(document: ProcessDocument, meeting_id: int) -> int:
    return _run(document, publishing.release_all(document.store, meeting_id))


def hide_all(document: ProcessDocument, meeting_id: int) -> int:
    return _run(document, publishing.hide_all(document.store, meeting_id))
