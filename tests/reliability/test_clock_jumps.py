"""The round timer against a wall clock that jumps (issue 14): in the real window on a real
process file, setting the clock back neither freezes the countdown nor does setting it forward
end the round with a spurious "Byt bord!"; a sleep moves the round on by the real time passed;
a restart resumes from the stored time, whether that time was stored with an offset or not."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest

from facilitator.domain.entities import MeetingTimer
from facilitator.domain.round_timer import Now, steady_seconds
from facilitator.share.snapshot import timer_state
from facilitator.storage import timers
from facilitator.ui.run.timer_controller import TimerController

from ..ui.conftest import opened, switcher, window  # noqa: F401  (the real window's fixtures)
from . import scaled

T0 = datetime(2027, 2, 4, 16, 0)


class Clocks:
    """The wall clock and the steady clock, moved separately (as a changed system clock does)."""

    def __init__(self):
        self.wall, self.steady = T0, 50_000.0

    def __call__(self) -> Now:
        return Now(self.wall, self.steady)

    def run(self, minutes: float):
        self.wall += timedelta(minutes=minutes)
        self.steady += minutes * 60

    def jump(self, minutes: float):
        self.wall += timedelta(minutes=minutes)


@pytest.fixture
def room(qtbot, opened):  # noqa: F811
    """A café in the real window, its run page and projector on two clocks, round 1 running."""
    main = opened
    meeting_id = main.add_meeting("world_cafe", "Café", "2027-02-04")
    clocks = Clocks()
    timer = main.view.timer
    timer.clock = clocks
    main.show_meeting_page(5)
    run = main.view.run.page()
    projector = run.open_projector()
    projector.sound_enabled = False
    qtbot.addWidget(projector)
    timer.show_meeting(meeting_id)
    timer.start_or_pause()  # the welcome
    timer.next()  # round 1
    assert timer.state.current.round_number == 1
    cues: list[int] = []
    timer.changeTables.connect(cues.append)
    return main, meeting_id, clocks, timer, projector, cues


def test_setting_the_clock_back_or_forward_during_a_round(room):
    main, meeting_id, clocks, timer, projector, cues = room
    minutes = 20 * 60  # round 1 of the default café
    clocks.run(5)
    timer.tick()
    assert projector.countdown.text() == "15:00"
    for jump in scaled([-60, +120, -15], [-60, +120, -15, -600, +1440, -1, +1, -2880, +59]):
        clocks.jump(jump)
        timer.tick()
        clocks.run(1)
        timer.tick()
    passed = 5 + len(scaled([-60, +120, -15], [-60, +120, -15, -600, +1440, -1, +1, -2880, +59]))
    assert timer.state.remaining(clocks()) == minutes - passed * 60
    assert projector.countdown.text() == f"{20 - passed}:00", "the countdown neither froze nor jumped"
    assert cues == [], "no spurious 'Byt bord!'"
    assert "Change tables" not in projector.cue.text()

    # The stored start follows the new wall clock: the phones and a restart are right.
    record = timers.timer_of(main.document.store, meeting_id)
    assert datetime.fromisoformat(record.started_at) == clocks.wall - timedelta(minutes=passed)
    phones = timer_state(main.document.store, meeting_id, now=clocks.wall.timestamp())
    assert abs(phones["ends_at"] - (clocks.wall.timestamp() + (20 - passed) * 60)) < 1
    clocks.run(2)  # closed for two minutes
    again = TimerController(main.document, clock=clocks)
    again.show_meeting(meeting_id)
    assert again.state.remaining(clocks()) == minutes - (passed + 2) * 60

    # The round runs out on time: one "Byt bord!".
    clocks.run(20 - passed - 2)
    timer.tick()
    timer.tick()
    assert cues == [1]


def test_a_sleep_moves_the_round_on_by_the_real_time_passed(room):
    _window, _meeting_id, clocks, timer, projector, cues = room
    clocks.run(5)
    timer.tick()
    clocks.run(30)  # suspended: the steady clock counts it (CLOCK_BOOTTIME), as the room's clock does
    timer.tick()
    assert cues == [1] and projector.countdown.text() == "−15:00"


@pytest.mark.parametrize("stored", ["2027-02-04T15:05:00+00:00", "2027-02-04T15:05:00Z", "2027-02-04T16:05:00",
                                    "2027-02-04T16:05:00+01:00", "2027-02-05T09:00:00", "inte en tid"])
def test_stored_times_with_or_without_offsets_reload(room, stored, monkeypatch):
    main, meeting_id, clocks, timer, projector, cues = room
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        record = timers.timer_of(main.document.store, meeting_id)
        main.document.save_timer(MeetingTimer(id=record.id, meeting_id=meeting_id, agenda_item_id=record.agenda_item_id,
                                                state="running", started_at=stored, elapsed_seconds=60.0))
        clocks.run(10)  # 16:10 local: five minutes since 16:05, plus the stored minute
        timer.reload()  # used to raise on an offset ("can't subtract offset-naive and offset-aware")
        timer.tick()
        remaining = timer.state.remaining(clocks())
        if stored.startswith("2027-02-04"):
            assert abs(remaining - (20 - 6) * 60) < 1 and timer.state.state == "running"
        elif stored.startswith("2027-02-05"):  # in the future: the clock was set back; go on from the stored time
            assert remaining == 19 * 60
        else:
            assert timer.state.state == "paused" and remaining == 19 * 60
        assert cues == []
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_steady_clock_is_monotonic():
    readings = [steady_seconds() for _ in range(1000)]
    assert readings == sorted(readings)
