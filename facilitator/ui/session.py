"""The session: the open process and what runs with it.

One ``Session`` owns the process document (the store and its undo history), the backups of
that file (on opening, every few minutes, before closing, and restoring one), and the
services that live as long as the file is open: the phone sharing. It opens, creates,
recovers and closes process files; the window only shows what the session holds and asks
the coordinator when a decision is hers (recover a damaged file from its backup?).

A process on a network drive (``platform.filesystems``) is opened in a local working copy
(``storage.working_copy``) and saved back a few seconds after each edit, on ``write_back``
(Ctrl+S) and on closing; the session tells the window when that happened or why it could
not (``networkSaved``, ``networkProblem``).

It needs Qt's core (the document's signals and timers) but no widgets.
"""

from __future__ import annotations

import concurrent.futures
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..platform import filesystems, paths
from ..storage import backups
from ..storage.errors import ProblemCode, ProcessFileError
from ..storage.lock import LockedError
from ..storage.process_store import ProcessStore, ReadOnlyStore, check_process_file, open_read_only
from ..storage.working_copy import RemoteChanged, UnsavedWorkingCopy, WorkingCopy

if TYPE_CHECKING:
    from ..share.controller import SharingController
    from .document import ProcessDocument

log = logging.getLogger("facilitator.ui.session")

#: After opening, what writing needs is loaded, then the first backup is made, while the
#: coordinator reads (opening itself only reads).
PREPARE_WRITES_MS = 1000
FIRST_BACKUP_MS = 1500
#: A process on a network drive is saved back this long after the last edit (milliseconds) …
WRITE_BACK_MS = 3000
#: … and, while the share cannot be written, tried again this often.
RETRY_WRITE_BACK_MS = 30_000
#: Closing waits this long (seconds) for the last write-back to a share that does not answer.
LAST_WRITE_BACK_S = 30


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
    #: the process on a network drive was saved back to it (``last_saved_back``)
    networkSaved = Signal()
    #: saving back to the network drive did not happen: the ProcessFileError (REMOTE_CHANGED,
    #: NETWORK_UNAVAILABLE, DISK_FULL, IN_USE …); the local copy keeps everything
    networkProblem = Signal(object)
    #: a write-back finished in the worker: (the WorkingCopy, the exception or None)
    _sentSignal = Signal(object, object)

    def __init__(self, settings, backups_root: Path | None = None, parent: QObject | None = None,
                 working_root: Path | None = None):
        super().__init__(parent)
        self.settings = settings
        self.backups_root = backups_root or paths.backups_dir()
        self._working_root = working_root
        #: the link to the network drive of a process opened there (None: a local file)
        self.network: WorkingCopy | None = None
        #: someone else changed the file on the network drive: no write-back until resolved
        self.conflict: RemoteChanged | None = None
        #: why the last write-back failed (the share gone, full …), or None
        self.write_back_problem: ProcessFileError | None = None
        self.write_back_timer = QTimer(self)
        self.write_back_timer.setSingleShot(True)
        self.write_back_timer.setInterval(WRITE_BACK_MS)
        self.write_back_timer.timeout.connect(self.write_back)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_WRITE_BACK_MS)
        self.retry_timer.timeout.connect(self.write_back)
        # The share is written by one worker thread, one write-back after another.
        self._sender = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="write-back")
        self._in_flight = False
        self._again = False  # an edit came while a write-back was under way
        self._sentSignal.connect(self._sent_back)
        self.document: ProcessDocument | None = None  # the open process
        self.sharing: SharingController | None = None  # of the open process, made when first needed
        #: the lists imported into the open process: inputs no export may be saved over
        self.import_sources: list[Path] = []
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.backup_now)

    # -- opening and closing ----------------------------------------------------------------

    def open(self, path: str | Path, take_over: str | None = None, use_local: bool | None = None) -> None:
        """Opens a process file for writing (migrating an older one after a backup). The file
        already open here stays open. Raises ProcessFileError; ``lock.LockedError`` when
        another window or instance has it (``take_over``: see ``ProcessStore.open``).

        A file on a network drive is opened in a local working copy. When that copy holds
        work never saved back (the app stopped first), ``UnsavedWorkingCopy`` is raised unless
        ``use_local`` says which to use: True the local copy, False the file on the drive
        (the local copy is then kept aside in the working folder)."""
        if self.document is not None and not self.read_only and same_file(self.process_path, path):
            if self.network is None:
                check_process_file(path)  # damaged meanwhile: said, and recovery offered
            return
        if filesystems.on_network_drive(path):
            self._open_network(Path(path), take_over, use_local)
            return
        store = ProcessStore.open(
            Path(path), before_migrating=lambda old: backups.make_backup(old, self.backups_root), take_over=take_over
        )
        self._install(store)

    @property
    def working_root(self) -> Path:
        return self._working_root or paths.working_copies_dir()

    @property
    def process_path(self) -> Path | None:
        """The process file the coordinator opened: on a network drive, the file there (the
        document works on its local copy)."""
        if self.network is not None:
            return self.network.remote
        return self.document.path if self.document is not None else None

    def _open_network(self, path: Path, take_over: str | None, use_local: bool | None) -> None:
        copy = WorkingCopy(path, self.working_root)
        copy.take_lock(take_over)
        try:
            unsaved = copy.unsaved_work()
            if unsaved is not None and use_local is None:
                raise UnsavedWorkingCopy(unsaved)
            if unsaved is not None and not use_local:
                log.info("the unsaved working copy of %s is kept as %s", path, copy.set_aside())
            if unsaved is None or not use_local:
                copy.fetch()
            store = ProcessStore.open(copy.local, before_migrating=lambda old: backups.make_backup(old, self.backups_root))
        except BaseException as error:
            copy.release()
            if isinstance(error, ProcessFileError) and not isinstance(error, (UnsavedWorkingCopy, LockedError)) \
                    and error.path != str(path):
                # Said of the file the coordinator opened, not of its copy in the app's folder.
                raise ProcessFileError(error.code, str(path), error.detail) from error
            raise
        self._install(store, network=copy)
        if unsaved is not None and use_local:
            self.write_back()  # what was kept locally reaches the share now (or is told why not)

    def _create_network(self, path: Path, title: str, municipality: str) -> None:
        copy = WorkingCopy(path, self.working_root)
        if path.exists():
            raise ProcessFileError(ProblemCode.EXISTS, str(path))
        copy.take_lock()
        try:
            store = ProcessStore.create(copy.start_new(), title, municipality)
            try:
                copy.write_back(store)
            except BaseException:
                store.close()
                raise
        except BaseException as error:
            copy.release()
            if isinstance(error, ProcessFileError) and error.path != str(path):
                raise ProcessFileError(error.code, str(path), error.detail) from error
            raise
        self._install(store, network=copy)

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
        copy = None
        if filesystems.on_network_drive(path):  # worked on in a local copy, saved back there
            if path.exists():
                raise ProcessFileError(ProblemCode.EXISTS, str(path))
            copy = WorkingCopy(path, self.working_root)
            copy.take_lock()
            try:
                local = copy.start_new()
                old.save_copy(local)
                new = ProcessStore.open(local)
            except BaseException:
                copy.release()
                raise
        else:
            old.save_copy(path)
            new = ProcessStore.open(path)
        document.store = new
        try:
            old.close()
        except Exception as error:  # the old file is gone; its connection is let go all the same
            log.warning("closing the lost file: %s", error)
        if self.network is not None:
            # The file left behind on the network drive gets what was saved until now (if
            # nobody changed it there); otherwise the copy stays in the working folder.
            left, self.network = self.network, None
            self._last_write_back(left, old.path, tell=False)
        self.network, self.conflict, self.write_back_problem = copy, None, None
        self.settings.remember_file(str(path))
        log.info("the process now lives at %s", path)
        self.moved.emit()
        if copy is not None:
            self.write_back()

    def create(self, path: Path, title: str, municipality: str = "") -> None:
        """A new, empty process file. Raises ProcessFileError."""
        if filesystems.on_network_drive(path):
            self._create_network(Path(path), title, municipality)
            return
        self._install(ProcessStore.create(path, title, municipality))

    def latest_backup(self, path: str | Path):
        """The newest backup of a process file, or None. A file on a network drive was backed
        up from its working copy, so its backups are found by that copy."""
        found = backups.list_backups(Path(path), self.backups_root)
        if not found and filesystems.on_network_drive(path):
            found = backups.list_backups(WorkingCopy(path, self.working_root).local, self.backups_root)
        return found[0] if found else None

    def recover(self, path: str | Path) -> None:
        """Puts the latest backup in place of a damaged file (kept beside it, renamed).
        Raises ProcessFileError with the reason when it cannot."""
        latest = self.latest_backup(path)
        if latest is None:
            raise FileNotFoundError(path)
        if self.document is not None and same_file(self.process_path, path):
            # Our own connection would keep the damaged file from being renamed (Windows), or
            # (Linux) go on writing into it after the rename. No backup of damaged content.
            self.close(backup=False)
        backups.recover_from_backup(latest.path, Path(path))

    def open_demo(self) -> None:
        """The demo process (written on first use). Raises ProcessFileError."""
        from ..demo.builder import ensure_demo

        self.open(ensure_demo(paths.demo_process_path()))

    def _install(self, store: ProcessStore, read_only: bool = False, network: WorkingCopy | None = None) -> None:
        from .document import ProcessDocument

        self.close()
        self.document = ProcessDocument(store, self)
        self.network, self.conflict, self.write_back_problem = network, None, None
        self.settings.remember_file(str(self.process_path))
        if network is not None:
            # Saved back a few seconds after the last edit: one write to the share per pause.
            self.document.rowChanged.connect(lambda *args: self.write_back_timer.start())
            self.document.reloaded.connect(self.write_back_timer.start)
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
        self.write_back_timer.stop()
        self.retry_timer.stop()
        document, self.document = self.document, None
        self.import_sources = []
        store = document.store
        import shiboken6

        shiboken6.delete(document)
        store.close()
        network, self.network = self.network, None
        if network is not None:
            self._last_write_back(network, store.path)
        self.closed.emit()

    def _last_write_back(self, network: WorkingCopy, local: Path, tell: bool = True) -> None:
        """On closing, the local copy (now closed, its log folded in) goes to the share, after
        any write-back under way, waiting at most LAST_WRITE_BACK_S; the share's lock is let
        go when it is done. If it cannot, the copy stays in the working folder and is offered
        when the file is next opened (``tell``: and the window hears why)."""
        conflict = self.conflict
        self.conflict = self.write_back_problem = None
        self._again = False

        def last() -> None:
            try:
                if conflict is None:
                    network.write_back(local)
            finally:
                network.release()

        problem: ProcessFileError | None = None
        try:
            self._sender.submit(last).result(LAST_WRITE_BACK_S)
        except concurrent.futures.TimeoutError:
            problem = ProcessFileError(ProblemCode.NETWORK_UNAVAILABLE, str(network.remote), "no answer")
        except ProcessFileError as error:
            problem = error
        except Exception as error:  # never lose the close over it; the copy is kept
            log.error("the last write-back failed", exc_info=error)
            problem = ProcessFileError(ProblemCode.WRITE_FAILED, str(network.remote), str(error))
        if problem is not None:
            log.error("the last write-back of %s failed: %s", network.remote, problem)
            if tell:
                self.networkProblem.emit(problem)

    # -- a process on a network drive -------------------------------------------------------

    @property
    def last_saved_back(self) -> str:
        """When the process on a network drive was last copied from or saved back to it
        (ISO time with offset); empty for a local file."""
        return self.network.synced_at if self.network is not None else ""

    @property
    def writing_back(self) -> bool:
        """A write-back to the network drive is under way (off the window's thread)."""
        return self._in_flight

    def write_back(self) -> None:
        """Saves the working copy back to the network drive now: the snapshot is taken here,
        the share is written off the window's thread (a share that hangs must not freeze the
        window), one write-back at a time; an edit made meanwhile is sent right after.
        Success is told through ``networkSaved``, a failure through ``networkProblem``, and
        neither stops the work: someone else's change waits for the coordinator
        (``conflict``, ``save_beside``), a share that cannot be written is tried again every
        little while."""
        self.write_back_timer.stop()
        network, document = self.network, self.document
        if network is None or document is None or self.read_only:
            return
        if self.conflict is not None:
            self.networkProblem.emit(self.conflict)
            return
        if self._in_flight:
            self._again = True
            return
        try:
            outgoing = network.prepare(document.store)
        except ProcessFileError as error:
            self._sent_back(network, error)
            return
        self._in_flight = True
        future = self._sender.submit(network.send, outgoing)
        # Handed back to the window's thread: a signal emitted from the worker is queued.
        future.add_done_callback(lambda done: self._sentSignal.emit(network, done.exception()))

    def wait_for_write_back(self, timeout: float | None = None) -> None:
        """Waits until the write-back under way (if any) is done (tests; ``save_beside``)."""
        self._sender.submit(lambda: None).result(timeout)
        QCoreApplication.sendPostedEvents(self)

    def _sent_back(self, network: WorkingCopy, error: BaseException | None) -> None:
        self._in_flight = False
        if network is not self.network:
            pass  # closed or saved elsewhere meanwhile; its last write-back was done then
        elif error is None:
            self.retry_timer.stop()
            self.write_back_problem = None
            self.networkSaved.emit()
        elif isinstance(error, RemoteChanged):
            log.warning("not saved back, changed there meanwhile: %s", error)
            self.conflict = error
            self.retry_timer.stop()
            self.networkProblem.emit(error)
        else:
            if not isinstance(error, ProcessFileError):
                log.error("write-back failed", exc_info=error)
                error = ProcessFileError(ProblemCode.WRITE_FAILED, str(network.remote), str(error))
            log.warning("not saved back: %s", error)
            self.write_back_problem = error
            if not self.retry_timer.isActive():
                self.retry_timer.start()
            self.networkProblem.emit(error)
        if self._again and self.conflict is None:
            self._again = False
            self.write_back()

    def save_beside(self, name: str) -> Path:
        """Someone else changed the file on the network drive: this version is saved next to
        it as ``name`` (theirs is left as it is), and the work goes on in that new file.
        Returns its path. Raises ProcessFileError."""
        network, document = self.network, self.document
        assert network is not None and document is not None, "saving beside needs a process on a network drive"
        self.wait_for_write_back()
        target = network.save_beside(document.store, name)
        self.conflict = self.write_back_problem = None
        self.retry_timer.stop()
        self.settings.remember_file(str(target))
        log.info("saved beside as %s", target)
        self.moved.emit()
        self.networkSaved.emit()
        return target

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
            self._keep_sharing_address(self.sharing)
            self.sharingCreated.emit(self.sharing)
        return self.sharing


    def _keep_sharing_address(self, sharing) -> None:
        """Phones find the laptop again through the same printed QR code only if the address
        stays: the port used last time is tried first, and remembered whenever sharing starts."""
        from .settings import SHARING_ADDRESS, SHARING_PORT

        sharing.remember_last(self.settings.get(SHARING_ADDRESS), self.settings.get(SHARING_PORT))

        def started(on: bool) -> None:
            if on and sharing.is_sharing:
                self.settings.set(SHARING_PORT, sharing.port)
                self.settings.set(SHARING_ADDRESS, sharing.address)

        sharing.sharingChanged.connect(started)


@dataclass
class Erasure:
    """What erasing a person did, and where they may still be."""

    name: str
    #: (table, row id, column, text before, text after) of each field that named them
    changed: list[tuple[str, int, str, str, str]]
    backups: list[backups.Backup]  # backups of this process that still hold them
    exports: list[Path] = field(default_factory=list)  # documents exported from this process


def same_file(one: str | Path | None, other: str | Path | None) -> bool:
    if one is None or other is None:
        return False
    try:
        return Path(one).resolve() == Path(other).resolve()
    except OSError:
        return False


__all__ = ["Erasure", "ProcessFileError", "Session", "same_file"]
