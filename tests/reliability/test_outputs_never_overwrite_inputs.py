"""Outputs never overwrite inputs (issue 14): no export or backup is written onto the process
being read or open, any other process file, the template in use, an imported list, or into
the app's folder of backups; ``facilitator demo FILE --force`` never replaces a process open
in the window. The command line exits with 1 and one clear line, the export dialog says why
in its status line, and every input is left exactly as it was (bytes and modification time).

A note for whoever reads files in these tests: closing any handle on a file drops every POSIX
lock this program holds on it, SQLite's included. The bytes of a process that is open here
are therefore read only before it is opened, or once nothing else depends on its locks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document

from facilitator.cli.export import EXIT_ERROR, main
from facilitator.domain.entities import Meeting, Participant
from facilitator.export.job import ExportError, describe_error
from facilitator.i18n import LanguageSwitcher
from facilitator.storage import backups
from facilitator.storage.outputs import Conflict, output_conflict
from facilitator.storage.process_store import ProcessStore, open_read_only
from facilitator.ui.document import ProcessDocument
from facilitator.ui.export_dialog import TEMPLATE, ExportDialog
from facilitator.ui.main_window import MainWindow
from facilitator.ui.settings import Settings

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    LanguageSwitcher(qapp).set_language("en")


def state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def folder_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def cafe(demo_path) -> int:
    store = open_read_only(demo_path)
    try:
        return store.list(Meeting, "format = 'world_cafe'")[0].id
    finally:
        store.close()


@pytest.fixture
def template(tmp_path) -> Path:
    path = tmp_path / "Kommunens mall.docx"
    document = Document()
    document.add_paragraph("Ekbacka kommun")
    document.save(str(path))
    return path


def export(capsys, *argv) -> tuple[int, str, str]:
    code = main(["export", *map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def refused_line(code: str, path: Path) -> str:
    """The line the command prints for ``code`` (in the language the command set up)."""
    return describe_error(ExportError(code, str(path))) + "\n"


# -- the command line -----------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["", "-wal", "-journal"])
def test_the_command_never_exports_onto_the_process_it_reads(capsys, demo_path, cafe, suffix):
    out = Path(str(demo_path) + suffix)
    before, names = state(demo_path), folder_names(demo_path.parent)
    code, stdout, stderr = export(capsys, "minutes", demo_path, "--meeting", cafe, "--out", out)
    assert code == EXIT_ERROR and stdout == ""
    assert stderr == refused_line(Conflict.PROCESS, out)
    assert state(demo_path) == before and folder_names(demo_path.parent) == names
    ProcessStore.open(demo_path).close()  # still the whole process


def test_the_command_never_exports_onto_another_process(capsys, demo_path, cafe, tmp_path):
    other = tmp_path / "Annan process.facilitator"
    ProcessStore.create(other, "Annan process").close()
    before = state(other)
    code, _out, stderr = export(capsys, "csv", demo_path, "--contributions", "--out", other)
    assert code == EXIT_ERROR and stderr == refused_line(Conflict.OTHER_PROCESS, other)
    assert state(other) == before


def test_the_command_never_exports_onto_its_template(capsys, demo_path, template):
    before = state(template)
    code, _out, stderr = export(capsys, "catalogue", demo_path, "--template", template, "--out", template)
    assert code == EXIT_ERROR and stderr == refused_line(Conflict.TEMPLATE, template)
    assert state(template) == before


def test_the_command_never_exports_through_a_link_to_the_process(capsys, demo_path, cafe, tmp_path):
    link = tmp_path / "genväg.docx"
    try:
        link.symlink_to(demo_path)
    except (OSError, NotImplementedError):
        pytest.skip("this file system or account cannot make symbolic links")
    hard = tmp_path / "hård länk.docx"
    try:
        os.link(demo_path, hard)
    except OSError:
        hard = None
    before = state(demo_path)
    for out in filter(None, (link, hard)):
        code, _out, stderr = export(capsys, "minutes", demo_path, "--meeting", cafe, "--out", out)
        assert code == EXIT_ERROR and stderr == refused_line(Conflict.PROCESS, out)
    assert link.is_symlink() and link.resolve() == demo_path.resolve()
    assert state(demo_path) == before


def test_the_command_never_exports_onto_the_process_by_another_case(capsys, demo_path, cafe):
    out = demo_path.with_name(demo_path.name.upper())
    if not out.exists():
        pytest.skip("this file system tells names apart by case")
    before = state(demo_path)
    code, _out, stderr = export(capsys, "minutes", demo_path, "--meeting", cafe, "--out", out)
    assert code == EXIT_ERROR and stderr == refused_line(Conflict.PROCESS, out)
    assert state(demo_path) == before


def test_a_different_case_is_compared_without_case_where_the_system_ignores_it(tmp_path, monkeypatch):
    """Where nothing exists yet, the path itself is compared; on Windows and macOS without case."""
    from facilitator.storage import outputs

    process = tmp_path / "Ekbacka.facilitator"
    monkeypatch.setattr(outputs, "CASELESS", True)
    assert output_conflict(tmp_path / "EKBACKA.FACILITATOR", processes=[process]) == Conflict.PROCESS
    monkeypatch.setattr(outputs, "CASELESS", False)
    assert output_conflict(tmp_path / "EKBACKA.FACILITATOR", processes=[process]) is None


def test_the_command_never_exports_into_the_backups(capsys, demo_path, facilitator_home):
    folder = facilitator_home / "data" / "backups" / "Ekbacka-0123456789"
    folder.mkdir(parents=True)
    out = folder / "åtgärder.csv"
    code, _out, stderr = export(capsys, "csv", demo_path, "--out", out)
    assert code == EXIT_ERROR and stderr == refused_line(Conflict.BACKUPS, out)
    assert not out.exists()


def test_an_ordinary_export_beside_the_process_still_works(capsys, demo_path, cafe):
    out = demo_path.with_name("Protokoll.docx")
    code, stdout, _err = export(capsys, "minutes", demo_path, "--meeting", cafe, "--out", out)
    assert code == 0 and stdout.strip() == str(out) and out.read_bytes()[:2] == b"PK"
    code, _out, _err = export(capsys, "minutes", demo_path, "--meeting", cafe, "--out", out)
    assert code == 0  # an earlier export may be replaced: it is an output, not an input


# -- the export dialog ----------------------------------------------------------------------


@pytest.fixture
def open_demo(qapp, demo_path):
    before = state(demo_path)  # read before it is opened (see the module's note)
    store = ProcessStore.open(demo_path)
    document = ProcessDocument(store)
    yield document, before
    store.close()


def dialog_for(qtbot, document, tmp_path, **options) -> ExportDialog:
    cafe = document.store.list(Meeting, "format = 'world_cafe'")[0].id
    settings = options.pop("settings", None) or Settings.at(tmp_path / "settings.ini")
    dialog = ExportDialog(document, cafe, None, settings=settings, open_url=lambda url: True, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_export(qtbot, dialog) -> None:
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)


def test_the_dialog_refuses_the_open_process_typed_as_the_path(qtbot, open_demo, tmp_path, demo_path):
    document, before = open_demo
    dialog = dialog_for(qtbot, document, tmp_path)
    dialog.out_edit.setText(str(demo_path))
    dialog.out_edit.textEdited.emit(str(demo_path))
    click_export(qtbot, dialog)
    assert dialog.task is None and dialog.written is None
    assert dialog.status.text() == describe_error(ExportError(Conflict.PROCESS, str(demo_path)))
    assert dialog.out_edit.text() == str(demo_path)  # the choice is kept, to be corrected
    # Typing goes on into the same file, and is there when it is opened again.
    document.store.insert(Participant(name="Skrivs efter exporten"))
    document.store.close()
    reopened = ProcessStore.open(demo_path)
    try:
        assert "Skrivs efter exporten" in [p.name for p in reopened.list(Participant)]
    finally:
        reopened.close()


def test_the_dialog_refuses_the_open_process_unchanged(qtbot, open_demo, tmp_path, demo_path):
    document, before = open_demo
    dialog = dialog_for(qtbot, document, tmp_path)
    dialog.out_edit.setText(str(demo_path))
    click_export(qtbot, dialog)
    assert dialog.task is None
    assert demo_path.stat().st_mtime_ns == before[1]
    document.store.close()
    assert state(demo_path) == before


def test_the_dialog_refuses_the_templates_the_lists_and_the_backups(qtbot, open_demo, tmp_path, template):
    document, _before = open_demo
    kept = tmp_path / "Sparad mall.dotx"
    shutil.copy(template, kept)
    imported = tmp_path / "anmälningar.csv"
    imported.write_text("Namn;Organisation\nAnna;Skolan\n", encoding="utf-8")
    backups_root = tmp_path / "säkerhetskopior"
    (backups_root / "Ekbacka-0123456789").mkdir(parents=True)
    settings = Settings.at(tmp_path / "settings.ini")
    settings.set(TEMPLATE, str(kept))  # remembered, though the built-in one is chosen now
    dialog = dialog_for(qtbot, document, tmp_path, settings=settings, backups_root=backups_root,
                        sources=(imported,))
    inputs = {path: state(path) for path in (template, kept, imported)}
    dialog.own_button.setChecked(True)
    dialog.template_edit.setText(str(template))
    cases = [(template, Conflict.TEMPLATE), (imported, Conflict.SOURCE),
             (backups_root / "Ekbacka-0123456789" / "protokoll.docx", Conflict.BACKUPS)]
    for out, conflict in cases:
        dialog.out_edit.setText(str(out))
        click_export(qtbot, dialog)
        assert dialog.task is None and dialog.status.text() == describe_error(ExportError(conflict, str(out)))
    dialog.builtin_button.setChecked(True)
    dialog.out_edit.setText(str(kept))
    click_export(qtbot, dialog)
    assert dialog.task is None and dialog.status.text() == describe_error(ExportError(Conflict.TEMPLATE, str(kept)))
    assert {path: state(path) for path in inputs} == inputs
    assert folder_names(backups_root / "Ekbacka-0123456789") == []


def test_the_window_passes_its_imported_lists_and_backups_to_the_dialog(qtbot, tmp_path, monkeypatch, demo_path):
    main = MainWindow(Settings.at(tmp_path / "settings.ini"), None, tmp_path / "backups")
    qtbot.addWidget(main)
    try:
        assert main.open_process(demo_path)
        imported = tmp_path / "anmälningar.csv"
        imported.write_text("Namn;Organisation\nAnna;Skolan\n", encoding="utf-8")
        from facilitator.ui.meeting.import_dialog import ImportDialog

        monkeypatch.setattr(ImportDialog, "exec", lambda self: 0)  # looked at, then cancelled
        main.import_participants(imported, None)
        seen = {}
        monkeypatch.setattr(ExportDialog, "exec", lambda self: seen.update(dialog=self) or 0)
        main.export_documents()
        dialog = seen["dialog"]
        assert dialog.sources == (imported,) and dialog.backups_root == tmp_path / "backups"
    finally:
        main.close_process()


# -- backups ----------------------------------------------------------------------------------


class FrozenClock(datetime):
    @classmethod
    def now(cls, tz=None):
        return cls(2024, 3, 14, 9, 30, 0, 123000)


def test_a_backup_is_never_written_onto_a_process(tmp_path, monkeypatch, demo_path):
    root = tmp_path / "säkerhetskopior"
    store = ProcessStore.open(demo_path)
    try:
        folder = backups.backup_folder(store.path, root)
        folder.mkdir(parents=True)
        # Someone has put another process exactly where the next backup would go, and a link
        # to the open process where the one after it would.
        stranger = folder / "20240314-093000-123.facilitator"
        ProcessStore.create(stranger, "Annan process").close()
        link = folder / "20240314-093000-123-2.facilitator"
        try:
            link.symlink_to(demo_path)
        except (OSError, NotImplementedError):
            link = None
        stranger_before = state(stranger)
        process_mtime = demo_path.stat().st_mtime_ns
        monkeypatch.setattr(backups, "datetime", FrozenClock)
        made = backups.make_backup(store, root)
        assert made.name == ("20240314-093000-123-3.facilitator" if link else "20240314-093000-123-2.facilitator")
        assert state(stranger) == stranger_before
        if link is not None:
            assert link.is_symlink() and link.resolve() == demo_path.resolve()
        assert demo_path.stat().st_mtime_ns == process_mtime
        assert [p.name for p in store.list(Participant)] == [p.name for p in ProcessStore.open(made).list(Participant)]
    finally:
        store.close()


# -- the demo writer over a process open in the window ---------------------------------------


def test_demo_force_refuses_a_process_open_in_the_window(qtbot, tmp_path, demo_path):
    before = state(demo_path)  # before the window opens it (see the module's note)
    main = MainWindow(Settings.at(tmp_path / "settings.ini"), None, tmp_path / "backups")
    qtbot.addWidget(main)
    try:
        assert main.open_process(demo_path)
        count = len(main.document.store.list(Participant))
        env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]), FACILITATOR_LANG="sv")
        result = subprocess.run([sys.executable, "-m", "facilitator", "demo", str(demo_path), "--force"],
                                capture_output=True, text=True, timeout=60, env=env)
        assert result.returncode == 1 and result.stdout == ""
        assert str(demo_path) in result.stderr and "öppen" in result.stderr
        assert demo_path.stat().st_mtime_ns == before[1]
        main.document.store.insert(Participant(name="Skrivs efter försöket"))
        assert len(main.document.store.list(Participant)) == count + 1
    finally:
        main.close_process()
    reopened = ProcessStore.open(demo_path)
    try:
        assert "Skrivs efter försöket" in [p.name for p in reopened.list(Participant)]
    finally:
        reopened.close()
