"""One writer per process file (issue 14): a lock file beside the process.

``<name>.facilitator.lock`` holds JSON (host, user, pid, since, a random id). It is created
atomically (``O_CREAT | O_EXCL``, which Windows honours too), kept open by the writer for as
long as it writes, and removed when it closes. Readers (``info``, exports, backups) never
take it: they do not write.

A lock left behind by a crash is recognised: on this computer, a lock whose process no
longer runs is stale and is taken over (renamed away first, so of two instances taking it
over at once only one succeeds). A lock from another computer (a shared folder) cannot be
checked that way; it is only taken over when the coordinator confirms it (``take_over``
with the id she was shown), which the window offers once it is old (``looks_abandoned``).

No Qt here: storage never imports it.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import secrets
import socket
import sys
import weakref
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from . import files
from .errors import ProblemCode, ProcessFileError

log = logging.getLogger("facilitator.storage")

SUFFIX = ".lock"
#: A lock from another computer this old may be abandoned (the window then offers to take it over).
ABANDONED_AFTER = timedelta(hours=12)
#: A lock file being written by another instance right now is given this long to be complete.
PARTIAL_GRACE = timedelta(seconds=10)


@dataclass(frozen=True)
class Holder:
    """Who holds a process file for writing."""

    host: str
    user: str
    pid: int
    since: str  # ISO time with offset
    id: str

    @property
    def on_this_computer(self) -> bool:
        return self.host.lower() == _host().lower()

    @property
    def this_instance(self) -> bool:
        return self.on_this_computer and self.pid == os.getpid()

    def since_time(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.since)
        except ValueError:
            return None

    def looks_abandoned(self, now: datetime | None = None) -> bool:
        """Old enough that a lock from another computer may have been left by a crash."""
        since = self.since_time()
        if since is None:
            return True
        now = now or datetime.now().astimezone()
        if since.tzinfo is None:
            since = since.astimezone()
        return now - since > ABANDONED_AFTER

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


class LockedError(ProcessFileError):
    """The process is open for writing elsewhere; ``holder`` says who, since when."""

    def __init__(self, path: str, holder: Holder):
        super().__init__(ProblemCode.LOCKED_BY_OTHER, path, f"{holder.user}@{holder.host} pid {holder.pid} since {holder.since}")
        self.holder = holder


#: The locks this instance holds, by lock file: another window of the same app on the same
#: file is told so (and can bring that window forward); a lock of this pid not held here
#: any more (a store that was dropped without closing) is stale.
_held: weakref.WeakValueDictionary[str, ProcessLock] = weakref.WeakValueDictionary()


def lock_path(process_path: str | os.PathLike) -> Path:
    return Path(str(process_path) + SUFFIX)


class ProcessLock:
    """A held lock: release it when the process is closed."""

    def __init__(self, path: Path, holder: Holder, fd: int):
        self.path = path
        self.holder = holder
        self._fd: int | None = fd
        _held[_key(path)] = self

    def release(self) -> None:
        """Removes the lock file, if it is still ours (a crashed-and-taken-over lock is not)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.close(fd)
        if _held.get(_key(self.path)) is self:
            del _held[_key(self.path)]
        found = read_holder(self.path)
        if found is not None and found.id == self.holder.id:
            files.remove_quietly(self.path)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __del__(self):  # a store dropped without closing must not keep the file locked
        with contextlib.suppress(Exception):
            self.release()


def acquire(process_path: str | os.PathLike, take_over: str | None = None) -> ProcessLock:
    """Takes the lock of a process file for writing, or raises ``LockedError`` naming who
    holds it. A stale lock (its process is gone, on this computer) is taken over; a lock from
    another computer only when ``take_over`` is its id (the coordinator confirmed).

    Raises ProcessFileError READ_ONLY/WRITE_FAILED when the folder refuses the lock file.
    """
    path = lock_path(process_path)
    holder = Holder(_host(), _user(), os.getpid(), datetime.now().astimezone().isoformat(timespec="seconds"), secrets.token_hex(8))
    for _attempt in range(3):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o644)
        except FileExistsError:
            existing = read_holder(path)
            if existing is None:
                if _partial_is_fresh(path):  # being written by another instance right now
                    raise LockedError(str(process_path), Holder("?", "?", 0, "", "")) from None
                existing = Holder("?", "?", 0, "", "")  # unreadable and old: left by a crash
                stale = True
            else:
                stale = is_stale(existing) or (take_over is not None and existing.id == take_over)
            if not stale:
                raise LockedError(str(process_path), existing) from None
            _remove_stale(path, existing)
            continue
        except PermissionError as error:
            raise ProcessFileError(ProblemCode.READ_ONLY, str(process_path), str(error)) from error
        except OSError as error:
            raise ProcessFileError(ProblemCode.WRITE_FAILED, str(process_path), str(error)) from error
        try:
            os.write(fd, holder.to_json().encode("utf-8"))
            os.fsync(fd)
        except OSError as error:
            os.close(fd)
            files.remove_quietly(path)
            code = ProblemCode.DISK_FULL if getattr(error, "errno", None) == 28 else ProblemCode.WRITE_FAILED
            raise ProcessFileError(code, str(process_path), str(error)) from error
        log.info("locked %s", process_path)
        return ProcessLock(path, holder, fd)
    existing = read_holder(path) or Holder("?", "?", 0, "", "")
    raise LockedError(str(process_path), existing)


def read_holder(path: Path) -> Holder | None:
    """The holder written in a lock file, or None (no file, or not a complete lock)."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.loads(handle.read(4096))
        return Holder(str(data["host"]), str(data["user"]), int(data["pid"]), str(data["since"]), str(data["id"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def holder_of(process_path: str | os.PathLike) -> Holder | None:
    """Who holds the process for writing now, or None (a stale lock counts as none)."""
    found = read_holder(lock_path(process_path))
    return None if found is None or is_stale(found) else found


def is_stale(holder: Holder) -> bool:
    """A lock whose writer is certainly gone: on this computer, its process has ended (or it
    is this instance's own, no longer held)."""
    if not holder.on_this_computer:
        return False
    if holder.pid == os.getpid():
        return not any(lock.holder.id == holder.id and lock.held for lock in list(_held.values()))
    return not _pid_alive(holder.pid)


def _remove_stale(path: Path, existing: Holder) -> None:
    """Moves a stale lock out of the way, so that only one of two instances doing so at the
    same moment gets it; a lock that turns out not to be the one judged stale is put back."""
    aside = path.with_name(f"{path.name}.stale-{secrets.token_hex(4)}")
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return  # another instance took it away first; try to create ours
    except OSError as error:  # Windows: the holder still has it open, so it is not stale
        existing_now = read_holder(path) or existing
        raise LockedError(str(path)[: -len(SUFFIX)], existing_now) from error
    moved = read_holder(aside)
    if moved is not None and moved.id != existing.id:
        # Someone took it over between our reading and our renaming: theirs goes back.
        try:
            os.link(aside, path)
        except OSError:
            log.warning("a fresh lock %s was moved aside and could not be put back", path)
        files.remove_quietly(aside)
        raise LockedError(str(path)[: -len(SUFFIX)], moved)
    log.info("took over a stale lock %s (%s)", path, existing)
    files.remove_quietly(aside)


def _partial_is_fresh(path: Path) -> bool:
    try:
        modified = datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return False
    return datetime.now() - modified < PARTIAL_GRACE


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    except OSError:
        return True
    return True


def _windows_pid_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    process_query_limited_information = 0x1000
    still_active = 259
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return ctypes.GetLastError() == 5  # type: ignore[attr-defined]  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _host() -> str:
    return socket.gethostname() or "?"


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service)
        return "?"


def _key(path: Path) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(path)
