"""Remiss: the draft plan sent for comments to organisations (föreningar, fack, arbetsgivare,
råd; 003:500-504), their replies, and how each remark (synpunkt) was handled.

A round is sent on a date with a reply deadline (svar senast) after it. Each recipient
(remissinstans) answers with remarks, declines to comment ("avstår"), or does not answer.
Each remark is on a measure or on the plan in general, and is handled: accepted (beaktas),
partly (beaktas delvis) or not accepted (beaktas inte), always with a motivation; an
accepted or partly accepted remark may name the measure it led to changing.

The rules return codes, never sentences (the UI words them). ``summarise`` is the read
model of the remissammanställning. Recipients are listed, never ranked, and departments
are never compared (DOMAIN.md). No Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .entities import Measure, RemissRecipient, RemissRemark, RemissReply, RemissRound
from .swedish import sort_text
from .vocabulary import QT_TRANSLATE_NOOP


class RecipientKind(StrEnum):
    ASSOCIATION = "association"  # förening, ideell organisation
    UNION = "union"
    EMPLOYER = "employer"  # arbetsgivare, näringsliv
    ADVISORY_BOARD = "advisory_board"
    PUBLIC_BODY = "public_body"  # myndighet, kommunal verksamhet
    OTHER = "other"


RECIPIENT_KIND_LABELS = {
    RecipientKind.ASSOCIATION: QT_TRANSLATE_NOOP("Vocabulary", "Association or NGO"),
    RecipientKind.UNION: QT_TRANSLATE_NOOP("Vocabulary", "Trade union"),
    RecipientKind.EMPLOYER: QT_TRANSLATE_NOOP("Vocabulary", "Employer or business"),
    RecipientKind.ADVISORY_BOARD: QT_TRANSLATE_NOOP("Vocabulary", "Advisory board"),
    RecipientKind.PUBLIC_BODY: QT_TRANSLATE_NOOP("Vocabulary", "Public body"),
    RecipientKind.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

#: The register's participant categories, as the kind of recipient their organisation is.
KIND_OF_CATEGORY = {
    "civil_society": RecipientKind.ASSOCIATION,
    "ngo": RecipientKind.ASSOCIATION,
    "union": RecipientKind.UNION,
    "business": RecipientKind.EMPLOYER,
    "advisory_board": RecipientKind.ADVISORY_BOARD,
    "official": RecipientKind.PUBLIC_BODY,
}


class ReplyOutcome(StrEnum):
    ANSWERED = "answered"
    DECLINED = "declined"  # avstår från att yttra sig


class Handling(StrEnum):
    NONE = ""
    ACCEPTED = "accepted"  # beaktas
    PARTLY = "partly"  # beaktas delvis
    REJECTED = "rejected"  # beaktas inte


HANDLING_LABELS = {
    Handling.NONE: QT_TRANSLATE_NOOP("Vocabulary", "Not handled yet"),
    Handling.ACCEPTED: QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
    Handling.PARTLY: QT_TRANSLATE_NOOP("Vocabulary", "Partly accepted"),
    Handling.REJECTED: QT_TRANSLATE_NOOP("Vocabulary", "Not accepted"),
}

#: The handlings after which a measure may have been changed.
CHANGING = frozenset({Handling.ACCEPTED, Handling.PARTLY})


class Problem(StrEnum):
    BAD_DATE = "bad_date"  # not YYYY-MM-DD
    DEADLINE_NOT_AFTER_SENT = "deadline_not_after_sent"
    NOT_SENT = "not_sent"  # a reply before the round has a sent date
    REPLY_BEFORE_SENT = "reply_before_sent"
    REPLIES_BEFORE_SENT = "replies_before_sent"  # a new sent date after replies already received
    NO_NAME = "no_name"
    DUPLICATE_RECIPIENT = "duplicate_recipient"
    EMPTY_REMARK = "empty_remark"
    DECLINED_HAS_REMARKS = "declined_has_remarks"
    REMARK_ON_DECLINED = "remark_on_declined"
    BAD_HANDLING = "bad_handling"
    BAD_KIND = "bad_kind"
    CHANGE_NEEDS_ACCEPTANCE = "change_needs_acceptance"  # a not-accepted remark changes no measure


def clean(text: str) -> str:
    return " ".join((text or "").split())


def parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        return None


def check_date(text: str) -> Problem | None:
    """"" is allowed (not yet); anything else must be a date."""
    if text.strip() and parse_day(text) is None:
        return Problem.BAD_DATE
    return None


def check_round_dates(sent: str, deadline: str, replies: Iterable[str] = ()) -> list[Problem]:
    """The dates of a round: each a date or empty, the deadline after the sending, and no
    reply already recorded before the sending."""
    problems = [p for p in (check_date(sent), check_date(deadline)) if p is not None]
    if problems:
        return problems[:1]
    sent_day, deadline_day = parse_day(sent), parse_day(deadline)
    if sent_day and deadline_day and deadline_day <= sent_day:
        problems.append(Problem.DEADLINE_NOT_AFTER_SENT)
    if sent_day and any(d and d < sent_day for d in map(parse_day, replies)):
        problems.append(Problem.REPLIES_BEFORE_SENT)
    return problems


def check_reply(round_: RemissRound, outcome: str, received: str, remark_count: int = 0) -> list[Problem]:
    """A reply: the round was sent, the reply came on or after that day, and a recipient who
    declines has no remarks."""
    if outcome not in tuple(ReplyOutcome):
        return [Problem.BAD_KIND]
    sent = parse_day(round_.sent_date)
    if sent is None:
        return [Problem.NOT_SENT]
    if check_date(received) is not None or not received.strip():
        return [Problem.BAD_DATE]
    problems = []
    if parse_day(received) < sent:  # type: ignore[operator]
        problems.append(Problem.REPLY_BEFORE_SENT)
    if outcome == ReplyOutcome.DECLINED and remark_count:
        problems.append(Problem.DECLINED_HAS_REMARKS)
    return problems


def check_recipient(name: str, organisation_id: int | None, kind: str,
                    existing: Iterable[RemissRecipient], organisation_names: Mapping[int, str]) -> list[Problem]:
    """A new recipient of a round: a name, a known kind, and not already on the list (the same
    organisation, or the same name in any case)."""
    problems = []
    shown = clean(organisation_names.get(organisation_id, "") if organisation_id else name) or clean(name)
    if not shown:
        problems.append(Problem.NO_NAME)
    if kind not in tuple(RecipientKind):
        problems.append(Problem.BAD_KIND)
    for other in existing:
        same_organisation = organisation_id is not None and other.organisation_id == organisation_id
        other_name = organisation_names.get(other.organisation_id, "") if other.organisation_id else other.name
        if same_organisation or (shown and clean(other_name or other.name).casefold() == shown.casefold()):
            problems.append(Problem.DUPLICATE_RECIPIENT)
            break
    return problems


def check_handling(handling: str, changed_measure_id: int | None) -> list[Problem]:
    if handling not in tuple(Handling):
        return [Problem.BAD_HANDLING]
    if changed_measure_id is not None and handling not in CHANGING:
        return [Problem.CHANGE_NEEDS_ACCEPTANCE]
    return []


class RemarkState(StrEnum):
    OPEN = "open"  # not handled yet
    NO_MOTIVATION = "no_motivation"  # a handling, but no motivation: not handled in the summary
    HANDLED = "handled"


def remark_state(remark: RemissRemark) -> RemarkState:
    """A remark counts as handled only with a handling and a motivation."""
    if not remark.handling:
        return RemarkState.OPEN
    if not remark.motivation.strip():
        return RemarkState.NO_MOTIVATION
    return RemarkState.HANDLED


# -- the summary (remissammanställning) ----------------------------------------------------------


class ReplyState(StrEnum):
    ANSWERED = "answered"
    LATE = "late"  # answered after the deadline
    DECLINED = "declined"
    WAITING = "waiting"  # no reply, deadline not passed (or none set)
    NO_REPLY = "no_reply"  # no reply, and the deadline has passed


#: Plan stages after the remiss: a recipient who has not replied by then has not replied.
STAGES_AFTER_REMISS = frozenset({"approved", "adopted"})


def reply_state(round_: RemissRound, reply: RemissReply | None, today: date | None = None,
                closed: bool = False) -> ReplyState:
    """``closed``: the remiss is over (the plan has moved on), whatever the date."""
    if reply is None:
        deadline = parse_day(round_.reply_deadline)
        over = closed or (deadline is not None and (today or date.today()) > deadline)
        return ReplyState.NO_REPLY if over else ReplyState.WAITING
    if reply.outcome == ReplyOutcome.DECLINED:
        return ReplyState.DECLINED
    deadline, received = parse_day(round_.reply_deadline), parse_day(reply.received_date)
    if deadline and received and received > deadline:
        return ReplyState.LATE
    return ReplyState.ANSWERED


@dataclass(frozen=True)
class RecipientLine:
    recipient: RemissRecipient
    name: str
    reply: RemissReply | None
    state: ReplyState
    remarks: int


@dataclass(frozen=True)
class RemarkLine:
    remark: RemissRemark
    recipient: str
    state: RemarkState
    changed: str = ""  # "3.1 Title" of the measure it changed


@dataclass
class RemarkGroup:
    """The remarks on one measure ("3.1 Title"), on the plan in general (``measure_id`` None,
    ``general``), or on a measure no longer in the plan (``removed``)."""

    heading: str
    measure_id: int | None = None
    general: bool = False
    removed: bool = False
    remarks: list[RemarkLine] = field(default_factory=list)


@dataclass
class RemissSummary:
    round: RemissRound
    recipients: list[RecipientLine]
    groups: list[RemarkGroup]

    def count(self, *states: ReplyState) -> int:
        return sum(1 for line in self.recipients if line.state in states)

    @property
    def remarks(self) -> list[RemarkLine]:
        return [line for group in self.groups for line in group.remarks]

    def handled(self, handling: str) -> int:
        return sum(1 for line in self.remarks if line.state == RemarkState.HANDLED and line.remark.handling == handling)

    @property
    def unhandled(self) -> int:
        return sum(1 for line in self.remarks if line.state != RemarkState.HANDLED)


def recipient_name(recipient: RemissRecipient, organisation_names: Mapping[int, str]) -> str:
    """The organisation's name now when it is one of the register, else the name given."""
    if recipient.organisation_id is not None and organisation_names.get(recipient.organisation_id):
        return organisation_names[recipient.organisation_id]
    return recipient.name


def summarise(
    round_: RemissRound,
    recipients: list[RemissRecipient],
    replies: list[RemissReply],
    remarks: list[RemissRemark],
    measures: list[Measure],
    numbers: Mapping[int, str],
    organisation_names: Mapping[int, str],
    today: date | None = None,
    closed: bool = False,
) -> RemissSummary:
    """Who was asked and how they answered (in the order they were added), and every remark
    grouped: the plan in general first, then by measure in the plan's order (``numbers``:
    "3.1" per measure id), then measures no longer in the plan."""
    reply_of: dict[int | None, RemissReply] = {reply.recipient_id: reply for reply in replies}
    recipient_of_reply = {reply.id: reply.recipient_id for reply in replies}
    names = {r.id: recipient_name(r, organisation_names) for r in recipients}
    order = {r.id: index for index, r in enumerate(sorted(recipients, key=lambda r: (r.position, r.id or 0)))}
    by_recipient: dict[int | None, int] = {}
    for remark in remarks:
        owner = recipient_of_reply.get(remark.reply_id)
        if owner is not None:
            by_recipient[owner] = by_recipient.get(owner, 0) + 1
    lines = [
        RecipientLine(r, names[r.id], reply_of.get(r.id), reply_state(round_, reply_of.get(r.id), today, closed),
                      by_recipient.get(r.id, 0))
        for r in sorted(recipients, key=lambda r: order[r.id])
    ]
    titles = {m.id: m.title for m in measures}

    def label(measure_id: int | None) -> str:
        if measure_id is None or measure_id not in titles:
            return ""
        return f"{numbers.get(measure_id, '')} {titles[measure_id]}".strip()

    general = RemarkGroup("", general=True)
    per_measure: dict[int, RemarkGroup] = {}
    removed: dict[str, RemarkGroup] = {}
    ordered = sorted(
        (r for r in remarks if r.reply_id in recipient_of_reply),
        key=lambda r: (order.get(recipient_of_reply[r.reply_id], 0), r.position, r.id or 0),
    )
    for remark in ordered:
        line = RemarkLine(remark, names.get(recipient_of_reply[remark.reply_id], ""), remark_state(remark),
                          label(remark.changed_measure_id))
        if remark.measure_id is not None and remark.measure_id in titles:
            group = per_measure.setdefault(remark.measure_id, RemarkGroup(label(remark.measure_id), remark.measure_id))
        elif remark.measure_title.strip():
            group = removed.setdefault(remark.measure_title, RemarkGroup(remark.measure_title, removed=True))
        else:
            group = general
        group.remarks.append(line)
    position = {m.id: index for index, m in enumerate(measures)}

    def plan_order(group: RemarkGroup) -> tuple[int, int, int]:
        number = numbers.get(group.measure_id or 0, "")
        point, _, rank = number.partition(".")
        return (int(point) if point.isdigit() else 99, int(rank) if rank.isdigit() else 0,
                position.get(group.measure_id, 0))

    groups = ([general] if general.remarks else []) + sorted(per_measure.values(), key=plan_order)
    groups += sorted(removed.values(), key=lambda g: sort_text(g.heading))
    return RemissSummary(round_, lines, groups)
