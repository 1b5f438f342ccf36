"""Rotating backups of an open process, kept outside the process's own folder.

A backup is a complete, valid process file written with SQLite's online backup API, so it
is consistent even while the process is being edited.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from . import files
from .errors import ProblemCode, ProcessFileError
from .outputs import output_conflict, same_file
from .process_store import EXTENSION, ProcessStore, check_process_file

log = logging.getLogger("facilitator.storage")

KEEP = 10
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime
    size: int


def backup_folder(process_path: Path, root: Path) -> Path:
    """One folder per process file, named so two files called the same never mix."""
    resolved = str(Path(process_path).resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:10]
    return Path(root) / f"{Path(process_path).stem}-{digest}"


def make_backup(store: ProcessStore, root: Path, keep: int = KEEP, spare: Path | None = None) -> Path:
    """Writes a new backup and drops the oldest beyond ``keep`` (never ``spare``)."""
    folder = backup_folder(store.path, root)
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now()
    target = _free_target(folder, now.strftime(_STAMP) + f"-{now.microsecond // 1000:03d}", store.path)
    partial = target.with_suffix(".partial")
    for leftover in folder.glob("*.partial"):  # from a backup that failed (a full disk)
        # Another Facilitator may be writing one right now (Windows: in use); it is not ours.
        files.remove_quietly(leftover)
    try:
        destination = sqlite3.connect(str(partial))
        try:
            store.conn.backup(destination)
        finally:
            destination.close()  # closed before the rename: Windows cannot rename an open file
        # A virus scanner opens every new file for a moment: tried again briefly, then reported.
        files.replace(partial, target)
    except BaseException:
        files.remove_quietly(partial)  # the error being raised is the one to report
        raise
    for old in list_backups(store.path, root)[keep:]:
        # A backup open elsewhere (being restored from, opened in another window, scanned)
        # cannot be deleted on Windows: it is left for the next rotation, and this backup
        # has succeeded all the same.
        if (spare is None or not _same_file(old.path, spare)) and not same_file(old.path, store.path):
            files.remove_quietly(old.path)
    log.info("backup %s", target)
    return target


def _free_target(folder: Path, stamp: str, process: Path) -> Path:
    """The backup's name: never over anything already there (a process put in the folder, a
    link to the open process), and never the process itself (``outputs.output_conflict``)."""
    for number in range(1, 100):
        target = folder / (f"{stamp}{EXTENSION}" if number == 1 else f"{stamp}-{number}{EXTENSION}")
        if target.exists() or target.is_symlink():
            continue
        if output_conflict(target, processes=[process]) is None:
            return target
    raise ProcessFileError(ProblemCode.EXISTS, str(folder / f"{stamp}{EXTENSION}"))


def _same_file(one: Path, other: Path) -> bool:
    try:
        return Path(one).resolve() == Path(other).resolve()
    except OSError:
        return False


def list_backups(process_path: Path, root: Path) -> list[Backup]:
    """Newest first."""
    folder = backup_folder(process_path, root)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{EXTENSION}"):
        try:
            created = datetime.strptime(path.stem[: len("YYYYmmdd-HHMMSS")], _STAMP)
        except ValueError:
            continue
        found.append(Backup(path, created, path.stat().st_size))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def recover_from_backup(backup_path: Path, process_path: Path) -> Path:
    """Puts a backup in place of a process file that cannot be opened (it is damaged).

    The damaged file is not deleted: it is renamed beside the original, and its new path
    is returned, so nothing is ever lost by recovering. If the damaged file (or its -wal,
    -shm) is open in another program, which Windows will not rename, ProcessFileError
    IN_USE is raised and nothing has changed.
    """
    check_process_file(backup_path, for_writing=False)
    process_path = Path(process_path)
    stamp = datetime.now().strftime(_STAMP)
    kept = process_path.with_name(f"{process_path.stem}.damaged-{stamp}{process_path.suffix}")
    number = 1
    while any(Path(str(kept) + suffix).exists() for suffix in ("", "-wal", "-shm")):
        # Never over an earlier damaged file (os.rename would replace it on Linux).
        number += 1
        kept = process_path.with_name(f"{process_path.stem}.damaged-{stamp}-{number}{process_path.suffix}")
    # The file with its -wal and -shm, all or none: a -wal left behind under the old name
    # would be read into the recovered file as if it were its own.
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal", "-shm"):
            side = Path(str(process_path) + suffix)
            if suffix == "" or side.exists():
                files.rename(side, Path(str(kept) + suffix))
                moved.append((side, Path(str(kept) + suffix)))
    except OSError as error:
        _move_back(moved)
        raise _file_error(error, process_path) from error
    source = sqlite3.connect(f"file:{quote(str(Path(backup_path).resolve()))}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(str(process_path))
        try:
            source.backup(target)
        finally:
            target.close()
    except sqlite3.Error as error:  # a full disk: the damaged file goes back where it was
        files.remove_quietly(process_path)
        for suffix in ("-journal", "-wal", "-shm"):
            files.remove_quietly(Path(str(process_path) + suffix))
        _move_back(moved)
        raise ProcessFileError(ProblemCode.WRITE_FAILED, str(process_path), str(error)) from error
    finally:
        source.close()
    log.info("recovered %s from %s; damaged file kept as %s", process_path, backup_path, kept)
    return kept


def _move_back(moved: list[tuple[Path, Path]]) -> None:
    for original, renamed in reversed(moved):
        try:
            files.rename(renamed, original)
        except OSError as error:
            log.error("could not move %s back to %s: %s", renamed, original, error)


def _file_error(error: OSError, path: Path) -> ProcessFileError:
    if files.is_sharing_violation(error):
        return ProcessFileError(ProblemCode.IN_USE, str(path), str(error))
    if isinstance(error, PermissionError):
        return ProcessFileError(ProblemCode.READ_ONLY, str(path), str(error))
    return ProcessFileError(ProblemCode.WRITE_FAILED, str(path), str(error))


def restore_backup(backup_path: Path, store: ProcessStore, root: Path) -> Path:
    """Replaces the open process's content with a backup's, in place.

    The current content is backed up first, so a restore can itself be undone by restoring
    that backup. Returns the path of the safety backup.
    """
    check_process_file(backup_path, for_writing=False)
    # The chosen backup may be the oldest: the rotation must not delete it before it is read.
    safety = make_backup(store, root, keep=KEEP + 1, spare=Path(backup_path))
    source = sqlite3.connect(f"file:{quote(str(Path(backup_path).resolve()))}?mode=ro", uri=True)
    try:
        source.backup(store.conn)
    finally:
        source.close()
    log.info("restored %s from %s", store.path, backup_path)
    return safety


def backups_mentioning(process_path: Path, root: Path, needles) -> list[Backup]:
    """The backups of a process that still hold a person (``domain.erasure.Needles``): each
    is opened read-only and its text fields searched. A backup that cannot be read is
    listed as well (nobody can say it does not hold the person)."""
    from .register import mentions_of

    found = []
    for backup in list_backups(process_path, root):
        try:
            connection = sqlite3.connect(f"file:{quote(str(backup.path.resolve()))}?mode=ro&immutable=1", uri=True)
        except sqlite3.Error:
            found.append(backup)
            continue
        try:
            holds = bool(mentions_of(ProcessStore(backup.path, connection), needles))
        except sqlite3.Error:
            holds = True
        finally:
            connection.close()
        if holds:
            found.append(backup)
    return found


def purge_backups(chosen: list[Backup]) -> list[Path]:
    """Deletes these backups; returns the ones that could not be deleted (open elsewhere)."""
    left = []
    for backup in chosen:
        files.remove_quietly(backup.path)
        if backup.path.exists():
            left.append(backup.path)
    return left
