"""The search dialog (Ctrl+F): results as you type, å/ä/ö as letters of their own, matched
words in bold, Enter or a double-click goes to the result."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.domain.entities import Contribution, HarvestItem, Measure, Meeting, Theme
from facilitator.storage.search import SearchKind
from facilitator.ui.harvest.search_dialog import DEBOUNCE_MS, HTML_ROLE, ID_ROLE, KIND_ROLE, SearchDialog
from tests.ui.conftest import type_text


@pytest.fixture
def content(document):
    store = document.store
    meeting = store.insert(Meeting(title="Verkstad i Östertorp"))
    return {
        "för": store.insert(Contribution(meeting_id=meeting.id, text="Fler mötesplatser för unga")),
        "for": store.insert(Contribution(meeting_id=meeting.id, text="Ask for help in English")),
        "öppna": store.insert(Theme(meeting_id=meeting.id, title="Öppna mötesplatser")),
        "översyn": store.insert(Measure(title="Översyn av rekryteringen", origin_meeting_id=meeting.id)),
        "beslut": store.insert(HarvestItem(meeting_id=meeting.id, kind="decision", text="Förvaltningen återkommer")),
    }


@pytest.fixture
def dialog(qtbot, document, content):
    widget = SearchDialog(document)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def found(dialog) -> list[tuple[str, int]]:
    return [(dialog.model.index(r, 0).data(KIND_ROLE), dialog.model.index(r, 0).data(ID_ROLE)) for r in range(dialog.model.rowCount())]


def search_for(qtbot, dialog, text: str) -> list[tuple[str, int]]:
    dialog.field.clear()
    type_text(dialog.field, text)
    qtbot.waitUntil(lambda: not dialog._timer.isActive())
    return found(dialog)


def test_results_come_as_you_type_after_a_short_pause(qtbot, dialog, content):
    type_text(dialog.field, "möte")
    assert dialog._timer.isActive() and dialog._timer.interval() == DEBOUNCE_MS
    assert found(dialog) == [], "not a search per key"
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert set(found(dialog)) == {("contribution", content["för"].id), ("theme", content["öppna"].id)}
    assert "2" in dialog.status.text()


def test_swedish_letters_are_letters_of_their_own(qtbot, dialog, content):
    # as you type, the last word is also a prefix: "för" finds "Förvaltningen" but never "for"
    assert set(search_for(qtbot, dialog, "för")) == {
        ("contribution", content["för"].id),
        ("harvest_item", content["beslut"].id),
    }, "'för' does not find 'for'"
    assert search_for(qtbot, dialog, "for") == [("contribution", content["for"].id)], "'for' does not find 'för'"
    assert search_for(qtbot, dialog, "översyn") == [("measure", content["översyn"].id)]
    assert search_for(qtbot, dialog, "ÖPPNA") == [("theme", content["öppna"].id)], "case is ignored"
    assert search_for(qtbot, dialog, "oppna") == [], "o is not ö"
    assert search_for(qtbot, dialog, "förvaltningen") == [("harvest_item", content["beslut"].id)]


def test_matched_words_are_bold_and_labelled_by_kind(qtbot, dialog, content):
    search_for(qtbot, dialog, "mötesplatser för")
    html = dialog.model.index(0, 0).data(HTML_ROLE)
    assert "<b>för</b>" in html and "Contribution" in html and "Verkstad i Östertorp" in html
    assert "<b>" not in dialog.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)


def test_odd_input_never_breaks_the_search(qtbot, dialog):
    for text in ('"', "(AND OR", "NEAR(", "*", "'; DROP TABLE contribution; --"):
        search_for(qtbot, dialog, text)
    assert "Nothing found" in dialog.status.text() or dialog.model.rowCount() >= 0


def test_enter_goes_to_the_chosen_result(qtbot, dialog, content):
    chosen = []
    dialog.resultChosen.connect(lambda kind, entity_id: chosen.append((kind, entity_id)))
    type_text(dialog.field, "möte")
    # Down moves through the results while typing stays in the field; Enter chooses
    QTest.keyClick(dialog.field, Qt.Key.Key_Down)
    current = dialog.results.currentIndex()
    assert current.row() == 1
    expected = (current.data(KIND_ROLE), current.data(ID_ROLE))
    QTest.keyClick(dialog.field, Qt.Key.Key_Return)
    assert chosen == [expected]
    assert not dialog.isVisible() and dialog.result() == SearchDialog.DialogCode.Accepted


def test_double_click_goes_to_a_result(qtbot, dialog, content):
    search_for(qtbot, dialog, "översyn")
    index = dialog.model.index(0, 0)
    rect = dialog.results.visualRect(index)
    chosen = []
    dialog.resultChosen.connect(lambda kind, entity_id: chosen.append((kind, entity_id)))
    QTest.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen == [(SearchKind.MEASURE.value, content["översyn"].id)]


def test_screenshot_with_the_demo(qtbot, demo_path, tmp_path):
    from facilitator.storage.process_store import ProcessStore
    from facilitator.ui.document import ProcessDocument

    store = ProcessStore.open(demo_path)
    try:
        widget = SearchDialog(ProcessDocument(store))
        qtbot.addWidget(widget)
        widget.resize(720, 520)
        widget.show()
        type_text(widget.field, "bostad")
        qtbot.waitUntil(lambda: widget.model.rowCount() > 3)
        widget.grab().save(str(tmp_path / "search.png"))
    finally:
        store.close()
