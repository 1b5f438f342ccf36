"""One open process file: checks before opening, migrations, and reads and writes of entities.

Every write commits at once in its own transaction, so nothing acknowledged is lost. A file
that is not a Facilitator process, is damaged, or comes from a newer version is refused
before anything is written to it.

Reads are plain queries on the store's sqlite3 connection (``conn``); transactions,
migrations and table helpers are sqlite-utils' (``db``), imported when first needed: opening
an up-to-date process and showing it never writes, and importing sqlite-utils (with click,
pluggy and dateutil) is a large part of the app's start-up otherwise.
"""

from __future__ import annotations

import builtins
import contextlib
import logging
import os
import secrets
import sqlite3
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import quote

from ..domain.entities import ENTITY_BY_TABLE, Entity, Process
from . import bounded, files, schema
from . import lock as locks
from .errors import ProblemCode, ProcessFileError
from .schema import APPLICATION_ID

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger("facilitator.storage")

EXTENSION = ".facilitator"
SQLITE_MAGIC = b"SQLite format 3\x00"

E = TypeVar("E", bound=Entity)


@dataclass(frozen=True)
class Tombstone:
    """Everything a delete removed, so undo can put it back exactly (ids included)."""

    rows: tuple[tuple[str, dict], ...]  # (table, row), the deleted row first
    nulled: tuple[tuple[str, int, str, object], ...]  # (table, id, column, old value)

    @property
    def root(self) -> tuple[str, int]:
        table, row = self.rows[0]
        return table, row["id"]


def _is_read_only(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return True
    # Root ignores permission bits in os.access, so look at the bits as well.
    file_writable = os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    folder_writable = os.access(path.parent, os.W_OK | os.X_OK)
    return not (file_writable and folder_writable)


def connect_read_only(path: str | os.PathLike, **options) -> sqlite3.Connection:
    """A connection that never writes to the process, and leaves nothing beside it.

    A writable file is opened read-write with ``query_only``: its last connection then
    folds the write-ahead log back and removes the -wal and -shm files. A ``mode=ro``
    connection cannot, and would leave them next to a file that was only read (an
    export, ``facilitator info``). A file we may not write gets that read-only connection.
    """
    path = Path(path)
    uri = f"file:{quote(str(path.resolve()))}"
    if not _is_read_only(path):
        try:
            connection = bounded.connect(uri + "?mode=rw", str(path), uri=True, **options)
            connection.execute("PRAGMA query_only = 1")
            return connection
        except sqlite3.Error:
            pass
    # A file we may not write: with no write-ahead log beside it, the file alone is the whole
    # process and nobody can be changing it, so it is read as immutable (SQLite then makes no
    # -wal/-shm files it could not remove again).
    if not Path(str(path) + "-wal").exists():
        return bounded.connect(uri + "?mode=ro&immutable=1", str(path), uri=True, **options)
    return bounded.connect(uri + "?mode=ro", str(path), uri=True, **options)


def looks_like_process(path: str | os.PathLike) -> bool:
    """True when ``path`` is a file whose header says it is a Facilitator process (SQLite's
    magic and our application id), whatever its state. Reads 100 bytes, writes nothing.

    Never ask this of a process this program has open: closing any handle on a file drops
    every POSIX lock the program holds on it, SQLite's included (``storage.outputs`` asks
    only after ruling out the processes that are open).
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    return (len(header) == 100 and header.startswith(SQLITE_MAGIC)
            and int.from_bytes(header[68:72], "big") == APPLICATION_ID)


def check_process_file(path: str | os.PathLike, *, for_writing: bool = True) -> None:
    """Raises ProcessFileError unless ``path`` is a healthy process this version can open.

    Reads only: the file is never modified, whatever it turns out to be.
    """
    path = Path(path)
    shown = str(path)
    if not path.exists():
        raise ProcessFileError(ProblemCode.NOT_FOUND, shown)
    if not path.is_file():
        raise ProcessFileError(ProblemCode.NOT_A_FILE, shown)
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise ProcessFileError(ProblemCode.NOT_A_FILE, shown, str(error)) from error
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise ProcessFileError(ProblemCode.NOT_SQLITE, shown)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise ProcessFileError(ProblemCode.OTHER_PROGRAM, shown)
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        raise _open_error(error, path) from error
    try:
        # The schema first: until it is known to be ours, nothing stored in the file may run.
        check_schema(connection, shown)
        result = connection.execute("PRAGMA quick_check").fetchall()
        if result != [("ok",)]:
            raise ProcessFileError(ProblemCode.CORRUPT, shown, "; ".join(str(r[0]) for r in result[:3]))
    except sqlite3.DatabaseError as error:
        raise _open_error(error, path) from error
    finally:
        connection.close()
    if for_writing and _is_read_only(path):
        raise ProcessFileError(ProblemCode.READ_ONLY, shown)


def check_schema(connection: sqlite3.Connection, shown: str) -> None:
    """Raises ProcessFileError unless the file's schema is exactly what this version's
    migrations make for the migrations it records (``schema.expected_schema``).

    Reads ``sqlite_master`` and the migrations table only, so nothing stored in the file
    (a view, a trigger, a virtual table) runs before it is known to be Facilitator's own.
    Objects Facilitator did not make are FOREIGN_OBJECTS; missing or changed ones, or a
    list of migrations this version did not write, are SCHEMA_MISMATCH; migrations after
    this version's last are NEWER_VERSION.
    """
    found = schema.schema_objects(connection) - schema.SQLITE_OWN_TABLES
    if not any(item[1] == schema.MIGRATIONS_TABLE for item in found):
        raise ProcessFileError(ProblemCode.CORRUPT, shown, "no migrations table")
    # The migrations table is read next, so it must be a plain table of the usual shape.
    _refuse_differences(
        {item for item in found if schema.MIGRATIONS_TABLE in (item[1], item[2])}, schema.expected_schema(()), shown
    )
    applied = schema.applied_migration_names(connection)
    known = schema.known_migration_names()
    if applied != known[: len(applied)]:
        if applied[: len(known)] == known:
            raise ProcessFileError(ProblemCode.NEWER_VERSION, shown, applied[-1])
        unexpected = [name for position, name in enumerate(applied) if known[position : position + 1] != [name]]
        raise ProcessFileError(ProblemCode.SCHEMA_MISMATCH, shown, _shown_names(unexpected))
    _refuse_differences(found, schema.expected_schema(applied), shown,
                        ours=lambda: schema.expected_schema(known))


def _refuse_differences(found: set[schema.SchemaObject], expected: frozenset[schema.SchemaObject], shown: str,
                        ours=None) -> None:
    """``ours``: the schema of every migration this version has (asked for only when
    something unexpected is found); an object exactly as one of them makes it is
    Facilitator's own, in a file whose record of migrations does not match (a mismatch)."""
    expected_by_key = {(item[0], item[1]): item for item in expected}
    found_keys = {(item[0], item[1]) for item in found}
    foreign: list[str] = []
    mismatched: list[str] = []
    for item in sorted(found, key=lambda item: (item[0], item[1])):
        wanted = expected_by_key.get((item[0], item[1]))
        if wanted == item:
            continue
        runs_code = item[0] in ("trigger", "view") or "VIRTUAL" in (item[3] or "").upper()
        (foreign if wanted is None or runs_code else mismatched).append(item[1])
    mismatched.extend(key[1] for key in sorted(expected_by_key) if key not in found_keys)
    if foreign and ours is not None:
        own = {item[1] for item in ours() if item in found}
        mismatched.extend(name for name in foreign if name in own)
        foreign = [name for name in foreign if name not in own]
    if foreign:
        raise ProcessFileError(ProblemCode.FOREIGN_OBJECTS, shown, _shown_names(foreign))
    if mismatched:
        raise ProcessFileError(ProblemCode.SCHEMA_MISMATCH, shown, _shown_names(mismatched))


def _shown_names(names: list[str], most: int = 8) -> str:
    """Names from a file, safe to show: printable, short, and not too many."""
    shown = ["".join(c if c.isprintable() else "?" for c in name)[:60] for name in names[:most]]
    return ", ".join(shown) + (", …" if len(names) > most else "")


class ProcessStore:
    """Reads and writes one process file. Not thread-safe: one store per thread."""

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = path
        self.conn = connection
        #: the lock of a store open for writing (``open``, ``create``); released by ``close``
        self.lock: locks.ProcessLock | None = None
        #: (st_dev, st_ino) of the file opened: a write is refused once the path is another file
        self._identity = file_identity(path)
        # What sqlite-utils' Database sets on a connection it is given, set here so that it
        # holds from the start whether or not ``db`` is ever made.
        connection.execute("PRAGMA recursive_triggers = ON")
        self._db: Database | None = None
        self._foreign_keys = self._read_foreign_keys()

    @property
    def db(self) -> Database:
        """sqlite-utils' Database on the same connection: transactions, migrations and table
        helpers. Made on first use (the first write), not when a process is opened."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._db

    def prepare_writes(self) -> None:
        """Makes ``db`` now (importing sqlite-utils takes some 50 ms), so that the first write
        does not wait for it; the window calls this once it is shown and idle."""
        self.db  # noqa: B018 - made for its side effect

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def _connect(cls, path: Path) -> sqlite3.Connection:
        connection = bounded.connect(str(path), str(path), isolation_level=None, check_same_thread=True)
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA busy_timeout = 3000")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            # Deleted content is overwritten with zeros, not left in free pages of the file.
            connection.execute("PRAGMA secure_delete = ON")
        except BaseException:
            # Closed at once, not whenever the traceback is collected: an open handle keeps
            # the file (and its -wal, -shm) from being renamed or deleted on Windows.
            connection.close()
            raise
        return connection

    @classmethod
    def create(cls, path: str | os.PathLike, title: str, municipality: str = "") -> ProcessStore:
        path = Path(path)
        if path.exists():
            raise ProcessFileError(ProblemCode.EXISTS, str(path))
        lock = locks.acquire(path)
        try:
            store = cls._create(path, title, municipality)
        except BaseException:
            lock.release()
            raise
        store.lock = lock
        log.info("created process %s", path)
        return store

    @classmethod
    def _create(cls, path: Path, title: str, municipality: str) -> ProcessStore:
        try:
            # Mark the file as ours in its header before the write-ahead log exists, so the
            # mark is on disk even if the app stops before the first checkpoint.
            marker = sqlite3.connect(str(path), isolation_level=None)
            try:
                marker.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                marker.execute("VACUUM")
            finally:
                marker.close()
            connection = cls._connect(path)
        except sqlite3.Error as error:
            _remove_failed_creation(path)
            raise _write_error(error, path) from error
        store = cls(path, connection)
        try:
            schema.migrations.apply(store.db)
            store._foreign_keys = store._read_foreign_keys()
            with store.db.atomic():
                store.db.table("process").insert(
                    Process(title=title, municipality=municipality, created_at=_now(),
                            process_key=secrets.token_hex(16)).to_row()
                    | {"id": 1}
                )
        except sqlite3.Error as error:
            store.close()
            _remove_failed_creation(path)
            raise _write_error(error, path) from error
        return store

    @classmethod
    def open(
        cls,
        path: str | os.PathLike,
        before_migrating: Callable[[ProcessStore], object] | None = None,
        take_over: str | None = None,
    ) -> ProcessStore:
        """Opens a checked process for writing, bringing an older file up to this version's
        schema.

        ``before_migrating(store)`` runs before an older file is changed (the window makes
        a backup there); each migration is a transaction of its own.

        The process's lock is taken first: a file open for writing in another window or
        instance raises ``lock.LockedError`` (ProblemCode.LOCKED_BY_OTHER) naming who has
        it; ``take_over`` is the id of a lock from another computer the coordinator has
        confirmed is abandoned.
        """
        path = Path(path)
        check_process_file(path)
        lock = locks.acquire(path, take_over=take_over)
        try:
            store = cls._open(path, before_migrating)
        except BaseException:
            _tidy_after_failed_open(path)
            lock.release()
            raise
        store.lock = lock
        return store

    @classmethod
    def _open(cls, path: Path, before_migrating: Callable[[ProcessStore], object] | None) -> ProcessStore:
        try:
            connection = cls._connect(path)
        except sqlite3.Error as error:
            if "locked" in str(error).lower():  # another program holds it locked right now
                raise ProcessFileError(ProblemCode.IN_USE, str(path), str(error)) from error
            raise _write_error(error, path) from error
        try:
            store = cls(path, connection)
            pending = schema.pending_migration_names(connection)
        except BaseException:
            connection.close()
            raise
        if pending:
            try:
                if schema.applied_migration_names(connection) and before_migrating is not None:
                    before_migrating(store)
                log.info("migrating %s: %s", path, pending)
                schema.migrations.apply(store.db)
            except sqlite3.Error as error:  # a full disk: said as such, never as damage
                store.close()
                raise _write_error(error, path) from error
            except Exception:
                store.close()
                raise
            store._foreign_keys = store._read_foreign_keys()
        return store

    def close(self) -> None:
        try:
            from .search import purge_search_index

            # Deleted text must not linger in the search index of a file that is e-mailed.
            purge_search_index(self)
        except (sqlite3.Error, ProcessFileError) as error:
            log.warning("could not tidy the search index: %s", error)
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self.conn.close()
        if self.lock is not None:
            self.lock.release()

    # -- the file's identity ----------------------------------------------------------------

    def check_identity(self) -> None:
        """Raises ProcessFileError FILE_GONE when the path no longer names the file that was
        opened (moved, replaced, deleted, or its folder gone): a write then goes nowhere the
        coordinator could find it again, so it must not be acknowledged."""
        now = file_identity(self.path)
        if now is None or (self._identity is not None and now != self._identity):
            raise ProcessFileError(ProblemCode.FILE_GONE, str(self.path))

    @contextlib.contextmanager
    def _atomic(self) -> Iterator[None]:
        """One transaction (a savepoint inside another). The outermost one checks, just
        before it commits, that the file is still where it was opened; if not, the write is
        rolled back and FILE_GONE raised."""
        outermost = not self.conn.in_transaction
        with self.db.atomic():
            yield
            if outermost:
                self.check_identity()

    def save_copy(self, target: str | os.PathLike) -> None:
        """Writes the whole content of this open connection to a new file ``target`` (SQLite's
        backup API): after the open file was moved or deleted, the connection still holds it.
        Raises ProcessFileError (EXISTS, DISK_FULL, WRITE_FAILED)."""
        target = Path(target)
        if target.exists():
            raise ProcessFileError(ProblemCode.EXISTS, str(target))
        partial = target.with_name(target.name + ".partial")
        try:
            destination = sqlite3.connect(str(partial), isolation_level=None)
            try:
                self.conn.backup(destination)
                destination.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                destination.close()
            files.rename(partial, target)
        except sqlite3.Error as error:
            _remove_failed_creation(partial)
            raise _write_error(error, target) from error
        except OSError as error:
            _remove_failed_creation(partial)
            code = ProblemCode.DISK_FULL if error.errno == 28 else ProblemCode.WRITE_FAILED
            raise ProcessFileError(code, str(target), str(error)) from error
        log.info("saved a copy of %s to %s", self.path, target)

    def erase_free_pages(self) -> None:
        """Leaves nothing deleted anywhere in the file: the search index's entries of deleted
        rows are dropped and the index merged into fresh pages, the file is rewritten
        (VACUUM) and the write-ahead log folded in and emptied. After an erasure, the file's
        bytes hold only what its rows hold."""
        from .search import TABLE as SEARCH_TABLE
        from .search import purge_search_index

        try:
            purge_search_index(self)
            with self.db.atomic():
                self.conn.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.execute("VACUUM")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as error:
            raise _write_error(error, self.path) from error

    def checkpoint(self) -> None:
        """Folds the write-ahead log into the file, so a copy of the file alone is complete."""
        self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    # -- generic reads ------------------------------------------------------------------

    def _rows(self, table: str, where: str | None = None, params: Iterable = (), order_by: str | None = None) -> list[dict]:
        """The rows of ``table`` as dicts (column: value), as sqlite-utils' rows_where gives them."""
        sql = f"SELECT * FROM [{table}]"
        if where is not None:
            sql += f" WHERE {where}"
        if order_by is not None:
            sql += f" ORDER BY {order_by}"
        cursor = self.conn.execute(sql, list(params))
        columns = [column[0] for column in cursor.description]
        return [dict(zip(columns, row)) for row in cursor]

    def process(self) -> Process:
        return Process.from_row(self._rows("process", "id = 1")[0])

    def get(self, cls: type[E], entity_id: int) -> E | None:
        rows = self._rows(cls.TABLE, "id = ?", [entity_id])
        return cls.from_row(rows[0]) if rows else None

    def list(self, cls: type[E], where: str | None = None, params: Iterable = (), order_by: str = "id") -> builtins.list[E]:
        return [cls.from_row(row) for row in self._rows(cls.TABLE, where, params, order_by)]

    def count(self, cls: type[Entity], where: str | None = None, params: Iterable = ()) -> int:
        sql = f"SELECT count(*) FROM [{cls.TABLE}]" + (f" WHERE {where}" if where else "")
        return self.conn.execute(sql, list(params)).fetchone()[0]

    def next_position(self, cls: type[Entity], where: str, params: Iterable) -> int:
        sql = f"SELECT coalesce(max(position), -1) + 1 FROM [{cls.TABLE}] WHERE {where}"
        return self.conn.execute(sql, list(params)).fetchone()[0]

    # -- generic writes: each commits at once -------------------------------------------

    def insert(self, entity: E) -> E:
        return self.insert_many([entity])[0]

    def insert_many(self, entities: Iterable[E]) -> builtins.list[E]:
        stored: builtins.list[E] = []
        try:
            with self._atomic():
                for entity in entities:
                    row = entity.to_row()
                    if row.get("id") is None:
                        row.pop("id")
                    cursor = self.conn.execute(
                        f"INSERT INTO [{entity.TABLE}] ({', '.join(f'[{k}]' for k in row)}) "
                        f"VALUES ({', '.join('?' for _ in row)})",
                        list(row.values()),
                    )
                    stored.append(entity.with_changes(id=cursor.lastrowid))
        except sqlite3.OperationalError as error:
            raise _write_error(error, self.path) from error
        return stored

    def update(self, cls: type[Entity], entity_id: int, **changes) -> dict:
        """Writes ``changes`` and returns the previous values of the changed fields."""
        unknown = set(changes) - set(cls.field_names())
        if unknown:
            raise ValueError(f"unknown fields for {cls.__name__}: {sorted(unknown)}")
        try:
            with self._atomic():
                row = self.conn.execute(
                    f"SELECT {', '.join(f'[{k}]' for k in changes)} FROM [{cls.TABLE}] WHERE id = ?",
                    [entity_id],
                ).fetchone()
                if row is None:
                    raise KeyError(f"{cls.TABLE} {entity_id}")
                before = dict(zip(changes, row))
                self.conn.execute(
                    f"UPDATE [{cls.TABLE}] SET {', '.join(f'[{k}] = ?' for k in changes)} WHERE id = ?",
                    [*changes.values(), entity_id],
                )
        except sqlite3.OperationalError as error:
            raise _write_error(error, self.path) from error
        for name in cls.bool_fields():
            if name in before:
                before[name] = bool(before[name])
        return before

    def delete(self, cls: type[Entity], entity_id: int) -> Tombstone:
        """Deletes an entity with everything that depends on it; returns what undo needs."""
        try:
            with self._atomic():
                root = self._rows(cls.TABLE, "id = ?", [entity_id])
                if not root:
                    raise KeyError(f"{cls.TABLE} {entity_id}")
                rows: list[tuple[str, dict]] = [(cls.TABLE, root[0])]
                nulled: list[tuple[str, int, str, object]] = []
                self._collect_dependents(cls.TABLE, [entity_id], rows, nulled, {(cls.TABLE, entity_id)})
                self.conn.execute(f"DELETE FROM [{cls.TABLE}] WHERE id = ?", [entity_id])
        except sqlite3.OperationalError as error:
            raise _write_error(error, self.path) from error
        return Tombstone(tuple(rows), tuple(nulled))

    def restore(self, tombstone: Tombstone) -> None:
        try:
            with self._atomic():
                self.conn.execute("PRAGMA defer_foreign_keys = ON")
                for table, row in tombstone.rows:
                    self.conn.execute(
                        f"INSERT INTO [{table}] ({', '.join(f'[{k}]' for k in row)}) "
                        f"VALUES ({', '.join('?' for _ in row)})",
                        list(row.values()),
                    )
                for table, row_id, column, value in tombstone.nulled:
                    self.conn.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE id = ?", [value, row_id])
        except sqlite3.OperationalError as error:
            raise _write_error(error, self.path) from error

    def _read_foreign_keys(self) -> builtins.list[tuple[str, str, str, str]]:
        """(child table, child column, parent table, on delete) for every foreign key."""
        keys = []
        tables = [row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for fk in self.conn.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
                keys.append((table, fk[3], fk[2], fk[6].upper()))
        return keys

    def _collect_dependents(self, table, ids, rows, nulled, seen) -> None:
        marks = ", ".join("?" for _ in ids)
        for child, column, parent, action in self._foreign_keys:
            if parent != table:
                continue
            found = self._rows(child, f"[{column}] IN ({marks})", ids)
            if action == "CASCADE":
                new = [row for row in found if (child, row["id"]) not in seen]
                seen.update((child, row["id"]) for row in new)
                rows.extend((child, row) for row in new)
                if new:
                    self._collect_dependents(child, [row["id"] for row in new], rows, nulled, seen)
            elif action == "SET NULL":
                nulled.extend((child, row["id"], column, row[column]) for row in found)

    def transaction(self):
        """Groups several writes into one: all of them are saved, or none."""
        return self._atomic()

    # -- questions the window asks --------------------------------------------------------

    def names(self, cls: type[Entity], column: str = "name") -> dict[int, str]:
        return {row[0]: row[1] for row in self.conn.execute(f"SELECT id, [{column}] FROM [{cls.TABLE}]")}

    def agenda_minutes(self, meeting_id: int) -> int:
        sql = "SELECT coalesce(sum(minutes), 0) FROM agenda_item WHERE meeting_id = ?"
        return self.conn.execute(sql, [meeting_id]).fetchone()[0]

    # -- process-level facts --------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {
            table: self.conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
            for table in ("meeting", "participant", "organisation", "contribution", "measure")
        }

    def schema_version(self) -> str:
        applied = schema.applied_migration_names(self.conn)
        return applied[-1] if applied else ""


def entity_class(table: str) -> type[Entity]:
    return ENTITY_BY_TABLE[table]


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _write_error(error: sqlite3.Error, path: Path) -> ProcessFileError:
    text = str(error).lower()
    if "full" in text:
        code = ProblemCode.DISK_FULL
    elif "readonly" in text or "read-only" in text:
        code = ProblemCode.READ_ONLY
    elif "locked" in text or "busy" in text:  # another program (or instance) is writing it now
        code = ProblemCode.WRITE_BUSY
    elif "disk i/o" in text:
        code = ProblemCode.DISK_FULL if _disk_is_full(path) else ProblemCode.DISK_ERROR
    else:
        code = ProblemCode.WRITE_FAILED
    return ProcessFileError(code, str(path), str(error))


def _open_error(error: sqlite3.Error, path: Path) -> ProcessFileError:
    """Why a check while opening failed: damage only when SQLite says the content is bad;
    a full disk, an I/O error or a lock is said as what it is (and never leads to an offer
    to replace the file with a backup)."""
    text = str(error).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return ProcessFileError(ProblemCode.CORRUPT, str(path), str(error))
    if "locked" in text or "busy" in text:
        return ProcessFileError(ProblemCode.IN_USE, str(path), str(error))
    if "full" in text or "disk i/o" in text or "unable to open" in text:
        if "full" in text or _disk_is_full(path):
            return ProcessFileError(ProblemCode.DISK_FULL, str(path), str(error))
        return ProcessFileError(ProblemCode.DISK_ERROR, str(path), str(error))
    return ProcessFileError(ProblemCode.CORRUPT, str(path), str(error))


#: Less free space than this (bytes) beside the file counts as a full disk.
FULL_DISK_BYTES = 256 * 1024


def _disk_is_full(path: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(Path(path).parent).free < FULL_DISK_BYTES
    except OSError:
        return False


def _tidy_after_failed_open(path: Path) -> None:
    """Nothing is left beside a file that could not be opened (a full disk during a
    migration): a connection of our own, opened and closed while we still hold the lock,
    folds back and removes a -wal and -shm that hold nothing."""
    if not Path(str(path) + "-wal").exists():
        return
    try:
        connection = sqlite3.connect(str(path), timeout=0.2)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        log.warning("could not tidy %s after a failed open: %s", path, error)


def _remove_failed_creation(path: Path) -> None:
    """Nothing is left behind by a file that could not be made (a full disk)."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        files.remove_quietly(Path(str(path) + suffix))


def file_identity(path: str | os.PathLike) -> tuple[int, int] | None:
    """(st_dev, st_ino) of the file at ``path``, or None when there is none. Where the file
    system gives no inode number (0: FAT on some USB sticks), only the device is compared
    and a missing file is still noticed."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


# -- reading without writing, and leaving the write-ahead log -----------------------------------

#: How long a read-only store waits (milliseconds) while the window writes or checkpoints.
READ_ONLY_BUSY_TIMEOUT_MS = 2000


class ReadOnlyStore(ProcessStore):
    """A store on a read-only connection: it never writes, not even when it is closed. An
    edit through it (a process opened read-only in the window) is refused with
    OPENED_READ_ONLY before anything is tried."""

    #: the private local copy read instead of a file on a network drive (removed on closing)
    snapshot: Path | None = None

    def close(self) -> None:
        self.conn.close()
        if self.snapshot is not None:
            from .working_copy import remove_snapshot

            remove_snapshot(self.snapshot)
            self.snapshot = None

    @contextlib.contextmanager
    def _atomic(self) -> Iterator[None]:
        raise ProcessFileError(ProblemCode.OPENED_READ_ONLY, str(self.path))
        yield  # pragma: no cover - a generator, for contextmanager


def open_read_only(path: str | os.PathLike, *, check_same_thread: bool = True) -> ReadOnlyStore:
    """A store on a read-only connection of its own, for a worker thread (export), the
    command line (``info``, ``serve``) or the smoke test. It never migrates or writes, and
    waits a moment (``READ_ONLY_BUSY_TIMEOUT_MS``) while the window is writing.

    A file on a network drive (``platform.filesystems``) is copied to a private local file
    first and that copy is read: SQLite's write-ahead log is never used across computers, and
    the share is only read, byte for byte. The store still names the file on the share.

    Raises ProcessFileError for a file that is missing, damaged or not a process.
    """
    path = Path(path)
    from ..platform.filesystems import on_network_drive

    if on_network_drive(path):
        from .working_copy import local_snapshot, remove_snapshot

        local = local_snapshot(path)
        try:
            store = _open_read_only_here(local, check_same_thread)
        except ProcessFileError as error:
            remove_snapshot(local)
            raise ProcessFileError(error.code, str(path), error.detail) from error
        store.path, store.snapshot = path, local
        return store
    return _open_read_only_here(path, check_same_thread)


def _open_read_only_here(path: Path, check_same_thread: bool) -> ReadOnlyStore:
    check_process_file(path, for_writing=False)
    connection = connect_read_only(path, check_same_thread=check_same_thread)
    try:
        connection.execute(f"PRAGMA busy_timeout = {int(READ_ONLY_BUSY_TIMEOUT_MS)}")
        return ReadOnlyStore(path, connection)
    except BaseException:
        connection.close()  # at once: an open handle keeps the file from being replaced on Windows
        raise


def data_version(store: ProcessStore) -> int:
    """A number that changes whenever another connection has committed a change to the file
    (SQLite's ``data_version``): a reader polls it to know when to read again."""
    return store.conn.execute("PRAGMA data_version").fetchone()[0]


def leave_write_ahead_log(path: str | os.PathLike, *, timeout: float = 0.5) -> None:
    """Folds the write-ahead log of the database at ``path`` into the file and leaves WAL
    mode (the content stays the same; opening sets WAL again), so the file alone is whole
    and may be replaced.

    That needs the only connection to the file: SQLite answers "database is locked" while
    any other connection (of this or another program) has it open, and that is raised as
    ProcessFileError IN_USE. A file that cannot be opened or is not a database is left as
    it is.
    """
    try:
        connection = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        connection.execute("PRAGMA journal_mode = DELETE").fetchall()
    except sqlite3.OperationalError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise ProcessFileError(ProblemCode.IN_USE, str(path), str(error)) from error
    except sqlite3.DatabaseError:
        pass
    finally:
        connection.close()
