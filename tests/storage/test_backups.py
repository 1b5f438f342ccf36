import pytest

from facilitator.domain.entities import Participant
from facilitator.storage import backups
from facilitator.storage.errors import ProcessFileError
from facilitator.storage.process_store import ProcessStore, check_process_file


def test_backup_is_a_valid_process(store, tmp_path):
    store.insert(Participant(name="Åsa"))
    path = backups.make_backup(store, tmp_path / "backups")
    check_process_file(path)
    copy = ProcessStore.open(path)
    assert [p.name for p in copy.list(Participant)] == ["Åsa"]
    copy.close()


def test_backups_rotate(store, tmp_path):
    root = tmp_path / "backups"
    for _ in range(5):
        backups.make_backup(store, root, keep=3)
    found = backups.list_backups(store.path, root)
    assert len(found) == 3
    assert found == sorted(found, key=lambda b: b.path.name, reverse=True)


def test_restore_replaces_content_and_keeps_a_safety_copy(store, tmp_path):
    root = tmp_path / "backups"
    store.insert(Participant(name="Före"))
    first = backups.make_backup(store, root)
    store.insert(Participant(name="Efter"))
    safety = backups.restore_backup(first, store, root)
    assert [p.name for p in store.list(Participant)] == ["Före"]
    kept = ProcessStore.open(safety)
    assert [p.name for p in kept.list(Participant)] == ["Före", "Efter"]
    kept.close()


def test_restore_refuses_a_broken_backup(store, tmp_path):
    bad = tmp_path / "trasig.facilitator"
    bad.write_bytes(b"not a database")
    store.insert(Participant(name="Kvar"))
    with pytest.raises(ProcessFileError):
        backups.restore_backup(bad, store, tmp_path / "backups")
    assert [p.name for p in store.list(Participant)] == ["Kvar"]


def test_backups_of_two_files_with_the_same_name_do_not_mix(tmp_path):
    root = tmp_path / "backups"
    a = ProcessStore.create(tmp_path / "a" / "Plan.facilitator" if (tmp_path / "a").mkdir() is None else None, "A")
    b = ProcessStore.create(tmp_path / "b" / "Plan.facilitator" if (tmp_path / "b").mkdir() is None else None, "B")
    backups.make_backup(a, root)
    assert backups.list_backups(b.path, root) == []
    a.close()
    b.close()


def test_a_failed_backup_leaves_no_partial_file(tmp_path, monkeypatch):
    import sqlite3 as sqlite

    store = ProcessStore.create(tmp_path / "p.facilitator", "P")
    root = tmp_path / "backups"

    class Full(sqlite.Connection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            raise sqlite.OperationalError("database or disk is full")

    monkeypatch.setattr(backups.sqlite3, "connect", lambda path, *a, **k: Full(path))
    with pytest.raises(sqlite.OperationalError):
        backups.make_backup(store, root)
    monkeypatch.undo()
    folder = backups.backup_folder(store.path, root)
    assert list(folder.glob("*.partial")) == []
    assert backups.make_backup(store, root).exists()
    store.close()
