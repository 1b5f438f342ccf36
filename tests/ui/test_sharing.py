"""Sharing from the app: the controller, the publishing commands and the coordinator's panel."""

import json
import shutil
import socket
import subprocess

import pytest
import shiboken6
from PySide6.QtCore import Qt

from facilitator.domain.entities import Contribution, Meeting, Round
from facilitator.share.controller import SharingController
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.document import ProcessDocument
from facilitator.ui.sharing import publishing
from facilitator.ui.sharing.sharing_panel import PublishingModel, QrWindow, SharingDialog, SharingPanel
from tests.share import leaks, personal_data, request

ZBARIMG = shutil.which("zbarimg")


@pytest.fixture
def demo_document(qapp, demo_path):
    store = ProcessStore.open(demo_path)
    document = ProcessDocument(store)
    yield document
    shiboken6.delete(document)  # as the window does: no timer of it may touch the closed file
    store.close()


@pytest.fixture
def controller(demo_document):
    sharing = SharingController(demo_document)
    yield sharing
    sharing.stop()


def state(url_base: str, token: str) -> dict:
    status, _, body = request(f"{url_base}/m/{token}/api/state")
    assert status == 200
    return json.loads(body)["snapshot"]


def hidden_contribution(document, meeting_id=1, text="Ännu dold idé", round_number=1) -> int:
    round_id = document.store.list(Round, "meeting_id = ? AND number = ?", [meeting_id, round_number])[0].id
    return document.store.insert(
        Contribution(meeting_id=meeting_id, kind="idea", text=text, round_id=round_id, published=False)
    ).id


def test_controller_shares_and_follows_every_change(qtbot, controller, demo_document):
    assert controller.start(1, "127.0.0.1", 0)
    assert controller.is_sharing
    base = controller.base_url
    assert base.startswith("http://127.0.0.1:")
    assert controller.join_url == f"{base}/m/{controller.token}/"
    assert controller.live_url.endswith("/live") and controller.check_url == f"{base}/check"
    assert controller.table_url(2) == f"{base}/m/{controller.token}/table/2"
    assert request(controller.join_url)[0] == 200
    cid = hidden_contribution(demo_document)
    # A release is an undoable command; phones get it after the 150 ms debounce.
    with qtbot.waitSignal(controller.published, timeout=30000):
        assert publishing.release(demo_document, [cid]) == 1
    assert any(c["id"] == cid for c in state(base, controller.token)["contributions"])
    with qtbot.waitSignal(controller.published, timeout=30000):
        demo_document.undo_stack.undo()
    assert all(c["id"] != cid for c in state(base, controller.token)["contributions"])
    assert leaks(request(f"{base}/m/{controller.token}/api/state")[2], personal_data(demo_document.store)) == []


def test_a_burst_of_edits_is_one_snapshot(qtbot, controller, demo_document):
    controller.start(1, "127.0.0.1", 0)
    published = []
    controller.published.connect(published.append)
    ids = [hidden_contribution(demo_document, text=f"Idé {n}") for n in range(5)]
    for cid in ids:
        publishing.release(demo_document, [cid])
    qtbot.waitUntil(lambda: len(published) == 1, timeout=30000)
    qtbot.wait(300)
    assert len(published) == 1


def test_switching_meeting_and_deleting_it(qtbot, controller, demo_document):
    controller.start(1, "127.0.0.1", 0)
    first = controller.token
    controller.set_meeting(2)
    assert controller.token != first
    assert request(f"{controller.base_url}/m/{first}/")[0] == 404
    assert request(controller.join_url)[0] == 200
    from facilitator.ui.document import DeleteCommand

    demo_document.execute(DeleteCommand(demo_document, "Ta bort", [(Meeting, 2)]))
    qtbot.waitUntil(lambda: request(controller.join_url)[0] == 404, timeout=30000)


def test_stop_closes_the_server(controller):
    controller.start(1, "127.0.0.1", 0)
    port = controller.port
    controller.stop()
    assert not controller.is_sharing and controller.base_url == "" and controller.join_url == ""
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_busy_port_moves_to_the_next_and_bad_address_is_explained(qtbot, controller, demo_document):
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    busy = blocker.getsockname()[1]
    try:
        if busy >= 65530:
            pytest.skip("no room above the port")
        assert controller.start(1, "127.0.0.1", busy)
        assert controller.port != busy and controller.requested_port == busy
        controller.stop()
    finally:
        blocker.close()
    errors = []
    controller.errorOccurred.connect(errors.append)
    assert not controller.start(1, "192.0.2.55", 0)  # TEST-NET: not this computer's address
    assert errors and "192.0.2.55" in errors[0]


def test_publishing_commands_are_single_undo_steps(demo_document):
    document = demo_document
    stack = document.undo_stack
    round_one = document.store.list(Round, "meeting_id = 1 AND number = 1")[0].id
    assert publishing.hide_all(document, 1) > 0
    assert document.store.count(Contribution, "meeting_id = 1 AND published = 1") == 0
    steps = stack.count()
    released = publishing.release_round(document, 1, round_one)
    assert released == document.store.count(Contribution, "meeting_id = 1 AND round_id = ?", [round_one]) > 0
    assert stack.count() == steps + 1
    assert "Show" in stack.undoText()
    stack.undo()
    assert document.store.count(Contribution, "meeting_id = 1 AND published = 1") == 0
    stack.redo()
    assert document.store.count(Contribution, "meeting_id = 1 AND published = 1") == released
    assert publishing.release_round(document, 1, round_one) == 0  # nothing to change: no step
    assert stack.count() == steps + 1
    total = document.store.count(Contribution, "meeting_id = 1")
    assert publishing.release_all(document, 1) == total - released
    assert publishing.release(document, [999999]) == 0


def test_publishing_model(qtbot, qtmodeltester, demo_document):
    model = PublishingModel(demo_document, 1)
    qtmodeltester.check(model)
    assert model.rowCount() == demo_document.store.count(Contribution, "meeting_id = 1")
    index = model.index(0, PublishingModel.PUBLISHED_COLUMN)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "Hide" in demo_document.undo_stack.undoText()
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.data(model.index(0, 1)) == 1  # round number, not the round's id
    assert model.data(model.index(0, 2)) == "Ekbacken"
    model.set_meeting(2)
    assert model.rowCount() == demo_document.store.count(Contribution, "meeting_id = 2")
    qtmodeltester.check(model)


def decode_label(label, tmp_path) -> str:
    path = tmp_path / "qr.png"
    assert label.pixmap().save(str(path))
    result = subprocess.run([ZBARIMG, "--quiet", "--raw", str(path)], capture_output=True, text=True, timeout=20)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.skipif(ZBARIMG is None, reason="zbarimg is not installed")
def test_panel_turns_sharing_on_and_its_qr_code_works(qtbot, controller, demo_document, tmp_path):
    dialog = SharingDialog(controller, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.panel
    assert panel.current_meeting_id() == 1
    assert not panel.copy_button.isEnabled()
    index = panel.interface_combo.findData("127.0.0.1")
    panel.interface_combo.setCurrentIndex(index)
    panel.port_spin.setValue(panel.port_spin.minimum())
    panel.port_spin.setValue(_free_port())
    qtbot.mouseClick(panel.share_button, Qt.MouseButton.LeftButton)
    assert controller.is_sharing and panel.share_button.isChecked()
    url = decode_label(panel.qr_label, tmp_path)
    assert url == controller.join_url == panel.url_label.text()
    status, _, body = request(url)
    assert status == 200 and b"/s/app.js" in body
    assert panel.qr_label.pixmap().width() >= 300

    # The check: its own QR code, and word from the server when a phone opens it.
    panel.target_check.setChecked(True)
    assert decode_label(panel.qr_label, tmp_path) == controller.check_url
    assert "No phone" in panel.check_status.text()
    assert request(controller.check_url + "/ping")[0] == 200
    qtbot.waitUntil(lambda: "127.0.0.1" in panel.check_status.text(), timeout=30000)
    assert "isolation" in panel.advice_label.text() and "hotspot" in panel.advice_label.text()

    window = panel.show_on_projector()
    assert isinstance(window, QrWindow) and window.url == controller.check_url
    window.close()

    qtbot.mouseClick(panel.share_button, Qt.MouseButton.LeftButton)
    assert not controller.is_sharing
    assert panel.url_label.text() == "" and "off" in panel.status_label.text()


def test_panel_releases_a_round_and_counts(qtbot, controller, demo_document):
    publishing.hide_all(demo_document, 1)
    panel = SharingPanel(controller, 1)
    qtbot.addWidget(panel)
    total = demo_document.store.count(Contribution, "meeting_id = 1")
    assert panel.counts_label.text() == f"0 of {total} contributions are shown on phones."
    assert panel.round_combo.count() == 3
    panel.round_combo.setCurrentIndex(1)
    assert panel.release_round() > 0
    shown = demo_document.store.count(Contribution, "meeting_id = 1 AND published = 1")
    assert panel.counts_label.text() == f"{shown} of {total} contributions are shown on phones."
    panel.view.selectRow(0)
    first = panel.selected_ids()
    assert len(first) == 1
    panel.release_selected()
    assert demo_document.store.get(Contribution, first[0]).published
    panel.hide_selected()
    assert not demo_document.store.get(Contribution, first[0]).published
    panel.view.setCurrentIndex(panel.proxy.index(0, 4))
    panel._toggle_current()
    assert demo_document.store.get(Contribution, first[0]).published
    panel.hide_all()
    assert panel.counts_label.text().startswith("0 of")


def test_panel_survives_a_language_change(qtbot, controller, switcher):
    panel = SharingPanel(controller, 1)
    qtbot.addWidget(panel)
    switcher.set_language("sv")
    qtbot.wait(10)
    switcher.set_language("en")
    qtbot.waitUntil(lambda: panel.share_button.text() == "Share with phones")


def test_closing_the_document_stops_sharing(qtbot, demo_path):
    store = ProcessStore.open(demo_path)
    document = ProcessDocument(store)
    sharing = SharingController(document)
    assert sharing.start(1, "127.0.0.1", 0)
    port = sharing.port
    shiboken6.delete(document)  # what MainWindow.close_process does
    store.close()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
