"""The rules of a self-assessment against a framework's key factors (no Qt, no SQL).

Each key factor of the assessment's scope gets a rating: stämmer, delvis, stämmer inte, or
ej bedömd. A rating stays *preliminary* until evidence is attached to its theme or the
coordinator confirms it. A later assessment compares itself with an earlier one (its
baseline), factor by factor.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from .vocabulary import QT_TRANSLATE_NOOP


class Rating(StrEnum):
    TRUE = "true"  # stämmer
    PARTLY = "partly"  # delvis
    NOT_TRUE = "not_true"  # stämmer inte
    NOT_ASSESSED = "not_assessed"  # ej bedömd


RATING_LABELS = {
    Rating.TRUE: QT_TRANSLATE_NOOP("Assessment", "True"),
    Rating.PARTLY: QT_TRANSLATE_NOOP("Assessment", "Partly"),
    Rating.NOT_TRUE: QT_TRANSLATE_NOOP("Assessment", "Not true"),
    Rating.NOT_ASSESSED: QT_TRANSLATE_NOOP("Assessment", "Not assessed"),
}

# How far a key factor is in place: higher is better; "not assessed" has no place.
_LEVEL = {Rating.NOT_TRUE: 0, Rating.PARTLY: 1, Rating.TRUE: 2}

#: The ratings that are gaps: a goal can be made from them.
GAPS = (Rating.PARTLY, Rating.NOT_TRUE)


class Mode(StrEnum):
    INTERNAL = "internal"
    PEER_REVIEW = "peer_review"
    PLAN = "plan"


MODE_LABELS = {
    Mode.INTERNAL: QT_TRANSLATE_NOOP("Assessment", "Internal evaluation"),
    Mode.PEER_REVIEW: QT_TRANSLATE_NOOP("Assessment", "Peer review"),
    Mode.PLAN: QT_TRANSLATE_NOOP("Assessment", "Preparing an action plan"),
}


class MemberRole(StrEnum):
    EVALUATION_GROUP = "evaluation_group"
    PEER = "peer"
    LEAD_EXPERT = "lead_expert"
    STAKEHOLDER = "stakeholder"


MEMBER_ROLE_LABELS = {
    MemberRole.EVALUATION_GROUP: QT_TRANSLATE_NOOP("Assessment", "Evaluation group"),
    MemberRole.PEER: QT_TRANSLATE_NOOP("Assessment", "Colleague from another city"),
    MemberRole.LEAD_EXPERT: QT_TRANSLATE_NOOP("Assessment", "Lead expert"),
    MemberRole.STAKEHOLDER: QT_TRANSLATE_NOOP("Assessment", "Stakeholder"),
}


class Decision(StrEnum):
    NONE = ""
    CONSENSUS = "consensus"
    VOTE = "vote"
    COORDINATOR = "coordinator"


DECISION_LABELS = {
    Decision.NONE: QT_TRANSLATE_NOOP("Assessment", "Not decided"),
    Decision.CONSENSUS: QT_TRANSLATE_NOOP("Assessment", "Consensus"),
    Decision.VOTE: QT_TRANSLATE_NOOP("Assessment", "Vote"),
    Decision.COORDINATOR: QT_TRANSLATE_NOOP("Assessment", "Coordinator decided"),
}


class EvidenceKind(StrEnum):
    """The toolkit's written sources and visits (seed 001 L69-72), and the app's own minutes."""

    MINUTES = "minutes"  # protokoll
    INFORMATION_MEETING = "information_meeting"
    ANNUAL_REPORT = "annual_report"
    MONITORING_DATA = "monitoring_data"
    PRESS_RELEASE = "press_release"
    INTERVIEW = "interview"
    FOCUS_GROUP = "focus_group"
    MEETING_MINUTES = "meeting_minutes"  # the minutes of a meeting of this process
    OTHER = "other"


EVIDENCE_KIND_LABELS = {
    EvidenceKind.MINUTES: QT_TRANSLATE_NOOP("Assessment", "Minutes"),
    EvidenceKind.INFORMATION_MEETING: QT_TRANSLATE_NOOP("Assessment", "Information meeting"),
    EvidenceKind.ANNUAL_REPORT: QT_TRANSLATE_NOOP("Assessment", "Annual report"),
    EvidenceKind.MONITORING_DATA: QT_TRANSLATE_NOOP("Assessment", "Monitoring data"),
    EvidenceKind.PRESS_RELEASE: QT_TRANSLATE_NOOP("Assessment", "Press release"),
    EvidenceKind.INTERVIEW: QT_TRANSLATE_NOOP("Assessment", "Interview"),
    EvidenceKind.FOCUS_GROUP: QT_TRANSLATE_NOOP("Assessment", "Focus group"),
    EvidenceKind.MEETING_MINUTES: QT_TRANSLATE_NOOP("Assessment", "Minutes of a meeting in this process"),
    EvidenceKind.OTHER: QT_TRANSLATE_NOOP("Assessment", "Other"),
}

#: Kinds whose notes are kept whole (the peer review saves all information from interviews).
NOTES_KEPT_WHOLE = (EvidenceKind.INTERVIEW, EvidenceKind.FOCUS_GROUP)


class ClosedAnswer(StrEnum):
    NONE = ""
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


CLOSED_ANSWER_LABELS = {
    ClosedAnswer.NONE: QT_TRANSLATE_NOOP("Assessment", "Not answered"),
    ClosedAnswer.YES: QT_TRANSLATE_NOOP("Assessment", "Yes"),
    ClosedAnswer.PARTLY: QT_TRANSLATE_NOOP("Assessment", "Partly"),
    ClosedAnswer.NO: QT_TRANSLATE_NOOP("Assessment", "No"),
}


def rating_of(value: str) -> Rating:
    """A stored rating; an unknown one (a newer file) counts as not assessed."""
    try:
        return Rating(value)
    except ValueError:
        return Rating.NOT_ASSESSED


def is_preliminary(rating: str, confirmed: bool, evidence_count: int) -> bool:
    """A rating is preliminary until evidence is attached or the coordinator confirms it;
    "not assessed" is no rating at all, so it is never preliminary."""
    if rating_of(rating) is Rating.NOT_ASSESSED:
        return False
    return not confirmed and evidence_count == 0


def is_gap(rating: str) -> bool:
    return rating_of(rating) in GAPS


class Status(StrEnum):
    """How a key factor stands, as a list shows it."""

    NOT_ASSESSED = "not_assessed"
    PRELIMINARY = "preliminary"
    SETTLED = "settled"  # evidence attached or confirmed


def status(rating: str, confirmed: bool, evidence_count: int) -> Status:
    if rating_of(rating) is Rating.NOT_ASSESSED:
        return Status.NOT_ASSESSED
    return Status.PRELIMINARY if is_preliminary(rating, confirmed, evidence_count) else Status.SETTLED


def parse_scope(scope: str) -> tuple[int, ...]:
    """A stored scope ("1,2,13") as theme numbers; "" is every theme."""
    numbers = []
    for part in scope.split(","):
        part = part.strip()
        if part.isdigit() and int(part) not in numbers:
            numbers.append(int(part))
    return tuple(sorted(numbers))


def format_scope(numbers: Iterable[int], all_numbers: Iterable[int]) -> str:
    """The stored form of a scope: "" when it is every theme."""
    chosen = sorted(set(numbers))
    return "" if set(chosen) >= set(all_numbers) else ",".join(str(n) for n in chosen)


def themes_in_scope(scope: str, all_numbers: Iterable[int]) -> tuple[int, ...]:
    everything = tuple(all_numbers)
    chosen = parse_scope(scope)
    if not chosen:
        return everything
    return tuple(n for n in everything if n in chosen)


# -- change over time ------------------------------------------------------------------------

class Change(StrEnum):
    BETTER = "better"
    WORSE = "worse"
    SAME = "same"
    NEW = "new"  # assessed now, not in the baseline
    NOT_ASSESSED = "not_assessed"  # not assessed now


CHANGE_LABELS = {
    Change.BETTER: QT_TRANSLATE_NOOP("Assessment", "Better than the baseline"),
    Change.WORSE: QT_TRANSLATE_NOOP("Assessment", "Worse than the baseline"),
    Change.SAME: QT_TRANSLATE_NOOP("Assessment", "Same as the baseline"),
    Change.NEW: QT_TRANSLATE_NOOP("Assessment", "Not in the baseline"),
    Change.NOT_ASSESSED: QT_TRANSLATE_NOOP("Assessment", "Not assessed now"),
}


@dataclass(frozen=True)
class FactorChange:
    theme: int
    before: Rating
    after: Rating
    change: Change


def compare(current: Mapping[int, str], baseline: Mapping[int, str]) -> list[FactorChange]:
    """Each key factor of ``current`` (theme number: rating) against ``baseline``, in theme order."""
    out = []
    for theme in sorted(current):
        after = rating_of(current[theme])
        before = rating_of(baseline.get(theme, Rating.NOT_ASSESSED))
        if after is Rating.NOT_ASSESSED:
            change = Change.NOT_ASSESSED
        elif before is Rating.NOT_ASSESSED:
            change = Change.NEW
        elif _LEVEL[after] > _LEVEL[before]:
            change = Change.BETTER
        elif _LEVEL[after] < _LEVEL[before]:
            change = Change.WORSE
        else:
            change = Change.SAME
        out.append(FactorChange(theme, before, after, change))
    return out


def summary(ratings: Iterable[str]) -> dict[Rating, int]:
    """How many key factors have each rating."""
    counts = dict.fromkeys(Rating, 0)
    for value in ratings:
        counts[rating_of(value)] += 1
    return counts


@dataclass(frozen=True)
class KeyFactorState:
    """One key factor of an assessment as lists and documents show it (and as the plan offers
    "make a goal" from a gap): the theme, its statement, the rating and how settled it is."""

    assessment_id: int
    theme: int
    title: str
    statement: str
    rating: Rating
    confirmed: bool
    evidence_count: int
    rating_id: int | None = None

    @property
    def preliminary(self) -> bool:
        return is_preliminary(self.rating, self.confirmed, self.evidence_count)

    @property
    def gap(self) -> bool:
        return self.rating in GAPS

    @property
    def status(self) -> Status:
        return status(self.rating, self.confirmed, self.evidence_count)
