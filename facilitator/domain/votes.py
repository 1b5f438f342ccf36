"""Dot votes in the harvest (skörd): checks, tallies and the ranking shown to the room.

The coordinator types in the dots per contribution or theme as counted in the room. Each
voter has the meeting's budget of dots (``Meeting.dot_budget``), so the room as a whole
cannot give more than voters × budget dots. Who gave which dot is never recorded.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from .entities import AttendanceEntry, Contribution, Vote
from .headcount import headcount

#: Roles whose holders vote in the room (the moderator, coordinator and note-taker lead it).


class TargetKind(StrEnum):
    CONTRIBUTION = "contribution"
    THEME = "theme"


@dataclass(frozen=True, order=True)
class VoteTarget:
    kind: TargetKind
    id: int


def target_of(vote: Vote) -> VoteTarget | None:
    """What a vote is for; None unless exactly one of contribution and theme is set."""
    if vote.contribution_id is not None and vote.theme_id is None:
        return VoteTarget(TargetKind.CONTRIBUTION, vote.contribution_id)
    if vote.theme_id is not None and vote.contribution_id is None:
        return VoteTarget(TargetKind.THEME, vote.theme_id)
    return None


class VoteProblemCode(StrEnum):
    NEGATIVE_VOTERS = "negative_voters"
    NEGATIVE_BUDGET = "negative_budget"
    NEGATIVE_DOTS = "negative_dots"
    NO_TARGET = "no_target"  # neither a contribution nor a theme
    TWO_TARGETS = "two_targets"  # both a contribution and a theme
    OTHER_MEETING = "other_meeting"
    OVER_ROOM_TOTAL = "over_room_total"  # more dots than voters × budget; numbers: (given, allowed)


@dataclass(frozen=True)
class VoteProblem:
    code: VoteProblemCode
    index: int | None = None  # the position of the vote in the list checked, if it is one vote
    numbers: tuple[int, ...] = ()


def room_total(voters: int, budget: int) -> int:
    """How many dots the room has to give."""
    return max(voters, 0) * max(budget, 0)


def given_dots(votes: Iterable[Vote]) -> int:
    return sum(max(vote.dots, 0) for vote in votes)


def dots_left(votes: Iterable[Vote], voters: int, budget: int) -> int:
    """Dots the room has not given yet; negative when too many were entered."""
    return room_total(voters, budget) - given_dots(votes)


def validate_votes(
    votes: Sequence[Vote], voters: int, budget: int, meeting_id: int | None = None
) -> list[VoteProblem]:
    """Problems with the votes entered for one meeting (empty when all is well)."""
    problems = []
    if voters < 0:
        problems.append(VoteProblem(VoteProblemCode.NEGATIVE_VOTERS))
    if budget < 0:
        problems.append(VoteProblem(VoteProblemCode.NEGATIVE_BUDGET))
    for index, vote in enumerate(votes):
        if vote.dots < 0:
            problems.append(VoteProblem(VoteProblemCode.NEGATIVE_DOTS, index))
        if vote.contribution_id is None and vote.theme_id is None:
            problems.append(VoteProblem(VoteProblemCode.NO_TARGET, index))
        elif vote.contribution_id is not None and vote.theme_id is not None:
            problems.append(VoteProblem(VoteProblemCode.TWO_TARGETS, index))
        if meeting_id is not None and vote.meeting_id != meeting_id:
            problems.append(VoteProblem(VoteProblemCode.OTHER_MEETING, index))
    given, allowed = given_dots(votes), room_total(voters, budget)
    if given > allowed:
        problems.append(VoteProblem(VoteProblemCode.OVER_ROOM_TOTAL, None, (given, allowed)))
    return problems


def max_dots_for(votes: Sequence[Vote], replaced_index: int | None, voters: int, budget: int) -> int:
    """The most dots one entry may hold without the room going over its total.

    ``replaced_index`` is the entry being edited (its current dots are freed), or None for
    a new entry. Useful as a spin box maximum.
    """
    others = given_dots(v for i, v in enumerate(votes) if i != replaced_index)
    return max(room_total(voters, budget) - others, 0)


def suggested_voters(attendance: Iterable[AttendanceEntry]) -> int:
    """A default for the number of voters: the meeting's participants (domain.headcount:
    participants and table hosts; those who attended once attendance is taken)."""
    return headcount(attendance).taking_part


# -- tallies ------------------------------------------------------------------------------------


def _kept(contribution_id: int, merged_into: Mapping[int, int | None]) -> int:
    seen = {contribution_id}
    while (target := merged_into.get(contribution_id)) is not None and target not in seen:
        seen.add(target)
        contribution_id = target
    return contribution_id


def tally(votes: Iterable[Vote], *, merged_into: Mapping[int, int | None] | None = None) -> dict[VoteTarget, int]:
    """Dots per contribution or theme, in the order each first got a vote.

    With ``merged_into`` (contribution id → the id it was merged into, as in
    ``Contribution.merged_into_id``), dots on a merged duplicate count for the kept one.
    Votes without a single target are skipped (``validate_votes`` reports them).
    """
    totals: dict[VoteTarget, int] = {}
    for vote in votes:
        target = target_of(vote)
        if target is None:
            continue
        if merged_into and target.kind == TargetKind.CONTRIBUTION:
            target = VoteTarget(TargetKind.CONTRIBUTION, _kept(target.id, merged_into))
        totals[target] = totals.get(target, 0) + max(vote.dots, 0)
    return totals


def merged_into_map(contributions: Iterable[Contribution]) -> dict[int, int | None]:
    return {c.id: c.merged_into_id for c in contributions if c.id is not None}


def tally_by_theme(votes: Iterable[Vote], contributions: Iterable[Contribution]) -> dict[int, int]:
    """Dots per theme: votes for the theme itself plus votes for its contributions (a merged
    duplicate counts for the theme of the contribution it was merged into)."""
    contributions = list(contributions)
    theme_of = {c.id: c.theme_id for c in contributions}
    totals: dict[int, int] = {}
    for target, dots in tally(votes, merged_into=merged_into_map(contributions)).items():
        theme_id = target.id if target.kind == TargetKind.THEME else theme_of.get(target.id)
        if theme_id is not None:
            totals[theme_id] = totals.get(theme_id, 0) + dots
    return totals


# -- ranking ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ranked:
    key: Hashable
    dots: int
    place: int  # 1-based; equal dots share a place (1, 2, 2, 4)


def rank(totals: Mapping[Hashable, int], order: Sequence[Hashable] | None = None) -> list[Ranked]:
    """Most dots first. Ties keep ``order`` (for instance the harvest's own order), which
    also brings in items without dots; keys not in ``order`` follow in ``totals`` order."""
    keys = list(dict.fromkeys(order)) if order is not None else []
    listed = set(keys)
    keys += [key for key in totals if key not in listed]
    ordered = sorted(keys, key=lambda key: -totals.get(key, 0))  # stable: ties keep their order
    ranked: list[Ranked] = []
    for position, key in enumerate(ordered, start=1):
        dots = totals.get(key, 0)
        place = ranked[-1].place if ranked and ranked[-1].dots == dots else position
        ranked.append(Ranked(key, dots, place))
    return ranked
