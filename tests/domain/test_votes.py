"""Dot votes: the room's total, tallies and the ranking."""

from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.entities import AttendanceEntry, Contribution, Vote
from facilitator.domain.votes import (
    TargetKind,
    VoteProblemCode,
    VoteTarget,
    dots_left,
    max_dots_for,
    rank,
    room_total,
    suggested_voters,
    tally,
    tally_by_theme,
    validate_votes,
)

C, T = TargetKind.CONTRIBUTION, TargetKind.THEME


def v(dots, contribution=None, theme=None, meeting=1):
    return Vote(meeting_id=meeting, contribution_id=contribution, theme_id=theme, dots=dots)


def test_the_room_cannot_give_more_than_voters_times_budget():
    votes = [v(10, contribution=1), v(5, theme=2)]
    assert room_total(6, 3) == 18
    assert validate_votes(votes, voters=6, budget=3) == []
    assert dots_left(votes, 6, 3) == 3
    problems = validate_votes(votes + [v(4, contribution=3)], voters=6, budget=3)
    assert [(p.code, p.numbers) for p in problems] == [(VoteProblemCode.OVER_ROOM_TOTAL, (19, 18))]
    assert max_dots_for(votes, None, 6, 3) == 3  # a new entry
    assert max_dots_for(votes, 0, 6, 3) == 13  # editing the first entry frees its 10


def test_each_entry_is_checked():
    votes = [v(-1, contribution=1), v(1), v(1, contribution=1, theme=2), v(1, contribution=4, meeting=2)]
    codes = [(p.code, p.index) for p in validate_votes(votes, 10, 3, meeting_id=1)]
    assert codes == [
        (VoteProblemCode.NEGATIVE_DOTS, 0),
        (VoteProblemCode.NO_TARGET, 1),
        (VoteProblemCode.TWO_TARGETS, 2),
        (VoteProblemCode.OTHER_MEETING, 3),
    ]
    assert [p.code for p in validate_votes([], -1, -2)] == [
        VoteProblemCode.NEGATIVE_VOTERS, VoteProblemCode.NEGATIVE_BUDGET
    ]


def test_tally_adds_entries_up_and_merged_duplicates_count_for_the_kept_one():
    votes = [v(2, contribution=1), v(3, theme=9), v(1, contribution=1), v(4, contribution=2), v(1, contribution=3)]
    assert tally(votes) == {VoteTarget(C, 1): 3, VoteTarget(T, 9): 3, VoteTarget(C, 2): 4, VoteTarget(C, 3): 1}
    merged = tally(votes, merged_into={2: 1, 3: 2, 1: None})
    assert merged == {VoteTarget(C, 1): 8, VoteTarget(T, 9): 3}


def test_tally_by_theme_counts_the_theme_and_its_contributions():
    contributions = [
        Contribution(id=1, theme_id=9), Contribution(id=2, theme_id=8), Contribution(id=3, merged_into_id=1),
        Contribution(id=4),
    ]
    votes = [v(2, contribution=1), v(3, theme=9), v(4, contribution=2), v(1, contribution=3), v(5, contribution=4)]
    assert tally_by_theme(votes, contributions) == {9: 6, 8: 4}


def test_ranking_keeps_ties_in_the_given_order_and_shares_places():
    totals = {"b": 5, "a": 5, "c": 7}
    ranked = rank(totals, order=["a", "b", "c", "d"])
    assert [(r.key, r.dots, r.place) for r in ranked] == [("c", 7, 1), ("a", 5, 2), ("b", 5, 2), ("d", 0, 4)]
    assert [r.key for r in rank(totals)] == ["c", "b", "a"]


@given(st.dictionaries(st.integers(0, 30), st.integers(0, 10)), st.permutations(list(range(31))))
def test_ranking_is_a_stable_sort(totals, order):
    ranked = rank(totals, order)
    assert [r.dots for r in ranked] == sorted((r.dots for r in ranked), reverse=True)
    position = {key: i for i, key in enumerate(order)}
    for first, second in zip(ranked, ranked[1:]):
        if first.dots == second.dots:
            assert position[first.key] < position[second.key]
            assert first.place == second.place
        else:
            assert second.place == ranked.index(second) + 1


@given(st.lists(st.integers(0, 20), max_size=10), st.integers(0, 40), st.integers(0, 5))
def test_totals_add_up(dots, voters, budget):
    votes = [v(d, contribution=i) for i, d in enumerate(dots, start=1)]
    assert sum(tally(votes).values()) == sum(dots)
    over = any(p.code == VoteProblemCode.OVER_ROOM_TOTAL for p in validate_votes(votes, voters, budget))
    assert over == (sum(dots) > voters * budget) == (dots_left(votes, voters, budget) < 0)


def test_suggested_voters_are_those_who_came_to_take_part():
    attendance = [
        AttendanceEntry(role="participant", status="attended"),
        AttendanceEntry(role="table_host", status="attended"),
        AttendanceEntry(role="moderator", status="attended"),
        AttendanceEntry(role="participant", status="absent"),
    ]
    assert suggested_voters(attendance) == 2
