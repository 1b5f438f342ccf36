import time
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.entities import AgendaItem, Meeting, MeetingTimer
from facilitator.domain.round_timer import (
    FINISHED,
    MAX_CLOSED_GAP,
    PAUSED,
    RUNNING,
    STOPPED,
    Now,
    TimerState,
    format_countdown,
    parse_moment,
    planned_end,
    planned_start,
    segments_from_agenda,
    timer_from_record,
    with_agenda,
)

T0 = datetime(2027, 2, 4, 16, 0, 0)


def agenda():
    rows = [("Välkommen", "welcome", 10, None), ("Omgång 1", "round", 20, 1), ("Bordsbyte", "move", 5, None),
            ("Omgång 2", "round", 20, 2), ("Skörd", "plenary", 25, None)]
    return [AgendaItem(id=i + 1, meeting_id=1, position=i, title=t, kind=k, minutes=m, round_number=r)
            for i, (t, k, m, r) in enumerate(rows)]


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_start_pause_resume_keeps_the_right_time():
    timer = TimerState(segments_from_agenda(agenda()))
    assert timer.state == STOPPED and timer.remaining(at(0)) == 600
    timer = timer.start(at(0))
    assert timer.remaining(at(4)) == 360
    timer = timer.pause(at(4))
    assert timer.state == PAUSED and timer.remaining(at(30)) == 360  # paused: time stands still
    timer = timer.resume(at(30))
    assert timer.remaining(at(31)) == 300


def test_extend_and_shorten_by_a_minute():
    timer = TimerState(segments_from_agenda(agenda())).start(at(0))
    assert timer.extend(60).remaining(at(0)) == 660
    assert timer.extend(-60).remaining(at(0)) == 540
    shortest = timer
    for _ in range(20):
        shortest = shortest.extend(-60)
    assert shortest.duration() == 0 and shortest.is_over(at(0))


def test_next_moves_through_the_agenda_and_announces_table_changes():
    timer = TimerState(segments_from_agenda(agenda())).start(at(0)).next(at(10))
    assert timer.current.title == "Omgång 1" and timer.round_number() == 1
    assert not timer.change_tables_now(at(29))
    assert timer.change_tables_now(at(30))  # the round ran out: "Byt bord!"
    timer = timer.next(at(31))
    assert timer.current.kind == "move" and timer.round_number() == 1
    assert not timer.change_tables_now(at(40)), "only a conversation round announces a table change"


def test_expected_end_moves_when_a_round_runs_over():
    timer = TimerState(segments_from_agenda(agenda())).start(at(0))
    assert timer.expected_end(at(0)) == at(80)
    timer = timer.next(at(10))  # round 1 from 16:10 to 16:30
    assert timer.expected_end(at(20)) == at(80)
    assert timer.expected_end(at(33)) == at(83)  # three minutes over: the meeting ends later
    timer = timer.next(at(33)).next(at(38)).next(at(58)).next(at(83))
    assert timer.state == FINISHED
    assert timer.next(at(90)) == timer


def test_survives_a_restart_through_its_record():
    items = agenda()
    timer = TimerState(segments_from_agenda(items)).start(at(0)).next(at(10)).extend(60)
    record = timer.to_record(meeting_id=1)
    assert record.agenda_item_id == 2 and record.state == RUNNING
    again = timer_from_record(items, record)
    assert again == timer
    assert again.remaining(at(15)) == timer.remaining(at(15)) == 16 * 60
    paused = timer_from_record(items, timer.pause(at(12)).to_record(1))
    assert paused.state == PAUSED and paused.remaining(at(99)) == 19 * 60


def test_a_record_for_a_deleted_item_starts_over():
    items = agenda()
    record = TimerState(segments_from_agenda(items)).start(at(0)).next(at(10)).to_record(1)
    remaining_items = [i for i in items if i.id != 2]
    assert timer_from_record(remaining_items, record).state == STOPPED


def test_expected_end_counts_from_the_planned_start_before_the_timer_runs():
    cafe = Meeting(date="2027-02-04", start_time="16:00", end_time="18:00")
    timer = TimerState(segments_from_agenda(agenda()))  # 80 minutes of agenda
    evening_before = datetime(2027, 2, 3, 19, 57)
    assert planned_start(cafe) == T0
    assert timer.expected_end(evening_before, planned_start(cafe)) == at(80)  # not 21:17 the evening before
    assert timer.expected_end(at(5), planned_start(cafe)) == at(85)  # started late: counted from now
    running = timer.start(evening_before)
    assert running.expected_end(evening_before, planned_start(cafe)) == evening_before + timedelta(minutes=80)
    assert planned_start(Meeting(date="2027-02-04", start_time="")) is None


def test_planned_end_and_countdown_text():
    assert planned_end(Meeting(date="2027-02-04", end_time="18:00")) == datetime(2027, 2, 4, 18, 0)
    assert planned_end(Meeting(date="", end_time="18:00")) is None
    assert format_countdown(20 * 60) == "20:00"
    assert format_countdown(59.2) == "1:00"
    assert format_countdown(-42) == "−0:42"


operations = st.lists(st.tuples(st.sampled_from(["start", "pause", "resume", "next", "extend+", "extend-"]),
                                st.floats(min_value=0, max_value=30)), max_size=30)


@given(operations)
def test_any_sequence_keeps_the_timer_consistent(steps):
    items = agenda()
    timer = TimerState(segments_from_agenda(items))
    now = T0
    for name, minutes in steps:
        now = now + timedelta(minutes=minutes)
        timer = {
            "start": lambda t, now=now: t.start(now),
            "pause": lambda t, now=now: t.pause(now),
            "resume": lambda t, now=now: t.resume(now),
            "next": lambda t, now=now: t.next(now),
            "extend+": lambda t: t.extend(60),
            "extend-": lambda t: t.extend(-60),
        }[name](timer)
        assert 0 <= timer.index < len(items)
        assert timer.elapsed(now) >= 0
        assert timer.expected_end(now) >= now
        restored = timer_from_record(items, timer.to_record(1))
        if timer.state != STOPPED:
            assert restored.remaining(now) == timer.remaining(now)


# -- two clocks: the wall clock jumps, the steady clock does not ---------------------------


class Clocks:
    """A wall clock and a steady clock, moved separately."""

    def __init__(self):
        self.wall, self.steady = T0, 1000.0

    def __call__(self) -> Now:
        return Now(self.wall, self.steady)

    def run(self, minutes: float):  # time passes (awake, or asleep on a clock that counts sleep)
        self.wall += timedelta(minutes=minutes)
        self.steady += minutes * 60

    def jump(self, minutes: float):  # someone (or a time server) sets the wall clock
        self.wall += timedelta(minutes=minutes)


def running_round(clocks: Clocks) -> TimerState:
    return TimerState(segments_from_agenda(agenda())).start(clocks()).next(clocks())  # round 1: 20 minutes


def test_setting_the_wall_clock_back_does_not_freeze_the_round():
    clocks = Clocks()
    timer = running_round(clocks)
    clocks.run(5)
    clocks.jump(-60)
    assert timer.remaining(clocks()) == 15 * 60
    clocks.run(1)
    assert timer.remaining(clocks()) == 14 * 60, "the countdown keeps going"


def test_setting_the_wall_clock_forward_does_not_end_the_round():
    clocks = Clocks()
    timer = running_round(clocks)
    clocks.run(5)
    clocks.jump(+60)
    assert timer.remaining(clocks()) == 15 * 60
    assert not timer.change_tables_now(clocks()), "no spurious 'Byt bord!'"
    assert timer.expected_end(clocks()) == clocks.wall + timedelta(minutes=15 + 5 + 20 + 25)


def test_a_sleep_moves_the_round_on_by_the_real_time_passed():
    clocks = Clocks()
    timer = running_round(clocks)
    clocks.run(5)
    clocks.run(30)  # the laptop slept; the steady clock (CLOCK_BOOTTIME & co) counted it
    assert timer.remaining(clocks()) == -15 * 60 and timer.change_tables_now(clocks())


def test_pause_and_resume_across_a_jump_keep_the_time():
    clocks = Clocks()
    timer = running_round(clocks)
    clocks.run(4)
    timer = timer.pause(clocks())
    clocks.jump(-120)
    clocks.run(10)
    timer = timer.resume(clocks())
    clocks.run(1)
    assert timer.remaining(clocks()) == 15 * 60


def test_a_wall_jump_moves_the_stored_start_so_a_restart_is_right():
    clocks = Clocks()
    items = agenda()
    timer = running_round(clocks)
    clocks.run(5)
    assert timer.reanchored(clocks()) is timer, "no jump: nothing to store"
    clocks.jump(-60)
    moved = timer.reanchored(clocks())
    assert moved is not timer and moved.started_at == clocks.wall - timedelta(minutes=5)
    assert moved.remaining(clocks()) == 15 * 60
    clocks.run(3)  # the app is closed for three minutes, then opened again
    restored = timer_from_record(items, moved.to_record(1), clocks())
    assert restored.remaining(clocks()) == 12 * 60
    clocks.jump(+90)  # and the clock is set forward while it runs: still right
    assert restored.remaining(clocks()) == 12 * 60


@pytest.mark.parametrize("started_at", [
    "2027-02-04T16:05:00", "2027-02-04T16:05:00+01:00", "2027-02-04T15:05:00+00:00", "2027-02-04T15:05:00Z",
    "2027-02-04T16:05:00.250000+01:00",
])
def test_stored_times_with_and_without_offsets_are_read(started_at, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        items = agenda()
        record = MeetingTimer(meeting_id=1, agenda_item_id=2, state=RUNNING, started_at=started_at, elapsed_seconds=60)
        clocks = Clocks()
        clocks.run(10)  # 16:10 local
        restored = timer_from_record(items, record, clocks())
        assert restored.state == RUNNING
        assert abs(restored.remaining(clocks()) - (20 * 60 - 60 - 5 * 60)) < 1
        assert timer_from_record(items, record).remaining(clocks.wall) == restored.remaining(clocks())
    finally:
        monkeypatch.undo()
        time.tzset()


def test_an_implausible_gap_resumes_from_the_stored_time():
    items = agenda()
    clocks = Clocks()
    in_future = MeetingTimer(meeting_id=1, agenda_item_id=2, state=RUNNING, elapsed_seconds=120,
                             started_at=(T0 + timedelta(hours=1)).isoformat())  # the clock was set back since
    assert timer_from_record(items, in_future, clocks()).remaining(clocks()) == 18 * 60
    long_ago = MeetingTimer(meeting_id=1, agenda_item_id=2, state=RUNNING, elapsed_seconds=120,
                            started_at=(T0 - timedelta(seconds=MAX_CLOSED_GAP + 1)).isoformat())
    assert timer_from_record(items, long_ago, clocks()).remaining(clocks()) == 18 * 60
    for bad in ("16:05", "igår", "2027-13-45T99:00", "\x00", "9" * 400):
        odd = MeetingTimer(meeting_id=1, agenda_item_id=2, state=RUNNING, started_at=bad, elapsed_seconds=60)
        assert timer_from_record(items, odd, clocks()).state == PAUSED, bad
    assert parse_moment("2027-02-04T16:05:00") == datetime(2027, 2, 4, 16, 5)


def test_a_changed_agenda_keeps_the_steady_clock():
    clocks = Clocks()
    items = agenda()
    timer = running_round(clocks)
    clocks.run(5)
    clocks.jump(-60)
    items[4] = AgendaItem(id=5, meeting_id=1, position=4, title="Skörd", kind="plenary", minutes=40)
    again = with_agenda(timer, items)
    assert again.remaining(clocks()) == 15 * 60 and again.segments[4].seconds == 40 * 60


wall_moves = st.lists(st.tuples(st.floats(min_value=0, max_value=3), st.floats(min_value=-180, max_value=180)),
                      max_size=20)


@given(wall_moves)
def test_no_wall_jump_ever_changes_the_countdown(moves):
    clocks = Clocks()
    timer = running_round(clocks)
    passed = 0.0
    for minutes, jump in moves:
        clocks.run(minutes)
        clocks.jump(jump)
        passed += minutes
        timer = timer.reanchored(clocks())
        assert abs(timer.remaining(clocks()) - (20 - passed) * 60) < 1e-6
