"""What phones may see: which contributions the coordinator has released.

A contribution is hidden from the phones until it is released (``Contribution.published``);
how that state is stored is known here only, so a moderation state with more values is a
change of this module.
"""

from __future__ import annotations

from ..domain.entities import Contribution
from .process_store import ProcessStore


def released(store: ProcessStore, meeting_id: int) -> list[Contribution]:
    """The contributions of a meeting the phones may show, in capture order."""
    return store.list(Contribution, "meeting_id = ? AND published = 1", (meeting_id,), order_by="position, id")


def unreleased(store: ProcessStore, meeting_id: int) -> list[Contribution]:
    """The contributions of a meeting still hidden from the phones, in capture order."""
    return store.list(Contribution, "meeting_id = ? AND published = 0", (meeting_id,), order_by="position, id")


def of_round(store: ProcessStore, meeting_id: int, round_id: int | None) -> list[Contribution]:
    """The contributions of one round of a meeting (``None``: those without a round)."""
    if round_id is None:
        return store.list(Contribution, "meeting_id = ? AND round_id IS NULL", (meeting_id,), order_by="position, id")
    return store.list(Contribution, "meeting_id = ? AND round_id = ?", (meeting_id, round_id), order_by="position, id")


def is_released(contribution: Contribution) -> bool:
    return bool(contribution.published)
