from facilitator.domain.agenda import default_agenda, start_times
from facilitator.domain.entities import AgendaItem, Meeting
from facilitator.domain.meeting_checks import WarningCode, duration_minutes, meeting_warnings


def codes(meeting, size=10, agenda=0):
    return {w.code for w in meeting_warnings(meeting, size, agenda)}


def test_a_weekday_afternoon_workshop_has_no_warnings():
    meeting = Meeting(format="workshop", date="2027-03-03", start_time="16:00", end_time="18:00")
    assert codes(meeting) == set()


def test_weekend():
    assert WarningCode.WEEKEND in codes(Meeting(date="2027-03-06"))  # a Saturday
    assert WarningCode.WEEKEND in codes(Meeting(date="2027-03-07"))  # a Sunday


def test_group_limits_depend_on_the_format():
    workshop = Meeting(format="workshop")
    committee = Meeting(format="committee")
    cafe = Meeting(format="world_cafe")
    assert WarningCode.TRUST_GROUP_TOO_LARGE not in codes(workshop, 15)
    assert WarningCode.TRUST_GROUP_TOO_LARGE in codes(workshop, 16)
    assert WarningCode.FORMAL_GROUP_TOO_LARGE not in codes(committee, 30)
    assert WarningCode.FORMAL_GROUP_TOO_LARGE in codes(committee, 31)
    assert codes(cafe, 80) == codes(cafe, 1)  # a café's tables set its size
    (warning,) = meeting_warnings(workshop, 16)
    assert warning.numbers == (16, 15)


def test_late_or_long_meetings_without_food():
    late = Meeting(start_time="17:00", end_time="19:00")
    assert WarningCode.LATE_WITHOUT_FOOD in codes(late)
    late.food_served = True
    assert codes(late) == set()
    long = Meeting(start_time="13:00", end_time="16:00")
    assert WarningCode.LONG_WITHOUT_FOOD in codes(long)


def test_times_out_of_order_and_agenda_too_long():
    meeting = Meeting(start_time="18:00", end_time="16:00")
    assert WarningCode.ENDS_BEFORE_START in codes(meeting)
    meeting = Meeting(start_time="16:00", end_time="18:00")
    assert WarningCode.AGENDA_LONGER_THAN_MEETING in codes(meeting, agenda=130)
    assert duration_minutes(meeting) == 120


def test_unparseable_values_give_no_false_warnings():
    assert codes(Meeting(date="snart", start_time="fyra", end_time="")) == set()


def test_agenda_start_times_follow_positions():
    items = [
        AgendaItem(id=1, position=1, minutes=20),
        AgendaItem(id=2, position=0, minutes=10),
        AgendaItem(id=3, position=2, minutes=5),
    ]
    assert start_times("16:00", items) == {2: "16:00", 1: "16:10", 3: "16:30"}
    assert start_times("", items) == {}


def test_default_cafe_agenda_fits_two_hours():
    rows = default_agenda("world_cafe", rounds=3, round_minutes=20, move_minutes=5)
    assert [r[3] for r in rows if r[3]] == [1, 2, 3]
    assert sum(r[2] for r in rows) <= 120
