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


def make_backup(store: ProcessStore, root: Path, keep: int = KEEP) -> Path:
    folder = backup_folder(store.path, root)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime(_STAMP) + f"-{datetime.now().microsecond // 1000:03d}"
    target = folder / f"{stamp}{EXTENSION}"
    partial = target.with_suffix(".partial")
    for leftover in folder.glob("*.partial"):  # from a backup that failed (a full disk)
        leftover.unlink(missing_ok=True)
    try:
        destination = sqlite3.connect(str(partial))
        try:
            store.db.conn.backup(destination)
        finally:
            destination.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    for old in list_backups(store.path, root)[keep:]:
        old.path.unlink(missing_ok=True)
    log.info("backup %s", target)
    return target


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
    is returned, so nothing is ever lost by recovering.
    """
    check_process_file(backup_path, for_writing=False)
    process_path = Path(process_path)
    stamp = datetime.now().strftime(_STAMP)
    kept = process_path.with_name(f"{process_path.stem}.damaged-{stamp}{process_path.suffix}")
    process_path.rename(kept)
    for suffix in ("-wal", "-shm"):
        side = Path(str(process_path) + suffix)
        if side.exists():
            side.rename(Path(str(kept) + suffix))
    source = sqlite3.connect(f"file:{Path(backup_path).resolve()}?mode=ro", uri=True)
    target = sqlite3.connect(str(process_path))
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    log.info("recovered %s from %s; damaged file kept as %s", process_path, backup_path, kept)
    return kept


def restore_backup(backup_path: Path, store: ProcessStore, root: Path) -> Path:
    """Replaces the open process's content with a backup's, in place.

    The current content is backed up first, so a restore can itself be undone by restoring
    that backup. Returns the path of the safety backup.
    """
    check_process_file(backup_path, for_writing=False)
    safety = make_backup(store, root, keep=KEEP + 1)
    source = sqlite3.connect(f"file:{Path(backup_path).resolve()}?mode=ro", uri=True)
    try:
        source.backup(store.db.conn)
    finally:
        source.close()
    log.info("restored %s from %s", store.path, backup_path)
    return safety
