"""Outputs never overwrite inputs (issue 14): the one check for every path something is
written to (exports, backups), whoever chose it (the window, the command line).

An output is refused when it is the same file as a process being read or open, any other
Facilitator process (or the -wal/-shm/-journal beside one), the template in use, the source
of an import, or lies inside the app's own folder of backups (which it clears by itself).
"The same file" follows symlinks and hard links (``os.path.samefile`` where both exist) and,
where they do not exist yet, compares the resolved paths, without case on Windows and macOS.

Codes, not sentences: ``export.job`` turns them into ExportError and words. Reads at most a
file's first 100 bytes, and never of a process named as open (see ``looks_like_process``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

from .process_store import looks_like_process

#: What SQLite keeps beside a database; writing over one of these damages the process.
SIDE_FILES = ("-wal", "-shm", "-journal")

#: File systems that ignore case by default.
CASELESS = sys.platform in ("win32", "darwin")

PathLike = str | os.PathLike


class Conflict(StrEnum):
    PROCESS = "onto_process"  # the process being read, or open in the window
    OTHER_PROCESS = "onto_other_process"  # any other Facilitator process (or its side files)
    TEMPLATE = "onto_template"  # the Word template in use
    SOURCE = "onto_source"  # the list participants were imported from
    BACKUPS = "into_backups"  # inside the app's folder of backups


def _key(path: PathLike) -> str:
    text = os.path.normcase(os.path.realpath(os.fspath(path)))
    return text.casefold() if CASELESS else text


def same_file(one: PathLike, other: PathLike) -> bool:
    """Whether two paths name one file: through symlinks, hard links and case where the file
    system makes them one; by the resolved path where either does not exist."""
    try:
        if os.path.exists(one) and os.path.exists(other):
            return os.path.samefile(one, other)
    except (OSError, ValueError):
        pass
    try:
        return _key(one) == _key(other)
    except (OSError, ValueError):
        return False


def inside(path: PathLike, folder: PathLike) -> bool:
    """Whether ``path`` lies in ``folder`` or below it (links and case as ``same_file``)."""
    try:
        folder_key = _key(folder)
        if _key(path).startswith(folder_key.rstrip(os.sep) + os.sep):
            return True
        if not os.path.isdir(folder):
            return False
        return any(ancestor.exists() and os.path.samefile(ancestor, folder)
                   for ancestor in Path(os.path.realpath(os.fspath(path))).parents)
    except (OSError, ValueError):
        return False


def _present(paths: Iterable[PathLike | None]) -> list[PathLike]:
    return [p for p in paths if p is not None and os.fspath(p) != ""]


def output_conflict(
    out: PathLike,
    *,
    processes: Iterable[PathLike | None] = (),
    templates: Iterable[PathLike | None] = (),
    sources: Iterable[PathLike | None] = (),
    backups_root: PathLike | None = None,
) -> Conflict | None:
    """Why nothing may be written at ``out``, or None. ``processes`` are the ones being read
    or open (compared first, and never read); ``templates`` and ``sources`` the inputs of
    the work; ``backups_root`` the app's folder of backups."""
    out = Path(out)
    side_of = next((Path(str(out)[: -len(s)]) for s in SIDE_FILES if out.name.lower().endswith(s)), None)
    for process in _present(processes):
        if same_file(out, process) or (side_of is not None and same_file(side_of, process)):
            return Conflict.PROCESS
    if any(same_file(out, template) for template in _present(templates)):
        return Conflict.TEMPLATE
    if any(same_file(out, source) for source in _present(sources)):
        return Conflict.SOURCE
    if backups_root is not None and inside(out, backups_root):
        return Conflict.BACKUPS
    if out.is_file() and looks_like_process(out):
        return Conflict.OTHER_PROCESS
    if side_of is not None and side_of.is_file() and looks_like_process(side_of):
        return Conflict.OTHER_PROCESS
    return None
