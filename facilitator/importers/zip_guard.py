"""Look inside a zip package (an .xlsx workbook, a .docx/.dotx template) before any parser
opens it: the file's size, the number of parts, what each part and all of them unpack to, and
how tightly each large part is packed. A zip bomb is refused here, from the central directory
alone, before one byte is inflated.

The sizes in the central directory can be trusted for this: :mod:`zipfile` never inflates a
part beyond the size it declares (and checks its CRC), so a part that lies about its size fails
to read rather than growing.

Pure Python, no Qt.
"""

from __future__ import annotations

import fnmatch
import os
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["MB", "ArchiveRefused", "ZipLimits", "check_zip", "check_zip_file"]

MB = 1024 * 1024


@dataclass(frozen=True)
class ZipLimits:
    max_file_bytes: int
    max_entries: int
    max_total_bytes: int
    max_entry_bytes: int
    #: how many times its packed size a part may unpack to (checked for parts above ratio_floor)
    max_ratio: int = 100
    ratio_floor: int = MB
    #: tighter or looser limits for named parts (fnmatch patterns, first match wins)
    part_limits: Mapping[str, int] = field(default_factory=dict)

    def entry_limit(self, name: str) -> int:
        for pattern, limit in self.part_limits.items():
            if fnmatch.fnmatchcase(name, pattern):
                return limit
        return self.max_entry_bytes


class ArchiveRefused(Exception):
    """The package is over a limit. ``code``: too_large (the file; limit in bytes),
    too_many_parts (limit: a count), unpacks_too_large (all parts or one; limit in bytes),
    packed_too_tightly (limit: a ratio), not_zip. ``part``: the part's name, if one."""

    def __init__(self, code: str, limit: int = 0, part: str = "", actual: int = 0):
        super().__init__(code, limit, part, actual)
        self.code = code
        self.limit = limit
        self.part = part
        self.actual = actual

    def __str__(self) -> str:
        where = f" ({self.part})" if self.part else ""
        return f"{self.code}{where}: {self.actual} over the limit {self.limit}"


def check_zip_file(path: str | os.PathLike, limits: ZipLimits) -> list[zipfile.ZipInfo]:
    """The parts of the package at ``path`` if it is within ``limits``; else ArchiveRefused.
    OSError passes through."""
    size = Path(path).stat().st_size
    if size > limits.max_file_bytes:
        raise ArchiveRefused("too_large", limits.max_file_bytes, actual=size)
    try:
        with zipfile.ZipFile(path) as archive:
            return check_zip(archive, limits)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise ArchiveRefused("not_zip") from None


def check_zip(archive: zipfile.ZipFile, limits: ZipLimits) -> list[zipfile.ZipInfo]:
    """The same check on an open archive (the file's own size checked by the caller)."""
    entries = archive.infolist()
    if len(entries) > limits.max_entries:
        raise ArchiveRefused("too_many_parts", limits.max_entries, actual=len(entries))
    total = 0
    for info in entries:
        size = info.file_size
        limit = limits.entry_limit(info.filename)
        if size > limit:
            raise ArchiveRefused("unpacks_too_large", limit, info.filename, size)
        total += size
        if total > limits.max_total_bytes:
            raise ArchiveRefused("unpacks_too_large", limits.max_total_bytes, actual=total)
        if size > limits.ratio_floor and size > limits.max_ratio * max(info.compress_size, 1):
            ratio = size // max(info.compress_size, 1)
            raise ArchiveRefused("packed_too_tightly", limits.max_ratio, info.filename, ratio)
    return entries
