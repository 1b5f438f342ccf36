"""Running the meeting from the coordinator's window: the timer (the same state as the
projector), the expected end, and which tables have their notes in for the round."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import CafeTable, Contribution
from ...domain.formats import has_cafe
from ...domain.round_timer import FINISHED, PAUSED, RUNNING, format_countdown, planned_end, planned_start
from ...storage import seating
from ..document import ProcessDocument
from .headings import block_heading
from .timer_controller import TimerController


class RunPage(QWidget):
    def __init__(self, document: ProcessDocument, controller: TimerController, parent=None):
        super().__init__(parent)
        self.document = document
        self.controller = controller
        self.projector = None  # the ProjectorWindow, while it is open
        self.phone_url = ""
        layout = QVBoxLayout(self)
        self.block = QLabel()
        self.block.setObjectName("runBlock")
        self.block.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("runCountdown")
        font = QFont(self.countdown.font())
        font.setPixelSize(64)
        font.setBold(True)
        self.countdown.setFont(font)
        self.cue = QLabel()
        self.cue.setObjectName("runCue")
        self.ends = QLabel()
        layout.addWidget(self.block)
        layout.addWidget(self.countdown)
        layout.addWidget(self.cue)
        layout.addWidget(self.ends)
        buttons = QHBoxLayout()
        self.start_button = QPushButton()
        self.minus_button = QPushButton()
        self.plus_button = QPushButton()
        self.next_button = QPushButton()
        self.reset_button = QPushButton()
        self.start_button.clicked.connect(controller.start_or_pause)
        self.minus_button.clicked.connect(lambda: controller.extend(-60))
        self.plus_button.clicked.connect(lambda: controller.extend(60))
        self.next_button.clicked.connect(controller.next)
        self.reset_button.clicked.connect(controller.reset)
        for button in (self.start_button, self.minus_button, self.plus_button, self.next_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        projector = QGroupBox()
        self.projector_box = projector
        grid = QGridLayout(projector)
        self.screen_label = QLabel()
        self.screen = QComboBox()
        self.full_screen = QCheckBox()
        self.full_screen.setChecked(True)
        self.open_projector_button = QPushButton()
        self.open_projector_button.clicked.connect(self.open_projector)
        self.screen_label.setBuddy(self.screen)
        grid.addWidget(self.screen_label, 0, 0)
        grid.addWidget(self.screen, 0, 1)
        grid.addWidget(self.full_screen, 0, 2)
        grid.addWidget(self.open_projector_button, 0, 3)
        grid.setColumnStretch(1, 1)
        layout.addWidget(projector)

        self.notes_label = QLabel()
        self.notes = QListWidget()
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 1)

        controller.changed.connect(self.refresh)
        controller.ticked.connect(lambda: self.isVisible() and self.refresh_clock())
        document.rowChanged.connect(self._on_row_changed)
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.minus_button.setText(self.tr("−1 minute"))
        self.plus_button.setText(self.tr("+1 minute"))
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setToolTip(self.tr("Ends this block and starts the next one (N on the projector)"))
        self.reset_button.setText(self.tr("Start &over"))
        self.projector_box.setTitle(self.tr("Projector"))
        self.screen_label.setText(self.tr("&Screen:"))
        self.full_screen.setText(self.tr("Full screen"))
        self.open_projector_button.setText(self.tr("&Open the projector screen"))
        self.notes_label.setText(self.tr("Notes in for this round:"))
        self._fill_screens()
        self.refresh()

    def _fill_screens(self) -> None:
        current = self.screen.currentIndex()
        self.screen.clear()
        for index, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry()
            self.screen.addItem(
                self.tr("Screen %1 (%2×%3)").replace("%1", str(index + 1)).replace("%2", str(size.width())).replace(
                    "%3", str(size.height())
                ),
                index,
            )
        if self.screen.count() > 1:
            self.screen.setCurrentIndex(current if current > 0 else 1)  # the projector is usually the second

    def show_meeting(self, meeting_id: int | None) -> None:
        self.controller.show_meeting(meeting_id)

    def showEvent(self, event):
        self.refresh()
        super().showEvent(event)

    def open_projector(self):
        from .projector import ProjectorWindow

        if self.projector is None:
            self.projector = ProjectorWindow(self.controller)
            self.projector.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.projector.destroyed.connect(self._projector_closed)
        self.projector.show_on(self.screen.currentData(), self.full_screen.isChecked())
        self.projector.raise_()
        self._update_projector_qr()
        return self.projector

    def set_phone_url(self, url: str) -> None:
        self.phone_url = url
        self._update_projector_qr()

    def _update_projector_qr(self) -> None:
        if self.projector is None:
            return
        if not self.phone_url:
            self.projector.set_qr(None)
            return
        from PySide6.QtGui import QPixmap

        from ...share import qr

        self.projector.set_qr(QPixmap.fromImage(qr.to_qimage(self.phone_url)))  # the projector scales it

    def _projector_closed(self, *_args) -> None:
        self.projector = None

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()

    # -- refreshing ---------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.isVisible():
            return  # a hidden page catches up when it is shown
        state = self.controller.state
        running = state.state == RUNNING
        self.start_button.setText(self.tr("&Pause") if running else (self.tr("&Resume") if state.state == PAUSED else self.tr("&Start")))
        has_agenda = bool(state.segments)
        for button in (self.start_button, self.minus_button, self.plus_button, self.next_button, self.reset_button):
            button.setEnabled(has_agenda and state.state != FINISHED or button is self.reset_button and has_agenda)
        self.refresh_clock()
        self.refresh_notes()

    def refresh_clock(self) -> None:
        controller = self.controller
        state = controller.state
        now = controller.now()
        current = state.current
        if current is None:
            self.block.setText(self.tr("Add an agenda to run the meeting with the timer."))
            self.countdown.setText("")
            self.cue.setText("")
            self.ends.setText("")
            return
        title = block_heading(current, state.round_number(), controller.round_count())
        self.block.setText(title)
        self.countdown.setText(format_countdown(state.remaining(now)))
        if state.state == FINISHED:
            self.cue.setText(self.tr("The meeting is over."))
        elif state.change_tables_now(now):
            self.cue.setText(self.tr("Change tables!"))
        elif state.is_over(now):
            self.cue.setText(self.tr("Time is up for this block."))
        else:
            self.cue.setText("")
        meeting = controller.meeting()
        locale = QLocale()
        expected = state.expected_end(now, planned_start(meeting) if meeting else None)
        text = self.tr("Expected end: %1").replace("%1", locale.toString(expected.time(), QLocale.FormatType.ShortFormat))
        planned = planned_end(meeting) if meeting else None
        if planned is not None:
            text += " " + self.tr("(planned %1)").replace("%1", locale.toString(planned.time(), QLocale.FormatType.ShortFormat))
        self.ends.setText(text)

    def _on_row_changed(self, table: str, *_args) -> None:
        if table in (Contribution.TABLE, CafeTable.TABLE) and self.isVisible():
            self.refresh_notes()

    def refresh_notes(self) -> None:
        """Per table: how many notes are in for the current round (cafés), or in all."""
        self.notes.clear()
        meeting = self.controller.meeting()
        if meeting is None:
            return
        store = self.document.store
        tables = seating.tables_of(store, meeting.id)
        visible = has_cafe(meeting) and bool(tables)
        self.notes.setVisible(visible)
        self.notes_label.setVisible(visible)
        if not visible:
            return
        round_id = self.controller.current_round_id()
        for table in tables:
            count = seating.notes_at_table(store, table.id, round_id)
            mark = "✓" if count else "○"
            item = QListWidgetItem(f"{mark}  {table.name}: " + self.tr("%n note(s)", "", count))
            item.setData(Qt.ItemDataRole.UserRole, count)
            self.notes.addItem(item)
