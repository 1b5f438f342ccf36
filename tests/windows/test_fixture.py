"""The fixture itself: Linux refuses here exactly what Windows refuses."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from tests.windows_semantics import SHARING_VIOLATION, open_files


def refused(error_info) -> bool:
    return getattr(error_info.value, "winerror", None) == SHARING_VIOLATION and "WinError 32" in str(error_info.value)


def test_an_open_file_cannot_be_deleted_renamed_or_replaced(windows_files, tmp_path):
    path = tmp_path / "öppen.txt"
    other = tmp_path / "annan.txt"
    other.write_text("x")
    with open(path, "w") as handle:
        handle.write("data")
        handle.flush()
        for attempt in (
            lambda: os.remove(path),
            lambda: os.unlink(path),
            path.unlink,
            lambda: path.rename(tmp_path / "ny.txt"),
            lambda: path.replace(tmp_path / "ny.txt"),
            lambda: os.replace(other, path),  # as the target
            lambda: other.replace(path),
            lambda: shutil.move(str(path), str(tmp_path / "ny.txt")),
        ):
            with pytest.raises(PermissionError) as error:
                attempt()
            assert refused(error)
        assert path.read_text() == "data" and other.exists()


def test_a_closed_file_can_be_deleted_renamed_and_replaced(windows_files, tmp_path):
    path = tmp_path / "stängd.txt"
    path.write_text("a")
    (tmp_path / "b.txt").write_text("b")
    os.replace(tmp_path / "b.txt", path)
    assert path.read_text() == "b"
    path.rename(tmp_path / "c.txt")
    (tmp_path / "c.txt").unlink()
    assert not list(tmp_path.iterdir())


def test_rename_onto_an_existing_file_fails_as_on_windows(windows_files, tmp_path):
    (tmp_path / "a").write_text("a")
    (tmp_path / "b").write_text("b")
    with pytest.raises(FileExistsError):
        (tmp_path / "a").rename(tmp_path / "b")


def test_sqlite_holds_the_file_its_wal_and_its_shm(windows_files, tmp_path):
    path = tmp_path / "db.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE t (x)")
    connection.execute("INSERT INTO t VALUES (1)")
    connection.commit()
    for name in ("db.sqlite", "db.sqlite-wal", "db.sqlite-shm"):
        assert str(tmp_path / name) in open_files()
        with pytest.raises(PermissionError) as error:
            (tmp_path / name).unlink()
        assert refused(error)
    connection.close()
    assert not (tmp_path / "db.sqlite-wal").exists(), "the last connection removes them"
    path.unlink()


def test_a_folder_with_an_open_file_cannot_be_removed(windows_files, tmp_path):
    folder = tmp_path / "mapp"
    (folder / "under").mkdir(parents=True)
    handle = open(folder / "under" / "fil.log", "a")  # noqa: SIM115 - held open on purpose
    (folder / "annan.txt").write_text("x")
    with pytest.raises(PermissionError) as error:
        shutil.rmtree(folder)
    assert refused(error)
    assert (folder / "under" / "fil.log").exists()
    handle.close()
    shutil.rmtree(folder)
    assert not folder.exists()


def test_a_temporary_directory_with_an_open_log_cannot_be_cleaned_up(windows_files):
    """The smoke-test bug found under Wine: a log handler kept the log open."""
    handler = None
    # Python 3.11's cleanup then tries rmtree on the file and says NotADirectoryError; so does
    # Windows (WinError 267) there. Newer versions report the PermissionError.
    with pytest.raises((PermissionError, NotADirectoryError)), tempfile.TemporaryDirectory() as folder:
        handler = logging.FileHandler(Path(folder) / "facilitator.log")
    handler.close()
    shutil.rmtree(folder)


def test_another_program_can_hold_a_file(windows_files, tmp_path):
    path = tmp_path / "rapport.docx"
    path.write_bytes(b"old")
    windows_files.hold(path)
    assert path.read_bytes() == b"old", "reading is allowed"
    with pytest.raises(PermissionError):
        path.write_bytes(b"new")
    with pytest.raises(PermissionError):
        open(path, "r+b")  # noqa: SIM115 - must be refused
    (tmp_path / "ny").write_bytes(b"new")
    with pytest.raises(PermissionError) as error:
        os.replace(tmp_path / "ny", path)
    assert refused(error)
    assert path.read_bytes() == b"old"
    windows_files.release(path)
    os.replace(tmp_path / "ny", path)
    assert path.read_bytes() == b"new"


def test_without_the_fixture_linux_allows_it(tmp_path):
    """What the fixture is for: here the same rename of an open file succeeds."""
    path = tmp_path / "öppen.txt"
    with open(path, "w"):
        path.rename(tmp_path / "ny.txt")
