"""The documents convert with LibreOffice, page numbers and all, and the QR codes on the
printed table signs scan. One LibreOffice run converts every document (a few seconds)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from facilitator.export import ExportJob, Kind, run_job

from . import meeting_id, write_all

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("soffice", "pdftotext", "pdftoppm", "zbarimg")),
    reason="needs LibreOffice (soffice), poppler-utils and zbar-tools",
)
BASE = "http://10.42.0.1:8765"


def pdf_text(path, first: int | None = None, last: int | None = None) -> str:
    pages = (["-f", str(first)] if first else []) + (["-l", str(last)] if last else [])
    return subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True,
                          timeout=60, check=True).stdout


@pytest.fixture(scope="module")
def converted(demo_file, gathered, tmp_path_factory, qapp):
    from facilitator.i18n import LanguageSwitcher

    folder = tmp_path_factory.mktemp("pdf")
    switcher = LanguageSwitcher(qapp)
    switcher.set_language("en")
    try:
        from facilitator.storage.process_store import open_read_only

        store = open_read_only(demo_file)
        cafe = meeting_id(store, "world_cafe")
        store.close()
        documents = [
            run_job(ExportJob(Kind.MINUTES, demo_file, folder / "minutes.docx", cafe)),
            run_job(ExportJob(Kind.CATALOGUE, demo_file, folder / "catalogue.docx")),
            run_job(ExportJob(Kind.PRINTABLES, demo_file, folder / "printables.docx", cafe, base_url=BASE)),
        ]
        hostile = folder / "hostile"
        hostile.mkdir()
        text = "Början 🎉👩🏽‍🏫 عربي עברית \u202e\x00\x0b\ud800 <w:t>&amp; Slutet"
        documents += [path.rename(folder / f"hostile-{path.name}") for path in write_all(gathered, text, hostile)[:3]]
    finally:
        switcher.set_language("en")
    profile = (folder / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), *map(str, documents)], capture_output=True, timeout=240, check=True)
    return folder


@pytest.mark.parametrize("name", ["minutes", "catalogue", "printables", "hostile-minutes", "hostile-catalogue",
                                  "hostile-printables"])
def test_every_document_converts(converted, name):
    pdf = converted / f"{name}.pdf"
    assert pdf.exists() and pdf.stat().st_size > 1000
    text = pdf_text(pdf)
    if "printables" not in name:
        pages = text.count("\f")
        first = 2 if "catalogue" in name else 1  # the catalogue's cover has no page number
        assert f"Page {first} of" in text and f"Page {pages} of {pages}" in text
        assert ("Page 1 of" in text) == (first == 1)


def test_the_catalogues_contents_give_the_pages_of_its_chapters(converted):
    """LibreOffice fills in the contents' page numbers (PAGEREF fields to the headings'
    bookmarks) when it opens the file: each line's number is the page its heading is on."""
    pdf = converted / "catalogue.pdf"
    contents = pdf_text(pdf, 2, 2)
    lines = [re.match(r"\s*(.+?)\s*\.{3,}\s*(\d+)\s*$", line) for line in contents.splitlines()]
    entries = [(match.group(1), int(match.group(2))) for match in lines if match]
    assert len(entries) >= 15 and entries[0][0] == "Background and commission"
    pages = [page for _, page in entries]
    assert pages == sorted(pages) and pages[0] > 2
    for heading, page in entries:
        shown = " ".join(pdf_text(pdf, page, page).split())
        assert " ".join(heading.split())[:30] in shown, (heading, page)


def test_the_hostile_text_is_in_the_pdf(converted):
    text = pdf_text(converted / "hostile-minutes.pdf")
    assert "Början" in text and "عربي" in text and "<w:t>&amp; Slutet" in text


@pytest.mark.slow
def test_notes_of_ten_thousand_characters_in_every_field_convert(gathered, english, tmp_path):
    text = "Början " + "lång anteckning " * 700 + "Slutet"
    documents = write_all(gathered, text, tmp_path)[:3]
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, documents)],
                   capture_output=True, timeout=600, check=True)
    for document in documents:
        text = pdf_text(document.with_suffix(".pdf"))
        assert "Början" in text and "Slutet" in text


def test_the_printed_table_signs_scan(converted, demo_file, tmp_path):
    from facilitator.export.report_data import gather_printables
    from facilitator.storage.process_store import open_read_only

    store = open_read_only(demo_file)
    try:
        signs = gather_printables(store, meeting_id(store, "world_cafe"), BASE).signs
    finally:
        store.close()
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", str(len(signs)),
                    str(converted / "printables.pdf"), str(tmp_path / "sign")], check=True, timeout=60)
    pages = sorted(tmp_path.glob("sign*.png"))
    assert len(pages) == len(signs)
    for page, sign in zip(pages, signs):
        result = subprocess.run(["zbarimg", "--quiet", "--raw", str(page)], capture_output=True, text=True, timeout=30)
        assert result.stdout.split() == [sign.url]
        assert sign.table.name in pdf_text(converted / "printables.pdf", sign.number, sign.number)
