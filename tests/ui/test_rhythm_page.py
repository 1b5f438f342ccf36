"""The follow-up calendar in the real window: the rhythm's settings edited and undone, the
calendar with what is overdue, the next committee meeting made in one step and opened on its
follow-up, a deadline leading to its measure, and the reminders exported from the page."""

from __future__ import annotations

from datetime import date

import icalendar
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator.domain.entities import Meeting
from facilitator.domain.follow_up_rhythm import ItemKind
from facilitator.export.job import Kind
from facilitator.ui.export_dialog import ExportDialog
from facilitator.ui.plan.rhythm_page import CalendarModel, RhythmPage

DEMO_TODAY = date(2027, 9, 20)  # a week after the demo's committee meeting


def open_page(window, qtbot, today=None) -> RhythmPage:
    view = window.view
    view.tabs.setCurrentWidget(view.rhythm)
    page = view.rhythm.page()
    qtbot.waitUntil(page.isVisible)
    if today is not None:
        page._today = lambda: today
        page.load()
    return page


def rows(page):
    return [page.model.data(page.model.index(row, 0), CalendarModel.ITEM_ROLE) for row in range(page.model.rowCount())]


def test_the_settings_are_edited_one_step_each_and_undone(opened, qtbot):
    view = opened.view
    assert view.tabs.tabText(view.tabs.indexOf(view.rhythm)) == "Follow-up calendar"
    page = open_page(opened, qtbot, today=date(2027, 1, 10))
    assert (page.committee.value(), page.rounds.currentData(), page.revision.value(), page.eccar.value()) == (1, 2, 3, 2)
    assert page.rounds.currentText() == "2 time(s) a year"  # English shows the source; Swedish has plurals
    index = page.rounds.findData(4)
    page.rounds.setCurrentIndex(index)
    page.rounds.activated.emit(index)
    assert page.document.store.process().follow_up_rounds_per_year == 4
    assert opened.undo_action.text() == "&Undo Change the follow-up rhythm"
    assert [item.round.key for item in rows(page) if item.kind == ItemKind.REPORTING_ROUND][:2] == ["2027-1", "2027-2"]
    page.committee.setValue(2)
    assert page.document.store.process().follow_up_committee_months == 2
    assert page.committee.suffix() == " month(s)"
    opened.undo()
    assert page.committee.value() == 1
    opened.undo()
    assert page.rounds.currentData() == 2
    assert [item.round.key for item in rows(page) if item.kind == ItemKind.REPORTING_ROUND] == ["2027-1", "2027-2"]
    assert "not recorded yet" in page.adoption_note.text()


def test_the_model_passes_the_model_tester(qtmodeltester, opened, qtbot):
    page = open_page(opened, qtbot, today=date(2027, 1, 10))
    qtmodeltester.check(page.model)


def test_the_demo_shows_what_is_overdue_and_makes_the_next_committee_meeting(window, demo_path, qtbot):
    assert window.open_process(demo_path)
    page = open_page(window, qtbot, today=DEMO_TODAY)
    items = rows(page)
    overdue = [item for item in items if item.overdue]
    assert overdue and all(item.kind == ItemKind.DEADLINE and item.day < DEMO_TODAY for item in overdue)
    assert page.summary.text() == f"{len(overdue)} measure(s) past their deadline."
    row = items.index(overdue[0])
    assert page.model.data(page.model.index(row, 0)).endswith("overdue")
    assert "Responsible: " in page.model.data(page.model.index(row, 3))
    assert "adoption on 2027-06-14" in page.adoption_note.text()
    assert page.next_note.text() == "The next committee meeting by the rhythm: 2027-10-14"
    before = len(window.document.store.list(Meeting))

    page.next_button.click()
    view = window.view
    qtbot.waitUntil(lambda: view.tabs.currentIndex() == 0)
    meetings = window.document.store.list(Meeting)
    assert len(meetings) == before + 1
    made = max(meetings, key=lambda m: m.id)
    assert (made.format, made.date, made.title) == ("committee", "2027-10-14", "Committee meeting 2027-10-14")
    assert view.current_meeting_id() == made.id
    assert view.meeting_tabs.currentWidget() is view.follow_up  # opened on its open measures
    review = view.follow_up.page()
    qtbot.waitUntil(lambda: review.isVisible())
    assert window.undo_action.text() == "&Undo Add the next committee meeting"
    assert any(item.kind == ItemKind.COMMITTEE_MEETING and item.meeting.id == made.id for item in rows(page))
    window.undo()
    assert len(window.document.store.list(Meeting)) == before
    assert page.next_note.text() == "The next committee meeting by the rhythm: 2027-10-14"


def test_a_deadline_opens_its_measure(window, demo_path, qtbot):
    assert window.open_process(demo_path)
    page = open_page(window, qtbot, today=DEMO_TODAY)
    row, item = next((row, item) for row, item in enumerate(rows(page)) if item.kind == ItemKind.DEADLINE)
    page.view.activated.emit(page.model.index(row, 2))
    view = window.view
    qtbot.waitUntil(lambda: view.tabs.currentWidget() is view.action_plan)


def test_the_reminders_are_exported_from_the_page(window, demo_path, qtbot, tmp_path):
    assert window.open_process(demo_path)
    page = open_page(window, qtbot)
    out = tmp_path / "påminnelser.ics"
    seen = {}

    def in_the_dialog():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(50, in_the_dialog)
            return
        seen["kind"], seen["suggested"] = dialog.kind(), dialog.out_edit.text()
        dialog.out_edit.setText(str(out))
        dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
        seen["status"] = dialog.status.text()
        dialog.reject()

    QTimer.singleShot(0, in_the_dialog)
    page.export_button.click()
    assert seen["kind"] == Kind.CALENDAR and seen["suggested"].endswith(".ics")
    assert str(out) in seen["status"]
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert events and all(str(event["UID"]).endswith("@facilitator") for event in events)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_page_fits_the_screen(window, demo_path, qtbot, size):
    assert window.open_process(demo_path)
    window.resize(*size)
    page = open_page(window, qtbot, today=DEMO_TODAY)
    qtbot.waitUntil(lambda: page.view.isVisible())
    assert page.next_button.isVisible() and page.export_button.isVisible()
    for widget in (page.next_button, page.export_button, page.settings_box):
        qtbot.waitUntil(lambda w=widget: w.sizeHint().width() <= w.width() + 1)  # nothing cut off
    assert page.view.viewport().height() > 150, "the calendar has room to be read"
