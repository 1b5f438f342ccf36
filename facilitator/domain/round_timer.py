"""The round timer, driven by the meeting's agenda.

A pure state machine: every operation takes the current time and returns a new state, so
it is tested without clocks and stored as it is (MeetingTimer) to survive a restart. Time
keeps running while the app is closed, as it does in the room.

    stopped --start--> running <--pause/resume--> paused
    running/paused --next/skip--> the next agenda item (running if it was running)
    after the last item --> finished
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from .entities import AgendaItem, Meeting, MeetingTimer
from .meeting_checks import parse_time
from .vocabulary import AgendaKind

STOPPED, RUNNING, PAUSED, FINISHED = "stopped", "running", "paused", "finished"
MINUTE = 60


@dataclass(frozen=True)
class Segment:
    """One timed block of the agenda."""

    item_id: int | None
    title: str
    kind: str
    seconds: int
    round_number: int | None = None


@dataclass(frozen=True)
class TimerState:
    segments: tuple[Segment, ...]
    index: int = 0
    state: str = STOPPED
    started_at: datetime | None = None  # when the current running stretch began
    elapsed_before: float = 0.0  # seconds of the current segment before that stretch
    extra_seconds: int = 0  # added (or removed) with ±1 minute

    # -- reading ------------------------------------------------------------------------

    @property
    def current(self) -> Segment | None:
        return self.segments[self.index] if 0 <= self.index < len(self.segments) else None

    @property
    def next_segment(self) -> Segment | None:
        following = self.index + 1
        return self.segments[following] if following < len(self.segments) else None

    def elapsed(self, now: datetime) -> float:
        if self.state == RUNNING and self.started_at is not None:
            return self.elapsed_before + max(0.0, (now - self.started_at).total_seconds())
        return self.elapsed_before

    def duration(self) -> int:
        current = self.current
        return max(0, (current.seconds if current else 0) + self.extra_seconds)

    def remaining(self, now: datetime) -> float:
        """Seconds left of the current block; negative when it runs over."""
        if self.state in (STOPPED,) and self.current is not None:
            return float(self.duration())
        if self.state == FINISHED or self.current is None:
            return 0.0
        return self.duration() - self.elapsed(now)

    def is_over(self, now: datetime) -> bool:
        return self.state in (RUNNING, PAUSED) and self.remaining(now) <= 0

    def change_tables_now(self, now: datetime) -> bool:
        """True when a conversation round has run out: time for "Byt bord!"."""
        current = self.current
        return current is not None and current.kind == AgendaKind.ROUND and self.is_over(now)

    def rounds(self) -> list[Segment]:
        return [s for s in self.segments if s.kind == AgendaKind.ROUND]

    def round_number(self) -> int | None:
        """The round being held (or the last one held, during a table change)."""
        number = None
        for segment in self.segments[: self.index + 1]:
            if segment.kind == AgendaKind.ROUND:
                number = segment.round_number
        return number

    def expected_end(self, now: datetime) -> datetime:
        """When the meeting will end if everything after the current block keeps its time."""
        later = sum(s.seconds for s in self.segments[self.index + 1 :])
        if self.state == FINISHED:
            return now
        current = max(0.0, self.remaining(now))
        return now + timedelta(seconds=current + later)

    # -- operations ---------------------------------------------------------------------

    def start(self, now: datetime) -> TimerState:
        if self.state == STOPPED and self.segments:
            return replace(self, state=RUNNING, started_at=now, elapsed_before=0.0)
        return self.resume(now)

    def pause(self, now: datetime) -> TimerState:
        if self.state != RUNNING:
            return self
        return replace(self, state=PAUSED, elapsed_before=self.elapsed(now), started_at=None)

    def resume(self, now: datetime) -> TimerState:
        if self.state != PAUSED:
            return self
        return replace(self, state=RUNNING, started_at=now)

    def toggle(self, now: datetime) -> TimerState:
        if self.state == RUNNING:
            return self.pause(now)
        return self.start(now)

    def extend(self, seconds: int) -> TimerState:
        """±1 minute: never below zero for the block as a whole."""
        if self.current is None or self.state == FINISHED:
            return self
        floor = -self.current.seconds
        return replace(self, extra_seconds=max(floor, self.extra_seconds + seconds))

    def next(self, now: datetime) -> TimerState:
        """Ends the current block (early or late) and begins the next one."""
        if self.state == FINISHED or not self.segments:
            return self
        following = self.index + 1
        if following >= len(self.segments):
            return replace(self, index=len(self.segments) - 1, state=FINISHED, started_at=None,
                           elapsed_before=self.elapsed(now))
        running = self.state in (RUNNING, STOPPED)
        return replace(
            self,
            index=following,
            state=RUNNING if running else PAUSED,
            started_at=now if running else None,
            elapsed_before=0.0,
            extra_seconds=0,
        )

    def reset(self) -> TimerState:
        return TimerState(self.segments)

    # -- storage ------------------------------------------------------------------------

    def to_record(self, meeting_id: int, record_id: int | None = None) -> MeetingTimer:
        current = self.current
        return MeetingTimer(
            id=record_id,
            meeting_id=meeting_id,
            agenda_item_id=current.item_id if current else None,
            state=self.state,
            started_at=self.started_at.isoformat() if self.started_at else "",
            elapsed_seconds=self.elapsed_before,
            extra_seconds=self.extra_seconds,
        )


def segments_from_agenda(items: list[AgendaItem]) -> tuple[Segment, ...]:
    ordered = sorted(items, key=lambda item: (item.position, item.id or 0))
    return tuple(
        Segment(item.id, item.title, item.kind, max(0, item.minutes) * MINUTE, item.round_number) for item in ordered
    )


def timer_from_record(items: list[AgendaItem], record: MeetingTimer | None) -> TimerState:
    """The stored timer on today's agenda. If the stored item was deleted, start over."""
    segments = segments_from_agenda(items)
    if record is None or record.state == STOPPED:
        return TimerState(segments)
    index = next((i for i, s in enumerate(segments) if s.item_id == record.agenda_item_id), None)
    if index is None:
        return TimerState(segments)
    started = None
    if record.started_at:
        try:
            started = datetime.fromisoformat(record.started_at)
        except ValueError:
            started = None
    state = record.state if record.state in (RUNNING, PAUSED, FINISHED) else STOPPED
    if state == RUNNING and started is None:
        state = PAUSED
    return TimerState(segments, index, state, started, float(record.elapsed_seconds), int(record.extra_seconds))


def planned_end(meeting: Meeting) -> datetime | None:
    """The meeting's planned end on its date, for comparing with the expected end."""
    end = parse_time(meeting.end_time)
    try:
        day = datetime.fromisoformat(meeting.date)
    except ValueError:
        return None
    if end is None:
        return None
    return day.replace(hour=end.hour, minute=end.minute)


def format_countdown(seconds: float) -> str:
    """"12:05" while time is left, "−0:42" when the block runs over."""
    sign = "−" if seconds < 0 else ""
    whole = int(abs(seconds) + (0 if seconds < 0 else 0.999))
    return f"{sign}{whole // 60}:{whole % 60:02d}"
