"""``facilitator export results-site FILE [--meeting ID] --out FOLDER|ZIP``: the results as web
pages, in a new folder or a zip; one clear line and exit 1 for every problem, nothing half
written."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from facilitator.cli.export import EXIT_ERROR, main
from facilitator.i18n import LanguageSwitcher
from facilitator.storage.process_store import open_read_only

from .share.site_helpers import all_files, hostile_process, leaked, link_problems, zip_files

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
    code = main(["export", "results-site", *map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_whole_plan_as_a_folder_and_as_a_zip(capsys, demo, tmp_path):
    before = demo.read_bytes()
    code, out, err = export(capsys, demo, "--out", tmp_path / "resultat")
    assert (code, err) == (0, "") and out.strip() == str(tmp_path / "resultat")
    folder = all_files(tmp_path / "resultat")
    assert "index.html" in folder and "en/index.html" in folder and "moten/1/index.html" in folder
    code, out, err = export(capsys, demo, "--out", tmp_path / "resultat.zip")
    assert (code, err) == (0, "") and zipfile.is_zipfile(tmp_path / "resultat.zip")
    assert zip_files(tmp_path / "resultat.zip").keys() == folder.keys()
    assert link_problems(folder) == []
    store = open_read_only(demo)
    try:
        assert leaked(folder, store) == {}
    finally:
        store.close()
    assert demo.read_bytes() == before  # the process is only read


def test_one_meeting(capsys, demo, tmp_path):
    code, _out, err = export(capsys, demo, "--meeting", 2, "--out", tmp_path / "träff.zip")
    assert (code, err) == (0, "")
    assert sorted(zip_files(tmp_path / "träff.zip")) == [
        "en/index.html", "en/moten/2/index.html", "icon.svg", "index.html", "moten/2/index.html", "style.css"]


def test_a_hostile_process_leaks_nothing(capsys, tmp_path):
    path = hostile_process(tmp_path)
    code, _out, err = export(capsys, path, "--out", tmp_path / "site.zip")
    assert (code, err) == (0, "")
    store = open_read_only(path)
    try:
        assert leaked(zip_files(tmp_path / "site.zip"), store) == {}
    finally:
        store.close()


def test_problems_get_one_clear_swedish_line_and_nothing_is_written(capsys, demo, tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "gammal.html").write_text("gammal sida")
    (tmp_path / "en fil.txt").write_text("x")
    cases = [
        (("--out", tmp_path / "full"), "innehåller redan filer"),
        (("--out", tmp_path / "en fil.txt"), "är inte en mapp"),
        (("--out", tmp_path / "saknas" / "site"), "finns inte"),
        (("--meeting", 999, "--out", tmp_path / "x.zip"), "999"),
        (("--out", demo), "processfil"),
    ]
    for argv, words in cases:
        code, _out, err = main(["export", "results-site", str(demo), *map(str, argv), "--language", "sv"]), *(
            capsys.readouterr())
        assert code == EXIT_ERROR, argv
        assert words in err and err.count("\n") == 1, (argv, err)
    assert (tmp_path / "full" / "gammal.html").read_text() == "gammal sida"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["en fil.txt", "full"]
