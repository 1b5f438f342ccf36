from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.entities import AgendaItem, Meeting
from facilitator.domain.round_timer import (
    FINISHED,
    PAUSED,
    RUNNING,
    STOPPED,
    TimerState,
    format_countdown,
    planned_end,
    segments_from_agenda,
    timer_from_record,
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
