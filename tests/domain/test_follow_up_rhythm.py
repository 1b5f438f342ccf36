"""The follow-up rhythm and calendar, computed for a given "today" without Qt."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.domain.entities import Measure, Meeting, Process
from facilitator.domain.follow_up_rhythm import (
    ItemKind,
    RhythmSettings,
    add_months,
    follow_up_calendar,
    reporting_rounds,
    round_of,
    rounds_of_year,
    setting_allowed,
)


def test_the_defaults_are_the_toolkits_values():
    settings = RhythmSettings()
    assert (settings.committee_months, settings.rounds_per_year, settings.eccar_years, settings.revision_years) == (
        1, 2, 2, 3)
    assert RhythmSettings.of(Process()) == settings


def test_stored_values_out_of_range_read_as_the_default():
    process = Process(follow_up_committee_months=0, follow_up_rounds_per_year=5, follow_up_revision_years=2,
                      follow_up_eccar_years=99)
    assert RhythmSettings.of(process) == RhythmSettings(revision_years=2)
    assert not setting_allowed("rounds_per_year", 5) and setting_allowed("rounds_per_year", 4)
    assert not setting_allowed("committee_months", True) and not setting_allowed("unknown", 1)


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2027, 1, 31), 1, date(2027, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),  # a leap year
    (date(2028, 2, 29), 12, date(2029, 2, 28)),
    (date(2027, 11, 30), 3, date(2028, 2, 29)),
    (date(2027, 12, 15), 1, date(2028, 1, 15)),
    (date(2027, 3, 31), -1, date(2027, 2, 28)),
])
def test_months_are_added_with_the_month_end_kept_inside_the_month(day, months, expected):
    assert add_months(day, months) == expected


def test_rounds_cut_the_year_into_equal_parts_and_close_on_the_last_day():
    assert [(r.starts, r.due) for r in rounds_of_year(2028, 4)] == [
        (date(2028, 1, 1), date(2028, 3, 31)), (date(2028, 4, 1), date(2028, 6, 30)),
        (date(2028, 7, 1), date(2028, 9, 30)), (date(2028, 10, 1), date(2028, 12, 31))]
    assert [r.due for r in rounds_of_year(2028, 12)][1] == date(2028, 2, 29)  # leap February
    assert [r.due for r in rounds_of_year(2027, 12)][1] == date(2027, 2, 28)
    with pytest.raises(ValueError):
        rounds_of_year(2027, 5)


def test_reporting_rounds_are_named_and_chosen_by_their_due_day():
    rounds = reporting_rounds(RhythmSettings(rounds_per_year=2), date(2027, 7, 1), date(2028, 6, 30))
    assert [r.name() for r in rounds] == ["Follow-up 2 2027", "Follow-up 1 2028"]
    assert [r.key for r in rounds] == ["2027-2", "2028-1"]
    assert rounds[0].name(lambda _c, text: text.replace("Follow-up", "Uppföljning")) == "Uppföljning 2 2027"
    assert round_of(RhythmSettings(rounds_per_year=3), date(2027, 5, 1)).number == 2


def _calendar(**kwargs):
    kwargs.setdefault("today", date(2027, 9, 20))
    return follow_up_calendar(kwargs.pop("settings", RhythmSettings()), **kwargs)


def test_overdue_deadlines_are_flagged_and_closed_measures_left_out():
    measures = [
        Measure(id=1, title="Försenad", due_date="2027-08-31", status="ongoing"),
        Measure(id=2, title="Klar", due_date="2027-08-31", status="done"),
        Measure(id=3, title="Kommande", due_date="2027-12-31", status="decided"),
        Measure(id=4, title="Årtal", time_frame="2027–2029", status="decided"),
        Measure(id=5, title="Ingen tid", status="decided"),
        Measure(id=6, title="Idag", due_date="2027-09-20", status="decided"),
    ]
    calendar = _calendar(measures=measures)
    deadlines = {item.measure.id: item for item in calendar.of_kind(ItemKind.DEADLINE)}
    assert set(deadlines) == {1, 3, 4, 6}
    assert deadlines[1].overdue and not deadlines[3].overdue and not deadlines[6].overdue
    assert deadlines[4].day == date(2029, 12, 31)  # beyond the year ahead, still a reminder
    assert [item.measure.id for item in calendar.overdue] == [1]


def test_the_committee_rhythm_counts_from_the_latest_committee_meeting_without_drifting():
    meetings = [Meeting(id=7, format="committee", title="K", date="2027-08-31"),
                Meeting(id=8, format="world_cafe", title="Café", date="2027-10-05")]
    calendar = _calendar(meetings=meetings, until=date(2028, 3, 31))
    planned = [item.day for item in calendar.of_kind(ItemKind.PLANNED_COMMITTEE)]
    assert planned == [date(2027, 9, 30), date(2027, 10, 31), date(2027, 11, 30), date(2027, 12, 31),
                       date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31)]
    assert calendar.next_committee_day == date(2027, 9, 30)
    assert not calendar.of_kind(ItemKind.COMMITTEE_MEETING)  # held before today


def test_a_committee_meeting_already_made_is_listed_and_the_rhythm_continues_after_it():
    meetings = [Meeting(id=7, format="committee", title="K", date="2027-08-14"),
                Meeting(id=9, format="committee", title="Oktober", date="2027-10-12")]
    calendar = _calendar(meetings=meetings, until=date(2027, 12, 31))
    made = calendar.of_kind(ItemKind.COMMITTEE_MEETING)
    assert [(item.meeting.id, item.key) for item in made] == [(9, "meeting-9")]
    assert [item.day for item in calendar.of_kind(ItemKind.PLANNED_COMMITTEE)] == [date(2027, 11, 12),
                                                                                    date(2027, 12, 12)]


def test_a_missed_committee_meeting_is_one_overdue_item_and_the_next_is_due_today():
    meetings = [Meeting(id=7, format="committee", title="K", date="2027-05-10")]
    calendar = _calendar(meetings=meetings, until=date(2027, 11, 30))
    overdue = calendar.overdue
    assert [(item.kind, item.day) for item in overdue] == [(ItemKind.PLANNED_COMMITTEE, date(2027, 6, 10))]
    assert calendar.next_committee_day == date(2027, 9, 20)


def test_without_any_committee_meeting_or_adoption_the_first_is_proposed_today():
    calendar = _calendar()
    assert [item.day for item in calendar.of_kind(ItemKind.PLANNED_COMMITTEE)] == [date(2027, 9, 20)]
    assert not calendar.of_kind(ItemKind.ECCAR_REPORT, ItemKind.REVISION)


def test_eccar_report_and_revision_count_from_the_adoption():
    calendar = _calendar(adopted_on="2024-02-29", today=date(2027, 9, 20))
    (eccar,) = calendar.of_kind(ItemKind.ECCAR_REPORT)
    (revision,) = calendar.of_kind(ItemKind.REVISION)
    assert eccar.day == date(2028, 2, 29) and eccar.key == "eccar-2028"
    assert revision.day == date(2030, 2, 28)  # 2030 is no leap year
    changed = _calendar(adopted_on="2024-02-29", settings=RhythmSettings(revision_years=2, eccar_years=1))
    assert changed.of_kind(ItemKind.REVISION)[0].day == date(2028, 2, 29)
    assert changed.of_kind(ItemKind.ECCAR_REPORT)[0].day == date(2028, 2, 29)


def test_changing_the_settings_changes_the_calendar():
    quarterly = _calendar(settings=RhythmSettings(rounds_per_year=4, committee_months=2),
                          meetings=[Meeting(id=1, format="committee", date="2027-09-01")], until=date(2028, 9, 19))
    assert [item.round.key for item in quarterly.of_kind(ItemKind.REPORTING_ROUND)] == [
        "2027-3", "2027-4", "2028-1", "2028-2"]
    assert [item.day for item in quarterly.of_kind(ItemKind.PLANNED_COMMITTEE)][:3] == [
        date(2027, 11, 1), date(2028, 1, 1), date(2028, 3, 1)]
    twice = _calendar(until=date(2028, 9, 19))
    assert [item.round.key for item in twice.of_kind(ItemKind.REPORTING_ROUND)] == ["2027-2", "2028-1"]


def test_items_are_in_date_order_and_never_grouped_by_department():
    measures = [Measure(id=i, title=f"M{i}", department=dep, due_date=day, status="decided", eccar_point=point)
                for i, (dep, day, point) in enumerate([("Ö-förvaltningen", "2027-10-01", 2),
                                                       ("A-förvaltningen", "2027-10-01", 5),
                                                       ("M-förvaltningen", "2027-09-30", 9)], start=1)]
    calendar = _calendar(measures=measures, meetings=[Meeting(id=1, format="committee", date="2027-09-19")])
    days = [item.day for item in calendar.items]
    assert days == sorted(days)
    deadlines = [item.measure.id for item in calendar.of_kind(ItemKind.DEADLINE)]
    assert deadlines == [3, 1, 2]  # by date, then the plan's order (ECCAR point), not by department


def test_crafted_dates_at_the_end_of_the_calendar_do_not_break_it():
    meetings = [Meeting(id=1, format="committee", date="9999-12-15"), Meeting(id=2, format="committee", date="0001-01-01")]
    measures = [Measure(id=1, title="Långt bort", due_date="9999-12-31", status="decided")]
    calendar = _calendar(meetings=meetings, measures=measures, adopted_on="9999-06-01")
    assert calendar.next_committee_day is None  # nothing can follow a meeting in December 9999
    assert not calendar.of_kind(ItemKind.ECCAR_REPORT, ItemKind.REVISION)
    assert [item.measure.id for item in calendar.of_kind(ItemKind.DEADLINE)] == [1]
    old = _calendar(meetings=[Meeting(id=2, format="committee", date="0001-01-01")])
    (missed,) = old.overdue
    assert missed.day == date(1, 2, 1) and old.next_committee_day == date(2027, 9, 20)
    assert follow_up_calendar(RhythmSettings(), today=date(9999, 6, 1)).until == date.max
