"""Edits of measures: creating them from what was said, their fields, dated status changes,
a follow-up meeting's review, and the process's own labels of points and tracks.

The rules live in the domain (``domain/measures.py``, ``domain/follow_up.py``) and the writes
in storage (``storage/measures_repo.py``). Each builder returns an Action, or None when the
rules refuse the edit (``edit_problems`` / ``status_check`` say why first).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..domain.entities import (
    Contribution,
    FrameworkLabel,
    Measure,
    MeasureRevision,
    MeasureSource,
    MeasureStatusChange,
    Meeting,
    Theme,
    stored_id,
)
from ..domain.follow_up import ReviewDecision, ReviewPlan, plan_review_updates
from ..domain.measures import (
    ECCAR_POINT_NUMBERS,
    TRACK_NUMBERS,
    MeasureProblem,
    MissingField,
    StatusCheck,
    check_status_change,
    missing_for,
    validate_measure,
)
from ..domain.meeting_checks import parse_date
from ..domain.vocabulary import QT_TRANSLATE_NOOP
from ..storage import measures_repo as repo
from .base import DELETED, INSERTED, UPDATED, Action, Delete, Insert, NothingToChange, Steps, Update, Work

if TYPE_CHECKING:
    from ..storage.process_store import Tombstone

TITLE_LENGTH = 80


def shorten(text: str, length: int = TITLE_LENGTH) -> str:
    """The first sentence or line of ``text``, cut at a word before ``length`` characters."""
    text = " ".join(text.split())
    for end in (". ", "? ", "! "):
        cut = text.find(end)
        if 0 < cut < length:
            text = text[: cut + 1]
    if len(text) <= length:
        return text.rstrip(".")
    cut = text.rfind(" ", 0, length - 1)
    return text[: cut if cut > length // 2 else length - 1].rstrip(" ,;:") + "…"


def coordinator_names(store) -> tuple[str, ...]:
    """The coordinators named on the process's meetings: never a measure's owner."""
    return tuple({m.coordinator.strip() for m in store.list(Meeting) if m.coordinator.strip()})


def _day(on: date | str | None) -> str:
    return on.isoformat() if isinstance(on, date) else (on or date.today().isoformat())


# -- creating ---------------------------------------------------------------------------


class CreateMeasure(Action):
    """The first time: ``create_measure`` (measure, links, first history row); undo deletes
    the measure with its links and history; redo restores them with the same ids."""

    label = QT_TRANSLATE_NOOP("Commands", "New measure")

    def __init__(self, measure: Measure, contribution_ids, theme_ids, on: str, names: Sequence[str]):
        self.measure, self.contribution_ids, self.theme_ids = measure, list(contribution_ids), list(theme_ids)
        self.on, self.names = on, tuple(names)
        self.created: repo.CreatedMeasure | None = None
        self.tombstone: Tombstone | None = None

    @property
    def measure_id(self) -> int | None:
        return self.created.measure.id if self.created else None

    def do(self, work: Work) -> None:
        if self.tombstone is not None:
            work.restore(self.tombstone)
            return
        created = self.created = repo.create_measure(
            work.store, self.measure, contribution_ids=self.contribution_ids, theme_ids=self.theme_ids,
            on=self.on, coordinator_names=self.names,
        )
        work.note(Measure.TABLE, stored_id(created.measure), INSERTED)
        for source in created.sources:
            work.note(MeasureSource.TABLE, stored_id(source), INSERTED)
        work.note(MeasureStatusChange.TABLE, stored_id(created.history), INSERTED)
        if created.revision is not None:
            work.note(MeasureRevision.TABLE, stored_id(created.revision), INSERTED)

    def undo(self, work: Work) -> None:
        assert self.created is not None, "undo follows do"
        self.tombstone = work.delete(Measure, stored_id(self.created.measure))


def default_title(store, contribution_ids: Sequence[int], theme_ids: Sequence[int], fallback: str) -> str:
    """The (first) theme's title, else the first contribution's text, shortened."""
    for theme_id in theme_ids:
        theme = store.get(Theme, theme_id)
        if theme is not None and theme.title.strip():
            return shorten(theme.title)
    for contribution_id in contribution_ids:
        contribution = store.get(Contribution, contribution_id)
        if contribution is not None and contribution.text.strip():
            return shorten(contribution.text)
    return fallback


def create_measure(
    store,
    *,
    contribution_ids: Iterable[int] = (),
    theme_ids: Iterable[int] = (),
    title: str = "",
    untitled: str = "New measure",
    meeting_id: int | None = None,
    on: date | str | None = None,
    **fields,
) -> CreateMeasure | None:
    """A new measure (status förslag) made from contributions and/or themes, linked to them.

    ``meeting_id`` is the meeting of origin; without it, the meeting all the sources come
    from. ``fields`` preset other fields (``eccar_point=3, track=2`` from the coverage grid);
    ``untitled`` is the title when neither a title nor a source gives one.
    """
    contribution_ids, theme_ids = list(contribution_ids or ()), list(theme_ids or ())
    title = " ".join(title.split()) or default_title(store, contribution_ids, theme_ids, untitled)
    try:
        measure = Measure(title=title, origin_meeting_id=meeting_id, **fields)
    except TypeError:
        return None
    names = coordinator_names(store)
    if validate_measure(measure, names) or missing_for(measure):
        return None
    return CreateMeasure(measure, contribution_ids, theme_ids, _day(on), names)


class LinkSources(Action):
    label = QT_TRANSLATE_NOOP("Commands", "Link to measure")

    def __init__(self, measure_id: int, contribution_ids, theme_ids):
        self.measure_id, self.contribution_ids, self.theme_ids = measure_id, list(contribution_ids), list(theme_ids)
        self.linked: list[MeasureSource] = []

    def do(self, work: Work) -> None:
        if self.linked:
            work.insert_many(self.linked)
            return
        self.linked = repo.link_sources(
            work.store, self.measure_id, contribution_ids=self.contribution_ids, theme_ids=self.theme_ids
        )
        for source in self.linked:
            work.note(MeasureSource.TABLE, stored_id(source), INSERTED)

    def undo(self, work: Work) -> None:
        for source in reversed(self.linked):
            work.delete(MeasureSource, stored_id(source))


def link_sources(
    store, measure_id: int, *, contribution_ids: Iterable[int] = (), theme_ids: Iterable[int] = ()
) -> LinkSources | None:
    """Links more contributions or themes to a measure ("link more"); None if nothing new."""
    existing = repo.sources_of(store, measure_id)
    have_c = {s.contribution_id for s in existing}
    have_t = {s.theme_id for s in existing}
    contribution_ids = [c for c in dict.fromkeys(contribution_ids) if c not in have_c]
    theme_ids = [t for t in dict.fromkeys(theme_ids) if t not in have_t]
    if not contribution_ids and not theme_ids:
        return None
    return LinkSources(measure_id, contribution_ids, theme_ids)


def unlink_source(source_id: int) -> Delete:
    return Delete([(MeasureSource, source_id)], label=QT_TRANSLATE_NOOP("Commands", "Remove link"))


# -- editing fields -----------------------------------------------------------------------


def edit_problems(store, measure_id: int, changes: dict) -> tuple[list[MeasureProblem], list[MissingField]]:
    """What would be wrong with the measure after ``changes``: field values that are not
    allowed, and required fields its (committed) status would then lack."""
    measure = store.get(Measure, measure_id)
    if measure is None:
        return [], []
    changed = measure.with_changes(**changes)
    problems = [p for p in validate_measure(changed, coordinator_names(store)) if p.field in changes]
    missing = [m for m in missing_for(changed) if m not in missing_for(measure)]
    return problems, missing


class EditMeasure(Update):
    """Fields of a measure changed as one step, with a dated revision of the measure after it
    (the minutes read "as it stood then" from these). Redo brings back the same revision."""

    def __init__(self, measure_id: int, changes: dict, on: str, label: str = ""):
        super().__init__(Measure, measure_id, changes, label)
        self.measure_id, self.on = measure_id, on
        self.revision: MeasureRevision | None = None

    def do(self, work: Work) -> None:
        super().do(work)
        if self.revision is not None:
            work.insert_many([self.revision])
            return
        measure = work.store.get(Measure, self.measure_id)
        at = repo.meeting_for_change(work.store, measure.origin_meeting_id if measure else None, self.on,
                                     self.measure_id)
        self.revision = repo.record_revision(work.store, self.measure_id, self.on, at)
        work.note(MeasureRevision.TABLE, stored_id(self.revision), INSERTED)

    def undo(self, work: Work) -> None:
        if self.revision is not None:
            work.delete(MeasureRevision, stored_id(self.revision))
        super().undo(work)


def update_measure(store, measure_id: int, *, on: date | str | None = None, **changes) -> Update | None:
    """Changes fields of a measure as one step. None when a value is not allowed or when it
    would take a required field from a decided measure; NothingToChange when nothing differs.
    Status changes go through ``change_status`` (they are dated)."""
    if "status" in changes or "id" in changes or set(changes) - set(Measure.field_names()):
        return None
    measure = store.get(Measure, measure_id)
    if measure is None:
        return None
    changes = {k: value for k, value in changes.items() if getattr(measure, k) != value}
    if not changes:
        raise NothingToChange
    problems, missing = edit_problems(store, measure_id, changes)
    if problems or missing:
        return None
    return EditMeasure(measure_id, changes, _day(on), label=QT_TRANSLATE_NOOP("Commands", "Change measure"))


def delete_measures(ids: Iterable[int]) -> Delete | None:
    ids = [i for i in dict.fromkeys(ids) if i is not None]
    if not ids:
        return None
    return Delete([(Measure, i) for i in ids], label=QT_TRANSLATE_NOOP("Commands", "Delete measure"))


# -- status changes ---------------------------------------------------------------------


class StatusChanges(Action):
    """One or more dated status changes (a follow-up review writes them all at once)."""

    label = QT_TRANSLATE_NOOP("Commands", "Change status")

    def __init__(self, write, label: str = ""):
        self._write = write  # store -> list[AppliedStatusChange], the first time
        self.applied: list[repo.AppliedStatusChange] = []
        self.label = label or self.label

    def do(self, work: Work) -> None:
        if self.applied:
            for applied in self.applied:
                repo.reapply_status_change(work.store, applied)
        else:
            self.applied = list(self._write(work.store))
        for applied in self.applied:
            work.note(MeasureStatusChange.TABLE, stored_id(applied.history), INSERTED)
            work.note(Measure.TABLE, applied.measure_id, UPDATED)
            if applied.revision is not None:
                work.note(MeasureRevision.TABLE, stored_id(applied.revision), INSERTED)

    def undo(self, work: Work) -> None:
        for applied in reversed(self.applied):
            repo.revert_status_change(work.store, applied)
            if applied.revision is not None:
                work.note(MeasureRevision.TABLE, stored_id(applied.revision), DELETED)
            work.note(MeasureStatusChange.TABLE, stored_id(applied.history), DELETED)
            work.note(Measure.TABLE, applied.measure_id, UPDATED)


def status_check(store, measure_id: int, status: str, *, reopen: bool = False) -> StatusCheck:
    """Whether the measure may move to ``status`` now, and if not, why (for the editor)."""
    measure = store.get(Measure, measure_id)
    if measure is None:
        return StatusCheck(False)
    return check_status_change(measure, status, reopen=reopen)


def change_status(
    store, measure_id: int, status: str, note: str = "", on: date | str | None = None,
    meeting_id: int | None = None, *, reopen: bool = False,
) -> StatusChanges | None:
    """Moves a measure to ``status`` on the day ``on`` (default today) with a note; the same
    status again records a progress note. None when refused."""
    if not status_check(store, measure_id, status, reopen=reopen).allowed:
        return None
    day = _day(on)
    return StatusChanges(lambda s: [repo.change_status(s, measure_id, status, day, note, meeting_id, reopen=reopen)])


# -- the follow-up meeting ------------------------------------------------------------------


def review_day(store, meeting_id: int) -> str:
    """The day a review is dated: the meeting's date, or today for a meeting without one."""
    meeting = store.get(Meeting, meeting_id)
    if meeting is not None and parse_date(meeting.date) is not None:
        return meeting.date
    return date.today().isoformat()


def plan_follow_up(store, meeting_id: int, decisions: Sequence[ReviewDecision]) -> ReviewPlan:
    """The plan for a review, with the refused decisions and why (nothing is written)."""
    meeting = store.get(Meeting, meeting_id)
    review = repo.review_for_meeting(store, meeting_id)
    return plan_review_updates(review, meeting, list(decisions), on=review_day(store, meeting_id))


def apply_follow_up(store, meeting_id: int, decisions: Sequence[ReviewDecision]) -> StatusChanges | None:
    """Every decision of a follow-up meeting as ONE step, dated on the meeting's day and
    linked to it. All or nothing: None when any decision is refused (see ``plan_follow_up``)."""
    decisions = list(decisions)
    if not decisions:
        return None
    plan = plan_follow_up(store, meeting_id, decisions)
    if not plan.ok:
        return None
    return StatusChanges(lambda s: repo.apply_review(s, plan), label=QT_TRANSLATE_NOOP("Commands", "Follow-up review"))


# -- labels of points and tracks --------------------------------------------------------------


def set_framework_label(store, framework: str, number: int, label: str) -> Action | None:
    """This process's own label for an ECCAR point ("eccar") or a track ("track"); "" goes
    back to the default wording. Raises NothingToChange when it is already so; None when
    the point or track does not exist."""
    numbers = {"eccar": ECCAR_POINT_NUMBERS, "track": TRACK_NUMBERS}.get(framework)
    if numbers is None or number not in numbers:
        return None
    label = " ".join(label.split())
    existing = repo.framework_label(store, framework, number)
    text = QT_TRANSLATE_NOOP("Commands", "Change label")
    if existing is not None:
        if existing.label == label:
            raise NothingToChange
        return Update(FrameworkLabel, existing.id, {"label": label}, label=text)
    if not label:
        raise NothingToChange
    return Insert([FrameworkLabel(framework=framework, number=number, label=label)], label=text)


def set_framework_labels(store, labels: dict[tuple[str, int], str]) -> Steps | None:
    """Several labels of points and tracks as one step (``{(framework, number): label}``);
    None when one of them names a point or track that does not exist."""
    steps: list[Action] = []
    for (framework, number), label in labels.items():
        try:
            step = set_framework_label(store, framework, number, label)
        except NothingToChange:
            continue
        if step is None:
            return None
        steps.append(step)
    if not steps:
        raise NothingToChange
    return Steps(steps, label=QT_TRANSLATE_NOOP("Commands", "Change labels of points and tracks"))
