"""Runs the round timer of the chosen meeting: the operations, a tick for the displays, the
"Byt bord!" cue when a round ends, and saving the state so it survives a restart.

The clock is a pair (domain.round_timer.Now): the wall clock for what is shown and stored, and
a steady clock for measuring, so a changed system clock neither freezes nor ends a round. When
the wall clock jumps while a block runs, the stored start is moved to match (for a restart and
for the phones). A test may pass a clock that returns a bare datetime: both clocks follow it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain.entities import AgendaItem, Meeting, Question, Round
from ...domain.round_timer import (
    FINISHED,
    RUNNING,
    STOPPED,
    Now,
    TimerState,
    as_moment,
    current_moment,
    timer_from_record,
    with_agenda,
)
from ...domain.vocabulary import AgendaKind
from ...storage import meetings, timers
from ...storage.errors import ProcessFileError
from ..document import ProcessDocument

TICK_MS = 200


class TimerController(QObject):
    changed = Signal()  # an operation changed the state
    ticked = Signal()  # the clock moved (every 200 ms while something runs)
    changeTables = Signal(int)  # a conversation round has run out: its number

    def __init__(self, document: ProcessDocument, clock: Callable[[], Now | datetime] = current_moment, parent=None):
        super().__init__(parent)
        self.document = document
        self.clock = clock
        self.meeting_id: int | None = None
        self.state = TimerState(())
        self._cued_index: int | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        document.rowChanged.connect(self._on_row_changed)

    # -- what the displays read -----------------------------------------------------------

    def now(self) -> Now:
        return as_moment(self.clock())

    def meeting(self) -> Meeting | None:
        return self.document.store.get(Meeting, self.meeting_id) if self.meeting_id else None

    def round_count(self) -> int:
        return len(self.state.rounds())

    def questions_now(self) -> list[Question]:
        """The question(s) to show: the round's question, or every table's question."""
        meeting = self.meeting()
        if meeting is None:
            return []
        questions = meetings.questions_of(self.document.store, meeting.id)
        if meeting.question_per_table:
            return [q for q in questions if q.table_id is not None] or questions
        number = self.state.round_number()
        if number is None:
            return []
        chosen = [q for q in questions if q.round_number == number]
        return chosen or questions[number - 1 : number]

    def current_round_id(self) -> int | None:
        return self._round_id(self.state.round_number())

    # -- loading --------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        if self.meeting_id is None:
            self.state = TimerState(())
        else:
            store = self.document.store
            items = meetings.agenda_of(store, self.meeting_id)
            self.state = timer_from_record(items, timers.timer_of(store, self.meeting_id), self.now())
        self._cued_index = self.state.index if self.state.is_over(self.now()) else None
        self._update_ticker()
        self.changed.emit()

    def _on_row_changed(self, table: str, *_args) -> None:
        if self.meeting_id is not None and table in (AgendaItem.TABLE, Meeting.TABLE):
            items = meetings.agenda_of(self.document.store, self.meeting_id)
            self.state = with_agenda(self.state, items)
            self.changed.emit()

    # -- operations -----------------------------------------------------------------------

    def start_or_pause(self) -> None:
        self._apply(self.state.toggle(self.now()))

    def extend(self, seconds: int) -> None:
        self._apply(self.state.extend(seconds))

    def next(self) -> None:
        self._apply(self.state.next(self.now()))

    def reset(self) -> None:
        self._apply(self.state.reset())

    def _apply(self, state: TimerState) -> None:
        if self.meeting_id is None or not state.segments:
            return
        previous = self.state
        self.state = state
        now = self.now()
        try:
            self._note_rounds(previous, state, now)
            self.document.save_timer(state.to_record(self.meeting_id))
        except ProcessFileError as error:
            self.document.writeFailed.emit(error)
        if state.index != previous.index or not state.is_over(now):
            self._cued_index = None
        self._update_ticker()
        self.changed.emit()

    def _note_rounds(self, previous: TimerState, state: TimerState, now: Now) -> None:
        stamp = now.wall.isoformat(timespec="seconds")
        ended = previous.current
        if ended is not None and ended.kind == AgendaKind.ROUND and (state.index != previous.index or state.state == FINISHED):
            round_id = self._round_id(ended.round_number)
            if round_id is not None:
                self.document.mark_round(round_id, ended_at=stamp)
        started = state.current
        if started is not None and started.kind == AgendaKind.ROUND and state.state == RUNNING:
            round_id = self._round_id(started.round_number)
            existing = self.document.store.get(Round, round_id) if round_id else None
            if existing is not None and not existing.started_at:
                self.document.mark_round(round_id, started_at=stamp)

    def _round_id(self, number: int | None) -> int | None:
        if self.meeting_id is None:
            return None
        return timers.round_id_numbered(self.document.store, self.meeting_id, number)

    # -- the clock ------------------------------------------------------------------------

    def _update_ticker(self) -> None:
        if self.state.state == RUNNING:
            self._ticker.start()
        else:
            self._ticker.stop()

    def tick(self) -> None:
        now = self.now()
        moved = self.state.reanchored(now)
        if moved is not self.state and self.meeting_id is not None:
            self.state = moved  # the wall clock jumped: store the start on the new wall clock
            try:
                self.document.save_timer(moved.to_record(self.meeting_id))
            except ProcessFileError as error:
                self.document.writeFailed.emit(error)
        if self.state.change_tables_now(now) and self._cued_index != self.state.index:
            self._cued_index = self.state.index
            self.changeTables.emit(self.state.round_number() or 0)
        self.ticked.emit()

    def stop(self) -> None:
        self._ticker.stop()


__all__ = ["TimerController", "STOPPED", "RUNNING"]
