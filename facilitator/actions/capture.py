"""Edits of what is said in the room: contributions and a risk's mitigations.

Each builder checks the rules and returns an Action (None when the rules refuse the edit,
``NothingToChange`` when it asks for what is already there). The window, the command line
and a phone path use the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.entities import Contribution, Mitigation, stored_id
from ..domain.vocabulary import QT_TRANSLATE_NOOP, ContributionKind, Plural
from ..storage import contributions
from .base import Action, Delete, Insert, Invalid, NothingToChange, Update, Updates, Work

if TYPE_CHECKING:
    from ..storage.process_store import Tombstone

# The fields a contribution can be moved along: where in the meeting it was said.
TARGET_FIELDS = ("round_id", "table_id", "question_id", "agenda_item_id")
# The fields an edit may change (ids of the meeting and merges are not edits of capture).
EDITABLE_FIELDS = frozenset({"kind", "text", "theme_id", "published", *TARGET_FIELDS})


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def clean_lines(texts: Iterable[str]) -> list[str]:
    """Mitigation lines as kept: inner whitespace folded, empty lines dropped."""
    return [" ".join(text.split()) for text in texts if text and text.strip()]


class AddContribution(Insert):
    """A contribution with its mitigations, as one step; redo brings back the same ids."""

    label = QT_TRANSLATE_NOOP("Commands", "Capture contribution")

    def __init__(self, contribution: Contribution, mitigations: Sequence[str]):
        self.contribution = contribution
        self.mitigation_texts = list(mitigations)
        super().__init__(build=self._build)

    def _build(self, insert) -> None:
        (stored,) = insert([self.contribution])
        insert(
            Mitigation(contribution_id=stored.id, position=position, text=text)
            for position, text in enumerate(self.mitigation_texts)
        )

    @property
    def contribution_id(self) -> int | None:
        return self.inserted[0].id if self.inserted else None


def add_contribution(
    store,
    meeting_id: int,
    text: str,
    kind: str = ContributionKind.NOTE,
    *,
    round_id: int | None = None,
    table_id: int | None = None,
    question_id: int | None = None,
    agenda_item_id: int | None = None,
    mitigations: Sequence[str] = (),
    created_at: str | None = None,
) -> AddContribution | None:
    """What was said, at the end of the meeting's list; None for an empty text. Only a risk
    keeps mitigations (empty lines dropped)."""
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
        position=contributions.next_contribution_position(store, meeting_id),
        created_at=created_at or now(),
    )
    texts = clean_lines(mitigations) if kind == ContributionKind.RISK else []
    return AddContribution(contribution, texts)


def update_contribution(store, contribution_id: int, **changes) -> Update | None:
    """Changes text, kind or place of one contribution. Invalid for a field that is not
    edited here; None for an empty text or a contribution that is gone; NothingToChange
    when every value is already so."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise Invalid("not_editable", f"not editable here: {sorted(unknown)}")
    if "kind" in changes:
        changes["kind"] = str(ContributionKind(changes["kind"]))
    if "text" in changes:
        changes["text"] = str(changes["text"]).strip()
        if not changes["text"]:
            return None
    current = store.get(Contribution, contribution_id)
    if current is None:
        return None
    changes = {name: value for name, value in changes.items() if getattr(current, name) != value}
    if not changes:
        raise NothingToChange
    return Update(Contribution, contribution_id, changes, label=QT_TRANSLATE_NOOP("Commands", "Edit contribution"))


def move_contributions(ids: Iterable[int], **target) -> Updates:
    """Moves contributions to another table, round, question or agenda item in one step.
    Only the given fields change: moving to another table keeps each one's round."""
    unknown = set(target) - set(TARGET_FIELDS)
    if unknown:
        raise Invalid("not_a_place", f"not a place in the meeting: {sorted(unknown)}")
    ids = list(dict.fromkeys(ids))
    if not ids or not target:
        raise NothingToChange
    action = Updates(
        [(Contribution, cid, target) for cid in ids], label=Plural.translate("Commands", "Move %n contribution(s)", "", -1)
    )
    action.count = len(ids)
    return action


def delete_contributions(ids: Iterable[int]) -> Delete:
    """Deletes contributions with their mitigations, votes and links; undo brings all back
    with the same ids."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise NothingToChange
    label = Plural.translate("Commands", "Delete %n contribution(s)", "", -1)
    action = Delete([(Contribution, cid) for cid in ids], label=label)
    action.count = len(ids)
    return action


# -- mitigations ----------------------------------------------------------------------------


class ReplaceMitigations(Action):
    """A risk's mitigations become ``texts``: changed in place, added or removed at the end,
    so unchanged mitigations keep their ids (and added ones get the same ids on redo)."""

    label = QT_TRANSLATE_NOOP("Commands", "Change mitigations")

    def __init__(self, contribution_id: int, texts: Sequence[str]):
        self.contribution_id = contribution_id
        self.texts = list(texts)
        self.old: list[Mitigation] = []
        self.added: list[Mitigation] = []
        self.removed: list[Tombstone] = []

    def do(self, work: Work) -> None:
        self.old = contributions.mitigations_of(work.store, self.contribution_id)
        for position, (mitigation, text) in enumerate(zip(self.old, self.texts)):
            if mitigation.text != text or mitigation.position != position:
                work.update(Mitigation, stored_id(mitigation), {"text": text, "position": position})
        if self.added:  # redo: the same ids as the first time
            self.added = work.insert_many(self.added)
        else:
            self.added = work.insert_many(
                Mitigation(contribution_id=self.contribution_id, position=len(self.old) + i, text=text)
                for i, text in enumerate(self.texts[len(self.old):])
            )
        self.removed = [work.delete(Mitigation, stored_id(m)) for m in self.old[len(self.texts):]]

    def undo(self, work: Work) -> None:
        for mitigation in self.added:
            work.delete(Mitigation, stored_id(mitigation))
        for tombstone in self.removed:
            work.restore(tombstone)
        for mitigation in self.old[: len(self.texts)]:
            work.update(Mitigation, stored_id(mitigation), {"text": mitigation.text, "position": mitigation.position})


def set_mitigations(store, contribution_id: int, texts: Iterable[str]) -> ReplaceMitigations:
    """A risk's ways to reduce it, in order; empty lines are dropped. NothingToChange when
    they are already so."""
    texts = clean_lines(texts)
    if mitigation_texts(store, contribution_id) == texts:
        raise NothingToChange
    return ReplaceMitigations(contribution_id, texts)


def mitigation_texts(store, contribution_id: int) -> list[str]:
    """The mitigation texts of one contribution, in order (for editors)."""
    return [m.text for m in contributions.mitigations_of(store, contribution_id)]
