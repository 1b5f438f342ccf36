"""Everything a document needs, read from a process through storage into plain dataclasses.

The writers take these and never touch the store, so a document can be written in a
worker thread from data gathered by its own read-only connection
(``storage.process_store.open_read_only``). Every query is a named function of a repository
in ``storage/``. Texts are what the coordinator typed; translation happens in the writers.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field

from ..domain import remiss as remiss_rules
from ..domain.agenda import start_times
from ..domain.entities import (
    AgendaItem,
    AttendanceEntry,
    CafeTable,
    Contribution,
    FrameworkLabel,
    Measure,
    MeasureSource,
    MeasureStatusChange,
    Meeting,
    Participant,
    PlanStageChange,
    Process,
    Question,
    RemissRound,
    Round,
    Theme,
    Vote,
    stored_id,
)
from ..domain.formats import traits
from ..domain.headcount import headcount
from ..domain.meeting_record import agreed_at, as_it_stood, history_until, series_place
from ..domain.public_address import meeting_url
from ..domain.swedish import sort_key
from ..domain.vocabulary import Attendance, ContributionKind, MeasureStatus, Role
from ..domain.votes import TargetKind, merged_into_map, tally, tally_by_theme
from ..share.links import card_url, host_url, table_url
from ..storage import contributions as contribution_repo
from ..storage import (
    harvest,
    host_links,
    measures_repo,
    meetings,
    phone_input,
    register,
    reports,
    seating,
    signed_minutes,
)
from ..storage.process_store import ProcessStore, ReadOnlyStore, open_read_only  # noqa: F401 - storage's, re-exported
from .goals_data import GoalsData, MappingData, gather_goals, gather_mapping


class MeetingNotFound(LookupError):
    def __init__(self, meeting_id):
        super().__init__(f"meeting {meeting_id}")
        self.meeting_id = meeting_id


# ---------------------------------------------------------------------------------------------
# shared pieces


@dataclass
class Risk:
    text: str
    mitigations: list[str]
    meeting: str = ""  # where it was said (the catalogue shows it)
    table: str = ""
    round: int | None = None


@dataclass
class Source:
    """Where a measure came from: a contribution or a theme of a meeting."""

    meeting: Meeting | None
    text: str
    kind: str = ""  # a contribution kind, or "theme"
    table: str = ""
    round: int | None = None


@dataclass
class MeasureEntry:
    measure: Measure
    number: str = ""  # "3.2": the second measure under ECCAR point 3
    history: list[MeasureStatusChange] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


def framework_labels(store: ProcessStore) -> tuple[dict[int, str], dict[int, str]]:
    points, tracks = {}, {}
    for label in store.list(FrameworkLabel):
        if label.label.strip():
            (points if label.framework == "eccar" else tracks)[label.number] = label.label.strip()
    return points, tracks


def _measure_order(measure: Measure):
    return (measure.eccar_point or 99, measure.track or 99, measure.position, measure.id or 0)


def number_measures(measures: list[Measure]) -> dict[int, str]:
    """"point.n" for each measure in catalogue order; a measure gets its number once it has a
    point ("" until then: a new measure is not "?.1")."""
    counters: Counter = Counter()
    numbers = {}
    for measure in sorted(measures, key=_measure_order):
        if not measure.eccar_point:
            numbers[measure.id] = ""
            continue
        counters[measure.eccar_point] += 1
        numbers[measure.id] = f"{measure.eccar_point}.{counters[measure.eccar_point]}"
    return numbers


class _Lookup:
    """Names and texts of one process, read once."""

    def __init__(self, store: ProcessStore):
        self.store = store
        self.meetings = {m.id: m for m in store.list(Meeting)}
        self.tables = {t.id: t for t in store.list(CafeTable)}
        self.rounds = {r.id: r for r in store.list(Round)}
        self.themes = {t.id: t for t in store.list(Theme)}

    def mitigations(self, contribution_ids: list[int]) -> dict[int, list[str]]:
        found = reports.mitigations_by_contribution(self.store, contribution_ids)
        return {contribution_id: [m.text for m in group] for contribution_id, group in found.items()}

    def risk(self, contribution: Contribution, mitigations: dict[int, list[str]], with_meeting: bool) -> Risk:
        meeting = self.meetings.get(contribution.meeting_id)
        table = self.tables.get(contribution.table_id)
        round_ = self.rounds.get(contribution.round_id)
        return Risk(
            text=contribution.text,
            mitigations=mitigations.get(contribution.id, []),
            meeting=meeting_label(meeting) if with_meeting and meeting else "",
            table=table.name if table else "",
            round=round_.number if round_ else None,
        )

    def measures(self, measures: list[Measure], numbers: dict[int, str] | None = None,
                 until: Meeting | None = None) -> list[MeasureEntry]:
        """Entries in catalogue order; with ``until``, the history only as far as that meeting."""
        ids = [m.id for m in measures]
        history: dict[int, list[MeasureStatusChange]] = defaultdict(list)
        sources: dict[int, list[MeasureSource]] = defaultdict(list)
        for change in measures_repo.history_of_measures(self.store, ids):
            history[change.measure_id].append(change)
        if until is not None:
            history = defaultdict(list, {k: history_until(group, until, self.meetings) for k, group in history.items()})
        for source in measures_repo.sources_of_measures(self.store, ids):
            sources[source.measure_id].append(source)
        contribution_ids = sorted({s.contribution_id for group in sources.values() for s in group if s.contribution_id})
        contributions = {c.id: c for c in reports.contributions_by_ids(self.store, contribution_ids)}
        entries = []
        for measure in sorted(measures, key=_measure_order):
            entry = MeasureEntry(measure, (numbers or {}).get(measure.id, ""), history.get(measure.id, []))
            for source in sources.get(measure.id, []):
                if source.contribution_id and source.contribution_id in contributions:
                    c = contributions[source.contribution_id]
                    table, round_ = self.tables.get(c.table_id), self.rounds.get(c.round_id)
                    entry.sources.append(Source(self.meetings.get(c.meeting_id), c.text, c.kind,
                                                table.name if table else "", round_.number if round_ else None))
                elif source.theme_id and source.theme_id in self.themes:
                    theme = self.themes[source.theme_id]
                    entry.sources.append(Source(self.meetings.get(theme.meeting_id), theme.title, "theme"))
            entries.append(entry)
        return entries


def meeting_label(meeting: Meeting) -> str:
    return f"{meeting.date} {meeting.title}".strip()


# ---------------------------------------------------------------------------------------------
# minutes


@dataclass
class Person:
    name: str
    organisation: str
    role: str
    status: str


@dataclass
class NoteGroup:
    """Contributions under one heading: a round and a table, a question, or the meeting."""

    round: int | None = None
    table: str = ""
    host: str = ""
    question: str = ""
    items: list[tuple[Contribution, int]] = field(default_factory=list)  # (contribution, dots)


@dataclass
class MinutesData:
    process: Process
    meeting: Meeting
    framework: tuple[dict[int, str], dict[int, str]]
    meetings: dict[int, Meeting]
    tables: list[tuple[CafeTable, str]]  # (table, host name)
    rounds: list[Round]
    questions: list[tuple[Question, str]]  # (question, table name when one per table)
    roles: list[tuple[str, str]]  # (role key, names joined) beyond moderator and coordinator
    present_status: str  # "attended", or "registered" when attendance was not taken
    counts: dict[str, int]  # by attendance status
    organisations: list[tuple[str, int]]  # present people by organisation (or category)
    people: list[Person]  # present people, only when names are wanted
    groups: list[NoteGroup]
    main_points: list[tuple[str, str]]  # (table name, text)
    decisions: list[str]
    themes: list[tuple[Theme, int]]  # (theme, dots), most dots first
    measures: list[MeasureEntry]
    follow_up: list[MeasureEntry]  # the open measures it reviews, as they stood then
    risks: list[Risk]
    note_taker: str = ""
    with_names: bool = False
    series_number: int = 0  # "träff n av N" in a series of meetings; 0 outside one
    series_count: int = 0
    follow_up_reason: str = ""  # "committee" (reviews the open measures) or "series" (earlier meetings')
    signing: Signing | None = None  # the justering, once signed (or the version being drafted)
    assessment: object = None  # a self-assessment meeting's AssessmentData (export/assessment_data.py)
    taking_part: int = 0  # the meeting's participants, counted as every page counts them (domain.headcount)


@dataclass
class Signing:
    """The justering printed in the minutes: which version, and (once signed) when and by whom."""

    version: int = 1
    signed: bool = False
    signed_on: str = ""
    adjusters: list[str] = field(default_factory=list)
    dnr: str = ""
    previous_signed_on: str = ""  # a new version: when the one before it was signed


#: Fields no document shows: a change to them is not a change of the minutes.
_UNSHOWN = frozenset({"share_token", "rotation_seed", "published", "created_at", "voters", "dot_budget",
                      "spread_organisations", "round_minutes", "move_minutes", "hosts_stay", "food_served",
                      "started_at", "ended_at", "position", "signing",
                      # where the results are published: a QR code beside the minutes, not their record
                      "public_address",
                      # the minutes print neither a measure's sources nor other meetings
                      "sources", "meetings"})


def _shown(value):
    if isinstance(value, dict):
        return {str(k): _shown(v) for k, v in value.items() if k not in _UNSHOWN}
    if isinstance(value, (list, tuple)):
        return [_shown(v) for v in value]
    return value


def minutes_content(data: MinutesData) -> str:
    """What the minutes say, as JSON: kept with each signed version, and compared with the
    data now to tell whether the meeting's record has changed since it was signed (fields no
    document shows, and the justering itself, are left out)."""
    return json.dumps(_shown(asdict(data)), ensure_ascii=False, sort_keys=True, default=str)


def gather_minutes(store: ProcessStore, meeting_id: int, names: bool = False) -> MinutesData:
    meeting = store.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFound(meeting_id)
    look = _Lookup(store)
    tables = seating.tables_of(store, meeting_id)
    rounds = seating.rounds_of(store, meeting_id)
    questions = meetings.questions_by_round(store, meeting_id)
    attendance = register.attendance_of(store, meeting_id)
    participants = {p.id: p for p in register.participants(store)}
    organisations = register.organisation_names(store)

    hosts = {}
    for entry in attendance:
        if entry.role == Role.TABLE_HOST and entry.table_id:
            hosts[entry.table_id] = _name(participants, entry.participant_id)
    for table in tables:
        if table.host_participant_id:
            hosts[table.id] = _name(participants, table.host_participant_id)
    table_names = {t.id: t.name for t in tables}

    counts = Counter(entry.status for entry in attendance)
    present_status = Attendance.ATTENDED if counts[Attendance.ATTENDED] else Attendance.REGISTERED
    present = [e for e in attendance if e.status == present_status]
    by_organisation: Counter = Counter()
    people = []
    for entry in present:
        person = participants.get(entry.participant_id)
        if person is None:
            continue
        organisation = organisations.get(person.organisation_id, "") if person.organisation_id else ""
        by_organisation[organisation or f"category:{person.category}"] += 1
        if names:
            people.append(Person(person.name, organisation, entry.role, entry.status))
    people.sort(key=lambda p: sort_key(p.name))
    organisation_counts = sorted(by_organisation.items(), key=lambda item: (-item[1], sort_key(item[0])))

    roles = []
    named = {meeting.moderator.strip(), meeting.coordinator.strip(), ""}
    for role in (Role.MODERATOR, Role.COORDINATOR, Role.NOTE_TAKER, Role.TRAINER):
        found = {_name(participants, e.participant_id) for e in attendance if e.role == role} - named
        if found:
            roles.append((role, ", ".join(sorted(found, key=sort_key))))
    note_taker = next((names_ for role, names_ in roles if role == Role.NOTE_TAKER), "")

    everything = contribution_repo.of_meeting(store, meeting_id)
    contributions = [c for c in everything if c.merged_into_id is None]
    votes = harvest.votes_of(store, meeting_id) + phone_input.as_votes(store, meeting_id)
    dots_by_contribution = {
        target.id: dots for target, dots in tally(votes, merged_into=merged_into_map(everything)).items()
        if target.kind == TargetKind.CONTRIBUTION
    }
    dots_by_theme = tally_by_theme(votes, everything)

    risk_contributions = [c for c in contributions if c.kind == ContributionKind.RISK]
    mitigations = look.mitigations([c.id for c in risk_contributions])
    risks = [look.risk(c, mitigations, with_meeting=False) for c in risk_contributions]
    notes = [c for c in contributions if c.kind != ContributionKind.RISK]
    question_table = {q.table_id: q.text for q in questions if q.table_id}
    question_round = {q.round_number: q.text for q in questions if q.round_number}
    groups = _note_groups(meeting, notes, dots_by_contribution, tables, rounds, questions, hosts,
                          question_table, question_round)

    harvested = harvest.items_of(store, meeting_id)
    table_order = {t.id: t.position for t in tables}
    main_points = [
        (table_names.get(h.table_id, ""), h.text)
        for h in sorted(harvested, key=lambda h: (table_order.get(h.table_id, -1), h.position, h.id))
        if h.kind != "decision" and h.text.strip()
    ]
    decisions = [h.text for h in harvested if h.kind == "decision" and h.text.strip()]
    themes = sorted(
        ((t, dots_by_theme.get(t.id, 0)) for t in harvest.themes_of(store, meeting_id)),
        key=lambda item: -item[1],
    )

    agreed, follow_up, follow_up_reason, numbers = _measures_then(store, meeting, look)
    place = series_place(meeting, look.meetings.values())
    shown_meetings = {m.origin_meeting_id for m in agreed + follow_up} | {meeting_id}

    return MinutesData(
        process=store.process(),
        meeting=meeting,
        framework=framework_labels(store),
        meetings={k: m for k, m in look.meetings.items() if k in shown_meetings},
        tables=[(t, hosts.get(t.id, "")) for t in tables],
        rounds=rounds,
        questions=[(q, table_names.get(q.table_id, "")) for q in questions],
        roles=roles,
        present_status=present_status,
        counts=dict(counts),
        taking_part=headcount(attendance).taking_part,
        organisations=organisation_counts,
        people=people,
        groups=groups,
        main_points=main_points,
        decisions=decisions,
        themes=themes,
        measures=look.measures(agreed, numbers, meeting),
        follow_up=look.measures(follow_up, numbers, meeting),
        risks=risks,
        note_taker=note_taker,
        with_names=names,
        series_number=place.number if place else 0,
        series_count=place.count if place else 0,
        follow_up_reason=follow_up_reason,
        signing=draft_signing(store, meeting_id),
        assessment=_assessment_of(store, meeting_id),
    )


def draft_signing(store: ProcessStore, meeting_id: int) -> Signing | None:
    """The version the minutes would be signed as now: None before the first signing, else
    the next number and when the one before was signed."""
    latest = signed_minutes.latest_signed(store, meeting_id)
    if latest is None:
        return None
    return Signing(version=latest.version + 1, previous_signed_on=latest.signed_on)


def signed_as(data: MinutesData, version: int, signed_on: str, adjusters: list[str], dnr: str) -> MinutesData:
    """The same minutes with their justering filled in (what a signed version prints)."""
    from dataclasses import replace

    return replace(data, signing=Signing(version=version, signed=True, signed_on=signed_on,
                                         adjusters=list(adjusters), dnr=dnr))


def _measures_then(store: ProcessStore, meeting: Meeting, look: _Lookup):
    """The measures agreed at ``meeting`` and those it followed up, each as it stood at the
    end of the meeting (``domain/meeting_record``), with their numbers among the measures of
    that day. A committee meeting follows up every decided or ongoing measure; a later meeting
    of a series the open measures agreed at its earlier meetings."""
    current = store.list(Measure)
    ids = [stored_id(m) for m in current]
    history: dict[int, list[MeasureStatusChange]] = defaultdict(list)
    revisions: dict[int, list] = defaultdict(list)
    for change in measures_repo.history_of_measures(store, ids):
        history[change.measure_id].append(change)
    for revision in measures_repo.revisions_of_measures(store, ids):
        revisions[revision.measure_id].append(revision)
    then = {}
    for measure in current:
        stood = as_it_stood(measure, revisions[stored_id(measure)], history[stored_id(measure)], meeting,
                            look.meetings)
        if stood is not None:
            then[stored_id(measure)] = stood
    numbers = number_measures([m for m in then.values() if m.status != MeasureStatus.CANCELLED])
    meetings_list = list(look.meetings.values())
    every_change = [c for group in history.values() for c in group]
    agreed_ids = agreed_at(meeting, every_change, meetings_list) & set(then)
    agreed = [then[i] for i in sorted(agreed_ids) if then[i].status != MeasureStatus.CANCELLED]
    reviewed = {c.measure_id for c in measures_repo.changes_at_meeting(store, stored_id(meeting))}
    reason, follow_up = "", []
    open_statuses = (MeasureStatus.PROPOSED, MeasureStatus.DECIDED, MeasureStatus.ONGOING)
    if traits(meeting.format).reviews_measures:
        reason = "committee"
        follow_up = [m for i, m in then.items() if i in reviewed or m.status in (
            MeasureStatus.DECIDED, MeasureStatus.ONGOING)]
    else:
        place = series_place(meeting, meetings_list)
        if place is not None and place.earlier:
            earlier = set()
            for before in place.earlier:
                earlier |= agreed_at(before, every_change, meetings_list)
            follow_up = [then[i] for i in sorted(earlier & set(then)) if then[i].status in open_statuses]
            reason = "series" if follow_up else ""
        if reviewed:
            follow_up += [m for i, m in then.items() if i in reviewed and m not in follow_up]
            reason = reason or "committee"
    follow_up = [m for m in follow_up if m.id not in agreed_ids]
    return agreed, follow_up, reason if follow_up else "", numbers


def _assessment_of(store: ProcessStore, meeting_id: int):
    """The meeting's self-assessment, for the minutes' section of ratings (None: it has none)."""
    from .assessment_data import AssessmentNotFound, gather_assessment

    try:
        return gather_assessment(store, meeting_id)
    except AssessmentNotFound:
        return None


def _name(participants: dict[int, Participant], participant_id: int | None) -> str:
    person = participants.get(participant_id)
    return person.name if person else ""


def _note_groups(meeting, notes, dots, tables, rounds, questions, hosts, question_table, question_round):
    """Groups by round then table (one question per round), by table then round (one
    question per table), else by question, in the order of the meeting."""
    round_numbers = {r.id: r.number for r in rounds}
    table_position = {t.id: (t.position, t.id) for t in tables}
    table_names = {t.id: t.name for t in tables}
    question_position = {q.id: (q.round_number or 0, q.position, q.id) for q in questions}
    question_text = {q.id: q.text for q in questions}
    by_table_first = meeting.question_per_table
    groups: dict[tuple, NoteGroup] = {}
    for c in notes:
        number = round_numbers.get(c.round_id)
        if c.table_id in table_names or number is not None:
            place = table_position.get(c.table_id, (10**6, 0))
            key = (0,) + ((place, number or 0) if by_table_first else (number or 0, place))
            if key not in groups:
                table = table_names.get(c.table_id, "")
                question = question_table.get(c.table_id, "") if by_table_first else question_round.get(number, "")
                groups[key] = NoteGroup(number, table, hosts.get(c.table_id, ""), question)
        elif c.question_id in question_text:
            key = (1, question_position[c.question_id])
            if key not in groups:
                groups[key] = NoteGroup(question=question_text[c.question_id])
        else:
            key = (2,)
            groups.setdefault(key, NoteGroup())
        groups[key].items.append((c, dots.get(c.id, 0)))
    return [groups[key] for key in sorted(groups)]


# ---------------------------------------------------------------------------------------------
# catalogue


@dataclass
class StageStep:
    """One recorded step of the plan through its stages (utkast, remiss, godkänd, antagen)."""

    stage: str
    date: str
    body: str = ""  # who decided
    dnr: str = ""
    note: str = ""


@dataclass
class MeetingHeld:
    """A meeting of the process as the plan's account of how it was made tells it: no names,
    only the format, the date and how many took part by category of organisation."""

    date: str
    format: str
    title: str
    series: str
    present: int
    categories: list[tuple[str, int]]  # (category key, people present), most first
    reviews_measures: bool = False  # a committee or follow-up meeting


@dataclass
class DepartmentAmounts:
    """The amounts in kronor the measures of one department name in their resources."""

    department: str
    once: int = 0  # one-off amounts
    yearly: int = 0  # amounts per year
    measures: int = 0  # measures that name an amount


@dataclass
class CatalogueData:
    """The catalogue's read model: plain data (entities are dataclasses too), so a plan
    version can keep it as it was."""

    process: Process
    stage_date: str
    framework: tuple[dict[int, str], dict[int, str]]
    meetings: dict[int, Meeting]
    measures: list[MeasureEntry]  # in catalogue order, cancelled ones left out
    cancelled: int
    risks: list[Risk]
    history: list[StageStep] = field(default_factory=list)  # oldest first
    version: str = "1"
    stage_dnr: str = ""  # the diarienummer of the decision that set the current stage
    meetings_held: list[MeetingHeld] = field(default_factory=list)  # by date
    participants: list[tuple[str, int]] = field(default_factory=list)  # different people by category
    financing: list[DepartmentAmounts] = field(default_factory=list)  # departments alphabetically
    goals: GoalsData | None = None  # the goals with their measures (export/goals_section)
    mapping: MappingData | None = None  # the mapping of existing work (export/mapping_appendix)


def gather_catalogue(store: ProcessStore) -> CatalogueData:
    process = store.process()
    look = _Lookup(store)
    measures = store.list(Measure)
    active = [m for m in measures if m.status != MeasureStatus.CANCELLED]
    risk_contributions = reports.risks_raised(store)
    meeting_order = {m.id: (m.date, m.start_time, m.position, m.id) for m in look.meetings.values()}
    risk_contributions.sort(key=lambda c: (meeting_order.get(c.meeting_id, ()), c.position, c.id))
    mitigations = look.mitigations([c.id for c in risk_contributions])
    history = [StageStep(c.stage, c.date, c.body, c.dnr, c.note)
               for c in sorted(store.list(PlanStageChange), key=lambda c: (c.date, c.id or 0))]
    current = [step for step in history if step.stage == process.plan_stage]
    stage_date = process.plan_stage_date or next((s.date for s in reversed(current) if s.date), "")
    held, participants = _meetings_held(store, look.meetings)
    numbers = number_measures(active)
    return CatalogueData(
        goals=gather_goals(store, numbers),
        mapping=gather_mapping(store, numbers),
        process=process,
        stage_date=stage_date,
        framework=framework_labels(store),
        meetings=look.meetings,
        measures=look.measures(active, numbers),
        cancelled=len(measures) - len(active),
        risks=[look.risk(c, mitigations, with_meeting=True) for c in risk_contributions],
        history=history,
        version=str(len(history) or 1),
        stage_dnr=next((s.dnr for s in reversed(current) if s.dnr), "") or process.plan_dnr,
        meetings_held=held,
        participants=participants,
        financing=department_amounts(active),
    )


def _meetings_held(store: ProcessStore, meetings_by_id: dict[int, Meeting]):
    """Each dated meeting with its people by category, and the different people of them all."""
    categories = {p.id: p.category for p in register.participants(store)}
    by_meeting: dict[int, list[AttendanceEntry]] = defaultdict(list)
    for entry in store.list(AttendanceEntry):
        by_meeting[entry.meeting_id].append(entry)
    held, everyone = [], set()
    for meeting in sorted(meetings_by_id.values(), key=lambda m: (m.date, m.start_time, m.position, m.id or 0)):
        if not meeting.date:
            continue
        entries = by_meeting.get(meeting.id, [])
        status = (Attendance.ATTENDED if any(e.status == Attendance.ATTENDED for e in entries)
                  else Attendance.REGISTERED)
        present = {e.participant_id for e in entries if e.status == status and e.participant_id in categories}
        everyone |= present
        counts = Counter(categories[person] for person in present)
        held.append(MeetingHeld(meeting.date, meeting.format, meeting.title, meeting.series, len(present),
                                sorted(counts.items(), key=lambda item: (-item[1], item[0])),
                                traits(meeting.format).reviews_measures))
    total = Counter(categories[person] for person in everyone)
    return held, sorted(total.items(), key=lambda item: (-item[1], item[0]))


_AMOUNT = re.compile(
    r"(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d+))?\s*"
    r"(miljoner kronor|miljoner kr|mnkr|mkr|tkr|kronor|kr|sek)(?![a-zåäö])",
    re.IGNORECASE)
_YEARLY = re.compile(r"^\W*(per år|om året|i året|/\s*år|årligen|varje år|per year|a year|annually)", re.IGNORECASE)
_SCALE = {"tkr": 1_000, "mkr": 1_000_000, "mnkr": 1_000_000, "miljoner kronor": 1_000_000, "miljoner kr": 1_000_000}


def amounts_in(text: str) -> list[tuple[int, bool]]:
    """The amounts in kronor a resources text names, each with whether it is per year:
    "150 000 kr" (150000, False); "120 000 kr per år" (120000, True); "2,5 mkr" (2500000,
    False). Hours, percentages and posts are no amounts."""
    found = []
    for match in _AMOUNT.finditer(text or ""):
        whole = int(re.sub(r"\D", "", match.group(1)))
        decimals = match.group(2) or ""
        scale = _SCALE.get(match.group(3).casefold(), 1)
        value = whole * scale + (int(decimals) * scale // 10 ** len(decimals) if decimals and scale > 1 else 0)
        found.append((value, bool(_YEARLY.match(text[match.end():match.end() + 20]))))
    return found


def department_amounts(measures: list[Measure]) -> list[DepartmentAmounts]:
    """The kronor the measures name in their resources, summed per department, departments in
    alphabetical order (never ranked); measures without a department under ""."""
    sums: dict[str, DepartmentAmounts] = {}
    for measure in measures:
        amounts = amounts_in(measure.resources)
        if not amounts:
            continue
        department = measure.department.strip()
        row = sums.setdefault(department, DepartmentAmounts(department))
        row.measures += 1
        for value, yearly in amounts:
            if yearly:
                row.yearly += value
            else:
                row.once += value
    return sorted(sums.values(), key=lambda row: (row.department == "", sort_key(row.department)))


# ---------------------------------------------------------------------------------------------
# printables


@dataclass
class TableSign:
    number: int  # 1-based, in table order (the phone page's number)
    table: CafeTable
    host: str
    questions: list[tuple[int | None, str]]  # (round number or None, text)
    url: str
    host_url: str = ""  # the table host's capture page ('' when the table has no live host link)


@dataclass
class Card:
    name: str
    organisation: str
    seats: list[tuple[int, str]]  # (round number, table name)
    hosts: str = ""  # the table this person hosts (and stays at)
    code_url: str = ""  # the page of this card's personal code ('' when none was made)


@dataclass
class PrintablesData:
    process: Process
    meeting: Meeting
    signs: list[TableSign]
    cards: list[Card]
    has_seats: bool
    schedule: list[tuple[str, AgendaItem]]  # (start time, item)
    round_count: int
    #: the QR codes lead to the meeting's results at the process's public address, not to the
    #: laptop (whose codes work only in the room, and only while it keeps its address)
    public: bool = False


def gather_printables(store: ProcessStore, meeting_id: int, base_url: str) -> PrintablesData:
    meeting = store.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFound(meeting_id)
    tables = seating.tables_of(store, meeting_id)
    rounds = seating.rounds_of(store, meeting_id)
    questions = meetings.questions_by_round(store, meeting_id)
    participants = {p.id: p for p in register.participants(store)}
    organisations = register.organisation_names(store)
    attendance = register.attendance_of(store, meeting_id)
    hosts: dict[int, int] = {}
    for entry in attendance:
        if entry.role == Role.TABLE_HOST and entry.table_id:
            hosts[entry.table_id] = entry.participant_id
    for table in tables:
        if table.host_participant_id:
            hosts[table.id] = table.host_participant_id

    per_round = [(q.round_number, q.text) for q in questions if q.round_number and not q.table_id]
    general = [(None, q.text) for q in questions if not q.round_number and not q.table_id]
    public = store.process().public_address

    def url(number: int) -> str:
        return meeting_url(public, meeting_id) if public else table_url(base_url, meeting.share_token, number)

    signs = []
    for number, table in enumerate(tables, start=1):
        own = [(None, q.text) for q in questions if q.table_id == table.id]
        shown = own if (own or meeting.question_per_table) else (per_round or general)
        link = host_links.live_link_of_table(store, table.id)
        signs.append(TableSign(number, table, _name(participants, hosts.get(table.id)), shown,
                               url(number),
                               host_url(base_url, link.token) if link else ""))
    codes = host_links.codes_of(store, meeting_id)

    round_numbers = {r.id: r.number for r in rounds}
    table_names = {t.id: t.name for t in tables}
    seats: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for seat in seating.seats_in_rounds(store, [r.id for r in rounds]):
        if seat.round_id in round_numbers and seat.table_id in table_names:
            seats[seat.participant_id].append((round_numbers[seat.round_id], table_names[seat.table_id]))
    host_of = {participant: table_names.get(table, "") for table, participant in hosts.items()}
    cards = []
    if seats:
        people = set(seats) | set(host_of)
        for participant_id in people:
            person = participants.get(participant_id)
            if person is None:
                continue
            organisation = organisations.get(person.organisation_id, "") if person.organisation_id else ""
            code = codes.get(participant_id)
            cards.append(Card(person.name, organisation, sorted(seats.get(participant_id, [])),
                              host_of.get(participant_id, ""), card_url(base_url, code) if code else ""))
        cards.sort(key=lambda card: sort_key(card.name))

    agenda = meetings.agenda_of(store, meeting_id)
    starts = start_times(meeting.start_time, agenda)
    return PrintablesData(
        process=store.process(),
        meeting=meeting,
        signs=signs,
        cards=cards,
        has_seats=bool(seats),
        schedule=[(starts.get(item.id, ""), item) for item in agenda],
        round_count=len(rounds),
        public=bool(public),
    )


# ---------------------------------------------------------------------------------------------
# spreadsheets


@dataclass
class ContributionRow:
    contribution: Contribution
    meeting: Meeting | None
    table: str
    round: int | None
    question: str
    theme: str
    dots: int
    mitigations: list[str]


def gather_contributions(store: ProcessStore, meeting_id: int | None = None) -> list[ContributionRow]:
    if meeting_id is not None and store.get(Meeting, meeting_id) is None:
        raise MeetingNotFound(meeting_id)
    look = _Lookup(store)
    contributions = reports.contributions_of(store, meeting_id)
    questions = {q.id: q.text for q in (meetings.questions_of(store, meeting_id) if meeting_id is not None
                                         else store.list(Question))}
    votes = harvest.votes_of(store, meeting_id) if meeting_id is not None else store.list(Vote)
    votes += phone_input.as_votes(store, meeting_id)
    totals = tally(votes, merged_into=merged_into_map(contributions))
    dots = {target.id: n for target, n in totals.items() if target.kind == TargetKind.CONTRIBUTION}
    mitigations = look.mitigations([c.id for c in contributions if c.kind == ContributionKind.RISK])
    meeting_order = {m.id: (m.date, m.start_time, m.position, m.id) for m in look.meetings.values()}
    table_order = {t.id: t.position for t in look.tables.values()}
    rows = []
    for c in sorted(contributions, key=lambda c: (meeting_order.get(c.meeting_id, ()),
                                                  look.rounds[c.round_id].number if c.round_id in look.rounds else 0,
                                                  table_order.get(c.table_id, -1), c.position, c.id)):
        table, round_, theme = look.tables.get(c.table_id), look.rounds.get(c.round_id), look.themes.get(c.theme_id)
        rows.append(ContributionRow(
            c, look.meetings.get(c.meeting_id), table.name if table else "", round_.number if round_ else None,
            questions.get(c.question_id, ""), theme.title if theme else "", dots.get(c.id, 0),
            mitigations.get(c.id, []),
        ))
    return rows


def gather_measures(store: ProcessStore) -> tuple[list[MeasureEntry], dict[int, Meeting], tuple]:
    look = _Lookup(store)
    measures = store.list(Measure)
    numbers = number_measures([m for m in measures if m.status != MeasureStatus.CANCELLED])
    return look.measures(measures, numbers), look.meetings, framework_labels(store)


# ---------------------------------------------------------------------------------------------
# remissammanställning


class RemissNotFound(LookupError):
    """The process has no remiss round (with this id)."""

    def __init__(self, round_id=None):
        super().__init__(f"remiss round {round_id}")
        self.round_id = round_id


@dataclass
class RemissSummaryData:
    process: Process
    summary: remiss_rules.RemissSummary


def gather_remiss_summary(store: ProcessStore, round_id: int | None = None, today=None) -> RemissSummaryData:
    """The remiss round (the latest when none is named) as its summary reads it. A recipient
    without a reply has "no reply" once the deadline has passed (by ``today``) or the plan
    has moved on from the remiss stage; before that, "no reply yet"."""
    from ..storage import remiss as remiss_repo

    round_ = remiss_repo.latest_round(store) if round_id is None else store.get(RemissRound, round_id)
    if round_ is None:
        raise RemissNotFound(round_id)
    measures = measures_repo.list_measures(store)
    summary = remiss_rules.summarise(
        round_, remiss_repo.recipients(store, round_.id), remiss_repo.replies(store, round_.id),
        remiss_repo.remarks(store, round_.id), measures, number_measures(measures), register.organisation_names(store),
        today=today, closed=store.process().plan_stage in remiss_rules.STAGES_AFTER_REMISS,
    )
    return RemissSummaryData(store.process(), summary)
