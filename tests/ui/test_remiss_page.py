"""The Remiss tab: a round with its dates, recipients from the register and typed in, a reply
with remarks handled and linked to the measure they changed, each one undo step; the summary."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.actions import register as register_edits
from facilitator.domain.entities import RemissRemark, RemissReply, RemissRound
from facilitator.storage import remiss as repo
from facilitator.ui.document import run_action
from facilitator.ui.plan import measure_edits
from facilitator.ui.plan.remiss_page import RemissPage

from .conftest import show_page, type_text


def _type(field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    type_text(field, text)
    field.editingFinished.emit()


def test_the_models_pass_qtmodeltester(qtbot, qtmodeltester, demo):
    page = show_page(qtbot, RemissPage(demo))
    assert page.recipients.rowCount() == 8
    qtmodeltester.check(page.recipients)
    page.recipient_view.setCurrentIndex(page.recipient_proxy.index(0, 0))
    assert page.remarks.rowCount() == 3
    qtmodeltester.check(page.remarks)
    assert page.remarks.index(0, 2).data() == "Partly accepted"


@pytest.fixture
def remiss(opened, qtbot):
    window = opened
    document = window.document
    run_action(document, register_edits.add_participant(document.store, "Kristina", "Vision Ekbacka", "union"))
    measure_id = measure_edits.create_measure_from(document, title="Gemensam mottagning")
    window.view.tabs.setCurrentWidget(window.view.remiss)
    page = window.view.remiss.page()
    qtbot.waitUntil(page.isVisible)
    return window, page, measure_id


def test_a_whole_remiss_in_the_window_with_undo(remiss, qtbot):
    window, page, measure_id = remiss
    store = window.document.store
    assert window.view.tabs.tabText(window.view.tabs.indexOf(window.view.remiss)) == "Consultation"
    assert not page.recipients_box.isEnabled()  # no round yet
    round_id = page.new_round()
    assert store.get(RemissRound, round_id).title == "Consultation: Vår process"
    _type(page.round_fields["sent_date"], "2027-04-21")
    _type(page.round_fields["reply_deadline"], "2027-04-01")
    assert "must come after" in page.message.text()
    assert page.round_fields["reply_deadline"].text() == ""  # back to what is stored
    _type(page.round_fields["reply_deadline"], "2027-05-19")
    assert store.get(RemissRound, round_id).reply_deadline == "2027-05-19" and page.message.text() == ""

    dialog = page.choose_from_register()
    (organisation_id,) = [o.id for o in register_edits.repo.organisations(store) if o.name == "Vision Ekbacka"]
    dialog.check(organisation_id)
    dialog.accept()
    page.typed_name.setFocus()
    type_text(page.typed_name, "Kommunal sektion Ekbacka")
    page.add_typed_button.click()
    assert [(r.name, r.kind) for r in repo.recipients(store, round_id)] == [
        ("Vision Ekbacka", "union"), ("Kommunal sektion Ekbacka", "association")]
    type_text(page.typed_name, "vision ekbacka")
    page.add_typed_button.click()
    assert "already on the list" in page.message.text() and len(repo.recipients(store, round_id)) == 2

    page.select_recipient(repo.recipients(store, round_id)[0].id)
    assert not page.remarks_box.isEnabled()
    page.reply_buttons["answered"].setChecked(True)
    page.received.setText("2027-05-12")
    page.save_reply_button.click()
    reply = store.list(RemissReply)[0]
    assert (reply.outcome, reply.received_date) == ("answered", "2027-05-12")
    assert page.remarks_box.isEnabled()
    assert "Replied 2027-05-12" in page.recipients.index(0, 2).data()

    page.remark_about.setCurrentIndex(page.remark_about.findData(measure_id))
    page.remark_text.setPlainText("Mottagningen bör ha öppet fler kvällar.")
    remark_id = page.new_remark()
    assert page.current_remark_id() == remark_id
    page.remark_text.setPlainText("Mottagningen bör ha öppet fler kvällar.")
    page.handling.setCurrentIndex(page.handling.findData("partly"))
    page.motivation.setPlainText("Prövas efter utvärderingen.")
    page.changed_measure.setCurrentIndex(page.changed_measure.findData(measure_id))
    page.save_remark_button.click()
    remark = store.get(RemissRemark, remark_id)
    assert (remark.text, remark.measure_id, remark.handling, remark.motivation, remark.changed_measure_id) == (
        "Mottagningen bör ha öppet fler kvällar.", measure_id, "partly", "Prövas efter utvärderingen.", measure_id)
    assert page.remarks.index(0, 2).data() == "Partly accepted"
    assert "Gemensam mottagning" in page.remarks.index(0, 3).data()
    assert page.recipients.index(0, 3).data() == "1 remark(s)"

    page.open_measure_button.click()  # the change itself is made in the measure editor
    editors = window.view.action_plan.page().editors
    assert measure_id in editors
    editors[measure_id].close()
    QApplication.processEvents()

    window.undo()  # the handling, text and link went in one step
    remark = store.get(RemissRemark, remark_id)
    assert (remark.handling, remark.changed_measure_id, remark.motivation) == ("", None, "")
    window.view.tabs.setCurrentWidget(window.view.remiss)
    assert page.handling.currentData() == "" and page.remarks.index(0, 2).data() == "Not handled yet"
    window.undo()  # the remark
    assert store.list(RemissRemark) == [] and page.remarks.rowCount() == 0
    window.undo()  # the reply
    assert store.list(RemissReply) == [] and page.reply_buttons["none"].isChecked()
    window.redo()
    window.redo()
    window.redo()
    assert store.get(RemissRemark, remark_id).handling == "partly"
    path = page.export_summary(window.document.path.with_name("Remissammanställning.docx"))
    assert path is not None and path.stat().st_size > 5000


def test_a_declined_reply_and_a_reply_before_sending_are_explained(remiss):
    window, page, _measure = remiss
    round_id = page.new_round()
    page.typed_name.setText("Studiefrämjandet")
    page.add_typed()
    page.select_recipient(repo.recipients(window.document.store, round_id)[0].id)
    page.reply_buttons["declined"].setChecked(True)
    page.received.setText("2027-05-05")
    assert not page.save_reply()
    assert "sent before recording replies" in page.message.text()
    _type(page.round_fields["sent_date"], "2027-05-06")
    assert not page.save_reply()
    assert "before the remiss was sent" in page.message.text()
    page.received.setText("2027-05-07")
    assert page.save_reply()
    assert not page.remarks_box.isEnabled()
    assert window.document.store.list(RemissReply)[0].outcome == "declined"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_screenshots_in_swedish(qtbot, demo, switcher, size):
    switcher.set_language("sv")
    page = show_page(qtbot, RemissPage(demo), *size)
    page.recipient_view.setCurrentIndex(page.recipient_proxy.index(0, 0))
    page.remark_view.setCurrentIndex(page.remark_proxy.index(0, 0))
    qtbot.waitUntil(lambda: page.round_label.text() == "Remiss&omgång:")
    assert page.recipients.headerData(0, Qt.Orientation.Horizontal) == "Remissinstans"
    if os.path.isdir("/tmp/shots"):
        page.grab().save(f"/tmp/shots/remiss_{size[0]}x{size[1]}.png")
