"""The table hosts' links in the sharing panel: one per café table, opened on the host's phone
to capture notes for that table (``share/server``'s host page). The coordinator creates them,
revokes one (a lost phone, a host who left) and makes a new one; each is an undoable step
(``actions/host_links``). A link's address and its QR code are shown for the selected table;
the printed crib sheets carry them too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...actions import host_links as host_link_actions
from ...domain.entities import CafeTable, HostLink
from ...share import links, network, qr
from ...storage import host_links, seating
from ..common import look
from ..document import ProcessDocument, run_edit

QR_SIZE = 132


def host_link_url(controller, token: str) -> str:
    """The address a host's phone opens: the running server's, else the one it will have."""
    base = controller.base_url or network.phone_base_url(controller.requested_port)
    return links.host_url(base, token)


class HostLinksPanel(QWidget):
    """The café tables of one meeting, each with its host link (or none yet)."""

    TABLE_COLUMN, LINK_COLUMN = 0, 1

    def __init__(self, controller, meeting_id: int | None = None, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.document: ProcessDocument = controller.document
        self.meeting_id = meeting_id
        self._rows: list[tuple[CafeTable, HostLink | None]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(look.margins(look.SMALL))  # as the other tabs beside it
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.view = QTableWidget(0, 2)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(self.TABLE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.LINK_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.view.itemSelectionChanged.connect(self._update_selection)
        layout.addWidget(self.view, 1)
        below = QHBoxLayout()
        self.qr_label = QLabel()
        self.qr_label.setFixedSize(QR_SIZE, QR_SIZE)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setWordWrap(True)
        below.addWidget(self.qr_label)
        buttons = QVBoxLayout()
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_links)
        self.renew_button = QPushButton()
        self.renew_button.clicked.connect(self.renew_selected)
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_selected)
        for button in (self.create_button, self.renew_button, self.revoke_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        below.addLayout(buttons)
        below.addStretch(1)  # the buttons as wide as their words, beside the code
        layout.addLayout(below)
        self.document.rowChanged.connect(self._row_changed)
        controller.urlChanged.connect(self._url_changed)  # a bound slot: gone with the panel
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "A table's host opens the link on a phone and writes the table's notes there; they arrive on the "
            "Capture page at once, marked with the table, and reach the participants only when you show them. "
            "The crib sheets print the links. Revoke a link when a phone is lost; a new one replaces it."))
        self.view.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Host link")])
        self.create_button.setText(self.tr("Create lin&ks for all tables"))
        self.renew_button.setText(self.tr("N&ew link for the table"))
        self.revoke_button.setText(self.tr("Re&voke the link"))
        self.copy_button.setText(self.tr("Cop&y the link"))
        self.refresh()

    # -- the rows ------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def _url_changed(self, _url: str) -> None:
        self.refresh()

    def _row_changed(self, table: str, _id: int, _kind: str) -> None:
        if table in (HostLink.TABLE, CafeTable.TABLE):
            self.refresh()

    def refresh(self) -> None:
        store = self.document.store
        selected = self.selected_table_id()
        tables = seating.tables_of(store, self.meeting_id) if self.meeting_id else []
        live = {link.table_id: link for link in host_links.links_of(store, self.meeting_id)} if self.meeting_id else {}
        self._rows = [(table, live.get(table.id)) for table in tables]
        self.view.setRowCount(len(self._rows))
        for row, (table, link) in enumerate(self._rows):
            name = self.tr("Table %1").replace("%1", str(row + 1))
            if table.name:
                name = f"{name}: {table.name}"
            url = host_link_url(self.controller, link.token) if link else self.tr("No link")
            for column, text in ((self.TABLE_COLUMN, name), (self.LINK_COLUMN, url)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, table.id)
                self.view.setItem(row, column, item)
        if selected is not None:
            for row, (table, _link) in enumerate(self._rows):
                if table.id == selected:
                    self.view.selectRow(row)
        self._update_selection()

    def selected_row(self) -> int | None:
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        return min(rows) if rows else None

    def selected_table_id(self) -> int | None:
        row = self.selected_row()
        return self._rows[row][0].id if row is not None and row < len(self._rows) else None

    def selected_link(self) -> HostLink | None:
        row = self.selected_row()
        return self._rows[row][1] if row is not None and row < len(self._rows) else None

    def _update_selection(self) -> None:
        link = self.selected_link()
        has_table = self.selected_row() is not None
        self.renew_button.setEnabled(has_table)
        self.revoke_button.setEnabled(link is not None)
        self.copy_button.setEnabled(link is not None)
        self.create_button.setEnabled(any(link is None for _table, link in self._rows))
        if link is None:
            self.qr_label.clear()
            self.qr_label.setText(self.tr("The chosen table's link shows here as a QR code.") if has_table
                                  else self.tr("Choose a table to see its link as a QR code."))
            self.qr_label.setToolTip("")
            return
        url = host_link_url(self.controller, link.token)
        modules = len(qr.matrix(url))  # a whole number of pixels per module keeps the code sharp
        self.qr_label.setPixmap(QPixmap.fromImage(qr.to_qimage(url, scale=max(1, QR_SIZE // modules))))
        self.qr_label.setToolTip(url)

    # -- the edits -----------------------------------------------------------------------------

    def create_links(self) -> bool:
        if self.meeting_id is None:
            return False
        meeting_id = self.meeting_id
        return run_edit(self.document, lambda: host_link_actions.create_links(self.document.store, meeting_id))

    def renew_selected(self) -> bool:
        link = self.selected_link()
        if link is not None:
            return run_edit(self.document, lambda: host_link_actions.renew_link(self.document.store, link.id))
        if self.selected_row() is not None:  # a table without a link: the missing ones are made
            return self.create_links()
        return False

    def revoke_selected(self) -> bool:
        link = self.selected_link()
        if link is None:
            return False
        return run_edit(self.document, lambda: host_link_actions.revoke_link(self.document.store, link.id))

    def copy_selected(self) -> None:
        link = self.selected_link()
        if link is not None:
            QGuiApplication.clipboard().setText(host_link_url(self.controller, link.token))
