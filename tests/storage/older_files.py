"""A process file as an older version of Facilitator wrote it: every migration before ``migration``."""

from __future__ import annotations

import sqlite3

from facilitator.storage import schema


def file_before(path, migration: str) -> sqlite3.Connection:
    """Writes the schema up to (not including) ``migration`` and returns an open connection
    (autocommit) for the test to add its rows; the caller closes it."""
    from sqlite_utils import Database

    assert migration in schema.known_migration_names(), migration
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations.apply(Database(connection), stop_before=migration)
    return connection
