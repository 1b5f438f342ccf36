"""Reading a process (an export, `facilitator info`) leaves the folder as it was."""

import os
import sqlite3
import stat

import pytest

from facilitator.export.report_data import open_read_only
from facilitator.storage.process_store import ProcessStore, check_process_file, connect_read_only


@pytest.fixture
def process_file(tmp_path):
    store = ProcessStore.create(tmp_path / "läs bara.facilitator", "Läs")
    store.close()
    return tmp_path / "läs bara.facilitator"


def test_reading_leaves_no_write_ahead_files_and_no_changes(process_file):
    before = process_file.read_bytes()
    check_process_file(process_file, for_writing=False)
    store = open_read_only(process_file)
    assert store.process().title == "Läs"
    store.db.conn.close()
    assert sorted(p.name for p in process_file.parent.iterdir()) == [process_file.name]
    assert process_file.read_bytes() == before


def test_a_reading_connection_refuses_to_write(process_file):
    connection = connect_read_only(process_file)
    with pytest.raises(sqlite3.OperationalError):
        connection.execute("UPDATE process SET title = 'x'")
    connection.close()


def test_a_read_only_file_is_still_readable(process_file):
    os.chmod(process_file, stat.S_IRUSR)
    try:
        connection = connect_read_only(process_file)
        assert connection.execute("SELECT title FROM process").fetchone() == ("Läs",)
        with pytest.raises(sqlite3.OperationalError):
            connection.execute("UPDATE process SET title = 'x'")
        connection.close()
    finally:
        os.chmod(process_file, stat.S_IRUSR | stat.S_IWUSR)


def test_reading_a_read_only_file_leaves_nothing_beside_it(process_file):
    os.chmod(process_file, stat.S_IRUSR)
    try:
        check_process_file(process_file, for_writing=False)
        store = open_read_only(process_file)
        assert store.process().title == "Läs"
        store.db.conn.close()
        assert sorted(p.name for p in process_file.parent.iterdir()) == [process_file.name]
    finally:
        os.chmod(process_file, stat.S_IRUSR | stat.S_IWUSR)
