"""The plan's follow-up rhythm: how often the committee meets, the departments report, the
plan is revised and the city reports to ECCAR, and the follow-up calendar made from it.

The toolkit's values are the defaults (``RhythmSettings``):

* the implementation committee meets regularly, "t ex en gång i månaden" (seed 003:679-681);
* the coordinator gathers the departments "2-4 gånger om året" (seed 003:739-745), with
  reporting templates of her own making (seed 000:320, "mallar för rapportering");
* ECCAR asks its members for a report "vartannat år" (seed 003:772);
* the plan is revised "vartannat eller vart tredje år" (seed 003:833); a follow-up after
  3-4 months is the toolkit's rhythm for trainings (seed 000:1339-1344), not the plan's.

``reporting_rounds`` names the departments' reporting rounds ("Follow-up 1 2027", in the
window's language "Uppföljning 1 2027") and dates them: every round closes on the last day
of its period, the year cut into equal periods. Other parts of the app (the departments'
forms) name rounds with the same function, so a round is the same round everywhere.

``follow_up_calendar`` lists, for a given "today", the coming committee meetings (those
already created and those the rhythm proposes), the reporting rounds, the measures'
deadlines, the next ECCAR report and revision, and what is overdue. Items are ordered by
date only: departments are never ranked or compared (DOMAIN.md), and nothing here counts or
sorts by department. No Qt, no SQL.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum

from .entities import Measure, Meeting, Process
from .formats import traits
from .measures import deadline_of, is_open, parse_iso_date
from .vocabulary import QT_TRANSLATE_NOOP

#: (context, English) -> text in the user's language; the default leaves it English.
Translate = Callable[[str, str], str]

#: A reporting round's name: %1 its number within the year, %2 the year ("Uppföljning 1 2027").
ROUND_NAME = QT_TRANSLATE_NOOP("FollowUpRhythm", "Follow-up %1 %2")

#: How many reporting rounds a year may have: the year is cut into equal whole months.
ROUNDS_PER_YEAR_CHOICES: tuple[int, ...] = (1, 2, 3, 4, 6, 12)


def untranslated(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class RhythmSettings:
    """The plan's follow-up settings, with the toolkit's values as defaults."""

    committee_months: int = 1  # the committee meets about monthly (seed 003:680)
    rounds_per_year: int = 2  # the departments report 2-4 times a year (seed 003:741); 2 is the least
    revision_years: int = 3  # the plan is revised every 2-3 years (seed 003:833)
    eccar_years: int = 2  # a report to ECCAR every two years (seed 003:772)

    @classmethod
    def of(cls, process: Process) -> RhythmSettings:
        """The settings stored with the process (a value out of range reads as the default)."""
        values = {}
        for name, column in SETTING_COLUMNS.items():
            value = getattr(process, column, None)
            if isinstance(value, int) and not isinstance(value, bool) and setting_allowed(name, value):
                values[name] = value
        return cls(**values)


#: Each setting and the process column that stores it.
SETTING_COLUMNS: dict[str, str] = {
    "committee_months": "follow_up_committee_months",
    "rounds_per_year": "follow_up_rounds_per_year",
    "revision_years": "follow_up_revision_years",
    "eccar_years": "follow_up_eccar_years",
}
SETTING_NAMES: tuple[str, ...] = tuple(f.name for f in fields(RhythmSettings))

#: The values each setting may take (inclusive ranges, or the allowed choices).
SETTING_RANGES: dict[str, tuple[int, int]] = {
    "committee_months": (1, 12),
    "revision_years": (1, 10),
    "eccar_years": (1, 10),
}

#: What each setting is called (the window's labels).
SETTING_LABELS: dict[str, str] = {
    "committee_months": QT_TRANSLATE_NOOP("FollowUpRhythm", "The committee meets every"),
    "rounds_per_year": QT_TRANSLATE_NOOP("FollowUpRhythm", "The departments report"),
    "revision_years": QT_TRANSLATE_NOOP("FollowUpRhythm", "The plan is revised every"),
    "eccar_years": QT_TRANSLATE_NOOP("FollowUpRhythm", "Report to ECCAR every"),
}


def setting_allowed(name: str, value: object) -> bool:
    """Whether ``value`` is one the setting ``name`` may take."""
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    if name == "rounds_per_year":
        return value in ROUNDS_PER_YEAR_CHOICES
    bounds = SETTING_RANGES.get(name)
    return bounds is not None and bounds[0] <= value <= bounds[1]


# -- dates -----------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months; a day the month lacks becomes its last (31 January plus
    one month is 28 or 29 February)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


# -- reporting rounds ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportingRound:
    """One of the departments' reporting rounds: the ``number``-th of ``per_year`` in ``year``,
    covering ``starts``..``due`` (the last day of its period, when the reports are due)."""

    year: int
    number: int
    per_year: int
    starts: date
    due: date

    @property
    def key(self) -> str:
        """The round's identity within the process, e.g. "2027-1" (also for calendar UIDs)."""
        return f"{self.year}-{self.number}"

    def name(self, translate: Translate = untranslated) -> str:
        """"Uppföljning 1 2027" (in the language of ``translate``)."""
        return translate("FollowUpRhythm", ROUND_NAME).replace("%1", str(self.number)).replace("%2", str(self.year))


def rounds_of_year(year: int, per_year: int) -> list[ReportingRound]:
    """The year's reporting rounds, each closing on the last day of its equal part of the year."""
    if per_year not in ROUNDS_PER_YEAR_CHOICES:
        raise ValueError(f"rounds per year must be one of {ROUNDS_PER_YEAR_CHOICES}, not {per_year}")
    months = 12 // per_year
    return [
        ReportingRound(year, number, per_year, date(year, (number - 1) * months + 1, 1),
                       month_end(year, number * months))
        for number in range(1, per_year + 1)
    ]


def reporting_rounds(settings: RhythmSettings, from_day: date, to_day: date) -> list[ReportingRound]:
    """The reporting rounds due from ``from_day`` to ``to_day`` (both included), in order."""
    rounds: list[ReportingRound] = []
    for year in range(from_day.year, to_day.year + 1):
        rounds.extend(r for r in rounds_of_year(year, settings.rounds_per_year) if from_day <= r.due <= to_day)
    return rounds


def round_of(settings: RhythmSettings, day: date) -> ReportingRound:
    """The reporting round whose period holds ``day``."""
    return next(r for r in rounds_of_year(day.year, settings.rounds_per_year) if r.starts <= day <= r.due)


# -- the calendar ----------------------------------------------------------------------------


class ItemKind(StrEnum):
    COMMITTEE_MEETING = "committee_meeting"  # a committee meeting already in the process
    PLANNED_COMMITTEE = "planned_committee"  # one the rhythm proposes, not created yet
    REPORTING_ROUND = "reporting_round"
    DEADLINE = "deadline"  # a measure's deadline
    ECCAR_REPORT = "eccar_report"
    REVISION = "revision"


ITEM_KIND_LABELS: dict[str, str] = {
    ItemKind.COMMITTEE_MEETING: QT_TRANSLATE_NOOP("FollowUpRhythm", "Committee meeting"),
    ItemKind.PLANNED_COMMITTEE: QT_TRANSLATE_NOOP("FollowUpRhythm", "Committee meeting (not created yet)"),
    ItemKind.REPORTING_ROUND: QT_TRANSLATE_NOOP("FollowUpRhythm", "Reporting round"),
    ItemKind.DEADLINE: QT_TRANSLATE_NOOP("FollowUpRhythm", "Deadline"),
    ItemKind.ECCAR_REPORT: QT_TRANSLATE_NOOP("FollowUpRhythm", "Report to ECCAR"),
    ItemKind.REVISION: QT_TRANSLATE_NOOP("FollowUpRhythm", "Revision of the plan"),
}

# Items on the same day: meetings first, then rounds, deadlines, reports.
_KIND_ORDER = {kind: index for index, kind in enumerate(ItemKind)}


@dataclass(frozen=True)
class CalendarItem:
    kind: ItemKind
    day: date
    key: str  # the item's identity within the process: "measure-12", "meeting-3", "round-2027-1"…
    overdue: bool = False
    measure: Measure | None = None
    meeting: Meeting | None = None
    round: ReportingRound | None = None


@dataclass(frozen=True)
class FollowUpCalendar:
    today: date
    until: date
    settings: RhythmSettings
    items: tuple[CalendarItem, ...]
    adopted_on: date | None = None  # the ECCAR report and revision count from it
    next_committee_day: date | None = None  # the day the next committee meeting would be created on

    @property
    def overdue(self) -> list[CalendarItem]:
        return [item for item in self.items if item.overdue]

    @property
    def coming(self) -> list[CalendarItem]:
        return [item for item in self.items if not item.overdue]

    def of_kind(self, *kinds: ItemKind) -> list[CalendarItem]:
        return [item for item in self.items if item.kind in kinds]


def is_committee(meeting: Meeting) -> bool:
    """A meeting that reviews the open measures (the implementation committee's)."""
    return traits(meeting.format).reviews_measures


def _committee_items(settings: RhythmSettings, meetings: list[Meeting], today: date, until: date,
                     adopted_on: date | None) -> tuple[list[CalendarItem], date | None]:
    """The committee meetings: those created, from today on; then the ones the rhythm
    proposes, every ``committee_months`` counted from the latest committee meeting (else the
    adoption). Proposed dates already past fold into one overdue item: the meeting not held."""
    dated = [(parse_iso_date(m.date), m) for m in meetings if is_committee(m)]
    held = sorted(((day, m) for day, m in dated if day is not None), key=lambda pair: (pair[0], pair[1].id or 0))
    items = [CalendarItem(ItemKind.COMMITTEE_MEETING, day, f"meeting-{m.id}", meeting=m)
             for day, m in held if today <= day <= until]
    anchor = held[-1][0] if held else adopted_on
    if anchor is None:
        return items + [CalendarItem(ItemKind.PLANNED_COMMITTEE, today, f"committee-{today:%Y-%m}")], today
    missed: date | None = None
    step = 1
    next_day: date | None = None
    beyond: date | None = None  # the first proposed day after ``until``
    while True:  # counted from the anchor each time, so month ends do not drift
        try:
            day = add_months(anchor, settings.committee_months * step)
        except ValueError:  # past year 9999 (a crafted date): nothing more to propose
            break
        step += 1
        if day < today:
            missed = missed or day
            continue
        if day > until:
            beyond = day
            break
        next_day = next_day or day
        items.append(CalendarItem(ItemKind.PLANNED_COMMITTEE, day, f"committee-{day:%Y-%m}"))
    if missed is not None:
        items.append(CalendarItem(ItemKind.PLANNED_COMMITTEE, missed, f"committee-{missed:%Y-%m}", overdue=True))
        return items, today  # overdue: the meeting is due now
    return items, next_day or beyond


def _add_months_or_none(day: date, months: int) -> date | None:
    try:
        return add_months(day, months)
    except ValueError:  # beyond the calendar's years
        return None


def _every_years(start: date | None, years: int, today: date) -> date | None:
    """The first of start + k·years (k ≥ 1) that is today or later (None past year 9999)."""
    if start is None:
        return None
    step = 1
    while (day := _add_months_or_none(start, 12 * years * step)) is not None and day < today:
        step += 1
    return day


def follow_up_calendar(
    settings: RhythmSettings,
    *,
    today: date,
    until: date | None = None,
    meetings: Iterable[Meeting] = (),
    measures: Iterable[Measure] = (),
    adopted_on: date | str | None = None,
) -> FollowUpCalendar:
    """The follow-up calendar from ``today`` to ``until`` (default: a year ahead).

    Every open measure with a readable deadline is listed (overdue when the deadline lies
    before today, however long ago; due later than ``until`` too, so the reminders hold them
    all). Reporting rounds and committee meetings are listed up to ``until``; the next ECCAR
    report and revision, counted from the adoption, are listed even beyond it.
    """
    until = until or _add_months_or_none(today, 12) or date.max
    adopted = parse_iso_date(adopted_on) if adopted_on is not None else None
    committee, next_committee = _committee_items(settings, list(meetings), today, until, adopted)
    items = list(committee)
    items += [CalendarItem(ItemKind.REPORTING_ROUND, r.due, f"round-{r.key}", round=r)
              for r in reporting_rounds(settings, today, until)]
    for measure in measures:
        deadline = deadline_of(measure)
        if deadline is None or not is_open(measure):
            continue
        items.append(CalendarItem(ItemKind.DEADLINE, deadline, f"measure-{measure.id}", overdue=deadline < today,
                                  measure=measure))
    eccar = _every_years(adopted, settings.eccar_years, today)
    if eccar is not None:
        items.append(CalendarItem(ItemKind.ECCAR_REPORT, eccar, f"eccar-{eccar.year}"))
    revision = _every_years(adopted, settings.revision_years, today)
    if revision is not None:
        items.append(CalendarItem(ItemKind.REVISION, revision, f"revision-{revision.year}"))

    def order(item: CalendarItem) -> tuple:
        plan_order = (item.measure.eccar_point or 99, item.measure.track or 99, item.measure.position,
                      item.measure.id or 0) if item.measure is not None else ()
        return (item.day, _KIND_ORDER[item.kind], plan_order, item.key)

    return FollowUpCalendar(today, until, settings, tuple(sorted(items, key=order)), adopted, next_committee)
