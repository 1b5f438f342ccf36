"""What people said can be read whole where the coordinator reads it (issue 15): the harvest,
the capture list and the release panel show the current contribution in full, wrapped,
without direction tricks, at 1280×720."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.domain.entities import Contribution, Meeting
from facilitator.ui.common.reading_pane import ReadingPane

LONG = ("Anonymiserad rekrytering i kommunen: ta bort namn, ålder och adress i det första urvalet, "
        "och följ upp varje år hur många som kallas till intervju. \u202eexe.live")


def test_the_harvest_and_the_capture_list_show_the_current_contribution_whole(qtbot, window, demo_path):
    assert window.open_process(demo_path)
    window.resize(1280, 720)
    store = window.document.store
    cafe = next(m for m in store.list(Meeting) if m.format == "world_cafe")
    first = store.list(Contribution, "meeting_id = ?", (cafe.id,), order_by="id")[0]
    assert window.document.store is store
    from facilitator.ui.capture import capture_edits

    assert capture_edits.update_contribution(window.document, first.id, text=LONG)
    window.view.select_meeting(cafe.id)
    window.show_meeting_page(7)
    harvest = window.view.harvest.page()
    qtbot.waitUntil(lambda: harvest.proxy.rowCount() > 0)
    harvest.show_item("contribution", first.id)
    pane: ReadingPane = harvest.reading
    qtbot.waitUntil(lambda: pane.text.text().startswith("Anonymiserad"))
    assert pane.text.text() == LONG.replace("\u202e", "")  # whole, and the override is gone
    assert pane.isVisible() and pane.text.wordWrap()
    cell = harvest.view.visualRect(harvest.view.currentIndex().siblingAtColumn(0))
    assert harvest.view.fontMetrics().horizontalAdvance(LONG) > cell.width(), "the row alone cannot show it"
    assert pane.text.heightForWidth(pane.viewport().width()) <= pane.viewport().height() + 2, "it fits the pane"

    window.show_meeting_page(6)
    capture = window.view.capture.page()
    qtbot.waitUntil(lambda: capture.proxy.rowCount() > 0)
    assert "Choose a contribution" in capture.reading.details.text()
    capture.view.setCurrentIndex(capture.proxy.index(0, 1))
    shown = capture.proxy.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert capture.reading.text.text() == " ".join(shown.replace("\u202e", "").split())
