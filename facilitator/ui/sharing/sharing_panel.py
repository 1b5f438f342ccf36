"""The coordinator's controls for the participants' phones.

* Sharing on or off, which meeting, which network (the laptop's LAN address is proposed)
  and port; the address and a large QR code, also full screen for the projector.
* A check for her own phone: the QR of the check page, advice for venue networks that keep
  devices apart, and a line that turns green when her phone has reached the laptop.
* Where the results are published after the meeting (``public_address_box``): printed QR
  codes lead there instead of to this computer.
* What is published: contributions are hidden from phones until released, one by one, a
  round at a time or all at once (undoable commands in ``publishing.py``).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocabulary as v
from ...domain.entities import CafeTable, Contribution, Meeting, Round
from ...share import phone_texts, qr
from ...share.controller import SharingController
from ...share.links import DEFAULT_PORT
from ...storage import meetings, seating
from ..common import look
from ..common.columns import label
from ..common.entity_model import ENTITY_ROLE, NOTHING, Column, EntityTableModel, SwedishSortProxy
from ..common.fitted_text import FittedLabel
from ..common.reading_pane import ReadingPane
from ..common.screen_fit import fit_to_screen
from ..document import ProcessDocument
from . import moderation_edits, publishing
from .host_links_panel import HostLinksPanel
from .public_address_box import PublicAddressBox

QR_MIN_SIZE = 220  # scannable from the laptop's screen; larger when the window has room


class PublishingModel(EntityTableModel):
    """A meeting's contributions with a "shown on phones" check box. Ticking one releases
    it through ``publishing`` (one undo step named for what it does)."""

    PUBLISHED_COLUMN = 0

    def __init__(self, document: ProcessDocument, meeting_id: int | None, parent=None):
        self.meeting_id = meeting_id
        self._round_numbers: dict[int, int] = {}
        self._table_names: dict[int, str] = {}
        columns = [
            Column(QT_TRANSLATE_NOOP("Columns", "On phones"), lambda c: c.published, "published", check=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Round"), self._round_of, sort=lambda c: self._round_of(c) or 0),
            Column(QT_TRANSLATE_NOOP("Columns", "Table"), lambda c: self._table_names.get(c.table_id, "")),
            Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda c: label(v.CONTRIBUTION_KIND_LABELS, c.kind)),
            Column(QT_TRANSLATE_NOOP("Columns", "Text"), lambda c: c.text),
        ]
        super().__init__(
            document,
            Contribution,
            columns,
            depends_on=(Round.TABLE, CafeTable.TABLE),
            parent=parent,
            lazy=True,
            of=self._rows_of(meeting_id),
            order=("round_id", "table_id", "position", "id"),
        )
        self._refresh_lookups("", 0, "")
        document.rowChanged.connect(self._refresh_lookups)
        document.reloaded.connect(lambda: self._refresh_lookups("", 0, ""))
        self.reload()

    @staticmethod
    def _rows_of(meeting_id: int | None):
        return {"meeting_id": meeting_id} if meeting_id else NOTHING

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self._refresh_lookups("", 0, "")
        self.show_rows(self._rows_of(meeting_id))

    def _round_of(self, contribution: Contribution):
        return self._round_numbers.get(contribution.round_id, "")

    def _refresh_lookups(self, table: str, _id: int, _kind: str) -> None:
        store, meeting_id = self.document.store, self.meeting_id
        if table in ("", Round.TABLE):
            self._round_numbers = {r.id: r.number for r in seating.rounds_of(store, meeting_id)} if meeting_id else {}
        if table in ("", CafeTable.TABLE):
            self._table_names = {t.id: t.name for t in seating.tables_of(store, meeting_id)} if meeting_id else {}

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if index.isValid() and index.column() == self.PUBLISHED_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            entity = self.entity(index.row())
            wanted = Qt.CheckState(value) == Qt.CheckState.Checked
            return publishing.set_published(self.document, [entity.id], wanted) > 0
        return super().setData(index, value, role)

    def published_count(self) -> int:
        return sum(1 for c in self.entities() if c.published)


class SharingPanel(QWidget):
    """Everything about the phones, for one open process."""

    def __init__(self, controller: SharingController, meeting_id: int | None = None, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.document: ProcessDocument = controller.document
        self._initial_meeting = controller.meeting_id or meeting_id
        self._last_check: tuple[float, str] | None = None
        self._qr_url = ""
        self._build()
        self._fill_meetings()
        self._fill_interfaces()
        self.port_spin.setValue(controller.requested_port or DEFAULT_PORT)
        controller.sharingChanged.connect(self._update_state)
        controller.urlChanged.connect(self._update_state)
        controller.meetingChanged.connect(self._meeting_from_controller)
        controller.phoneChecked.connect(self._phone_checked)
        controller.errorOccurred.connect(self._show_error)
        controller.published.connect(lambda rev: self._update_counts())
        self.document.rowChanged.connect(self._row_changed)
        self.stats_timer = QTimer(self)
        self.stats_timer.setInterval(2000)
        self.stats_timer.timeout.connect(self._update_stats)
        self.retranslate()
        self._update_state()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)

        # Top: on/off and where phones find the meeting.
        top = QHBoxLayout()
        switch = QVBoxLayout()
        self.share_button = QPushButton()
        self.share_button.setCheckable(True)
        self.share_button.setMinimumHeight(40)
        self.share_button.toggled.connect(self._share_toggled)
        switch.addWidget(self.share_button)
        # Off by default: phones only read until the coordinator lets them send.
        self.input_check = QCheckBox()
        self.input_check.toggled.connect(self._input_toggled)
        switch.addWidget(self.input_check)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        switch.addWidget(self.status_label, 1)
        top.addLayout(switch, 2)
        self.settings_box = QGroupBox()
        form = QFormLayout(self.settings_box)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting_combo.setMinimumContentsLength(20)
        self.meeting_combo.currentIndexChanged.connect(self._meeting_chosen)
        self.meeting_label = QLabel()
        self.meeting_label.setBuddy(self.meeting_combo)
        form.addRow(self.meeting_label, self.meeting_combo)
        network_row = QHBoxLayout()
        self.interface_combo = QComboBox()
        self.interface_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.interface_combo.setMinimumContentsLength(16)
        self.interface_combo.activated.connect(self._network_changed)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self._fill_interfaces)
        network_row.addWidget(self.interface_combo, 1)
        network_row.addWidget(self.refresh_button)
        self.interface_label = QLabel()
        self.interface_label.setBuddy(self.interface_combo)
        form.addRow(self.interface_label, network_row)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1024, 65535)
        self.port_spin.editingFinished.connect(self._network_changed)
        self.port_label = QLabel()
        self.port_label.setBuddy(self.port_spin)
        form.addRow(self.port_label, self.port_spin)
        top.addWidget(self.settings_box, 3)
        outer.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter, 1)

        # Left: the address and its QR code, for the participants or for the check.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(look.margins(0, 0, look.SMALL, 0))
        targets = QHBoxLayout()
        self.target_group = QButtonGroup(self)
        self.target_join = QRadioButton()
        self.target_check = QRadioButton()
        self.target_join.setChecked(True)
        for button in (self.target_join, self.target_check):
            self.target_group.addButton(button)
            targets.addWidget(button)
            button.toggled.connect(self._show_qr)
        targets.addStretch(1)
        left_layout.addLayout(targets)

        self.qr_label = QLabel()
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setMinimumSize(QR_MIN_SIZE, QR_MIN_SIZE)
        self.qr_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        left_layout.addWidget(self.qr_label, 1)
        self.url_label = QLabel()
        self.url_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setWordWrap(True)
        look.set_type(self.url_label, look.PAGE_TITLE)  # big enough to type from a phone across the table
        left_layout.addWidget(self.url_label)
        url_buttons = QHBoxLayout()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_url)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_url)
        self.project_button = QPushButton()
        self.project_button.clicked.connect(self.show_on_projector)
        for button in (self.copy_button, self.open_button, self.project_button):
            url_buttons.addWidget(button)
        left_layout.addLayout(url_buttons)

        self.check_hint = QLabel()
        self.check_hint.setWordWrap(True)
        left_layout.addWidget(self.check_hint)
        self.check_box = QGroupBox()
        check_layout = QVBoxLayout(self.check_box)
        self.check_status = QLabel()
        self.check_status.setWordWrap(True)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        check_layout.addWidget(self.check_status)
        check_layout.addWidget(self.advice_label)
        left_layout.addWidget(self.check_box)
        splitter.addWidget(left)

        # Right: what phones see.
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(look.margins(look.SMALL, 0, 0, 0))
        self.published_title = QLabel()
        look.set_type(self.published_title, look.SECTION_HEADING)
        right_layout.addWidget(self.published_title)
        self.published_hint = QLabel()
        self.published_hint.setWordWrap(True)
        right_layout.addWidget(self.published_hint)
        # The languages the participants' pages speak, each named in itself.
        self.languages_label = QLabel()
        self.languages_label.setWordWrap(True)
        self.languages_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_layout.addWidget(self.languages_label)
        self.counts_label = QLabel()
        right_layout.addWidget(self.counts_label)
        self.model = PublishingModel(self.document, self._initial_meeting, self)
        self.model.modelReset.connect(self._update_counts)
        self.model.dataChanged.connect(lambda *args: self._update_counts())
        self.model.rowsInserted.connect(lambda *args: self._update_counts())
        self.model.rowsRemoved.connect(lambda *args: self._update_counts())
        self.proxy = SwedishSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        text_column = len(self.model.columns) - 1
        header.setSectionResizeMode(text_column, QHeaderView.ResizeMode.Stretch)  # the text gets the room
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().selectionChanged.connect(lambda *args: self._update_buttons())
        right_layout.addWidget(self.view, 1)
        # Before releasing a quote, read it whole: it may say who someone is.
        self.reading = ReadingPane(self.view, text_column, (2, 3))
        right_layout.addWidget(self.reading)
        row = QHBoxLayout()
        self.release_button = QPushButton()
        self.release_button.clicked.connect(self.release_selected)
        self.hide_button = QPushButton()
        self.hide_button.clicked.connect(self.hide_selected)
        row.addWidget(self.release_button)
        row.addWidget(self.hide_button)
        row.addStretch(1)
        right_layout.addLayout(row)
        row = QHBoxLayout()
        self.round_combo = QComboBox()
        self.release_round_button = QPushButton()
        self.release_round_button.clicked.connect(self.release_round)
        self.release_all_button = QPushButton()
        self.release_all_button.clicked.connect(self.release_all)
        self.hide_all_button = QPushButton()
        self.hide_all_button.clicked.connect(self.hide_all)
        row.addWidget(self.round_combo)
        row.addWidget(self.release_round_button)
        row.addStretch(1)
        row.addWidget(self.release_all_button)
        row.addWidget(self.hide_all_button)
        right_layout.addLayout(row)
        # Beside it: the table hosts' links, to capture from their phones.
        self.right_tabs = QTabWidget()
        self.right_tabs.addTab(right, "")
        self.host_links = HostLinksPanel(self.controller, self._initial_meeting)
        self.right_tabs.addTab(self.host_links, "")
        # Where the results are published afterwards: the QR codes printed for the room lead
        # there. A tab of its own: under the release list it squeezed the list to two rows and
        # itself to a sliver at 1280×720.
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(look.margins(look.SMALL))
        self.public_box = PublicAddressBox(self.document, titled=False)
        results_layout.addWidget(self.public_box)
        results_layout.addStretch(1)
        self.right_tabs.addTab(results, "")
        splitter.addWidget(self.right_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([2 * QR_MIN_SIZE, 3 * QR_MIN_SIZE])  # the QR at its size, the texts the rest
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.view, activated=self._toggle_current)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.settings_box.setTitle(self.tr("Where phones find the meeting"))
        self.meeting_label.setText(self.tr("&Meeting:"))
        self.interface_label.setText(self.tr("&Network:"))
        self.port_label.setText(self.tr("&Port:"))
        self.languages_label.setText(
            self.tr("Languages of the phone pages: %1.").replace(
                # A left-to-right mark after each name keeps the list in order around Arabic and Persian.
                "%1", ", ".join(name + "\u200e" for name in phone_texts.language_names().values())
            )
        )
        self.languages_label.setToolTip(
            self.tr("Each phone gets its own language and can switch at the top of the page. What participants "
                    "write is shown as they wrote it.")
        )
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Look for the computer's networks again"))
        self.target_join.setText(self.tr("QR code for the &participants"))
        self.target_check.setText(self.tr("QR code to &check with your phone"))
        self.copy_button.setText(self.tr("&Copy address"))
        self.open_button.setText(self.tr("&Open in browser"))
        self.project_button.setText(self.tr("Show on &projector"))
        self.project_button.setToolTip(
            self.tr("The QR code and the address, full screen on the last screen (Esc closes)")
        )
        self.check_box.setTitle(self.tr("Can phones reach this computer?"))
        self.check_hint.setText(
            self.tr("Before the meeting, check with your own phone that phones can reach this computer.")
        )
        self.advice_label.setText(
            self.tr(
                "Open the check page on your own phone, on the network the participants will use. "
                "If it does not open: make sure the phone is on the same Wi-Fi as this computer, not on "
                "mobile data. Venue and guest Wi-Fi often keep devices apart (client isolation); then start "
                "a hotspot on this computer or bring a travel router, and let everyone join it. Allow "
                "Facilitator through the firewall for private networks if you are asked."
            )
        )
        self.input_check.setText(self.tr("Let phones send &ideas, questions and dots"))
        self.input_check.setToolTip(self.tr(
            "What phones send waits for your review on the meeting's “From phones” page; nothing is shown "
            "before you approve and show it."))
        self.published_title.setText(self.tr("What the phones show"))
        self.right_tabs.setTabText(0, self.tr("What the phones sho&w"))
        self.right_tabs.setTabText(1, self.tr("&Table hosts' links"))
        self.right_tabs.setTabText(2, self.tr("&Results after the meeting"))
        self.published_hint.setText(
            self.tr(
                "Contributions stay on this computer until you show them. Tick one to show it, or show a "
                "whole round at once. Names and other personal data are never shown."
            )
        )
        self.release_button.setText(self.tr("&Show selected"))
        self.hide_button.setText(self.tr("&Hide selected"))
        self.release_round_button.setText(self.tr("Show the whole &round"))
        self.release_all_button.setText(self.tr("Show &all"))
        self.hide_all_button.setText(self.tr("Hi&de all"))
        self._fill_rounds()
        self._fill_interfaces(keep=True)
        self._update_state()

    # -- meetings, networks, rounds -----------------------------------------------------------

    def _fill_meetings(self) -> None:
        current = self.current_meeting_id() or self._initial_meeting
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for meeting in sorted(meetings.all_meetings(self.document.store), key=lambda m: (m.date, m.start_time, m.id)):
            text = f"{meeting.date}  {meeting.title}" if meeting.date else meeting.title
            self.meeting_combo.addItem(text, meeting.id)
        index = self.meeting_combo.findData(current) if current else -1
        self.meeting_combo.setCurrentIndex(index if index >= 0 else (0 if self.meeting_combo.count() else -1))
        self.meeting_combo.blockSignals(False)
        self.model.set_meeting(self.current_meeting_id())
        self.host_links.set_meeting(self.current_meeting_id())
        self._fill_rounds()

    def _fill_interfaces(self, keep: bool = False) -> None:
        chosen = self.interface_combo.currentData() if keep or self.controller.is_sharing else None
        if self.controller.is_sharing:
            chosen = self.controller.address
        interfaces = self.controller.interfaces()
        proposed = SharingController.proposed_address()
        self.interface_combo.clear()
        for interface in interfaces:
            text = interface.label
            if interface.address == proposed:
                text = self.tr("%1 (proposed)").replace("%1", text)
            elif interface.is_loopback:
                text = self.tr("%1 (this computer only)").replace("%1", text)
            self.interface_combo.addItem(text, interface.address)
        if chosen and self.interface_combo.findData(chosen) < 0:
            self.interface_combo.addItem(chosen, chosen)
        index = self.interface_combo.findData(chosen or proposed)
        self.interface_combo.setCurrentIndex(max(index, 0))

    def _fill_rounds(self) -> None:
        meeting_id = self.current_meeting_id()
        current = self.round_combo.currentData()
        self.round_combo.clear()
        for round_ in seating.rounds_of(self.document.store, meeting_id) if meeting_id else []:
            self.round_combo.addItem(self.tr("Round %1").replace("%1", str(round_.number)), round_.id)
        index = self.round_combo.findData(current)
        if index >= 0:
            self.round_combo.setCurrentIndex(index)
        self._update_buttons()

    def current_meeting_id(self) -> int | None:
        data = self.meeting_combo.currentData()
        return int(data) if data is not None else None

    def chosen_address(self) -> str:
        return self.interface_combo.currentData() or SharingController.proposed_address()

    def _meeting_chosen(self, _index: int) -> None:
        meeting_id = self.current_meeting_id()
        self.model.set_meeting(meeting_id)
        self.host_links.set_meeting(meeting_id)
        self._fill_rounds()
        if self.controller.is_sharing:
            self.controller.set_meeting(meeting_id)
        self._update_state()

    def _meeting_from_controller(self, meeting_id: int) -> None:
        index = self.meeting_combo.findData(meeting_id)
        if index >= 0 and index != self.meeting_combo.currentIndex():
            self.meeting_combo.setCurrentIndex(index)

    def _network_changed(self, *args) -> None:
        if not self.controller.is_sharing:
            return
        if self.chosen_address() != self.controller.address or self.port_spin.value() != self.controller.requested_port:
            self.start_sharing()

    def _input_toggled(self, on: bool) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            moderation_edits.set_phone_input(self.document, meeting_id, on)
        self._update_input()

    def _update_input(self) -> None:
        meeting_id = self.current_meeting_id()
        meeting = self.document.store.get(Meeting, meeting_id) if meeting_id else None
        self.input_check.blockSignals(True)
        self.input_check.setChecked(bool(meeting and meeting.phone_input))
        self.input_check.blockSignals(False)
        self.input_check.setEnabled(meeting is not None)

    def _row_changed(self, table: str, _id: int, _kind: str) -> None:
        if table == Meeting.TABLE:
            self._fill_meetings()
            self._update_input()
        elif table == Round.TABLE:
            self._fill_rounds()

    # -- on and off -------------------------------------------------------------------------

    def _share_toggled(self, on: bool) -> None:
        if on and not self.controller.is_sharing:
            self.start_sharing()
        elif not on and self.controller.is_sharing:
            self.stop_sharing()

    def start_sharing(self) -> bool:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            self._show_error(self.tr("Add a meeting first: phones follow one meeting."))
            self._update_state()
            return False
        ok = self.controller.start(meeting_id, self.chosen_address(), self.port_spin.value())
        self._update_state()
        return ok

    def stop_sharing(self) -> None:
        self.controller.stop()
        self._update_state()

    def _update_state(self, *args) -> None:
        sharing = self.controller.is_sharing
        self.share_button.blockSignals(True)
        self.share_button.setChecked(sharing)
        self.share_button.blockSignals(False)
        self.share_button.setText(self.tr("Stop sharing with phones") if sharing else self.tr("Share with phones"))
        for button in (self.copy_button, self.open_button, self.project_button):
            button.setEnabled(sharing)
        if sharing:
            self.stats_timer.start()
            self._update_stats()
        else:
            self.stats_timer.stop()
            self.status_label.setText(self.tr("Sharing is off. Phones cannot see anything."))
        self._update_check_status()
        self._show_qr()
        self._update_counts()
        self._update_input()

    def _update_stats(self) -> None:
        if not self.controller.is_sharing:
            return
        stats = self.controller.stats()
        count = stats.get("recent_clients", 0)
        text = self.tr("Shared at %1.").replace("%1", self.controller.base_url)
        text += " " + self.tr("%n phone(s) connected in the last minute.", "", count)
        if self.controller.requested_port and self.controller.port != self.controller.requested_port:
            text += " " + self.tr("Port %1 was busy, so printed QR codes with that port will not work.").replace(
                "%1", str(self.controller.requested_port)
            )
        elif self.controller.moved_from:
            text += " " + self.tr(
                "Last time phones found this computer at %1: QR codes printed then do not lead here. Print them again."
            ).replace("%1", self.controller.moved_from)
        self.status_label.setText(text)

    def _show_error(self, text: str) -> None:
        self.status_label.setText(text)

    # -- the QR code ------------------------------------------------------------------------

    def shown_url(self) -> str:
        if not self.controller.is_sharing:
            return ""
        return self.controller.check_url if self.target_check.isChecked() else self.controller.join_url

    def _show_qr(self, *args) -> None:
        checking = self.target_check.isChecked()
        self.check_box.setVisible(checking)
        self.check_hint.setVisible(not checking)
        url = self.shown_url()
        self._qr_url = url
        self.url_label.setText(url)
        if not url:
            self.qr_label.setPixmap(QPixmap())
            self.qr_label.setText(self.tr("The QR code appears here when sharing is on."))
            return
        self.qr_label.setText("")
        self._paint_qr()

    def qr_image(self):
        return qr.to_qimage(self._qr_url, scale=1) if self._qr_url else None

    def _paint_qr(self) -> None:
        image = self.qr_image()
        if image is None:
            return
        side = min(self.qr_label.width(), self.qr_label.height())
        factor = max(1, side // image.width())
        pixmap = QPixmap.fromImage(image.scaled(image.width() * factor, image.height() * factor))
        self.qr_label.setPixmap(pixmap)
        self.qr_label.setAccessibleName(self.tr("QR code for %1").replace("%1", self._qr_url))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self._qr_url:
            self._paint_qr()

    def copy_url(self) -> None:
        if self.shown_url():
            QGuiApplication.clipboard().setText(self.shown_url())

    def open_url(self) -> None:
        if self.shown_url():
            QDesktopServices.openUrl(QUrl(self.shown_url()))

    def show_on_projector(self) -> QrWindow | None:
        url = self.shown_url()
        if not url:
            return None
        meeting = self.document.store.get(Meeting, self.current_meeting_id() or 0)
        window = QrWindow(url, meeting.title if meeting else "", self)
        window.present()
        self._projector = window
        return window

    # -- the check ----------------------------------------------------------------------------

    def _phone_checked(self, address: str) -> None:
        self._last_check = (time.time(), address)
        self._update_check_status()

    def _update_check_status(self) -> None:
        if self._last_check is None:
            self.check_status.setText(self.tr("No phone has opened the check page yet."))
            return
        moment = time.strftime("%H:%M:%S", time.localtime(self._last_check[0]))
        self.check_status.setText(
            self.tr("A phone (%1) reached this computer at %2. Phones on that network can follow the meeting.")
            .replace("%1", self._last_check[1])
            .replace("%2", moment)
        )

    # -- publishing ---------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return [self.proxy.data(index, ENTITY_ROLE) for index in rows]

    def release_selected(self) -> int:
        return publishing.release(self.document, self.selected_ids())

    def hide_selected(self) -> int:
        return publishing.hide(self.document, self.selected_ids())

    def release_round(self) -> int:
        meeting_id = self.current_meeting_id()
        round_id = self.round_combo.currentData()
        if meeting_id is None or round_id is None:
            return 0
        return publishing.release_round(self.document, meeting_id, round_id)

    def release_all(self) -> int:
        meeting_id = self.current_meeting_id()
        return publishing.release_all(self.document, meeting_id) if meeting_id is not None else 0

    def hide_all(self) -> int:
        meeting_id = self.current_meeting_id()
        return publishing.hide_all(self.document, meeting_id) if meeting_id is not None else 0

    def _toggle_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        contribution_id = self.proxy.data(index, ENTITY_ROLE)
        contribution = self.document.store.get(Contribution, contribution_id)
        if contribution is not None:
            publishing.set_published(self.document, [contribution_id], not contribution.published)

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.model.published_count()
        self.counts_label.setText(
            self.tr("%1 of %2 contributions are shown on phones.").replace("%1", str(shown)).replace("%2", str(total))
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_selection = bool(self.view.selectionModel() and self.view.selectionModel().hasSelection())
        self.release_button.setEnabled(has_selection)
        self.hide_button.setEnabled(has_selection)
        self.release_round_button.setEnabled(self.round_combo.count() > 0)
        has_rows = self.model.rowCount() > 0
        self.release_all_button.setEnabled(has_rows)
        self.hide_all_button.setEnabled(has_rows)


class SharingDialog(QDialog):
    """The panel in a window of its own (the main window keeps it open, not modal)."""

    DEFAULT_SIZE = QSize(1100, 640)  # fits 1280×720 with a taskbar; smaller screens get less

    def __init__(self, controller: SharingController, meeting_id: int | None = None, parent=None):
        super().__init__(parent)
        self.panel = SharingPanel(controller, meeting_id, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        fit_to_screen(self, self.DEFAULT_SIZE)
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Phones"))


class QrWindow(QWidget):
    """The QR code and the address, large, for the projector. Esc or a click closes it."""

    def __init__(self, url: str, title: str = "", parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.url = url
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet("background: white; color: black;")
        layout = QVBoxLayout(self)
        # Each text takes the largest size that fits its share of the screen, wrapped.
        centre = Qt.AlignmentFlag.AlignCenter
        self.title_label = FittedLabel("qrTitle", alignment=centre, bold=True)
        self.title_label.setText(title)
        self.hint_label = FittedLabel("qrHint", alignment=centre)
        self.qr_label = QLabel()
        self.qr_label.setAlignment(centre)
        self.qr_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.url_label = FittedLabel("qrUrl", alignment=centre, bold=True)
        self.url_label.setText(url)
        for widget, share in ((self.title_label, 2), (self.hint_label, 1), (self.qr_label, 8), (self.url_label, 1)):
            layout.addWidget(widget, share)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("QR code for the phones"))
        self.hint_label.setText(self.tr("Scan the code with your phone's camera. No app and no account needed."))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def present(self) -> None:
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            screen = screens[-1]
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.resize(900, 900)
            self.show()
        self._paint()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        height = max(self.height(), 300)
        for text, share in ((self.title_label, 0.06), (self.hint_label, 0.04), (self.url_label, 0.05)):
            text.set_ceiling(int(height * share))
        self._paint()

    def mouseReleaseEvent(self, event):
        self.close()

    def _paint(self) -> None:
        image = qr.to_qimage(self.url, scale=1)
        side = min(self.qr_label.width(), self.qr_label.height())
        factor = max(4, side // image.width())
        self.qr_label.setPixmap(QPixmap.fromImage(image.scaled(image.width() * factor, image.height() * factor)))
