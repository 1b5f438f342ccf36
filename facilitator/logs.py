"""Named loggers per area, a rotating log file in the OS log folder, and native crash
records (faulthandler) kept for the next start."""

from __future__ import annotations

import faulthandler
import logging
from pathlib import Path

from .platform import paths

LOG_NAME = "facilitator.log"
CRASH_NAME = "crash.log"
_crash_file = None


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


def setup_logging(level: int = logging.INFO) -> Path:
    path = paths.log_dir() / LOG_NAME
    rotate(path)
    root = logging.getLogger("facilitator")
    root.setLevel(level)
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        root.addHandler(handler)
    return path


def previous_native_crash() -> str:
    """The native crash report left by the last run, if any (and clears it)."""
    path = paths.log_dir() / CRASH_NAME
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""
    if text:
        path.rename(path.with_suffix(".previous.log"))
    return text


def enable_faulthandler() -> None:
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
