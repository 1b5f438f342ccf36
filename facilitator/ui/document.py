"""The open process as the UI sees it: the store, its undo stack, and change signals.

Undo commands call the write methods here; each write commits at once through storage and
then announces exactly which rows changed, so models update those rows and nothing else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from .. import actions
from ..actions import DELETED, INSERTED, UPDATED  # noqa: F401 - the models' change kinds
from ..domain.entities import Entity, Organisation, Participant, Process
from ..storage.errors import ProcessFileError
from ..storage.process_store import ProcessStore, entity_class

log = logging.getLogger("facilitator.ui")

class ProcessDocument(QObject):
    #: (table, id, kind) for every row written; kind is inserted/updated/deleted
    rowChanged = Signal(str, int, str)
    #: a write failed (disk full, file gone...): the error, for the window to explain
    writeFailed = Signal(object)
    #: the whole content changed (a backup was restored)
    reloaded = Signal()
    #: the rules refused an edit (actions.Invalid, e.g. a text over its limit): nothing was
    #: written; the error, for the window to explain
    refused = Signal(object)

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

    def execute(self, command: DocumentCommand) -> bool:
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
        except actions.Invalid as error:  # rolled back: nothing was written
            log.info("edit refused: %s", error)
            self.refused.emit(error)
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

    def perform(self, action: actions.Action) -> list[actions.Change]:
        """Runs an action in one transaction and announces the rows it changed once the
        outermost transaction has committed (the one way anything reaches the models)."""
        with self.transaction():
            changes = actions.perform(self.store, action)
            for change in changes:
                self.announce(*change)
        return changes

    def revert(self, action: actions.Action) -> list[actions.Change]:
        with self.transaction():
            changes = actions.revert(self.store, action)
            for change in changes:
                self.announce(*change)
        return changes

    # -- the room's running state (not content: it is saved, but not undone) ------------

    def save_timer(self, record) -> None:
        """Stores the round timer so it survives closing the app."""
        from ..actions.meeting_room import save_timer

        self.perform(save_timer(self.store, record))

    def mark_round(self, round_id: int, **times) -> None:
        """Notes when a round started or ended (rounds held never change in re-planning)."""
        from ..actions.meeting_room import mark_round

        self.perform(mark_round(round_id, **times))

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


class ActionCommand(DocumentCommand):
    """An action of the application layer on the undo stack: the window's only kind of edit."""

    def __init__(self, document: ProcessDocument, text: str, action: actions.Action):
        super().__init__(document, text)
        self.action = action

    def do(self) -> None:
        self.document.perform(self.action)

    def revert(self) -> None:
        self.document.revert(self.action)


def step_label(action: actions.Action) -> str:
    """The translated text of an action's undo step."""
    if action.count is None:
        return QCoreApplication.translate("Commands", action.label)
    return QCoreApplication.translate("Commands", action.label, None, action.count)


def run_action(document: ProcessDocument, action: actions.Action | None, text: str | None = None) -> bool:
    """Puts ``action`` on the undo stack as one step; False if the rules refused it (None) or
    the write failed (the window hears of a failure through ``writeFailed``)."""
    if action is None:
        return False
    return document.execute(ActionCommand(document, text or step_label(action), action))


def run_edit(document: ProcessDocument, build: Callable[[], actions.Action | None], text: str | None = None) -> bool:
    """Builds an action (its rules may refuse: None) and runs it as one undo step. An edit
    that changes nothing (``actions.NothingToChange``) succeeds without a step; one the rules
    refuse with a reason (``actions.Invalid``) is explained through ``refused``: False."""
    try:
        action = build()
    except actions.NothingToChange:
        return True
    except actions.Invalid as error:
        log.info("edit refused: %s", error)
        document.refused.emit(error)
        return False
    return run_action(document, action, text)


def run_explained_here(document: ProcessDocument, build: Callable[[], actions.Action | None],
                       text: str | None = None) -> bool:
    """Like ``run_edit``, for a page that explains the rules' refusals in its own words: an
    ``actions.Invalid`` is raised to it, except a text over its limit, which the window
    explains (``refused``) like every other."""
    try:
        action = build()
    except actions.NothingToChange:
        return True
    except actions.TooLong as error:
        log.info("edit refused: %s", error)
        document.refused.emit(error)
        return False
    return run_action(document, action, text)


class InsertCommand(ActionCommand):
    """Inserts entities in one transaction (``actions.Insert``)."""

    def __init__(self, document, text: str, entities: Iterable[Entity] = (), build: Callable | None = None):
        super().__init__(document, text, actions.Insert(entities, build))

    @property
    def inserted(self) -> list[Entity]:
        return self.action.inserted


class UpdateCommand(ActionCommand):
    def __init__(self, document, text: str, cls: type[Entity], entity_id: int, changes: dict):
        super().__init__(document, text, actions.Update(cls, entity_id, changes))


class UpdatesCommand(ActionCommand):
    """Several updates as one step, all or nothing (``actions.Updates``)."""

    def __init__(self, document, text: str, updates: Sequence[tuple[type[Entity], int, dict]]):
        super().__init__(document, text, actions.Updates(updates))


class DeleteCommand(ActionCommand):
    def __init__(self, document, text: str, items: Iterable[tuple[type[Entity], int]]):
        super().__init__(document, text, actions.Delete(items))

    @property
    def tombstones(self):
        return self.action.tombstones


def entity_for(table: str) -> type[Entity]:
    return entity_class(table)
