"""``facilitator export``: every document from the command line, Swedish by default, and one
clear line on stderr with a non-zero exit for every problem."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from facilitator.cli.export import EXIT_ERROR, EXIT_USAGE, add_parser, main
from facilitator.domain.entities import Meeting
from facilitator.i18n import LanguageSwitcher

# In-process runs create a QCoreApplication if there is none; the GUI tests that follow need a
# QApplication, so make sure that one exists first.
pytestmark = pytest.mark.usefixtures("qapp")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    LanguageSwitcher(qapp).set_language("en")


@pytest.fixture(scope="module")
def demo(demo_file) -> Path:
    """The demo process, built once for the session; these commands only read it."""
    return demo_file


@pytest.fixture(scope="module")
def cafe(demo) -> int:
    from facilitator.export.report_data import open_read_only

    store = open_read_only(demo)
    try:
        return store.list(Meeting, "format = 'world_cafe'")[0].id
    finally:
        store.close()


def export(capsys, *argv) -> tuple[int, str, str]:
    code = main(["export", *map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_add_parser_registers_export_with_run_as_func():
    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["export", "csv", "p.facilitator", "--out", "x.csv", "--contributions"])
    assert args.func.__name__ == "run" and args.document == "csv" and args.contributions


def test_minutes_in_swedish_by_default(capsys, demo, cafe, tmp_path, monkeypatch):
    monkeypatch.delenv("FACILITATOR_LANG", raising=False)
    out = tmp_path / "Minnesanteckningar.docx"
    code, stdout, stderr = export(capsys, "minutes", demo, "--meeting", cafe, "--out", out)
    assert (code, stderr) == (0, "")
    assert stdout.strip() == str(out)
    document = Document(str(out))
    assert document.core_properties.language == "sv-SE"
    assert "Idé:" in "\n".join(p.text for p in document.paragraphs)  # the Swedish vocabulary
    assert document.tables[0].rows[1].cells[1].text == "4 februari 2027"


def test_every_document_in_english(capsys, demo, cafe, tmp_path):
    cases = [
        ("minutes", ["--meeting", cafe, "--names"], "minutes.docx"),
        ("catalogue", [], "catalogue.docx"),
        ("printables", ["--meeting", cafe, "--base-url", "http://10.42.0.1:8765"], "printables.docx"),
        ("csv", [], "measures.csv"),
        ("csv", ["--contributions", "--meeting", cafe], "contributions.csv"),
    ]
    for document, extra, name in cases:
        code, stdout, stderr = export(capsys, document, demo, *extra, "--out", tmp_path / name, "--language", "en")
        assert (code, stderr) == (0, ""), document
        assert Path(stdout.strip()).exists()
    assert Document(str(tmp_path / "minutes.docx")).paragraphs[0].text == "Minutes"
    assert "Hodan Farah" in "\n".join(cell.text for table in Document(str(tmp_path / "minutes.docx")).tables
                                      for row in table.rows for cell in row.cells)
    assert "http://10.42.0.1:8765/m/" in "\n".join(p.text for p in Document(str(tmp_path / "printables.docx")).paragraphs)
    assert (tmp_path / "measures.csv").read_bytes().startswith(b"\xef\xbb\xbfNo.;Measure;")
    assert (tmp_path / "contributions.csv").read_bytes().startswith(b"\xef\xbb\xbfMeeting;")


def test_a_template_of_ones_own(capsys, demo, tmp_path):
    template = tmp_path / "kommunens mall.docx"
    own = Document()
    own.styles["Normal"].font.name = "Garamond"
    own.save(str(template))
    code, _, stderr = export(capsys, "catalogue", demo, "--out", tmp_path / "k.docx", "--template", template)
    assert (code, stderr) == (0, "")
    assert Document(str(tmp_path / "k.docx")).styles["Normal"].font.name == "Garamond"


@pytest.mark.parametrize("argv, message", [
    (["minutes", "{demo}", "--out", "{tmp}/x.docx"], "minutes needs --meeting ID"),
    (["printables", "{demo}", "--out", "{tmp}/x.docx"], "printables needs --meeting ID"),
])
def test_a_missing_meeting_is_a_usage_error(capsys, demo, tmp_path, argv, message):
    argv = [a.format(demo=demo, tmp=tmp_path) for a in argv]
    code, stdout, stderr = export(capsys, *argv, "--language", "en")
    assert code == EXIT_USAGE and stdout == ""
    assert stderr.count("\n") == 1 and stderr.startswith(message)


def test_problems_get_one_clear_line(capsys, demo, cafe, tmp_path):
    not_docx = tmp_path / "mall.docx"
    not_docx.write_text("inte Word")
    folder = tmp_path / "mapp"
    folder.mkdir()
    workshop = cafe + 1
    cases = [
        (["minutes", tmp_path / "saknas.facilitator", "--meeting", 1, "--out", tmp_path / "a.docx"], "does not exist"),
        (["minutes", not_docx, "--meeting", 1, "--out", tmp_path / "a.docx"], "is not a Facilitator process file"),
        (["minutes", demo, "--meeting", 999, "--out", tmp_path / "a.docx"], "no meeting with the id 999"),
        (["catalogue", demo, "--out", tmp_path / "saknas" / "a.docx"], "does not exist"),
        (["catalogue", demo, "--out", folder], "is a folder"),
        (["catalogue", demo, "--out", tmp_path / "a.docx", "--template", not_docx], "is not a Word document"),
        (["catalogue", demo, "--out", tmp_path / "a.docx", "--template", tmp_path / "nej.docx"], "does not exist"),
        (["printables", demo, "--meeting", workshop, "--out", tmp_path / "a.docx"], "no café tables"),
    ]
    for argv, message in cases:
        code, stdout, stderr = export(capsys, *argv, "--language", "en")
        assert code == EXIT_ERROR, argv
        assert stdout == "" and stderr.count("\n") == 1 and message in stderr, (argv, stderr)
    assert not (tmp_path / "a.docx").exists()


def test_a_locked_file_is_explained(capsys, demo, tmp_path, monkeypatch):
    def locked(source, destination):
        raise PermissionError(13, "Permission denied", str(destination))

    monkeypatch.setattr(os, "replace", locked)
    code, _, stderr = export(capsys, "catalogue", demo, "--out", tmp_path / "öppen.docx", "--language", "en")
    assert code == EXIT_ERROR and "open in another program" in stderr
    assert list(tmp_path.iterdir()) == []  # no half-written or temporary file is left


def test_errors_are_swedish_by_default(demo, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("FACILITATOR_LANG", None)
    result = subprocess.run(
        [sys.executable, "-m", "facilitator.cli.export", "export", "minutes", str(tmp_path / "saknas.facilitator"),
         "--meeting", "1", "--out", str(tmp_path / "a.docx")],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == EXIT_ERROR
    assert "finns inte" in result.stderr and result.stderr.count("\n") == 1


def test_the_process_file_is_not_changed(capsys, demo, cafe, tmp_path):
    before = demo.read_bytes()
    export(capsys, "minutes", demo, "--meeting", cafe, "--out", tmp_path / "m.docx")
    assert demo.read_bytes() == before


def test_minutes_version_signed_writes_the_signed_minutes_byte_for_byte(capsys, demo, cafe, tmp_path):
    import shutil

    from facilitator import actions
    from facilitator.actions import minutes as signing
    from facilitator.storage.process_store import ProcessStore

    copy = tmp_path / "demo.facilitator"
    shutil.copy(demo, copy)
    code, _out, err = export(capsys, "minutes", copy, "--meeting", cafe, "--out", tmp_path / "a.docx",
                             "--version", "signed")
    assert code == EXIT_ERROR and err.count("\n") == 1 and not (tmp_path / "a.docx").exists()
    store = ProcessStore.open(copy)
    try:
        actions.perform(store, signing.sign_minutes(store, cafe, signed_on="2027-02-11", adjusters="Maria Öberg",
                                                    content="{}", document=b"PK as signed"))
    finally:
        store.close()
    code, out, err = export(capsys, "minutes", copy, "--meeting", cafe, "--out", tmp_path / "a.docx",
                            "--version", "signed")
    assert code == 0 and err == "" and (tmp_path / "a.docx").read_bytes() == b"PK as signed"
    code, _out, _err = export(capsys, "minutes", copy, "--meeting", cafe, "--out", tmp_path / "b.docx",
                              "--version", "current")
    assert code == 0 and Document(str(tmp_path / "b.docx")).paragraphs[0].text == "Minnesanteckningar"
    code, _out, err = export(capsys, "minutes", copy, "--meeting", cafe, "--out", tmp_path / "c.docx",
                             "--version", "senast")
    assert code == EXIT_USAGE and "--version" in err


def test_the_remiss_summary(capsys, demo, tmp_path):
    out = tmp_path / "Remissammanställning.docx"
    code, stdout, stderr = export(capsys, "remiss-summary", demo, "--out", out, "--language", "en")
    assert (code, stderr, stdout.strip()) == (0, "", str(out))
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Consultation summary" in text and "The plan in general" in text


def test_a_process_without_remiss_has_no_summary(capsys, tmp_path):
    from facilitator.storage.process_store import ProcessStore

    empty = tmp_path / "utan remiss.facilitator"
    ProcessStore.create(empty, "Utan remiss").close()
    before = empty.read_bytes()
    out = tmp_path / "x.docx"
    code, stdout, stderr = export(capsys, "remiss-summary", empty, "--out", out, "--language", "en")
    assert code == EXIT_ERROR and stdout == ""
    assert stderr.strip() == "The process has no remiss round to summarise. Start one on the Consultation tab first."
    assert not out.exists() and empty.read_bytes() == before
