"""The register of existing efforts (seed 004's mapping) and the measures that build on
them, in the process file. The only place with SQL for efforts."""

from __future__ import annotations

from ..domain.entities import ExistingEffort, MeasureEffort
from .process_store import ProcessStore


def list_efforts(store: ProcessStore) -> list[ExistingEffort]:
    return store.list(ExistingEffort, order_by="position, id")


def next_effort_position(store: ProcessStore) -> int:
    row = store.conn.execute("SELECT coalesce(max(position), -1) + 1 FROM existing_effort").fetchone()
    return int(row[0])


def effort_names(store: ProcessStore) -> set[str]:
    """The names already in the register, folded (an import skips those)."""
    return {" ".join(str(row[0]).split()).casefold() for row in store.conn.execute("SELECT name FROM existing_effort")}


def links(store: ProcessStore) -> list[tuple[int, int]]:
    """(measure id, effort id) of every "builds on" link."""
    sql = "SELECT measure_id, effort_id FROM measure_effort ORDER BY id"
    return [(row[0], row[1]) for row in store.conn.execute(sql)]


def link(store: ProcessStore, measure_id: int, effort_id: int) -> MeasureEffort | None:
    found = store.list(MeasureEffort, "measure_id = ? AND effort_id = ?", (measure_id, effort_id))
    return found[0] if found else None


def measure_ids_of(store: ProcessStore, effort_id: int) -> list[int]:
    sql = "SELECT measure_id FROM measure_effort WHERE effort_id = ? ORDER BY id"
    return [row[0] for row in store.conn.execute(sql, [effort_id])]
