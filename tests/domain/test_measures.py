"""The measure status machine, what a measure lacks, deadlines and field validation."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.entities import Measure
from facilitator.domain.measures import (
    CLOSED_STATUSES,
    COMMITTED_STATUSES,
    REOPEN,
    STATUS_ORDER,
    TRANSITIONS,
    MissingField,
    ProblemCode,
    Refusal,
    StatusChangeRefused,
    allowed_transitions,
    check_status_change,
    deadline_of,
    is_open,
    is_overdue,
    is_transition_allowed,
    missing_for,
    plan_status_change,
    validate_measure,
)
from facilitator.domain.vocabulary import MeasureStatus as S


def complete(**changes) -> Measure:
    fields = dict(
        id=7, title="Språkstöd i receptionen", owner="Åsa Öberg", department="Socialförvaltningen", due_date="2027-06-30"
    )
    fields.update(changes)
    return Measure(**fields)


def test_the_machine_has_exactly_these_moves():
    assert {
        S.PROPOSED: {S.DECIDED, S.CANCELLED},
        S.DECIDED: {S.PROPOSED, S.ONGOING, S.DONE, S.CANCELLED},
        S.ONGOING: {S.DECIDED, S.DONE, S.CANCELLED},
        S.DONE: set(),
        S.CANCELLED: set(),
    } == TRANSITIONS
    assert set(STATUS_ORDER) == set(TRANSITIONS) == set(S)


def test_cancelled_can_be_reached_from_every_open_state_and_closed_ones_stay_closed():
    for status in (S.PROPOSED, S.DECIDED, S.ONGOING):
        assert S.CANCELLED in allowed_transitions(status)
    for status in CLOSED_STATUSES:
        assert allowed_transitions(status) == frozenset()
        assert not is_transition_allowed(status, S.PROPOSED)
    assert allowed_transitions(S.DONE, reopen=True) == {S.ONGOING}
    assert allowed_transitions(S.CANCELLED, reopen=True) == {S.PROPOSED}


def test_back_steps():
    assert is_transition_allowed(S.DECIDED, S.PROPOSED)
    assert is_transition_allowed(S.ONGOING, S.DECIDED)
    assert not is_transition_allowed(S.PROPOSED, S.ONGOING)  # decide first
    assert not is_transition_allowed(S.ONGOING, S.PROPOSED)


def test_missing_fields_are_codes_in_form_order():
    bare = Measure(title="", owner=" ", department="", due_date="", time_frame="")
    assert missing_for(bare, S.DECIDED) == [
        MissingField.TITLE, MissingField.OWNER, MissingField.DEPARTMENT, MissingField.DEADLINE
    ]
    assert missing_for(bare, S.PROPOSED) == []
    assert missing_for(bare, S.CANCELLED) == []
    assert missing_for(complete(due_date="", time_frame="hösten 2027"), S.DONE) == []
    assert missing_for(complete(department=""), S.ONGOING) == [MissingField.DEPARTMENT]
    assert missing_for(complete(owner="", status=S.DECIDED)) == [MissingField.OWNER]  # its own status


def test_deciding_without_an_owner_is_refused_with_what_is_missing():
    with pytest.raises(StatusChangeRefused) as refused:
        plan_status_change(complete(owner=""), S.DECIDED, "2027-02-01")
    assert refused.value.check == check_status_change(complete(owner=""), S.DECIDED)
    assert refused.value.check.refusal == Refusal.MISSING_FIELDS
    assert refused.value.check.missing == (MissingField.OWNER,)


def test_edits_made_in_the_same_step_count():
    plan = plan_status_change(complete(owner=""), S.DECIDED, date(2027, 2, 1), "KS beslut", 3, edits={"owner": "Bo Ek"})
    assert plan.changes == {"owner": "Bo Ek", "status": S.DECIDED}
    assert plan.previous_status == S.PROPOSED and plan.measure_id == 7
    history = plan.history
    assert (history.measure_id, history.status, history.date, history.note, history.meeting_id) == (
        7, S.DECIDED, "2027-02-01", "KS beslut", 3
    )
    assert history.id is None
    assert not plan.is_note_only


def test_unknown_edits_and_statuses_are_refused():
    assert check_status_change(complete(), S.DECIDED, edits={"nonsense": 1}).refusal == Refusal.UNKNOWN_FIELD
    assert check_status_change(complete(), S.DECIDED, edits={"status": S.DONE}).refusal == Refusal.UNKNOWN_FIELD
    assert check_status_change(complete(), "finished").refusal == Refusal.UNKNOWN_STATUS
    assert check_status_change(complete(status=S.DONE), S.PROPOSED).refusal == Refusal.CLOSED
    assert check_status_change(complete(status=S.DONE), S.PROPOSED, reopen=True).refusal == Refusal.CLOSED
    assert check_status_change(complete(), S.ONGOING).refusal == Refusal.NOT_ALLOWED


def test_a_progress_note_keeps_the_status_and_is_always_allowed():
    legacy = complete(owner="", status=S.ONGOING)  # an old measure that lacks an owner
    plan = plan_status_change(legacy, S.ONGOING, "2027-03-01", "Utbildningen är bokad")
    assert plan.is_note_only and plan.changes == {"status": S.ONGOING}
    assert plan_status_change(complete(status=S.DONE), S.DONE, "2027-03-01", "Rapport skickad").is_note_only
    # but edits in the same step must leave the measure complete
    with pytest.raises(StatusChangeRefused):
        plan_status_change(complete(status=S.ONGOING), S.ONGOING, "2027-03-01", edits={"department": ""})


def test_reopen_needs_the_fields_of_the_state_it_enters():
    done = complete(status=S.DONE, owner="")
    assert check_status_change(done, S.ONGOING, reopen=True).missing == (MissingField.OWNER,)
    assert plan_status_change(complete(status=S.DONE), S.ONGOING, "2028-01-01", reopen=True).reopen
    assert plan_status_change(complete(status=S.CANCELLED, owner=""), S.PROPOSED, "2028-01-01", reopen=True)


values = {
    "title": st.sampled_from(["", "Titel"]),
    "owner": st.sampled_from(["", "  ", "Åsa"]),
    "department": st.sampled_from(["", "Kultur"]),
    "due_date": st.sampled_from(["", "2027-05-01"]),
    "time_frame": st.sampled_from(["", "2028"]),
}
step = st.tuples(
    st.sampled_from(list(S)),
    st.dictionaries(st.sampled_from(sorted(values)), st.sampled_from(["", "x"]), max_size=2),
    st.booleans(),
)


@settings(max_examples=300)
@given(st.fixed_dictionaries(values), st.lists(step, max_size=12))
def test_no_sequence_of_allowed_moves_commits_a_measure_without_the_required_fields(start, steps):
    measure = Measure(id=1, status=S.PROPOSED, **start)
    for status, edits, reopen in steps:
        before = measure.status
        try:
            plan = plan_status_change(measure, status, "2027-01-01", reopen=reopen, edits=edits)
        except StatusChangeRefused:
            continue
        measure = measure.with_changes(**plan.changes)
        if measure.status in COMMITTED_STATUSES and not plan.is_note_only:
            assert missing_for(measure) == []
        if before in CLOSED_STATUSES and measure.status != before:
            assert reopen and measure.status in REOPEN[before]
        assert is_transition_allowed(before, measure.status, reopen=reopen)


@given(st.sampled_from(list(S)), st.sampled_from(list(S)))
def test_closed_states_never_open_without_reopen(current, new):
    if current in CLOSED_STATUSES and new != current:
        assert not check_status_change(complete(status=current), new).allowed


def test_deadlines_are_read_leniently():
    assert deadline_of(complete(due_date="2027-06-30")) == date(2027, 6, 30)
    assert deadline_of(complete(due_date="", time_frame="2027-02")) == date(2027, 2, 28)
    assert deadline_of(complete(due_date="", time_frame="2027–2029")) == date(2029, 12, 31)
    assert deadline_of(complete(due_date="", time_frame="hösten 2027")) == date(2027, 12, 31)
    assert deadline_of(complete(due_date="", time_frame="löpande")) is None
    assert deadline_of(complete(due_date="", time_frame="")) is None


def test_overdue_only_when_open_and_past_the_deadline():
    late = complete(status=S.ONGOING, due_date="2027-06-30")
    assert is_overdue(late, date(2027, 7, 1))
    assert is_overdue(late, "2027-07-01")
    assert not is_overdue(late, date(2027, 6, 30))  # the due day itself is not late
    assert not is_overdue(late.with_changes(status=S.DONE), date(2030, 1, 1))
    assert not is_overdue(late.with_changes(status=S.CANCELLED), date(2030, 1, 1))
    assert not is_overdue(late.with_changes(due_date="", time_frame="löpande"), date(2030, 1, 1))
    assert is_open(late) and not is_open(late.with_changes(status=S.DONE))


def test_field_validation():
    assert validate_measure(complete(eccar_point=10, track=4, aimed_at="both", term="long")) == []
    problems = validate_measure(
        complete(eccar_point=11, track=0, aimed_at="city", term="medium", status="x", due_date="30/6")
    )
    assert [(p.field, p.code) for p in problems] == [
        ("eccar_point", ProblemCode.OUT_OF_RANGE),
        ("track", ProblemCode.OUT_OF_RANGE),
        ("aimed_at", ProblemCode.UNKNOWN_VALUE),
        ("term", ProblemCode.UNKNOWN_VALUE),
        ("status", ProblemCode.UNKNOWN_VALUE),
        ("due_date", ProblemCode.NOT_A_DATE),
    ]
    # free text is free: a target is not a quota
    assert validate_measure(complete(baseline="18 %", target="30 % inom 4 år", result="26–27 %")) == []
    # the coordinator is never the owner
    assert [p.code for p in validate_measure(complete(owner=" åsa öberg "), ["Åsa Öberg"])] == [
        ProblemCode.IS_COORDINATOR
    ]
