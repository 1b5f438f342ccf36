"""What a meeting's minutes record, without storage: which measures were agreed there, how
each stood at the end of it, and a meeting's place in its series."""

from facilitator.domain.entities import Measure, MeasureRevision, MeasureStatusChange, Meeting
from facilitator.domain.meeting_record import (
    agreed_at,
    as_it_stood,
    history_until,
    series_place,
    snapshot,
    write_up_meeting,
)

CAFE = Meeting(id=1, format="world_cafe", title="Café", date="2027-02-04")
WS1 = Meeting(id=2, title="Träff 1", date="2027-02-23", series="HR")
WS2 = Meeting(id=3, title="Träff 2", date="2027-03-16", series="HR")
WS3 = Meeting(id=4, title="Träff 3", date="2027-04-06", series=" hr ")
COMMITTEE = Meeting(id=5, format="committee", title="Kommittén", date="2027-09-14")
MEETINGS = [CAFE, WS1, WS2, WS3, COMMITTEE]
BY_ID = {m.id: m for m in MEETINGS}


def _revision(measure: Measure, day: str, meeting: Meeting | None = None, rid: int = 0) -> MeasureRevision:
    return MeasureRevision(id=rid, measure_id=measure.id, date=day, meeting_id=meeting.id if meeting else None,
                           fields=snapshot(measure))


def test_a_measure_stands_in_each_meeting_as_it_was_at_its_end():
    proposal = Measure(id=7, title="Annonser via föreningar", status="proposed", origin_meeting_id=2)
    decided = proposal.with_changes(status="decided", owner="Lena Holmberg", department="HR",
                                    due_date="2027-06-30")
    done = decided.with_changes(status="done", result="18 organisationer")
    revisions = [_revision(proposal, "2027-02-23", WS1, 1), _revision(decided, "2027-04-06", WS3, 2),
                 _revision(done, "2027-08-20", None, 3)]
    now = done
    assert as_it_stood(now, revisions, [], CAFE, BY_ID) is None  # not there yet
    assert as_it_stood(now, revisions, [], WS2, BY_ID) == proposal
    assert as_it_stood(now, revisions, [], WS3, BY_ID) == decided
    assert as_it_stood(now, revisions, [], COMMITTEE, BY_ID) == done


def test_without_revisions_the_fields_are_today_s_and_the_status_that_day_s():
    now = Measure(id=7, title="Gammal", status="ongoing", owner="Åsa")
    history = [MeasureStatusChange(id=1, measure_id=7, status="proposed", date="2027-02-04"),
               MeasureStatusChange(id=2, measure_id=7, status="ongoing", date="2027-05-01")]
    assert as_it_stood(now, [], history, WS3, BY_ID) == now.with_changes(status="proposed")
    assert as_it_stood(now, [], history[1:], WS3, BY_ID) is None
    assert [c.id for c in history_until(history, WS3, BY_ID)] == [1]


def test_agreed_at_a_meeting_means_created_or_decided_there():
    history = [
        MeasureStatusChange(id=1, measure_id=7, status="proposed", date="2027-02-23", meeting_id=2),
        MeasureStatusChange(id=2, measure_id=7, status="decided", date="2027-04-06", meeting_id=4),
        MeasureStatusChange(id=3, measure_id=8, status="proposed", date="2027-02-04"),  # the café's day
        MeasureStatusChange(id=4, measure_id=8, status="ongoing", date="2027-09-14", meeting_id=5),
        MeasureStatusChange(id=5, measure_id=9, status="proposed", date="2027-05-02"),  # no meeting that day
    ]
    assert agreed_at(WS1, history, MEETINGS) == {7}
    assert agreed_at(WS3, history, MEETINGS) == {7}
    assert agreed_at(CAFE, history, MEETINGS) == {8}
    assert agreed_at(COMMITTEE, history, MEETINGS) == set()  # reviewed there, not agreed there
    assert agreed_at(WS2, history, MEETINGS) == set()


def test_the_place_in_a_series_counts_the_meetings_of_the_same_series_by_date():
    place = series_place(WS2, MEETINGS)
    assert (place.series, place.number, place.count, place.earlier) == ("HR", 2, 3, (WS1,))
    assert series_place(WS3, MEETINGS).number == 3  # the name matches whatever the case and spaces
    assert series_place(CAFE, MEETINGS) is None
    assert series_place(Meeting(id=9, series="Ensam"), MEETINGS + [Meeting(id=9, series="Ensam")]) is None


def test_changes_made_while_the_minutes_are_written_belong_to_the_meeting():
    assert write_up_meeting(WS1, MEETINGS, "2027-02-23") == WS1.id
    assert write_up_meeting(WS1, MEETINGS, "2027-03-01") == WS1.id
    assert write_up_meeting(WS1, MEETINGS, "2027-02-22") is None  # before it
    assert write_up_meeting(WS2, MEETINGS, "2027-04-06") is None  # the next meeting was held
    assert write_up_meeting(COMMITTEE, MEETINGS, "2027-10-14") is None  # a month later
    assert write_up_meeting(Meeting(id=9), MEETINGS, "2027-10-14") is None  # no date
