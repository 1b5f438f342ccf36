"""The follow-up meeting reviews the open measures of earlier meetings."""

import pytest

from facilitator.domain.entities import Measure, MeasureStatusChange, Meeting
from facilitator.domain.follow_up import (
    ReviewDecision,
    follow_up_review,
    is_earlier,
    plan_review_update,
    plan_review_updates,
)
from facilitator.domain.measures import MissingField, Refusal, StatusChangeRefused
from facilitator.domain.vocabulary import MeasureStatus as S

CAFE = Meeting(id=1, title="Café", date="2027-02-03", position=0)
WORKSHOP = Meeting(id=2, title="Workshop", date="2027-03-10", position=1)
FOLLOW_UP = Meeting(id=3, title="Uppföljning", format="committee", date="2027-09-15", position=2)
LATER = Meeting(id=4, title="Senare", date="2027-11-01", position=3)
MEETINGS = [CAFE, WORKSHOP, FOLLOW_UP, LATER]


def measure(id_, point, status=S.DECIDED, origin=1, **kw):
    fields = dict(title=f"Åtgärd {id_}", owner="Bo", department=f"Förvaltning {id_}", due_date="2027-12-31")
    fields.update(kw)
    return Measure(id=id_, eccar_point=point, status=status, origin_meeting_id=origin, **fields)


def test_only_open_measures_from_earlier_meetings_grouped_by_point():
    measures = [
        measure(1, 7, track=3),
        measure(2, 7, track=1, due_date="2027-06-30"),  # overdue on the meeting's day
        measure(3, 3, S.ONGOING, origin=2),
        measure(4, 3, S.DONE),
        measure(5, 3, S.CANCELLED),
        measure(6, 1, origin=3),  # made at this meeting
        measure(7, 1, origin=4),  # made later
        measure(8, None, S.PROPOSED, origin=None, owner=""),  # an existing measure, not placed yet
    ]
    history = [
        MeasureStatusChange(id=1, measure_id=2, status=S.PROPOSED, date="2027-02-03"),
        MeasureStatusChange(id=2, measure_id=2, status=S.DECIDED, date="2027-03-01", note="KS"),
    ]
    review = follow_up_review(FOLLOW_UP, MEETINGS, measures, history)
    assert [(g.eccar_point, [i.measure.id for i in g.items]) for g in review.groups] == [
        (3, [3]), (7, [2, 1]), (None, [8])
    ]
    assert review.open_count == 4 and review.overdue_count == 1
    item = review.item(2)
    assert item.overdue and item.last_change.note == "KS"
    assert [o.status for o in item.options] == [S.PROPOSED, S.ONGOING, S.DONE, S.CANCELLED]
    assert all(o.possible for o in item.options)
    unplaced = review.item(8)
    assert {o.status: o.missing for o in unplaced.options} == {
        S.DECIDED: (MissingField.OWNER,), S.CANCELLED: ()
    }
    assert review.as_of.isoformat() == "2027-09-15"


def test_options_for_filtering_proposals_and_measures_without_origin():
    measures = [measure(1, 2, S.PROPOSED), measure(2, 2, origin=None)]
    assert follow_up_review(FOLLOW_UP, MEETINGS, measures, include_proposed=False).open_count == 1
    assert follow_up_review(FOLLOW_UP, MEETINGS, measures, include_without_origin=False).open_count == 1


def test_no_department_totals_or_ranking_are_offered():
    review = follow_up_review(FOLLOW_UP, MEETINGS, [measure(1, 2)])
    assert not any("department" in name for name in dir(review))


def test_earlier_means_by_date_then_time_then_order():
    assert is_earlier(CAFE, FOLLOW_UP) and not is_earlier(FOLLOW_UP, CAFE)
    assert not is_earlier(FOLLOW_UP, FOLLOW_UP)
    morning = Meeting(id=10, date="2027-09-15", start_time="09:00", position=9)
    assert is_earlier(morning, FOLLOW_UP.with_changes(start_time="16:00"))
    undated = Meeting(id=11, position=1)
    assert is_earlier(undated, Meeting(id=12, position=2)) and not is_earlier(undated, CAFE)


def test_planning_the_updates_agreed_at_the_meeting():
    measures = [measure(1, 7, S.ONGOING), measure(2, 7), measure(3, 4, S.DECIDED, owner="")]
    review = follow_up_review(FOLLOW_UP, MEETINGS, measures)
    decisions = [
        ReviewDecision(1, S.DONE, "Utbildningen genomförd"),
        ReviewDecision(2, S.DECIDED, "Inget nytt"),  # a progress note
        ReviewDecision(3, S.ONGOING, "Start i höst"),  # lacks an owner
        ReviewDecision(99, S.DONE),
    ]
    plan = plan_review_updates(review, FOLLOW_UP, decisions)
    assert [(p.measure_id, p.status, p.history.date, p.history.meeting_id) for p in plan.plans] == [
        (1, S.DONE, "2027-09-15", 3), (2, S.DECIDED, "2027-09-15", 3)
    ]
    assert plan.plans[1].is_note_only
    assert [(mid, check.refusal, check.missing) for mid, check in plan.refused] == [
        (3, Refusal.MISSING_FIELDS, (MissingField.OWNER,))
    ]
    assert plan.unknown == (99,) and not plan.ok
    fixed = plan_review_update(measures[2], FOLLOW_UP, S.ONGOING, edits={"owner": "Lena"}, on="2027-09-16")
    assert fixed.changes == {"owner": "Lena", "status": S.ONGOING} and fixed.history.date == "2027-09-16"
    with pytest.raises(StatusChangeRefused):
        plan_review_update(measures[0], FOLLOW_UP, S.PROPOSED)
