"""``facilitator demo FILE --force`` under Windows file semantics (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.demo.builder import build_demo, ensure_demo
from facilitator.domain.entities import Participant
from facilitator.storage import files
from facilitator.storage.errors import ProblemCode, ProcessFileError
from facilitator.storage.process_store import ProcessStore, check_process_file
from tests.windows_semantics import leftovers

pytestmark = pytest.mark.usefixtures("qapp")  # the command line makes a QCoreApplication otherwise


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(files, "RETRY_DELAYS", (0.01, 0.01))


def only_the_process(folder: Path, name: str) -> bool:
    return sorted(p.name for p in folder.iterdir()) == [name]


def test_force_replaces_a_closed_process_and_its_stale_wal(windows_files, tmp_path):
    path = tmp_path / "demo.facilitator"
    ProcessStore.create(path, "Gammal").close()
    Path(str(path) + "-wal").write_bytes(b"")  # left by a crash
    build_demo(path, overwrite=True)
    check_process_file(path)
    assert only_the_process(tmp_path, "demo.facilitator")


def test_force_refuses_a_process_open_in_this_program(windows_files, tmp_path):
    path = tmp_path / "demo.facilitator"
    store = ProcessStore.create(path, "Öppen")
    store.insert(Participant(name="Skrivs just nu"))
    try:
        with pytest.raises(ProcessFileError) as error:
            build_demo(path, overwrite=True)
        assert error.value.code == ProblemCode.IN_USE
        store.insert(Participant(name="Och sedan"))  # the open process is unharmed
    finally:
        store.close()
    assert [p.name for p in ProcessStore.open(path).list(Participant)] == ["Skrivs just nu", "Och sedan"]
    assert leftovers(tmp_path, ".~*") == []


def test_force_refuses_a_process_held_by_another_program(windows_files, tmp_path):
    path = tmp_path / "demo.facilitator"
    ProcessStore.create(path, "Gammal").close()
    before = path.read_bytes()
    windows_files.hold(path)
    with pytest.raises(ProcessFileError) as error:
        build_demo(path, overwrite=True)
    assert error.value.code == ProblemCode.IN_USE
    assert path.read_bytes() == before
    assert only_the_process(tmp_path, "demo.facilitator"), "no half-built demo left beside it"


def test_force_over_a_file_that_is_no_process(windows_files, tmp_path):
    path = tmp_path / "demo.facilitator"
    path.write_text("inte en databas")
    build_demo(path, overwrite=True)
    check_process_file(path)


def test_without_force_an_existing_file_is_kept(windows_files, tmp_path):
    path = tmp_path / "demo.facilitator"
    path.write_text("min fil")
    with pytest.raises(ProcessFileError) as error:
        build_demo(path)
    assert error.value.code == ProblemCode.EXISTS
    assert path.read_text() == "min fil"


def test_ensure_demo_rebuilds_a_damaged_demo(windows_files, tmp_path):
    path = tmp_path / "demo.facilitator"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    ensure_demo(path)
    check_process_file(path)


def test_the_command_says_the_file_is_open_in_another_program(windows_files, tmp_path, capsys, qapp):
    from facilitator.cli.main import EXIT_ERROR, main
    from facilitator.i18n import LanguageSwitcher

    path = tmp_path / "demo.facilitator"
    store = ProcessStore.create(path, "Öppen i fönstret")
    try:
        assert main(["demo", str(path), "--force"]) == EXIT_ERROR
    finally:
        store.close()
        LanguageSwitcher(qapp).set_language("en")  # the command chose Swedish
    err = capsys.readouterr().err
    assert "öppen i ett annat program" in err and str(path) in err
    assert "Traceback" not in err
