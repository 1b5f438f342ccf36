"""Undoable edits of what is said in the room: contributions and a risk's mitigations.

Each function is one step on the undo stack. The commands here write everything a step
needs in one transaction and announce the rows only after it committed, so a write that
fails half-way (a full disk) leaves neither the file nor any model with half an edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from ..domain.entities import Contribution, Mitigation
from ..domain.vocabulary import ContributionKind
from .document import (
    DELETED,
    INSERTED,
    UPDATED,
    DeleteCommand,
    DocumentCommand,
    ProcessDocument,
    UpdateCommand,
    UpdatesCommand,
)

# The fields a contribution can be moved along: where in the meeting it was said.
TARGET_FIELDS = ("round_id", "table_id", "question_id", "agenda_item_id")
# The fields an edit may change (ids of the meeting and merges are not edits of capture).
EDITABLE_FIELDS = frozenset({"kind", "text", "theme_id", "published", *TARGET_FIELDS})


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _clean_lines(texts: Iterable[str]) -> list[str]:
    return [" ".join(text.split()) for text in texts if text and text.strip()]


class _WriteThenAnnounce(DocumentCommand):
    """Writes in one transaction of the document, which announces the changes once it has
    committed; subclasses fill ``write``/``unwrite``, each returning the (table, id, kind)
    changes they made."""

    def do(self) -> None:
        with self.document.transaction():
            self._announce(self.write())

    def revert(self) -> None:
        with self.document.transaction():
            self._announce(self.unwrite())

    def _announce(self, changes: list[tuple[str, int, str]]) -> None:
        for change in changes:
            self.document.announce(*change)

    def write(self) -> list[tuple[str, int, str]]:  # pragma: no cover - abstract
        raise NotImplementedError

    def unwrite(self) -> list[tuple[str, int, str]]:  # pragma: no cover - abstract
        raise NotImplementedError


class AddContributionCommand(_WriteThenAnnounce):
    """A contribution with its mitigations; redo after undo brings back the same ids."""

    def __init__(self, document: ProcessDocument, text: str, contribution: Contribution, mitigations: list[str]):
        super().__init__(document, text)
        self.contribution = contribution
        self.mitigation_texts = mitigations
        self.mitigations: list[Mitigation] = []
        self._tombstones = []

    def write(self):
        store = self.document.store
        if self._tombstones:  # redo: exactly the rows undo removed
            for tombstone in self._tombstones:
                store.restore(tombstone)
            rows = [(table, row["id"]) for tombstone in self._tombstones for table, row in tombstone.rows]
            return [(table, row_id, INSERTED) for table, row_id in rows]
        (self.contribution,) = store.insert_many([self.contribution])
        self.mitigations = store.insert_many(
            Mitigation(contribution_id=self.contribution.id, position=position, text=text)
            for position, text in enumerate(self.mitigation_texts)
        )
        return [(Contribution.TABLE, self.contribution.id, INSERTED)] + [
            (Mitigation.TABLE, mitigation.id, INSERTED) for mitigation in self.mitigations
        ]

    def unwrite(self):
        tombstone = self.document.store.delete(Contribution, self.contribution.id)
        self._tombstones = [tombstone]
        return [(table, row["id"], DELETED) for table, row in reversed(tombstone.rows)]


class ReplaceMitigationsCommand(_WriteThenAnnounce):
    """A risk's mitigations become ``texts``: changed in place, added or removed at the end,
    so unchanged mitigations keep their ids."""

    def __init__(self, document: ProcessDocument, text: str, contribution_id: int, texts: list[str]):
        super().__init__(document, text)
        self.contribution_id = contribution_id
        self.texts = texts
        self.old: list[Mitigation] = []
        self.added: list[Mitigation] = []
        self._removed = []

    def write(self):
        store = self.document.store
        self.old = store.list(Mitigation, "contribution_id = ?", (self.contribution_id,), order_by="position, id")
        changes = []
        for position, (mitigation, text) in enumerate(zip(self.old, self.texts)):
            if mitigation.text != text or mitigation.position != position:
                store.update(Mitigation, mitigation.id, text=text, position=position)
                changes.append((Mitigation.TABLE, mitigation.id, UPDATED))
        extra = self.texts[len(self.old):]
        if self.added:  # redo: the same ids as the first time
            self.added = store.insert_many(self.added)
        else:
            self.added = store.insert_many(
                Mitigation(contribution_id=self.contribution_id, position=len(self.old) + i, text=text)
                for i, text in enumerate(extra)
            )
        changes += [(Mitigation.TABLE, m.id, INSERTED) for m in self.added]
        self._removed = [store.delete(Mitigation, m.id) for m in self.old[len(self.texts):]]
        changes += [(Mitigation.TABLE, t.root[1], DELETED) for t in self._removed]
        return changes

    def unwrite(self):
        store = self.document.store
        changes = []
        for mitigation in self.added:
            store.delete(Mitigation, mitigation.id)
            changes.append((Mitigation.TABLE, mitigation.id, DELETED))
        for tombstone in self._removed:
            store.restore(tombstone)
            changes.append((Mitigation.TABLE, tombstone.root[1], INSERTED))
        for mitigation in self.old[: len(self.texts)]:
            store.update(Mitigation, mitigation.id, text=mitigation.text, position=mitigation.position)
            changes.append((Mitigation.TABLE, mitigation.id, UPDATED))
        return changes


def add_contribution(
    document: ProcessDocument,
    meeting_id: int,
    text: str,
    kind: str = ContributionKind.NOTE,
    *,
    round_id: int | None = None,
    table_id: int | None = None,
    question_id: int | None = None,
    agenda_item_id: int | None = None,
    mitigations: Sequence[str] = (),
) -> int | None:
    """Saves what was said; the new id once it is committed, None if nothing was written
    (empty text, or the write failed: the window is told through ``writeFailed``)."""
    text = text.strip()
    if not text:
        return None
    contribution = Contribution(
        meeting_id=meeting_id,
        kind=str(ContributionKind(kind)),
        text=text,
        round_id=round_id,
        table_id=table_id,
        question_id=question_id,
        agenda_item_id=agenda_item_id,
        position=document.store.next_position(Contribution, "meeting_id = ?", (meeting_id,)),
        created_at=_now(),
    )
    texts = _clean_lines(mitigations) if kind == ContributionKind.RISK else []
    label = QCoreApplication.translate("Commands", "Capture contribution")
    command = AddContributionCommand(document, label, contribution, texts)
    if not document.execute(command):
        return None
    return command.contribution.id


def update_contribution(document: ProcessDocument, contribution_id: int, **changes) -> bool:
    """Changes text, kind or place of one contribution. True if saved (or nothing to change)."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")
    if "kind" in changes:
        changes["kind"] = str(ContributionKind(changes["kind"]))
    if "text" in changes:
        changes["text"] = str(changes["text"]).strip()
        if not changes["text"]:
            return False
    current = document.store.get(Contribution, contribution_id)
    if current is None:
        return False
    changes = {name: value for name, value in changes.items() if getattr(current, name) != value}
    if not changes:
        return True
    label = QCoreApplication.translate("Commands", "Edit contribution")
    return document.execute(UpdateCommand(document, label, Contribution, contribution_id, changes))


def move_contributions(document: ProcessDocument, ids: list[int], **target) -> bool:
    """Moves contributions to another table, round, question or agenda item in one step.

    Only the given fields change: moving to another table keeps each one's round.
    """
    unknown = set(target) - set(TARGET_FIELDS)
    if unknown:
        raise ValueError(f"not a place in the meeting: {sorted(unknown)}")
    ids = list(dict.fromkeys(ids))
    if not ids or not target:
        return True
    count = len(ids)
    label = QCoreApplication.translate("Commands", "Move %n contribution(s)", "", count)
    return document.execute(UpdatesCommand(document, label, [(Contribution, cid, target) for cid in ids]))


def delete_contributions(document: ProcessDocument, ids: list[int]) -> bool:
    """Deletes contributions with their mitigations, votes and links; undo brings all back
    with the same ids."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return True
    count = len(ids)
    label = QCoreApplication.translate("Commands", "Delete %n contribution(s)", "", count)
    return document.execute(DeleteCommand(document, label, [(Contribution, cid) for cid in ids]))


def set_mitigations(document: ProcessDocument, contribution_id: int, texts: list[str]) -> bool:
    """A risk's ways to reduce it, in order; empty lines are dropped."""
    texts = _clean_lines(texts)
    current = document.store.list(Mitigation, "contribution_id = ?", (contribution_id,), order_by="position, id")
    if [m.text for m in current] == texts:
        return True
    label = QCoreApplication.translate("Commands", "Change mitigations")
    return document.execute(ReplaceMitigationsCommand(document, label, contribution_id, texts))


def mitigations_of(document: ProcessDocument, contribution_id: int) -> list[str]:
    """The mitigation texts of one contribution, in order (for editors)."""
    found = document.store.list(Mitigation, "contribution_id = ?", (contribution_id,), order_by="position, id")
    return [m.text for m in found]
