"""The things a process is made of, as plain dataclasses.

Each entity names the table that stores it (``TABLE``). Field names equal column names, so
storage can map rows to entities and back without per-entity code. ``id`` is ``None`` until
the entity is stored. Dates are ISO strings ("2027-03-04"), times "HH:MM": what the
coordinator typed, kept exact and sortable.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field, fields, replace
from typing import Any, ClassVar, Self, TypeVar, dataclass_transform

from .vocabulary import (
    AgendaKind,
    Attendance,
    Category,
    ContributionKind,
    MeasureStatus,
    MeetingFormat,
    PlanStage,
    Role,
)

# Equality and repr come from Entity, not generated per class: it keeps importing these
# two dozen classes cheap, which matters for the app's start-up time.
_E = TypeVar("_E", bound="Entity")


@dataclass_transform(kw_only_default=False, field_specifiers=(field,))
def entity(cls: type[_E]) -> type[_E]:
    return dataclass(repr=False, eq=False)(cls)


@entity
class Entity:
    TABLE: ClassVar[str] = ""
    id: int | None = field(default=None, kw_only=True)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.to_row() == other.to_row()

    # Mutable, like a dataclass with eq=True. typeshed types object.__hash__ as a method, so
    # mypy rejects the None that Python documents for unhashable classes.
    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={value!r}" for name, value in self.to_row().items())
        return f"{type(self).__name__}({values})"

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Self:
        names = cls.field_names()
        values = {k: v for k, v in row.items() if k in names}
        for name in cls.bool_fields():
            if name in values:
                values[name] = bool(values[name])
        return cls(**values)

    @classmethod
    def bool_fields(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls) if f.type in ("bool", bool))

    def to_row(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.field_names()}

    def with_changes(self, **changes: Any) -> Self:
        return replace(self, **changes)


def stored_id(entity: Entity) -> int:
    """The id of an entity read from storage (or just written to it); raises ValueError for
    one that has not been stored, whose ``id`` is still None."""
    if entity.id is None:
        raise ValueError(f"{type(entity).__name__} has not been stored: it has no id")
    return entity.id


@entity
class Process(Entity):
    """The single row that describes the process (one file = one process)."""

    TABLE: ClassVar[str] = "process"
    title: str = ""
    municipality: str = ""
    description: str = ""
    plan_stage: str = PlanStage.DRAFT
    plan_stage_date: str = ""
    created_at: str = ""
    # When the process's personal data should be erased: a date (YYYY-MM-DD), or a number of
    # months after the last meeting (0: no reminder). The window reminds the coordinator.
    erase_personal_data_after: str = ""
    retention_months: int = 0
    # The plan's own texts (the catalogue's cover and first chapters).
    plan_title: str = ""
    plan_period: str = ""  # e.g. "2027–2029"
    background: str = ""
    commission: str = ""  # the uppdrag: who gave it and when
    purpose: str = ""
    financing: str = ""
    plan_dnr: str = ""  # the plan's diarienummer
    # The plan's follow-up rhythm (domain/follow_up_rhythm.py, the toolkit's values as defaults).
    follow_up_committee_months: int = 1
    follow_up_rounds_per_year: int = 2
    follow_up_revision_years: int = 3
    follow_up_eccar_years: int = 2
    # The process's identity in exported calendars (the .ics UIDs), random, made once.
    process_key: str = ""
    # Where the results are published on the municipality's website (https, ends in "/"; ""
    # not set): QR codes on printables and minutes lead there (domain/public_address.py).
    public_address: str = ""


@entity
class PlanStageChange(Entity):
    TABLE: ClassVar[str] = "plan_stage_change"
    stage: str = PlanStage.DRAFT
    date: str = ""
    note: str = ""
    body: str = ""  # who decided: kommunfullmäktige, kommunstyrelsen, the departments
    dnr: str = ""


@entity
class PlanVersion(Entity):
    """The catalogue as it stood when the plan reached a stage: the plan as sent on remiss,
    as adopted. ``content`` is the catalogue's read model as JSON (export/plan_versions.py),
    written once with its stage change and never changed after."""

    TABLE: ClassVar[str] = "plan_version"
    stage_change_id: int | None = None
    stage: str = PlanStage.DRAFT
    date: str = ""
    created_at: str = ""
    content: str = ""


@entity
class Organisation(Entity):
    TABLE: ClassVar[str] = "organisation"
    name: str = ""


@entity
class Participant(Entity):
    TABLE: ClassVar[str] = "participant"
    name: str = ""
    organisation_id: int | None = None
    category: str = Category.OTHER
    email: str = ""
    phone: str = ""
    languages: str = ""  # language codes separated by "|", e.g. "sv|ar"
    notes: str = ""
    consent_date: str = ""  # when the person consented to their data being kept (YYYY-MM-DD)
    consent_purpose: str = ""  # what for, as the coordinator notes it

    @property
    def language_set(self) -> frozenset[str]:
        return frozenset(code for code in self.languages.split("|") if code)


@entity
class Meeting(Entity):
    TABLE: ClassVar[str] = "meeting"
    format: str = MeetingFormat.WORKSHOP
    title: str = ""
    date: str = ""
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    moderator: str = ""
    coordinator: str = ""
    purpose: str = ""
    frame_statement: str = ""
    selection_reasons: str = ""
    food_served: bool = False
    next_steps: str = ""
    feedback_method: str = ""
    series: str = ""
    position: int = 0
    # World Café settings (used by the café, harmless for other formats)
    question_per_table: bool = False
    hosts_stay: bool = True  # True: a table host (bordsvärd) stays; False: a moderator per table
    round_minutes: int = 20
    move_minutes: int = 5
    rotation_seed: int = 0
    dot_budget: int = 3
    spread_organisations: bool = True
    share_token: str = field(default_factory=lambda: secrets.token_hex(16))
    voters: int = 0  # dot voters in the room; 0 = count those present
    phone_input: bool = False  # participants may send ideas, questions and dots from phones


@entity
class AttendanceEntry(Entity):
    """A participant's part in one meeting: role, attendance and café constraints."""

    TABLE: ClassVar[str] = "attendance"
    meeting_id: int = 0
    participant_id: int = 0
    role: str = Role.PARTICIPANT
    status: str = Attendance.REGISTERED
    cannot_move: bool = False
    first_round: int | None = None  # arrives late: first round present (1-based)
    last_round: int | None = None  # leaves early: last round present (1-based)
    table_id: int | None = None  # fixed table for a host or someone who stays


@entity
class AgendaItem(Entity):
    TABLE: ClassVar[str] = "agenda_item"
    meeting_id: int = 0
    position: int = 0
    title: str = ""
    kind: str = AgendaKind.OTHER
    minutes: int = 10
    round_number: int | None = None
    notes: str = ""


@entity
class Question(Entity):
    TABLE: ClassVar[str] = "question"
    meeting_id: int = 0
    position: int = 0
    text: str = ""
    round_number: int | None = None  # one question per round
    table_id: int | None = None  # one question per table
    guidance: str = ""


@entity
class CafeTable(Entity):
    TABLE: ClassVar[str] = "cafe_table"
    meeting_id: int = 0
    position: int = 0
    name: str = ""
    seats: int = 5
    host_participant_id: int | None = None


@entity
class Round(Entity):
    TABLE: ClassVar[str] = "round"
    meeting_id: int = 0
    number: int = 1
    minutes: int = 20
    started_at: str = ""
    ended_at: str = ""


@entity
class Seat(Entity):
    """Who sits at which table in which round."""

    TABLE: ClassVar[str] = "seat"
    round_id: int = 0
    table_id: int = 0
    participant_id: int = 0


@entity
class Theme(Entity):
    TABLE: ClassVar[str] = "theme"
    meeting_id: int | None = None
    position: int = 0
    title: str = ""
    description: str = ""


@entity
class Contribution(Entity):
    TABLE: ClassVar[str] = "contribution"
    meeting_id: int = 0
    kind: str = ContributionKind.NOTE
    text: str = ""
    round_id: int | None = None
    table_id: int | None = None
    question_id: int | None = None
    agenda_item_id: int | None = None
    theme_id: int | None = None
    merged_into_id: int | None = None
    position: int = 0
    created_at: str = ""
    published: bool = False
    host_link_id: int | None = None  # captured by a table host on a phone, through this link


@entity
class Mitigation(Entity):
    """One way to reduce a risk (the toolkit's right-hand column)."""

    TABLE: ClassVar[str] = "mitigation"
    contribution_id: int = 0
    position: int = 0
    text: str = ""


@entity
class Vote(Entity):
    """Dot votes given in the room to a contribution or a theme."""

    TABLE: ClassVar[str] = "vote"
    meeting_id: int = 0
    contribution_id: int | None = None
    theme_id: int | None = None
    dots: int = 0


@entity
class HarvestItem(Entity):
    """A main point from a table in the closing plenary, or a decision."""

    TABLE: ClassVar[str] = "harvest_item"
    meeting_id: int = 0
    table_id: int | None = None
    kind: str = "main_point"  # "main_point" or "decision"
    position: int = 0
    text: str = ""


@entity
class Measure(Entity):
    """An åtgärd: what will be done, by whom, by when, and how we know it is done."""

    TABLE: ClassVar[str] = "measure"
    title: str = ""
    description: str = ""
    goal: str = ""
    owner: str = ""  # ansvarig kontaktperson (never the coordinator)
    owner_contact: str = ""
    department: str = ""  # ansvarig förvaltning
    due_date: str = ""
    time_frame: str = ""
    completion_criterion: str = ""
    indicators: str = ""
    baseline: str = ""
    target: str = ""
    result: str = ""
    resources: str = ""
    follow_up_method: str = ""
    eccar_point: int | None = None  # 1..10
    track: int | None = None  # 1..4
    aimed_at: str = "own_organisation"  # own_organisation | private_sector | both
    target_groups: str = ""
    is_new: bool = True
    term: str = "short"  # short | long
    quick_win: bool = False  # the toolkit's "snabbutdelning": results seen early (001 L91-93)
    status: str = MeasureStatus.PROPOSED
    origin_meeting_id: int | None = None
    position: int = 0
    created_at: str = ""


@entity
class MeasureStatusChange(Entity):
    TABLE: ClassVar[str] = "measure_status_change"
    measure_id: int = 0
    status: str = MeasureStatus.PROPOSED
    date: str = ""
    note: str = ""
    meeting_id: int | None = None  # the follow-up meeting where it was reviewed
    # A change read from a department's form of a reporting round: the round's name, the
    # department that reported it and the indicator's value it gave ("" otherwise).
    round: str = ""
    department: str = ""
    indicator_value: str = ""


@entity
class MeasureRevision(Entity):
    """A measure's fields as they stood after one change (its creation, an edit, a status
    change): the dated record the minutes read "as it stood at the end of that meeting" from.
    ``fields`` is the measure's row as JSON; ``meeting_id`` the meeting the change was made
    at, if any."""

    TABLE: ClassVar[str] = "measure_revision"
    measure_id: int = 0
    date: str = ""
    meeting_id: int | None = None
    fields: str = "{}"


@entity
class SignedMinutes(Entity):
    """One signed (justerad) version of a meeting's minutes, kept exactly as signed.

    ``document`` is the Word file as it was written when signed (exported byte for byte ever
    after); ``content`` the minutes' read model as JSON (to tell whether the meeting's data has
    changed since). ``version`` counts from 1 per meeting."""

    TABLE: ClassVar[str] = "signed_minutes"
    meeting_id: int = 0
    version: int = 1
    signed_on: str = ""  # the date of the justering (YYYY-MM-DD)
    adjusters: str = ""  # the justerare's names, one per line
    dnr: str = ""  # diarienummer, optional
    with_names: bool = False
    language: str = "sv"
    content: str = "{}"
    document: bytes = b""
    created_at: str = ""


@entity
class MeasureSource(Entity):
    """A link from a measure back to a contribution or a theme it came from."""

    TABLE: ClassVar[str] = "measure_source"
    measure_id: int = 0
    contribution_id: int | None = None
    theme_id: int | None = None


@entity
class FrameworkLabel(Entity):
    """A per-process label for an ECCAR point ("eccar") or a track ("track")."""

    TABLE: ClassVar[str] = "framework_label"
    framework: str = "eccar"
    number: int = 1
    label: str = ""


@entity
class KeyFactorAssessment(Entity):
    """Self-assessment of one Integrating Cities key factor in a meeting (the first schema's
    placeholder, never written: the assessment lives in the tables of migration 0010)."""

    TABLE: ClassVar[str] = "key_factor_assessment"
    meeting_id: int = 0
    factor: int = 1  # 1..13
    rating: str = ""  # "true" | "partly" | "not_yet"
    evidence: str = ""


@entity
class Goal(Entity):
    """A goal of the action plan (mål): what should be true, how it is measured, from what
    baseline to what target by when. A goal drawn from a self-assessment's gap keeps the
    framework, key factor, assessment and rating it came from as plain values."""

    TABLE: ClassVar[str] = "goal"
    title: str = ""
    description: str = ""
    indicator: str = ""
    baseline: str = ""
    target_value: str = ""
    target_date: str = ""  # YYYY-MM-DD or ""
    source_framework: str = ""  # e.g. "integrating_cities"
    source_key_factor: str = ""  # the key factor's id in that framework
    source_assessment_id: int | None = None  # plain value: no foreign key
    source_rating: str = ""  # the rating that made it a gap ("partly", "not_true")
    position: int = 0
    created_at: str = ""


@entity
class GoalMeasure(Entity):
    """A measure that works towards a goal (many to many)."""

    TABLE: ClassVar[str] = "goal_measure"
    goal_id: int = 0
    measure_id: int = 0


@entity
class ExistingEffort(Entity):
    """Work already going on before the plan (seed 004's mapping): a project, a network, an
    ordinary service. Placed under an ECCAR point and track, it shows in the coverage grid."""

    TABLE: ClassVar[str] = "existing_effort"
    name: str = ""
    theme: str = ""
    level: str = ""  # local | subregional | regional | national | ""
    owner: str = ""
    partners: str = ""
    funding: str = ""
    target_group: str = ""
    aim: str = ""
    period: str = ""  # free text: "2025–2027", "sedan 2019"
    status: str = ""  # planned | ongoing | ended | ""
    eccar_point: int | None = None
    track: int | None = None
    position: int = 0


@entity
class MeasureEffort(Entity):
    """A measure that builds on an existing effort."""

    TABLE: ClassVar[str] = "measure_effort"
    measure_id: int = 0
    effort_id: int = 0


@entity
class MeetingTimer(Entity):
    """The round timer's stored state, so it survives closing the app."""

    TABLE: ClassVar[str] = "meeting_timer"
    meeting_id: int = 0
    agenda_item_id: int | None = None
    state: str = "stopped"  # stopped | running | paused | finished
    started_at: str = ""
    elapsed_seconds: float = 0.0
    extra_seconds: int = 0


# -- remiss: the draft plan sent out for comments (domain/remiss.py has the rules) ------------


@entity
class RemissRound(Entity):
    """One remiss of the plan: when it was sent, by when replies are due, and its dnr."""

    TABLE: ClassVar[str] = "remiss_round"
    title: str = ""
    sent_date: str = ""  # YYYY-MM-DD, "" until sent
    reply_deadline: str = ""  # svar senast
    dnr: str = ""
    reply_to: str = ""  # where replies go ("svaren skickas till")
    note: str = ""


# -- the self-assessment against a framework's key factors (migration 0010) ---------------------


@entity
class Assessment(Entity):
    """A self-assessment held in a meeting: its framework, mode, scope and baseline."""

    TABLE: ClassVar[str] = "assessment"
    meeting_id: int = 0
    framework: str = "integrating_cities"
    mode: str = "internal"  # internal | peer_review | plan
    scope: str = ""  # theme numbers "1,2,13"; "" is every theme
    baseline_id: int | None = None  # the earlier assessment it is compared with
    recommendations: str = ""  # a peer review's recommendations (the follow-up report)


@entity
class AssessmentMeeting(Entity):
    """A later meeting that continues an assessment begun in an earlier one (a series)."""

    TABLE: ClassVar[str] = "assessment_meeting"
    assessment_id: int = 0
    meeting_id: int = 0


@entity
class AssessmentMember(Entity):
    """Someone in the assessment's group, in one of the toolkit's roles."""

    TABLE: ClassVar[str] = "assessment_member"
    assessment_id: int = 0
    name: str = ""
    role: str = "evaluation_group"  # evaluation_group | peer | lead_expert | stakeholder
    organisation: str = ""
    participant_id: int | None = None


@entity
class FactorRating(Entity):
    """The rating of one key factor (a theme's) in an assessment, with its reasons."""

    TABLE: ClassVar[str] = "assessment_rating"
    assessment_id: int = 0
    theme: int = 1
    rating: str = "not_assessed"  # true | partly | not_true | not_assessed
    confirmed: bool = False  # the coordinator confirmed it (else preliminary until evidence)
    reasoning: str = ""
    strengths: str = ""
    weaknesses: str = ""
    decided_by: str = ""
    decided_how: str = ""  # consensus | vote | coordinator


@entity
class QuestionAnswer(Entity):
    """The answer to one guiding question: a closed answer and/or free text."""

    TABLE: ClassVar[str] = "assessment_answer"
    assessment_id: int = 0
    question: str = ""  # the framework's question number, "7.3"
    answer: str = ""  # closed questions: yes | partly | no
    text: str = ""


@entity
class Evidence(Entity):
    """A piece of evidence for a key factor: a document, data, an interview, or the minutes
    of a meeting of this process (``meeting_id``)."""

    TABLE: ClassVar[str] = "assessment_evidence"
    assessment_id: int = 0
    theme: int = 1
    kind: str = "minutes"
    title: str = ""
    date: str = ""
    reference: str = ""  # where to find it: a diarienummer, an address, a file
    notes: str = ""  # interview and focus-group notes, kept whole
    meeting_id: int | None = None
    position: int = 0


@entity
class ContextNote(Entity):
    """How one environmental factor explains the municipality's context."""

    TABLE: ClassVar[str] = "assessment_context"
    assessment_id: int = 0
    factor: int = 1
    note: str = ""


@entity
class RemissRecipient(Entity):
    """A remissinstans: an organisation of the register (``organisation_id``) or one typed in."""

    TABLE: ClassVar[str] = "remiss_recipient"
    round_id: int = 0
    organisation_id: int | None = None
    name: str = ""  # as typed, or the organisation's name when it was added
    kind: str = "other"  # domain.remiss.RecipientKind
    position: int = 0


@entity
class RemissReply(Entity):
    """What a recipient sent back: a reply with remarks (``answered``) or that they decline
    to comment (``declined``, "avstår"). No row: no reply (yet)."""

    TABLE: ClassVar[str] = "remiss_reply"
    recipient_id: int = 0
    outcome: str = "answered"  # answered | declined
    received_date: str = ""
    summary: str = ""


@entity
class RemissRemark(Entity):
    """One synpunkt of a reply, on a measure (``measure_id``) or on the plan in general, and
    how it was handled: accepted (beaktas), partly, not accepted, with a motivation; the
    measure it led to changing, if any."""

    TABLE: ClassVar[str] = "remiss_remark"
    reply_id: int = 0
    position: int = 0
    text: str = ""
    measure_id: int | None = None
    measure_title: str = ""  # the measure's title when the remark was tied to it (kept if it is deleted)
    handling: str = ""  # "" (not yet) | accepted | partly | rejected
    motivation: str = ""
    changed_measure_id: int | None = None


@entity
class TableTheme(Entity):
    """A café table that takes one theme (its host carries it across the rounds)."""

    TABLE: ClassVar[str] = "assessment_table_theme"
    assessment_id: int = 0
    table_id: int = 0
    theme: int = 1


@entity
class AssessmentNote(Entity):
    """A note captured in the room (a contribution) against one guiding question."""

    TABLE: ClassVar[str] = "assessment_note"
    assessment_id: int = 0
    contribution_id: int = 0
    question: str = ""


@entity
class StoredFramework(Entity):
    """A framework the municipality added (the JSON shape of the built-in one)."""

    TABLE: ClassVar[str] = "assessment_framework"
    key: str = ""
    name: str = ""
    data: str = ""


@entity
class PhoneSubmission(Entity):
    """An idea or question a participant sent from a phone, waiting for the coordinator.

    It reaches nothing (phones, projector, documents) until she approves it: then it becomes
    a contribution (``contribution_id``), or a duplicate of one (state "merged"). The device
    is a hash of the phone's random cookie, never a name.
    """

    TABLE: ClassVar[str] = "phone_submission"
    meeting_id: int = 0
    kind: str = ContributionKind.IDEA  # idea | question
    text: str = ""
    round_id: int | None = None
    table_id: int | None = None
    question_id: int | None = None
    device: str = ""
    received_at: str = ""
    state: str = "waiting"  # waiting | approved | merged | rejected
    contribution_id: int | None = None


@entity
class PhoneVote(Entity):
    """One dot a phone gave a released contribution (``Meeting.dot_budget`` per device)."""

    TABLE: ClassVar[str] = "phone_vote"
    meeting_id: int = 0
    contribution_id: int = 0
    device: str = ""


@entity
class HostLink(Entity):
    """A table host's link to capture notes for one café table from a phone. The token is
    random (never derived from anything); a revoked link answers nothing (404)."""

    TABLE: ClassVar[str] = "host_link"
    meeting_id: int = 0
    table_id: int = 0
    token: str = ""
    created_at: str = ""
    revoked_at: str = ""


@entity
class PersonalCode(Entity):
    """The random code on a participant's printed rotation card for one café: scanned, it shows
    the phone which table is theirs this round and next (tables and rounds only, never a name)."""

    TABLE: ClassVar[str] = "personal_code"
    meeting_id: int = 0
    participant_id: int = 0
    code: str = ""


ENTITIES: tuple[type[Entity], ...] = (
    Process,
    PlanStageChange,
    PlanVersion,
    Organisation,
    Participant,
    Meeting,
    AttendanceEntry,
    AgendaItem,
    Question,
    CafeTable,
    Round,
    Seat,
    Theme,
    Contribution,
    Mitigation,
    Vote,
    HarvestItem,
    Measure,
    MeasureStatusChange,
    MeasureSource,
    FrameworkLabel,
    KeyFactorAssessment,
    MeetingTimer,
    MeasureRevision,
    SignedMinutes,
    RemissRound,
    RemissRecipient,
    RemissReply,
    RemissRemark,
    Assessment,
    AssessmentMeeting,
    AssessmentMember,
    FactorRating,
    QuestionAnswer,
    Evidence,
    ContextNote,
    TableTheme,
    AssessmentNote,
    StoredFramework,
    PhoneSubmission,
    PhoneVote,
    Goal,
    GoalMeasure,
    ExistingEffort,
    MeasureEffort,
    HostLink,
    PersonalCode,
)

ENTITY_BY_TABLE = {cls.TABLE: cls for cls in ENTITIES}
