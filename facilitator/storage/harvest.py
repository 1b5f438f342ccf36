"""The harvest of a meeting: its themes, the room's dot votes, and its main points and
decisions (``HarvestItem``). Merging duplicates is a change of contributions
(``storage/contributions.py``, planned in ``measures_repo.plan_merge``)."""

from __future__ import annotations

from ..domain.entities import HarvestItem, Theme, Vote
from .process_store import ProcessStore

ORDER = "position, id"


# -- themes ---------------------------------------------------------------------------------


def themes_of(store: ProcessStore, meeting_id: int) -> list[Theme]:
    """A meeting's themes in their order."""
    return store.list(Theme, "meeting_id = ?", (meeting_id,), order_by=ORDER)


def next_theme_position(store: ProcessStore, meeting_id: int) -> int:
    return store.next_position(Theme, "meeting_id = ?", (meeting_id,))


# -- dot votes ------------------------------------------------------------------------------


def votes_of(store: ProcessStore, meeting_id: int) -> list[Vote]:
    """Every dot entry of a meeting."""
    return store.list(Vote, "meeting_id = ?", (meeting_id,))


def votes_for(store: ProcessStore, *, contribution_id: int | None = None, theme_id: int | None = None) -> list[Vote]:
    """The dot entries of one contribution (or, without one, of one theme)."""
    if contribution_id is not None:
        return store.list(Vote, "contribution_id = ?", (contribution_id,))
    return store.list(Vote, "theme_id = ?", (theme_id,))


# -- main points and decisions ----------------------------------------------------------------


def items_of(store: ProcessStore, meeting_id: int | None) -> list[HarvestItem]:
    """A meeting's main points and decisions in their order (none without a meeting)."""
    if meeting_id is None:
        return []
    return store.list(HarvestItem, "meeting_id = ?", (meeting_id,), order_by=ORDER)


def next_item_position(store: ProcessStore, meeting_id: int) -> int:
    return store.next_position(HarvestItem, "meeting_id = ?", (meeting_id,))
