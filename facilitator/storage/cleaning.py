"""A cleaned copy of a process file that was refused for what another program put in it
(views, triggers, virtual or extra tables, a schema that does not match its migrations):
a new file with only the schema this version's migrations make, and the rows and columns of
the tables Facilitator knows. The original is only read, and never changed.

Nothing stored in the original runs while it is copied:

* the original is opened read-only (``process_store.connect_read_only``: a budget on every
  statement, ``query_only``), so no write can reach it and none of its triggers can fire
  (a trigger only fires on a write to its own table);
* only ``sqlite_master`` and ``PRAGMA table_info`` are read to learn its shape, and rows are
  read with plain ``SELECT column, … FROM table`` from objects that ``sqlite_master`` lists
  as ordinary tables: never from a view or a virtual table of the original, whatever its name;
* the copy is made by this version's own migrations, so the only triggers in it are ours
  (the search index is filled by them as the rows arrive).

The copy is made at the newest version whose tables the original holds completely (so a file
that only forgot to record its last migration loses nothing), else at the version it records;
the normal opening then brings it up to date. Rows that refer to rows not copied (notes of a
meeting whose table was replaced by a view) are left out and counted. The copy is written
beside its final name and put in place only once it has passed the same check as any file
the app opens; it is never written onto an input (``outputs.output_conflict``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from . import outputs, schema
from .errors import ProblemCode, ProcessFileError
from .process_store import APPLICATION_ID, ProcessStore, check_process_file, connect_read_only

log = logging.getLogger("facilitator.storage")

#: Problems a cleaned copy can solve; anything else (not a process, damaged, newer) cannot.
CLEANABLE = (ProblemCode.FOREIGN_OBJECTS, ProblemCode.SCHEMA_MISMATCH)

BATCH = 500


class CleaningRefused(Exception):
    """No copy was made. ``code``: ``onto_input`` (``detail`` is the outputs.Conflict),
    ``unknown_version`` (no version of this app's schema can be recognised in the file)."""

    def __init__(self, code: str, path: str, detail: str = ""):
        super().__init__(f"{code}: {path}" + (f" ({detail})" if detail else ""))
        self.code = code
        self.path = path
        self.detail = detail


@dataclass
class CleanedCopy:
    path: Path
    #: the objects of the original not in the copy: views, triggers, tables, and "table.column"
    dropped: list[str] = field(default_factory=list)
    #: rows left out because what they refer to was not copied: table -> count
    orphans: dict[str, int] = field(default_factory=dict)


def clean_copy(source: str | os.PathLike, target: str | os.PathLike, *, backups_root=None) -> CleanedCopy:
    """Writes the cleaned copy of ``source`` at ``target``; the original is only read.

    Raises ProcessFileError when ``source`` is not a process a copy could help (not found,
    not SQLite, another program's, damaged, from a newer version) and CleaningRefused when
    ``target`` is an input or no version of the schema can be recognised.
    """
    source, target = Path(source), Path(target)
    try:
        check_process_file(source, for_writing=False)
    except ProcessFileError as error:
        if error.code not in CLEANABLE:
            raise
    conflict = outputs.output_conflict(target, processes=[source], backups_root=backups_root)
    if conflict is not None:
        raise CleaningRefused("onto_input", str(target), str(conflict))
    partial = target.with_name(f".{target.name}.{os.getpid()}.cleaning")
    _remove(partial)
    try:
        reader = connect_read_only(source)
    except sqlite3.Error as error:
        raise ProcessFileError(ProblemCode.CORRUPT, str(source), str(error)) from error
    try:
        made = _copy(reader, source, partial)
    except BaseException:
        _remove(partial)
        raise
    finally:
        reader.close()
    try:
        # The normal opening: the schema check, then the remaining migrations.
        ProcessStore.open(partial).close()
        os.replace(partial, target)
    except BaseException:
        _remove(partial)
        raise
    check_process_file(target)
    made.path = target
    log.info("cleaned copy of %s written to %s; dropped %s; orphans %s", source, target, made.dropped, made.orphans)
    return made


def _remove(path: Path) -> None:
    for name in (str(path), f"{path}-wal", f"{path}-shm", f"{path}-journal"):
        try:
            os.remove(name)
        except FileNotFoundError:
            pass


def _plain_tables(objects) -> dict[str, str]:
    """name -> sql of the ordinary tables among ``objects`` (not virtual, not views)."""
    return {
        name: sql or ""
        for kind, name, _table, sql in objects
        if kind == "table" and "VIRTUAL" not in (sql or "").upper()[:40]
    }


def _data_tables(expected) -> list[str]:
    """The tables of an expected schema whose rows are copied: not the migrations table,
    not virtual tables nor their shadow tables (the search index is rebuilt by our triggers)."""
    virtual = [name for kind, name, _t, sql in expected if kind == "table" and "VIRTUAL" in (sql or "").upper()[:40]]
    return sorted(
        name for name in _plain_tables(expected)
        if name != schema.MIGRATIONS_TABLE and not name.startswith("sqlite_")
        and not any(name.startswith(v + "_") for v in virtual)
    )


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{_quoted(table)}")')]


def _quoted(name: str) -> str:
    return name.replace('"', '""')


def _version(reader: sqlite3.Connection, found: set) -> int:
    """How many of this version's migrations the copy starts from: the most whose tables and
    columns the original holds as ordinary tables, else the ones it records; 0 for none."""
    tables = _plain_tables(found)
    steps = schema._steps()
    columns: dict[str, set[str]] = {}

    def holds(table: str, wanted: list[str]) -> bool:
        if table not in tables:
            return False
        if table not in columns:
            columns[table] = set(_columns(reader, table))
        return set(wanted) <= columns[table]

    for count in range(len(steps), 0, -1):
        expected = schema.expected_schema([name for name, _ in steps[:count]])
        if all(holds(table, cols) for table, cols in _expected_columns(expected).items()):
            return count
    recorded = schema.applied_migration_names(reader) if schema.MIGRATIONS_TABLE in tables else []
    known = [name for name, _ in steps]
    count = 0
    while count < min(len(recorded), len(known)) and recorded[count] == known[count]:
        count += 1
    return count


def _expected_columns(expected) -> dict[str, list[str]]:
    """table -> its columns, for the data tables of an expected schema (from a scratch copy)."""
    connection = sqlite3.connect(":memory:")
    try:
        for kind, name, _table, sql in sorted(expected, key=lambda item: item[0] != "table"):
            if kind == "table" and sql and not name.startswith("sqlite_"):
                try:
                    connection.execute(sql)
                except sqlite3.Error:  # a virtual table's shadow tables come with it
                    pass
        return {table: _columns(connection, table) for table in _data_tables(expected)}
    finally:
        connection.close()


def _build(connection: sqlite3.Connection, count: int) -> None:
    """This version's first ``count`` migrations, applied to an empty database."""
    from sqlite_utils import Database, Migrations

    made = Migrations(schema.MIGRATION_SET)
    for name, function in schema._steps()[:count]:
        made(name=name)(function)
    made.apply(Database(connection))


def _copy(reader: sqlite3.Connection, source: Path, partial: Path) -> CleanedCopy:
    found = schema.schema_objects(reader) - schema.SQLITE_OWN_TABLES
    count = _version(reader, found)
    if count == 0:
        raise CleaningRefused("unknown_version", str(source))
    names = [name for name, _ in schema._steps()[:count]]
    expected = schema.expected_schema(names)
    dropped = sorted(
        {name for kind, name, table, sql in found if (kind, name, table, sql) not in expected}
    )
    writer = sqlite3.connect(str(partial), isolation_level=None)
    try:
        writer.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        writer.execute("PRAGMA foreign_keys = OFF")  # rows arrive table by table; checked after
        _build(writer, count)
        source_tables = _plain_tables(found)
        writer.execute("BEGIN")
        for table in _data_tables(expected):
            if table not in source_tables:
                continue  # named above: a view or a virtual table in its place, or missing
            wanted = _columns(writer, table)
            present = _columns(reader, table)
            common = [c for c in wanted if c in present]
            dropped += [f"{table}.{c}" for c in present if c not in wanted]
            if not common:
                continue
            listed = ", ".join(f'"{_quoted(c)}"' for c in common)
            marks = ", ".join("?" for _ in common)
            rows = reader.execute(f'SELECT {listed} FROM main."{_quoted(table)}"')
            insert = f'INSERT INTO "{_quoted(table)}" ({listed}) VALUES ({marks})'
            while batch := rows.fetchmany(BATCH):
                writer.executemany(insert, batch)
        orphans = _drop_orphans(writer)
        writer.execute("COMMIT")
    finally:
        writer.close()
    return CleanedCopy(partial, sorted(set(dropped)), orphans)


def _drop_orphans(writer: sqlite3.Connection) -> dict[str, int]:
    """Removes rows whose foreign keys point at rows not copied; how many, per table."""
    removed: dict[str, int] = {}
    for _ in range(20):  # a removed row may have been the parent of another
        violations = writer.execute("PRAGMA foreign_key_check").fetchall()
        if not violations:
            break
        for table, rowid, _parent, _key in violations:
            if rowid is None:
                continue
            deleted = writer.execute(f'DELETE FROM "{_quoted(table)}" WHERE rowid = ?', [rowid]).rowcount
            removed[table] = removed.get(table, 0) + max(deleted, 0)
    return {table: count for table, count in removed.items() if count}
