"""A process on a network drive, worked on in a local copy and saved back safely (issue 14).

SQLite's write-ahead log needs shared memory that two computers cannot share, so a process
file on a network drive (SMB, NFS; ``platform.filesystems``) is never opened there. Instead:

* **Opening** takes the file's lock on the share (``storage.lock``: a colleague on another
  computer sees who has it), copies the file into a working folder of the app's own data,
  and records the remote file's identity: size, modification time (ns) and SHA-256. The
  window then opens the local copy with the write-ahead log as usual.
* **Saving back** (``write_back``: a few seconds after an edit, on Ctrl+S and on closing)
  takes a consistent snapshot of the local copy (SQLite's backup API, without the log),
  checks that the remote file is still exactly the one copied (identity unchanged), writes
  the snapshot to a temporary file in the same remote folder, flushes and fsyncs it, and
  replaces the remote file with it in one step (``files.replace``). If someone else changed
  the file meanwhile nothing is overwritten (REMOTE_CHANGED): the snapshot can be saved
  beside it under a new name (``save_beside``). If the share cannot be written (gone, full,
  the file held open) the local copy keeps everything and the next write-back catches up.
* **After a crash** the local copy may hold work that never reached the share: the next
  opening of that file finds it (``unsaved_work``) and the coordinator chooses which to use;
  the local copy not chosen is kept aside in the working folder.
* **Readers** (``facilitator info``, exports) read a snapshot copied to a local temporary
  file (``local_snapshot``), never the share itself.

No Qt here: storage never imports it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import sqlite3
import tempfile
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import files
from . import lock as locks
from .errors import ProblemCode, ProcessFileError

if TYPE_CHECKING:
    from .process_store import ProcessStore

log = logging.getLogger("facilitator.storage")

#: The state of a working copy, beside it.
STATE = "state.json"
#: How many times a copy from the share is tried when the file changes while it is read.
COPY_ATTEMPTS = 3
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Identity:
    """What the remote file was when it was copied or last written: if any of it differs,
    someone else has changed it."""

    size: int
    mtime_ns: int
    sha256: str


@dataclass(frozen=True)
class UnsavedWork:
    """A local copy that holds changes the share has not got (the app stopped before it
    could save them back)."""

    remote: Path
    changed_at: datetime  # when the local copy was last written
    remote_changed: bool  # the remote file has changed too since it was copied
    folder: Path  # the working folder, where a copy set aside is kept


@dataclass(frozen=True)
class Outgoing:
    """A snapshot of the local copy, made to be sent to the share."""

    path: Path
    digest: str


class RemoteChanged(ProcessFileError):
    """Someone else changed (detail "changed") or removed ("removed") the remote file since
    it was copied: nothing was written over it."""

    def __init__(self, path: Path, detail: str = ""):
        super().__init__(ProblemCode.REMOTE_CHANGED, str(path), detail)


class UnsavedWorkingCopy(ProcessFileError):
    """Opening found a local copy with work never saved back: the coordinator chooses."""

    def __init__(self, work: UnsavedWork):
        super().__init__(ProblemCode.UNSAVED_WORKING_COPY, str(work.remote))
        self.work = work


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def identity_of(path: Path) -> Identity | None:
    """The identity of the file at ``path`` now, or None when there is none (but its folder
    is there). Raises OSError when the folder itself cannot be reached."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise
        return None
    return Identity(status.st_size, status.st_mtime_ns, _sha256(path))


def snapshot(source: ProcessStore | Path, target: Path) -> str:
    """Writes a complete, consistent copy of a process to the new file ``target`` (SQLite's
    backup API, then out of write-ahead-log mode so the file alone is whole and nobody who
    opens it from the share starts a log there) and returns its SHA-256. The same content
    always gives the same bytes, so the digest says whether anything changed."""
    files.remove(target)
    own = sqlite3.connect(str(source), isolation_level=None) if isinstance(source, Path) else None
    connection = own if own is not None else source.conn  # type: ignore[union-attr]
    try:
        destination = sqlite3.connect(str(target), isolation_level=None)
        try:
            connection.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE").fetchall()
        finally:
            destination.close()
    except BaseException:
        files.remove_quietly(target)
        raise
    finally:
        if own is not None:
            own.close()
    return _sha256(target)


def _share_error(error: OSError, path: Path) -> ProcessFileError:
    if files.is_sharing_violation(error):
        return ProcessFileError(ProblemCode.IN_USE, str(path), str(error))
    if getattr(error, "errno", None) == 28:
        return ProcessFileError(ProblemCode.DISK_FULL, str(path), str(error))
    return ProcessFileError(ProblemCode.NETWORK_UNAVAILABLE, str(path), str(error))


def _write_durably(source: Path, target: Path) -> None:
    """Copies ``source`` to the new file ``target``: flushed and fsynced before returning."""
    with open(source, "rb") as reading, open(target, "xb") as writing:
        while chunk := reading.read(_CHUNK):
            writing.write(chunk)
        writing.flush()
        os.fsync(writing.fileno())


def _sync_folder(folder: Path) -> None:
    """Makes a rename in ``folder`` durable (POSIX; Windows has no folder handles for this)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _temporary_beside(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")


def working_folder(remote: Path, root: Path) -> Path:
    """One folder per remote file, named so two files called the same never mix."""
    key = os.path.normcase(os.path.abspath(remote))
    digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return Path(root) / f"{remote.stem}-{digest}"


class WorkingCopy:
    """The local copy of one process file on a network drive, and its link to the share."""

    def __init__(self, remote: str | os.PathLike, root: Path):
        self.remote = Path(os.path.abspath(remote))
        self.folder = working_folder(self.remote, root)
        self.local = self.folder / self.remote.name
        #: the remote file as last copied or written back (None: not made there yet)
        self.synced: Identity | None = None
        self.synced_at: str = ""  # when it was last copied or written back (ISO, with offset)
        #: the digest of the local copy's content as it was then (``snapshot``): differs once edited
        self.content: str = ""
        self.lock: locks.ProcessLock | None = None  # on the share, while open
        self._load_state()

    # -- the state beside the copy ----------------------------------------------------------

    def _load_state(self) -> None:
        try:
            data = json.loads((self.folder / STATE).read_text(encoding="utf-8"))
            if data.get("remote") != str(self.remote):
                return
            synced = data.get("synced")
            self.synced = Identity(int(synced["size"]), int(synced["mtime_ns"]), str(synced["sha256"])) if synced else None
            self.synced_at = str(data.get("synced_at", ""))
            self.content = str(data.get("content", ""))
        except (OSError, ValueError, KeyError, TypeError):
            self.synced = None

    def _save_state(self) -> None:
        data = {"remote": str(self.remote), "synced": asdict(self.synced) if self.synced else None,
                "synced_at": self.synced_at, "content": self.content}
        partial = self.folder / (STATE + ".partial")
        with open(partial, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        files.replace(partial, self.folder / STATE)

    # -- the lock on the share ----------------------------------------------------------------

    def take_lock(self, take_over: str | None = None) -> None:
        """The remote file's lock (``lock.acquire``): raises LockedError naming who has it.
        A share that cannot be reached is NETWORK_UNAVAILABLE."""
        if not self.remote.parent.is_dir():
            raise ProcessFileError(ProblemCode.NETWORK_UNAVAILABLE, str(self.remote))
        self.lock = locks.acquire(self.remote, take_over=take_over)

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # -- opening ------------------------------------------------------------------------------

    def unsaved_work(self) -> UnsavedWork | None:
        """Whether the local copy holds changes that were never saved back (the app stopped
        first): its content differs from what was last copied or written back."""
        if not self.local.is_file() or self.synced is None and not (self.folder / STATE).is_file():
            return None
        probe = self.folder / f"probe-{secrets.token_hex(4)}.tmp"
        try:
            digest = snapshot(self.local, probe)
        except (sqlite3.Error, OSError) as error:
            log.warning("could not read the working copy %s: %s", self.local, error)
            return None
        finally:
            files.remove_quietly(probe)
        if digest == self.content:
            return None
        changed = max((Path(str(self.local) + s).stat().st_mtime for s in ("", "-wal") if Path(str(self.local) + s).exists()),
                      default=0.0)
        try:
            remote_changed = identity_of(self.remote) != self.synced
        except OSError:
            remote_changed = False
        return UnsavedWork(self.remote, datetime.fromtimestamp(changed).astimezone(), remote_changed, self.folder)

    def fetch(self) -> Path:
        """Copies the remote file into the working folder (over any earlier copy) and records
        its identity; returns the local copy. Raises ProcessFileError NOT_FOUND or
        NETWORK_UNAVAILABLE."""
        self.folder.mkdir(parents=True, exist_ok=True)
        log_beside = Path(str(self.remote) + "-wal")
        with contextlib.suppress(OSError):
            if log_beside.stat().st_size > 0:
                # Someone opened it on the share itself (an older Facilitator, another tool):
                # its write-ahead log may hold what the file alone lacks; copying just the
                # file would lose it, and writing back beside that log would damage the file.
                raise ProcessFileError(ProblemCode.IN_USE, str(self.remote), "write-ahead log on the share")
        for suffix in ("-wal", "-shm", "-journal", ""):
            files.remove(Path(str(self.local) + suffix))
        partial = self.folder / (self.local.name + ".partial")
        for _attempt in range(COPY_ATTEMPTS):
            try:
                before = os.stat(self.remote)
                digest = hashlib.sha256()
                with open(self.remote, "rb") as reading, open(partial, "wb") as writing:
                    while chunk := reading.read(_CHUNK):
                        digest.update(chunk)
                        writing.write(chunk)
                    writing.flush()
                    os.fsync(writing.fileno())
                after = os.stat(self.remote)
            except FileNotFoundError as error:
                files.remove_quietly(partial)
                code = ProblemCode.NOT_FOUND if self.remote.parent.is_dir() else ProblemCode.NETWORK_UNAVAILABLE
                raise ProcessFileError(code, str(self.remote), str(error)) from error
            except OSError as error:
                files.remove_quietly(partial)
                raise _share_error(error, self.remote) from error
            if (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns):
                break
            log.info("%s changed while it was copied; copying again", self.remote)
        files.replace(partial, self.local)
        probe = self.folder / "probe.tmp"
        try:
            self.content = snapshot(self.local, probe)
        except sqlite3.Error:
            self.content = ""  # not a database: opening it says so
        finally:
            files.remove_quietly(probe)
        self.synced = Identity(after.st_size, after.st_mtime_ns, digest.hexdigest())
        self.synced_at = _now()
        self._save_state()
        log.info("working on %s in the local copy %s", self.remote, self.local)
        return self.local

    def start_new(self) -> Path:
        """For a process created (or saved) onto the share: the working folder made empty,
        and nothing there yet (``synced`` None: the remote file must not exist when it is
        first written back). Returns where the local copy is to be made."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for suffix in ("-wal", "-shm", "-journal", ""):
            files.remove(Path(str(self.local) + suffix))
        self.synced = None
        self.synced_at = self.content = ""
        self._save_state()
        return self.local

    # -- saving back --------------------------------------------------------------------------

    def _check_unchanged(self) -> None:
        try:
            now = identity_of(self.remote)
        except OSError as error:
            raise _share_error(error, self.remote) from error
        if now != self.synced:
            raise RemoteChanged(self.remote, "removed" if now is None else "changed")

    def write_back(self, source: ProcessStore | Path) -> bool:
        """Saves the local copy (its open store, or the closed file) to the share,
        safely: ``prepare`` then ``send``. False when the share already has exactly this
        content. Raises RemoteChanged when someone else changed or removed the remote file
        meanwhile (nothing is written), ProcessFileError NETWORK_UNAVAILABLE, DISK_FULL or
        IN_USE when the share refuses (nothing there changes; the local copy keeps
        everything)."""
        return self.send(self.prepare(source))

    def prepare(self, source: ProcessStore | Path) -> Outgoing:
        """The first half of a write-back, on the thread that owns ``source``: a snapshot of
        the local copy in the working folder (local and quick)."""
        outgoing = self.folder / f"outgoing-{secrets.token_hex(4)}.tmp"
        try:
            return Outgoing(outgoing, snapshot(source, outgoing))
        except sqlite3.Error as error:
            raise ProcessFileError(ProblemCode.WRITE_FAILED, str(self.local), str(error)) from error
        except OSError as error:
            raise ProcessFileError(ProblemCode.WRITE_FAILED, str(self.local), str(error)) from error

    def send(self, outgoing: Outgoing) -> bool:
        """The second half: everything that touches the share, which may be slow or hang,
        so the window runs it off its thread (one at a time). Always removes ``outgoing``."""
        try:
            if self.synced is not None and outgoing.digest == self.content:
                self._check_unchanged()  # nothing to write, but a change there is told at once
                return False
            self._check_unchanged()
            self._send(outgoing.path, self.remote, outgoing.digest)
        finally:
            files.remove_quietly(outgoing.path)
        return True

    def _send(self, outgoing: Path, target: Path, digest: str) -> None:
        partial = _temporary_beside(target)
        try:
            _write_durably(outgoing, partial)
            if target == self.remote:
                self._check_unchanged()  # again, right before: the window of a race is the replace itself
            files.replace(partial, target)
            _sync_folder(target.parent)
            status = os.stat(target)
        except ProcessFileError:
            files.remove_quietly(partial)
            raise
        except OSError as error:
            files.remove_quietly(partial)
            raise _share_error(error, target) from error
        self.synced = Identity(status.st_size, status.st_mtime_ns, digest)
        self.synced_at, self.content = _now(), digest
        self._save_state()
        log.info("saved back to %s", target)

    def save_beside(self, source: ProcessStore | Path, name: str) -> Path:
        """Saves this version next to the remote file under a new ``name`` (the remote file was
        changed by someone else and is left as it is), and goes on with that file: its lock is
        taken, the old one let go. Returns the new remote path. Raises ProcessFileError
        (EXISTS, and as ``write_back``)."""
        target = self.remote.with_name(name)
        if target.exists():
            raise ProcessFileError(ProblemCode.EXISTS, str(target))
        new_lock = locks.acquire(target)
        outgoing = self.folder / f"outgoing-{secrets.token_hex(4)}.tmp"
        try:
            digest = snapshot(source, outgoing)
            if target.exists():
                raise ProcessFileError(ProblemCode.EXISTS, str(target))
            self._send(outgoing, target, digest)
        except BaseException:
            new_lock.release()
            raise
        finally:
            files.remove_quietly(outgoing)
        self.release()
        self.lock = new_lock
        self.remote = target
        self._save_state()
        return target

    def set_aside(self) -> Path:
        """Moves an unsaved local copy out of the way (the coordinator chose the remote file),
        keeping it in the working folder under a dated name; returns where."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = self.folder / f"{self.local.stem}.set-aside-{stamp}{self.local.suffix}"
        snapshot(self.local, kept)
        for suffix in ("-wal", "-shm", ""):
            files.remove(Path(str(self.local) + suffix))
        return kept


# -- readers ------------------------------------------------------------------------------------


def local_snapshot(remote: Path) -> Path:
    """A private local copy of a process file on a network drive, for a reader (``info``,
    an export): copied byte for byte and then checked, so the share is only read. The caller
    deletes it (``ReadOnlyStore.close`` does). Raises ProcessFileError."""
    folder = Path(tempfile.mkdtemp(prefix="facilitator-read-"))
    target = folder / remote.name
    try:
        for suffix in ("", "-wal"):  # a log left on the share by someone else is read too, never written
            if suffix and not Path(str(remote) + suffix).is_file():
                continue
            with open(str(remote) + suffix, "rb") as reading, open(str(target) + suffix, "wb") as writing:
                while chunk := reading.read(_CHUNK):
                    writing.write(chunk)
    except FileNotFoundError as error:
        remove_snapshot(target)
        code = ProblemCode.NOT_FOUND if remote.parent.is_dir() else ProblemCode.NETWORK_UNAVAILABLE
        raise ProcessFileError(code, str(remote), str(error)) from error
    except OSError as error:
        remove_snapshot(target)
        raise _share_error(error, remote) from error
    return target


def remove_snapshot(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        files.remove_quietly(Path(str(path) + suffix))
    with contextlib.suppress(OSError):
        path.parent.rmdir()
