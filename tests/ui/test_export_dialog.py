"""The export dialog: choices, writing in the background, then opening the file or its
folder; every failure explained in the dialog with every choice kept."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QThread, QUrl

from facilitator.domain.entities import Meeting
from facilitator.export.job import Kind
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.common.background import BackgroundTask
from facilitator.ui.document import ProcessDocument
from facilitator.ui.export_dialog import TEMPLATE, USE_OWN_TEMPLATE, ExportDialog, safe_file_name
from facilitator.ui.settings import Settings


@pytest.fixture
def demo_document(qapp, demo_path):
    store = ProcessStore.open(demo_path)
    document = ProcessDocument(store)
    yield document
    store.close()


@pytest.fixture
def opened_urls():
    return []


@pytest.fixture
def dialog(qtbot, demo_document, switcher, opened_urls, tmp_path):
    cafe = demo_document.store.list(Meeting, "format = 'world_cafe'")[0].id
    settings = Settings.at(tmp_path / "settings.ini")
    widget = ExportDialog(demo_document, cafe, None, settings=settings,
                          open_url=lambda url: opened_urls.append(url) or True)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def export(qtbot, dialog) -> None:
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)


def test_minutes_are_written_in_the_background_and_can_be_opened(qtbot, dialog, tmp_path, opened_urls):
    assert dialog.kind() == Kind.MINUTES
    assert dialog.meeting_box.currentText().endswith("World Café: Lika rätt i Ekbacka")
    out = tmp_path / "protokoll.docx"
    dialog.out_edit.setText(str(out))
    dialog.names_box.setChecked(True)
    dialog.export_button.click()
    assert dialog.is_busy() and dialog.progress.isVisible() and not dialog.export_button.isEnabled()
    dialog.reject()  # closing while writing is refused: the outcome must be seen
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert out.exists() and dialog.written == out
    assert str(out) in dialog.status.text()
    assert not dialog.progress.isVisible() and dialog.export_button.isEnabled()
    assert dialog.open_file_button.isVisible() and dialog.open_folder_button.isVisible()
    dialog.open_file_button.click()
    dialog.open_folder_button.click()
    assert opened_urls == [QUrl.fromLocalFile(str(out)), QUrl.fromLocalFile(str(tmp_path))]
    names = "\n".join(cell.text for t in Document(str(out)).tables for row in t.rows for cell in row.cells)
    assert "Hodan Farah" in names


def test_the_choices_follow_the_document(qtbot, dialog):
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.CATALOGUE))
    assert not dialog.meeting_box.isEnabled() and not dialog.names_box.isEnabled()
    assert dialog.out_edit.text().endswith(".docx") and "Catalogue of measures" in Path(dialog.out_edit.text()).name
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.MEASURES_CSV))
    assert dialog.out_edit.text().endswith(".csv") and not dialog.builtin_button.isEnabled()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.PRINTABLES))
    assert dialog.meeting_box.isEnabled() and dialog.base_url_edit.isEnabled()
    assert dialog.base_url_edit.text().startswith("http://")


def test_a_failure_is_explained_and_every_choice_kept(qtbot, dialog, tmp_path):
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.CATALOGUE))
    dialog.own_button.setChecked(True)
    dialog.template_edit.setText(str(tmp_path / "finns-inte.dotx"))
    dialog.out_edit.setText(str(tmp_path / "katalog.docx"))
    export(qtbot, dialog)
    assert "does not exist" in dialog.status.text() and "finns-inte.dotx" in dialog.status.text()
    assert dialog.kind() == Kind.CATALOGUE and dialog.own_button.isChecked()
    assert dialog.template_edit.text().endswith("finns-inte.dotx")
    assert not dialog.open_file_button.isVisible() and dialog.export_button.isEnabled()
    dialog.out_edit.setText(str(tmp_path / "saknad mapp" / "katalog.docx"))
    dialog.builtin_button.setChecked(True)
    export(qtbot, dialog)
    assert "The folder" in dialog.status.text() and "does not exist" in dialog.status.text()


def test_printables_for_a_meeting_without_tables(qtbot, dialog, tmp_path):
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.PRINTABLES))
    workshop = next(i for i in range(dialog.meeting_box.count()) if "Arbetsgrupp" in dialog.meeting_box.itemText(i))
    dialog.meeting_box.setCurrentIndex(workshop)
    assert "World Café" in dialog.status.text()
    dialog.out_edit.setText(str(tmp_path / "material.docx"))
    export(qtbot, dialog)
    assert "no café tables" in dialog.status.text()


def test_the_template_choice_is_remembered(qtbot, dialog, tmp_path, demo_document):
    template = tmp_path / "mall.docx"
    Document().save(str(template))
    dialog.own_button.setChecked(True)
    dialog.template_edit.setText(str(template))
    dialog.out_edit.setText(str(tmp_path / "m.docx"))
    export(qtbot, dialog)
    assert dialog.written is not None
    assert dialog.settings.get(TEMPLATE) == str(template) and dialog.settings.get(USE_OWN_TEMPLATE) == 1
    again = ExportDialog(demo_document, None, None, settings=dialog.settings)
    qtbot.addWidget(again)
    assert again.own_button.isChecked() and again.template_edit.text() == str(template)
    assert Path(again.out_edit.text()).parent == tmp_path  # the last folder


def test_the_document_follows_the_language_of_the_ui(qtbot, dialog, switcher, tmp_path):
    focus_group = next(i for i in range(dialog.meeting_box.count()) if "Rättvis" in dialog.meeting_box.itemText(i))
    assert "Focus group" in dialog.meeting_box.itemText(focus_group)
    switcher.set_language("sv")
    qtbot.waitUntil(lambda: "Focus group" not in dialog.meeting_box.itemText(focus_group), timeout=30000)  # retranslated
    dialog.out_edit.setText(str(tmp_path / "sv.docx"))
    export(qtbot, dialog)
    assert Document(str(tmp_path / "sv.docx")).core_properties.language == "sv-SE"
    switcher.set_language("en")
    dialog.out_edit.setText(str(tmp_path / "en.docx"))
    export(qtbot, dialog)
    assert Document(str(tmp_path / "en.docx")).core_properties.language == "en-GB"


def test_safe_file_names():
    assert safe_file_name('Minutes 2027-02-04 World Café: "Lika" rätt/fel?') == "Minutes 2027-02-04 World Café Lika rätt fel"
    assert safe_file_name("...") == "export" and len(safe_file_name("x" * 500)) == 120


def test_background_task_hands_results_and_errors_to_the_gui_thread(qtbot, qapp):
    threads = []

    def work(value):
        threads.append(QThread.currentThread())
        return value * 2

    task = BackgroundTask(work, 21)
    got = []
    task.succeeded.connect(lambda result: got.append((result, QThread.currentThread())))
    with qtbot.waitSignal(task.finished, timeout=30000):
        task.start()
    assert got == [(42, qapp.thread())] and threads[0] is not qapp.thread()

    def fail():
        raise ValueError("trasig")

    failing = BackgroundTask(fail)
    errors = []
    failing.failed.connect(lambda error: errors.append((error, QThread.currentThread())))
    with qtbot.waitSignal(failing.finished, timeout=30000):
        failing.start()
    assert isinstance(errors[0][0], ValueError) and errors[0][1] is qapp.thread()


def test_a_running_task_cannot_be_started_twice(qtbot):
    release = threading.Event()
    task = BackgroundTask(release.wait, 5)
    task.start()
    with pytest.raises(RuntimeError):
        task.start()
    with qtbot.waitSignal(task.finished, timeout=30000):
        release.set()


def test_printables_make_the_host_links_and_card_codes_first_as_one_step(qtbot, dialog, tmp_path, demo_document):
    from facilitator.storage import host_links

    cafe = dialog.meeting_id()
    assert host_links.links_of(demo_document.store, cafe) == []
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.PRINTABLES))
    out = tmp_path / "material.docx"
    dialog.out_edit.setText(str(out))
    export(qtbot, dialog)
    assert out.exists(), dialog.status.text()
    links = host_links.links_of(demo_document.store, cafe)
    assert links and host_links.codes_of(demo_document.store, cafe)
    assert demo_document.undo_stack.undoText() == "Make host links and card codes"
    text = "\n".join(cell.text for t in Document(str(out)).tables for row in t.rows for cell in row.cells)
    assert all(f"/h/{link.token}" in text for link in links)
    export(qtbot, dialog)  # printed again: the same links, no new step
    assert [link.token for link in host_links.links_of(demo_document.store, cafe)] == [link.token for link in links]
