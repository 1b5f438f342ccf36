"""Measures in the process file: creation with links, status changes, lists, links, merges."""

import random
import sqlite3
from datetime import date

import pytest

from facilitator.domain.entities import Contribution, Measure, MeasureSource, MeasureStatusChange, Meeting, Theme
from facilitator.domain.follow_up import ReviewDecision, plan_review_updates
from facilitator.domain.measures import MissingField, ProblemCode, Refusal, StatusChangeRefused, plan_status_change
from facilitator.domain.vocabulary import MeasureStatus as S
from facilitator.storage.measures_repo import (
    MeasureError,
    MeasureFilter,
    MergeError,
    MergeProblem,
    apply_review,
    apply_status_change,
    change_status,
    create_measure,
    departments,
    link_sources,
    list_measures,
    measure_ids_by_contribution,
    measure_links,
    measures_for_contribution,
    merge_duplicates,
    owners,
    reapply_status_change,
    reapply_updates,
    revert_status_change,
    revert_updates,
    review_for_meeting,
    status_history,
    unmerge,
)
from facilitator.storage.search import search_index_problems


def snapshot(store):
    return {table: list(store.db[table].rows) for table in store.db.table_names()}


def data(store):
    """The process's rows without the search index (derived; search tests check it)."""
    assert search_index_problems(store) == []
    return {table: rows for table, rows in snapshot(store).items() if not table.startswith("search_index")}


@pytest.fixture
def cafe(store):
    meeting = store.insert(Meeting(title="Café", format="world_cafe", date="2027-02-03"))
    theme = store.insert(Theme(meeting_id=meeting.id, title="Bostäder"))
    contributions = store.insert_many(
        [
            Contribution(meeting_id=meeting.id, text="Fler bostäder till unga", theme_id=theme.id, position=0),
            Contribution(meeting_id=meeting.id, text="Bostäder för unga behövs", position=1),
            Contribution(meeting_id=meeting.id, text="Hyresgaranti", theme_id=theme.id, position=2),
            Contribution(meeting_id=meeting.id, text="Läxhjälp på biblioteket", position=3),
        ]
    )
    return meeting, theme, contributions


def decided(**kw):
    fields = dict(
        title="Hyresgaranti för unga", owner="Åsa Öberg", department="Socialförvaltningen", due_date="2027-12-31",
        eccar_point=7, track=3,
    )
    fields.update(kw)
    return Measure(**fields)


def test_create_a_measure_with_its_links_and_first_history(store, cafe):
    meeting, theme, contributions = cafe
    created = create_measure(
        store, Measure(title="Hyresgaranti", eccar_point=7), contribution_ids=[contributions[0].id, contributions[0].id],
        theme_ids=[theme.id], on=date(2027, 2, 3), note="Från caféet",
    )
    measure = store.get(Measure, created.measure.id)
    assert measure == created.measure
    assert measure.origin_meeting_id == meeting.id and measure.created_at and measure.status == S.PROPOSED
    sources = store.list(MeasureSource, "measure_id = ?", [measure.id])
    assert [(s.contribution_id, s.theme_id) for s in sources] == [(contributions[0].id, None), (None, theme.id)]
    assert list(created.sources) == sources
    assert status_history(store, measure.id) == [created.history]
    assert (created.history.status, created.history.date, created.history.note) == (S.PROPOSED, "2027-02-03", "Från caféet")
    second = create_measure(store, Measure(title="Andra"))
    assert second.measure.position == measure.position + 1 and second.measure.origin_meeting_id is None


def test_undo_of_a_creation_is_a_delete_and_redo_a_restore(store, cafe):
    _meeting, theme, contributions = cafe
    before = data(store)
    created = create_measure(store, decided(), contribution_ids=[contributions[1].id], theme_ids=[theme.id])
    after = snapshot(store)
    tombstone = store.delete(Measure, created.measure.id)
    assert store.count(MeasureSource) == 0 and store.count(MeasureStatusChange) == 0
    assert data(store) == before
    store.restore(tombstone)
    assert snapshot(store) == after


def test_a_measure_that_starts_decided_needs_its_fields(store, cafe):
    with pytest.raises(MeasureError) as error:
        create_measure(store, decided(owner="", due_date="", status=S.DECIDED))
    assert error.value.missing == (MissingField.OWNER, MissingField.DEADLINE)
    with pytest.raises(MeasureError) as error:
        create_measure(store, Measure(title="x", eccar_point=12), coordinator_names=["Kim"])
    assert [(p.field, p.code) for p in error.value.problems] == [("eccar_point", ProblemCode.OUT_OF_RANGE)]
    with pytest.raises(MeasureError):
        create_measure(store, decided(owner="Kim"), coordinator_names=["Kim"])
    assert store.count(Measure) == 0 and store.count(MeasureStatusChange) == 0
    with pytest.raises(sqlite3.IntegrityError):
        create_measure(store, Measure(title="x"), contribution_ids=[999])  # a missing source: nothing written
    assert store.count(Measure) == 0


def test_status_changes_write_history_and_can_be_undone_and_redone(store, cafe):
    measure = create_measure(store, Measure(title="Hyresgaranti"), on="2027-02-03").measure
    with pytest.raises(StatusChangeRefused) as refused:
        change_status(store, measure.id, S.DECIDED, "2027-03-01")
    assert refused.value.check.missing == (MissingField.OWNER, MissingField.DEPARTMENT, MissingField.DEADLINE)
    assert len(status_history(store, measure.id)) == 1
    before = data(store)
    applied = change_status(
        store, measure.id, S.DECIDED, "2027-03-01", "KS beslut", None,
        edits={"owner": "Åsa", "department": "Kultur", "time_frame": "2027"},
    )
    stored = store.get(Measure, measure.id)
    assert (stored.status, stored.owner, stored.time_frame) == (S.DECIDED, "Åsa", "2027")
    assert [h.status for h in status_history(store, measure.id)] == [S.PROPOSED, S.DECIDED]
    assert applied.previous == {"owner": "", "department": "", "time_frame": "", "status": S.PROPOSED}
    after = data(store)
    revert_status_change(store, applied)
    assert store.get(Measure, measure.id).status == S.PROPOSED and len(status_history(store, measure.id)) == 1
    reapply_status_change(store, applied)
    assert data(store) == after
    revert_status_change(store, applied)
    assert data(store) == before


def test_a_stale_plan_is_refused(store):
    measure = create_measure(store, decided()).measure
    plan = plan_status_change(measure, S.DECIDED, "2027-03-01")
    change_status(store, measure.id, S.CANCELLED, "2027-03-02")
    with pytest.raises(StatusChangeRefused) as refused:
        apply_status_change(store, plan)
    assert refused.value.check.refusal == Refusal.STALE
    with pytest.raises(StatusChangeRefused) as refused:
        change_status(store, measure.id, S.PROPOSED, "2027-03-03")
    assert refused.value.check.refusal == Refusal.CLOSED
    change_status(store, measure.id, S.PROPOSED, "2027-03-03", reopen=True)
    assert store.get(Measure, measure.id).status == S.PROPOSED


def test_the_follow_up_meeting_reviews_and_records(store, cafe):
    meeting, _theme, contributions = cafe
    first = create_measure(store, decided(title="Garanti"), contribution_ids=[contributions[0].id]).measure
    second = create_measure(store, decided(title="Läxhjälp", eccar_point=8, due_date="2027-05-01"),
                            contribution_ids=[contributions[3].id]).measure
    change_status(store, first.id, S.DECIDED, "2027-02-10")  # back from proposed is allowed too
    change_status(store, second.id, S.DECIDED, "2027-02-10")
    follow_up = store.insert(Meeting(title="Uppföljning", format="committee", date="2027-09-15"))
    review = review_for_meeting(store, follow_up.id)
    assert [g.eccar_point for g in review.groups] == [7, 8]
    assert review.item(second.id).overdue and not review.item(first.id).overdue
    assert review.item(first.id).last_change.date == "2027-02-10"
    plan = plan_review_updates(
        review, follow_up, [ReviewDecision(first.id, S.ONGOING, "Igång"), ReviewDecision(second.id, S.DONE, "Klart")]
    )
    applied = apply_review(store, plan)
    assert [a.history.meeting_id for a in applied] == [follow_up.id, follow_up.id]
    assert store.get(Measure, second.id).status == S.DONE
    assert review_for_meeting(store, follow_up.id).open_count == 1


def test_lists_filter_and_keep_the_plan_order(store, cafe):
    meeting, theme, contributions = cafe
    workshop = store.insert(Meeting(title="Workshop", date="2027-03-01"))
    m1 = create_measure(store, decided(title="A", eccar_point=7, track=3, due_date="2027-01-31")).measure
    m2 = create_measure(store, decided(title="B", eccar_point=1, track=2, department=" socialförvaltningen ")).measure
    m3 = create_measure(store, Measure(title="C", eccar_point=None, owner="Bo"), theme_ids=[theme.id]).measure
    m4 = create_measure(store, decided(title="D", eccar_point=7, track=1, department="Kultur", origin_meeting_id=workshop.id)).measure
    change_status(store, m4.id, S.CANCELLED, "2027-04-01")
    ids = lambda where=None: [m.id for m in list_measures(store, where)]  # noqa: E731
    assert ids() == [m2.id, m4.id, m1.id, m3.id]  # point, track, position; unplaced last
    assert ids(MeasureFilter(eccar_points=frozenset({7}))) == [m4.id, m1.id]
    assert ids(MeasureFilter(eccar_points=frozenset({None}))) == [m3.id]
    assert ids(MeasureFilter(tracks=frozenset({3, None}))) == [m1.id, m3.id]
    assert ids(MeasureFilter(statuses=frozenset({S.CANCELLED}))) == [m4.id]
    assert ids(MeasureFilter(departments=frozenset({"SOCIALFÖRVALTNINGEN"}))) == [m2.id, m1.id]
    assert ids(MeasureFilter(owners=frozenset({"bo"}))) == [m3.id]
    assert ids(MeasureFilter(overdue_on=date(2027, 2, 1))) == [m1.id]
    assert ids(MeasureFilter(meeting_ids=frozenset({meeting.id}))) == [m3.id]  # through its theme
    assert ids(MeasureFilter(meeting_ids=frozenset({workshop.id}))) == [m4.id]
    assert ids(MeasureFilter(meeting_ids=frozenset())) == []
    assert departments(store) == ["Kultur", "Socialförvaltningen"]
    assert owners(store) == ["Bo", "Åsa Öberg"]


def test_links_both_ways_including_themes_and_merged_duplicates(store, cafe):
    meeting, theme, contributions = cafe
    other = store.insert(Meeting(title="Workshop", date="2027-01-15"))
    late = store.insert(Contribution(meeting_id=other.id, text="Unga behöver bostäder"))
    merge_duplicates(store, contributions[0].id, [contributions[1].id, late.id])
    created = create_measure(store, decided(), contribution_ids=[contributions[0].id])
    link_sources(store, created.measure.id, contribution_ids=[contributions[0].id], theme_ids=[theme.id])
    link_sources(store, created.measure.id, theme_ids=[theme.id])
    links = measure_links(store, created.measure.id)
    assert [c.id for c in links.contributions] == [contributions[0].id]
    assert [t.id for t in links.themes] == [theme.id]
    assert [c.id for c in links.theme_members] == [contributions[2].id]
    assert {c.id for c in links.duplicates} == {contributions[1].id, late.id}
    assert [m.id for m in links.meetings] == [other.id, meeting.id]  # by date
    assert len(links.sources) == 2
    for contribution in (contributions[0], contributions[1], contributions[2], late):
        assert [m.id for m in measures_for_contribution(store, contribution.id)] == [created.measure.id]
    assert measures_for_contribution(store, contributions[3].id) == []
    assert measures_for_contribution(store, 999) == []
    by_contribution = measure_ids_by_contribution(store)
    assert by_contribution == {c.id: (created.measure.id,) for c in (*contributions[:3], late)}
    assert set(measure_ids_by_contribution(store, other.id)) == {late.id}


def test_merging_keeps_both_texts_and_can_be_undone(store, cafe):
    _meeting, _theme, contributions = cafe
    a, b, c, d = contributions
    before = snapshot(store)
    first = merge_duplicates(store, b.id, [c.id])
    second = merge_duplicates(store, a.id, [b.id, b.id])  # c was merged into b: it follows to a
    assert store.count(Contribution) == 4
    assert {x.id: x.merged_into_id for x in store.list(Contribution)} == {a.id: None, b.id: a.id, c.id: a.id, d.id: None}
    assert store.get(Contribution, b.id).text == "Bostäder för unga behövs"
    for problem, keep, dups in [
        (MergeProblem.KEEP_IS_MERGED, b.id, [d.id]),
        (MergeProblem.KEEP_IS_DUPLICATE, a.id, [a.id]),
        (MergeProblem.NOT_FOUND, a.id, [999]),
        (MergeProblem.NOTHING_TO_MERGE, a.id, []),
    ]:
        with pytest.raises(MergeError) as error:
            merge_duplicates(store, keep, dups)
        assert error.value.problem == problem
    revert_updates(store, second)
    revert_updates(store, first)
    assert snapshot(store) == before
    reapply_updates(store, first)
    assert store.get(Contribution, c.id).merged_into_id == b.id
    update = unmerge(store, c.id)
    assert store.get(Contribution, c.id).merged_into_id is None and update.previous == {"merged_into_id": b.id}


def test_five_hundred_measures_and_five_thousand_contributions(store):
    rng = random.Random(5)
    meetings = store.insert_many([Meeting(title=f"M{i}", date=f"2027-0{1 + i % 9}-10") for i in range(10)])
    themes = store.insert_many([Theme(meeting_id=meetings[i % 10].id, title=f"T{i}") for i in range(50)])
    contributions = store.insert_many(
        [
            Contribution(meeting_id=meetings[i % 10].id, text=f"Idé {i}", theme_id=themes[i % 50].id if i % 3 else None)
            for i in range(5000)
        ]
    )
    with store.transaction():  # how fast, and the listing below: benchmarks/bench_storage.py
        for i in range(500):
            create_measure(
                store,
                decided(title=f"Åtgärd {i}", eccar_point=1 + i % 10, track=1 + i % 4, department=f"F{i % 7}",
                        due_date=f"2027-{1 + i % 12:02d}-01"),
                contribution_ids=[c.id for c in rng.sample(contributions, 3)],
                theme_ids=[themes[i % 50].id],
            )
    assert len(list_measures(store)) == 500
    assert len(list_measures(store, MeasureFilter(eccar_points=frozenset({3}), tracks=frozenset({2, 4})))) == 0
    assert len(list_measures(store, MeasureFilter(eccar_points=frozenset({3}), tracks=frozenset({1, 2, 3, 4})))) == 50
    assert list_measures(store, MeasureFilter(overdue_on=date(2027, 6, 15)))
    assert list_measures(store, MeasureFilter(meeting_ids=frozenset({meetings[0].id}), departments=frozenset({"f1"})))
    mapping = measure_ids_by_contribution(store)
    sample = rng.sample(contributions, 25)
    for contribution in sample:
        assert tuple(m.id for m in sorted(measures_for_contribution(store, contribution.id), key=lambda m: m.id)) == \
            mapping.get(contribution.id, ())
