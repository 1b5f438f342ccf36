"""What phones may see: releasing and hiding contributions, as undoable commands.

Contributions are hidden from the phones until the coordinator releases them, one by one,
a whole round, or all of a meeting's at once. Each release or hide is one step on the undo
stack (Ctrl+Z hides again what was just released): one ``UpdatesCommand`` of
``Contribution.published``, written in one transaction.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication

from ..domain.entities import Contribution
from .document import ProcessDocument, UpdatesCommand


def _changing(document: ProcessDocument, ids: Iterable[int], published: bool) -> list[int]:
    """The ids among ``ids`` whose state would change (unknown ids are left out)."""
    result = []
    for cid in dict.fromkeys(ids):
        contribution = document.store.get(Contribution, cid)
        if contribution is not None and contribution.published != published:
            result.append(cid)
    return result


def set_published(document: ProcessDocument, ids: Iterable[int], published: bool) -> int:
    """Releases (or hides) the given contributions; returns how many changed (0: no step)."""
    changing = _changing(document, ids, published)
    count = len(changing)
    if not count:
        return 0
    if published:
        text = QCoreApplication.translate("Commands", "Show %n contribution(s) on phones", "", count)
    else:
        text = QCoreApplication.translate("Commands", "Hide %n contribution(s) from phones", "", count)
    return count if document.execute(UpdatesCommand(document, text, [(Contribution, cid, {"published": published}) for cid in changing])) else 0


def release(document: ProcessDocument, ids: Iterable[int]) -> int:
    return set_published(document, ids, True)


def hide(document: ProcessDocument, ids: Iterable[int]) -> int:
    return set_published(document, ids, False)


def release_round(document: ProcessDocument, meeting_id: int, round_id: int | None) -> int:
    """Releases every contribution of one round of a meeting (``None``: those without a round)."""
    if round_id is None:
        rows = document.store.list(Contribution, "meeting_id = ? AND round_id IS NULL", [meeting_id])
    else:
        rows = document.store.list(Contribution, "meeting_id = ? AND round_id = ?", [meeting_id, round_id])
    return release(document, [c.id for c in rows])


def release_all(document: ProcessDocument, meeting_id: int) -> int:
    rows = document.store.list(Contribution, "meeting_id = ? AND published = 0", [meeting_id])
    return release(document, [c.id for c in rows])


def hide_all(document: ProcessDocument, meeting_id: int) -> int:
    rows = document.store.list(Contribution, "meeting_id = ? AND published = 1", [meeting_id])
    return hide(document, [c.id for c in rows])
