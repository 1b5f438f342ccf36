"""The session: the open process and what runs with it.

One ``Session`` owns the process document (the store and its undo history), the backups of
that file (on opening, every few minutes, before closing, and restoring one), and the
services that live as long as the file is open: the phone sharing. It opens, creates,
recovers and closes process files; the window only shows what the session holds and asks
the coordinator when a decision is hers (recover a damaged file from its backup?).

It needs Qt's core (the document's signals and timers) but no widgets.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..platform import paths
from ..storage import backups
from ..storage.errors import ProcessFileError
from ..storage.process_store import ProcessStore, ReadOnlyStore, check_process_file, open_read_only

if TYPE_CHECKING:
    from ..share.controller import SharingController
    from .document import ProcessDocument

log = logging.getLogger("facilitator.ui.session")

#: After opening, what writing needs is loaded, then the first backup is made, while the
#: coordinator reads (opening itself only reads).
PREPARE_WRITES_MS = 1000
FIRST_BACKUP_MS = 1500


class Session(QObject):
    #: a process was opened or created: ``document`` is set
    opened = Signal()
    #: the process is about to close: views of the document must let go of it now
    closing = Signal()
    #: the process is closed: ``document`` is None
    closed = Signal()
    #: the phone sharing of the open process was created (``sharing``)
    sharingCreated = Signal(object)
    #: a problem the coordinator should hear of that stopped nothing (a failed backup)
    warning = Signal(str)
    #: the open process was saved to a new place and is now that file (``save_as``)
    moved = Signal()

    def __init__(self, settings, backups_root: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.backups_root = backups_root or paths.backups_dir()
        self.document: ProcessDocument | None = None  # the open process
        self.sharing: SharingController | None = None  # of the open process, made when first needed
        #: the lists imported into the open process: inputs no export may be saved over
        self.import_sources: list[Path] = []
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.backup_now)

    # -- opening and closing ----------------------------------------------------------------

    def open(self, path: str | Path, take_over: str | None = None) -> None:
        """Opens a process file for writing (migrating an older one after a backup). The file
        already open here stays open. Raises ProcessFileError; ``lock.LockedError`` when
        another window or instance has it (``take_over``: see ``ProcessStore.open``)."""
        if self.document is not None and not self.read_only and same_file(self.document.path, path):
            check_process_file(path)  # damaged meanwhile: said, and recovery offered
            return
        store = ProcessStore.open(
            Path(path), before_migrating=lambda old: backups.make_backup(old, self.backups_root), take_over=take_over
        )
        self._install(store)

    def open_read_only(self, path: str | Path) -> None:
        """Opens a process to look at, while another window or instance writes it: every edit
        is refused (ProblemCode.OPENED_READ_ONLY), no backup is made, nothing is written."""
        self._install(open_read_only(Path(path)), read_only=True)

    @property
    def read_only(self) -> bool:
        return self.document is not None and isinstance(self.document.store, ReadOnlyStore)

    def save_as(self, path: str | Path) -> None:
        """Saves the open process to a new file and goes on there, with its undo history: for
        a file that was moved, replaced or deleted while open (the connection still holds
        everything saved). Raises ProcessFileError."""
        document = self.document
        assert document is not None, "saving needs an open process"
        path = Path(path)
        old = document.store
        old.save_copy(path)
        new = ProcessStore.open(path)
        document.store = new
        try:
            old.close()
        except Exception as error:  # the old file is gone; its connection is let go all the same
            log.warning("closing the lost file: %s", error)
        self.settings.remember_file(str(path))
        log.info("the process now lives at %s", path)
        self.moved.emit()

    def create(self, path: Path, title: str, municipality: str = "") -> None:
        """A new, empty process file. Raises ProcessFileError."""
        self._install(ProcessStore.create(path, title, municipality))

    def latest_backup(self, path: str | Path):
        """The newest backup of a process file, or None."""
        found = backups.list_backups(Path(path), self.backups_root)
        return found[0] if found else None

    def recover(self, path: str | Path) -> None:
        """Puts the latest backup in place of a damaged file (kept beside it, renamed).
        Raises ProcessFileError with the reason when it cannot."""
        latest = self.latest_backup(path)
        if latest is None:
            raise FileNotFoundError(path)
        if self.document is not None and same_file(self.document.path, path):
            # Our own connection would keep the damaged file from being renamed (Windows), or
            # (Linux) go on writing into it after the rename. No backup of damaged content.
            self.close(backup=False)
        backups.recover_from_backup(latest.path, Path(path))

    def open_demo(self) -> None:
        """The demo process (written on first use). Raises ProcessFileError."""
        from ..demo.builder import ensure_demo

        self.open(ensure_demo(paths.demo_process_path()))

    def _install(self, store: ProcessStore, read_only: bool = False) -> None:
        from .document import ProcessDocument

        self.close()
        self.document = ProcessDocument(store, self)
        self.settings.remember_file(str(store.path))
        if read_only:
            self.opened.emit()
            return
        QTimer.singleShot(PREPARE_WRITES_MS, self._prepare_writes)
        QTimer.singleShot(FIRST_BACKUP_MS, self.backup_now)
        from .settings import BACKUP_MINUTES

        self.backup_timer.start(max(1, self.settings.get(BACKUP_MINUTES)) * 60 * 1000)
        self.opened.emit()

    def close(self, backup: bool = True) -> None:
        """Closes the open process: its sharing stops, a last backup is made (unless the
        content is damaged), and the file is released."""
        if self.document is None:
            return
        self.closing.emit()
        self.backup_timer.stop()
        if backup and not self.read_only:
            self.backup_now()
        if self.sharing is not None:
            self.sharing.stop()
            self.sharing = None
        document, self.document = self.document, None
        self.import_sources = []
        store = document.store
        import shiboken6

        shiboken6.delete(document)
        store.close()
        self.closed.emit()

    # -- backups ----------------------------------------------------------------------------

    def _prepare_writes(self) -> None:
        if self.document is not None:
            self.document.store.prepare_writes()

    def backup_now(self) -> None:
        """A backup of the open process; a failure is told, never stops the work."""
        if self.document is None or self.read_only:
            return
        try:
            backups.make_backup(self.document.store, self.backups_root)
        except Exception as error:  # a failed backup must never stop the work
            log.error("backup failed: %s", error)
            self.warning.emit(str(error))

    def backups(self):
        return backups.list_backups(self.document.path, self.backups_root) if self.document is not None else []

    def restore_backup(self, backup_path: Path) -> None:
        """The open process's content replaced by a backup (the current content is backed up
        first); the undo history starts afresh. Raises ProcessFileError."""
        document = self.document
        assert document is not None, "restoring a backup needs an open process"
        backups.restore_backup(backup_path, document.store, self.backups_root)
        document.undo_stack.clear()
        document.reloaded.emit()

    # -- erasing a person -------------------------------------------------------------------

    def erase_person(self, participant_id: int) -> Erasure:
        """Erases a person for good (``actions.register.ErasePerson``, asked for by the
        window first): written in one transaction but not put on the undo stack, the undo
        history cleared (its steps may hold the person), and the file rewritten so no free
        page, search-index entry or write-ahead log keeps them. Returns what changed and
        the backups and exported documents that may still hold the person.
        Raises ProcessFileError when the file refuses the write."""
        from ..actions.register import erase_person

        document = self.document
        assert document is not None, "erasing needs an open process"
        action = erase_person(document.store, participant_id)
        changed = action.changes()
        document.undo_stack.clear()
        document.perform(action)
        document.store.erase_free_pages()
        held = backups.backups_mentioning(document.path, self.backups_root, action.needles)
        exports = self.settings.exports_of(document.path)
        return Erasure(action.person.name, [(m.table, m.row_id, m.column, m.text, new) for m, new in changed], held, exports)

    def purge_backups(self, erasure: Erasure) -> list[Path]:
        """Deletes the backups that hold the erased person; the ones that could not be deleted."""
        return backups.purge_backups(erasure.backups)

    def imported_from(self, path: str | Path) -> None:
        """Remembers a list read into the open process, so nothing is saved over it."""
        path = Path(path)
        if not any(same_file(path, known) for known in self.import_sources):
            self.import_sources.append(path)

    # -- services ---------------------------------------------------------------------------

    def ensure_sharing(self):
        """The phone sharing of the open process, made when first needed (it stays off until
        the coordinator turns it on)."""
        if self.sharing is None and self.document is not None:
            from ..share.controller import SharingController

            self.sharing = SharingController(self.document)
            self.sharingCreated.emit(self.sharing)
        return self.sharing


@dataclass
class Erasure:
    """What erasing a person did, and where they may still be."""

    name: str
    #: (table, row id, column, text before, text after) of each field that named them
    changed: list[tuple[str, int, str, str, str]]
    backups: list[backups.Backup]  # backups of this process that still hold them
    exports: list[Path] = field(default_factory=list)  # documents exported from this process


def same_file(one: str | Path, other: str | Path) -> bool:
    try:
        return Path(one).resolve() == Path(other).resolve()
    except OSError:
        return False


__all__ = ["Erasure", "ProcessFileError", "Session", "same_file"]
