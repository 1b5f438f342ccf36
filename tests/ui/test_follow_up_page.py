"""Uppföljning: the open measures from earlier meetings, reviewed at a later meeting and saved
as one undo step dated on the meeting's day; overdue ones stand out; refusals explained."""

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.domain.entities import Measure, MeasureStatusChange, Meeting
from facilitator.domain.follow_up import ReviewDecision
from facilitator.domain.measures import MissingField
from facilitator.storage import measures_repo as repo
from facilitator.ui.plan import measure_edits, measure_texts
from facilitator.ui.plan.follow_up_page import FollowUpPage

from .conftest import show_page, type_text

COMMITTEE = 6  # "Genomförandekommittén: uppföljning september", 2027-09-14


@pytest.fixture
def page(qtbot, demo):
    widget = show_page(qtbot, FollowUpPage(demo))
    widget.show_meeting(COMMITTEE)
    return widget


def test_open_measures_from_earlier_meetings_grouped_by_point(page, demo):
    open_ids = {m.id for m in demo.store.list(Measure) if m.status in ("proposed", "decided", "ongoing")}
    assert set(page.rows) == open_ids
    assert 8 not in page.rows  # done
    points = [point for _box, point in page.groups]
    assert points == sorted(points)
    assert "15" in page.summary.text()
    if os.path.isdir("/tmp/shots"):
        page.grab().save("/tmp/shots/follow_up.png")


def test_overdue_ones_stand_out_in_words(page):
    overdue = {mid for mid, row in page.rows.items() if row.item.overdue}
    assert overdue == {3, 13, 16}  # open, due 2027-08-31, reviewed on 2027-09-14
    row = page.rows[3]
    assert not row.overdue.isHidden() and "2027-08-31" in row.overdue.text()
    assert page.rows[4].overdue.isHidden()
    assert "3" in page.summary.text()  # "3 overdue"


def test_only_allowed_statuses_are_offered(page):
    row = page.rows[7]  # proposed
    offered = {row.status.itemData(i) for i in range(row.status.count())}
    assert offered == {None, "proposed", "decided", "cancelled"}
    row = page.rows[9]  # ongoing
    offered = {row.status.itemData(i) for i in range(row.status.count())}
    assert offered == {None, "ongoing", "decided", "done", "cancelled"}


def test_saving_the_review_is_one_undo_step_dated_on_the_meeting(qtbot, page, demo):
    stack_before = demo.undo_stack.count()
    history_before = demo.store.count(MeasureStatusChange)
    row = page.rows[3]
    row.status.setCurrentIndex(row.status.findData("ongoing"))
    row.note.setFocus()
    type_text(row.note, "Mottagningen öppnade i september")
    page.rows[4].note.setText("Ett tredje utbildningstillfälle är bokat")  # a progress note
    page.rows[7].status.setCurrentIndex(page.rows[7].status.findData("cancelled"))
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    store = demo.store
    assert store.get(Measure, 3).status == "ongoing"
    assert store.get(Measure, 4).status == "ongoing"
    assert store.get(Measure, 7).status == "cancelled"
    assert demo.undo_stack.count() == stack_before + 1
    assert store.count(MeasureStatusChange) == history_before + 3
    last = repo.status_history(store, 3)[-1]
    assert (last.date, last.note, last.meeting_id) == ("2027-09-14", "Mottagningen öppnade i september", COMMITTEE)
    assert repo.status_history(store, 4)[-1].note == "Ett tredje utbildningstillfälle är bokat"
    qtbot.waitUntil(lambda: 7 not in page.rows)  # cancelled: no longer open
    assert page.rows[3].status.currentData() is None  # saved: the choices start afresh
    demo.undo_stack.undo()
    assert store.get(Measure, 3).status == "decided"
    assert store.get(Measure, 7).status == "proposed"
    assert store.count(MeasureStatusChange) == history_before
    qtbot.waitUntil(lambda: 7 in page.rows)
    demo.undo_stack.redo()
    assert store.get(Measure, 7).status == "cancelled"
    assert store.count(MeasureStatusChange) == history_before + 3


def test_a_refused_decision_is_explained_and_nothing_is_saved(qtbot, page, demo):
    measure_id = measure_edits.create_measure_from(demo, title="Läxhjälp på arabiska", meeting_id=1)
    qtbot.waitUntil(lambda: measure_id in page.rows)
    row = page.rows[measure_id]
    row.status.setCurrentIndex(row.status.findData("decided"))
    assert measure_texts.missing_text(MissingField.OWNER) in row.refusal.text()  # said before saving
    page.rows[3].status.setCurrentIndex(page.rows[3].status.findData("ongoing"))
    before = demo.undo_stack.count()
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert demo.undo_stack.count() == before
    assert demo.store.get(Measure, 3).status == "decided"  # all or nothing
    assert not page.message.isHidden()
    assert measure_texts.missing_text(MissingField.DEPARTMENT) in row.refusal.text()
    assert not measure_edits.apply_follow_up(demo, COMMITTEE, [ReviewDecision(measure_id, "decided")])


def test_unsaved_choices_survive_a_refresh(qtbot, page, demo):
    page.rows[9].note.setText("Halvvägs")
    assert measure_edits.update_measure(demo, 11, target_groups="Alla medarbetare")
    qtbot.waitUntil(lambda: page.rows[11].item.measure.target_groups == "Alla medarbetare")
    assert page.rows[9].note.text() == "Halvvägs"


def test_empty_state_at_the_first_meeting(page, demo):
    page.show_meeting(1)  # the café: nothing was agreed before it
    assert page.rows == {}
    assert page.scroll.widget() is page.empty
    assert page.empty.text()
    assert not page.save_button.isEnabled()
    page.show_meeting(None)
    assert page.scroll.widget() is page.empty
    page.show_meeting(COMMITTEE)
    assert page.rows


def test_a_new_meeting_follows_up_all_earlier_ones(qtbot, page, demo):
    from facilitator.ui.meeting import meeting_edits as edits

    meeting_id = edits.add_meeting(demo, "committee", "Uppföljning oktober", "2027-10-12")
    page.show_meeting(meeting_id)
    statuses = {row.item.measure.status for row in page.rows.values()}
    assert page.rows and statuses <= {"proposed", "decided", "ongoing"}
    assert demo.store.get(Meeting, meeting_id).date == "2027-10-12"


def test_a_title_opens_its_measure(qtbot, page):
    with qtbot.waitSignal(page.measureChosen) as signal:
        page.rows[3].title.linkActivated.emit("measure")
    assert signal.args == [3]
    assert "Gemensam mottagning" in page.rows[3].title.text()
