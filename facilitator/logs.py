"""Named loggers per area, a rotating log file in the OS log folder, and native crash
records (faulthandler) kept for the next start."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import time
from pathlib import Path

from .platform import paths
from .storage import files

LOG_NAME = "facilitator.log"
CRASH_NAME = "crash.log"
PREVIOUS_CRASH_NAME = "crash.previous.log"
_crash_file = None

#: A log file grows to this size, then becomes facilitator.log.1 (… up to .KEEP); a session
#: that logs a warning in a loop can never fill the disk.
MAX_BYTES = 1_000_000
KEEP = 5


def rotate(path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> list[str]:
    """At start-up: a log grown past ``max_bytes`` becomes .1 (.1 becomes .2 …, the oldest goes).

    Returns the problems met, for the log once it is open. On Windows a log that another
    Facilitator (or an editor, a scanner) has open cannot be renamed: it is then left to grow
    a little longer, and the app starts all the same.
    """
    try:
        if path.stat().st_size <= max_bytes:
            return []
    except OSError:
        return []
    try:
        for number in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                files.replace(older, path.with_name(f"{path.name}.{number + 1}"))
        files.replace(path, path.with_name(f"{path.name}.1"))
    except OSError as error:
        return [f"could not rotate the log at start-up: {error}"]
    return []


class RotatingLog(logging.handlers.RotatingFileHandler):
    """RotatingFileHandler that survives a rollover Windows refuses.

    CPython's handler closes its own stream before renaming the log, which Windows needs;
    but while another handle has the file open (a second Facilitator writing the same log, an
    editor, a scanner) the rename fails. The stock handler then loses the record, prints a
    traceback to stderr, and tries (and fails) again for every later record. This one notes
    the failure in the log, goes on writing to the same file, and tries again after a while.
    """

    RETRY_SECONDS = 60.0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._next_rollover = 0.0

    def shouldRollover(self, record) -> bool:
        if time.monotonic() < self._next_rollover:
            return False
        return bool(super().shouldRollover(record))

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError as error:
            self._next_rollover = time.monotonic() + self.RETRY_SECONDS
            if self.stream is None:
                self.stream = self._open()
            note = logging.LogRecord(
                "facilitator.logs", logging.WARNING, __file__, 0,
                "could not rotate the log (%s); writing on to it and trying again in %d s",
                (error, self.RETRY_SECONDS), None,
            )
            logging.FileHandler.emit(self, note)


def setup_logging(level: int = logging.INFO, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> Path:
    """Logs of the "facilitator" loggers go to the OS log folder, rotating by size while the
    app runs (RotatingFileHandler) as well as at start-up."""
    path = paths.log_dir() / LOG_NAME
    root = logging.getLogger("facilitator")
    root.setLevel(level)
    for handler in root.handlers[:]:
        if not isinstance(handler, logging.FileHandler):
            continue
        if Path(handler.baseFilename) == path.absolute():
            return path  # already logging there: its file is open, so no start-up rotation
        # A log in another folder (FACILITATOR_HOME changed): closed, so that folder can go.
        root.removeHandler(handler)
        handler.close()
    problems = rotate(path, max_bytes, keep)
    try:
        handler = RotatingLog(path, maxBytes=max_bytes, backupCount=keep, encoding="utf-8", delay=False)
    except OSError as error:
        # Windows: a program holds the log without sharing it (an editor that locks it). A
        # log of this run's own is better than none, and better than not starting.
        problems.append(f"could not open {path}: {error}")
        path = path.with_name(f"{path.stem}.{os.getpid()}{path.suffix}")
        handler = RotatingLog(path, maxBytes=max_bytes, backupCount=keep, encoding="utf-8", delay=False)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root.addHandler(handler)
    for problem in problems:
        logging.getLogger("facilitator.logs").warning("%s", problem)
    return path


def shutdown_logging() -> None:
    """Flushes, closes and removes the "facilitator" logger's handlers and closes the crash
    file of faulthandler. After this no file in the log folder is open, so the folder can be
    deleted (Windows refuses while a file in it is open). Logging again needs setup_logging."""
    root = logging.getLogger("facilitator")
    for handler in root.handlers[:]:
        root.removeHandler(handler)
        try:
            handler.flush()
            handler.close()
        except (OSError, ValueError):  # already closed, or a disk gone: nothing left to keep
            pass
    _close_crash_file()


def previous_native_crash() -> str:
    """The native crash report left by the last run, if any. It is kept, renamed to
    crash.previous.log, so the coordinator can send it on; the next crash starts afresh."""
    path = paths.log_dir() / CRASH_NAME
    # Our own faulthandler file would keep crash.log from being renamed on Windows: closed for
    # the hand-over, and opened again (on the new, empty crash.log) afterwards.
    reopen = _crash_file is not None and Path(_crash_file.name).absolute() == path.absolute()
    if reopen:
        _close_crash_file()
    try:
        try:
            text = path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""
        if text:
            try:
                files.replace(path, path.with_name(PREVIOUS_CRASH_NAME))
            except OSError as error:  # offered again next time rather than lost
                logging.getLogger("facilitator.app").warning("could not keep the crash report: %s", error)
        return text
    finally:
        if reopen:
            enable_faulthandler()


def previous_crash_path() -> Path:
    return paths.log_dir() / PREVIOUS_CRASH_NAME


def enable_faulthandler() -> None:
    """A native crash (segmentation fault, abort) writes the Python stacks to crash.log."""
    global _crash_file
    _close_crash_file()  # never two handles on it: the first would stay open for good
    _crash_file = open(paths.log_dir() / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115
    faulthandler.enable(_crash_file)


def _close_crash_file() -> None:
    global _crash_file
    if _crash_file is None:
        return
    faulthandler.disable()
    try:
        _crash_file.close()
    except OSError:
        pass
    _crash_file = None


def route_qt_messages() -> None:
    """Qt's own warnings go to the log file (logger "facilitator.qt"), not to a console the
    coordinator never sees."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("facilitator.qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind, context, message):
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
