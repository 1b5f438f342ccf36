"""The whole road in the real window: what is said at the café tables, grouped, voted on,
turned into measures with owners, placed in the grid, followed up at a later meeting, and
then every step taken back with undo (and forward again with redo)."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator.domain.entities import (
    Contribution,
    Measure,
    MeasureSource,
    MeasureStatusChange,
    Meeting,
    Theme,
    Vote,
)
from facilitator.domain.vocabulary import MeasureStatus, MeetingFormat
from facilitator.storage.measures_repo import measure_links, measures_for_contribution

from .conftest import open_editor, press_return, type_text

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

SAID = [
    "Trygghet i skolan: fler vuxna på rasterna",
    "Trygghet i skolan kräver att elever vet vart de vänder sig",
    "Anonymiserad rekrytering i kommunen",
    "Rekrytering: ta bort namn i första urvalet",
]


def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the coordinator presses it: in the active window."""
    widget.window().activateWindow()
    QApplication.processEvents()
    assert widget.window().isActiveWindow()
    QTest.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def said(n: int) -> str:
    return f"{SAID[n % len(SAID)]} ({n + 1})"


def capture_twenty(window, qtbot) -> list[int]:
    """Twenty contributions over five tables and two rounds, by keyboard only."""
    press(window, Qt.Key.Key_7, ALT)  # Notes
    page = window.view.capture.page()
    qtbot.waitUntil(lambda: page.entry.hasFocus())
    entry = page.entry
    ids = []
    for n in range(20):
        if n == 10:  # round 2 starts at the first table again: past the sixth, Tab wraps
            QTest.keyClick(entry, Qt.Key.Key_Down, CTRL)
            QTest.keyClick(entry, Qt.Key.Key_Tab)
            QTest.keyClick(entry, Qt.Key.Key_Tab)
        elif n and n % 2 == 0:
            QTest.keyClick(entry, Qt.Key.Key_Tab)
        if n == 5:
            QTest.keyClick(entry, Qt.Key.Key_1, CTRL)  # an idea
        with qtbot.waitSignal(page.captured, timeout=30000) as blocker:
            type_text(entry, said(n))
            QTest.keyClick(entry, Qt.Key.Key_Return)
        ids.append(blocker.args[0])
        assert entry.toPlainText() == ""  # cleared, focus kept, ready for the next
    return ids


def test_from_the_tables_to_a_followed_up_plan_and_all_the_way_back(opened, qtbot):
    window = opened
    store = window.document.store
    stack = window.document.undo_stack
    cafe_id = window.add_meeting(MeetingFormat.WORLD_CAFE, "Café om trygghet", "2027-03-04")
    window.activateWindow()

    # -- capture --------------------------------------------------------------------------
    ids = capture_twenty(window, qtbot)
    captured = store.list(Contribution, "meeting_id = ?", (cafe_id,))
    assert sorted(c.id for c in captured) == sorted(ids)
    cells = {}
    for c in captured:
        cells[(c.round_id, c.table_id)] = cells.get((c.round_id, c.table_id), 0) + 1
    assert sorted(cells.values()) == [2] * 10  # five tables in each of two rounds
    assert len({r for r, _ in cells}) == 2 and len({t for _, t in cells}) == 5
    assert store.get(Contribution, ids[5]).kind == "idea"

    # -- harvest: two themes, grouped by keyboard --------------------------------------
    press(window, Qt.Key.Key_8, ALT)  # Harvest
    harvest = window.view.harvest.page()
    qtbot.waitUntil(harvest.isVisible)
    for title in ("Trygghet i skolan", "Rekrytering"):
        press(harvest, Qt.Key.Key_T, CTRL | SHIFT)
        QApplication.processEvents()
        editor = QApplication.focusWidget()
        editor.selectAll()
        type_text(editor, title)
        press_return(editor)
    themes = {t.title: t.id for t in store.list(Theme, "meeting_id = ?", (cafe_id,))}
    assert set(themes) == {"Trygghet i skolan", "Rekrytering"}
    press(harvest.themes_view, Qt.Key.Key_Home, CTRL)  # back to all contributions
    school = [i for n, i in enumerate(ids) if n % 4 in (0, 1)]
    hiring = [i for n, i in enumerate(ids) if n % 4 in (2, 3)]
    for key, group in ((Qt.Key.Key_1, school), (Qt.Key.Key_2, hiring)):
        harvest.select_contributions(group)
        harvest.view.setFocus()
        press(harvest.view, key, CTRL)
    school_theme = themes["Trygghet i skolan"]
    assert {c.theme_id for c in store.list(Contribution, "meeting_id = ?", (cafe_id,))} == set(themes.values())
    assert all(store.get(Contribution, i).theme_id == school_theme for i in school)

    # -- dot votes: ten people with three dots each -------------------------------------
    harvest.voters.setFocus()
    harvest.voters.selectAll()
    QTest.keyClicks(harvest.voters, "10")
    QTest.keyClick(harvest.voters, Qt.Key.Key_Return)
    assert store.get(Meeting, cafe_id).voters == 10
    harvest.select_contributions([ids[0]])
    index = harvest.view.currentIndex().siblingAtColumn(5)  # Dots
    editor = open_editor(harvest.view, index)
    editor.selectAll()
    QTest.keyClicks(editor, "7")
    press_return(editor)
    assert [v.dots for v in store.list(Vote, "contribution_id = ?", (ids[0],))] == [7]

    # -- a measure from the school theme's contributions -------------------------------
    harvest.select_contributions(school)
    harvest.view.setFocus()
    press(harvest.view, Qt.Key.Key_K, CTRL | SHIFT)
    plan = window.view.action_plan.page()
    qtbot.waitUntil(lambda: bool(plan.editors))
    (measure_id,) = plan.editors
    measure = store.get(Measure, measure_id)
    assert measure.origin_meeting_id == cafe_id and measure.status == MeasureStatus.PROPOSED
    links = measure_links(store, measure_id)
    assert sorted(c.id for c in links.contributions) == sorted(school)
    assert [m.id for m in measures_for_contribution(store, school[0])] == [measure_id]  # and back

    # The editor says what is missing before it can be decided, then takes it.
    editor = plan.editors[measure_id]
    decided = editor.next_status.findData(MeasureStatus.DECIDED)
    editor.next_status.setCurrentIndex(decided)
    assert not editor.record_status()
    assert store.get(Measure, measure_id).status == MeasureStatus.PROPOSED
    message = editor.status_missing.text() + editor.message.text()
    assert "responsible" in message.lower() or "department" in message.lower()
    for field, text in (("owner", "Ewa Kowalska"), ("department", "Utbildningsförvaltningen"), ("due_date", "2027-05-31")):
        widget = editor.widgets[field]
        widget.setFocus()
        widget.selectAll()
        type_text(widget, text)
        QTest.keyClick(widget, Qt.Key.Key_Return)
    for field, number in (("eccar_point", 8), ("track", 2)):
        combo = editor.widgets[field]
        combo.setCurrentIndex(combo.findData(number))
        editor.commit(field)
    editor.status_note.setFocus()
    type_text(editor.status_note, "Beslutat i kommunstyrelsen")
    editor.next_status.setCurrentIndex(editor.next_status.findData(MeasureStatus.DECIDED))
    QTest.keyClick(editor.status_note, Qt.Key.Key_Return, CTRL)
    measure = store.get(Measure, measure_id)
    assert (measure.status, measure.owner, measure.eccar_point, measure.track) == (MeasureStatus.DECIDED, "Ewa Kowalska", 8, 2)
    history = store.list(MeasureStatusChange, "measure_id = ?", (measure_id,), "id")
    assert [(h.status, h.note) for h in history][-1] == (MeasureStatus.DECIDED, "Beslutat i kommunstyrelsen")
    editor.close()

    # -- a second measure, from the hiring theme as a whole -----------------------------
    press(window, Qt.Key.Key_8, ALT)
    harvest.themes_view.setCurrentIndex(harvest.themes.index(harvest.themes.row_of(themes["Rekrytering"]), 0))
    harvest.themes_view.setFocus()
    press(harvest.themes_view, Qt.Key.Key_K, CTRL | SHIFT)
    qtbot.waitUntil(lambda: len(plan.editors) == 1 and measure_id not in plan.editors)
    (second_id,) = plan.editors
    assert store.get(Measure, second_id).title == "Rekrytering"
    assert [t.id for t in measure_links(store, second_id).themes] == [themes["Rekrytering"]]
    plan.editors[second_id].close()

    # -- the grid: the cell is filled, the others stay flagged --------------------------
    assert plan.coverage.grid.count(8, 2) == 1
    assert plan.coverage.index_of(8, 2).data() == "1"
    assert len(plan.coverage.grid.empty_cells) == 39
    assert plan.coverage.index_of(8, 1).data() != "1"  # still flagged as empty

    # -- follow-up: a later meeting opens on the open measures -------------------------
    window.activateWindow()
    follow_id = window.add_meeting(MeetingFormat.COMMITTEE, "Uppföljning i maj", "2027-06-15")
    assert window.view.meeting_tabs.currentWidget() is window.view.follow_up
    review = window.view.follow_up.page()
    qtbot.waitUntil(lambda: measure_id in review.rows)
    row = review.rows[measure_id]
    assert review.review.item(measure_id).overdue  # due 2027-05-31, reviewed 2027-06-15
    assert not row.overdue.isHidden() and row.overdue.text()
    row.status.setCurrentIndex(row.status.findData(MeasureStatus.ONGOING))
    row.note.setFocus()
    type_text(row.note, "Rastvärdar från hösten")
    press(row.note, Qt.Key.Key_Return, CTRL)
    assert store.get(Measure, measure_id).status == MeasureStatus.ONGOING
    last = store.list(MeasureStatusChange, "measure_id = ?", (measure_id,), "id")[-1]
    assert (last.meeting_id, last.date, last.note) == (follow_id, "2027-06-15", "Rastvärdar från hösten")

    # -- undo through the whole flow, then redo it ----------------------------------------
    steps = stack.index()
    window.activateWindow()
    while stack.canUndo():
        press(window, Qt.Key.Key_Z, CTRL)
    for cls in (Meeting, Contribution, Theme, Vote, Measure, MeasureSource, MeasureStatusChange):
        assert store.count(cls) == 0, cls.__name__
    while stack.canRedo():
        stack.redo()
    assert stack.index() == steps
    assert store.count(Contribution) == 20 and store.count(Theme) == 2
    assert store.get(Measure, measure_id).status == MeasureStatus.ONGOING
    assert store.get(Measure, second_id).title == "Rekrytering"
    assert [v.dots for v in store.list(Vote, "contribution_id = ?", (ids[0],))] == [7]
