"""The projector screen for the room: round N of M, the question, a countdown readable from
the back of the room, and "Byt bord!" when a round ends. Works from the keyboard:
Space pauses and resumes, arrows add or remove a minute, N goes on, H switches to high
contrast, F toggles full screen, Esc leaves full screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.round_timer import FINISHED, PAUSED, STOPPED, format_countdown
from ...domain.vocabulary import AgendaKind
from ...platform.sound import play_chime
from .timer_controller import TimerController

NORMAL = {"background": "#0f2740", "text": "#ffffff", "muted": "#c9d6e3", "cue": "#ffd166", "over": "#ff8a80"}
HIGH_CONTRAST = {"background": "#000000", "text": "#ffffff", "muted": "#ffffff", "cue": "#ffff00", "over": "#ffff00"}


class ProjectorWindow(QWidget):
    def __init__(self, controller: TimerController, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.high_contrast = False
        self.sound_enabled = True
        self.setObjectName("projector")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.question = QLabel()
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue = QLabel()
        self.cue.setObjectName("cue")
        self.cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_line = QLabel()
        self.next_line.setObjectName("next")
        self.next_line.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setObjectName("qr")
        self.qr.setVisible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.next_line, 1)
        bottom.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight)
        for widget in (self.heading, self.question):
            layout.addWidget(widget)
        layout.addWidget(self.countdown, 1)
        layout.addWidget(self.cue)
        layout.addLayout(bottom)
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
        if pixmap is None:
            self.qr.clear()
            self.qr.setVisible(False)
        else:
            self.qr.setPixmap(pixmap)
            self.qr.setVisible(True)

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
        elif current.kind == AgendaKind.ROUND and number:
            self.heading.setText(self.tr("Round %1 of %2").replace("%1", str(number)).replace("%2", str(total)))
        else:
            self.heading.setText(current.title)
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
        sizes = {"countdown": int(height * 0.32), "heading": int(height * 0.06), "question": int(height * 0.045),
                 "cue": int(height * 0.085), "next": int(height * 0.032)}
        for name, pixels in sizes.items():
            label = self.findChild(QLabel, name)
            font = QFont(label.font())
            font.setPixelSize(max(12, pixels))
            font.setBold(name in ("countdown", "cue", "heading"))
            label.setFont(font)
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
