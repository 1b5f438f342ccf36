"""Makes Linux refuse what Windows refuses: deleting, renaming or replacing a file that is open.

On Windows a file opened by Python, by SQLite (the process file, its -wal and -shm) or by
logging is opened without FILE_SHARE_DELETE, so ``os.remove``, ``os.rename``, ``os.replace``
(as source or as target) and ``shutil.rmtree`` of a folder holding it fail with
``PermissionError: [WinError 32] The process cannot access the file because it is being used
by another process``. Linux allows all of that, so a bug of this kind passes every test here
and only shows on a Windows machine.

The ``windows_files`` fixture patches those functions so that they raise that very error
whenever the source, the target or (for a folder) any file below it is open right now in this
process. "Open" is read from the real file descriptors in /proc/self/fd, so it also sees the
handles SQLite holds natively and the streams of logging and faulthandler.

``windows_files.hold(path)`` simulates another program (Word, a second Facilitator, a virus
scanner) having ``path`` open with a share mode that forbids writing and deleting: it can then
be read but not opened for writing, replaced, renamed or deleted, until ``release(path)``.

As on Windows, ``os.rename`` onto an existing file fails with FileExistsError (WinError 183).
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import shutil
import stat
from pathlib import Path

import pytest

SHARING_VIOLATION = 32
WINERROR_32 = "[WinError 32] The process cannot access the file because it is being used by another process"


def sharing_violation(path) -> PermissionError:
    error = PermissionError(errno.EACCES, WINERROR_32, str(path))
    error.winerror = SHARING_VIOLATION
    return error


def open_files() -> set[str]:
    """The regular files this process has open now (real paths), from /proc/self/fd."""
    found = set()
    folder = "/proc/self/fd"
    for name in os.listdir(folder):
        try:
            target = os.readlink(f"{folder}/{name}")
            if not target.startswith("/") or target.endswith(" (deleted)"):
                continue
            if stat.S_ISREG(os.stat(f"{folder}/{name}").st_mode):
                found.add(target)
        except OSError:  # closed meanwhile (the listing's own descriptor, for one)
            continue
    return found


def _real(path, dir_fd=None) -> str:
    path = os.fsdecode(os.fspath(path))
    if dir_fd is not None and not os.path.isabs(path):
        path = os.path.join(os.readlink(f"/proc/self/fd/{dir_fd}"), path)
    return os.path.realpath(path)


class WindowsFiles:
    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.held: set[str] = set()
        self.refusals: list[tuple[str, str]] = []  # (operation, path) refused, for asserts
        self._real = {
            "replace": os.replace,
            "rename": os.rename,
            "remove": os.remove,
            "unlink": os.unlink,
            "rmdir": os.rmdir,
            "rmtree": shutil.rmtree,
            "open": builtins.open,
        }
        monkeypatch.setattr(os, "replace", self._replace)
        monkeypatch.setattr(os, "rename", self._rename)
        monkeypatch.setattr(os, "remove", self._remove)
        monkeypatch.setattr(os, "unlink", self._remove)
        monkeypatch.setattr(os, "rmdir", self._rmdir)
        monkeypatch.setattr(shutil, "rmtree", self._rmtree)
        monkeypatch.setattr(builtins, "open", self._open)
        monkeypatch.setattr(io, "open", self._open)
        # pathlib (3.11) calls os.unlink/os.rename/os.replace through the module, and shutil.move
        # calls os.rename, so both are covered; the self-test checks that.

    # -- the switch: another program has a file open ------------------------------------------

    def hold(self, path) -> None:
        self.held.add(_real(path))

    def release(self, path) -> None:
        self.held.discard(_real(path))

    # -- the rule ------------------------------------------------------------------------------

    def busy(self, path, dir_fd=None) -> bool:
        real = _real(path, dir_fd)
        return real in self.held or real in open_files()

    def busy_below(self, folder, dir_fd=None) -> str | None:
        root = _real(folder, dir_fd).rstrip("/") + "/"
        for path in (*self.held, *open_files()):
            if path.startswith(root):
                return path
        return None

    def _refuse(self, operation: str, path) -> PermissionError:
        self.refusals.append((operation, str(path)))
        return sharing_violation(path)

    def _check(self, operation, *paths, dir_fd=None) -> None:
        for path in paths:
            if self.busy(path, dir_fd):
                raise self._refuse(operation, path)

    def _replace(self, src, dst, *, src_dir_fd=None, dst_dir_fd=None):
        self._check("replace", src, dir_fd=src_dir_fd)
        if os.path.lexists(_real(dst, dst_dir_fd)):
            self._check("replace", dst, dir_fd=dst_dir_fd)
        return self._real["replace"](src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)

    def _rename(self, src, dst, *, src_dir_fd=None, dst_dir_fd=None):
        self._check("rename", src, dir_fd=src_dir_fd)
        if os.path.lexists(_real(dst, dst_dir_fd)):
            error = FileExistsError(errno.EEXIST, "[WinError 183] Cannot create a file when that file already exists",
                                    str(dst))
            error.winerror = 183
            raise error
        return self._real["rename"](src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)

    def _remove(self, path, *, dir_fd=None):
        self._check("remove", path, dir_fd=dir_fd)
        return self._real["remove"](path, dir_fd=dir_fd)

    def _rmdir(self, path, *, dir_fd=None):
        inside = self.busy_below(path, dir_fd)
        if inside:
            raise self._refuse("rmdir", inside)
        return self._real["rmdir"](path, dir_fd=dir_fd)

    def _rmtree(self, path, ignore_errors=False, onerror=None, **kwargs):
        # The real rmtree, which goes through the patched unlink and rmdir above: a file that
        # is open stays, and so do the folders above it, as on Windows.
        return self._real["rmtree"](path, ignore_errors, onerror, **kwargs)

    def _open(self, file, mode="r", *args, **kwargs):
        if isinstance(file, (str, bytes, os.PathLike)) and any(flag in mode for flag in "wax+"):
            if _real(file) in self.held:
                raise self._refuse("open", file)
        return self._real["open"](file, mode, *args, **kwargs)


@pytest.fixture
def windows_files(monkeypatch) -> WindowsFiles:
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("needs /proc/self/fd (Linux) to see which files are open")
    return WindowsFiles(monkeypatch)


def leftovers(folder: Path, *patterns: str) -> list[str]:
    """Names in ``folder`` matching any of ``patterns`` (temporary files left behind)."""
    return sorted(p.name for pattern in patterns for p in Path(folder).glob(pattern))
