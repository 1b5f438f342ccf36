"""The open process as the UI sees it: the store, its undo stack, and change signals.

Undo commands call the write methods here; each write commits at once through storage and
then announces exactly which rows changed, so models update those rows and nothing else.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Callable, Iterable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.entities import Entity, Organisation, Participant, Process
from ..storage.errors import ProcessFileError
from ..storage.process_store import ProcessStore, Tombstone, entity_class

log = logging.getLogger("facilitator.ui")

INSERTED, UPDATED, DELETED = "inserted", "updated", "deleted"


class ProcessDocument(QObject):
    #: (table, id, kind) for every row written; kind is inserted/updated/deleted
    rowChanged = Signal(str, int, str)
    #: a write failed (disk full, file gone...): the error, for the window to explain
    writeFailed = Signal(object)
    #: the whole content changed (a backup was restored)
    reloaded = Signal()

    def __init__(self, store: ProcessStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._pending: list[tuple[str, int, str]] | None = None  # announcements held for a commit
        self._organisation_names: dict[int, str] | None = None
        self._participant_names: dict[int, str] | None = None
        self.rowChanged.connect(self._forget_caches)
        self.reloaded.connect(lambda: self._forget_caches("", 0, ""))
        # Fold the write-ahead log into the file shortly after the last edit, so that a copy
        # of the .facilitator file alone (e-mailed, on a USB stick) has everything.
        self._checkpoint = QTimer(self)
        self._checkpoint.setSingleShot(True)
        self._checkpoint.setInterval(2000)
        self._checkpoint.timeout.connect(self.checkpoint)
        self.rowChanged.connect(lambda *args: self._checkpoint.start())

    def checkpoint(self) -> None:
        try:
            self.store.checkpoint()
        except Exception as error:  # a later checkpoint or the close will fold it in
            log.warning("checkpoint failed: %s", error)

    @property
    def path(self):
        return self.store.path

    def process(self) -> Process:
        return self.store.process()

    # -- commands ----------------------------------------------------------------------

    def execute(self, command: "DocumentCommand") -> bool:
        """Runs a command once and puts it on the undo stack; False if the write failed.

        A failed write raises nothing to the caller: it is reported through writeFailed, and
        the stack is left as it was, so what is on screen matches what is in the file.
        """
        try:
            command.apply()
        except ProcessFileError as error:
            log.error("write failed: %s", error)
            self.writeFailed.emit(error)
            return False
        self.undo_stack.push(command)
        return True

    def _replay_failed(self, error: ProcessFileError) -> None:
        """An undo or redo could not be written: the history no longer matches the file."""
        log.error("undo/redo failed: %s", error)
        self.writeFailed.emit(error)
        QTimer.singleShot(0, self.undo_stack.clear)

    # -- writes used by commands ---------------------------------------------------------

    @contextmanager
    def transaction(self):
        """Groups writes into one transaction. The rows they wrote are announced once it has
        committed, so no view ever shows a row that a failed write rolled back."""
        outermost = self._pending is None
        if outermost:
            self._pending = []
        mark = len(self._pending)
        try:
            with self.store.transaction():
                yield
        except BaseException:
            del self._pending[mark:]
            if outermost:
                self._pending = None
            raise
        if outermost:
            pending, self._pending = self._pending, None
            for change in pending:
                self.rowChanged.emit(*change)

    def announce(self, table: str, entity_id: int, kind: str) -> None:
        """Tells the models a row changed: now, or when the transaction around it commits."""
        if self._pending is not None:
            self._pending.append((table, entity_id, kind))
        else:
            self.rowChanged.emit(table, entity_id, kind)

    def insert_many(self, entities: Iterable[Entity]) -> list[Entity]:
        stored = self.store.insert_many(entities)
        for entity in stored:
            self.announce(entity.TABLE, entity.id, INSERTED)
        return stored

    def update(self, cls: type[Entity], entity_id: int, changes: dict) -> dict:
        before = self.store.update(cls, entity_id, **changes)
        self.announce(cls.TABLE, entity_id, UPDATED)
        return before

    def delete_many(self, items: Iterable[tuple[type[Entity], int]]) -> list[Tombstone]:
        with self.transaction():
            tombstones = [self.store.delete(cls, entity_id) for cls, entity_id in items]
            for tombstone in tombstones:
                self._announce(tombstone, DELETED)
        return tombstones

    def restore_many(self, tombstones: Iterable[Tombstone]) -> None:
        tombstones = list(tombstones)
        with self.transaction():
            for tombstone in tombstones:
                self.store.restore(tombstone)
                self._announce(tombstone, INSERTED)

    def _announce(self, tombstone: Tombstone, kind: str) -> None:
        rows = tombstone.rows if kind == INSERTED else tuple(reversed(tombstone.rows))
        for table, row in rows:
            self.announce(table, row["id"], kind)
        for table, row_id, _column, _value in tombstone.nulled:
            self.announce(table, row_id, UPDATED)

    # -- the room's running state (not content: it is saved, but not undone) ------------

    def save_timer(self, record) -> None:
        """Stores the round timer so it survives closing the app."""
        from ..domain.entities import MeetingTimer

        existing = self.store.list(MeetingTimer, "meeting_id = ?", (record.meeting_id,))
        if existing:
            changes = {k: v for k, v in record.to_row().items() if k not in ("id", "meeting_id")}
            self.store.update(MeetingTimer, existing[0].id, **changes)
            self.rowChanged.emit(MeetingTimer.TABLE, existing[0].id, UPDATED)
        else:
            stored = self.store.insert(record)
            self.rowChanged.emit(MeetingTimer.TABLE, stored.id, INSERTED)

    def mark_round(self, round_id: int, **times) -> None:
        """Notes when a round started or ended (rounds held never change in re-planning)."""
        from ..domain.entities import Round

        self.store.update(Round, round_id, **times)
        self.rowChanged.emit(Round.TABLE, round_id, UPDATED)

    # -- lookups for models --------------------------------------------------------------

    def organisation_name(self, organisation_id: int | None) -> str:
        if organisation_id is None:
            return ""
        if self._organisation_names is None:
            self._organisation_names = self.store.names(Organisation)
        return self._organisation_names.get(organisation_id, "")

    def participant_name(self, participant_id: int | None) -> str:
        if participant_id is None:
            return ""
        if self._participant_names is None:
            self._participant_names = self.store.names(Participant)
        return self._participant_names.get(participant_id, "")

    def _forget_caches(self, table: str, _id: int, _kind: str) -> None:
        if table in ("", Organisation.TABLE):
            self._organisation_names = None
        if table in ("", Participant.TABLE):
            self._participant_names = None


class DocumentCommand(QUndoCommand):
    """An undoable edit. ``apply`` does it the first time (and may fail cleanly); the undo
    stack's first redo() is then skipped."""

    def __init__(self, document: ProcessDocument, text: str):
        super().__init__(text)
        self.document = document
        self._applied = False

    def apply(self) -> None:
        self.do()
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        try:
            self.do()
        except ProcessFileError as error:
            self.document._replay_failed(error)

    def undo(self) -> None:
        try:
            self.revert()
        except ProcessFileError as error:
            self.document._replay_failed(error)

    def do(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class InsertCommand(DocumentCommand):
    """Inserts entities in one transaction. ``build`` may create them from earlier inserts
    (e.g. participants after their organisations): it receives an ``insert`` callable."""

    def __init__(self, document, text: str, entities: Iterable[Entity] = (), build: Callable | None = None):
        super().__init__(document, text)
        self._pending = list(entities)
        self._build = build
        self.inserted: list[Entity] = []

    def do(self) -> None:
        document = self.document
        if self.inserted:  # redo after undo: the same rows with the same ids
            with document.transaction():
                document.insert_many(self.inserted)
            return
        with document.transaction():
            if self._pending:
                self.inserted.extend(document.insert_many(self._pending))
            if self._build is not None:
                self._build(lambda entities: self._record(document.insert_many(entities)))

    def _record(self, stored: list[Entity]) -> list[Entity]:
        self.inserted.extend(stored)
        return stored

    def revert(self) -> None:
        self.document.delete_many([(type(e), e.id) for e in reversed(self.inserted)])


class UpdateCommand(DocumentCommand):
    def __init__(self, document, text: str, cls: type[Entity], entity_id: int, changes: dict):
        super().__init__(document, text)
        self.cls, self.entity_id, self.changes = cls, entity_id, dict(changes)
        self.before: dict = {}

    def do(self) -> None:
        self.before = self.document.update(self.cls, self.entity_id, self.changes)

    def revert(self) -> None:
        self.document.update(self.cls, self.entity_id, self.before)


class UpdatesCommand(DocumentCommand):
    """Several updates as one step, all or nothing: ``(cls, id, changes)`` each (a move of
    many contributions, a theme for a selection, publishing a round)."""

    def __init__(self, document, text: str, updates: Sequence[tuple[type[Entity], int, dict]]):
        super().__init__(document, text)
        self.updates = [(cls, entity_id, dict(changes)) for cls, entity_id, changes in updates]
        self.before: list[dict] = []

    def do(self) -> None:
        with self.document.transaction():
            self.before = [self.document.update(cls, entity_id, changes) for cls, entity_id, changes in self.updates]

    def revert(self) -> None:
        with self.document.transaction():
            for (cls, entity_id, _changes), before in zip(reversed(self.updates), reversed(self.before)):
                self.document.update(cls, entity_id, before)


class DeleteCommand(DocumentCommand):
    def __init__(self, document, text: str, items: Iterable[tuple[type[Entity], int]]):
        super().__init__(document, text)
        self.items = list(items)
        self.tombstones: list[Tombstone] = []

    def do(self) -> None:
        self.tombstones = self.document.delete_many(self.items)

    def revert(self) -> None:
        self.document.restore_many(reversed(self.tombstones))


def entity_for(table: str) -> type[Entity]:
    return entity_class(table)
