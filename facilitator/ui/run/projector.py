"""The projector screen for the room: round N of M, the question, a countdown readable from
the back of the room, and "Byt bord!" when a round ends. Works from the keyboard:
Space pauses and resumes, arrows add or remove a minute, N goes on, H switches to high
contrast, F toggles full screen, Esc leaves full screen."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...domain.round_timer import FINISHED, PAUSED, STOPPED, format_countdown
from ...domain.vocabulary import AgendaKind
from ...platform.sound import play_chime
from ..common.fitted_text import FittedLabel
from .headings import block_heading
from .timer_controller import TimerController

NORMAL = {"background": "#0f2740", "text": "#ffffff", "muted": "#c9d6e3", "cue": "#ffd166", "over": "#ff8a80"}
HIGH_CONTRAST = {"background": "#000000", "text": "#ffffff", "muted": "#ffffff", "cue": "#ffff00", "over": "#ffff00"}

# The largest font of each text as a share of the window's height; each text takes the largest
# size up to this at which it fits its rectangle, wrapped.
CEILINGS = {"heading": 0.07, "question": 0.055, "countdown": 0.42, "cue": 0.085, "next": 0.035}
BOTTOM, BOTTOM_WITH_QR = 2, 5  # the share of the height of the line at the bottom, without and with the QR code


def countdown_sample(text: str) -> str:
    """What the countdown is measured with: its widest form, so the size stays put as it counts."""
    return "−" + re.sub(r"\d", "0", text.lstrip("−"))


class QrLabel(QLabel):
    """The phone page's QR code in the bottom right corner, as large as its rectangle allows and
    crisp (nearest-neighbour scaling); its rectangle comes from the layout, never from the code."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("qr")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setVisible(False)
        self.source: QPixmap | None = None

    def sizeHint(self) -> QSize:
        return QSize(10, 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def set_source(self, pixmap: QPixmap | None) -> None:
        self.source = pixmap
        if pixmap is None:
            self.clear()
        self._scale()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        if self.source is None:
            return
        side = max(1, min(self.contentsRect().width(), self.contentsRect().height()))
        if self.pixmap().isNull() or self.pixmap().width() != side:
            self.setPixmap(self.source.scaled(side, side, mode=Qt.TransformationMode.FastTransformation))


class ProjectorWindow(QWidget):
    def __init__(self, controller: TimerController, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.high_contrast = False
        self.sound_enabled = True
        self.setObjectName("projector")
        self.layout_ = QVBoxLayout(self)
        self.heading = FittedLabel("heading", bold=True)
        self.question = FittedLabel("question")
        self.countdown = FittedLabel("countdown", wrap=False, alignment=Qt.AlignmentFlag.AlignCenter, bold=True,
                                     sample=countdown_sample)
        self.cue = FittedLabel("cue", alignment=Qt.AlignmentFlag.AlignCenter, bold=True)
        self.next_line = FittedLabel("next")
        self.qr = QrLabel()
        self.bottom = QHBoxLayout()
        self.bottom.addWidget(self.next_line, 4)
        self.bottom.addWidget(self.qr, 1)
        # Shares of the height; a text that is empty gives its share to the countdown.
        for widget, share in ((self.heading, 3), (self.question, 5), (self.countdown, 8), (self.cue, 2)):
            self.layout_.addWidget(widget, share)
        self.layout_.addLayout(self.bottom, BOTTOM)
        self._flash = QTimer(self)
        self._flash.setInterval(450)
        self._flash.timeout.connect(self._toggle_flash)
        self._flash_on = False
        self._cue_round: int | None = None
        shortcuts = {
            Qt.Key.Key_Space: controller.start_or_pause,
            Qt.Key.Key_Up: lambda: controller.extend(60),
            Qt.Key.Key_Right: lambda: controller.extend(60),
            Qt.Key.Key_Down: lambda: controller.extend(-60),
            Qt.Key.Key_Left: lambda: controller.extend(-60),
            Qt.Key.Key_N: controller.next,
            Qt.Key.Key_H: self.toggle_contrast,
            Qt.Key.Key_F: self.toggle_full_screen,
            Qt.Key.Key_F11: self.toggle_full_screen,
            Qt.Key.Key_Escape: self.leave_full_screen,
        }
        for key, slot in shortcuts.items():
            QShortcut(QKeySequence(key), self, activated=slot)
        controller.changed.connect(self.refresh)
        controller.ticked.connect(self.refresh)
        controller.changeTables.connect(self.announce_change)
        self.resize(1024, 640)
        self._apply_style()
        self.retranslate()
        self.refresh()

    # -- showing ------------------------------------------------------------------------

    def show_on(self, screen_index: int | None, full_screen: bool) -> None:
        screens = QGuiApplication.screens()
        if screen_index is not None and 0 <= screen_index < len(screens):
            self.setScreen(screens[screen_index])
            self.move(screens[screen_index].geometry().topLeft())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.close()

    def toggle_contrast(self) -> None:
        self.high_contrast = not self.high_contrast
        self._colours_key = None
        self._apply_style()

    def set_qr(self, pixmap) -> None:
        """The QR code of the phone page, once sharing is on (None hides it)."""
        self.qr.set_source(pixmap)
        self.qr.setVisible(pixmap is not None)
        self.layout_.setStretch(self.layout_.indexOf(self.bottom), BOTTOM_WITH_QR if pixmap is not None else BOTTOM)

    # -- content ------------------------------------------------------------------------

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Facilitator — projector"))
        self.refresh()

    def refresh(self) -> None:
        controller = self.controller
        state = controller.state
        now = controller.now()
        current = state.current
        total = controller.round_count()
        number = state.round_number()
        if current is None:
            self.heading.setText(self.tr("No agenda yet"))
        else:
            self.heading.setText(block_heading(current, number, total))
        questions = controller.questions_now()
        meeting = controller.meeting()
        if meeting is not None and meeting.question_per_table and questions:
            self.question.setText("\n".join(q.text for q in questions))
        else:
            self.question.setText(questions[0].text if questions and current and current.kind == AgendaKind.ROUND else "")
        remaining = state.remaining(now)
        self.countdown.setText(format_countdown(remaining) if current else "")
        over = state.is_over(now)
        if state.state == PAUSED:
            self.cue.setText(self.tr("Paused"))
        elif state.state == FINISHED:
            self.cue.setText(self.tr("Thank you!"))
        elif state.change_tables_now(now):
            self.cue.setText(self.tr("Change tables!"))
        elif state.state == STOPPED:
            self.cue.setText(self.tr("Starts soon"))
        else:
            self.cue.setText("")
        if not state.change_tables_now(now):
            self._stop_flash()
        following = state.next_segment
        meeting_hosts = meeting.hosts_stay if meeting else True
        if current is not None and current.kind == AgendaKind.ROUND and following is not None:
            if meeting_hosts:
                text = self.tr("Next: %1. Table hosts stay; everyone else moves to a new table.")
            else:
                text = self.tr("Next: %1. Moderators stay; everyone else moves to a new table.")
            self.next_line.setText(text.replace("%1", following.title))
        elif following is not None:
            self.next_line.setText(self.tr("Next: %1").replace("%1", following.title))
        else:
            self.next_line.setText("")
        self.question.setVisible(bool(self.question.text()))
        self.countdown.setProperty("over", over)
        self._apply_colours(over)

    def announce_change(self, _round_number: int) -> None:
        """The round is over: a visual signal and, if the system can, a sound."""
        self._flash.start()
        if self.sound_enabled and self.isVisible():
            if not play_chime():
                QApplication.beep()
        self.refresh()

    def _toggle_flash(self) -> None:
        self._flash_on = not self._flash_on
        self._apply_colours(True)

    def _stop_flash(self) -> None:
        if self._flash.isActive():
            self._flash.stop()
            self._flash_on = False

    # -- looks --------------------------------------------------------------------------

    def resizeEvent(self, event):
        self._apply_style()
        super().resizeEvent(event)

    def _apply_style(self) -> None:
        height = max(self.height(), 300)
        width = max(self.width(), 400)
        self.layout_.setContentsMargins(width // 24, height // 24, width // 24, height // 32)
        self.layout_.setSpacing(max(6, height // 60))
        self.bottom.setSpacing(max(6, width // 60))
        for name, share in CEILINGS.items():
            self.findChild(FittedLabel, name).set_ceiling(int(height * share))
        self._apply_colours(bool(self.countdown.property("over")))

    def _apply_colours(self, over: bool) -> None:
        key = (over, self._flash_on, self.high_contrast)
        if key == getattr(self, "_colours_key", None):
            return
        self._colours_key = key
        colours = HIGH_CONTRAST if self.high_contrast else NORMAL
        background = colours["cue"] if self._flash_on else colours["background"]
        text = "#000000" if self._flash_on else colours["text"]
        countdown = colours["over"] if over and not self._flash_on else text
        self.setStyleSheet(
            f"QWidget#projector {{ background: {background}; }}"
            f"QLabel {{ color: {text}; background: transparent; }}"
            f"QLabel#countdown {{ color: {countdown}; }}"
            f"QLabel#cue {{ color: {('#000000' if self._flash_on else colours['cue'])}; }}"
            f"QLabel#next {{ color: {('#000000' if self._flash_on else colours['muted'])}; }}"
        )
        self.setAutoFillBackground(True)
