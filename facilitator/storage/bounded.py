"""Connections whose every statement has a budget, so that no process file can hang the app.

Each connection storage opens is a ``BoundedConnection``: SQLite calls its progress handler
every ``TICK`` virtual-machine instructions, and a statement (with everything it runs: its
triggers, the rows fetched from it) that uses more than ``STATEMENT_BUDGET`` ticks is
stopped. A crafted file (a recursive view, a trigger that loops) then fails with
``ProcessFileError(TOO_SLOW)`` instead of freezing ``info``, an export or the window.

The budget is generous: the largest legitimate statement of the large benchmark process
(``benchmarks/large_process.py``: open, ``info`` and every export) uses a few dozen ticks
(18 measured); the budget is some three seconds of work on an ordinary laptop.
"""

from __future__ import annotations

import sqlite3

from .errors import ProblemCode, ProcessFileError

#: Instructions between two calls of the progress handler.
TICK = 10_000
#: Ticks one statement may use: 10,000 ticks are a hundred million instructions, some three
#: seconds of work on an ordinary laptop.
STATEMENT_BUDGET = 10_000


class BoundedCursor(sqlite3.Cursor):
    """A cursor whose statements start a fresh budget, and whose reads and fetches turn a
    statement stopped for its budget into ``ProcessFileError(TOO_SLOW)``."""

    connection: BoundedConnection

    def execute(self, sql, parameters=(), /):
        self.connection._start_statement()
        try:
            return super().execute(sql, parameters)
        except sqlite3.Error as error:
            self._let_go(error)
            raise

    def executemany(self, sql, seq_of_parameters, /):
        self.connection._start_statement()
        try:
            return super().executemany(sql, seq_of_parameters)
        except sqlite3.Error as error:
            self._let_go(error)
            raise

    def executescript(self, sql_script, /):
        self.connection._start_statement()
        try:
            return super().executescript(sql_script)
        except sqlite3.Error as error:
            self._let_go(error)
            raise

    def fetchone(self):
        try:
            return super().fetchone()
        except sqlite3.Error as error:
            self._let_go(error)
            raise

    def fetchmany(self, size: int | None = None):
        try:
            return super().fetchmany(self.arraysize if size is None else size)
        except sqlite3.Error as error:
            self._let_go(error)
            raise

    def fetchall(self):
        try:
            return super().fetchall()
        except sqlite3.Error as error:
            self._let_go(error)
            raise

    def __next__(self):
        try:
            return super().__next__()
        except sqlite3.Error as error:
            self._let_go(error)
            raise

    def _let_go(self, error: sqlite3.Error) -> None:
        """A failed statement is let go at once: kept alive (by a traceback), it would keep
        the file open, and its -wal and -shm beside it, after the store is closed (a full disk
        during a migration, a statement stopped for its budget). Raises
        ProcessFileError(TOO_SLOW) if the budget stopped it."""
        connection = self.connection
        self.close()
        if connection.stopped:
            connection.stopped = False
            raise ProcessFileError(ProblemCode.TOO_SLOW, connection.shown_path, str(error)) from error


class BoundedConnection(sqlite3.Connection):
    """An sqlite3 connection with a budget per statement (module docstring). Made by
    ``sqlite3.connect(..., factory=BoundedConnection)`` and then ``bound(path)``."""

    shown_path: str = ""
    stopped: bool = False
    budget: int = STATEMENT_BUDGET
    _ticks: int = 0
    #: The most ticks one statement has used on this connection (for measuring the budget).
    most_ticks: int = 0

    def bound(self, shown_path: str, budget: int | None = None) -> BoundedConnection:
        self.shown_path = shown_path
        self.budget = STATEMENT_BUDGET if budget is None else budget
        self.set_progress_handler(self._progress, TICK)
        return self

    def _progress(self) -> int:
        self._ticks += 1
        if self._ticks > self.most_ticks:
            self.most_ticks = self._ticks
        if self._ticks > self.budget:
            self.stopped = True
            return 1
        return 0

    def _start_statement(self) -> None:
        self._ticks = 0
        self.stopped = False

    def cursor(self, factory=None):
        return super().cursor(factory or BoundedCursor)

    # sqlite3.Connection's own shortcuts run the statement in C without the cursor's
    # execute, so they go through the bounded cursor here.
    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters, /):
        return self.cursor().executemany(sql, seq_of_parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)


def connect(database: str, shown_path: str, **options) -> BoundedConnection:
    """``sqlite3.connect`` with a budget per statement."""
    connection = sqlite3.connect(database, factory=BoundedConnection, **options)
    assert isinstance(connection, BoundedConnection)
    return connection.bound(shown_path)
