"""Measures (åtgärder): the status machine, what a measure lacks, and field validation.

The status moves förslag → beslutad → pågående → klar, or to avbruten (DOMAIN.md, "What is
captured"). A measure cannot be decided, ongoing or done without a title, a responsible
contact person (ansvarig), a responsible department (förvaltning) and a deadline or a time
frame: the toolkit's lesson is that a measure without a named owner is not carried out.

Allowed moves (``TRANSITIONS``)::

    proposed  → decided, cancelled
    decided   → proposed (back-step: the decision was premature), ongoing, done, cancelled
    ongoing   → decided (back-step: paused or started by mistake), done, cancelled
    done      → (closed)
    cancelled → (closed)

Closed measures stay closed. Only an explicit reopen (``reopen=True``, ``REOPEN``) moves them:
done → ongoing (the result did not hold) and cancelled → proposed (taken up again), and a
reopened measure must again have every required field for the state it enters.

Recording the same status again is allowed at any time: it is a progress note (lägesrapport)
in the dated history, e.g. at a follow-up meeting ("Vad har ni gjort hittills?").

Everything here returns codes, never sentences: the UI words them. No Qt, no SQL.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .entities import Measure, MeasureStatusChange
from .vocabulary import ECCAR_POINTS, TRACKS, MeasureStatus

# -- vocabularies of the measure's own fields ---------------------------------------------


class AimedAt(StrEnum):
    """Who a measure is aimed at: the "official" city or the private sector (003:434-435)."""

    OWN_ORGANISATION = "own_organisation"
    PRIVATE_SECTOR = "private_sector"
    BOTH = "both"


class Term(StrEnum):
    SHORT = "short"
    LONG = "long"


ECCAR_POINT_NUMBERS: tuple[int, ...] = tuple(sorted(ECCAR_POINTS))  # 1..10
TRACK_NUMBERS: tuple[int, ...] = tuple(sorted(TRACKS))  # 1..4

# -- the status machine -------------------------------------------------------------------

S = MeasureStatus

OPEN_STATUSES: frozenset[str] = frozenset({S.PROPOSED, S.DECIDED, S.ONGOING})
CLOSED_STATUSES: frozenset[str] = frozenset({S.DONE, S.CANCELLED})

#: The states that need an owner, a department and a deadline or time frame.
COMMITTED_STATUSES: frozenset[str] = frozenset({S.DECIDED, S.ONGOING, S.DONE})

TRANSITIONS: Mapping[str, frozenset[str]] = {
    S.PROPOSED: frozenset({S.DECIDED, S.CANCELLED}),
    S.DECIDED: frozenset({S.PROPOSED, S.ONGOING, S.DONE, S.CANCELLED}),
    S.ONGOING: frozenset({S.DECIDED, S.DONE, S.CANCELLED}),
    S.DONE: frozenset(),
    S.CANCELLED: frozenset(),
}

#: The only ways out of a closed state, and only when asked for explicitly.
REOPEN: Mapping[str, frozenset[str]] = {
    S.DONE: frozenset({S.ONGOING}),
    S.CANCELLED: frozenset({S.PROPOSED}),
}

#: The order statuses are shown in (a pick list, a legend).
STATUS_ORDER: tuple[str, ...] = (S.PROPOSED, S.DECIDED, S.ONGOING, S.DONE, S.CANCELLED)


class MissingField(StrEnum):
    """A field a measure needs before it can be decided (or later)."""

    TITLE = "title"
    OWNER = "owner"  # ansvarig kontaktperson
    DEPARTMENT = "department"  # ansvarig förvaltning
    DEADLINE = "deadline"  # klart senast (due_date) or a time frame (time_frame)


class Refusal(StrEnum):
    """Why a status change is refused."""

    UNKNOWN_STATUS = "unknown_status"
    NOT_ALLOWED = "not_allowed"  # not a move of the status machine
    CLOSED = "closed"  # done/cancelled, and no reopen was asked for (or it cannot go there)
    MISSING_FIELDS = "missing_fields"
    UNKNOWN_FIELD = "unknown_field"  # an edit names a field a measure does not have
    STALE = "stale"  # the stored measure changed since the plan was made


def is_open(measure: Measure) -> bool:
    return measure.status in OPEN_STATUSES


def is_closed(measure: Measure) -> bool:
    return measure.status in CLOSED_STATUSES


def allowed_transitions(status: str, *, reopen: bool = False) -> frozenset[str]:
    """The statuses ``status`` may move to (not counting a progress note on itself)."""
    allowed = TRANSITIONS.get(status, frozenset())
    if reopen:
        allowed = allowed | REOPEN.get(status, frozenset())
    return allowed


def is_transition_allowed(current: str, new: str, *, reopen: bool = False) -> bool:
    if current not in TRANSITIONS or new not in TRANSITIONS:
        return False
    return new == current or new in allowed_transitions(current, reopen=reopen)


def missing_for(measure: Measure, status: str | None = None) -> list[MissingField]:
    """What ``measure`` lacks to be in ``status`` (its own status by default), in form order.

    Empty for proposed and cancelled: a proposal may be vague, and a cancelled measure needs
    nothing more.
    """
    status = measure.status if status is None else status
    if status not in COMMITTED_STATUSES:
        return []
    missing = []
    if not measure.title.strip():
        missing.append(MissingField.TITLE)
    if not measure.owner.strip():
        missing.append(MissingField.OWNER)
    if not measure.department.strip():
        missing.append(MissingField.DEPARTMENT)
    if not (measure.due_date.strip() or measure.time_frame.strip()):
        missing.append(MissingField.DEADLINE)
    return missing


# -- deadlines ----------------------------------------------------------------------------

_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d|21\d\d)(?!\d)")
_YEAR_MONTH = re.compile(r"^\s*(\d{4})-(\d{2})\s*$")


def parse_iso_date(text: str | date | None) -> date | None:
    if isinstance(text, date):
        return text
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):  # AttributeError: not a string after all
        return None


def deadline_of(measure: Measure) -> date | None:
    """The last day the measure should be done by, if it can be read from the measure.

    ``due_date`` (ISO) wins. Otherwise the time frame is read leniently, so nobody is flagged
    too early: an ISO date, "2027-06" (the month's last day), or text naming years such as
    "hösten 2027" or "2027–2029" (31 December of the latest year). Anything else: None.
    """
    due = parse_iso_date(measure.due_date)
    if due is not None:
        return due
    frame = measure.time_frame
    if not frame.strip():
        return None
    exact = parse_iso_date(frame)
    if exact is not None:
        return exact
    month = _YEAR_MONTH.match(frame)
    if month:
        year, number = int(month.group(1)), int(month.group(2))
        if 1 <= number <= 12:
            return date(year, number, calendar.monthrange(year, number)[1])
    years = [int(y) for y in _YEAR.findall(frame)]
    if years:
        return date(max(years), 12, 31)
    return None


def is_overdue(measure: Measure, today: date | str) -> bool:
    """Open, with a readable deadline that lies before ``today``."""
    day = parse_iso_date(today)
    if day is None or not is_open(measure):
        return False
    deadline = deadline_of(measure)
    return deadline is not None and deadline < day


# -- field validation -----------------------------------------------------------------------


class ProblemCode(StrEnum):
    OUT_OF_RANGE = "out_of_range"  # eccar_point 1..10, track 1..4
    UNKNOWN_VALUE = "unknown_value"  # aimed_at, term, status
    NOT_A_DATE = "not_a_date"  # due_date must be an ISO date (YYYY-MM-DD) when given
    IS_COORDINATOR = "is_coordinator"  # the coordinator is never the owner (003:693-695)


@dataclass(frozen=True)
class MeasureProblem:
    field: str
    code: ProblemCode


def validate_measure(measure: Measure, coordinator_names: Sequence[str] = ()) -> list[MeasureProblem]:
    """Field values that are not allowed, whatever the status. Missing fields are separate
    (``missing_for``). Baseline, target and result are free text: a target is not a quota."""
    problems = []
    if measure.eccar_point is not None and measure.eccar_point not in ECCAR_POINT_NUMBERS:
        problems.append(MeasureProblem("eccar_point", ProblemCode.OUT_OF_RANGE))
    if measure.track is not None and measure.track not in TRACK_NUMBERS:
        problems.append(MeasureProblem("track", ProblemCode.OUT_OF_RANGE))
    if measure.aimed_at not in set(AimedAt):
        problems.append(MeasureProblem("aimed_at", ProblemCode.UNKNOWN_VALUE))
    if measure.term not in set(Term):
        problems.append(MeasureProblem("term", ProblemCode.UNKNOWN_VALUE))
    if measure.status not in TRANSITIONS:
        problems.append(MeasureProblem("status", ProblemCode.UNKNOWN_VALUE))
    if measure.due_date.strip() and parse_iso_date(measure.due_date) is None:
        problems.append(MeasureProblem("due_date", ProblemCode.NOT_A_DATE))
    owner = measure.owner.strip().casefold()
    if owner and any(owner == name.strip().casefold() for name in coordinator_names if name.strip()):
        problems.append(MeasureProblem("owner", ProblemCode.IS_COORDINATOR))
    return problems


# -- planning a status change ---------------------------------------------------------------


@dataclass(frozen=True)
class StatusCheck:
    allowed: bool
    refusal: Refusal | None = None
    missing: tuple[MissingField, ...] = ()


class StatusChangeRefused(ValueError):
    def __init__(self, check: StatusCheck):
        super().__init__(f"{check.refusal}: {', '.join(check.missing)}" if check.missing else str(check.refusal))
        self.check = check


@dataclass(frozen=True)
class StatusChangePlan:
    """What to write for one status change: a history row and the measure's new values.

    ``changes`` always holds ``status`` and any edits made in the same step (for instance
    the owner typed in just before deciding). The history row has no id yet.
    """

    measure_id: int | None
    previous_status: str
    status: str
    changes: dict = field(default_factory=dict)
    history: MeasureStatusChange = field(default_factory=MeasureStatusChange)
    reopen: bool = False

    @property
    def is_note_only(self) -> bool:
        return self.status == self.previous_status and set(self.changes) == {"status"}


def check_status_change(
    measure: Measure, status: str, *, reopen: bool = False, edits: Mapping[str, object] | None = None
) -> StatusCheck:
    """Whether ``measure`` (with ``edits`` applied) may move to ``status``."""
    edits = dict(edits or {})
    editable = set(Measure.field_names()) - {"id", "status"}
    if set(edits) - editable:
        return StatusCheck(False, Refusal.UNKNOWN_FIELD)
    if status not in TRANSITIONS or measure.status not in TRANSITIONS:
        return StatusCheck(False, Refusal.UNKNOWN_STATUS)
    current = measure.status
    if status != current and status not in allowed_transitions(current, reopen=reopen):
        refusal = Refusal.CLOSED if current in CLOSED_STATUSES else Refusal.NOT_ALLOWED
        return StatusCheck(False, refusal)
    if status == current and not edits:
        return StatusCheck(True)  # a progress note changes nothing on the measure
    missing = tuple(missing_for(measure.with_changes(**edits), status))
    if missing:
        return StatusCheck(False, Refusal.MISSING_FIELDS, missing)
    return StatusCheck(True)


def plan_status_change(
    measure: Measure,
    status: str,
    on: date | str,
    note: str = "",
    meeting_id: int | None = None,
    *,
    reopen: bool = False,
    edits: Mapping[str, object] | None = None,
) -> StatusChangePlan:
    """Plans moving ``measure`` to ``status`` on the day ``on``; raises StatusChangeRefused.

    ``meeting_id`` is the (follow-up) meeting where the change was agreed, if any.
    """
    check = check_status_change(measure, status, reopen=reopen, edits=edits)
    if not check.allowed:
        raise StatusChangeRefused(check)
    day = on.isoformat() if isinstance(on, date) else str(on)
    changes = {**dict(edits or {}), "status": status}
    history = MeasureStatusChange(
        measure_id=measure.id or 0, status=status, date=day, note=note, meeting_id=meeting_id
    )
    return StatusChangePlan(measure.id, measure.status, status, changes, history, reopen)


def latest_change(history: list[MeasureStatusChange] | tuple[MeasureStatusChange, ...]) -> MeasureStatusChange | None:
    """The most recent entry of one measure's history (by date, then by id)."""
    if not history:
        return None
    return max(history, key=lambda change: (change.date, change.id or 0))
