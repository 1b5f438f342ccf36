"""The rows a list on screen shows: one kind of entity, filtered by field values and sorted by
fields. Lists name fields, never SQL: the query is built here, from the entity's own fields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from ..domain.entities import Entity
from .process_store import ProcessStore

E = TypeVar("E", bound=Entity)

#: A filter that matches no row (a list before a meeting is chosen).
NOTHING: Mapping[str, object] = {"id": None}


def _fields(cls: type[Entity], names) -> list[str]:
    known = {"id", *cls.field_names()}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValueError(f"{cls.__name__} has no field {unknown[0]!r}")
    return list(names)


def _where(cls: type[Entity], equal: Mapping[str, object] | None) -> tuple[str | None, tuple]:
    if not equal:
        return None, ()
    if equal is NOTHING:
        return "0 = 1", ()
    clauses, params = [], []
    for name in _fields(cls, equal):
        value = equal[name]
        if value is None:
            clauses.append(f"[{name}] IS NULL")
        else:
            clauses.append(f"[{name}] = ?")
            params.append(value)
    return " AND ".join(clauses), tuple(params)


def select(store: ProcessStore, cls: type[E], equal: Mapping[str, object] | None = None,
           order: Sequence[str] = ("id",)) -> list[E]:
    """The entities whose fields equal ``equal`` (all of them for None; none for NOTHING),
    sorted by the fields ``order``."""
    where, params = _where(cls, equal)
    order_by = ", ".join(f"[{name}]" for name in _fields(cls, order or ("id",)))
    return store.list(cls, where, params, order_by=order_by)


def select_one(store: ProcessStore, cls: type[E], entity_id: int,
               equal: Mapping[str, object] | None = None) -> E | None:
    """The entity with this id if it belongs to the list ``equal`` describes."""
    if equal:
        _fields(cls, equal)
    entity = store.get(cls, entity_id)
    if entity is None or equal is NOTHING:
        return None
    if equal and any(getattr(entity, name) != value for name, value in equal.items()):
        return None
    return entity


# -- the old way: a WHERE clause written by the caller ---------------------------------------
# Kept only for the pages that still pass SQL text to EntityTableModel (harvest, sharing,
# the meeting list); they should name fields (``select``) or call their repository instead.


def select_where(store: ProcessStore, cls: type[E], where: str | None, params=(), order_by: str | None = None) -> list[E]:
    return store.list(cls, where, params, order_by=order_by or "id")


def select_one_where(store: ProcessStore, cls: type[E], entity_id: int, where: str | None, params=()) -> E | None:
    found = store.list(cls, "id = ?" + (f" AND ({where})" if where else ""), (entity_id, *params))
    return found[0] if found else None
