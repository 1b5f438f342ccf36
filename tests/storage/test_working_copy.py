"""A process on a network drive, worked on in a local copy (issue 14): the copy, the safe
write-back, someone else's change, a share that goes away, a crash, readers, and Windows'
rules for open files. A folder in tmp plays the share (this machine cannot mount SMB)."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from facilitator.domain.entities import Participant, Process
from facilitator.platform import filesystems
from facilitator.storage import lock as locks
from facilitator.storage.errors import ProblemCode, ProcessFileError
from facilitator.storage.process_store import ProcessStore, open_read_only
from facilitator.storage.working_copy import RemoteChanged, WorkingCopy, identity_of
from tests.windows_semantics import leftovers, windows_files  # noqa: F401 - a fixture


@pytest.fixture
def share(tmp_path, monkeypatch):
    """A folder the app takes for a network drive."""
    folder = tmp_path / "Gemensamt" / "Processer"
    folder.mkdir(parents=True)
    root = str(folder.parent)
    monkeypatch.setattr(filesystems, "on_network_drive", lambda path: str(Path(path).resolve()).startswith(root))
    return folder


@pytest.fixture
def remote(share, tmp_path):
    path = share / "Dialog om rasism.facilitator"
    store = ProcessStore.create(path, "Dialog om rasism", "Ekbacka")
    store.insert(Participant(name="Åsa"))
    store.close()
    return path


def beside(path: Path) -> list[str]:
    return sorted(p.name[len(path.name):] for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path)


def opened(remote: Path, root: Path) -> tuple[WorkingCopy, ProcessStore]:
    copy = WorkingCopy(remote, root)
    copy.take_lock()
    copy.fetch()
    return copy, ProcessStore.open(copy.local)


def names_in(path: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)  # leaves nothing beside
    try:
        return {row[0] for row in connection.execute("SELECT name FROM participant")}
    finally:
        connection.close()


def test_the_copy_is_local_and_the_write_back_is_whole_and_without_a_log(remote, tmp_path):
    before = identity_of(remote)
    copy, store = opened(remote, tmp_path / "working")
    assert copy.local.is_relative_to(tmp_path / "working") and copy.synced == before
    assert beside(remote) == [".lock"], "the lock on the share tells a colleague who has it"
    assert locks.holder_of(remote) is not None
    assert not copy.write_back(store), "nothing changed: nothing written"
    assert identity_of(remote) == before

    store.insert(Participant(name="Björn"))
    assert copy.write_back(store)
    assert names_in(remote) == {"Åsa", "Björn"}
    header = remote.read_bytes()[:20]
    assert header[18:20] == b"\x01\x01", "not in write-ahead-log mode on the share"
    assert beside(remote) == [".lock"] and leftovers(remote.parent, ".*.partial") == []
    assert copy.synced == identity_of(remote) and copy.synced_at
    store.close()
    assert not copy.write_back(copy.local)
    copy.release()
    assert beside(remote) == []


def test_someone_elses_change_is_never_overwritten_and_this_version_can_be_saved_beside(remote, tmp_path):
    copy, store = opened(remote, tmp_path / "working")
    store.insert(Participant(name="Min ändring"))
    # A colleague's program (or a sync client) puts another version in place.
    theirs = sqlite3.connect(str(remote), isolation_level=None)
    theirs.execute("PRAGMA journal_mode = DELETE")
    theirs.execute("INSERT INTO participant(name) VALUES ('Deras ändring')")
    theirs.close()
    their_bytes = remote.read_bytes()
    with pytest.raises(RemoteChanged) as refused:
        copy.write_back(store)
    assert refused.value.code == ProblemCode.REMOTE_CHANGED and refused.value.detail == "changed"
    assert remote.read_bytes() == their_bytes

    target = copy.save_beside(store, "Dialog om rasism (min version).facilitator")
    assert target.parent == remote.parent and copy.remote == target
    assert names_in(target) == {"Åsa", "Min ändring"} and names_in(remote) == {"Åsa", "Deras ändring"}
    assert beside(target) == [".lock"] and beside(remote) == [], "the lock went with the work"
    store.insert(Participant(name="Sedan"))
    assert copy.write_back(store) and "Sedan" in names_in(target)
    with pytest.raises(ProcessFileError) as exists:
        copy.save_beside(store, remote.name)
    assert exists.value.code == ProblemCode.EXISTS
    store.close()
    copy.release()


def test_a_removed_remote_file_is_not_made_again_behind_anyones_back(remote, tmp_path):
    copy, store = opened(remote, tmp_path / "working")
    store.insert(Participant(name="Min ändring"))
    os.remove(remote)
    with pytest.raises(RemoteChanged) as refused:
        copy.write_back(store)
    assert refused.value.detail == "removed" and not remote.exists()
    store.close()
    copy.release()


def test_when_the_share_is_gone_everything_stays_local_and_the_next_write_back_catches_up(remote, share, tmp_path):
    copy, store = opened(remote, tmp_path / "working")
    store.insert(Participant(name="Under avbrottet"))
    away = share.with_name("Processer (borta)")
    os.rename(share, away)
    with pytest.raises(ProcessFileError) as refused:
        copy.write_back(store)
    assert refused.value.code == ProblemCode.NETWORK_UNAVAILABLE
    store.insert(Participant(name="Också under avbrottet"))
    assert "Under avbrottet" in store.names(Participant).values()
    os.rename(away, share)
    assert copy.write_back(store)
    assert {"Under avbrottet", "Också under avbrottet"} <= names_in(remote)
    store.close()
    copy.release()


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="tells the temporary file by its descriptor")
def test_a_full_share_keeps_the_local_copy_and_leaves_nothing_there(remote, tmp_path, monkeypatch):
    copy, store = opened(remote, tmp_path / "working")
    store.insert(Participant(name="Får inte plats"))
    before = remote.read_bytes()
    real_fsync = os.fsync

    def full(fd):
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".partial"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ProcessFileError) as refused:
        copy.write_back(store)
    assert refused.value.code == ProblemCode.DISK_FULL
    assert remote.read_bytes() == before and leftovers(remote.parent, ".*.partial") == []
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert copy.write_back(store) and "Får inte plats" in names_in(remote)
    store.close()
    copy.release()


def test_work_never_saved_back_is_found_on_the_next_opening(remote, tmp_path):
    root = tmp_path / "working"
    copy, store = opened(remote, root)
    store.insert(Participant(name="Före kraschen"))
    store.conn.close()  # the app stops: no write-back, no tidy close
    copy.release()
    again = WorkingCopy(remote, root)
    work = again.unsaved_work()
    assert work is not None and work.remote == remote and not work.remote_changed
    assert "Före kraschen" not in names_in(remote)
    kept = again.set_aside()
    assert "Före kraschen" in names_in(kept)
    again.fetch()
    assert again.unsaved_work() is None


def test_a_clean_close_leaves_nothing_to_recover(remote, tmp_path):
    root = tmp_path / "working"
    copy, store = opened(remote, root)
    store.insert(Participant(name="Sparad"))
    store.close()
    assert copy.write_back(copy.local)
    copy.release()
    assert WorkingCopy(remote, root).unsaved_work() is None


def test_readers_read_a_local_snapshot_and_never_touch_the_share(remote):
    before = (remote.read_bytes(), os.stat(remote).st_mtime_ns)
    reader = open_read_only(remote)
    assert reader.path == remote and reader.snapshot is not None and reader.snapshot != remote
    assert reader.process().title == "Dialog om rasism"
    assert beside(remote) == []
    snapshot = reader.snapshot
    reader.close()
    assert not snapshot.exists() and not snapshot.parent.exists()
    assert (remote.read_bytes(), os.stat(remote).st_mtime_ns) == before
    with pytest.raises(ProcessFileError) as missing:
        open_read_only(remote.with_name("finns inte.facilitator"))
    assert missing.value.code == ProblemCode.NOT_FOUND


def test_a_log_left_on_the_share_by_someone_else_is_refused_not_lost(remote, tmp_path):
    Path(str(remote) + "-wal").write_bytes(b"\0" * 64)
    copy = WorkingCopy(remote, tmp_path / "working")
    with pytest.raises(ProcessFileError) as refused:
        copy.fetch()
    assert refused.value.code == ProblemCode.IN_USE


def test_windows_replace_of_a_file_held_open_there(remote, tmp_path, windows_files):  # noqa: F811
    copy, store = opened(remote, tmp_path / "working")
    store.insert(Participant(name="Första"))
    assert copy.write_back(store), "nothing of ours holds the remote file when it is replaced"
    store.insert(Participant(name="Andra"))
    windows_files.hold(remote)  # Word? no: a colleague's scanner or Explorer preview holds it
    before = remote.read_bytes()
    with pytest.raises(ProcessFileError) as refused:
        copy.write_back(store)
    assert refused.value.code == ProblemCode.IN_USE
    assert remote.read_bytes() == before and leftovers(remote.parent, ".*.partial") == []
    windows_files.release(remote)
    assert copy.write_back(store) and "Andra" in names_in(remote)
    store.update(Process, 1, title="Nytt namn")
    store.close()
    assert copy.write_back(copy.local), "the last write-back after closing: the local copy is let go first"
    copy.release()
    assert beside(remote) == []
