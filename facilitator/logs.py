"""Named loggers per area, a rotating log file in the OS log folder, and native crash
records (faulthandler) kept for the next start."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
from pathlib import Path

from .platform import paths

LOG_NAME = "facilitator.log"
CRASH_NAME = "crash.log"
PREVIOUS_CRASH_NAME = "crash.previous.log"
_crash_file = None

#: A log file grows to this size, then becomes facilitator.log.1 (… up to .KEEP); a session
#: that logs a warning in a loop can never fill the disk.
MAX_BYTES = 1_000_000
KEEP = 5


def rotate(path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    """At start-up: a log grown past ``max_bytes`` becomes .1 (.1 becomes .2 …, the oldest goes)."""
    try:
        if path.stat().st_size <= max_bytes:
            return
    except OSError:
        return
    for number in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{number + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def setup_logging(level: int = logging.INFO, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> Path:
    """Logs of the "facilitator" loggers go to the OS log folder, rotating by size while the
    app runs (RotatingFileHandler) as well as at start-up."""
    path = paths.log_dir() / LOG_NAME
    rotate(path, max_bytes, keep)
    root = logging.getLogger("facilitator")
    root.setLevel(level)
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=max_bytes, backupCount=keep, encoding="utf-8", delay=False
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        root.addHandler(handler)
    return path


def previous_native_crash() -> str:
    """The native crash report left by the last run, if any. It is kept, renamed to
    crash.previous.log, so the coordinator can send it on; the next crash starts afresh."""
    path = paths.log_dir() / CRASH_NAME
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""
    if text:
        try:
            path.replace(path.with_name(PREVIOUS_CRASH_NAME))
        except OSError as error:  # offered again next time rather than lost
            logging.getLogger("facilitator.app").warning("could not keep the crash report: %s", error)
    return text


def previous_crash_path() -> Path:
    return paths.log_dir() / PREVIOUS_CRASH_NAME


def enable_faulthandler() -> None:
    """A native crash (segmentation fault, abort) writes the Python stacks to crash.log."""
    global _crash_file
    _crash_file = open(paths.log_dir() / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115
    faulthandler.enable(_crash_file)


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
