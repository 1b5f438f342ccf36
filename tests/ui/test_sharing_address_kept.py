"""Phones find the laptop again through the same printed QR code only if its address stays:
the port used last time is tried first, and the sharing panel says when it could not be kept."""

from __future__ import annotations

import socket

import pytest

from facilitator.share import phone_texts
from facilitator.ui.session import Session
from facilitator.ui.settings import SHARING_ADDRESS, SHARING_PORT, Settings
from facilitator.ui.sharing.sharing_panel import SharingPanel


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def session(qapp, tmp_path):
    opened = Session(Settings.at(tmp_path / "settings.ini"), tmp_path / "backups")
    opened.create(tmp_path / "Café.facilitator", "Handlingsplan")

    yield opened
    if opened.sharing is not None:
        opened.sharing.stop()
    opened.close(backup=False)


def add_meeting(session) -> int:
    from facilitator.domain.entities import Meeting

    return session.document.store.insert(Meeting(title="Café")).id


def test_a_busy_last_port_is_said(qtbot, session):
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    busy = blocker.getsockname()[1]
    try:
        if busy >= 65530:
            pytest.skip("no room above the port")
        session.settings.set(SHARING_PORT, busy)
        session.settings.set(SHARING_ADDRESS, "127.0.0.1")
        sharing = session.ensure_sharing()
        panel = SharingPanel(sharing, add_meeting(session))
        qtbot.addWidget(panel)
        assert sharing.start(panel.current_meeting_id(), "127.0.0.1", panel.port_spin.value())
        assert sharing.port != busy
        panel._update_stats()
        assert f"Port {busy} was busy" in panel.status_label.text()
    finally:
        blocker.close()


def test_the_last_port_is_tried_first_and_remembered(qtbot, session):
    port = free_port()
    session.settings.set(SHARING_PORT, port)
    session.settings.set(SHARING_ADDRESS, "127.0.0.1")
    sharing = session.ensure_sharing()
    assert sharing.requested_port == port
    panel = SharingPanel(sharing, add_meeting(session))
    qtbot.addWidget(panel)
    assert panel.port_spin.value() == port  # the panel starts with last time's port
    assert sharing.start(panel.current_meeting_id(), "127.0.0.1", panel.port_spin.value())
    assert sharing.port == port and sharing.moved_from == ""
    panel._update_stats()
    assert "QR" not in panel.status_label.text()  # nothing to warn about
    sharing.stop()
    assert session.settings.get(SHARING_PORT) == port and session.settings.get(SHARING_ADDRESS) == "127.0.0.1"


def test_the_panel_says_when_the_address_or_port_changed(qtbot, session):
    session.settings.set(SHARING_PORT, 8765)
    session.settings.set(SHARING_ADDRESS, "192.0.2.7")  # another network than today's
    sharing = session.ensure_sharing()
    panel = SharingPanel(sharing, add_meeting(session))
    qtbot.addWidget(panel)
    port = free_port()
    assert sharing.start(panel.current_meeting_id(), "127.0.0.1", port)
    assert sharing.moved_from == "192.0.2.7:8765"
    panel._update_stats()
    assert "192.0.2.7:8765" in panel.status_label.text() and "busy" not in panel.status_label.text()
    assert session.settings.get(SHARING_ADDRESS) == "127.0.0.1"  # remembered for next time
    assert session.settings.get(SHARING_PORT) == port
    sharing.stop()


def test_the_panel_names_the_languages_of_the_phone_pages(qtbot, session):
    panel = SharingPanel(session.ensure_sharing(), add_meeting(session))
    qtbot.addWidget(panel)
    shown = panel.languages_label.text()
    for name in phone_texts.language_names().values():
        assert name in shown
    assert "العربية" in shown and "Lättläst svenska" in shown
