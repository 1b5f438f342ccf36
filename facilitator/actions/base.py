"""Actions and the unit of work they run in (no Qt, no SQL: storage does the writing)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar

from ..domain import limits
from ..domain.entities import Entity, stored_id

if TYPE_CHECKING:
    from ..storage.process_store import ProcessStore, Tombstone

E = TypeVar("E", bound=Entity)

INSERTED, UPDATED, DELETED = "inserted", "updated", "deleted"

#: (table, id, kind): one row an action wrote; kind is inserted, updated or deleted.
Change = tuple[str, int, str]


class Invalid(ValueError):
    """An edit the rules refuse. ``code`` names the rule for the message the user sees."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}".rstrip(": "))
        self.code = code
        self.detail = detail


class TooLong(Invalid):
    """A text longer than its field may hold (``domain/limits.py``): nothing was written."""

    def __init__(self, overlong: limits.Overlong):
        super().__init__("too_long", f"{overlong.table}.{overlong.column}: {overlong.length} > {overlong.limit}")
        self.table = overlong.table
        self.column = overlong.column
        self.limit = overlong.limit
        self.length = overlong.length


def check_lengths(table: str, values: dict) -> None:
    """Raises TooLong for the first text in ``values`` over its field's limit."""
    overlong = limits.first_overlong(table, values)
    if overlong is not None:
        raise TooLong(overlong)


class NothingToChange(Exception):
    """The edit asks for what is already there: nothing to write, nothing to undo."""


class Work:
    """The writes of one action, inside one transaction: each goes to storage at once and is
    recorded as a change, to be announced only after the transaction commits."""

    def __init__(self, store: ProcessStore, *, checked: bool = True):
        self.store = store
        self.changes: list[Change] = []
        # New texts are held to their limits; undo puts back what was there, whatever it was.
        self.checked = checked

    def insert_many(self, entities: Iterable[E]) -> list[E]:
        if self.checked:
            entities = list(entities)
            for entity in entities:
                check_lengths(entity.TABLE, entity.to_row())
        stored = self.store.insert_many(entities)
        self.changes += [(entity.TABLE, stored_id(entity), INSERTED) for entity in stored]
        return stored

    def update(self, cls: type[Entity], entity_id: int, changes: dict) -> dict:
        """Changes the row; returns the values it had before (for undo)."""
        if self.checked:
            check_lengths(cls.TABLE, changes)
        before = self.store.update(cls, entity_id, **changes)
        self.changes.append((cls.TABLE, entity_id, UPDATED))
        return before

    def delete(self, cls: type[Entity], entity_id: int) -> Tombstone:
        """Deletes the row and everything that belongs to it; the tombstone restores them all."""
        tombstone = self.store.delete(cls, entity_id)
        self.changes += [(table, row["id"], DELETED) for table, row in reversed(tombstone.rows)]
        self.changes += [(table, row_id, UPDATED) for table, row_id, _column, _value in tombstone.nulled]
        return tombstone

    def restore(self, tombstone: Tombstone) -> None:
        self.store.restore(tombstone)
        self.changes += [(table, row["id"], INSERTED) for table, row in tombstone.rows]
        self.changes += [(table, row_id, UPDATED) for table, row_id, _column, _value in tombstone.nulled]

    def note(self, table: str, entity_id: int, kind: str = UPDATED) -> None:
        """Records a change storage made on the action's behalf (a repository's own write).
        A row it inserted is held to the limits like any other."""
        if self.checked and kind == INSERTED:
            from ..storage.process_store import entity_class

            row = self.store.get(entity_class(table), entity_id)
            if row is not None:
                check_lengths(table, row.to_row())
        self.changes.append((table, entity_id, kind))


class Action:
    """One edit. ``do`` writes it (the first time and on redo), ``undo`` takes it back;
    both only through the Work they are given. ``label`` is the English text of the undo
    step (marked for translation in the "Commands" context); ``count`` fills its %n."""

    label = ""
    count: int | None = None

    def do(self, work: Work) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo(self, work: Work) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


def perform(store: ProcessStore, action: Action) -> list[Change]:
    """Runs ``action`` in one transaction; the rows it changed, once committed. A failure
    rolls everything back and raises (ProcessFileError for a write the file refused, TooLong
    for a text over its field's limit)."""
    work = Work(store)
    with store.transaction():
        action.do(work)
    return work.changes


def revert(store: ProcessStore, action: Action) -> list[Change]:
    """Undoes ``action`` in one transaction; the rows that changed."""
    work = Work(store, checked=False)
    with store.transaction():
        action.undo(work)
    return work.changes


# --------------------------------------------------------------------------- generic edits


class Insert(Action):
    """Inserts entities. ``build`` may create them from earlier inserts (participants after
    their organisation): it is called with an ``insert`` function. Redo after undo brings
    back the same rows with the same ids."""

    label = "Add"

    def __init__(self, entities: Iterable[Entity] = (), build: Callable | None = None, label: str = ""):
        self.pending = list(entities)
        self.build = build
        self.inserted: list[Entity] = []
        self.label = label or self.label

    def do(self, work: Work) -> None:
        if self.inserted:
            work.insert_many(self.inserted)
            return
        if self.pending:
            self.inserted += work.insert_many(self.pending)
        if self.build is not None:
            self.build(lambda entities: self._record(work.insert_many(entities)))

    def _record(self, stored: list[Entity]) -> list[Entity]:
        self.inserted += stored
        return stored

    def undo(self, work: Work) -> None:
        for entity in reversed(self.inserted):
            work.delete(type(entity), stored_id(entity))

    def first(self, cls: type[Entity]) -> Entity:
        return next(entity for entity in self.inserted if isinstance(entity, cls))


class Updates(Action):
    """Several rows changed as one step, all or nothing: ``(cls, id, changes)`` each."""

    label = "Edit"

    def __init__(self, updates: Sequence[tuple[type[Entity], int, dict]], label: str = ""):
        self.updates = [(cls, entity_id, dict(changes)) for cls, entity_id, changes in updates]
        self.before: list[dict] = []
        self.label = label or self.label

    def do(self, work: Work) -> None:
        self.before = [work.update(cls, entity_id, changes) for cls, entity_id, changes in self.updates]

    def undo(self, work: Work) -> None:
        for (cls, entity_id, _changes), before in zip(reversed(self.updates), reversed(self.before)):
            work.update(cls, entity_id, before)


class Update(Updates):
    """One row changed."""

    def __init__(self, cls: type[Entity], entity_id: int, changes: dict, label: str = ""):
        super().__init__([(cls, entity_id, changes)], label)


class Delete(Action):
    """Rows deleted with everything that belongs to them; undo restores them with their ids."""

    label = "Delete"

    def __init__(self, items: Iterable[tuple[type[Entity], int]], label: str = ""):
        self.items = list(items)
        self.tombstones: list[Tombstone] = []
        self.label = label or self.label

    def do(self, work: Work) -> None:
        self.tombstones = [work.delete(cls, entity_id) for cls, entity_id in self.items]

    def undo(self, work: Work) -> None:
        for tombstone in reversed(self.tombstones):
            work.restore(tombstone)


class Steps(Action):
    """Several actions as one step (done in order, undone in reverse)."""

    def __init__(self, steps: Sequence[Action], label: str = ""):
        self.steps = list(steps)
        self.label = label or (self.steps[0].label if self.steps else "")

    def do(self, work: Work) -> None:
        for step in self.steps:
            step.do(work)

    def undo(self, work: Work) -> None:
        for step in reversed(self.steps):
            step.undo(work)
