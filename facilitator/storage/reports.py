"""What the documents read across the aggregates: the minutes, the catalogue and the
spreadsheets (``export/report_data.py``) ask these, in the orders the documents show.

Lists of ids are read in chunks, so a process of any size stays below SQLite's limit of
bound parameters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from ..domain.entities import Contribution, Mitigation, PlanStageChange
from ..domain.vocabulary import ContributionKind
from . import contributions as contribution_repo
from .process_store import ProcessStore

#: Ids bound in one query at most.
CHUNK = 500


def chunks(ids: Iterable[int], size: int = CHUNK) -> Iterator[list[int]]:
    """``ids`` (duplicates dropped, in order) in lists of at most ``size``."""
    ids = list(dict.fromkeys(ids))
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _marks(values: list) -> str:
    return ", ".join("?" for _ in values)


# -- contributions ----------------------------------------------------------------------------


def contributions_by_ids(store: ProcessStore, ids: Iterable[int]) -> list[Contribution]:
    """The contributions with these ids (those that exist), by id."""
    found: list[Contribution] = []
    for chunk in chunks(ids):
        found += store.list(Contribution, f"id IN ({_marks(chunk)})", chunk)
    found.sort(key=lambda c: c.id or 0)
    return found


def all_contributions(store: ProcessStore) -> list[Contribution]:
    """Every contribution of the process, meeting by meeting, each in capture order."""
    return store.list(Contribution, order_by="meeting_id, position, id")


def contributions_of(store: ProcessStore, meeting_id: int | None) -> list[Contribution]:
    """A meeting's contributions in capture order; without a meeting, every one
    (``all_contributions``)."""
    if meeting_id is None:
        return all_contributions(store)
    return contribution_repo.of_meeting(store, meeting_id)


def risks_raised(store: ProcessStore) -> list[Contribution]:
    """Every risk that was named and not merged into another, meeting by meeting, each
    meeting's in capture order."""
    return store.list(
        Contribution,
        "kind = ? AND merged_into_id IS NULL",
        (str(ContributionKind.RISK),),
        order_by="meeting_id, position, id",
    )


def mitigations_by_contribution(store: ProcessStore, contribution_ids: Iterable[int]) -> dict[int, list[Mitigation]]:
    """The mitigations of each of these contributions (risks), each one's in order; a
    contribution without any is left out."""
    result: dict[int, list[Mitigation]] = defaultdict(list)
    for chunk in chunks(contribution_ids):
        for mitigation in contribution_repo.mitigations_of_many(store, chunk):
            result[mitigation.contribution_id].append(mitigation)
    return dict(result)


# -- the plan's stage -------------------------------------------------------------------------


def plan_stage_changes(store: ProcessStore, stage: str) -> list[PlanStageChange]:
    """When the action plan reached ``stage`` (it may have more than once), oldest first."""
    return store.list(PlanStageChange, "stage = ?", (str(stage),), order_by="date, id")
