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
_crash_file = None


def setup_logging(level: int = logging.INFO) -> Path:
    folder = paths.log_dir()
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger("facilitator")
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    return folder / LOG_NAME


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
