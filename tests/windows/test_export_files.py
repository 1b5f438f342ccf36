"""Every export over an existing file, and over one open in Word, under Windows file
semantics (issue 11): the old file stays whole, no temporary file is left, the message names
the cause."""

from __future__ import annotations

import pytest

from facilitator.domain.entities import Meeting
from facilitator.export.docx_base import write_atomically
from facilitator.export.job import ExportError, ExportJob, Kind, describe_error, run_job
from facilitator.storage import files
from tests.windows_semantics import leftovers, open_files

pytestmark = pytest.mark.usefixtures("qapp")

SUFFIX = {Kind.MINUTES: ".docx", Kind.CATALOGUE: ".docx", Kind.PRINTABLES: ".docx",
          Kind.MEASURES_CSV: ".csv", Kind.CONTRIBUTIONS_CSV: ".csv", Kind.REMISS_SUMMARY: ".docx",
          Kind.SELF_ASSESSMENT: ".docx", Kind.PEER_REVIEW_FOLLOW_UP: ".docx", Kind.ECCAR_REPORT: ".docx",
          Kind.CALENDAR: ".ics", Kind.RESULTS_SITE: ".zip"}


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(files, "RETRY_DELAYS", (0.01, 0.01))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from facilitator.demo.builder import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.facilitator")


@pytest.fixture(scope="module")
def cafe(demo) -> int:
    from facilitator.export.report_data import open_read_only

    store = open_read_only(demo)
    try:
        return store.list(Meeting, "format = 'world_cafe'")[0].id
    finally:
        store.close()


def job(kind: Kind, demo, cafe, out) -> ExportJob:
    meeting = cafe if kind in (Kind.MINUTES, Kind.PRINTABLES) else None
    if kind in (Kind.SELF_ASSESSMENT, Kind.PEER_REVIEW_FOLLOW_UP):
        from facilitator.export.report_data import open_read_only

        store = open_read_only(demo)
        try:
            meeting = store.list(Meeting, "format = 'self_assessment'")[0].id
        finally:
            store.close()
    return ExportJob(kind, demo, out, meeting, base_url="http://192.168.1.2:8765")


@pytest.mark.parametrize("kind", list(Kind))
def test_an_export_replaces_an_existing_file(windows_files, demo, cafe, tmp_path, kind):
    out = tmp_path / f"Export{SUFFIX[kind]}"
    out.write_bytes(b"the old version")
    assert run_job(job(kind, demo, cafe, out)) == out
    assert out.read_bytes() != b"the old version"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]
    assert not [p for p in open_files() if p.startswith(str(demo)) or p.startswith(str(tmp_path))]


@pytest.mark.parametrize("kind", list(Kind))
def test_an_export_over_a_file_open_in_word_says_so(windows_files, demo, cafe, tmp_path, kind):
    out = tmp_path / f"Öppen i Word{SUFFIX[kind]}"
    out.write_bytes(b"the old version")
    windows_files.hold(out)
    with pytest.raises(ExportError) as error:
        run_job(job(kind, demo, cafe, out))
    assert out.read_bytes() == b"the old version"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name], "no temporary file left"
    message = describe_error(error.value)
    assert "open in another program" in message and str(out) in message
    assert "does not exist" not in message


def test_word_opening_the_file_during_the_export_is_reported_as_such(windows_files, tmp_path, monkeypatch):
    """Word opens the file after the check and before the replace; Windows then says
    "access denied" (WinError 5), which must still come out as the sharing violation."""
    out = tmp_path / "protokoll.docx"
    out.write_bytes(b"old")
    real_replace = files.replace

    def word_opens_it(source, target):
        windows_files.hold(target)
        try:
            real_replace(source, target)
        except PermissionError as error:
            error.winerror = 5
            raise

    monkeypatch.setattr(files, "replace", word_opens_it)
    with pytest.raises(PermissionError) as error:
        write_atomically(out, b"new")
    assert files.is_sharing_violation(error.value)
    assert out.read_bytes() == b"old" and leftovers(tmp_path, ".~*") == []


def test_a_scanner_holding_the_new_file_for_a_moment_is_waited_for(windows_files, tmp_path, monkeypatch):
    out = tmp_path / "lista.csv"
    out.write_bytes(b"old")
    monkeypatch.setattr(files, "RETRY_DELAYS", (0.01, 0.01, 0.01))
    real_replace = files.os.replace
    attempts = []

    def scanned_twice(source, target):
        attempts.append(source)
        if len(attempts) <= 2:
            windows_files.hold(source)
        try:
            return real_replace(source, target)
        finally:
            windows_files.release(source)

    monkeypatch.setattr(files.os, "replace", scanned_twice)
    write_atomically(out, b"new")
    assert out.read_bytes() == b"new" and len(attempts) == 3
    assert leftovers(tmp_path, ".~*") == []
