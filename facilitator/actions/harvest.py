"""The harvest's edits: themes, merging duplicates, the room's dot votes, main points and
decisions. Each builder checks the rules and returns an Action, or None when they refuse
it; ``merge_problem`` and ``dots_problem`` say why (a code the window puts into words).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.entities import Contribution, HarvestItem, Meeting, Theme, Vote, stored_id
from ..domain.vocabulary import QT_TRANSLATE_NOOP, Plural
from ..domain.votes import given_dots, room_total, suggested_voters
from ..storage import contributions, harvest, phone_input, register
from ..storage.measures_repo import MergeError, plan_merge
from .base import Action, Delete, Insert, Steps, Update, Updates

MAIN_POINT, DECISION = "main_point", "decision"
# merge_problem's answer when every duplicate already points at the kept one
ALREADY_MERGED = "already_merged"


# -- themes ------------------------------------------------------------------------------------


def add_theme(store, meeting_id: int, title: str) -> Insert:
    """A theme at the end of the meeting's list."""
    theme = Theme(meeting_id=meeting_id, position=harvest.next_theme_position(store, meeting_id),
                  title=" ".join(title.split()))
    return Insert([theme], label=QT_TRANSLATE_NOOP("Commands", "Add theme"))


def rename_theme(store, theme_id: int, title: str) -> Update | None:
    """None for an empty title, the same title or a theme that is gone."""
    title = " ".join(title.split())
    theme = store.get(Theme, theme_id)
    if theme is None or not title or title == theme.title:
        return None
    return Update(Theme, theme_id, {"title": title}, label=QT_TRANSLATE_NOOP("Commands", "Rename theme"))


def delete_theme(store, theme_id: int) -> Delete | None:
    """Its contributions stay, without a theme; its own dots go with it. Undo brings all back."""
    if store.get(Theme, theme_id) is None:
        return None
    return Delete([(Theme, theme_id)], label=QT_TRANSLATE_NOOP("Commands", "Delete theme"))


def assign_theme(store, contribution_ids: Iterable[int], theme_id: int | None) -> Updates | None:
    """Puts contributions in a theme (None: back to unsorted), as one step. Merged duplicates
    of a contribution go with it, so a group is never split over themes. None when nothing
    would change or the theme is gone."""
    ids = list(dict.fromkeys(contribution_ids))
    if not ids or (theme_id is not None and store.get(Theme, theme_id) is None):
        return None
    rows = contributions.with_duplicates(store, ids)
    changes = [(Contribution, stored_id(c), {"theme_id": theme_id}) for c in rows if c.theme_id != theme_id]
    if not changes:
        return None
    action = Updates(changes, label=Plural.translate("Commands", "Move %n contribution(s) to a theme", "", -1))
    action.count = len({c.id for c in rows if c.id in set(ids)})
    return action


# -- duplicates --------------------------------------------------------------------------------


def _merge_plan(store, keep_id: int, duplicate_ids: list[int]) -> dict[int, int]:
    """Which contributions get which ``merged_into_id`` (raises MergeError)."""
    involved = contributions.with_duplicates(store, [keep_id, *duplicate_ids])
    return plan_merge(involved, keep_id, duplicate_ids)


def merge_problem(store, keep_id: int, duplicate_ids: Iterable[int]) -> str | None:
    """Why these contributions cannot be merged (a ``MergeProblem`` or ALREADY_MERGED);
    None when they can."""
    try:
        plan = _merge_plan(store, keep_id, list(dict.fromkeys(duplicate_ids)))
    except MergeError as error:
        return str(error.problem)
    return None if plan else ALREADY_MERGED


def merge_contributions(store, keep_id: int, duplicate_ids: Iterable[int]) -> Updates | None:
    """``duplicate_ids`` become duplicates of ``keep_id`` (so do those merged into them
    before: no chains); every text stays as it was written. None when refused."""
    duplicate_ids = list(dict.fromkeys(duplicate_ids))
    try:
        plan = _merge_plan(store, keep_id, duplicate_ids)
    except MergeError:
        return None
    if not plan:
        return None
    action = Updates(
        [(Contribution, cid, {"merged_into_id": target}) for cid, target in sorted(plan.items())],
        label=Plural.translate("Commands", "Merge %n duplicate(s)", "", -1),
    )
    action.count = len(duplicate_ids)
    return action


def unmerge_contribution(store, contribution_id: int) -> Update | None:
    contribution = store.get(Contribution, contribution_id)
    if contribution is None or contribution.merged_into_id is None:
        return None
    return Update(Contribution, contribution_id, {"merged_into_id": None},
                  label=QT_TRANSLATE_NOOP("Commands", "Separate duplicate"))


# -- dot votes ---------------------------------------------------------------------------------


def effective_voters(store, meeting_id: int) -> int:
    """The voters in the room: as entered, or (0 entered) the participants and hosts present."""
    meeting = store.get(Meeting, meeting_id)
    if meeting is None:
        return 0
    if meeting.voters > 0:
        return meeting.voters
    return suggested_voters(register.attendance_of(store, meeting_id))


def room_dots(store, meeting_id: int) -> tuple[int, int]:
    """(dots the room has, dots given so far) for a meeting."""
    meeting = store.get(Meeting, meeting_id)
    if meeting is None:
        return 0, 0
    total = room_total(effective_voters(store, meeting_id), meeting.dot_budget)
    return total, given_dots(harvest.votes_of(store, meeting_id) + phone_input.as_votes(store, meeting_id))


@dataclass(frozen=True)
class DotsProblem:
    """Why dots cannot be entered: ``code`` is "one_target", "negative" or "too_many"; the
    numbers explain "too many" (the room's voters, dots each, dots in all, at most here)."""

    code: str
    voters: int = 0
    budget: int = 0
    total: int = 0
    allowed: int = 0


def dots_problem(
    store, meeting_id: int, *, contribution_id: int | None = None, theme_id: int | None = None, dots: int
) -> DotsProblem | None:
    """Why ``dots`` cannot be entered for this contribution or theme; None when they can."""
    if (contribution_id is None) == (theme_id is None):
        return DotsProblem("one_target")
    if dots < 0:
        return DotsProblem("negative")
    total, given = room_dots(store, meeting_id)
    own = given_dots(harvest.votes_for(store, contribution_id=contribution_id, theme_id=theme_id))
    allowed = max(total - (given - own), 0)
    if dots > allowed:
        meeting = store.get(Meeting, meeting_id)
        return DotsProblem("too_many", effective_voters(store, meeting_id), meeting.dot_budget if meeting else 0,
                           total, allowed)
    return None


def set_dots(
    store, meeting_id: int, *, contribution_id: int | None = None, theme_id: int | None = None, dots: int
) -> Action | None:
    """The room's dots for one contribution or theme, as counted; None over the room's total
    (``dots_problem`` says why) or when it is already so. Several earlier entries for the
    target become one."""
    if dots_problem(store, meeting_id, contribution_id=contribution_id, theme_id=theme_id, dots=dots) is not None:
        return None
    existing = harvest.votes_for(store, contribution_id=contribution_id, theme_id=theme_id)
    if given_dots(existing) == dots and len(existing) <= 1:
        return None
    label = QT_TRANSLATE_NOOP("Commands", "Enter dots")
    if len(existing) == 1 and dots > 0:
        return Update(Vote, stored_id(existing[0]), {"dots": dots}, label=label)
    steps: list[Action] = []
    if existing:
        steps.append(Delete([(Vote, stored_id(vote)) for vote in existing], label=label))
    if dots > 0:
        vote = Vote(meeting_id=meeting_id, contribution_id=contribution_id, theme_id=theme_id, dots=dots)
        steps.append(Insert([vote], label=label))
    return Steps(steps, label=label)


def set_voters(store, meeting_id: int, voters: int) -> Update | None:
    """How many voted in the room (0: count those present)."""
    meeting = store.get(Meeting, meeting_id)
    if meeting is None or voters < 0 or meeting.voters == voters:
        return None
    label = QT_TRANSLATE_NOOP("Commands", "Change number of voters")
    return Update(Meeting, meeting_id, {"voters": voters}, label=label)


def set_dot_budget(store, meeting_id: int, budget: int) -> Update | None:
    meeting = store.get(Meeting, meeting_id)
    if meeting is None or budget < 0 or meeting.dot_budget == budget:
        return None
    label = QT_TRANSLATE_NOOP("Commands", "Change dots per person")
    return Update(Meeting, meeting_id, {"dot_budget": budget}, label=label)


# -- main points and decisions -----------------------------------------------------------------


def add_harvest_item(store, meeting_id: int, kind: str, text: str, table_id: int | None = None) -> Insert | None:
    """A main point from a table (``table_id`` for a café) or a decision, at the end of the list."""
    if kind not in (MAIN_POINT, DECISION):
        return None
    item = HarvestItem(meeting_id=meeting_id, table_id=table_id, kind=kind,
                       position=harvest.next_item_position(store, meeting_id), text=text.strip())
    if kind == MAIN_POINT:
        label = QT_TRANSLATE_NOOP("Commands", "Add main point")
    else:
        label = QT_TRANSLATE_NOOP("Commands", "Add decision")
    return Insert([item], label=label)


def update_harvest_item(store, item_id: int, **changes) -> Update | None:
    """Changes the text, the kind or the table of a main point or decision; None when
    refused or nothing changes."""
    item = store.get(HarvestItem, item_id)
    if item is None:
        return None
    if "text" in changes:
        changes["text"] = str(changes["text"]).strip()
    if changes.get("kind", item.kind) not in (MAIN_POINT, DECISION):
        return None
    changes = {name: value for name, value in changes.items() if getattr(item, name) != value}
    if not changes:
        return None
    return Update(HarvestItem, item_id, changes, label=QT_TRANSLATE_NOOP("Commands", "Change main point or decision"))


def delete_harvest_item(store, item_id: int) -> Delete | None:
    if store.get(HarvestItem, item_id) is None:
        return None
    return Delete([(HarvestItem, item_id)], label=QT_TRANSLATE_NOOP("Commands", "Delete main point or decision"))


def unmerge_contributions(store, contribution_ids: Iterable[int]) -> Steps | None:
    """Separates several duplicates from what they were merged into, as one step."""
    steps = [step for i in dict.fromkeys(contribution_ids) if (step := unmerge_contribution(store, i)) is not None]
    return Steps(steps, label=QT_TRANSLATE_NOOP("Commands", "Separate duplicate")) if steps else None


def delete_harvest_items(store, item_ids: Iterable[int]) -> Steps | None:
    """Deletes several main points or decisions as one step."""
    steps = [step for i in dict.fromkeys(item_ids) if (step := delete_harvest_item(store, i)) is not None]
    return Steps(steps, label=QT_TRANSLATE_NOOP("Commands", "Delete main point or decision")) if steps else None
