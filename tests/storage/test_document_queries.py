"""The queries the documents, the link dialog and the headless readers ask of storage
(issue 12): the one read-only opener, the data version, leaving WAL mode, and the named reads."""

import sqlite3
import threading

import pytest

from facilitator.domain.entities import (
    Contribution,
    Measure,
    MeasureSource,
    MeasureStatusChange,
    Meeting,
    Mitigation,
    PlanStageChange,
    Question,
    Theme,
)
from facilitator.domain.vocabulary import ContributionKind
from facilitator.storage import measures_repo, meetings, reports
from facilitator.storage.errors import ProblemCode, ProcessFileError
from facilitator.storage.process_store import (
    READ_ONLY_BUSY_TIMEOUT_MS,
    ProcessStore,
    ReadOnlyStore,
    data_version,
    leave_write_ahead_log,
    open_read_only,
)

# -- opening to read ----------------------------------------------------------------------------


def test_the_read_only_store_waits_for_the_writer_and_never_writes(store, process_path):
    reader = open_read_only(process_path)
    try:
        assert isinstance(reader, ReadOnlyStore)
        assert reader.conn.execute("PRAGMA busy_timeout").fetchone()[0] == READ_ONLY_BUSY_TIMEOUT_MS
        assert reader.process().title == "Testprocess"
        with pytest.raises(sqlite3.OperationalError):
            reader.conn.execute("UPDATE process SET title = 'x'")
    finally:
        reader.close()
    assert store.process().title == "Testprocess"


def test_the_read_only_store_may_be_used_from_another_thread(store, process_path):
    reader = open_read_only(process_path, check_same_thread=False)
    titles = []
    worker = threading.Thread(target=lambda: titles.append(reader.process().title))
    worker.start()
    worker.join()
    reader.close()
    assert titles == ["Testprocess"]


def test_a_missing_file_is_refused_before_it_is_opened(tmp_path):
    with pytest.raises(ProcessFileError) as raised:
        open_read_only(tmp_path / "nowhere.facilitator")
    assert raised.value.code == ProblemCode.NOT_FOUND
    assert not (tmp_path / "nowhere.facilitator").exists()


def test_the_data_version_changes_when_another_connection_commits(store, process_path):
    reader = open_read_only(process_path)
    try:
        before = data_version(reader)
        assert data_version(reader) == before
        store.insert(Meeting(title="Nytt"))
        assert data_version(reader) != before
    finally:
        reader.close()


def test_leaving_the_write_ahead_log_needs_the_only_connection(tmp_path):
    path = tmp_path / "p.facilitator"
    writer = ProcessStore.create(path, "P")
    writer.insert(Meeting(title="Ett"))
    with pytest.raises(ProcessFileError) as raised:
        leave_write_ahead_log(path, timeout=0.1)
    assert raised.value.code == ProblemCode.IN_USE
    writer.close()
    leave_write_ahead_log(path)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    assert not (tmp_path / "p.facilitator-wal").exists()
    reopened = ProcessStore.open(path)
    assert [m.title for m in reopened.list(Meeting)] == ["Ett"]
    reopened.close()


def test_a_file_that_is_not_a_database_is_left_as_it_is(tmp_path):
    path = tmp_path / "text.facilitator"
    path.write_text("not a database " * 20)
    leave_write_ahead_log(path)
    assert path.read_text() == "not a database " * 20


# -- meetings -------------------------------------------------------------------------------------


def test_meetings_by_date_then_start_time_then_the_coordinators_order(store):
    made = store.insert_many([
        Meeting(title="later", date="2027-03-01", start_time="09:00", position=0),
        Meeting(title="second at nine", date="2027-02-01", start_time="09:00", position=2),
        Meeting(title="undated", date="", position=5),
        Meeting(title="first at nine", date="2027-02-01", start_time="09:00", position=1),
        Meeting(title="at eight", date="2027-02-01", start_time="08:00", position=9),
    ])
    assert [m.title for m in meetings.by_date(store)] == [
        "undated", "at eight", "first at nine", "second at nine", "later"]
    assert {m.id for m in made} == {m.id for m in meetings.by_date(store)}


def test_questions_by_round_put_those_for_no_round_first(store):
    meeting = store.insert(Meeting(title="Café"))
    other = store.insert(Meeting(title="Other"))
    store.insert_many([
        Question(meeting_id=meeting.id, text="round 2", round_number=2, position=0),
        Question(meeting_id=meeting.id, text="round 1 b", round_number=1, position=1),
        Question(meeting_id=meeting.id, text="general", position=3),
        Question(meeting_id=meeting.id, text="round 1 a", round_number=1, position=0),
        Question(meeting_id=other.id, text="elsewhere"),
    ])
    assert [q.text for q in meetings.questions_by_round(store, meeting.id)] == [
        "general", "round 1 a", "round 1 b", "round 2"]


# -- measures -------------------------------------------------------------------------------------


@pytest.fixture
def linked(store):
    one, two = store.insert_many([Meeting(title="Ett"), Meeting(title="Två")])
    themes = store.insert_many([Theme(meeting_id=two.id, title="T2", position=0),
                                Theme(meeting_id=one.id, title="T1b", position=1),
                                Theme(meeting_id=one.id, title="T1a", position=0)])
    kept = store.insert_many([Contribution(meeting_id=two.id, text="c2", position=0),
                              Contribution(meeting_id=one.id, text="c1b", position=1),
                              Contribution(meeting_id=one.id, text="c1a", position=0)])
    store.insert(Contribution(meeting_id=one.id, text="duplicate", merged_into_id=kept[2].id, position=2))
    measures = store.insert_many([Measure(title="A"), Measure(title="B")])
    a, b = measures
    store.insert_many([
        MeasureStatusChange(measure_id=b.id, status="decided", date="2027-03-01", meeting_id=two.id),
        MeasureStatusChange(measure_id=a.id, status="proposed", date="2027-02-01"),
        MeasureStatusChange(measure_id=b.id, status="proposed", date="2027-01-01"),
        MeasureSource(measure_id=b.id, theme_id=themes[0].id),
        MeasureSource(measure_id=a.id, contribution_id=kept[1].id),
        MeasureSource(measure_id=b.id, contribution_id=kept[0].id),
    ])
    return one, two, a, b


def test_histories_and_sources_of_several_measures_come_measure_by_measure(store, linked):
    one, two, a, b = linked
    history = measures_repo.history_of_measures(store, [b.id, a.id, b.id])
    assert [(h.measure_id, h.date) for h in history] == [
        (a.id, "2027-02-01"), (b.id, "2027-01-01"), (b.id, "2027-03-01")]
    sources = measures_repo.sources_of_measures(store, [b.id, a.id])
    assert [s.measure_id for s in sources] == [a.id, b.id, b.id]
    assert [s.theme_id is not None for s in sources if s.measure_id == b.id] == [True, False]
    assert measures_repo.history_of_measures(store, []) == []
    assert measures_repo.sources_of_measures(store, []) == []


def test_the_changes_made_at_a_meeting(store, linked):
    one, two, a, b = linked
    assert [(c.measure_id, c.status) for c in measures_repo.changes_at_meeting(store, two.id)] == [(b.id, "decided")]
    assert measures_repo.changes_at_meeting(store, one.id) == []


def test_what_a_measure_may_be_linked_to(store, linked):
    assert [t.title for t in measures_repo.linkable_themes(store)] == ["T1a", "T1b", "T2"]
    assert [c.text for c in measures_repo.linkable_contributions(store)] == ["c1a", "c1b", "c2"]


def test_many_ids_are_read_in_chunks(store):
    meeting = store.insert(Meeting(title="Stor"))
    made = store.insert_many([Contribution(meeting_id=meeting.id, text=str(n), position=n) for n in range(1200)])
    measures = store.insert_many([Measure(title=str(n)) for n in range(1100)])
    store.insert_many([MeasureStatusChange(measure_id=m.id, date="2027-01-01") for m in measures])
    ids = [c.id for c in made][::-1] + [999_999]
    assert [c.id for c in reports.contributions_by_ids(store, ids)] == sorted(c.id for c in made)
    assert len(measures_repo.history_of_measures(store, [m.id for m in measures])) == 1100


# -- the documents' reads across aggregates -----------------------------------------------------


def test_risks_raised_are_the_kept_risks_meeting_by_meeting(store):
    one, two = store.insert_many([Meeting(title="Ett"), Meeting(title="Två")])
    risk = ContributionKind.RISK
    kept = store.insert_many([
        Contribution(meeting_id=two.id, kind=risk, text="r2", position=0),
        Contribution(meeting_id=one.id, kind=risk, text="r1b", position=1),
        Contribution(meeting_id=one.id, kind=ContributionKind.IDEA, text="idea", position=0),
        Contribution(meeting_id=one.id, kind=risk, text="r1a", position=0),
    ])
    store.insert(Contribution(meeting_id=one.id, kind=risk, text="again", merged_into_id=kept[3].id, position=3))
    assert [c.text for c in reports.risks_raised(store)] == ["r1a", "r1b", "r2"]
    assert [c.text for c in reports.all_contributions(store)] == ["idea", "r1a", "r1b", "again", "r2"]
    assert [c.text for c in reports.contributions_of(store, one.id)] == ["idea", "r1a", "r1b", "again"]
    assert [c.text for c in reports.contributions_of(store, None)] == ["idea", "r1a", "r1b", "again", "r2"]


def test_mitigations_by_contribution_keep_each_ones_order(store):
    meeting = store.insert(Meeting(title="Ett"))
    first, second, bare = store.insert_many(
        [Contribution(meeting_id=meeting.id, kind=ContributionKind.RISK, text=t) for t in ("a", "b", "c")])
    store.insert_many([
        Mitigation(contribution_id=second.id, text="b2", position=1),
        Mitigation(contribution_id=first.id, text="a1", position=0),
        Mitigation(contribution_id=second.id, text="b1", position=0),
    ])
    found = reports.mitigations_by_contribution(store, [second.id, first.id, bare.id])
    assert {cid: [m.text for m in group] for cid, group in found.items()} == {first.id: ["a1"], second.id: ["b1", "b2"]}
    assert reports.mitigations_by_contribution(store, []) == {}


def test_plan_stage_changes_oldest_first(store):
    store.insert_many([
        PlanStageChange(stage="consultation", date="2027-05-01"),
        PlanStageChange(stage="draft", date="2027-01-01"),
        PlanStageChange(stage="consultation", date="2027-04-01"),
    ])
    assert [c.date for c in reports.plan_stage_changes(store, "consultation")] == ["2027-04-01", "2027-05-01"]
