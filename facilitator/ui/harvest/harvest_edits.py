"""The harvest's edits (themes, merging, dot votes, main points and decisions), each one
undoable step on the document: an action of ``actions/harvest.py`` (where the rules are).

Widgets call these and never write to storage themselves. A function returns False (or
None instead of a new id) when nothing was written: either the write failed, which the
document reports through ``writeFailed``, or the edit was refused; ``dots_refusal`` and
``merge_refusal`` say why, in words for the coordinator.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...actions import harvest
from ...actions.harvest import DECISION, MAIN_POINT  # noqa: F401 - the kinds the pages offer
from ...storage.measures_repo import MergeProblem
from ..document import ProcessDocument, run_action

# -- themes ------------------------------------------------------------------------------------


def add_theme(document: ProcessDocument, meeting_id: int, title: str) -> int | None:
    action = harvest.add_theme(document.store, meeting_id, title)
    return action.inserted[0].id if run_action(document, action) else None


def rename_theme(document: ProcessDocument, theme_id: int, title: str) -> bool:
    return run_action(document, harvest.rename_theme(document.store, theme_id, title))


def delete_theme(document: ProcessDocument, theme_id: int) -> bool:
    """Its contributions stay, without a theme; its own dots go with it. Undo brings all back."""
    return run_action(document, harvest.delete_theme(document.store, theme_id))


def assign_theme(document: ProcessDocument, contribution_ids: Iterable[int], theme_id: int | None) -> bool:
    """Puts contributions in a theme (None: back to unsorted), as one undo step.

    Merged duplicates of a contribution go with it, so a group is never split over themes.
    """
    return run_action(document, harvest.assign_theme(document.store, contribution_ids, theme_id))


# -- duplicates --------------------------------------------------------------------------------


MERGE_PROBLEMS = {
    MergeProblem.NOT_FOUND: QT_TRANSLATE_NOOP("HarvestEdits", "The contribution no longer exists."),
    MergeProblem.KEEP_IS_MERGED: QT_TRANSLATE_NOOP(
        "HarvestEdits", "The contribution to keep is itself a duplicate. Keep the one it was merged into."
    ),
    MergeProblem.KEEP_IS_DUPLICATE: QT_TRANSLATE_NOOP("HarvestEdits", "Choose at least two different contributions to merge."),
    MergeProblem.NOTHING_TO_MERGE: QT_TRANSLATE_NOOP("HarvestEdits", "Choose at least two different contributions to merge."),
    harvest.ALREADY_MERGED: QT_TRANSLATE_NOOP("HarvestEdits", "These contributions are already merged."),
}


def merge_refusal(document: ProcessDocument, keep_id: int, duplicate_ids: Iterable[int]) -> str | None:
    """Why these contributions cannot be merged, for the coordinator; None when they can."""
    problem = harvest.merge_problem(document.store, keep_id, duplicate_ids)
    return None if problem is None else QCoreApplication.translate("HarvestEdits", MERGE_PROBLEMS[problem])


def merge_contributions(document: ProcessDocument, keep_id: int, duplicate_ids: Iterable[int]) -> bool:
    """``duplicate_ids`` become duplicates of ``keep_id``; every text stays as it was written."""
    return run_action(document, harvest.merge_contributions(document.store, keep_id, duplicate_ids))


def unmerge_contribution(document: ProcessDocument, contribution_id: int) -> bool:
    return run_action(document, harvest.unmerge_contribution(document.store, contribution_id))


def unmerge_contributions(document: ProcessDocument, contribution_ids) -> bool:
    """Separates several duplicates as one undo step."""
    return run_action(document, harvest.unmerge_contributions(document.store, contribution_ids))


# -- dot votes ---------------------------------------------------------------------------------


def effective_voters(document: ProcessDocument, meeting_id: int) -> int:
    """The voters in the room: as entered, or (0 entered) the participants and hosts present."""
    return harvest.effective_voters(document.store, meeting_id)


def room_dots(document: ProcessDocument, meeting_id: int) -> tuple[int, int]:
    """(dots the room has, dots given so far) for a meeting."""
    return harvest.room_dots(document.store, meeting_id)


def dots_refusal(
    document: ProcessDocument, meeting_id: int, *, contribution_id: int | None = None, theme_id: int | None = None, dots: int
) -> str | None:
    """Why ``dots`` cannot be entered for this contribution or theme; None when they can."""
    problem = harvest.dots_problem(
        document.store, meeting_id, contribution_id=contribution_id, theme_id=theme_id, dots=dots)
    if problem is None:
        return None
    if problem.code == "one_target":
        return QCoreApplication.translate("HarvestEdits", "Dots are given to one contribution or one theme.")
    if problem.code == "negative":
        return QCoreApplication.translate("HarvestEdits", "The number of dots cannot be negative.")
    return (
        QCoreApplication.translate(
            "HarvestEdits",
            "Too many dots: %1 voters with %2 dots each have %3 dots in all, and at most %4 can go here. "
            "Check the count, or change the number of voters.",
        )
        .replace("%1", str(problem.voters))
        .replace("%2", str(problem.budget))
        .replace("%3", str(problem.total))
        .replace("%4", str(problem.allowed))
    )


def set_dots(
    document: ProcessDocument, meeting_id: int, *, contribution_id: int | None = None, theme_id: int | None = None, dots: int
) -> bool:
    """The room's dots for one contribution or theme, as counted; refused over the room's total
    (``dots_refusal`` says why). Several earlier entries for the target become one."""
    return run_action(document, harvest.set_dots(
        document.store, meeting_id, contribution_id=contribution_id, theme_id=theme_id, dots=dots))


def set_voters(document: ProcessDocument, meeting_id: int, voters: int) -> bool:
    """How many voted in the room (0: count those present)."""
    return run_action(document, harvest.set_voters(document.store, meeting_id, voters))


def set_dot_budget(document: ProcessDocument, meeting_id: int, budget: int) -> bool:
    return run_action(document, harvest.set_dot_budget(document.store, meeting_id, budget))


# -- main points and decisions -----------------------------------------------------------------


def add_harvest_item(
    document: ProcessDocument, meeting_id: int, kind: str, text: str, table_id: int | None = None
) -> int | None:
    """A main point from a table (``table_id`` for a café) or a decision, at the end of the list."""
    action = harvest.add_harvest_item(document.store, meeting_id, kind, text, table_id)
    return action.inserted[0].id if run_action(document, action) else None


def update_harvest_item(document: ProcessDocument, item_id: int, **changes) -> bool:
    """Changes the text, the kind or the table of a main point or decision."""
    return run_action(document, harvest.update_harvest_item(document.store, item_id, **changes))


def delete_harvest_item(document: ProcessDocument, item_id: int) -> bool:
    return run_action(document, harvest.delete_harvest_item(document.store, item_id))


def delete_harvest_items(document: ProcessDocument, item_ids) -> bool:
    """Deletes several main points or decisions as one undo step."""
    return run_action(document, harvest.delete_harvest_items(document.store, item_ids))
