"""The app's side of sharing: turns the phone server on and off, and keeps phones current.

``SharingController(document)`` lives on the GUI thread. While sharing is on, every
committed write (``ProcessDocument.rowChanged``) schedules a new snapshot of the shared
meeting; the first change starts a 150 ms timer and everything that changes meanwhile goes
into the same snapshot, so a burst of edits costs one rebuild and phones see it well within
a second. The snapshot is built here, from the store, and handed to the server, which never
touches the database or the widgets.
"""

from __future__ import annotations

import errno
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..domain.entities import Meeting, PhoneSubmission
from . import links, network
from .inbox import Inbox, drain
from .snapshot import build_snapshot

if TYPE_CHECKING:
    from .server import ShareServer


def _share_server(**options) -> ShareServer:
    """The web server is loaded only when sharing starts: opening a process stays fast."""
    from .server import ShareServer

    return ShareServer(**options)

log = logging.getLogger("facilitator.share")

DEBOUNCE_MS = 150
PORT_TRIES = 10  # when the port is taken, the next ones are tried


class SharingController(QObject):
    #: sharing turned on (True) or off (False)
    sharingChanged = Signal(bool)
    #: the base URL phones use changed ('' when off)
    urlChanged = Signal(str)
    #: a snapshot with new content was published (its revision)
    published = Signal(str)
    #: a phone opened the check page (the phone's address on the local network)
    phoneChecked = Signal(str)
    #: something went wrong; the text is for the coordinator
    errorOccurred = Signal(str)
    #: the meeting being shared changed (its id, or 0)
    meetingChanged = Signal(int)
    #: submissions from phones were written to the file (how many were answered)
    phonesHeard = Signal(int)

    def __init__(self, document, parent: QObject | None = None, server_factory=_share_server):
        super().__init__(parent if parent is not None else document)
        self.document = document
        self._server_factory = server_factory
        self._server: ShareServer | None = None
        self._meeting_id: int | None = None
        self._token = ""
        self._address = ""
        self._requested_port = links.DEFAULT_PORT
        #: where phones found the laptop the last time sharing was on (from the app's
        #: settings): printed QR codes carry it, so the port is tried first and a change is said
        self.last_address = ""
        self.last_port = 0
        self.last_rev = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.publish_now)
        document.rowChanged.connect(self._changed)
        document.reloaded.connect(self._changed)
        document.destroyed.connect(self._document_gone)
        # The server calls back from its own thread; the signal is queued to this thread.
        self._checked_from_server.connect(self.phoneChecked)
        # What phones send waits here until this (the GUI) thread writes it.
        self.inbox = Inbox(wake=self._wake_from_server.emit)
        self._wake_from_server.connect(self.take_in)

    _checked_from_server = Signal(str)
    _wake_from_server = Signal()

    # -- state ----------------------------------------------------------------------------

    @property
    def is_sharing(self) -> bool:
        return self._server is not None and self._server.running

    @property
    def meeting_id(self) -> int | None:
        return self._meeting_id

    @property
    def address(self) -> str:
        return self._address

    @property
    def port(self) -> int:
        return self._server.port if self.is_sharing else self._requested_port

    @property
    def requested_port(self) -> int:
        return self._requested_port

    def remember_last(self, address: str, port: int) -> None:
        """Where phones found the laptop last time: the port is tried first (the sharing panel
        starts with it) and the panel says when the address or the port is not the same."""
        self.last_address = address or ""
        self.last_port = port if 1024 <= port <= 65535 else 0
        if self.last_port and not self.is_sharing:
            self._requested_port = port

    @property
    def moved_from(self) -> str:
        """``ADDRESS:PORT`` where phones found the laptop last time, when sharing now runs
        elsewhere (printed QR codes with the old address no longer lead here), else ''."""
        if not self.is_sharing or not self.last_address or not self.last_port:
            return ""
        if (self.last_address, self.last_port) == (self._address, self.port):
            return ""
        return f"{self.last_address}:{self.last_port}"

    @property
    def base_url(self) -> str:
        return network.phone_base_url(self._server.port, self._address) if self.is_sharing else ""

    @property
    def token(self) -> str:
        return self._token

    @property
    def join_url(self) -> str:
        return links.join_url(self.base_url, self._token) if self.is_sharing and self._token else ""

    @property
    def live_url(self) -> str:
        return links.live_url(self.base_url, self._token) if self.is_sharing and self._token else ""

    @property
    def check_url(self) -> str:
        return links.check_url(self.base_url) if self.is_sharing else ""

    def table_url(self, number: int) -> str:
        return links.table_url(self.base_url, self._token, number) if self.is_sharing and self._token else ""

    def stats(self) -> dict:
        return self._server.stats() if self.is_sharing else {"streams": 0, "recent_clients": 0}

    @staticmethod
    def interfaces() -> list[network.Interface]:
        return network.list_interfaces()

    @staticmethod
    def proposed_address() -> str:
        return network.propose_address() or "127.0.0.1"

    # -- on and off -------------------------------------------------------------------------

    def start(self, meeting_id: int, address: str | None = None, port: int = links.DEFAULT_PORT) -> bool:
        """Shares ``meeting_id`` on ``address:port`` (the proposed LAN address by default).

        If the port is taken, the next free one of the following ten is used (``port``
        tells which). False, with ``errorOccurred``, when nothing could be started.
        """
        self.stop()
        address = address or self.proposed_address()
        self._requested_port = port
        server = self._server_factory(on_check=self._checked_from_server.emit, inbox=self.inbox)
        error: OSError | None = None
        candidates = [port + i for i in range(PORT_TRIES)] if port else [0]
        for candidate in candidates:
            try:
                server.start(address, candidate)
                error = None
                break
            except OSError as failure:
                error = failure
                if failure.errno not in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
                    break
        if error is not None:
            self.errorOccurred.emit(self._start_error(address, port, error))
            return False
        self._server, self._address = server, address
        self._meeting_id = None
        self.set_meeting(meeting_id)
        self.sharingChanged.emit(True)
        self.urlChanged.emit(self.base_url)
        return True

    def stop(self) -> None:
        """Turns sharing off: the server closes every connection and its thread ends."""
        self._timer.stop()
        server, self._server = self._server, None
        if server is None:
            return
        server.stop()
        self.last_rev = ""
        self.sharingChanged.emit(False)
        self.urlChanged.emit("")

    def set_meeting(self, meeting_id: int | None) -> None:
        """Shares another meeting: the previous one's addresses answer 404 from now on."""
        if meeting_id == self._meeting_id:
            return
        if self._server is not None and self._token:
            self._server.withdraw(self._token)
        self._meeting_id = meeting_id
        meeting = self.document.store.get(Meeting, meeting_id) if meeting_id else None
        self._token = meeting.share_token if meeting else ""
        self.last_rev = ""
        self.meetingChanged.emit(meeting_id or 0)
        if self.is_sharing:
            self.publish_now()

    # -- publishing -------------------------------------------------------------------------

    def _changed(self, table: str = "", *args) -> None:
        if table == PhoneSubmission.TABLE:  # waiting for review: not on the phones
            return
        if self.is_sharing and not self._timer.isActive():
            self._timer.start()

    def publish_now(self) -> bool:
        """Builds the shared meeting's snapshot and hands it to the server."""
        self._timer.stop()
        if not self.is_sharing or self._meeting_id is None:
            return False
        try:
            snapshot = build_snapshot(self.document.store, self._meeting_id)
        except Exception:  # a broken snapshot must never take the window down
            log.exception("could not build the snapshot of meeting %s", self._meeting_id)
            return False
        if snapshot is None:  # the meeting was deleted
            if self._token:
                self._server.withdraw(self._token)
            return False
        if snapshot.token != self._token:  # the meeting got a new token
            if self._token:
                self._server.withdraw(self._token)
            self._token = snapshot.token
            self.urlChanged.emit(self.base_url)
        if self._server.publish(snapshot):
            self.last_rev = snapshot.rev
            self.published.emit(snapshot.rev)
            return True
        return False

    # -- input from phones ------------------------------------------------------------------

    def take_in(self) -> int:
        """Writes what phones sent (in batches, one transaction each) and answers them once
        committed; a dot changes what phones see, which is published like any change (after
        the debounce). Runs on the GUI thread, woken by the server's first submission."""
        answered = 0
        while True:
            count = drain(self.inbox, self.document.store, self.document.perform)
            if not count:
                break
            answered += count
            if len(self.inbox):  # more arrived meanwhile: let the window breathe first
                QTimer.singleShot(0, self.take_in)
                break
        if answered:
            self.phonesHeard.emit(answered)
        return answered

    def _document_gone(self, *args) -> None:
        self.inbox.close()
        server, self._server = self._server, None
        if server is not None:
            server.stop()

    # -- messages ---------------------------------------------------------------------------

    @staticmethod
    def _start_error(address: str, port: int, error: OSError) -> str:
        if error.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
            return QCoreApplication.translate(
                "Sharing", "Ports %1 to %2 are used by other programs. Choose another port."
            ).replace("%1", str(port)).replace("%2", str(port + PORT_TRIES - 1))
        if error.errno in (errno.EADDRNOTAVAIL, getattr(errno, "WSAEADDRNOTAVAIL", -1)):
            return QCoreApplication.translate(
                "Sharing", "The address %1 no longer belongs to this computer. Choose the network again."
            ).replace("%1", address)
        return QCoreApplication.translate("Sharing", "Sharing could not start: %1").replace(
            "%1", error.strerror or str(error)
        )
