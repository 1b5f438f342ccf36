"""The plan page in the real window: its texts edited and undone, the stage recorded through
the dialog (and refused, and taken back a step), a step corrected, versions compared and a
stored version chosen for export."""

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from facilitator.domain.entities import Measure
from facilitator.storage import plan as repo
from facilitator.ui.common import look
from facilitator.ui.plan.plan_dialogs import StepDialog
from facilitator.ui.plan.plan_page import PlanPage

from .conftest import type_text


@pytest.fixture
def page(opened, qtbot) -> PlanPage:
    view = opened.view
    view.tabs.setCurrentWidget(view.plan)
    built = view.plan.page()
    qtbot.waitUntil(built.isVisible)
    return built


def store_of(page):
    return page.document.store


def test_the_plan_tab_is_in_the_window(opened, page):
    view = opened.view
    assert view.tabs.tabText(view.tabs.indexOf(view.plan)) == "Plan and decisions"
    assert page.heading.text() == "Vår process"
    assert page.stage_path[0].styleSheet() == look.step_style("current")  # a new plan is a draft
    assert page.stage_summary.text() == "No stage has been recorded yet: the plan is a draft."


def test_a_text_is_written_when_it_loses_focus_and_undo_brings_it_back(opened, page, qtbot):
    background = page.texts["background"]
    background.setFocus()
    qtbot.waitUntil(background.hasFocus)
    type_text(background, "Kommunen gick med i ECCAR 2026.")
    page.texts["plan_period"].setFocus()  # leaving the text writes it
    qtbot.waitUntil(lambda: store_of(page).process().background == "Kommunen gick med i ECCAR 2026.")
    period = page.texts["plan_period"]
    type_text(period, " 2027–2029 ")
    QTest.keyClick(period, Qt.Key.Key_Return)
    assert store_of(page).process().plan_period == "2027–2029"
    assert page.heading.text() == "Vår process – 2027–2029"
    assert opened.undo_action.text() == "&Undo Change the plan's text"
    opened.undo()
    assert store_of(page).process().plan_period == "" and period.text() == ""
    opened.undo()
    assert store_of(page).process().background == "" and background.toPlainText() == ""
    opened.redo()
    assert background.toPlainText() == "Kommunen gick med i ECCAR 2026."


def record(page, qtbot, stage: str, day: str, body: str = "", note: str = ""):
    dialog = page.record_stage()
    qtbot.waitUntil(dialog.isVisible)
    dialog.stage_box.setCurrentIndex(dialog.stage_box.findData(stage))
    dialog.date_edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))
    if body:
        dialog.body_box.setEditText(body)
    if note:
        dialog.note_edit.setPlainText(note)
    return dialog


def test_a_stage_is_recorded_with_a_version_and_undone(opened, page, qtbot):
    store_of(page).insert(Measure(title="Språkcaféer", eccar_point=9, track=2))
    dialog = record(page, qtbot, "consultation", "2027-04-26", "Kommunstyrelsen", "Svar senast 21 maj")
    dialog.dnr_edit.setText("KS 2027/112")
    assert "kept as a version" in dialog.message.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (step,) = repo.stage_history(store_of(page))
    assert (step.stage, step.date, step.body, step.dnr, step.note) == (
        "consultation", "2027-04-26", "Kommunstyrelsen", "KS 2027/112", "Svar senast 21 maj")
    assert page.stage_path[1].styleSheet() == look.step_style("current")
    assert page.stage_summary.text() == ("Out for consultation on 2027-04-26 · decided by Kommunstyrelsen · "
                                         "reg. no. KS 2027/112")
    assert [page.history.item(0, c).text() for c in range(4)] == [
        "2027-04-26", "Out for consultation", "Kommunstyrelsen", "KS 2027/112"]
    assert page.step_note.text() == "Note: Svar senast 21 maj"
    assert page.versions.rowCount() == 1 and page.versions.item(0, 3).text() == "1"  # one measure then
    assert opened.undo_action.text() == "&Undo Change the plan's stage"
    opened.undo()
    assert repo.stage_history(store_of(page)) == [] and repo.versions(store_of(page)) == []
    assert page.history.rowCount() == 0 and page.versions.rowCount() == 0
    assert page.stage_path[0].styleSheet() == look.step_style("current")
    opened.redo()
    assert page.history.rowCount() == 1 and page.versions.rowCount() == 1


def test_the_dialog_refuses_an_earlier_date_and_says_when_a_step_goes_back(opened, page, qtbot):
    record(page, qtbot, "consultation", "2027-04-26").record()
    dialog = record(page, qtbot, "approved", "2027-04-20")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.message.text() == "The latest step is dated 2027-04-26; choose that day or a later one."
    dialog.stage_box.setCurrentIndex(dialog.stage_box.findData("consultation"))
    dialog.date_edit.setDate(QDate(2027, 5, 2))
    assert not ok.isEnabled() and dialog.message.text() == "The plan is already at this stage."
    dialog.stage_box.setCurrentIndex(dialog.stage_box.findData("draft"))
    assert ok.isEnabled() and dialog.message.text().startswith("This is a step back: the plan returns to “Draft”.")
    ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.history.item(0, 1).text() == "Draft (back)"
    dialog = record(page, qtbot, "adopted", "2027-06-14")
    assert dialog.message.text() == "The plan skips: Out for consultation, Approved by departments."
    assert dialog.body_box.currentText() == "The municipal council"
    dialog.reject()


def test_a_step_is_corrected_and_the_correction_undone(opened, page, qtbot):
    record(page, qtbot, "adopted", "2027-06-14", "KF").record()
    page.history.selectRow(0)
    dialog = page.correct_step()
    assert isinstance(dialog, StepDialog)
    dialog.body_edit.setText("Kommunfullmäktige")
    dialog.dnr_edit.setText("KS 2027/112")
    dialog.save()
    (step,) = repo.stage_history(store_of(page))
    assert (step.body, step.dnr) == ("Kommunfullmäktige", "KS 2027/112")
    assert page.history.item(0, 2).text() == "Kommunfullmäktige"
    opened.undo()
    assert page.history.item(0, 2).text() == "KF"


def test_versions_are_compared_with_the_plan_as_it_is_now(opened, page, qtbot):
    store = store_of(page)
    first = store.insert(Measure(title="Mottagning", eccar_point=3, track=1, resources="Fyra timmar"))
    record(page, qtbot, "consultation", "2027-04-26").record()
    store.update(Measure, first.id, resources="Fyra timmar och 120 000 kr")
    store.insert(Measure(title="Språkcaféer", eccar_point=9, track=2))
    page.versions.selectRow(0)
    dialog = page.compare_versions()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.to_box.currentText() == "The plan as it is now"
    groups = {dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i)
              for i in range(dialog.tree.topLevelItemCount())}
    assert groups["Measures added (1)"].child(0).text(0) == "9.1 Språkcaféer"
    changed = groups["Measures changed (1)"].child(0)
    assert (changed.text(0), changed.text(1)) == ("3.1 Mottagning", "Resources and budget")
    assert "The plan's own texts" not in groups  # still on remiss, the texts unchanged
    dialog.reject()


def test_a_stored_version_is_offered_to_the_export(opened, page, qtbot):
    from facilitator.export.job import Kind
    from facilitator.ui.export_dialog import ExportDialog

    record(page, qtbot, "consultation", "2027-04-26").record()
    version = repo.versions(store_of(page))[0]
    dialog = ExportDialog(page.document, kind=Kind.CATALOGUE, plan_version_id=version.id, parent=opened)
    qtbot.addWidget(dialog)
    assert dialog.version_box.currentText() == "Version 1: Out for consultation, 2027-04-26"
    assert dialog.job().plan_version_id == version.id
    assert "Out for consultation 2027-04-26" in dialog.out_edit.text()
    dialog.version_box.setCurrentIndex(0)
    assert dialog.version_box.currentText() == "As it is now" and dialog.job().plan_version_id is None
    emitted = []
    page.exportRequested.disconnect()  # the window's own handler opens the (modal) dialog
    page.exportRequested.connect(emitted.append)
    page.versions.selectRow(0)
    page.export_button.click()
    assert emitted == [version.id]
