"""Measures through the real widgets: made from contributions and themes with links both
ways, every field edited as one undo step, and the status rules said in words."""

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator.domain.entities import Contribution, Measure, MeasureSource, Theme
from facilitator.domain.measures import MissingField
from facilitator.storage import measures_repo as repo
from facilitator.ui.plan import measure_edits, measure_texts
from facilitator.ui.plan.measure_editor import LinkSourcesDialog, MeasureEditor

from .conftest import type_text


@pytest.fixture
def editor_for(qtbot, demo):
    def make(measure_id):
        editor = MeasureEditor(demo, measure_id)
        qtbot.addWidget(editor)
        editor.show()
        editor.activateWindow()
        qtbot.waitUntil(editor.isVisible)
        return editor

    return make


def linked_contributions(document, measure_id):
    return {c.id for c in repo.measure_links(document.store, measure_id).contributions}


def test_a_measure_from_contributions_keeps_links_both_ways(demo):
    store = demo.store
    first, second = store.list(Contribution, "meeting_id = 1", order_by="id")[:2]
    measure_id = measure_edits.create_measure_from(demo, contribution_ids=[first.id, second.id])
    measure = store.get(Measure, measure_id)
    assert measure.status == "proposed"
    assert measure.title and measure.title in first.text or measure.title.rstrip("…") in first.text
    assert len(measure.title) <= measure_edits.TITLE_LENGTH
    assert measure.origin_meeting_id == 1  # all its sources come from the café
    assert linked_contributions(demo, measure_id) == {first.id, second.id}
    assert measure_id in [m.id for m in repo.measures_for_contribution(store, first.id)]
    assert repo.status_history(store, measure_id)[0].status == "proposed"
    # Undo takes the measure, its links and its history away; redo brings back the same ids.
    demo.undo_stack.undo()
    assert store.get(Measure, measure_id) is None
    assert measure_id not in [m.id for m in repo.measures_for_contribution(store, first.id)]
    assert store.list(MeasureSource, "measure_id = ?", [measure_id]) == []
    demo.undo_stack.redo()
    assert store.get(Measure, measure_id).title == measure.title
    assert linked_contributions(demo, measure_id) == {first.id, second.id}


def test_a_measure_from_a_theme_takes_its_title_and_members(demo):
    store = demo.store
    theme = store.list(Theme, order_by="id")[0]
    measure_id = measure_edits.create_measure_from(demo, theme_ids=[theme.id], eccar_point=4, track=2)
    measure = store.get(Measure, measure_id)
    assert measure.title == measure_edits.shorten(theme.title)
    assert (measure.eccar_point, measure.track) == (4, 2)
    links = repo.measure_links(store, measure_id)
    assert [t.id for t in links.themes] == [theme.id]
    members = store.list(Contribution, "theme_id = ?", [theme.id])
    assert members and all(measure_id in [m.id for m in repo.measures_for_contribution(store, c.id)] for c in members)


def test_refused_values_create_nothing(demo):
    before = demo.undo_stack.count()
    assert measure_edits.create_measure_from(demo, title="Ny", eccar_point=11) is None
    assert measure_edits.create_measure_from(demo, title="Ny", status="decided") is None  # no owner etc.
    assert demo.undo_stack.count() == before


def test_the_editor_shows_every_field_and_its_sources(qtbot, demo, editor_for):
    editor = editor_for(3)
    for name in Measure.field_names():
        if name not in ("id", "status", "position", "created_at"):
            assert name in editor.widgets, name
    assert editor.widgets["title"].text() == demo.store.get(Measure, 3).title
    assert editor.widgets["eccar_point"].currentData() == 3
    assert editor.history.rowCount() == len(repo.status_history(demo.store, 3))
    kinds = {editor.sources.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)[0]
             for i in range(editor.sources.topLevelItemCount())
             if editor.sources.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)}
    assert "contribution" in kinds
    # Activating a source asks the window to show it in its meeting.
    item = next(editor.sources.topLevelItem(i) for i in range(editor.sources.topLevelItemCount())
                if (editor.sources.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) or ("",))[0] == "contribution")
    with qtbot.waitSignal(editor.sourceChosen) as signal:
        editor.sources.itemActivated.emit(item, 0)
    assert signal.args == ["contribution", item.data(0, Qt.ItemDataRole.UserRole)[1]]
    editor.resize(1150, 740)
    QApplication.processEvents()
    editor.grab().save("/tmp/shots/measure_editor.png") if __import__("os").path.isdir("/tmp/shots") else None


def test_editing_a_field_is_one_undo_step(qtbot, demo, editor_for):
    editor = editor_for(7)
    field = editor.widgets["owner"]
    field.setFocus()
    field.selectAll()
    type_text(field, "Ylva Åhlén")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert demo.store.get(Measure, 7).owner == "Ylva Åhlén"
    description = editor.widgets["description"]
    description.setFocus()
    qtbot.waitUntil(description.hasFocus)
    description.selectAll()
    type_text(description, "Ny beskrivning")
    editor.widgets["goal"].setFocus()  # leaving the field writes it
    qtbot.waitUntil(lambda: demo.store.get(Measure, 7).description == "Ny beskrivning")
    combo = editor.widgets["term"]
    combo.setCurrentIndex(combo.findData("long"))
    combo.activated.emit(combo.currentIndex())
    assert demo.store.get(Measure, 7).term == "long"
    demo.undo_stack.undo()
    demo.undo_stack.undo()
    assert demo.store.get(Measure, 7).description != "Ny beskrivning"
    assert editor.widgets["description"].toPlainText() == demo.store.get(Measure, 7).description
    demo.undo_stack.undo()
    assert demo.store.get(Measure, 7).owner == "Anders Hallberg"
    assert editor.widgets["owner"].text() == "Anders Hallberg"
    demo.undo_stack.redo()
    assert editor.widgets["owner"].text() == "Ylva Åhlén"


def test_a_date_that_is_not_a_date_is_refused(qtbot, demo, editor_for):
    editor = editor_for(7)
    field = editor.widgets["due_date"]
    field.setFocus()
    type_text(field, "snart")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert demo.store.get(Measure, 7).due_date == ""
    assert "YYYY-MM-DD" in editor.message.text()


def test_a_decided_measure_keeps_its_owner(qtbot, demo, editor_for):
    editor = editor_for(3)  # decided
    field = editor.widgets["owner"]
    field.setFocus()
    field.clear()
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert demo.store.get(Measure, 3).owner == "Ewa Kowalska"
    assert field.text() == "Ewa Kowalska"
    assert measure_texts.missing_text(MissingField.OWNER) in editor.message.text()


def test_deciding_needs_owner_department_and_deadline(qtbot, demo, editor_for):
    measure_id = measure_edits.create_measure_from(demo, title="Stöd till föreningar", meeting_id=1)
    editor = editor_for(measure_id)
    decided = editor.next_status.findData("decided")
    assert decided >= 0
    editor.next_status.setCurrentIndex(decided)
    # Before trying, the editor says what deciding needs and outlines those fields.
    for missing in (MissingField.OWNER, MissingField.DEPARTMENT, MissingField.DEADLINE):
        assert measure_texts.missing_text(missing) in editor.status_missing.text()
    assert {"owner", "department", "due_date", "time_frame"} <= editor.highlighted
    editor.status_note.setText("Beslut i nämnden")
    QTest.mouseClick(editor.record_button, Qt.MouseButton.LeftButton)
    assert demo.store.get(Measure, measure_id).status == "proposed"
    text = editor.message.text()
    assert measure_texts.missing_text(MissingField.OWNER) in text
    assert measure_texts.missing_text(MissingField.DEPARTMENT) in text
    assert measure_texts.missing_text(MissingField.DEADLINE) in text
    # Fill in who and when, then the same click works and is dated with its note.
    filled = (("owner", "Ylva Åhlén"), ("department", "Välfärdsförvaltningen"), ("due_date", "2027-12-31"))
    for name, text in filled:
        field = editor.widgets[name]
        field.setFocus()
        type_text(field, text)
        QTest.keyClick(field, Qt.Key.Key_Return)
    assert editor.highlighted == set()
    editor.next_status.setCurrentIndex(editor.next_status.findData("decided"))
    editor.status_date.setDate(QDate(2027, 5, 2))
    editor.status_note.setText("Beslut i nämnden")
    QTest.mouseClick(editor.record_button, Qt.MouseButton.LeftButton)
    assert demo.store.get(Measure, measure_id).status == "decided"
    last = repo.status_history(demo.store, measure_id)[-1]
    assert (last.status, last.date, last.note) == ("decided", "2027-05-02", "Beslut i nämnden")
    assert editor.status_label.text().endswith(measure_texts.status_label("decided"))
    assert editor.history.item(0, 0).text() == "2027-05-02"
    assert editor.history.item(0, 3).text() == "Beslut i nämnden"
    # Undo takes the decision back (history row included); redo puts it back.
    demo.undo_stack.undo()
    assert demo.store.get(Measure, measure_id).status == "proposed"
    assert repo.status_history(demo.store, measure_id)[-1].status == "proposed"
    demo.undo_stack.redo()
    assert demo.store.get(Measure, measure_id).status == "decided"
    assert repo.status_history(demo.store, measure_id)[-1].note == "Beslut i nämnden"


def test_closed_measures_only_reopen_explicitly(demo):
    assert not measure_edits.change_measure_status(demo, 8, "decided")  # done
    assert measure_edits.change_measure_status(demo, 8, "ongoing", "Resultatet höll inte", "2027-10-01", reopen=True)
    assert demo.store.get(Measure, 8).status == "ongoing"
    check = measure_edits.status_check(demo, 8, "proposed")
    assert not check.allowed
    assert measure_texts.refusal_text(check, current="ongoing", status="proposed")


def test_link_more_and_remove_a_link(qtbot, demo, editor_for):
    measure_id = measure_edits.create_measure_from(demo, title="Fler språk", meeting_id=1)
    editor = editor_for(measure_id)
    dialog = LinkSourcesDialog(demo, measure_id, editor)
    qtbot.addWidget(dialog)
    type_text(dialog.filter, "språk")
    visible = [dialog.list.item(i) for i in range(dialog.list.count()) if not dialog.list.item(i).isHidden()]
    assert visible
    visible[0].setCheckState(Qt.CheckState.Checked)
    contributions, themes = dialog.chosen()
    assert dialog.apply()
    links = repo.measure_links(demo.store, measure_id)
    assert {c.id for c in links.contributions} == set(contributions)
    assert {t.id for t in links.themes} == set(themes)
    assert editor.sources.topLevelItemCount() >= 1
    editor.sources.setCurrentItem(editor.sources.topLevelItem(0))
    assert editor.unlink_current()
    assert demo.store.list(MeasureSource, "measure_id = ?", [measure_id]) == []
    demo.undo_stack.undo()
    assert len(demo.store.list(MeasureSource, "measure_id = ?", [measure_id])) == 1


def test_the_editor_closes_when_its_measure_is_deleted(qtbot, demo, editor_for):
    editor = editor_for(7)
    assert measure_edits.delete_measures(demo, [7])
    qtbot.waitUntil(lambda: not editor.isVisible())
    demo.undo_stack.undo()
    assert demo.store.get(Measure, 7) is not None
