"""The ECCAR report's read model: what the municipality tells ECCAR every two years, from the
data. Per ECCAR point the measures with their status, what was done in the reporting period
(the dated notes of their status history), and their indicators against baseline and target;
the changes to the plan since it was adopted (the adopted plan version against the measures
now); and the 10 × 4 coverage grid now beside the grid at adoption.

Plain data, gathered through storage and the other read models; no Qt widgets and no words:
the writer (``export/eccar_report.py``) says everything. Departments are never ranked or
compared: nothing here is counted per department (DOMAIN.md), and no participant is named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.coverage import CoverageGrid, coverage_grid
from ..domain.entities import Measure, MeasureStatusChange, Process
from ..domain.measures import ECCAR_POINT_NUMBERS
from ..domain.plan import MeasureChange, diff_versions, parse_day
from ..domain.vocabulary import MeasureStatus, PlanStage
from ..storage import plan as plan_repo
from ..storage.process_store import ProcessStore
from .report_data import MeasureEntry, framework_labels, gather_measures

#: A measure's fields that are the follow-up, not the plan: their changes since adoption are
#: what the chapters per point report, so the plan's changes leave them out.
FOLLOW_UP_FIELDS: frozenset[str] = frozenset({"status", "result"})
#: The reporting period ECCAR asks for: every two years.
PERIOD_YEARS = 2


class PeriodError(ValueError):
    """A reporting period that is no period: a date that is none, or an end before its start."""


def default_period(today: date | None = None) -> tuple[str, str]:
    """The last two years up to ``today``: (start, end) as YYYY-MM-DD."""
    today = today or date.today()
    try:
        start = today.replace(year=today.year - PERIOD_YEARS)
    except ValueError:  # 29 February
        start = today.replace(year=today.year - PERIOD_YEARS, day=28)
    return start.isoformat(), today.isoformat()


def check_period(start: str | None, end: str | None, today: date | None = None) -> tuple[str, str]:
    """The period to report: the given dates (either may be left out for its default), or
    PeriodError."""
    default_start, default_end = default_period(today)
    if end:
        day = parse_day(end)
        if day is None:
            raise PeriodError(end)
        default_start = default_period(day)[0]
    start, end = (start or default_start).strip(), (end or default_end).strip()
    if parse_day(start) is None:
        raise PeriodError(start)
    if parse_day(end) is None:
        raise PeriodError(end)
    if start > end:
        raise PeriodError(f"{start} – {end}")
    return start, end


@dataclass
class ReportedMeasure:
    """One measure as the report gives it: the measure now, and what was done in the period."""

    entry: MeasureEntry
    done: list[MeasureStatusChange] = field(default_factory=list)  # changes dated in the period, oldest first
    since: str = ""  # the date of its latest status change (its status has held since then)

    @property
    def measure(self) -> Measure:
        return self.entry.measure


@dataclass
class PointReport:
    point: int | None  # None: measures without an ECCAR point
    measures: list[ReportedMeasure] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for item in self.measures if item.measure.status == status)


@dataclass
class PlanChanges:
    """What changed in the plan from the adopted version to now."""

    adopted_on: str
    added: list[tuple[str, Measure]] = field(default_factory=list)  # (number now, measure)
    removed: list[tuple[str, Measure]] = field(default_factory=list)  # (number at adoption, measure)
    cancelled: list[tuple[str, Measure]] = field(default_factory=list)  # in both, cancelled since
    changed: list[tuple[str, MeasureChange]] = field(default_factory=list)  # content changed (not the follow-up)
    texts: tuple[str, ...] = ()  # the plan's own texts that changed (domain.plan.PLAN_TEXT_FIELDS)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.cancelled or self.changed or self.texts)


@dataclass
class EccarReportData:
    process: Process
    framework: tuple[dict[int, str], dict[int, str]]
    period_start: str
    period_end: str
    points: list[PointReport]  # the ten points in order, then (if any) the measures without a point
    grid_now: CoverageGrid
    adopted_on: str = ""  # the date of the latest adoption; "" when the plan was never adopted
    adopted_by: str = ""  # the body that adopted it
    dnr: str = ""  # the adoption's diarienummer, else the plan's
    changes: PlanChanges | None = None  # None: no adopted version is stored (or it cannot be read)
    grid_adopted: CoverageGrid | None = None
    version_unreadable: bool = False  # an adopted version is stored but cannot be read

    @property
    def measures(self) -> list[ReportedMeasure]:
        return [item for point in self.points for item in point.measures]


def gather_eccar_report(store: ProcessStore, start: str | None = None, end: str | None = None,
                        today: date | None = None) -> EccarReportData:
    """The report's data for the period ``start``–``end`` (default: the last two years up to
    ``today``); raises PeriodError for a period that is none."""
    start, end = check_period(start, end, today)
    process = store.process()
    entries, _meetings, _framework = gather_measures(store)
    by_point: dict[int | None, list[ReportedMeasure]] = {}
    for entry in entries:
        history = sorted(entry.history, key=lambda change: (change.date, change.id or 0))
        done = [change for change in history if start <= change.date <= end]
        point = entry.measure.eccar_point if entry.measure.eccar_point in ECCAR_POINT_NUMBERS else None
        by_point.setdefault(point, []).append(
            ReportedMeasure(entry, done, history[-1].date if history else ""))
    points = [PointReport(point, by_point.get(point, [])) for point in ECCAR_POINT_NUMBERS]
    if None in by_point:
        points.append(PointReport(None, by_point[None]))
    now = [entry.measure for entry in entries]
    data = EccarReportData(process=process, framework=framework_labels(store), period_start=start, period_end=end,
                           points=points, grid_now=coverage_grid(now))
    adoption = next((step for step in reversed(plan_repo.stage_history(store)) if step.stage == PlanStage.ADOPTED),
                    None)
    data.dnr = (adoption.dnr.strip() if adoption else "") or process.plan_dnr.strip()
    if adoption is not None:
        data.adopted_on, data.adopted_by = adoption.date, adoption.body.strip()
    _changes_since_adoption(store, data, process, entries)
    return data


def _changes_since_adoption(store: ProcessStore, data: EccarReportData, process: Process,
                            entries: list[MeasureEntry]) -> None:
    from .plan_versions import StoredVersionError, version_contents

    version = plan_repo.latest_version(store, PlanStage.ADOPTED)
    if version is None:
        return
    try:
        adopted_process, adopted, numbers_then = version_contents(version.content)
    except StoredVersionError:
        data.version_unreadable = True
        return
    data.adopted_on = data.adopted_on or version.date
    data.grid_adopted = coverage_grid(adopted)
    adopted_ids = {measure.id for measure in adopted}
    # A measure cancelled before the adoption was never in the adopted plan: not "added" since.
    now = [entry.measure for entry in entries
           if entry.measure.status != MeasureStatus.CANCELLED or entry.measure.id in adopted_ids]
    numbers_now = {entry.measure.id: entry.number for entry in entries}
    diff = diff_versions((adopted_process, adopted), (process, now))
    changes = PlanChanges(adopted_on=version.date, texts=tuple(name for name in diff.texts if name != "plan_stage"))
    changes.added = [(numbers_now.get(m.id, ""), m) for m in diff.added]
    changes.removed = [(numbers_then.get(m.id, ""), m) for m in diff.removed]
    for change in diff.changed:
        if change.after.status == MeasureStatus.CANCELLED and change.before.status != MeasureStatus.CANCELLED:
            changes.cancelled.append((numbers_then.get(change.after.id, ""), change.after))
            continue
        fields = tuple(name for name in change.fields if name not in FOLLOW_UP_FIELDS)
        if fields:
            changes.changed.append((numbers_now.get(change.after.id, "") or numbers_then.get(change.after.id, ""),
                                    MeasureChange(change.before, change.after, fields)))
    data.changes = changes
