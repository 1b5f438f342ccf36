"""The goals page and the existing-work page in the real window, the efforts in the coverage
grid, the plan's gaps under it, the effort import through the window, and the quick win in
the measure editor: every edit one undo step."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.domain.entities import ExistingEffort, Goal, Measure
from facilitator.storage import efforts as effort_repo
from facilitator.storage import goals as goal_repo
from facilitator.ui.plan import measure_edits
from facilitator.ui.plan.measure_editor import MeasureEditor

from .conftest import type_text

GOALS_TAB, EFFORTS_TAB = 3, 4


def _page(window, index):
    window.view.tabs.setCurrentIndex(index)
    return window.view.tabs.currentWidget().page()


def _type_into(qtbot, field, text):
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    type_text(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_a_goal_made_edited_linked_and_undone_in_the_window(qtbot, opened):
    store = opened.document.store
    measure_id = measure_edits.create_measure_from(opened.document, title="Situationstester på bostadsmarknaden")
    page = _page(opened, GOALS_TAB)
    assert opened.view.tabs.tabText(GOALS_TAB) == "Goals"
    assert "Every goal has a measure" not in page.gaps.text()  # a measure without a goal
    QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    (goal,) = store.list(Goal)
    assert page.current == goal.id and page.widgets["title"].hasFocus()
    _type_into(qtbot, page.widgets["title"], "Lika tillgång till bostäder")
    assert store.get(Goal, goal.id).title == "Lika tillgång till bostäder"
    _type_into(qtbot, page.widgets["target_date"], "31/12/2029")
    assert "YYYY-MM-DD" in page.message.text() and store.get(Goal, goal.id).target_date == ""
    _type_into(qtbot, page.widgets["target_date"], "2029-12-31")
    assert store.get(Goal, goal.id).target_date == "2029-12-31" and page.message.text() == ""
    assert "1 goal(s) without a measure: Lika tillgång till bostäder" in page.gaps.text()

    item = page.measures.item(0)
    assert item.text().endswith("Situationstester på bostadsmarknaden")
    item.setCheckState(Qt.CheckState.Checked)
    assert goal_repo.links(store) == [(goal.id, measure_id)]
    assert page.gaps.text() == "Every goal has a measure and every measure works towards a goal."
    assert page.model.index(0, 3).data() == 1  # the list counts the goal's measures

    opened.undo()  # the link
    assert goal_repo.links(store) == [] and page.measures.item(0).checkState() == Qt.CheckState.Unchecked
    opened.undo()  # the date
    assert page.widgets["target_date"].text() == ""
    opened.undo()  # the title
    assert page.widgets["title"].text() == "New goal"
    opened.undo()  # the goal
    assert store.list(Goal) == [] and page.current is None and not page.widgets["title"].isEnabled()
    opened.redo()
    assert [g.id for g in store.list(Goal)] == [goal.id]


def test_deleting_a_goal_from_the_page(qtbot, opened):
    page = _page(opened, GOALS_TAB)
    page.request_new()
    assert opened.document.store.count(Goal) == 1
    QTest.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert opened.document.store.count(Goal) == 0 and page.model.rowCount() == 0
    opened.undo()
    assert page.model.rowCount() == 1


def test_an_effort_placed_in_the_grid_shows_beside_the_measures(qtbot, opened):
    store = opened.document.store
    measure_id = measure_edits.create_measure_from(opened.document, title="Översyn av uthyrningsregler",
                                                   eccar_point=7, track=3)
    plan = _page(opened, 2)
    cell = plan.coverage.index_of(7, 3)
    assert cell.data() == "1"
    page = _page(opened, EFFORTS_TAB)
    assert opened.view.tabs.tabText(EFFORTS_TAB) == "Existing work"
    page.request_new()
    (effort,) = store.list(ExistingEffort)
    _type_into(qtbot, page.widgets["name"], "Trygghetsvandringar i Norrvik")
    for name, value in (("eccar_point", 7), ("track", 3), ("level", "local")):
        combo = page.widgets[name]
        combo.setCurrentIndex(combo.findData(value))
        combo.activated.emit(combo.currentIndex())
    stored = store.get(ExistingEffort, effort.id)
    assert (stored.name, stored.eccar_point, stored.track, stored.level) == ("Trygghetsvandringar i Norrvik", 7, 3, "local")
    assert plan.coverage.index_of(7, 3).data() == "1 · 1 existing"
    assert "Trygghetsvandringar i Norrvik" in plan.coverage.index_of(7, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 existing effort(s) from the mapping" in plan.coverage_note.text()

    rows = [page.measures.item(i).data(Qt.ItemDataRole.UserRole + 20) for i in range(page.measures.count())]
    page.measures.item(rows.index(measure_id)).setCheckState(Qt.CheckState.Checked)
    assert effort_repo.links(store) == [(measure_id, effort.id)]
    opened.undo()
    assert effort_repo.links(store) == []
    opened.undo()  # the level
    opened.undo()  # the track
    assert plan.coverage.index_of(7, 3).data() == "1"


def test_the_action_plan_shows_the_gaps(qtbot, opened):
    store = opened.document.store
    measure_edits.create_measure_from(opened.document, title="Krav i upphandlingar")
    plan = _page(opened, 2)
    assert "1 measure(s) without a goal: Krav i upphandlingar" in plan.goals_note.text()
    page = _page(opened, GOALS_TAB)
    page.request_new()
    assert "1 goal(s) without a measure: New goal" in plan.goals_note.text()
    assert store.count(Goal) == 1


CSV = (
    "Namn;Nivå;Ansvarig;Status;ECCAR-punkt;Spår\r\n"
    "Språkvän Ekbacka;Lokal;Kultur- och fritidsförvaltningen;Pågående;9;3\r\n"
    "Galax;galaktisk;;;;\r\n"
    "Rådgivning om diskriminering;Delregional;Antidiskrimineringsbyrån Mitt;Pågående;3;1\r\n"
)


def test_the_import_previews_then_imports_all_in_one_step(qtbot, opened, tmp_path, monkeypatch):
    path = tmp_path / "kartläggning.csv"
    path.write_bytes(CSV.encode("cp1252"))
    dialog = opened.preview_effort_import(path)
    qtbot.addWidget(dialog)
    assert dialog.rows.rowCount() == 2 and dialog.problems.rowCount() == 1
    assert "galaktisk" in dialog.problems.item(0, 1).text()
    assert dialog.import_button.text() == "&Import 2 effort(s)"
    assert opened.document.store.count(ExistingEffort) == 0, "nothing is written before the import is confirmed"
    monkeypatch.setattr("facilitator.ui.plan.effort_import_dialog.EffortImportDialog.exec", lambda self: True)
    assert opened.import_efforts(path) == 2
    assert [e.name for e in opened.document.store.list(ExistingEffort)] == ["Språkvän Ekbacka",
                                                                             "Rådgivning om diskriminering"]
    assert opened.import_efforts(path) == 0, "the same list again adds nothing"
    opened.undo()
    assert opened.document.store.count(ExistingEffort) == 0


def test_a_broken_file_says_why_and_imports_nothing(qtbot, opened, tmp_path, monkeypatch):
    path = tmp_path / "trasig.xlsx"
    path.write_bytes(b"PK\x03\x04 inte en zip")
    shown = []
    monkeypatch.setattr(opened, "show_error", lambda text: shown.append(text))
    assert opened.import_efforts(path) == 0
    assert shown == ["The file cannot be read as a list of efforts. Save it as CSV or .xlsx from Excel."]
    assert opened.document.store.count(ExistingEffort) == 0


def test_the_quick_win_in_the_measure_editor(qtbot, opened):
    document = opened.document
    measure_id = measure_edits.create_measure_from(document, title="Återkoppling till deltagarna")
    editor = MeasureEditor(document, measure_id)
    qtbot.addWidget(editor)
    editor.show()
    combo = editor.widgets["quick_win"]
    assert combo.currentData() is False and combo.count() == 2
    combo.setCurrentIndex(combo.findData(True))
    combo.activated.emit(combo.currentIndex())
    assert document.store.get(Measure, measure_id).quick_win is True
    document.undo_stack.undo()
    assert document.store.get(Measure, measure_id).quick_win is False
    assert combo.currentData() is False


def test_the_demo_pages_in_swedish(qtbot, window, switcher, demo_path, tmp_path):
    switcher.set_language("sv")
    assert window.open_process(demo_path)
    page = _page(window, GOALS_TAB)
    qtbot.waitUntil(lambda: page.model.rowCount() == 7)
    assert window.view.tabs.tabText(GOALS_TAB) == "Mål"
    assert page.gaps.text().startswith("1 mål utan åtgärd: Kommunen underlättar engagemanget")
    assert "1 åtgärd utan mål: Krav på likabehandling i kommunens upphandlingar" in page.gaps.text()
    efforts = _page(window, EFFORTS_TAB)
    assert efforts.model.rowCount() == 7 and efforts.count_label.text() == "7 befintliga insatser"
    for width, height in ((1280, 720), (1920, 1080)):
        window.resize(width, height)
        for index in (GOALS_TAB, EFFORTS_TAB, 2):
            window.view.tabs.setCurrentIndex(index)
            window.grab().save(str(tmp_path / f"tab{index}_{width}.png"))
    plan = _page(window, 2)
    assert "befintlig" in plan.coverage.index_of(9, 3).data()
