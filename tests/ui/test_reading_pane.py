"""What people said can be read whole where the coordinator reads it (issue 15): the harvest,
the capture list and the release panel show the current contribution in full, wrapped,
without direction tricks, at 1280×720."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.domain.entities import Contribution, Meeting
from facilitator.ui.common.entity_model import ENTITY_ROLE
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


def test_the_phones_review_and_the_release_list_show_each_contribution_whole(qtbot, window, demo_path, switcher):
    """What a phone sent, in the moderation queue, and a note about to be released, in the
    phones panel: read whole in the pane under the list at 1280×720, in Swedish."""
    from facilitator.actions import phone_input
    from facilitator.domain.phone_input import PhoneSubmissionRequest

    switcher.set_language("sv")
    assert window.open_process(demo_path)
    window.resize(1280, 648)
    document = window.document
    cafe = next(m for m in document.store.list(Meeting) if m.format == "world_cafe")
    document.perform(phone_input.set_phone_input(document.store, cafe.id, True))
    window.view.select_meeting(cafe.id)
    window.show_meeting_page(window.view.meeting_pages.index(window.view.from_phones))
    page = window.view.from_phones.page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.reading.details.text() == page.reading.empty_text != ""  # an empty queue says so
    assert "granska" in page.reading.details.text()
    action, _outcomes = phone_input.take_in(document.store, [
        PhoneSubmissionRequest(cafe.id, "telefon-1", "idea", LONG, table=1),
        PhoneSubmissionRequest(cafe.id, "telefon-2", "question", "Vem bestämmer?", table=2)])
    assert action is not None
    document.perform(action)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    assert page.reading.text.text() == LONG.replace("\u202e", "")
    assert page.reading.text.wordWrap() and page.reading.isVisible()
    text_cell = page.view.visualRect(page.proxy.index(0, page.model.TEXT_COLUMN))
    assert page.view.fontMetrics().horizontalAdvance(LONG) > text_cell.width(), "the row alone cannot show it"
    assert page.reading.text.heightForWidth(page.reading.viewport().width()) <= page.reading.viewport().height() + 2
    assert "Idé" in page.reading.details.text()  # its kind, table and round under it

    # The phones panel's list of what may be released.
    window.show_sharing()
    panel = window.sharing_dialog.panel
    first = document.store.list(Contribution, "meeting_id = ?", (cafe.id,), order_by="id")[0]
    from facilitator.ui.capture import capture_edits

    assert capture_edits.update_contribution(document, first.id, text=LONG)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() > 0)
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, 0).data(ENTITY_ROLE) == first.id)
    panel.view.setCurrentIndex(panel.proxy.index(row, 0))
    qtbot.waitUntil(lambda: panel.reading.text.text().startswith("Anonymiserad"))
    assert panel.reading.text.text() == LONG.replace("\u202e", "")
    assert panel.reading.isVisible() and panel.reading.text.wordWrap()
    window.sharing_dialog.hide()
