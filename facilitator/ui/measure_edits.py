"""The coordinator's edits of measures, each one undoable step on the document.

The rules live in the domain (``domain/measures.py``, ``domain/follow_up.py``) and the writes
in storage (``storage/measures_repo.py``); the commands here wrap those writes so that undo
and redo put back exactly the same rows, and announce every row they touch so that the
catalogue, the grid and an open editor follow.

Each function returns None or False when the domain refused the edit or the write failed
(the window explains a failed write through ``ProcessDocument.writeFailed``); the editor asks
``status_check`` / ``edit_problems`` first to say why.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from ..domain.entities import Contribution, FrameworkLabel, Measure, MeasureSource, MeasureStatusChange, Meeting, Theme
from ..domain.follow_up import ReviewDecision, ReviewPlan, plan_review_updates
from ..domain.measures import (
    ECCAR_POINT_NUMBERS,
    TRACK_NUMBERS,
    MeasureProblem,
    MissingField,
    StatusChangeRefused,
    StatusCheck,
    check_status_change,
    missing_for,
    validate_measure,
)
from ..domain.meeting_checks import parse_date
from ..storage import measures_repo as repo
from .document import (
    DELETED,
    INSERTED,
    UPDATED,
    DeleteCommand,
    DocumentCommand,
    InsertCommand,
    ProcessDocument,
    UpdateCommand,
)

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


def coordinator_names(document: ProcessDocument) -> tuple[str, ...]:
    """The coordinators named on the process's meetings: never a measure's owner."""
    return tuple({m.coordinator.strip() for m in document.store.list(Meeting) if m.coordinator.strip()})


# -- creating ---------------------------------------------------------------------------


class CreateMeasureCommand(DocumentCommand):
    """The first time: ``create_measure`` (measure, links, first history row); undo deletes
    the measure with its links and history; redo restores that tombstone (the same ids)."""

    def __init__(self, document, measure: Measure, contribution_ids, theme_ids, on: str, names: Sequence[str]):
        super().__init__(document, QCoreApplication.translate("Commands", "New measure"))
        self.measure, self.contribution_ids, self.theme_ids = measure, list(contribution_ids), list(theme_ids)
        self.on, self.names = on, tuple(names)
        self.created: repo.CreatedMeasure | None = None
        self.tombstones = []

    @property
    def measure_id(self) -> int | None:
        return self.created.measure.id if self.created else None

    def do(self) -> None:
        if self.tombstones:
            self.document.restore_many(self.tombstones)
            return
        self.created = repo.create_measure(
            self.document.store,
            self.measure,
            contribution_ids=self.contribution_ids,
            theme_ids=self.theme_ids,
            on=self.on,
            coordinator_names=self.names,
        )
        emit = self.document.rowChanged.emit
        emit(Measure.TABLE, self.created.measure.id, INSERTED)
        for source in self.created.sources:
            emit(MeasureSource.TABLE, source.id, INSERTED)
        emit(MeasureStatusChange.TABLE, self.created.history.id, INSERTED)

    def revert(self) -> None:
        self.tombstones = self.document.delete_many([(Measure, self.created.measure.id)])


def default_title(document: ProcessDocument, contribution_ids: Sequence[int], theme_ids: Sequence[int]) -> str:
    """The (first) theme's title, else the first contribution's text, shortened."""
    store = document.store
    for theme_id in theme_ids:
        theme = store.get(Theme, theme_id)
        if theme is not None and theme.title.strip():
            return shorten(theme.title)
    for contribution_id in contribution_ids:
        contribution = store.get(Contribution, contribution_id)
        if contribution is not None and contribution.text.strip():
            return shorten(contribution.text)
    return QCoreApplication.translate("MeasureTexts", "New measure")


def create_measure_from(
    document: ProcessDocument,
    *,
    contribution_ids: Iterable[int] = (),
    theme_ids: Iterable[int] = (),
    title: str = "",
    meeting_id: int | None = None,
    on: date | str | None = None,
    **fields,
) -> int | None:
    """A new measure (status förslag) made from contributions and/or themes, linked to them.

    ``meeting_id`` is the meeting of origin; without it, the meeting all the sources come
    from. ``fields`` preset other fields (``eccar_point=3, track=2`` from the coverage grid).
    """
    contribution_ids, theme_ids = list(contribution_ids or ()), list(theme_ids or ())
    title = " ".join(title.split()) or default_title(document, contribution_ids, theme_ids)
    try:
        measure = Measure(title=title, origin_meeting_id=meeting_id, **fields)
    except TypeError:
        return None
    day = on.isoformat() if isinstance(on, date) else (on or date.today().isoformat())
    names = coordinator_names(document)
    if validate_measure(measure, names) or missing_for(measure):
        return None
    command = CreateMeasureCommand(document, measure, contribution_ids, theme_ids, day, names)
    try:
        if not document.execute(command):
            return None
    except repo.MeasureError:
        return None
    return command.measure_id


class LinkSourcesCommand(DocumentCommand):
    def __init__(self, document, measure_id: int, contribution_ids, theme_ids):
        super().__init__(document, QCoreApplication.translate("Commands", "Link to measure"))
        self.measure_id, self.contribution_ids, self.theme_ids = measure_id, list(contribution_ids), list(theme_ids)
        self.linked: list[MeasureSource] = []

    def do(self) -> None:
        if self.linked:
            with self.document.store.transaction():
                self.document.insert_many(self.linked)
            return
        self.linked = repo.link_sources(
            self.document.store, self.measure_id, contribution_ids=self.contribution_ids, theme_ids=self.theme_ids
        )
        for source in self.linked:
            self.document.rowChanged.emit(MeasureSource.TABLE, source.id, INSERTED)

    def revert(self) -> None:
        self.document.delete_many([(MeasureSource, s.id) for s in reversed(self.linked)])


def link_measure_sources(
    document: ProcessDocument, measure_id: int, *, contribution_ids: Iterable[int] = (), theme_ids: Iterable[int] = ()
) -> bool:
    """Links more contributions or themes to a measure ("link more"); False if nothing new."""
    existing = document.store.list(MeasureSource, "measure_id = ?", [measure_id])
    have_c = {s.contribution_id for s in existing}
    have_t = {s.theme_id for s in existing}
    contribution_ids = [c for c in dict.fromkeys(contribution_ids) if c not in have_c]
    theme_ids = [t for t in dict.fromkeys(theme_ids) if t not in have_t]
    if not contribution_ids and not theme_ids:
        return False
    return document.execute(LinkSourcesCommand(document, measure_id, contribution_ids, theme_ids))


def unlink_source(document: ProcessDocument, source_id: int) -> bool:
    text = QCoreApplication.translate("Commands", "Remove link")
    return document.execute(DeleteCommand(document, text, [(MeasureSource, source_id)]))


# -- editing fields -----------------------------------------------------------------------


def edit_problems(
    document: ProcessDocument, measure_id: int, changes: dict
) -> tuple[list[MeasureProblem], list[MissingField]]:
    """What would be wrong with the measure after ``changes``: field values that are not
    allowed, and required fields its (committed) status would then lack."""
    measure = document.store.get(Measure, measure_id)
    if measure is None:
        return [], []
    changed = measure.with_changes(**changes)
    problems = [p for p in validate_measure(changed, coordinator_names(document)) if p.field in changes]
    missing = [m for m in missing_for(changed) if m not in missing_for(measure)]
    return problems, missing


def update_measure(document: ProcessDocument, measure_id: int, **changes) -> bool:
    """Changes fields of a measure as one undo step. Refused (False) when a value is not
    allowed or when it would take a required field from a decided measure. Status changes
    go through ``change_measure_status`` (they are dated)."""
    if "status" in changes or "id" in changes or set(changes) - set(Measure.field_names()):
        return False
    measure = document.store.get(Measure, measure_id)
    if measure is None:
        return False
    changes = {k: value for k, value in changes.items() if getattr(measure, k) != value}
    if not changes:
        return True
    problems, missing = edit_problems(document, measure_id, changes)
    if problems or missing:
        return False
    if len(changes) == 1:
        from .measure_texts import field_name

        text = QCoreApplication.translate("Commands", "Change: %1").replace("%1", field_name(next(iter(changes))))
    else:
        text = QCoreApplication.translate("Commands", "Change measure")
    return document.execute(UpdateCommand(document, text, Measure, measure_id, changes))


def delete_measures(document: ProcessDocument, ids: Iterable[int]) -> bool:
    ids = [i for i in dict.fromkeys(ids) if i is not None]
    if not ids:
        return False
    text = QCoreApplication.translate("Commands", "Delete measure")
    return document.execute(DeleteCommand(document, text, [(Measure, i) for i in ids]))


# -- status changes ---------------------------------------------------------------------


class StatusChangeCommand(DocumentCommand):
    """One or more dated status changes (a follow-up review writes them all at once)."""

    def __init__(self, document, text: str, write):
        super().__init__(document, text)
        self._write = write  # store -> list[AppliedStatusChange], the first time
        self.applied: list[repo.AppliedStatusChange] = []

    def do(self) -> None:
        store = self.document.store
        if self.applied:
            with store.transaction():
                for applied in self.applied:
                    repo.reapply_status_change(store, applied)
        else:
            self.applied = list(self._write(store))
        for applied in self.applied:
            self._announce(applied, INSERTED)

    def revert(self) -> None:
        store = self.document.store
        with store.transaction():
            for applied in reversed(self.applied):
                repo.revert_status_change(store, applied)
        for applied in reversed(self.applied):
            self._announce(applied, DELETED)

    def _announce(self, applied: repo.AppliedStatusChange, kind: str) -> None:
        self.document.rowChanged.emit(MeasureStatusChange.TABLE, applied.history.id, kind)
        self.document.rowChanged.emit(Measure.TABLE, applied.measure_id, UPDATED)


def status_check(document: ProcessDocument, measure_id: int, status: str, *, reopen: bool = False) -> StatusCheck:
    """Whether the measure may move to ``status`` now, and if not, why (for the editor)."""
    measure = document.store.get(Measure, measure_id)
    if measure is None:
        return StatusCheck(False)
    return check_status_change(measure, status, reopen=reopen)


def change_measure_status(
    document: ProcessDocument,
    measure_id: int,
    status: str,
    note: str = "",
    on: date | str | None = None,
    meeting_id: int | None = None,
    *,
    reopen: bool = False,
) -> bool:
    """Moves a measure to ``status`` on the day ``on`` (default today) with a note, as one
    undo step; the same status again records a progress note. Refused: False."""
    if not status_check(document, measure_id, status, reopen=reopen).allowed:
        return False
    day = on.isoformat() if isinstance(on, date) else (on or date.today().isoformat())

    def write(store):
        return [repo.change_status(store, measure_id, status, day, note, meeting_id, reopen=reopen)]

    try:
        text = QCoreApplication.translate("Commands", "Change status")
        return document.execute(StatusChangeCommand(document, text, write))
    except (StatusChangeRefused, KeyError):
        return False


# -- the follow-up meeting ------------------------------------------------------------------


def review_day(document: ProcessDocument, meeting_id: int) -> str:
    """The day a review is dated: the meeting's date, or today for a meeting without one."""
    meeting = document.store.get(Meeting, meeting_id)
    if meeting is not None and parse_date(meeting.date) is not None:
        return meeting.date
    return date.today().isoformat()


def plan_follow_up(document: ProcessDocument, meeting_id: int, decisions: Sequence[ReviewDecision]) -> ReviewPlan:
    """The plan for a review, with the refused decisions and why (nothing is written)."""
    store = document.store
    meeting = store.get(Meeting, meeting_id)
    review = repo.review_for_meeting(store, meeting_id)
    return plan_review_updates(review, meeting, list(decisions), on=review_day(document, meeting_id))


def apply_follow_up(document: ProcessDocument, meeting_id: int, decisions: Sequence[ReviewDecision]) -> bool:
    """Every decision of a follow-up meeting as ONE undo step, dated on the meeting's day and
    linked to it. All or nothing: False when any decision is refused (see ``plan_follow_up``)."""
    decisions = list(decisions)
    if not decisions:
        return False
    plan = plan_follow_up(document, meeting_id, decisions)
    if not plan.ok:
        return False
    text = QCoreApplication.translate("Commands", "Follow-up review")
    command = StatusChangeCommand(document, text, lambda store: repo.apply_review(store, plan))
    try:
        return document.execute(command)
    except (StatusChangeRefused, KeyError):
        return False


# -- labels of points and tracks --------------------------------------------------------------


def set_framework_label(document: ProcessDocument, framework: str, number: int, label: str) -> bool:
    """This process's own label for an ECCAR point ("eccar") or a track ("track"); "" goes
    back to the default wording. One undo step."""
    numbers = {"eccar": ECCAR_POINT_NUMBERS, "track": TRACK_NUMBERS}.get(framework)
    if numbers is None or number not in numbers:
        return False
    label = " ".join(label.split())
    existing = document.store.list(FrameworkLabel, "framework = ? AND number = ?", [framework, number])
    text = QCoreApplication.translate("Commands", "Change label")
    if existing:
        if existing[0].label == label:
            return True
        return document.execute(UpdateCommand(document, text, FrameworkLabel, existing[0].id, {"label": label}))
    if not label:
        return True
    label_row = FrameworkLabel(framework=framework, number=number, label=label)
    return document.execute(InsertCommand(document, text, [label_row]))
