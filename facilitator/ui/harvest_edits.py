"""The harvest's edits (themes, merging, dot votes, main points and decisions), each one
undoable step on the document.

Widgets call these and never write to storage themselves. A function returns False (or
None instead of a new id) when nothing was written: either the write failed, which the
document reports through ``writeFailed``, or the edit was refused; ``dots_refusal`` and
``merge_refusal`` say why, in words for the coordinator.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.entities import AttendanceEntry, Contribution, HarvestItem, Meeting, Theme, Vote
from ..domain.votes import given_dots, room_total, suggested_voters
from ..storage.measures_repo import (
    MergeError,
    MergeProblem,
    merge_duplicates,
    plan_merge,
    reapply_updates,
    revert_updates,
)
from .document import (
    UPDATED,
    DeleteCommand,
    DocumentCommand,
    InsertCommand,
    ProcessDocument,
    UpdateCommand,
    UpdatesCommand,
)

MAIN_POINT, DECISION = "main_point", "decision"


class MergeCommand(DocumentCommand):
    """Marks duplicates of a kept contribution (storage plans it: no chains, both texts stay)."""

    def __init__(self, document: ProcessDocument, text: str, keep_id: int, duplicate_ids: list[int]):
        super().__init__(document, text)
        self.keep_id, self.duplicate_ids = keep_id, duplicate_ids
        self.applied = []

    def do(self) -> None:
        if self.applied:
            reapply_updates(self.document.store, self.applied)
        else:
            self.applied = merge_duplicates(self.document.store, self.keep_id, self.duplicate_ids)
        self._announce()

    def revert(self) -> None:
        revert_updates(self.document.store, self.applied)
        self._announce()

    def _announce(self) -> None:
        for update in self.applied:
            self.document.rowChanged.emit(Contribution.TABLE, update.entity_id, UPDATED)


# -- themes ------------------------------------------------------------------------------------


def add_theme(document: ProcessDocument, meeting_id: int, title: str) -> int | None:
    position = document.store.next_position(Theme, "meeting_id = ?", (meeting_id,))
    command = InsertCommand(
        document, QCoreApplication.translate("Commands", "Add theme"), [Theme(meeting_id=meeting_id, position=position, title=" ".join(title.split()))]
    )
    return command.inserted[0].id if document.execute(command) else None


def rename_theme(document: ProcessDocument, theme_id: int, title: str) -> bool:
    title = " ".join(title.split())
    theme = document.store.get(Theme, theme_id)
    if theme is None or not title or title == theme.title:
        return False
    return document.execute(UpdateCommand(document, QCoreApplication.translate("Commands", "Rename theme"), Theme, theme_id, {"title": title}))


def delete_theme(document: ProcessDocument, theme_id: int) -> bool:
    """Its contributions stay, without a theme; its own dots go with it. Undo brings all back."""
    if document.store.get(Theme, theme_id) is None:
        return False
    return document.execute(DeleteCommand(document, QCoreApplication.translate("Commands", "Delete theme"), [(Theme, theme_id)]))


def assign_theme(document: ProcessDocument, contribution_ids: Iterable[int], theme_id: int | None) -> bool:
    """Puts contributions in a theme (None: back to unsorted), as one undo step.

    Merged duplicates of a contribution go with it, so a group is never split over themes.
    """
    store = document.store
    ids = list(dict.fromkeys(contribution_ids))
    if not ids or (theme_id is not None and store.get(Theme, theme_id) is None):
        return False
    marks = ", ".join("?" for _ in ids)
    rows = store.list(Contribution, f"id IN ({marks}) OR merged_into_id IN ({marks})", ids + ids)
    changes = [(Contribution, c.id, {"theme_id": theme_id}) for c in rows if c.theme_id != theme_id]
    if not changes:
        return False
    count = len({c.id for c in rows if c.id in set(ids)})
    text = QCoreApplication.translate("Commands", "Move %n contribution(s) to a theme", "", count)
    return document.execute(UpdatesCommand(document, text, changes))


# -- duplicates --------------------------------------------------------------------------------


MERGE_PROBLEMS = {
    MergeProblem.NOT_FOUND: QT_TRANSLATE_NOOP("HarvestEdits", "The contribution no longer exists."),
    MergeProblem.KEEP_IS_MERGED: QT_TRANSLATE_NOOP(
        "HarvestEdits", "The contribution to keep is itself a duplicate. Keep the one it was merged into."
    ),
    MergeProblem.KEEP_IS_DUPLICATE: QT_TRANSLATE_NOOP("HarvestEdits", "Choose at least two different contributions to merge."),
    MergeProblem.NOTHING_TO_MERGE: QT_TRANSLATE_NOOP("HarvestEdits", "Choose at least two different contributions to merge."),
}


def merge_refusal(document: ProcessDocument, keep_id: int, duplicate_ids: Iterable[int]) -> str | None:
    """Why these contributions cannot be merged, for the coordinator; None when they can."""
    ids = [keep_id, *dict.fromkeys(duplicate_ids)]
    marks = ", ".join("?" for _ in ids)
    involved = document.store.list(Contribution, f"id IN ({marks}) OR merged_into_id IN ({marks})", ids + ids)
    try:
        plan = plan_merge(involved, keep_id, ids[1:])
    except MergeError as error:
        return QCoreApplication.translate("HarvestEdits", MERGE_PROBLEMS[error.problem])
    if not plan:
        return QCoreApplication.translate("HarvestEdits", "These contributions are already merged.")
    return None


def merge_contributions(document: ProcessDocument, keep_id: int, duplicate_ids: Iterable[int]) -> bool:
    """``duplicate_ids`` become duplicates of ``keep_id``; every text stays as it was written."""
    duplicate_ids = list(dict.fromkeys(duplicate_ids))
    if merge_refusal(document, keep_id, duplicate_ids) is not None:
        return False
    count = len(duplicate_ids)
    text = QCoreApplication.translate("Commands", "Merge %n duplicate(s)", "", count)
    return document.execute(MergeCommand(document, text, keep_id, duplicate_ids))


def unmerge_contribution(document: ProcessDocument, contribution_id: int) -> bool:
    contribution = document.store.get(Contribution, contribution_id)
    if contribution is None or contribution.merged_into_id is None:
        return False
    return document.execute(
        UpdateCommand(document, QCoreApplication.translate("Commands", "Separate duplicate"), Contribution, contribution_id, {"merged_into_id": None})
    )


# -- dot votes ---------------------------------------------------------------------------------


def effective_voters(document: ProcessDocument, meeting_id: int) -> int:
    """The voters in the room: as entered, or (0 entered) the participants and hosts present."""
    meeting = document.store.get(Meeting, meeting_id)
    if meeting is None:
        return 0
    if meeting.voters > 0:
        return meeting.voters
    return suggested_voters(document.store.list(AttendanceEntry, "meeting_id = ?", (meeting_id,)))


def room_dots(document: ProcessDocument, meeting_id: int) -> tuple[int, int]:
    """(dots the room has, dots given so far) for a meeting."""
    meeting = document.store.get(Meeting, meeting_id)
    if meeting is None:
        return 0, 0
    votes = document.store.list(Vote, "meeting_id = ?", (meeting_id,))
    return room_total(effective_voters(document, meeting_id), meeting.dot_budget), given_dots(votes)


def _target_votes(document: ProcessDocument, contribution_id: int | None, theme_id: int | None) -> list[Vote]:
    if contribution_id is not None:
        return document.store.list(Vote, "contribution_id = ?", (contribution_id,))
    return document.store.list(Vote, "theme_id = ?", (theme_id,))


def dots_refusal(
    document: ProcessDocument, meeting_id: int, *, contribution_id: int | None = None, theme_id: int | None = None, dots: int
) -> str | None:
    """Why ``dots`` cannot be entered for this contribution or theme; None when they can."""
    if (contribution_id is None) == (theme_id is None):
        return QCoreApplication.translate("HarvestEdits", "Dots are given to one contribution or one theme.")
    if dots < 0:
        return QCoreApplication.translate("HarvestEdits", "The number of dots cannot be negative.")
    total, given = room_dots(document, meeting_id)
    own = given_dots(_target_votes(document, contribution_id, theme_id))
    allowed = max(total - (given - own), 0)
    if dots > allowed:
        voters = effective_voters(document, meeting_id)
        return (
            QCoreApplication.translate(
                "HarvestEdits",
                "Too many dots: %1 voters with %2 dots each have %3 dots in all, and at most %4 can go here. "
                "Check the count, or change the number of voters.",
            )
            .replace("%1", str(voters))
            .replace("%2", str(document.store.get(Meeting, meeting_id).dot_budget))
            .replace("%3", str(total))
            .replace("%4", str(allowed))
        )
    return None


def set_dots(
    document: ProcessDocument, meeting_id: int, *, contribution_id: int | None = None, theme_id: int | None = None, dots: int
) -> bool:
    """The room's dots for one contribution or theme, as counted; refused over the room's total
    (``dots_refusal`` says why). Several earlier entries for the target become one."""
    if dots_refusal(document, meeting_id, contribution_id=contribution_id, theme_id=theme_id, dots=dots) is not None:
        return False
    existing = _target_votes(document, contribution_id, theme_id)
    if given_dots(existing) == dots and len(existing) <= 1:
        return False
    text = QCoreApplication.translate("Commands", "Enter dots")
    if len(existing) == 1 and dots > 0:
        return document.execute(UpdateCommand(document, text, Vote, existing[0].id, {"dots": dots}))
    stack = document.undo_stack
    stack.beginMacro(text)
    try:
        if existing and not document.execute(DeleteCommand(document, text, [(Vote, vote.id) for vote in existing])):
            return False
        if dots > 0:
            vote = Vote(meeting_id=meeting_id, contribution_id=contribution_id, theme_id=theme_id, dots=dots)
            return document.execute(InsertCommand(document, text, [vote]))
        return True
    finally:
        stack.endMacro()


def set_voters(document: ProcessDocument, meeting_id: int, voters: int) -> bool:
    """How many voted in the room (0: count those present)."""
    meeting = document.store.get(Meeting, meeting_id)
    if meeting is None or voters < 0 or meeting.voters == voters:
        return False
    return document.execute(UpdateCommand(document, QCoreApplication.translate("Commands", "Change number of voters"), Meeting, meeting_id, {"voters": voters}))


def set_dot_budget(document: ProcessDocument, meeting_id: int, budget: int) -> bool:
    meeting = document.store.get(Meeting, meeting_id)
    if meeting is None or budget < 0 or meeting.dot_budget == budget:
        return False
    return document.execute(
        UpdateCommand(document, QCoreApplication.translate("Commands", "Change dots per person"), Meeting, meeting_id, {"dot_budget": budget})
    )


# -- main points and decisions -----------------------------------------------------------------


def add_harvest_item(
    document: ProcessDocument, meeting_id: int, kind: str, text: str, table_id: int | None = None
) -> int | None:
    """A main point from a table (``table_id`` for a café) or a decision, at the end of the list."""
    if kind not in (MAIN_POINT, DECISION):
        return None
    position = document.store.next_position(HarvestItem, "meeting_id = ?", (meeting_id,))
    item = HarvestItem(meeting_id=meeting_id, table_id=table_id, kind=kind, position=position, text=text.strip())
    if kind == MAIN_POINT:
        text = QCoreApplication.translate("Commands", "Add main point")
    else:
        text = QCoreApplication.translate("Commands", "Add decision")
    command = InsertCommand(document, text, [item])
    return command.inserted[0].id if document.execute(command) else None


def update_harvest_item(document: ProcessDocument, item_id: int, **changes) -> bool:
    """Changes the text, the kind or the table of a main point or decision."""
    item = document.store.get(HarvestItem, item_id)
    if item is None:
        return False
    if "text" in changes:
        changes["text"] = str(changes["text"]).strip()
    if changes.get("kind", item.kind) not in (MAIN_POINT, DECISION):
        return False
    changes = {name: value for name, value in changes.items() if getattr(item, name) != value}
    if not changes:
        return False
    return document.execute(UpdateCommand(document, QCoreApplication.translate("Commands", "Change main point or decision"), HarvestItem, item_id, changes))


def delete_harvest_item(document: ProcessDocument, item_id: int) -> bool:
    if document.store.get(HarvestItem, item_id) is None:
        return False
    return document.execute(DeleteCommand(document, QCoreApplication.translate("Commands", "Delete main point or decision"), [(HarvestItem, item_id)]))

