"""The app's settings, declared once with their types and defaults (Picard's Option idea)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


@dataclass(frozen=True)
class Option:
    key: str
    default: object
    kind: type


LANGUAGE = Option("ui/language", "sv", str)
RECENT_FILES = Option("files/recent", [], list)
LAST_FILE = Option("files/last", "", str)
GEOMETRY = Option("ui/geometry", b"", bytes)
BACKUP_MINUTES = Option("backups/interval_minutes", 10, int)
#: Where phones found the laptop the last time sharing was on (printed QR codes carry it).
SHARING_PORT = Option("sharing/port", 0, int)
SHARING_ADDRESS = Option("sharing/address", "", str)


class Settings:
    def __init__(self, qsettings: QSettings):
        self.qsettings = qsettings

    @classmethod
    def at(cls, path: Path) -> Settings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, option: Option):
        value = self.qsettings.value(option.key, option.default)
        if option.kind is list:
            if value in (None, ""):
                return []
            return [value] if isinstance(value, str) else list(value)
        if option.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return option.default
        if option.kind is bytes:
            return bytes(value) if value else b""
        return option.kind(value) if value is not None else option.default

    def set(self, option: Option, value) -> None:
        self.qsettings.setValue(option.key, value)
        self.qsettings.sync()

    def recent_files(self) -> list[str]:
        return [path for path in self.get(RECENT_FILES) if path]

    def remember_file(self, path: str) -> None:
        recent = [path] + [p for p in self.recent_files() if p != path]
        self.qsettings.setValue(RECENT_FILES.key, recent[:MAX_RECENT])
        self.set(LAST_FILE, path)  # one write of the settings file for both

    def forget_file(self, path: str) -> None:
        self.set(RECENT_FILES, [p for p in self.recent_files() if p != path])

    # -- the documents exported from each process (they may hold personal data) ------------

    MAX_EXPORTS = 200

    @staticmethod
    def _exports_key(process_path: str | Path) -> str:
        import hashlib

        try:
            resolved = str(Path(process_path).resolve())
        except OSError:
            resolved = str(process_path)
        return "exports/" + hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:16]

    def remember_export(self, process_path: str | Path, written: str | Path) -> None:
        """Notes a document written from a process, so erasing a person can name it."""
        key = self._exports_key(process_path)
        self.qsettings.sync()  # what another instance (``facilitator export``) noted meanwhile
        known = self.get(Option(key, [], list))
        written = str(written)
        self.set(Option(key, [], list), ([written] + [p for p in known if p != written])[: self.MAX_EXPORTS])

    def exports_of(self, process_path: str | Path) -> list[Path]:
        """The documents exported from a process that are still where they were written
        (by the window or by ``facilitator export``)."""
        self.qsettings.sync()
        return [Path(p) for p in self.get(Option(self._exports_key(process_path), [], list)) if p and Path(p).exists()]
