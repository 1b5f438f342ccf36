"""The public address in the window: typed in the sharing window, saved as one undoable step,
explained when it is not an address; and the export dialog says where printed QR codes lead,
plainly when they lead to the laptop; the results site from the window's own action."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from facilitator.domain.entities import Meeting, Process
from facilitator.export.job import Kind
from facilitator.share.controller import SharingController
from facilitator.ui.export_dialog import ExportDialog
from facilitator.ui.settings import Settings
from facilitator.ui.sharing.public_address_box import PublicAddressBox
from facilitator.ui.sharing.sharing_panel import SharingPanel

PUBLIC = "https://www.ekbacka.se/lika-ratt/"


@pytest.fixture
def box(qtbot, demo, switcher):
    widget = PublicAddressBox(demo)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_and_leave(qtbot, box, text: str) -> None:
    box.edit.setFocus()
    box.edit.clear()
    qtbot.keyClicks(box.edit, text)
    box.edit.editingFinished.emit()


def test_an_address_is_saved_as_one_undoable_step(qtbot, box, demo):
    assert box.edit.text() == "" and "work only in the room" in box.hint.text()
    type_and_leave(qtbot, box, "https://www.ekbacka.se/lika-ratt")
    assert demo.store.get(Process, 1).public_address == PUBLIC
    assert box.edit.text() == PUBLIC and "lead to this address" in box.hint.text()
    assert demo.undo_stack.count() == 1
    assert demo.undo_stack.undoText() == "Set the public address of the results"
    demo.undo_stack.undo()
    assert demo.store.get(Process, 1).public_address == ""
    box.edit.clearFocus()
    demo.undo_stack.redo()
    qtbot.waitUntil(lambda: box.edit.text() == PUBLIC)
    assert demo.undo_stack.count() == 1  # leaving the field again changes nothing
    box.edit.editingFinished.emit()
    assert demo.undo_stack.count() == 1


def test_what_is_not_an_address_is_explained_and_kept_in_the_field(qtbot, box, demo):
    type_and_leave(qtbot, box, "http://www.ekbacka.se/")
    assert not box.problem.isHidden() and "must begin with https://" in box.problem.text()
    assert box.edit.text() == "http://www.ekbacka.se/"  # what was typed stays, to be fixed
    assert demo.store.get(Process, 1).public_address == "" and demo.undo_stack.count() == 0
    type_and_leave(qtbot, box, "https://ekbacka.se/r/")
    assert box.problem.isHidden() and demo.store.get(Process, 1).public_address == "https://ekbacka.se/r/"


def test_the_messages_are_swedish_in_swedish(qtbot, box, switcher):
    switcher.set_language("sv")
    qtbot.waitUntil(lambda: box.label.text() != "&Public address of the results:")
    type_and_leave(qtbot, box, "ftp://ekbacka.se/")
    assert "https://" in box.problem.text() and "Inget sparades" in box.problem.text()


def test_the_sharing_panel_holds_the_box(qtbot, demo, switcher):
    controller = SharingController(demo)
    panel = SharingPanel(controller, 1)
    qtbot.addWidget(panel)
    try:
        assert isinstance(panel.public_box, PublicAddressBox)
    finally:
        controller.stop()


@pytest.fixture
def dialog(qtbot, demo, switcher, tmp_path):
    cafe = demo.store.list(Meeting, "format = 'world_cafe'")[0].id
    widget = ExportDialog(demo, cafe, None, settings=Settings.at(tmp_path / "settings.ini"),
                          open_url=lambda url: True, kind=Kind.PRINTABLES)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def export(qtbot, dialog) -> None:
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)


def test_printables_with_the_laptop_s_address_say_the_codes_work_only_in_the_room(qtbot, dialog, tmp_path):
    dialog.base_url_edit.setText("http://10.42.0.1:8765")
    dialog.base_url_edit.textEdited.emit("http://10.42.0.1:8765")
    note = dialog.address_note.text()
    assert dialog.address_note.isVisible() and "http://10.42.0.1:8765" in note
    assert "work only in the room" in note and "same address" in note
    dialog.out_edit.setText(str(tmp_path / "material.docx"))
    export(qtbot, dialog)
    assert (tmp_path / "material.docx").exists()
    assert "Saved:" in dialog.status.text() and "work only in the room" in dialog.status.text()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.MINUTES))
    assert not dialog.address_note.isVisible()


def test_printables_with_a_public_address_say_where_the_codes_lead(qtbot, demo, switcher, tmp_path):
    demo.store.update(Process, 1, public_address=PUBLIC)
    cafe = demo.store.list(Meeting, "format = 'world_cafe'")[0].id
    widget = ExportDialog(demo, cafe, None, settings=Settings.at(tmp_path / "settings.ini"), kind=Kind.PRINTABLES)
    qtbot.addWidget(widget)
    widget.show()
    assert PUBLIC in widget.address_note.text() and "work only in the room" not in widget.address_note.text()
    assert not widget.base_url_edit.isEnabled()


def test_the_results_site_from_the_dialog(qtbot, dialog, tmp_path):
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.RESULTS_SITE))
    assert dialog.out_edit.text().endswith(".zip") and not dialog.meeting_box.isEnabled()
    assert not dialog.builtin_button.isEnabled() and not dialog.names_box.isEnabled()
    dialog.out_edit.setText(str(tmp_path / "resultat.zip"))
    export(qtbot, dialog)
    with zipfile.ZipFile(tmp_path / "resultat.zip") as archive:
        names = archive.namelist()
    assert "index.html" in names and sum(name.startswith("moten/") for name in names) > 1
    # Only the chosen meeting's, into a new folder.
    dialog.one_meeting_box.setChecked(True)
    assert dialog.meeting_box.isEnabled()
    dialog.out_edit.setText(str(tmp_path / "mötet"))
    export(qtbot, dialog)
    written = sorted(p.relative_to(tmp_path / "mötet").as_posix() for p in (tmp_path / "mötet").rglob("*.html"))
    assert written == ["en/index.html", f"en/moten/{dialog.meeting_id()}/index.html", "index.html",
                       f"moten/{dialog.meeting_id()}/index.html"]
    # A folder with files is refused, in words, and left as it was.
    export(qtbot, dialog)
    assert "already holds files" in dialog.status.text()
    assert Path(tmp_path / "mötet" / "index.html").exists()


def test_the_window_s_action_opens_the_results_site(qtbot, window, demo_path, monkeypatch):
    assert window.open_process(demo_path)
    seen = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: seen.append(self.kind()) or 0)
    assert window.results_site_action.isEnabled()
    window.results_site_action.trigger()
    assert seen == [Kind.RESULTS_SITE]
