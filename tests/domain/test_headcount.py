"""One participant count per meeting (issue 15: three tabs said 32, 35 and 30)."""

from facilitator.domain.entities import AttendanceEntry, Meeting
from facilitator.domain.headcount import headcount
from facilitator.domain.meeting_checks import WarningCode, meeting_warnings
from facilitator.domain.votes import suggested_voters


def entry(role="participant", status="registered"):
    return AttendanceEntry(meeting_id=1, participant_id=1, role=role, status=status)


def test_those_who_run_the_meeting_and_the_absent_do_not_count():
    listed = [entry(), entry(), entry("table_host"), entry("coordinator"), entry("moderator"), entry(status="absent")]
    count = headcount(listed)
    assert (count.taking_part, count.running, count.absent, count.on_list) == (3, 2, 1, 6)
    assert suggested_voters(listed) == 3


def test_once_attendance_is_taken_those_who_attended_count():
    listed = [entry(status="attended"), entry("table_host", "attended"), entry(status="registered"), entry("moderator", "attended")]
    count = headcount(listed)
    assert count.attendance_taken and count.taking_part == 2 and count.running == 1
    assert suggested_voters(listed) == 2


def test_a_cafe_is_made_for_large_groups_and_a_workshop_is_not():
    cafe = Meeting(format="world_cafe", date="2027-02-04")
    workshop = Meeting(format="workshop", date="2027-02-04")
    committee = Meeting(format="committee", date="2027-02-04")
    assert meeting_warnings(cafe, 60) == []
    assert [w.code for w in meeting_warnings(workshop, 16)] == [WarningCode.TRUST_GROUP_TOO_LARGE]
    assert [w.code for w in meeting_warnings(committee, 31)] == [WarningCode.FORMAL_GROUP_TOO_LARGE]


def test_the_minutes_count_the_participants_as_the_window_does(tmp_path):
    from facilitator.demo.builder import build_demo
    from facilitator.export.report_data import gather_minutes
    from facilitator.storage import register
    from facilitator.storage.process_store import ProcessStore

    store = ProcessStore.open(build_demo(tmp_path / "demo.facilitator"))
    try:
        for meeting in store.list(Meeting):
            minutes = gather_minutes(store, meeting.id, False)
            assert minutes.taking_part == register.headcount_of(store, meeting.id).taking_part
    finally:
        store.close()
