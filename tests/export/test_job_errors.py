"""A failed export names its real cause: not every FileNotFoundError is a missing folder."""

from __future__ import annotations

import errno

from facilitator.export.job import ExportError, _write_error, describe_error


def test_a_missing_folder_is_named_as_such(tmp_path):
    out = tmp_path / "gone" / "protokoll.docx"
    error = _write_error(FileNotFoundError(errno.ENOENT, "No such file or directory", str(out)), out)
    assert (error.code, error.detail) == ("folder_missing", str(out.parent))


def test_a_file_missing_inside_the_app_is_not_the_coordinators_folder(tmp_path):
    out = tmp_path / "protokoll.docx"
    inside = "/opt/facilitator/_internal/docx/parts/../templates/default-footer.xml"
    error = _write_error(FileNotFoundError(errno.ENOENT, "No such file or directory", inside), out)
    assert error.code == "write_failed"
    assert inside in error.reason
    assert inside in describe_error(error) and str(out) in describe_error(error)


def test_a_file_open_in_another_program_on_windows(tmp_path):
    out = tmp_path / "protokoll.docx"
    refused = PermissionError(errno.EACCES, "The process cannot access the file", str(out))
    refused.winerror = 32  # what Windows sets for a sharing violation
    error = _write_error(refused, out)
    assert error.code == "in_use"
    assert "another program" in describe_error(error)


def test_other_refusals_keep_their_meaning(tmp_path):
    out = tmp_path / "protokoll.docx"
    assert _write_error(OSError(errno.ENOSPC, "No space left on device"), out).code == "disk_full"
    assert _write_error(PermissionError(errno.EACCES, "Permission denied", str(out)), out).code == "locked"
    assert _write_error(IsADirectoryError(errno.EISDIR, "Is a directory", str(out)), out).code == "out_is_folder"
    other = _write_error(OSError(errno.EIO, "Input/output error", str(out)), out)
    assert isinstance(other, ExportError) and other.code == "write_failed" and other.reason == "Input/output error"
