"""Where the app keeps its own files on each operating system (not the process files,
which live wherever the coordinator saves them)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "Facilitator"


def _override() -> Path | None:
    value = os.environ.get("FACILITATOR_HOME")
    return Path(value) if value else None


def _data_path() -> Path:
    base = _override()
    return base / "data" if base else Path(platformdirs.user_data_dir(APP, appauthor=False))


def data_dir() -> Path:
    path = _data_path()
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    base = _override()
    path = base / "config" if base else Path(platformdirs.user_config_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    base = _override()
    path = base / "logs" if base else Path(platformdirs.user_log_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir(create: bool = True) -> Path:
    """The app's folder of backups; with ``create=False`` only named (a command that merely
    keeps its outputs out of it must not make it)."""
    path = _data_path() / "backups"
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def working_copies_dir() -> Path:
    """Where a process on a network drive is worked on, in a local copy
    (``storage.working_copy``)."""
    path = _data_path() / "working copies"
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_process_path() -> Path:
    return data_dir() / "Ekbacka-demo.facilitator"


def documents_dir() -> Path:
    return Path(platformdirs.user_documents_dir())
