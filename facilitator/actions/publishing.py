"""What phones may see: releasing and hiding contributions.

Contributions are hidden from the phones until the coordinator releases them, one by one,
a whole round, or all of a meeting's at once. Each release or hide is one step (undo hides
again what was just released), written in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.entities import Contribution, stored_id
from ..domain.vocabulary import Plural
from ..storage import publishing
from .base import Updates


def changing(store, ids: Iterable[int], published: bool) -> list[int]:
    """The ids among ``ids`` whose state would change (unknown ids are left out)."""
    result = []
    for cid in dict.fromkeys(ids):
        contribution = store.get(Contribution, cid)
        if contribution is not None and publishing.is_released(contribution) != published:
            result.append(cid)
    return result


def set_published(store, ids: Iterable[int], published: bool) -> Updates | None:
    """Releases (or hides) the given contributions as one step; ``count`` says how many
    change. None when none would."""
    ids = changing(store, ids, published)
    if not ids:
        return None
    if published:
        label = Plural.translate("Commands", "Show %n contribution(s) on phones", "", -1)
    else:
        label = Plural.translate("Commands", "Hide %n contribution(s) from phones", "", -1)
    action = Updates([(Contribution, cid, {"published": published}) for cid in ids], label=label)
    action.count = len(ids)
    return action


def release(store, ids: Iterable[int]) -> Updates | None:
    return set_published(store, ids, True)


def hide(store, ids: Iterable[int]) -> Updates | None:
    return set_published(store, ids, False)


def release_round(store, meeting_id: int, round_id: int | None) -> Updates | None:
    """Releases every contribution of one round of a meeting (``None``: those without a round)."""
    return release(store, [stored_id(c) for c in publishing.of_round(store, meeting_id, round_id)])


def release_all(store, meeting_id: int) -> Updates | None:
    return release(store, [stored_id(c) for c in publishing.unreleased(store, meeting_id)])


def hide_all(store, meeting_id: int) -> Updates | None:
    return hide(store, [stored_id(c) for c in publishing.released(store, meeting_id)])
