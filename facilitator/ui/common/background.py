"""Work off the GUI thread: run a function in Qt's thread pool and get its result, or the
exception it raised, back on the GUI thread as a signal.

    task = BackgroundTask(run_job, job, parent=self)
    task.succeeded.connect(self.done)       # called with the result, on the GUI thread
    task.failed.connect(self.show_problem)  # called with the exception, on the GUI thread
    task.start()

The function must not touch widgets or the GUI thread's store: give it plain data, and let
it open its own (read-only) connection if it needs the process file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger("facilitator.ui")


class _Relay(QObject):
    """Emitted from the worker thread; the task (a GUI-thread object) receives it queued."""

    done = Signal(object)
    error = Signal(object)


class BackgroundTask(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    # emitted after succeeded or failed
    finished = Signal()

    def __init__(self, function: Callable, *args, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._function = function
        self._args = args
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay()
        self._relay.done.connect(self._deliver_result)
        self._relay.error.connect(self._deliver_error)
        self.running = False

    def start(self) -> None:
        if self.running:
            raise RuntimeError("the task is already running")
        self.running = True
        self._pool.start(self._run)

    def _run(self) -> None:  # in a worker thread
        relay = self._relay
        try:
            result = self._function(*self._args)
        except BaseException as error:  # handed to the GUI thread, never lost
            relay.error.emit(error)
        else:
            relay.done.emit(result)

    @Slot(object)
    def _deliver_result(self, result) -> None:
        self.running = False
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _deliver_error(self, error) -> None:
        self.running = False
        log.info("background task failed: %r", error)
        self.failed.emit(error)
        self.finished.emit()
