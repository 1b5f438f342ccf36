"""The sharing panel's table hosts' links: created, revoked and made anew as undoable steps,
shown with their address and QR code; a host's phone captures through one while sharing."""

import re
from urllib.parse import urlencode

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from facilitator.domain.entities import Contribution, HostLink
from facilitator.share.controller import SharingController
from facilitator.storage import host_links, seating
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.document import ProcessDocument
from facilitator.ui.sharing.sharing_panel import SharingPanel
from tests.share import request


@pytest.fixture
def demo_document(qapp, demo_path):
    store = ProcessStore.open(demo_path)
    document = ProcessDocument(store)
    yield document
    shiboken6.delete(document)
    store.close()


@pytest.fixture
def controller(demo_document):
    sharing = SharingController(demo_document)
    yield sharing
    sharing.stop()


@pytest.fixture
def panel(qtbot, controller):
    widget = SharingPanel(controller, 1)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    widget.right_tabs.setCurrentWidget(widget.host_links)
    return widget


def live_links(document) -> list[HostLink]:
    return host_links.links_of(document.store, 1)


def test_links_are_created_revoked_and_renewed_as_undoable_steps(qtbot, panel, demo_document):
    hosts = panel.host_links
    tables = seating.tables_of(demo_document.store, 1)
    assert hosts.view.rowCount() == len(tables) > 0
    assert hosts.view.item(0, 1).text() == "No link" and hosts.create_button.isEnabled()
    qtbot.mouseClick(hosts.create_button, Qt.MouseButton.LeftButton)
    links = live_links(demo_document)
    assert sorted(link.table_id for link in links) == sorted(t.id for t in tables)
    assert not hosts.create_button.isEnabled()
    assert all(re.search(r"/h/[a-z2-7]{16}$", hosts.view.item(row, 1).text()) for row in range(len(tables)))
    hosts.view.selectRow(1)
    assert hosts.qr_label.pixmap() is not None and not hosts.qr_label.pixmap().isNull()
    hosts.copy_selected()
    assert QGuiApplication.clipboard().text().endswith("/h/" + links[1].token)
    qtbot.mouseClick(hosts.revoke_button, Qt.MouseButton.LeftButton)
    assert len(live_links(demo_document)) == len(tables) - 1
    assert hosts.view.item(1, 1).text() == "No link" and hosts.create_button.isEnabled()
    demo_document.undo_stack.undo()  # the revocation taken back: the same link works again
    assert {link.token for link in live_links(demo_document)} == {link.token for link in links}
    hosts.view.selectRow(1)
    qtbot.mouseClick(hosts.renew_button, Qt.MouseButton.LeftButton)
    renewed = {link.token for link in live_links(demo_document)}
    assert len(renewed) == len(tables) and links[1].token not in renewed
    assert demo_document.undo_stack.undoText() == "Make a new host link"
    demo_document.undo_stack.undo()
    assert links[1].token in {link.token for link in live_links(demo_document)}
    demo_document.undo_stack.undo()  # the links themselves
    assert live_links(demo_document) == []


def test_a_host_phone_captures_through_the_panels_link_and_the_note_is_in_the_window(qtbot, panel, controller,
                                                                                       demo_document):
    assert controller.start(1, "127.0.0.1", 0)
    panel.host_links.create_links()
    with qtbot.waitSignal(controller.published, timeout=30000):
        pass
    panel.host_links.view.selectRow(0)
    url = panel.host_links.qr_label.toolTip()
    assert url.startswith(controller.base_url + "/h/")
    status, headers, page = request(url)
    assert status == 200
    cookie = headers["set-cookie"].split(";")[0]
    token = re.search(rb'name="csrf" value="([0-9a-f]+)"', page).group(1).decode()
    inserted = []
    demo_document.rowChanged.connect(lambda table, id_, kind: inserted.append((table, kind)))
    body = urlencode({"csrf": token, "kind": "quote", "text": "Vi vill bli tillfrågade"}).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie,
               "Origin": controller.base_url, "Sec-Fetch-Site": "same-origin"}
    answer = {}

    def post():
        answer["status"] = request(url, "POST", headers, body)[0]
    import threading
    thread = threading.Thread(target=post)
    thread.start()
    qtbot.waitUntil(lambda: "status" in answer, timeout=30000)  # the GUI thread writes meanwhile
    thread.join()
    assert answer["status"] == 303
    (note,) = demo_document.store.list(Contribution, "host_link_id IS NOT NULL")
    assert (note.kind, note.text, note.published) == ("quote", "Vi vill bli tillfrågade", False)
    assert ("contribution", "inserted") in inserted
    # Revoked in the panel: the host's page is gone at once after the snapshot.
    panel.host_links.view.selectRow(0)
    with qtbot.waitSignal(controller.published, timeout=30000):
        panel.host_links.revoke_selected()
    assert request(url)[0] == 404


def test_the_sharing_window_at_1280_gives_the_release_list_rows_and_the_results_a_tab(qtbot, controller, switcher):
    """At 1280×720 the public address squeezed the release list to two rows and itself to a
    sliver; in a tab of its own both are whole. The host links' empty code says what shows there."""
    from facilitator.ui.sharing.sharing_panel import SharingDialog

    switcher.set_language("sv")
    dialog = SharingDialog(controller, 1)
    qtbot.addWidget(dialog)
    dialog.resize(SharingDialog.DEFAULT_SIZE)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    panel = dialog.panel
    assert panel.right_tabs.count() == 3 and panel.right_tabs.tabText(2) == "&Resultaten efter mötet"
    assert panel.public_box.title() == ""  # the tab names it
    assert panel.view.viewport().height() >= 3 * panel.view.rowHeight(0), "at least three rows to read"
    panel.right_tabs.setCurrentIndex(2)
    box = panel.public_box
    qtbot.waitUntil(box.edit.isVisible)
    assert box.edit.height() >= box.edit.sizeHint().height()
    assert box.hint.height() >= box.hint.heightForWidth(box.hint.width())
    panel.right_tabs.setCurrentWidget(panel.host_links)
    hosts = panel.host_links
    hosts.view.clearSelection()
    assert "QR" in hosts.qr_label.text()
    buttons = (hosts.create_button, hosts.renew_button, hosts.revoke_button, hosts.copy_button)
    widest = max(button.sizeHint().width() for button in buttons)
    assert all(button.width() <= widest + 2 for button in buttons), "a column as wide as its words"
    hosts.view.selectRow(0)
    assert hosts.qr_label.text().startswith("Det valda bordets")
