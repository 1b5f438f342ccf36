"""The plan through its stages, and what changed between two stored versions of it.

The plan moves utkast → remiss → godkänd av förvaltningarna → antagen (DOMAIN.md, "The
action plan structure"; seed 003:497-504 and 628-631), each step dated and recorded with the
body that decided it (kommunfullmäktige, kommunstyrelsen, the departments), a diarienummer
and a note. Going back is allowed (the plan is withdrawn from remiss, or sent back to the
departments after the council's debate) and is recorded like any other step. A step may also
skip stages forward (a small municipality may adopt without a separate round among the
departments); ``StageCheck.skipped`` names what was skipped so the window can say so.

The rules (``check_stage_change``):

* the stage must be one of the four, and the date a real date (YYYY-MM-DD);
* a step to the stage the plan is already at is refused, except the very first entry of an
  empty history, which dates the draft itself;
* a step may not be dated before the latest step already recorded: the history is read in
  order, and a version dated earlier than the one before it would not be "the plan as it
  then stood".

Every step keeps a dated copy of the catalogue (a plan version, ``export/plan_versions.py``);
``diff_measures`` and ``diff_texts`` say what differs between two of them. Everything here
returns codes, never sentences: the UI and the command line word them. No Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .entities import Measure, PlanStageChange, Process
from .vocabulary import QT_TRANSLATE_NOOP, PlanStage

#: The stages in the order a plan moves through them.
STAGE_ORDER: tuple[PlanStage, ...] = (PlanStage.DRAFT, PlanStage.CONSULTATION, PlanStage.APPROVED, PlanStage.ADOPTED)

#: The plan's own texts, as the plan page edits them (columns of the process row).
PLAN_TEXT_FIELDS: tuple[str, ...] = (
    "municipality", "plan_title", "plan_period", "plan_dnr", "background", "commission", "purpose", "financing",
)
#: What each of the plan's texts is called (and the stage, as a difference between versions).
PLAN_TEXT_LABELS: Mapping[str, str] = {
    "municipality": QT_TRANSLATE_NOOP("PlanTexts", "Municipality"),
    "plan_title": QT_TRANSLATE_NOOP("PlanTexts", "Title of the plan"),
    "plan_period": QT_TRANSLATE_NOOP("PlanTexts", "Period"),
    "plan_dnr": QT_TRANSLATE_NOOP("PlanTexts", "Registration number"),
    "background": QT_TRANSLATE_NOOP("PlanTexts", "Background"),
    "commission": QT_TRANSLATE_NOOP("PlanTexts", "Commission"),
    "purpose": QT_TRANSLATE_NOOP("PlanTexts", "Purpose"),
    "financing": QT_TRANSLATE_NOOP("PlanTexts", "Financing"),
    "plan_stage": QT_TRANSLATE_NOOP("PlanTexts", "Stage"),
}
#: The texts that are one line (trimmed and with runs of white space made one space).
ONE_LINE_FIELDS: frozenset[str] = frozenset({"municipality", "plan_title", "plan_period", "plan_dnr"})

#: The words the command line accepts for each stage, Swedish and English, in lower case.
STAGE_WORDS: Mapping[str, PlanStage] = {
    "draft": PlanStage.DRAFT, "utkast": PlanStage.DRAFT,
    "consultation": PlanStage.CONSULTATION, "remiss": PlanStage.CONSULTATION, "på remiss": PlanStage.CONSULTATION,
    "pa remiss": PlanStage.CONSULTATION, "remissversion": PlanStage.CONSULTATION,
    "approved": PlanStage.APPROVED, "godkänd": PlanStage.APPROVED, "godkand": PlanStage.APPROVED,
    "godkänd av förvaltningarna": PlanStage.APPROVED, "godkand av forvaltningarna": PlanStage.APPROVED,
    "adopted": PlanStage.ADOPTED, "antagen": PlanStage.ADOPTED, "antaget": PlanStage.ADOPTED,
}


def parse_stage(word: str | None) -> PlanStage | None:
    """The stage a word names (Swedish or English, any case), or None."""
    if word is None:
        return None
    return STAGE_WORDS.get(" ".join(word.split()).casefold())


def stage_index(stage: str) -> int:
    """The stage's place in ``STAGE_ORDER`` (an unknown stage counts as the draft)."""
    try:
        return STAGE_ORDER.index(PlanStage(stage))
    except ValueError:
        return 0


def parse_day(text: str | None) -> date | None:
    """A date written YYYY-MM-DD, or None."""
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        return None


# -- the stage machine -----------------------------------------------------------------------------


class StageProblem(StrEnum):
    UNKNOWN_STAGE = "unknown_stage"
    BAD_DATE = "bad_date"
    SAME_STAGE = "same_stage"
    BEFORE_LAST = "before_last"  # dated before the latest step already recorded


class Direction(StrEnum):
    START = "start"  # the first entry of an empty history, at the stage the plan is at
    FORWARD = "forward"
    BACK = "back"


@dataclass(frozen=True)
class StageCheck:
    """Whether a step may be recorded, and if so which way it goes."""

    allowed: bool
    problem: StageProblem | None = None
    direction: Direction | None = None
    skipped: tuple[PlanStage, ...] = ()  # stages jumped over going forward
    last_date: str = ""  # the latest recorded step's date (for BEFORE_LAST)


def ordered(history: Iterable[PlanStageChange]) -> list[PlanStageChange]:
    """The steps in the order they were taken: by date, then as recorded."""
    return sorted(history, key=lambda change: (change.date, change.id or 0))


def check_stage_change(current: str, history: Sequence[PlanStageChange], stage: str, day: str) -> StageCheck:
    """May the plan, now at ``current`` with the recorded ``history``, move to ``stage`` on
    ``day``? See the module's docstring for the rules."""
    target = parse_stage(stage)
    if target is None:
        return StageCheck(False, StageProblem.UNKNOWN_STAGE)
    if parse_day(day) is None:
        return StageCheck(False, StageProblem.BAD_DATE)
    steps = ordered(history)
    last_date = steps[-1].date if steps else ""
    if last_date and parse_day(last_date) is not None and day.strip() < last_date:
        return StageCheck(False, StageProblem.BEFORE_LAST, last_date=last_date)
    here, there = stage_index(current), stage_index(target)
    if there == here:
        if steps:
            return StageCheck(False, StageProblem.SAME_STAGE)
        return StageCheck(True, direction=Direction.START)
    if there < here:
        return StageCheck(True, direction=Direction.BACK)
    return StageCheck(True, direction=Direction.FORWARD, skipped=STAGE_ORDER[here + 1 : there])


@dataclass(frozen=True)
class Step:
    """One recorded step of the history, with the stage it left and which way it went."""

    change: PlanStageChange
    previous: PlanStage | None  # None: the first entry
    direction: Direction


def timeline(history: Iterable[PlanStageChange]) -> list[Step]:
    """The history in order, each step with the stage it came from."""
    steps: list[Step] = []
    previous: PlanStage | None = None
    for change in ordered(history):
        stage = parse_stage(change.stage) or PlanStage.DRAFT
        if previous is None:
            direction = Direction.START if stage == PlanStage.DRAFT else Direction.FORWARD
        else:
            direction = Direction.BACK if stage_index(stage) < stage_index(previous) else Direction.FORWARD
        steps.append(Step(change, previous, direction))
        previous = stage
    return steps


def clean_text(name: str, text: str) -> str:
    """A plan text as it is stored: one-line fields trimmed to one line; longer texts keep
    their paragraphs and lose only trailing white space."""
    if name in ONE_LINE_FIELDS:
        return " ".join(text.split())
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


# -- what changed between two versions ---------------------------------------------------------------

#: A measure's fields that say nothing about its content: never listed as changed.
IGNORED_MEASURE_FIELDS: frozenset[str] = frozenset({"id", "position", "created_at"})


@dataclass(frozen=True)
class MeasureChange:
    """A measure in both versions whose content differs: the names of the fields that do."""

    before: Measure
    after: Measure
    fields: tuple[str, ...]


@dataclass
class VersionDiff:
    added: list[Measure] = field(default_factory=list)  # in the later version only
    removed: list[Measure] = field(default_factory=list)  # in the earlier version only
    changed: list[MeasureChange] = field(default_factory=list)
    texts: tuple[str, ...] = ()  # the plan's own texts that differ (PLAN_TEXT_FIELDS), and "plan_stage"

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.texts)


def _row(measure: Measure) -> dict:
    return {name: value for name, value in measure.to_row().items() if name not in IGNORED_MEASURE_FIELDS}


def changed_fields(before: Measure, after: Measure) -> tuple[str, ...]:
    """The fields whose values differ, in the measure's own order (a field only one side
    knows counts as changed when the other side's value is not its empty default)."""
    old, new = _row(before), _row(after)
    names = list(old) + [name for name in new if name not in old]
    return tuple(name for name in names if old.get(name) != new.get(name))


def diff_measures(before: Sequence[Measure], after: Sequence[Measure]) -> VersionDiff:
    """Measures added, removed and changed from ``before`` to ``after`` (matched by id, the
    measure's identity within the process), each list in the order of its version."""
    old = {measure.id: measure for measure in before}
    new = {measure.id: measure for measure in after}
    diff = VersionDiff()
    diff.added = [measure for measure in after if measure.id not in old]
    diff.removed = [measure for measure in before if measure.id not in new]
    for measure in after:
        if measure.id in old:
            names = changed_fields(old[measure.id], measure)
            if names:
                diff.changed.append(MeasureChange(old[measure.id], measure, names))
    return diff


def diff_texts(before: Process, after: Process) -> tuple[str, ...]:
    """The plan's own texts (and its stage) that differ between two versions' process rows."""
    names = (*PLAN_TEXT_FIELDS, "plan_stage")
    return tuple(name for name in names if getattr(before, name, "") != getattr(after, name, ""))


def diff_versions(before: tuple[Process, Sequence[Measure]], after: tuple[Process, Sequence[Measure]]) -> VersionDiff:
    """Everything that differs between two versions: (process row, measures) each."""
    diff = diff_measures(before[1], after[1])
    diff.texts = diff_texts(before[0], after[0])
    return diff
