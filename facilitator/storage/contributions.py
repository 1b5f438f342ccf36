"""What was said in the room: contributions and a risk's mitigations (the contribution aggregate).

Every question the rest of the app asks about contributions is a named function here, so
the schema (column names, ``merged_into_id``) is known in storage only.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.entities import Contribution, Mitigation
from .process_store import ProcessStore

ORDER = "position, id"


def _marks(values: list) -> str:
    return ", ".join("?" for _ in values)


def of_meeting(store: ProcessStore, meeting_id: int) -> list[Contribution]:
    """A meeting's contributions in the order they were captured."""
    return store.list(Contribution, "meeting_id = ?", (meeting_id,), order_by=ORDER)


def next_contribution_position(store: ProcessStore, meeting_id: int) -> int:
    """The position a new contribution of the meeting gets (after every other)."""
    return store.next_position(Contribution, "meeting_id = ?", (meeting_id,))


def with_duplicates(store: ProcessStore, ids: Iterable[int]) -> list[Contribution]:
    """The contributions ``ids`` and those merged into any of them (a merge group)."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    marks = _marks(ids)
    return store.list(Contribution, f"id IN ({marks}) OR merged_into_id IN ({marks})", ids + ids)


# -- mitigations ----------------------------------------------------------------------------


def mitigations_of(store: ProcessStore, contribution_id: int) -> list[Mitigation]:
    """A risk's ways to reduce it, in order."""
    return store.list(Mitigation, "contribution_id = ?", (contribution_id,), order_by=ORDER)


def mitigations_of_many(store: ProcessStore, contribution_ids: Iterable[int]) -> list[Mitigation]:
    """The mitigations of several contributions, each one's in order."""
    ids = list(dict.fromkeys(contribution_ids))
    if not ids:
        return []
    return store.list(Mitigation, f"contribution_id IN ({_marks(ids)})", ids, order_by="contribution_id, position, id")


def mitigations_of_meeting(store: ProcessStore, meeting_id: int) -> list[Mitigation]:
    """Every mitigation of a meeting's contributions, grouped by contribution, in order."""
    return store.list(
        Mitigation,
        "contribution_id IN (SELECT id FROM contribution WHERE meeting_id = ?)",
        (meeting_id,),
        order_by="contribution_id, position, id",
    )
