"""Replacing and deleting files the way Windows allows (issue 11).

Windows refuses to delete, rename or replace a file that any program has open: SQLite's
handles on a process file and its -wal/-shm, a log handler's stream, Word on an exported
.docx, a virus scanner that opens every freshly written file for a moment. The code is
written so that our own handles are closed first; these helpers add what is left:

* a short, bounded retry (logged) for the moment a scanner or the search indexer holds a
  file we have just written, the one transient lock that closing cannot avoid;
* ``is_sharing_violation``: tells "open in another program" apart from other permission
  problems, so the message can name the real cause.

No Qt here: storage never imports it.
"""

from __future__ import annotations

import errno
import logging
import os
import time
from pathlib import Path

log = logging.getLogger("facilitator.storage")

#: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION: another handle forbids what we asked.
SHARING_VIOLATIONS = frozenset({32, 33})
#: ERROR_ACCESS_DENIED: also what MoveFileEx says for a target that is open (Word), and for a
#: file a scanner is deleting; retried like a sharing violation, but not called one.
ACCESS_DENIED = 5

#: Pauses between attempts (seconds): at most 0.75 s in all before the error is reported.
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4)


def is_sharing_violation(error: BaseException) -> bool:
    """True for Windows' "being used by another process" (WinError 32/33)."""
    return isinstance(error, PermissionError) and getattr(error, "winerror", None) in SHARING_VIOLATIONS


def _transient(error: OSError) -> bool:
    return isinstance(error, PermissionError) and getattr(error, "winerror", None) in (*SHARING_VIOLATIONS, ACCESS_DENIED)


def _retrying(operation, description: str, *paths):
    for delay in (*RETRY_DELAYS, None):
        try:
            return operation(*paths)
        except OSError as error:
            if delay is None or not _transient(error):
                raise
            log.info("%s %s: %s; trying again in %.2f s", description, paths[0], error, delay)
            time.sleep(delay)
    return None  # not reached


def replace(source: str | os.PathLike, target: str | os.PathLike) -> None:
    """``os.replace``, tried again for a moment while another program holds either file."""
    _retrying(os.replace, "replacing", source, target)


def rename(source: str | os.PathLike, target: str | os.PathLike) -> None:
    """``os.rename`` (the target must not exist), tried again for a moment like ``replace``."""
    _retrying(os.rename, "renaming", source, target)


def remove(path: str | os.PathLike, missing_ok: bool = True) -> None:
    """``os.remove``, tried again for a moment while another program holds the file."""
    try:
        _retrying(os.remove, "removing", path)
    except FileNotFoundError:
        if not missing_ok:
            raise


def remove_quietly(path: str | os.PathLike) -> bool:
    """Removes ``path`` if it can; a file still held elsewhere is logged and left. For tidying
    (old backups, a temporary file after a failure), where the work itself has succeeded or
    another error is already being reported."""
    try:
        remove(path)
        return True
    except OSError as error:
        log.warning("could not remove %s: %s", path, error)
        return False


def held_by_another_program(path: str | os.PathLike) -> bool:
    """True when ``path`` exists and another handle forbids writing it (Word has the .docx
    open). Only Windows can tell; elsewhere this is False unless the open itself says so."""
    path = Path(path)
    if not path.is_file():
        return False
    try:
        with open(path, "r+b"):
            return False
    except PermissionError as error:
        return is_sharing_violation(error)
    except OSError:
        return False


def sharing_violation(path: str | os.PathLike) -> PermissionError:
    """The error Windows gives, for code that finds the file in use by other means (SQLite's
    "database is locked" on a file we want to replace)."""
    error = PermissionError(errno.EACCES, "The file is being used by another process", str(path))
    error.winerror = 32  # type: ignore[attr-defined]
    return error

