"""The follow-up meeting: "Vad har ni gjort hittills?" (DOMAIN.md, "Meeting formats").

For a committee or follow-up meeting, the open measures agreed at earlier meetings are
reviewed one by one, grouped by ECCAR point. Overdue ones are flagged, never sorted first,
and nothing is ranked or totalled by department: the committee never ranks or shames
departments, so this module offers no league table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from .entities import Measure, MeasureStatusChange, Meeting, stored_id
from .measures import (
    ECCAR_POINT_NUMBERS,
    STATUS_ORDER,
    MissingField,
    StatusChangePlan,
    StatusChangeRefused,
    StatusCheck,
    allowed_transitions,
    deadline_of,
    is_open,
    is_overdue,
    latest_change,
    missing_for,
    parse_iso_date,
    plan_status_change,
)
from .vocabulary import MeasureStatus


def is_earlier(first: Meeting, second: Meeting) -> bool:
    """Whether ``first`` took place before ``second``: by date, then start time, then the
    meetings' order in the process. Without both dates, only the process order counts."""
    if first.id is not None and first.id == second.id:
        return False
    first_day, second_day = parse_iso_date(first.date), parse_iso_date(second.date)
    if first_day is not None and second_day is not None:
        if first_day != second_day:
            return first_day < second_day
        key = lambda m: (m.start_time, m.position, m.id or 0)  # noqa: E731
        return key(first) < key(second)
    return (first.position, first.id or 0) < (second.position, second.id or 0)


@dataclass(frozen=True)
class StatusOption:
    """A status the measure could move to at the meeting, and what it still lacks for it."""

    status: str
    missing: tuple[MissingField, ...] = ()

    @property
    def possible(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class ReviewItem:
    measure: Measure
    overdue: bool
    deadline: date | None
    last_change: MeasureStatusChange | None
    options: tuple[StatusOption, ...]  # the moves of the status machine, in status order
    missing_now: tuple[MissingField, ...] = ()  # what it lacks for its current status


@dataclass(frozen=True)
class ReviewGroup:
    eccar_point: int | None  # None: measures not yet placed under a point (shown last)
    items: tuple[ReviewItem, ...]


@dataclass(frozen=True)
class FollowUpReview:
    meeting_id: int | None
    as_of: date | None
    groups: tuple[ReviewGroup, ...]

    @property
    def items(self) -> list[ReviewItem]:
        return [item for group in self.groups for item in group.items]

    @property
    def open_count(self) -> int:
        return len(self.items)

    @property
    def overdue_count(self) -> int:
        return sum(1 for item in self.items if item.overdue)

    def item(self, measure_id: int) -> ReviewItem | None:
        return next((i for i in self.items if i.measure.id == measure_id), None)


def follow_up_review(
    meeting: Meeting,
    meetings: Iterable[Meeting],
    measures: Iterable[Measure],
    history: Iterable[MeasureStatusChange] = (),
    *,
    as_of: date | str | None = None,
    include_proposed: bool = True,
    include_without_origin: bool = True,
) -> FollowUpReview:
    """The measures to review at ``meeting``: open ones from meetings held before it.

    ``as_of`` is the day overdue is judged on (default: the meeting's date; with neither,
    nothing is flagged). Measures without a known meeting of origin (existing measures put
    straight into the plan) are reviewed too unless ``include_without_origin`` is False;
    proposals are left out when ``include_proposed`` is False. Within a point, measures
    follow the plan's order: track, then their position.
    """
    by_id = {m.id: m for m in meetings if m.id is not None}
    day = parse_iso_date(as_of) if as_of is not None else parse_iso_date(meeting.date)
    changes: dict[int, list[MeasureStatusChange]] = {}
    for change in history:
        changes.setdefault(change.measure_id, []).append(change)
    grouped: dict[int | None, list[ReviewItem]] = {}
    for measure in measures:
        if not is_open(measure):
            continue
        if not include_proposed and measure.status == MeasureStatus.PROPOSED:
            continue
        origin = by_id.get(measure.origin_meeting_id) if measure.origin_meeting_id is not None else None
        if origin is None:
            if not include_without_origin:
                continue
        elif not is_earlier(origin, meeting):
            continue
        item = ReviewItem(
            measure=measure,
            overdue=day is not None and is_overdue(measure, day),
            deadline=deadline_of(measure),
            last_change=latest_change(changes.get(stored_id(measure), [])),
            options=status_options(measure),
            missing_now=tuple(missing_for(measure)),
        )
        point = measure.eccar_point if measure.eccar_point in ECCAR_POINT_NUMBERS else None
        grouped.setdefault(point, []).append(item)
    order = [p for p in ECCAR_POINT_NUMBERS if p in grouped] + ([None] if None in grouped else [])
    groups = tuple(
        ReviewGroup(
            point,
            tuple(sorted(grouped[point], key=lambda i: (i.measure.track or 99, i.measure.position, i.measure.id or 0))),
        )
        for point in order
    )
    return FollowUpReview(meeting.id, day, groups)


def status_options(measure: Measure, *, reopen: bool = False) -> tuple[StatusOption, ...]:
    allowed = allowed_transitions(measure.status, reopen=reopen)
    return tuple(StatusOption(s, tuple(missing_for(measure, s))) for s in STATUS_ORDER if s in allowed)


@dataclass(frozen=True)
class ReviewDecision:
    """What the meeting agreed about one measure: a new status (or the same one, for a
    progress note), a note, and any field edits made at the same time."""

    measure_id: int
    status: str
    note: str = ""
    edits: Mapping[str, object] = field(default_factory=dict)
    reopen: bool = False


@dataclass(frozen=True)
class ReviewPlan:
    plans: tuple[StatusChangePlan, ...]
    refused: tuple[tuple[int, StatusCheck], ...]  # (measure id, why)
    unknown: tuple[int, ...] = ()  # decisions about measures that are not in the review

    @property
    def ok(self) -> bool:
        return not self.refused and not self.unknown


def plan_review_update(
    measure: Measure,
    meeting: Meeting,
    status: str,
    note: str = "",
    *,
    on: date | str | None = None,
    reopen: bool = False,
    edits: Mapping[str, object] | None = None,
) -> StatusChangePlan:
    """One measure's update, dated on the meeting's day (or ``on``) and linked to the meeting.
    Raises ``StatusChangeRefused``."""
    day = on if on is not None else meeting.date
    return plan_status_change(measure, status, day, note, meeting.id, reopen=reopen, edits=edits)


def plan_review_updates(
    review: FollowUpReview,
    meeting: Meeting,
    decisions: Sequence[ReviewDecision],
    *,
    on: date | str | None = None,
) -> ReviewPlan:
    """Plans for every decision; the refused ones are reported, not raised, so the minutes
    can list what still needs an owner, a department or a deadline."""
    plans, refused, unknown = [], [], []
    for decision in decisions:
        item = review.item(decision.measure_id)
        if item is None:
            unknown.append(decision.measure_id)
            continue
        try:
            plans.append(
                plan_review_update(
                    item.measure, meeting, decision.status, decision.note,
                    on=on, reopen=decision.reopen, edits=decision.edits,
                )
            )
        except StatusChangeRefused as refusal:
            refused.append((decision.measure_id, refusal.check))
    return ReviewPlan(tuple(plans), tuple(refused), tuple(unknown))

