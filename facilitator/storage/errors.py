"""Why a process file could not be opened or written. Codes, not sentences: the words
(Swedish or English) are chosen by ``facilitator.messages``."""

from __future__ import annotations

from enum import StrEnum


class ProblemCode(StrEnum):
    NOT_FOUND = "not_found"
    NOT_A_FILE = "not_a_file"
    NOT_SQLITE = "not_sqlite"
    OTHER_PROGRAM = "other_program"
    CORRUPT = "corrupt"
    NEWER_VERSION = "newer_version"
    READ_ONLY = "read_only"
    EXISTS = "exists"
    WRITE_FAILED = "write_failed"
    DISK_FULL = "disk_full"
    IN_USE = "in_use"  # open in another program (Windows refuses to replace or rename it)
    FOREIGN_OBJECTS = "foreign_objects"  # views, triggers, tables Facilitator did not make (detail: their names)
    SCHEMA_MISMATCH = "schema_mismatch"  # the migrations it records do not match what it holds (detail: what)
    TOO_SLOW = "too_slow"  # a read ran past its budget (storage/bounded.py) and was stopped
    LOCKED_BY_OTHER = "locked_by_other"  # open for writing in another window or instance (its lock file)
    WRITE_BUSY = "write_busy"  # "database is locked" while writing: another program is writing it
    FILE_GONE = "file_gone"  # the open file was moved, replaced or deleted, or its folder is gone
    OPENED_READ_ONLY = "opened_read_only"  # an edit in a process opened read-only
    DISK_ERROR = "disk_error"  # the disk could not be read or written (I/O error): not damage of the file
    # A process on a network drive (storage/working_copy.py): the work goes on in a local copy.
    REMOTE_CHANGED = "remote_changed"  # someone else changed (or removed) the file on the network drive meanwhile
    NETWORK_UNAVAILABLE = "network_unavailable"  # the network drive could not be written or reached
    UNSAVED_WORKING_COPY = "unsaved_working_copy"  # a local copy holds work not yet saved back (after a crash)


class ProcessFileError(Exception):
    def __init__(self, code: ProblemCode, path: str, detail: str = ""):
        super().__init__(f"{code}: {path}" + (f" ({detail})" if detail else ""))
        self.code = code
        self.path = path
        self.detail = detail
