"""The harvest page: themes by keyboard and by drag and drop, merging duplicates, hints,
dot votes within the room's budget, main points and decisions, all undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator.domain.entities import (
    AttendanceEntry,
    CafeTable,
    Contribution,
    HarvestItem,
    Measure,
    MeasureSource,
    Meeting,
    Participant,
    Theme,
    Vote,
)
from facilitator.domain.vocabulary import Attendance, MeetingFormat
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.document import InsertCommand, ProcessDocument
from facilitator.ui.harvest import harvest_edits as he
from facilitator.ui.harvest.harvest_models import (
    ALL,
    CONTRIBUTION_IDS_MIME,
    UNSORTED,
    ContributionTreeModel,
    ThemeListModel,
)
from facilitator.ui.harvest.harvest_page import HarvestPage, ThemeChooser
from tests.ui.conftest import open_editor, press_return, type_text

TEXTS = [
    "Fler mötesplatser för unga i Östertorp",
    "Trygg belysning i parken vid skolan",
    "Mötesplatser för unga behövs i Östertorp",
    "Anonymiserad rekrytering i kommunen",
    "Bättre belysning i parken",
]


@pytest.fixture
def meeting(document):
    store = document.store
    meeting = store.insert(Meeting(format=MeetingFormat.WORKSHOP, title="Verkstad", dot_budget=3))
    people = store.insert_many(Participant(name=f"Person {i}") for i in range(4))
    store.insert_many(
        AttendanceEntry(meeting_id=meeting.id, participant_id=p.id, status=Attendance.ATTENDED) for p in people
    )
    themes = store.insert_many(
        [Theme(meeting_id=meeting.id, position=0, title="Unga"), Theme(meeting_id=meeting.id, position=1, title="Trygghet")]
    )
    contributions = store.insert_many(
        Contribution(meeting_id=meeting.id, text=text, position=i) for i, text in enumerate(TEXTS)
    )
    return meeting, themes, contributions


@pytest.fixture
def page(qtbot, document, meeting):
    widget = HarvestPage(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show_meeting(meeting[0].id)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def theme_of(document, contribution_id):
    return document.store.get(Contribution, contribution_id).theme_id


def select(page, ids):
    page.select_contributions(ids)
    page.view.setFocus()
    QApplication.processEvents()
    assert sorted(page.selected_contribution_ids()) == sorted(ids)


# -- the edits, without widgets ------------------------------------------------------------------


def test_theme_edits_are_undoable_and_deleting_keeps_contributions(document, meeting):
    m, (unga, trygghet), cs = meeting
    new_id = he.add_theme(document, m.id, "  Bostäder  ")
    assert document.store.get(Theme, new_id).title == "Bostäder"
    assert document.store.get(Theme, new_id).position == 2
    assert he.rename_theme(document, new_id, "Boende")
    assert not he.rename_theme(document, new_id, "   "), "an empty title is refused"
    assert he.assign_theme(document, [cs[0].id, cs[2].id], new_id)
    assert he.set_dots(document, m.id, theme_id=new_id, dots=2)
    assert he.delete_theme(document, new_id)
    assert document.store.get(Theme, new_id) is None
    assert theme_of(document, cs[0].id) is None, "the contributions stay, without a theme"
    assert document.store.get(Contribution, cs[2].id) is not None
    document.undo_stack.undo()
    assert document.store.get(Theme, new_id).title == "Boende"
    assert theme_of(document, cs[0].id) == new_id and theme_of(document, cs[2].id) == new_id
    assert [v.dots for v in document.store.list(Vote, "theme_id = ?", (new_id,))] == [2]
    for _ in range(4):
        document.undo_stack.undo()
    assert document.store.get(Theme, new_id) is None
    for _ in range(5):
        document.undo_stack.redo()
    assert document.store.get(Theme, new_id) is None and theme_of(document, cs[0].id) is None


def test_assigning_moves_duplicates_along_in_one_step(document, meeting):
    m, (unga, trygghet), cs = meeting
    assert he.merge_contributions(document, cs[0].id, [cs[2].id])
    depth = document.undo_stack.count()
    assert he.assign_theme(document, [cs[0].id], unga.id)
    assert document.undo_stack.count() == depth + 1
    assert theme_of(document, cs[2].id) == unga.id, "a duplicate follows the one it was merged into"
    assert not he.assign_theme(document, [cs[0].id], unga.id), "nothing to change"
    document.undo_stack.undo()
    assert theme_of(document, cs[0].id) is None and theme_of(document, cs[2].id) is None


def test_merge_keeps_both_texts_and_undo_separates(document, meeting):
    m, _themes, cs = meeting
    assert he.merge_refusal(document, cs[0].id, [cs[0].id]) is not None
    assert he.merge_contributions(document, cs[0].id, [cs[2].id])
    duplicate = document.store.get(Contribution, cs[2].id)
    assert duplicate.merged_into_id == cs[0].id and duplicate.text == TEXTS[2]
    assert he.merge_refusal(document, cs[2].id, [cs[1].id]) is not None, "a duplicate cannot be the one kept"
    assert he.unmerge_contribution(document, cs[2].id)
    assert document.store.get(Contribution, cs[2].id).merged_into_id is None
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.store.get(Contribution, cs[2].id).merged_into_id is None
    document.undo_stack.redo()
    assert document.store.get(Contribution, cs[2].id).merged_into_id == cs[0].id


def test_dots_stay_within_the_rooms_budget(document, meeting):
    m, (unga, _t), cs = meeting
    assert he.effective_voters(document, m.id) == 4, "by default, those present vote"
    assert he.room_dots(document, m.id) == (12, 0)
    assert he.set_dots(document, m.id, contribution_id=cs[0].id, dots=7)
    assert he.set_dots(document, m.id, theme_id=unga.id, dots=5)
    refusal = he.dots_refusal(document, m.id, contribution_id=cs[1].id, dots=1)
    assert refusal is not None and "12" in refusal and "0" in refusal
    assert not he.set_dots(document, m.id, contribution_id=cs[1].id, dots=1)
    assert he.set_dots(document, m.id, contribution_id=cs[0].id, dots=4), "an entry's own dots are freed when it is changed"
    assert he.set_voters(document, m.id, 10)
    assert he.set_dots(document, m.id, contribution_id=cs[1].id, dots=20)
    assert he.room_dots(document, m.id) == (30, 29)
    assert he.set_dots(document, m.id, contribution_id=cs[1].id, dots=0)
    assert document.store.list(Vote, "contribution_id = ?", (cs[1].id,)) == []
    assert he.dots_refusal(document, m.id, contribution_id=cs[1].id, dots=-1) is not None
    for _ in range(5):
        document.undo_stack.undo()
    assert document.store.get(Meeting, m.id).voters == 0
    assert [v.dots for v in document.store.list(Vote, "contribution_id = ?", (cs[0].id,))] == [7]


def test_main_points_and_decisions(document, meeting):
    m, _themes, _cs = meeting
    point = he.add_harvest_item(document, m.id, he.MAIN_POINT, " Fler mötesplatser ")
    decision = he.add_harvest_item(document, m.id, he.DECISION, "Samordnaren bjuder in förvaltningarna")
    assert he.add_harvest_item(document, m.id, "other", "x") is None
    assert document.store.get(HarvestItem, point).text == "Fler mötesplatser"
    assert document.store.get(HarvestItem, decision).position == 1
    assert he.update_harvest_item(document, point, text="Fler mötesplatser för unga")
    assert he.delete_harvest_item(document, decision)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.store.get(HarvestItem, point).text == "Fler mötesplatser"
    assert document.store.get(HarvestItem, decision).kind == he.DECISION


# -- the page ------------------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester, document, meeting):
    m, _themes, cs = meeting
    he.merge_contributions(document, cs[0].id, [cs[2].id])
    contributions = ContributionTreeModel(document)
    contributions.load(m.id)
    qtmodeltester.check(contributions)
    themes = ThemeListModel(document, contributions)
    themes.load(m.id)
    qtmodeltester.check(themes)


def test_group_by_keyboard(qtbot, page, document, meeting):
    m, (unga, trygghet), cs = meeting
    select(page, [cs[0].id, cs[2].id])
    QTest.keyClick(page.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert theme_of(document, cs[0].id) == unga.id and theme_of(document, cs[2].id) == unga.id
    select(page, [cs[1].id])
    QTest.keyClick(page.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert theme_of(document, cs[1].id) == trygghet.id
    counts = page.themes
    qtbot.waitUntil(lambda: counts.index(1, ThemeListModel.COUNT).data() == 2)
    assert counts.index(2, ThemeListModel.COUNT).data() == 1
    assert counts.index(3, ThemeListModel.COUNT).data() == 2, "two are left unsorted"
    assert page.contributions.index_of(cs[0].id, ContributionTreeModel.THEME).data() == "Unga"

    # Ctrl+G: type to filter, Enter to choose
    select(page, [cs[4].id])

    def choose():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ThemeChooser)
        type_text(dialog.filter, "trygg")
        QTest.keyClick(dialog.filter, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    QTest.keyClick(page.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert theme_of(document, cs[4].id) == trygghet.id
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)

    # the theme list shows a theme's contributions; Ctrl+0 sends them back to unsorted
    page.show_theme(trygghet.id)
    assert page.proxy.rowCount() == 2
    select(page, [cs[4].id])
    QTest.keyClick(page.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert theme_of(document, cs[4].id) is None
    assert page.proxy.rowCount() == 1
    page.show_theme(UNSORTED)
    assert page.proxy.rowCount() == 2

    for _ in range(4):
        document.undo_stack.undo()
    assert all(theme_of(document, c.id) is None for c in cs)
    page.show_theme(ALL)
    assert page.proxy.rowCount() == len(TEXTS)


def test_group_by_drag_and_drop(page, document, meeting):
    m, (unga, trygghet), cs = meeting
    source = page.contributions
    data = source.mimeData([source.index_of(cs[1].id), source.index_of(cs[4].id), source.index_of(cs[4].id, 2)])
    assert data.hasFormat(CONTRIBUTION_IDS_MIME)
    themes = page.themes
    target = themes.index(themes.row_of(trygghet.id), 0)
    assert themes.canDropMimeData(data, Qt.DropAction.CopyAction, -1, -1, target)
    assert not themes.canDropMimeData(data, Qt.DropAction.CopyAction, -1, -1, themes.index(0, 0)), "not on 'All'"
    assert not themes.canDropMimeData(QMimeData(), Qt.DropAction.CopyAction, -1, -1, target)
    assert themes.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, target)
    assert theme_of(document, cs[1].id) == trygghet.id and theme_of(document, cs[4].id) == trygghet.id
    # dropped on "Unsorted": no theme
    unsorted = themes.index(themes.row_of(UNSORTED), 0)
    assert themes.dropMimeData(source.mimeData([source.index_of(cs[1].id)]), Qt.DropAction.CopyAction, -1, -1, unsorted)
    assert theme_of(document, cs[1].id) is None
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert theme_of(document, cs[4].id) is None


def test_merge_by_keyboard_shows_both_texts_and_undoes(qtbot, page, document, meeting):
    m, _themes, cs = meeting
    select(page, [cs[0].id, cs[2].id])
    assert page.selected_contribution_ids()[0] == cs[0].id, "the current one is kept"
    QTest.keyClick(page.view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert document.store.get(Contribution, cs[2].id).merged_into_id == cs[0].id
    model = page.contributions
    assert model.rowCount() == len(TEXTS) - 1
    kept = model.index_of(cs[0].id)
    assert model.rowCount(kept) == 1
    child = model.index(0, 0, kept)
    assert TEXTS[2] in child.data() and model.data(kept) == TEXTS[0], "both texts stay visible"
    assert page.view.isExpanded(page.proxy.mapFromSource(kept))
    # Ctrl+Shift+J separates the duplicate again
    select(page, [cs[2].id])
    QTest.keyClick(page.view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert document.store.get(Contribution, cs[2].id).merged_into_id is None
    assert model.rowCount() == len(TEXTS)
    document.undo_stack.undo()
    assert model.rowCount() == len(TEXTS) - 1 and model.rowCount(model.index_of(cs[0].id)) == 1
    document.undo_stack.undo()
    assert model.rowCount() == len(TEXTS) and document.store.get(Contribution, cs[2].id).merged_into_id is None
    document.undo_stack.redo()
    assert model.rowCount(model.index_of(cs[0].id)) == 1


def test_merging_a_kept_one_with_duplicates_rehomes_them(page, document, meeting):
    """A kept contribution with duplicates merged into another: all end under the new one,
    and undo brings the first group back, row by row (no model reset)."""
    m, _themes, cs = meeting
    model = page.contributions
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    assert he.merge_contributions(document, cs[0].id, [cs[2].id])
    assert he.merge_contributions(document, cs[1].id, [cs[0].id])
    assert model.rowCount() == 3
    assert sorted(model.duplicates_of(cs[1].id)) == sorted([cs[0].id, cs[2].id])
    document.undo_stack.undo()
    assert model.duplicates_of(cs[0].id) == [cs[2].id] and model.duplicates_of(cs[1].id) == []
    assert model.rowCount() == 4
    assert resets == []


def test_hints_accept_and_ignore(qtbot, page, document, meeting):
    m, (unga, trygghet), cs = meeting
    page.refresh_hints()
    assert page.hint_keys() == [
        ("pair", cs[0].id, cs[2].id),  # meeting places for young people, twice
        ("pair", cs[1].id, cs[4].id),  # lighting in the park, twice
        ("theme", cs[0].id, unga.id),
        ("theme", cs[1].id, trygghet.id),
        ("theme", cs[2].id, unga.id),
    ]
    # Ignore: the hint stays away for the session, also after a refresh
    page.hints.setCurrentRow(1)
    page.ignore_hint_button.click()
    assert ("pair", cs[1].id, cs[4].id) not in page.hint_keys()
    page.refresh_hints()
    assert ("pair", cs[1].id, cs[4].id) not in page.hint_keys()
    assert document.store.get(Contribution, cs[4].id).merged_into_id is None
    # Accept a pair: merged, and the duplicate's own theme hint goes too
    page.hints.setCurrentRow(0)
    page.accept_hint_button.click()
    assert document.store.get(Contribution, cs[2].id).merged_into_id == cs[0].id
    assert page.hint_keys() == [("theme", cs[0].id, unga.id), ("theme", cs[1].id, trygghet.id)]
    # Accept a theme suggestion: assigned (its duplicate follows)
    page.hints.setCurrentRow(0)
    page.accept_hint_button.click()
    assert theme_of(document, cs[0].id) == unga.id and theme_of(document, cs[2].id) == unga.id
    assert page.hint_keys() == [("theme", cs[1].id, trygghet.id)]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert theme_of(document, cs[0].id) is None
    assert document.store.get(Contribution, cs[2].id).merged_into_id is None
    page.refresh_hints()
    assert ("pair", cs[0].id, cs[2].id) in page.hint_keys()


def test_theme_suggestion_is_offered_for_an_unsorted_contribution(page, document, meeting):
    m, (unga, trygghet), cs = meeting
    he.assign_theme(document, [cs[1].id], trygghet.id)
    page.refresh_hints()
    assert ("theme", cs[4].id, trygghet.id) in page.hint_keys(), "belysning i parken, like the other one"
    page.hints.setCurrentRow(page.hint_keys().index(("theme", cs[4].id, trygghet.id)))
    QTest.keyClick(page.hints, Qt.Key.Key_Return)
    assert theme_of(document, cs[4].id) == trygghet.id


def test_votes_in_the_view_with_a_clear_refusal(qtbot, page, document, meeting, monkeypatch):
    m, (unga, _t), cs = meeting
    messages = []
    monkeypatch.setattr(page, "_refused", messages.append)
    page.contributions.editRefused.disconnect()
    page.themes.editRefused.disconnect()
    page.contributions.editRefused.connect(page._refused)
    page.themes.editRefused.connect(page._refused)
    assert page.voters.value() == 4 and page.budget.value() == 3
    assert page.room_label.text() == "= 12 dots in the room, 12 left"
    index = page.proxy.mapFromSource(page.contributions.index_of(cs[0].id, ContributionTreeModel.DOTS))
    assert page.proxy.setData(index, 10)
    assert page.contributions.index_of(cs[0].id, ContributionTreeModel.DOTS).data() == 10
    qtbot.waitUntil(lambda: page.room_label.text() == "= 12 dots in the room, 2 left")
    theme_dots = page.themes.index(page.themes.row_of(unga.id), ThemeListModel.DOTS)
    assert not page.themes.setData(theme_dots, 3)
    assert messages and "Too many dots" in messages[-1]
    assert document.store.list(Vote, "theme_id = ?", (unga.id,)) == []
    # typed into the Dots column: a count over what is left is refused with a clear message
    cell = page.proxy.mapFromSource(page.contributions.index_of(cs[1].id, ContributionTreeModel.DOTS))
    editor = open_editor(page.view, cell)
    editor.selectAll()
    type_text(editor, "2")
    press_return(editor)
    assert [v.dots for v in document.store.list(Vote, "contribution_id = ?", (cs[1].id,))] == [2]
    qtbot.waitUntil(lambda: page.room_label.text() == "= 12 dots in the room, 0 left")
    editor = open_editor(page.view, cell)
    editor.selectAll()
    type_text(editor, "3")
    press_return(editor)
    assert [v.dots for v in document.store.list(Vote, "contribution_id = ?", (cs[1].id,))] == [2]
    assert "at most 2 can go here" in messages[-1]
    document.undo_stack.undo()
    # more voters: the theme's dots fit
    page.voters.setValue(5)
    assert document.store.get(Meeting, m.id).voters == 5
    assert page.themes.setData(theme_dots, 3)
    qtbot.waitUntil(lambda: page.themes.index(page.themes.row_of(unga.id), ThemeListModel.DOTS).data() == 3)
    # the budget per person is stored too, and undone
    page.budget.setValue(4)
    assert document.store.get(Meeting, m.id).dot_budget == 4
    for _ in range(4):
        document.undo_stack.undo()
    assert page.voters.value() == 4 and page.budget.value() == 3
    assert document.store.list(Vote) == []
    assert page.contributions.index_of(cs[0].id, ContributionTreeModel.DOTS).data() == ""


def test_main_points_per_table_and_decisions(qtbot, document):
    store = document.store
    cafe = store.insert(Meeting(format=MeetingFormat.WORLD_CAFE, title="Café"))
    tables = store.insert_many(CafeTable(meeting_id=cafe.id, position=i, name=f"Bord {i + 1}") for i in range(2))
    page = HarvestPage(document)
    qtbot.addWidget(page)
    page.show_meeting(cafe.id)
    page.show()
    page.side.setCurrentIndex(1)
    assert page.item_table.isVisibleTo(page)
    page.item_table.setCurrentIndex(page.item_table.findData(tables[1].id))
    type_text(page.item_text, "Gemensam väg in för stöd")
    QTest.keyClick(page.item_text, Qt.Key.Key_Return)
    items = store.list(HarvestItem, "meeting_id = ?", (cafe.id,))
    assert [(i.kind, i.table_id, i.text) for i in items] == [(he.MAIN_POINT, tables[1].id, "Gemensam väg in för stöd")]
    assert page.item_text.text() == ""
    type_text(page.item_text, "Förvaltningen återkommer i juni")
    page.add_decision_button.click()
    decision = store.list(HarvestItem, "kind = 'decision'")[0]
    assert decision.table_id is None
    assert page.items_model.rowCount() == 2
    # the table of a main point is chosen in place, as is the kind
    point = store.list(HarvestItem, "kind = 'main_point'")[0]
    table_cell = page.items_proxy.mapFromSource(page.items_model.index(page.items_model.row_of(point.id), 1))
    editor = open_editor(page.items_view, table_cell)
    editor.setCurrentIndex(editor.findData(str(tables[0].id)))
    press_return(editor)
    assert store.get(HarvestItem, point.id).table_id == tables[0].id
    assert table_cell.data() == "Bord 1"
    editor = open_editor(page.items_view, table_cell)
    editor.setCurrentIndex(editor.findData(""))
    press_return(editor)
    assert store.get(HarvestItem, point.id).table_id is None
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert store.get(HarvestItem, point.id).table_id == tables[1].id
    # edit the text in place, then delete with the Delete key
    row = page.items_model.row_of(decision.id)
    page.items_model.setData(page.items_model.index(row, 2), "Förvaltningen återkommer i maj")
    assert store.get(HarvestItem, decision.id).text == "Förvaltningen återkommer i maj"
    page.items_view.setFocus()
    page.items_view.selectRow(page.items_proxy.mapFromSource(page.items_model.index(row, 0)).row())
    QTest.keyClick(page.items_view, Qt.Key.Key_Delete)
    assert store.get(HarvestItem, decision.id) is None
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert store.get(HarvestItem, decision.id).text == "Förvaltningen återkommer i juni"
    # a workshop has no tables to choose
    workshop = store.insert(Meeting(format=MeetingFormat.WORKSHOP, title="Verkstad"))
    page.show_meeting(workshop.id)
    assert not page.item_table.isVisibleTo(page)


def test_theme_list_by_keyboard(qtbot, page, document, meeting):
    m, (unga, trygghet), cs = meeting
    page.themes_view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    themes = document.store.list(Theme, "meeting_id = ?", (m.id,))
    assert len(themes) == 3
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "Bostäder")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.store.get(Theme, themes[-1].id).title == "Bostäder")
    assert page.themes.index(3, 0).data() == "3  Bostäder"
    he.assign_theme(document, [cs[3].id], themes[-1].id)
    page.themes_view.setFocus()
    page.themes_view.setCurrentIndex(page.themes.index(3, 0))
    QTest.keyClick(page.themes_view, Qt.Key.Key_Delete)
    assert document.store.get(Theme, themes[-1].id) is None
    assert theme_of(document, cs[3].id) is None
    assert page.themes.rowCount() == 4
    document.undo_stack.undo()
    assert page.themes.rowCount() == 5 and theme_of(document, cs[3].id) == themes[-1].id


def test_make_a_measure_from_the_selection(qtbot, page, document, meeting):
    m, (unga, _t), cs = meeting
    select(page, [cs[0].id, cs[2].id])
    with qtbot.waitSignal(page.measureRequested) as signal:
        QTest.keyClick(page.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert sorted(signal.args[0]) == sorted([cs[0].id, cs[2].id]) and signal.args[1] == []
    page.show_theme(unga.id)
    page.themes_view.setFocus()
    with qtbot.waitSignal(page.measureRequested) as signal:
        QTest.keyClick(page.themes_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert signal.args[1] == [unga.id]


def test_measures_made_from_a_contribution_show_on_it_and_its_theme(qtbot, page, document, meeting):
    m, (unga, _t), cs = meeting
    he.assign_theme(document, [cs[3].id], unga.id)

    def build(insert):
        (measure,) = insert([Measure(title="Anonymiserad rekrytering")])
        insert([MeasureSource(measure_id=measure.id, contribution_id=cs[3].id), MeasureSource(measure_id=measure.id, theme_id=unga.id)])

    assert document.execute(InsertCommand(document, "test", build=build))
    qtbot.waitUntil(lambda: page.contributions.index_of(cs[3].id, ContributionTreeModel.MEASURES).data() == "Anonymiserad rekrytering")
    qtbot.waitUntil(lambda: page.themes.index(page.themes.row_of(unga.id), ThemeListModel.MEASURES).data() == 1)
    # through its theme, another contribution shows it too
    he.assign_theme(document, [cs[0].id], unga.id)
    qtbot.waitUntil(lambda: page.contributions.index_of(cs[0].id, ContributionTreeModel.MEASURES).data() == "Anonymiserad rekrytering")


def test_show_item_goes_to_a_contribution_theme_or_decision(page, document, meeting):
    m, (unga, _t), cs = meeting
    item = he.add_harvest_item(document, m.id, he.DECISION, "Beslut om uppföljning")
    page.show_theme(unga.id)
    page.show_item("contribution", cs[3].id)
    assert page.current_theme_key() == ALL and page.selected_contribution_ids() == [cs[3].id]
    page.show_item("theme", unga.id)
    assert page.current_theme_key() == unga.id
    page.show_item("harvest_item", item)
    assert page.side.currentIndex() == 1 and page.selected_item_ids() == [item]


def test_thousands_of_contributions_are_shown_and_edited_by_rows(qtbot, tmp_path):
    """3,000 contributions: all listed; an edit or its undo updates rows in place, never
    reloading the meeting. How fast: benchmarks/bench_capture.py (harvest rows)."""
    store = ProcessStore.create(tmp_path / "stor.facilitator", "Stor")
    try:
        document = ProcessDocument(store)
        meeting = store.insert(Meeting(title="Stor"))
        theme = store.insert(Theme(meeting_id=meeting.id, title="Allt"))
        words = "bostäder unga skola lärare rasism park belysning trygghet kvinnor hatbrott språk tolk".split()
        contributions = store.insert_many(
            Contribution(meeting_id=meeting.id, text=f"{words[i % 12]} {words[(i * 7) % 12]} förslag {i}", position=i)
            for i in range(3000)
        )
        page = HarvestPage(document)
        qtbot.addWidget(page)
        page.show_meeting(meeting.id)
        assert page.contributions.rowCount() == 3000
        resets = []
        page.contributions.modelReset.connect(lambda: resets.append(1))
        ids = [c.id for c in contributions[:500]]
        assert he.assign_theme(document, ids, theme.id)
        QApplication.processEvents()
        qtbot.waitUntil(lambda: page.themes.index(1, ThemeListModel.COUNT).data() == 500, timeout=30000)
        document.undo_stack.undo()
        QApplication.processEvents()
        qtbot.waitUntil(lambda: page.themes.index(1, ThemeListModel.COUNT).data() == 0, timeout=30000)
        assert resets == [], "an edit and its undo update rows, they do not reload the meeting"
        page.show_meeting(None)
        QApplication.processEvents()
    finally:
        store.close()


def test_the_window_goes_to_a_search_hit_on_the_harvest_page(qtbot, window, demo_path, tmp_path):
    assert window.open_process(demo_path)
    view = window.view
    store = view.document.store
    workshop = next(m for m in store.list(Meeting) if m.format == MeetingFormat.WORKSHOP)
    contribution = store.list(Contribution, "meeting_id = ?", (workshop.id,))[-1]
    view.show_found("contribution", contribution.id)
    page = view.harvest.page()
    assert isinstance(page, HarvestPage) and page.meeting_id == workshop.id
    assert page.selected_contribution_ids() == [contribution.id]
    qtbot.waitUntil(lambda: page.isVisible())
    window.resize(1200, 760)
    QApplication.processEvents()
    page.grab().save(str(tmp_path / "harvest_in_window.png"))


def test_an_older_file_gets_the_voter_count_as_count_those_present(tmp_path):
    import sqlite3

    from sqlite_utils import Database

    from facilitator.storage import schema

    path = tmp_path / "äldre.facilitator"
    connection = sqlite3.connect(str(path), isolation_level=None)
    schema.migrations.apply(Database(connection), stop_before="0004_meeting_voters")
    connection.execute("INSERT INTO process (id, title) VALUES (1, 'Gammal')")
    connection.execute("INSERT INTO meeting (id, format, title, dot_budget) VALUES (1, 'workshop', 'M', 5)")
    connection.close()
    store = ProcessStore.open(path)
    try:
        assert "0004_meeting_voters" in schema.known_migration_names()
        meeting = store.get(Meeting, 1)
        assert meeting.voters == 0 and meeting.dot_budget == 5
        store.update(Meeting, 1, voters=12)
        assert store.get(Meeting, 1).voters == 12
    finally:
        store.close()


def test_language_change_retranslates_the_page(qtbot, page, switcher):
    switcher.set_language("sv")
    qtbot.waitUntil(lambda: page.add_theme_button.text() != "" and page.side.tabText(0) != "")
    switcher.set_language("en")
    qtbot.waitUntil(lambda: page.add_theme_button.text() == "&New theme")
    assert page.themes.headerData(0, Qt.Orientation.Horizontal) == "Theme"
    assert page.themes.index(0, 0).data() == "All contributions"
