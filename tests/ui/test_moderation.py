"""What phones send, in the real window: switched on in the sharing panel, taken in on the GUI
thread, counted in the status bar, reviewed on the meeting's "From phones" page by keyboard
(approve, edit, merge, reject, one or many, undo); nothing unapproved reaches a phone, the
projector or a document; phone dots show in the harvest apart from those entered by hand."""

from __future__ import annotations

import csv
import json
import threading

import pytest
from docx import Document
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel

from facilitator.domain.entities import Contribution, PhoneSubmission
from facilitator.export.csv_export import write_contributions_csv
from facilitator.export.minutes import write_minutes
from facilitator.export.report_data import gather_contributions, gather_minutes
from facilitator.ui.harvest.harvest_models import ContributionTreeModel
from tests.share import request
from tests.share.phones import Phone

TEXTS = ["Läxhjälp på biblioteket", "Fler bänkar i parken", "Vem bestämmer över lokalerna?",
         "Språkcafé på lördagar", "<b>Fet</b> idé", "Samma som läxhjälpen"]


def in_background(qtbot, work):
    """Runs ``work`` (blocking HTTP, as a phone does) in a thread while the GUI thread serves."""
    result = {}

    def run():
        result["value"] = work()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=20000)
    return result["value"]


@pytest.fixture
def live(qtbot, window, demo_path):
    assert window.open_process(demo_path)
    window.show_sharing()
    panel = window.sharing_dialog.panel
    assert not panel.input_check.isChecked()  # off by default
    sharing = window.sharing
    assert sharing.start(1, "127.0.0.1", 0)
    phone = Phone(sharing.port, sharing.token)
    assert in_background(qtbot, lambda: phone.get("say")[0]) == 404  # input is off
    panel.input_check.click()
    assert window.document.store.get(__import__("facilitator.domain.entities", fromlist=["Meeting"]).Meeting,
                                     1).phone_input
    qtbot.waitUntil(lambda: sharing._server.snapshot(sharing.token).input_open)
    window.sharing_dialog.hide()
    return window, phone


def test_submissions_are_reviewed_by_keyboard_and_each_step_is_undone(qtbot, live):
    window, phone = live
    document = window.document
    answers = in_background(qtbot, lambda: [phone.send(t, kind="question" if "?" in t else "idea", table=1)[0]
                                            for t in TEXTS])
    assert answers == [303] * len(TEXTS)
    assert document.store.count(PhoneSubmission, "state = 'waiting'") == len(TEXTS)
    qtbot.waitUntil(lambda: window.waiting_button.isVisible()
                    and window.waiting_button.text() == f"{len(TEXTS)} from phones to review")
    before = document.store.count(Contribution)

    window.waiting_button.click()  # opens the meeting's "From phones" page
    page = window.view.from_phones.page()
    assert window.view.meeting_tabs.currentWidget() is window.view.from_phones
    assert page.model.rowCount() == len(TEXTS)
    view = page.view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert page.selected_ids() == [page.model.entity(0).id]

    # Approve the first by keyboard: it becomes a hidden note at table 1.
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    approved = document.store.list(Contribution, "text = ?", (TEXTS[0],))
    assert len(approved) == 1 and not approved[0].published and approved[0].table_id is not None
    assert page.model.rowCount() == len(TEXTS) - 1
    assert document.undo_stack.undoText() == "Approve 1 submission(s) from phones"

    # Edit the current one (now the second), then approve it.
    current = page.selected_ids()[0]
    assert page.edit_current("Fler bänkar och träd i parken")
    assert document.store.get(PhoneSubmission, current).text == "Fler bänkar och träd i parken"
    assert page.approve_selected()

    # Reject the next by keyboard.
    rejected = page.selected_ids()[0]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert document.store.get(PhoneSubmission, rejected).state == "rejected"

    # Two at once: one step.
    selection = view.selectionModel()
    selection.select(page.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
    selection.select(page.proxy.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
    assert len(page.selected_ids()) == 2
    assert page.approve_selected()
    assert document.undo_stack.undoText() == "Approve 2 submission(s) from phones"

    # The last says the same as the first: merged into it.
    assert page.selected_ids()
    assert page.merge_selected(approved[0].id)
    merged = document.store.list(Contribution, "text = ?", (TEXTS[5],))[0]
    assert merged.merged_into_id == approved[0].id
    assert page.model.rowCount() == 0
    qtbot.waitUntil(lambda: not window.waiting_button.isVisible())
    assert document.store.count(Contribution) == before + 5

    # Undo everything, step by step: all back to review.
    for _ in range(6):  # merge, approve two, reject, approve, edit, approve
        document.undo_stack.undo()
    assert document.store.count(PhoneSubmission, "state = 'waiting'") == len(TEXTS)
    assert document.store.count(Contribution) == before
    assert page.model.rowCount() == len(TEXTS)
    qtbot.waitUntil(lambda: window.waiting_button.isVisible())


def test_nothing_unapproved_reaches_phones_projector_or_documents(qtbot, live, tmp_path):
    window, phone = live
    document = window.document
    in_background(qtbot, lambda: [phone.send(t, table=2) for t in ("Hemlig väntande idé", "Godkänd idé")])
    page_host = window.view.from_phones
    window.show_meeting_page(window.view.meeting_pages.index(page_host))
    page = page_host.page()
    approved_id = next(s.id for s in document.store.list(PhoneSubmission) if s.text == "Godkänd idé")
    row = next(r for r in range(page.model.rowCount()) if page.model.entity(r).id == approved_id)
    page.view.selectionModel().setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 0)),
                                               QItemSelectionModel.SelectionFlag.ClearAndSelect
                                               | QItemSelectionModel.SelectionFlag.Rows)
    assert page.approve_selected()
    contribution = document.store.list(Contribution, "text = ?", ("Godkänd idé",))[0]
    from facilitator.ui.sharing import publishing
    assert publishing.release(document, [contribution.id]) == 1
    sharing = window.sharing
    qtbot.waitUntil(lambda: b"Godk" in sharing._server.snapshot(sharing.token).body)
    body = in_background(qtbot, lambda: request(f"{sharing.base_url}/m/{sharing.token}/api/state")[2])
    texts = [c["text"] for c in json.loads(body)["snapshot"]["contributions"]]
    assert "Godkänd idé" in texts and "Hemlig väntande idé" not in texts
    for path in ("vote", "live", "table/2", "say"):
        assert b"Hemlig" not in in_background(qtbot, lambda p=path: phone.get(p)[2]), path
    # The projector.
    window.show_meeting_page(window.view.meeting_pages.index(window.view.run))
    run = window.view.run.page()
    run.open_projector()
    projector = run.projector
    qtbot.waitUntil(projector.isVisible)
    shown = " ".join(label.text() for label in projector.findChildren(QLabel))
    assert "Hemlig" not in shown
    run.close_projector()
    # The documents.
    minutes = write_minutes(gather_minutes(document.store, 1), tmp_path / "minnesanteckningar.docx")
    words = "\n".join(p.text for p in Document(minutes).paragraphs)
    words += "\n".join(c.text for t in Document(minutes).tables for r in t.rows for c in r.cells)
    assert "Godkänd idé" in words and "Hemlig" not in words
    exported = write_contributions_csv(gather_contributions(document.store, 1), tmp_path / "bidrag.csv")
    rows = exported.read_text(encoding="utf-8-sig")
    assert "Godkänd idé" in rows and "Hemlig" not in rows
    assert list(csv.reader(rows.splitlines()[:1]))


def test_phone_dots_count_in_the_harvest_apart_from_those_by_hand(qtbot, live):
    window, phone = live
    document = window.document
    released = [c.id for c in document.store.list(Contribution, "published = 1")]
    answers = in_background(qtbot, lambda: [phone.dot(released[0])[0], phone.dot(released[0])[0]])
    assert answers == [303, 303]
    window.show_meeting_page(window.view.meeting_pages.index(window.view.harvest))
    harvest = window.view.harvest.page()
    model = harvest.contributions
    qtbot.waitUntil(lambda: model.phone_dots.get(released[0]) == 2)
    index = model.index_of(released[0], ContributionTreeModel.PHONE_DOTS)
    assert index.data() == 2
    assert model.headerData(ContributionTreeModel.PHONE_DOTS, Qt.Orientation.Horizontal) == "Dots from phones"
    assert model.all_dots(released[0]) == model.dots.get(released[0], 0) + 2
    # Another phone, and the count follows.
    other = Phone(phone.port, phone.token)
    assert in_background(qtbot, lambda: other.dot(released[0])[0]) == 303
    qtbot.waitUntil(lambda: model.index_of(released[0], ContributionTreeModel.PHONE_DOTS).data() == 3)


def test_the_page_and_panel_survive_a_language_change(qtbot, live, switcher):
    window, phone = live
    window.show_meeting_page(window.view.meeting_pages.index(window.view.from_phones))
    page = window.view.from_phones.page()
    kind = page.model.headerData(1, Qt.Orientation.Horizontal)
    switcher.set_language("sv")
    qtbot.waitUntil(lambda: page.model.headerData(1, Qt.Orientation.Horizontal) != kind)
    qtbot.waitUntil(lambda: page.approve_button.text() == QCoreApplication.translate("ModerationPage", "&Approve"))
    switcher.set_language("en")
    qtbot.waitUntil(lambda: page.approve_button.text() == "&Approve")


def test_markup_from_a_phone_is_text_in_the_queue(qtbot, live):
    window, phone = live
    assert in_background(qtbot, lambda: phone.send("<b>Fet</b> <img src='x'> idé")[0]) == 303
    window.show_meeting_page(window.view.meeting_pages.index(window.view.from_phones))
    page = window.view.from_phones.page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    index = page.model.index(0, page.model.TEXT_COLUMN)
    assert index.data() == "<b>Fet</b> <img src='x'> idé"
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None  # a tooltip would take it for markup
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    assert page.reading.text.text() == "<b>Fet</b> <img src='x'> idé"
    assert page.reading.text.textFormat() == Qt.TextFormat.PlainText
