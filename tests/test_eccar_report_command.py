"""``facilitator export eccar-report FILE --out PATH.docx [--from] [--to]``: the report to ECCAR
from the command line, Swedish by default, one clear line and exit 1 for a period that is none,
and a usage error for a period given to another document."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from facilitator.cli.export import EXIT_ERROR, EXIT_USAGE, main
from facilitator.i18n import LanguageSwitcher

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    LanguageSwitcher(qapp).set_language("en")


@pytest.fixture(scope="module")
def demo(demo_file) -> Path:
    """The demo process, built once for the session; these commands only read it."""
    return demo_file


def export(capsys, *argv) -> tuple[int, str, str]:
    code = main(["export", *map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def headings(path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs if p.style.name == "Heading 1"]


def test_the_report_in_swedish_by_default_for_the_period_given(capsys, demo, tmp_path, monkeypatch):
    monkeypatch.delenv("FACILITATOR_LANG", raising=False)
    out = tmp_path / "Rapport till ECCAR.docx"
    code, stdout, stderr = export(capsys, "eccar-report", demo, "--out", out, "--from", "2027-06-14",
                                  "--to", "2029-06-13")
    assert (code, stderr) == (0, "") and stdout.strip() == str(out)
    document = Document(str(out))
    assert document.core_properties.language == "sv-SE"
    assert document.paragraphs[1].text == "Rapport till ECCAR"
    cover = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert cover["Rapportperiod"] == "14 juni 2027 – 13 juni 2029"
    assert cover["Planen antagen"] == "14 juni 2027 (Kommunfullmäktige)" and cover["Diarienummer"] == "KS 2026/318"
    assert headings(out)[0] == "Sammanfattning" and "Ändringar i planen sedan den antogs" in headings(out)
    text = "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "Varje vecka på två bibliotek. → Varje vecka på tre bibliotek." in text  # changed after the adoption
    assert "Vägledningen i Norrvik har startat." in text  # what was done in the period


def test_the_default_period_is_the_last_two_years(capsys, demo, tmp_path):
    from datetime import date

    from facilitator.export.docx_base import format_date
    from facilitator.export.eccar_data import default_period

    out = tmp_path / "r.docx"
    code, _, stderr = export(capsys, "eccar-report", demo, "--out", out, "--language", "en")
    assert (code, stderr) == (0, "")
    start, end = default_period(date.today())
    cover = {row.cells[0].text: row.cells[1].text for row in Document(str(out)).tables[0].rows}
    assert cover["Reporting period"] == f"{format_date(start)} – {format_date(end)}"


@pytest.mark.parametrize("argv", [["--from", "2029-01-01", "--to", "2028-01-01"], ["--to", "13 juni"]])
def test_a_period_that_is_none_is_one_clear_line_and_nothing_written(capsys, demo, tmp_path, argv):
    out = tmp_path / "r.docx"
    code, stdout, stderr = export(capsys, "eccar-report", demo, "--out", out, *argv, "--language", "en")
    assert code == EXIT_ERROR and stdout == "" and stderr.count("\n") == 1
    assert stderr.startswith("The reporting period") and not out.exists()


def test_a_period_for_another_document_is_a_usage_error(capsys, demo, tmp_path):
    code, stdout, stderr = export(capsys, "catalogue", demo, "--out", tmp_path / "k.docx", "--from", "2027-01-01",
                                  "--language", "en")
    assert code == EXIT_USAGE and stderr.startswith("--from and --to are for the ECCAR report only.")
