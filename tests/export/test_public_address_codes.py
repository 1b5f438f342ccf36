"""QR codes that outlive the meeting: with a public address set, the printables and the
minutes carry codes to the meeting's results there (decoded by zbarimg); without one, the
printables' codes lead to the laptop as before, and the minutes carry none."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document

from facilitator.actions import perform
from facilitator.actions.meetings import set_public_address
from facilitator.domain.entities import Meeting, Process
from facilitator.domain.public_address import meeting_url
from facilitator.export.job import ExportJob, Kind, run_job
from facilitator.export.report_data import gather_minutes, minutes_content
from facilitator.share.links import table_url
from facilitator.storage.process_store import ProcessStore, open_read_only

from . import body_text, meeting_id
from .test_printables import decode

BASE = "http://10.42.0.1:8765"
PUBLIC = "https://www.ekbacka.se/lika-ratt/"
needs_zbar = pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg is not installed")


def decoded(docx: Path, folder: Path) -> set[str]:
    """What every picture of a Word document decodes to (its QR codes)."""
    found = set()
    with zipfile.ZipFile(docx) as archive:
        for name in archive.namelist():
            if name.startswith("word/media/") and name.endswith(".png"):
                image = folder / name.rsplit("/", 1)[1]
                image.write_bytes(archive.read(name))
                found.update(decode(image))
    return found


def with_address(path: Path, address: str) -> None:
    store = ProcessStore.open(path)
    try:
        perform(store, set_public_address(store, address))
        assert store.get(Process, 1).public_address == address
    finally:
        store.close()


def export(kind: Kind, process: Path, out: Path, meeting: int) -> Path:
    return run_job(ExportJob(kind=kind, process_path=process, out_path=out, meeting_id=meeting, base_url=BASE))


@needs_zbar
def test_printables_lead_to_the_laptop_without_a_public_address(demo_copy, english, tmp_path):
    store = open_read_only(demo_copy)
    try:
        cafe = meeting_id(store, "world_cafe")
        token = store.get(Meeting, cafe).share_token
    finally:
        store.close()
    path = export(Kind.PRINTABLES, demo_copy, tmp_path / "rummet.docx", cafe)
    assert decoded(path, tmp_path) == {table_url(BASE, token, n) for n in range(1, 7)}
    assert "follow the table's question and notes" in body_text(Document(str(path)))


@needs_zbar
def test_printables_and_minutes_lead_to_the_public_address_when_it_is_set(demo_copy, english, tmp_path):
    with_address(demo_copy, PUBLIC)
    store = open_read_only(demo_copy)
    try:
        cafe = meeting_id(store, "world_cafe")
    finally:
        store.close()
    results = meeting_url(PUBLIC, cafe)
    assert results == f"{PUBLIC}moten/{cafe}/"
    path = export(Kind.PRINTABLES, demo_copy, tmp_path / "rummet.docx", cafe)
    assert decoded(path, tmp_path) == {results}
    text = body_text(Document(str(path)))
    assert "see the meeting's results" in text and BASE not in text and results in text
    minutes = export(Kind.MINUTES, demo_copy, tmp_path / "protokoll.docx", cafe)
    assert decoded(minutes, tmp_path) == {results}
    assert "The results online" in body_text(Document(str(minutes)))


def test_the_minutes_carry_no_code_without_a_public_address(demo_copy, english, tmp_path):
    store = open_read_only(demo_copy)
    try:
        cafe = meeting_id(store, "world_cafe")
    finally:
        store.close()
    minutes = Document(str(export(Kind.MINUTES, demo_copy, tmp_path / "protokoll.docx", cafe)))
    assert "The results online" not in body_text(minutes) and len(minutes.inline_shapes) == 0


def test_setting_the_address_does_not_change_what_signed_minutes_record(demo_copy, english):
    """Where the results are published is not part of the meeting's record: minutes signed
    before it was set are still the signed ones."""
    store = ProcessStore.open(demo_copy)
    try:
        cafe = meeting_id(store, "world_cafe")
        before = minutes_content(gather_minutes(store, cafe))
        perform(store, set_public_address(store, PUBLIC))
        assert minutes_content(gather_minutes(store, cafe)) == before
    finally:
        store.close()
