"""The round timer, driven by the meeting's agenda.

A pure state machine: every operation takes the current time and returns a new state, so
it is tested without clocks and stored as it is (MeetingTimer) to survive a restart. Time
keeps running while the app is closed, as it does in the room.

Two clocks (``Now``): the room's wall clock, for what is shown and stored, and a steady clock
that never jumps, for measuring. While the app runs, a block's time is measured on the steady
clock from the moment it was started or resumed (``anchor``), so setting the wall clock back or
forward neither freezes a round nor ends it. The steady clock the app uses (``steady_seconds``)
counts the time a laptop sleeps where the system offers such a clock (Linux CLOCK_BOOTTIME,
macOS CLOCK_MONOTONIC, Windows' monotonic tick count), so after a sleep during a round the
round has moved on by the real time passed, as the room's clock has; the wall clock is never
asked whether a jump was a sleep (a sleep and a changed clock look the same to it).

What is stored is the block's elapsed seconds before the running stretch and the wall time the
stretch began. When the wall clock jumps while the timer runs, the stored wall time is moved
to match (``reanchored``), so a restart and the phones (which count from it) stay right. On a
restart the time the app was closed is counted from the wall clock only when that gap is
plausible (not negative and at most ``MAX_CLOSED_GAP``); otherwise the block resumes from its
stored elapsed time. Stored times with or without a UTC offset are read (as local time).

    stopped --start--> running <--pause/resume--> paused
    running/paused --next/skip--> the next agenda item (running if it was running)
    after the last item --> finished
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from .entities import AgendaItem, Meeting, MeetingTimer
from .meeting_checks import parse_time
from .vocabulary import AgendaKind

STOPPED, RUNNING, PAUSED, FINISHED = "stopped", "running", "paused", "finished"
MINUTE = 60
JUMP_TOLERANCE = 2.0  # seconds the wall clock may drift from the steady one before we re-anchor
MAX_CLOSED_GAP = 24 * 60 * 60  # a longer (or negative) gap since the stored start is not believed


@dataclass(frozen=True)
class Now:
    """The current moment on both clocks: ``wall`` (local, naive) and ``steady`` (seconds)."""

    wall: datetime
    steady: float


def steady_seconds() -> float:
    """A clock that never jumps with the wall clock and keeps counting while the computer sleeps."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:  # Linux: CLOCK_MONOTONIC plus the time suspended
        return time.clock_gettime(boottime)
    if sys.platform == "darwin":  # macOS: CLOCK_MONOTONIC counts sleep (mach time does not)
        return time.clock_gettime(time.CLOCK_MONOTONIC)
    return time.monotonic()  # Windows: the tick count, which counts sleep and hibernation


def current_moment() -> Now:
    return Now(datetime.now(), steady_seconds())


def local_naive(moment: datetime) -> datetime:
    """A date-time as the laptop's local time without an offset (how the app keeps them)."""
    if moment.tzinfo is not None:
        return moment.astimezone().replace(tzinfo=None)
    return moment


def parse_moment(text: str) -> datetime | None:
    """A stored date-time, with or without an offset ("Z" too), as naive local time; None if unreadable."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    try:
        return local_naive(moment)
    except (OverflowError, OSError, ValueError):
        return None


_EPOCH = datetime(1970, 1, 1)


def as_moment(now: Now | datetime) -> Now:
    """A bare date-time is a moment on which both clocks agree (what tests and old callers pass)."""
    if isinstance(now, Now):
        return now
    wall = local_naive(now)
    return Now(wall, (wall - _EPOCH).total_seconds())


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
    started_at: datetime | None = None  # when the current running stretch began (wall clock)
    elapsed_before: float = 0.0  # seconds of the current segment before that stretch
    extra_seconds: int = 0  # added (or removed) with ±1 minute
    anchor: float | None = field(default=None, compare=False)  # the steady clock at started_at

    # -- reading ------------------------------------------------------------------------

    @property
    def current(self) -> Segment | None:
        return self.segments[self.index] if 0 <= self.index < len(self.segments) else None

    @property
    def next_segment(self) -> Segment | None:
        following = self.index + 1
        return self.segments[following] if following < len(self.segments) else None

    def elapsed(self, now: Now | datetime) -> float:
        if self.state == RUNNING and self.started_at is not None:
            return self.elapsed_before + max(0.0, self._stretch(now))
        return self.elapsed_before

    def _stretch(self, now: Now | datetime) -> float:
        """Seconds of the current running stretch: on the steady clock once anchored (a bare
        date-time is a moment where both clocks agree, measured exactly on the wall)."""
        assert self.started_at is not None
        if isinstance(now, Now) and self.anchor is not None:
            return now.steady - self.anchor
        return (as_moment(now).wall - local_naive(self.started_at)).total_seconds()

    def reanchored(self, now: Now | datetime) -> TimerState:
        """The same timer with its stored wall start moved to match a wall clock that jumped.

        Returns ``self`` when nothing moved (compare with ``is``)."""
        if self.state != RUNNING or self.anchor is None or self.started_at is None or not isinstance(now, Now):
            return self
        moment = as_moment(now)
        wall_start = moment.wall - timedelta(seconds=moment.steady - self.anchor)
        if abs((wall_start - local_naive(self.started_at)).total_seconds()) <= JUMP_TOLERANCE:
            return self
        return replace(self, started_at=wall_start)

    def duration(self) -> int:
        current = self.current
        return max(0, (current.seconds if current else 0) + self.extra_seconds)

    def remaining(self, now: Now | datetime) -> float:
        """Seconds left of the current block; negative when it runs over."""
        if self.state in (STOPPED,) and self.current is not None:
            return float(self.duration())
        if self.state == FINISHED or self.current is None:
            return 0.0
        return self.duration() - self.elapsed(now)

    def is_over(self, now: Now | datetime) -> bool:
        return self.state in (RUNNING, PAUSED) and self.remaining(now) <= 0

    def change_tables_now(self, now: Now | datetime) -> bool:
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

    def expected_end(self, now: Now | datetime, planned_start: datetime | None = None) -> datetime:
        """When the meeting will end if everything after the current block keeps its time.

        Before the timer has run, the agenda starts at the planned start (when that is still
        ahead), not now: a café planned for 16:00 and seen at 19:57 the day before ends at 18:00."""
        later = sum(s.seconds for s in self.segments[self.index + 1 :])
        wall = as_moment(now).wall
        if self.state == FINISHED:
            return wall
        if self.state == STOPPED and planned_start is not None and planned_start > wall:
            wall = planned_start
        current = max(0.0, self.remaining(now))
        return wall + timedelta(seconds=current + later)

    # -- operations ---------------------------------------------------------------------

    def start(self, now: Now | datetime) -> TimerState:
        if self.state == STOPPED and self.segments:
            moment = as_moment(now)
            return replace(self, state=RUNNING, started_at=moment.wall, anchor=moment.steady, elapsed_before=0.0)
        return self.resume(now)

    def pause(self, now: Now | datetime) -> TimerState:
        if self.state != RUNNING:
            return self
        return replace(self, state=PAUSED, elapsed_before=self.elapsed(now), started_at=None, anchor=None)

    def resume(self, now: Now | datetime) -> TimerState:
        if self.state != PAUSED:
            return self
        moment = as_moment(now)
        return replace(self, state=RUNNING, started_at=moment.wall, anchor=moment.steady)

    def toggle(self, now: Now | datetime) -> TimerState:
        if self.state == RUNNING:
            return self.pause(now)
        return self.start(now)

    def extend(self, seconds: int) -> TimerState:
        """±1 minute: never below zero for the block as a whole."""
        if self.current is None or self.state == FINISHED:
            return self
        floor = -self.current.seconds
        return replace(self, extra_seconds=max(floor, self.extra_seconds + seconds))

    def next(self, now: Now | datetime) -> TimerState:
        """Ends the current block (early or late) and begins the next one."""
        if self.state == FINISHED or not self.segments:
            return self
        following = self.index + 1
        if following >= len(self.segments):
            return replace(self, index=len(self.segments) - 1, state=FINISHED, started_at=None, anchor=None,
                           elapsed_before=self.elapsed(now))
        running = self.state in (RUNNING, STOPPED)
        moment = as_moment(now)
        return replace(
            self,
            index=following,
            state=RUNNING if running else PAUSED,
            started_at=moment.wall if running else None,
            anchor=moment.steady if running else None,
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
            started_at=local_naive(self.started_at).isoformat() if self.started_at else "",
            elapsed_seconds=self.elapsed_before,
            extra_seconds=self.extra_seconds,
        )


def segments_from_agenda(items: list[AgendaItem]) -> tuple[Segment, ...]:
    ordered = sorted(items, key=lambda item: (item.position, item.id or 0))
    return tuple(
        Segment(item.id, item.title, item.kind, max(0, item.minutes) * MINUTE, item.round_number) for item in ordered
    )


def timer_from_record(items: list[AgendaItem], record: MeetingTimer | None,
                      now: Now | datetime | None = None) -> TimerState:
    """The stored timer on today's agenda. If the stored item was deleted, start over.

    Given ``now`` (a restart), a running timer is anchored on the steady clock: it continues
    from its stored elapsed time plus the wall-clock time since it was stored, when that gap is
    plausible (0 to MAX_CLOSED_GAP seconds); otherwise from its stored elapsed time alone."""
    segments = segments_from_agenda(items)
    if record is None or record.state == STOPPED:
        return TimerState(segments)
    index = next((i for i, s in enumerate(segments) if s.item_id == record.agenda_item_id), None)
    if index is None:
        return TimerState(segments)
    started = parse_moment(record.started_at) if isinstance(record.started_at, str) else None
    state = record.state if record.state in (RUNNING, PAUSED, FINISHED) else STOPPED
    if state == RUNNING and started is None:
        state = PAUSED
    try:
        elapsed = float(record.elapsed_seconds or 0.0)
        extra = int(record.extra_seconds or 0)
    except (TypeError, ValueError, OverflowError):
        elapsed, extra = 0.0, 0
    if not 0 <= elapsed < float("inf"):
        elapsed = 0.0
    timer = TimerState(segments, index, state, started, elapsed, extra)
    if now is None or state != RUNNING or started is None:
        return timer
    moment = as_moment(now)
    gap = (moment.wall - started).total_seconds()
    if not 0 <= gap <= MAX_CLOSED_GAP:
        gap = 0.0  # the wall clock moved, or the record is not from this meeting's day
    return replace(timer, started_at=moment.wall - timedelta(seconds=gap), anchor=moment.steady - gap)


def with_agenda(state: TimerState, items: list[AgendaItem]) -> TimerState:
    """The running timer on a changed agenda, keeping its steady-clock anchor."""
    meeting_record = state.to_record(0)
    again = timer_from_record(items, meeting_record)
    if again.state == RUNNING and state.state == RUNNING and again.started_at == state.started_at:
        return replace(again, anchor=state.anchor)
    return again


def _on_its_day(meeting: Meeting, text: str) -> datetime | None:
    moment = parse_time(text)
    try:
        day = datetime.fromisoformat(meeting.date)
    except (TypeError, ValueError):
        return None
    if moment is None:
        return None
    return day.replace(hour=moment.hour, minute=moment.minute, second=0, microsecond=0)


def planned_end(meeting: Meeting) -> datetime | None:
    """The meeting's planned end on its date, for comparing with the expected end."""
    return _on_its_day(meeting, meeting.end_time)


def planned_start(meeting: Meeting) -> datetime | None:
    """The meeting's planned start on its date: where the expected end counts from before the timer runs."""
    return _on_its_day(meeting, meeting.start_time)


def format_countdown(seconds: float) -> str:
    """"12:05" while time is left, "−0:42" when the block runs over."""
    sign = "−" if seconds < 0 else ""
    whole = int(abs(seconds) + (0 if seconds < 0 else 0.999))
    return f"{sign}{whole // 60}:{whole % 60:02d}"
