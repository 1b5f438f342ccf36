"""The plan as a whole: its stage history and its stored versions (the catalogue as it stood
at each stage change).

A file from before migration 0008 (read without migrating, as exports and ``facilitator
plan`` read) has no versions: the functions here then answer as for a plan without any.
"""

from __future__ import annotations

from ..domain.entities import PlanStageChange, PlanVersion
from .process_store import ProcessStore

#: The columns of a version without its content (the list of versions reads only these).
_LISTED = ("id", "stage_change_id", "stage", "date", "created_at")


def stage_history(store: ProcessStore) -> list[PlanStageChange]:
    """Every recorded step of the plan, in the order taken: by date, then as recorded."""
    return store.list(PlanStageChange, order_by="date, id")


def has_versions_table(store: ProcessStore) -> bool:
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return store.conn.execute(sql, [PlanVersion.TABLE]).fetchone() is not None


def versions(store: ProcessStore) -> list[PlanVersion]:
    """The stored versions, oldest first (by date, then as stored), without their content."""
    if not has_versions_table(store):
        return []
    sql = f"SELECT {', '.join(_LISTED)} FROM plan_version ORDER BY date, id"
    return [PlanVersion.from_row(dict(zip(_LISTED, row))) for row in store.conn.execute(sql)]


def version(store: ProcessStore, version_id: int) -> PlanVersion | None:
    """One stored version with its content, or None."""
    if not has_versions_table(store):
        return None
    return store.get(PlanVersion, version_id)


def latest_version(store: ProcessStore, stage: str | None = None) -> PlanVersion | None:
    """The newest stored version (of ``stage``, when given), with its content, or None."""
    if not has_versions_table(store):
        return None
    where, params = ("WHERE stage = ? ", [str(stage)]) if stage is not None else ("", [])
    sql = f"SELECT id FROM plan_version {where}ORDER BY date DESC, id DESC LIMIT 1"
    row = store.conn.execute(sql, params).fetchone()
    return store.get(PlanVersion, row[0]) if row else None


def version_of_change(store: ProcessStore, change_id: int) -> PlanVersion | None:
    """The version stored with a stage change, without its content, or None."""
    if not has_versions_table(store):
        return None
    sql = f"SELECT {', '.join(_LISTED)} FROM plan_version WHERE stage_change_id = ? ORDER BY id"
    row = store.conn.execute(sql, [change_id]).fetchone()
    return PlanVersion.from_row(dict(zip(_LISTED, row))) if row else None
