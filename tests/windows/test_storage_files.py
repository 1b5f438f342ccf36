"""Process files, backups and recovery under Windows file semantics (issue 11)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from facilitator.domain.entities import Participant
from facilitator.storage import backups, files
from facilitator.storage.errors import ProblemCode, ProcessFileError
from facilitator.storage.process_store import ProcessStore, check_process_file, connect_read_only
from tests.windows_semantics import leftovers, open_files


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(files, "RETRY_DELAYS", (0.01, 0.01))


def names(path: Path) -> list[str]:
    store = ProcessStore.open(path)
    try:
        return [p.name for p in store.list(Participant)]
    finally:
        store.close()


def test_create_open_close_leave_nothing_open_and_the_folder_can_go(windows_files, tmp_path):
    folder = tmp_path / "mapp"
    folder.mkdir()
    path = folder / "Vår process.facilitator"
    store = ProcessStore.create(path, "Vår process")
    store.insert(Participant(name="Anna"))
    store.close()
    store = ProcessStore.open(path)
    store.close()
    connection = connect_read_only(path)
    connection.close()
    check_process_file(path)
    assert not [p for p in open_files() if p.startswith(str(folder))]
    assert sorted(p.name for p in folder.iterdir()) == ["Vår process.facilitator"], "no -wal/-shm left"
    shutil.rmtree(folder)


def test_a_process_that_fails_to_open_is_not_kept_open(windows_files, tmp_path, monkeypatch):
    path = tmp_path / "p.facilitator"
    ProcessStore.create(path, "P").close()
    from facilitator.storage import schema

    def broken(connection):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(schema, "pending_migration_names", broken)
    with pytest.raises(sqlite3.OperationalError):
        ProcessStore.open(path)
    assert not [p for p in open_files() if p.startswith(str(path))]
    path.unlink()


def test_backups_rotate_even_when_an_old_backup_is_open(windows_files, store, tmp_path):
    root = tmp_path / "backups"
    made = [backups.make_backup(store, root, keep=3) for _ in range(3)]
    oldest = made[0]
    windows_files.hold(oldest)  # a scanner, or the backup opened in another window
    newest = backups.make_backup(store, root, keep=3)
    assert newest.exists() and oldest.exists(), "the backup succeeded; the held one stays"
    windows_files.release(oldest)
    backups.make_backup(store, root, keep=3)
    assert len(backups.list_backups(store.path, root)) == 3
    assert not oldest.exists()
    assert leftovers(backups.backup_folder(store.path, root), "*.partial") == []


def test_a_failed_backup_leaves_no_partial_file(windows_files, store, tmp_path, monkeypatch):
    root = tmp_path / "backups"
    backups.make_backup(store, root)
    folder = backups.backup_folder(store.path, root)
    real_replace = files.replace

    def scanned(source, target):  # a scanner holds the new file longer than we wait
        windows_files.hold(source)
        try:
            real_replace(source, target)
        finally:
            windows_files.release(source)

    monkeypatch.setattr(files, "replace", scanned)
    with pytest.raises(PermissionError):
        backups.make_backup(store, root)
    assert leftovers(folder, "*.partial") == []
    assert len(backups.list_backups(store.path, root)) == 1


def test_restoring_the_oldest_backup_does_not_rotate_it_away(windows_files, store, tmp_path):
    root = tmp_path / "backups"
    store.insert(Participant(name="Äldst"))
    for _ in range(backups.KEEP + 1):
        backups.make_backup(store, root, keep=backups.KEEP + 1)
    store.insert(Participant(name="Senare"))
    oldest = backups.list_backups(store.path, root)[-1].path
    backups.restore_backup(oldest, store, root)
    assert [p.name for p in store.list(Participant)] == ["Äldst"]


def damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_file_is_recovered_from_its_backup(windows_files, tmp_path):
    path = tmp_path / "Skadad process.facilitator"
    store = ProcessStore.create(path, "Skadad")
    store.insert(Participant(name="Viktig person"))
    backup = backups.make_backup(store, tmp_path / "backups")
    store.close()
    data = damage(path)
    with pytest.raises(ProcessFileError) as error:
        ProcessStore.open(path)
    assert error.value.code == ProblemCode.CORRUPT
    kept = backups.recover_from_backup(backup, path)
    assert kept.read_bytes() == data
    assert names(path) == ["Viktig person"]
    assert not [p for p in open_files() if p.startswith(str(tmp_path))]


def test_a_damaged_file_open_in_another_program_is_not_moved(windows_files, tmp_path):
    path = tmp_path / "Skadad process.facilitator"
    store = ProcessStore.create(path, "Skadad")
    backup = backups.make_backup(store, tmp_path / "backups")
    store.close()
    data = damage(path)
    windows_files.hold(path)
    with pytest.raises(ProcessFileError) as error:
        backups.recover_from_backup(backup, path)
    assert error.value.code == ProblemCode.IN_USE
    assert path.read_bytes() == data
    assert leftovers(tmp_path, "*.damaged-*") == []


def test_the_file_and_its_wal_move_together_or_not_at_all(windows_files, tmp_path):
    path = tmp_path / "p.facilitator"
    store = ProcessStore.create(path, "P")
    backup = backups.make_backup(store, tmp_path / "backups")
    store.close()
    data = damage(path)
    wal = Path(str(path) + "-wal")
    wal.write_bytes(b"a stale write-ahead log")
    windows_files.hold(wal)  # another Facilitator still has it
    with pytest.raises(ProcessFileError) as error:
        backups.recover_from_backup(backup, path)
    assert error.value.code == ProblemCode.IN_USE
    assert path.read_bytes() == data and wal.read_bytes() == b"a stale write-ahead log"
    assert leftovers(tmp_path, "*.damaged-*") == []
    windows_files.release(wal)
    kept = backups.recover_from_backup(backup, path)
    assert Path(str(kept) + "-wal").read_bytes() == b"a stale write-ahead log"
    assert not wal.exists()
    check_process_file(path)


def test_two_recoveries_in_one_second_keep_both_damaged_files(tmp_path):
    path = tmp_path / "p.facilitator"
    store = ProcessStore.create(path, "P")
    backup = backups.make_backup(store, tmp_path / "backups")
    store.close()
    first = damage(path)
    kept_first = backups.recover_from_backup(backup, path)
    second = damage(path)
    kept_second = backups.recover_from_backup(backup, path)
    assert kept_first != kept_second
    assert kept_first.read_bytes() == first and kept_second.read_bytes() == second
