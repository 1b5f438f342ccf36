"""The window's edits of measures: each is an action of ``actions/measures.py`` put on the
undo stack as one step, so the catalogue, the grid and an open editor follow.

Each function returns None or False when the rules refused the edit or the write failed
(the window explains a failed write through ``ProcessDocument.writeFailed``); the editor asks
``status_check`` / ``edit_problems`` first to say why.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from ...actions import measures
from ...actions.measures import TITLE_LENGTH, shorten  # noqa: F401 - used by the pages
from ...domain.follow_up import ReviewDecision, ReviewPlan
from ...domain.measures import MeasureProblem, MissingField, StatusChangeRefused, StatusCheck
from ...storage import measures_repo as repo
from ..document import ProcessDocument, run_edit


def _run(document: ProcessDocument, build, text: str | None = None) -> bool:
    try:
        return run_edit(document, build, text)
    except (repo.MeasureError, StatusChangeRefused, KeyError):
        return False


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
    """A new measure (status förslag) made from contributions and/or themes; its id."""
    action = measures.create_measure(
        document.store, contribution_ids=contribution_ids, theme_ids=theme_ids, title=title,
        untitled=QCoreApplication.translate("MeasureTexts", "New measure"), meeting_id=meeting_id, on=on, **fields,
    )
    if not _run(document, lambda: action):
        return None
    return action.measure_id


def link_measure_sources(
    document: ProcessDocument, measure_id: int, *, contribution_ids: Iterable[int] = (), theme_ids: Iterable[int] = ()
) -> bool:
    """Links more contributions or themes to a measure ("link more"); False if nothing new."""
    return _run(document, lambda: measures.link_sources(
        document.store, measure_id, contribution_ids=contribution_ids, theme_ids=theme_ids))


def unlink_source(document: ProcessDocument, source_id: int) -> bool:
    return _run(document, lambda: measures.unlink_source(source_id))


def edit_problems(
    document: ProcessDocument, measure_id: int, changes: dict
) -> tuple[list[MeasureProblem], list[MissingField]]:
    return measures.edit_problems(document.store, measure_id, changes)


def update_measure(document: ProcessDocument, measure_id: int, **changes) -> bool:
    """Changes fields of a measure as one undo step; refused: False."""
    text = None
    if len(changes) == 1:
        from .measure_texts import field_name

        text = QCoreApplication.translate("Commands", "Change: %1").replace("%1", field_name(next(iter(changes))))
    return _run(document, lambda: measures.update_measure(document.store, measure_id, **changes), text)


def delete_measures(document: ProcessDocument, ids: Iterable[int]) -> bool:
    return _run(document, lambda: measures.delete_measures(ids))


def status_check(document: ProcessDocument, measure_id: int, status: str, *, reopen: bool = False) -> StatusCheck:
    return measures.status_check(document.store, measure_id, status, reopen=reopen)


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
    """Moves a measure to ``status`` on the day ``on`` (default today) as one undo step."""
    return _run(document, lambda: measures.change_status(
        document.store, measure_id, status, note, on, meeting_id, reopen=reopen))


def review_day(document: ProcessDocument, meeting_id: int) -> str:
    return measures.review_day(document.store, meeting_id)


def plan_follow_up(document: ProcessDocument, meeting_id: int, decisions: Sequence[ReviewDecision]) -> ReviewPlan:
    return measures.plan_follow_up(document.store, meeting_id, decisions)


def apply_follow_up(document: ProcessDocument, meeting_id: int, decisions: Sequence[ReviewDecision]) -> bool:
    """Every decision of a follow-up meeting as ONE undo step; all or nothing."""
    return _run(document, lambda: measures.apply_follow_up(document.store, meeting_id, decisions))


def set_framework_label(document: ProcessDocument, framework: str, number: int, label: str) -> bool:
    """This process's own label for an ECCAR point or a track; one undo step."""
    return _run(document, lambda: measures.set_framework_label(document.store, framework, number, label))


def set_framework_labels(document: ProcessDocument, labels: dict[tuple[str, int], str]) -> bool:
    """Several labels of points and tracks as one undo step."""
    return _run(document, lambda: measures.set_framework_labels(document.store, labels))
