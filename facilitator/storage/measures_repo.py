"""Measures in the process file: creating them from what was said, status changes, the
filtered lists the window shows, the links both ways, and merging duplicate contributions.

Every write goes through ``ProcessStore.insert_many`` / ``update`` in one transaction and
returns what it wrote, so an undo command can take it back (``revert_*``) and redo it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from ..domain.entities import (
    Contribution,
    Entity,
    Measure,
    MeasureRevision,
    MeasureSource,
    MeasureStatusChange,
    Meeting,
    Theme,
    stored_id,
)
from ..domain.follow_up import FollowUpReview, ReviewPlan, follow_up_review
from ..domain.measures import (
    MeasureProblem,
    MissingField,
    Refusal,
    StatusChangePlan,
    StatusChangeRefused,
    StatusCheck,
    check_status_change,
    is_overdue,
    missing_for,
    plan_status_change,
    validate_measure,
)
from ..domain.meeting_checks import parse_date
from ..domain.meeting_record import meeting_order, snapshot, write_up_meeting
from ..domain.swedish import sort_key
from .process_store import ProcessStore


class MeasureError(ValueError):
    """A measure that cannot be stored as it is; ``problems`` and ``missing`` say why."""

    def __init__(self, problems: Sequence[MeasureProblem] = (), missing: Sequence[MissingField] = ()):
        super().__init__(", ".join([f"{p.field}:{p.code}" for p in problems] + list(missing)))
        self.problems = tuple(problems)
        self.missing = tuple(missing)


def _day(on: date | str | None) -> str:
    if on is None:
        return date.today().isoformat()
    return on.isoformat() if isinstance(on, date) else str(on)


# -- creating ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CreatedMeasure:
    """What ``create_measure`` wrote. Undo: ``store.delete(Measure, measure.id)`` (the
    links and the history go with it); redo: ``store.restore`` of that tombstone."""

    measure: Measure
    sources: tuple[MeasureSource, ...]
    history: MeasureStatusChange
    revision: MeasureRevision | None = None


def create_measure(
    store: ProcessStore,
    measure: Measure,
    *,
    contribution_ids: Iterable[int] = (),
    theme_ids: Iterable[int] = (),
    on: date | str | None = None,
    note: str = "",
    coordinator_names: Sequence[str] = (),
) -> CreatedMeasure:
    """Stores a new measure with links to the contributions and themes it came from and
    the first entry of its status history, all at once.

    Refused (``MeasureError``) when a field value is not allowed, or when the measure starts
    in a status that needs an owner, a department and a deadline it lacks. Without a meeting
    of origin, the meeting all its sources come from becomes it. ``on`` dates the history
    (default: today).
    """
    problems = validate_measure(measure, coordinator_names)
    missing = missing_for(measure)
    if problems or missing:
        raise MeasureError(problems, missing)
    contribution_ids = list(dict.fromkeys(contribution_ids))
    theme_ids = list(dict.fromkeys(theme_ids))
    with store.transaction():
        changes: dict = {}
        if measure.origin_meeting_id is None:
            meetings = _source_meetings(store, contribution_ids, theme_ids)
            if len(meetings) == 1:
                changes["origin_meeting_id"] = meetings.pop()
        if not measure.created_at:
            changes["created_at"] = datetime.now().astimezone().isoformat(timespec="seconds")
        if measure.position == 0:
            changes["position"] = store.next_position(Measure, "1 = 1", [])
        stored = store.insert_many([measure.with_changes(**changes)])[0]
        measure_id = stored_id(stored)
        links = [MeasureSource(measure_id=measure_id, contribution_id=c) for c in contribution_ids]
        links += [MeasureSource(measure_id=measure_id, theme_id=t) for t in theme_ids]
        sources = store.insert_many(links)
        day = _day(on)
        at = meeting_for_change(store, stored.origin_meeting_id, day)
        history = store.insert(
            MeasureStatusChange(measure_id=measure_id, status=stored.status, date=day, note=note, meeting_id=at))
        revision = record_revision(store, measure_id, day, at)
    return CreatedMeasure(stored, tuple(sources), history, revision)


# -- revisions: the measure's fields after each change -----------------------------------------


def meeting_for_change(store: ProcessStore, origin_meeting_id: int | None, day: str,
                       measure_id: int | None = None) -> int | None:
    """The meeting a change of a measure made on ``day`` belongs to: the last meeting held by
    then, while its minutes are being written (``meeting_record.write_up_meeting``), if the
    measure came from it or was dealt with there; else None."""
    meetings = store.list(Meeting)
    related = {origin_meeting_id} - {None}
    if measure_id is not None:
        related |= {c.meeting_id for c in store.list(MeasureStatusChange, "measure_id = ?", [measure_id])} - {None}
    held = sorted((m for m in meetings if m.date and m.date <= day), key=meeting_order)
    if not held or held[-1].id not in related:
        return None
    return write_up_meeting(held[-1], meetings, day)


def record_revision(store: ProcessStore, measure_id: int, day: str, meeting_id: int | None = None) -> MeasureRevision:
    """Keeps the measure's fields as they are now, dated ``day`` (and tied to a meeting)."""
    measure = store.get(Measure, measure_id)
    if measure is None:
        raise KeyError(f"measure {measure_id}")
    return store.insert(MeasureRevision(measure_id=measure_id, date=day, meeting_id=meeting_id,
                                        fields=snapshot(measure)))


def revisions_of_measures(store: ProcessStore, measure_ids: Iterable[int]) -> list[MeasureRevision]:
    """The revisions of these measures: measure by measure, each one's oldest first."""
    found: list[MeasureRevision] = []
    for chunk in _id_chunks(measure_ids):
        found += store.list(MeasureRevision, f"measure_id IN ({', '.join('?' for _ in chunk)})", chunk,
                            order_by="measure_id, date, id")
    return found


def _source_meetings(store: ProcessStore, contribution_ids: list[int], theme_ids: list[int]) -> set[int]:
    meetings: set[int] = set()
    for table, ids in (("contribution", contribution_ids), ("theme", theme_ids)):
        if ids:
            marks = ", ".join("?" for _ in ids)
            rows = store.conn.execute(f"SELECT DISTINCT meeting_id FROM [{table}] WHERE id IN ({marks})", ids)
            meetings.update(row[0] for row in rows)
    meetings.discard(None)
    return meetings


def link_sources(
    store: ProcessStore, measure_id: int, *, contribution_ids: Iterable[int] = (), theme_ids: Iterable[int] = ()
) -> list[MeasureSource]:
    """Adds links the measure does not have yet; returns the new ones (undo: delete them)."""
    existing = store.list(MeasureSource, "measure_id = ?", [measure_id])
    have_c = {s.contribution_id for s in existing if s.contribution_id is not None}
    have_t = {s.theme_id for s in existing if s.theme_id is not None}
    new = [MeasureSource(measure_id=measure_id, contribution_id=c) for c in dict.fromkeys(contribution_ids) if c not in have_c]
    new += [MeasureSource(measure_id=measure_id, theme_id=t) for t in dict.fromkeys(theme_ids) if t not in have_t]
    return store.insert_many(new) if new else []


# -- status changes --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AppliedStatusChange:
    """What a status change wrote: the history row (with its id), the measure's changed
    fields and their values before. Undo: ``revert_status_change``."""

    measure_id: int
    history: MeasureStatusChange
    changes: dict
    previous: dict
    revision: MeasureRevision | None = None


def apply_status_change(store: ProcessStore, plan: StatusChangePlan) -> AppliedStatusChange:
    """Writes a planned status change (history row and measure update) in one transaction.

    The plan is checked again against the stored measure: if someone changed its status
    meanwhile (Refusal.STALE) or the change is no longer allowed, StatusChangeRefused.
    """
    with store.transaction():
        current = store.get(Measure, plan.measure_id) if plan.measure_id is not None else None
        if current is None:
            raise KeyError(f"measure {plan.measure_id}")
        if current.status != plan.previous_status:
            raise StatusChangeRefused(StatusCheck(False, Refusal.STALE))
        edits = {k: v for k, v in plan.changes.items() if k != "status"}
        check = check_status_change(current, plan.status, reopen=plan.reopen, edits=edits)
        if not check.allowed:
            raise StatusChangeRefused(check)
        measure_id = stored_id(current)
        at = plan.history.meeting_id
        if at is None:
            at = meeting_for_change(store, current.origin_meeting_id, plan.history.date, measure_id)
        history = store.insert_many([plan.history.with_changes(measure_id=measure_id, meeting_id=at)])[0]
        previous = store.update(Measure, measure_id, **plan.changes)
        revision = record_revision(store, measure_id, history.date, at)
    return AppliedStatusChange(measure_id, history, dict(plan.changes), previous, revision)


def change_status(
    store: ProcessStore,
    measure_id: int,
    status: str,
    on: date | str | None = None,
    note: str = "",
    meeting_id: int | None = None,
    *,
    reopen: bool = False,
    edits: dict | None = None,
) -> AppliedStatusChange:
    """Plans and applies a status change in one go (see ``measures.plan_status_change``)."""
    with store.transaction():
        measure = store.get(Measure, measure_id)
        if measure is None:
            raise KeyError(f"measure {measure_id}")
        plan = plan_status_change(measure, status, _day(on), note, meeting_id, reopen=reopen, edits=edits)
        return apply_status_change(store, plan)


def revert_status_change(store: ProcessStore, applied: AppliedStatusChange) -> None:
    """Undo: the measure gets its previous values back and the history row goes."""
    with store.transaction():
        if applied.revision is not None:
            store.delete(MeasureRevision, stored_id(applied.revision))
        store.update(Measure, applied.measure_id, **applied.previous)
        store.delete(MeasureStatusChange, stored_id(applied.history))


def reapply_status_change(store: ProcessStore, applied: AppliedStatusChange) -> None:
    """Redo of a reverted change: the same history row (same id) and the same values."""
    with store.transaction():
        store.insert_many([applied.history])
        store.update(Measure, applied.measure_id, **applied.changes)
        if applied.revision is not None:
            store.insert_many([applied.revision])


def apply_review(store: ProcessStore, plan: ReviewPlan) -> list[AppliedStatusChange]:
    """Writes every planned update of a follow-up meeting at once (all or nothing)."""
    with store.transaction():
        return [apply_status_change(store, p) for p in plan.plans]


def apply_status_changes(store: ProcessStore, plans: Sequence[StatusChangePlan]) -> list[AppliedStatusChange]:
    """Writes planned status changes of several measures at once (all or nothing): a
    reporting round's forms read back."""
    with store.transaction():
        return [apply_status_change(store, p) for p in plans]


def status_history(store: ProcessStore, measure_id: int) -> list[MeasureStatusChange]:
    """Oldest first."""
    return store.list(MeasureStatusChange, "measure_id = ?", [measure_id], order_by="date, id")


# -- lists and filters --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeasureFilter:
    """None means "any". ``eccar_points`` and ``tracks`` may contain None for "not set".
    Departments and owners match whole names, ignoring case and surrounding spaces.
    ``meeting_ids`` matches a measure whose meeting of origin is one of them or that is
    linked to a contribution or theme of one of them."""

    eccar_points: frozenset[int | None] | None = None
    tracks: frozenset[int | None] | None = None
    statuses: frozenset[str] | None = None
    departments: frozenset[str] | None = None
    owners: frozenset[str] | None = None
    meeting_ids: frozenset[int] | None = None
    overdue_on: date | None = None  # only measures overdue on that day


def _in(column: str, values: Iterable, params: list) -> str:
    values = list(values)
    parts = []
    concrete = [v for v in values if v is not None]
    if concrete:
        parts.append(f"{column} IN ({', '.join('?' for _ in concrete)})")
        params.extend(concrete)
    if len(concrete) < len(values):
        parts.append(f"{column} IS NULL")
    return "(" + " OR ".join(parts) + ")" if parts else "0"


def _name(text: str) -> str:
    return " ".join(text.split()).casefold()


def list_measures(store: ProcessStore, where: MeasureFilter | None = None) -> list[Measure]:
    """Measures in the plan's order: ECCAR point, track, position (never by department)."""
    where = where or MeasureFilter()
    clauses: list[str] = []
    params: list = []
    if where.eccar_points is not None:
        clauses.append(_in("eccar_point", where.eccar_points, params))
    if where.tracks is not None:
        clauses.append(_in("track", where.tracks, params))
    if where.statuses is not None:
        clauses.append(_in("status", where.statuses, params))
    if where.meeting_ids is not None:
        ids = sorted(where.meeting_ids)
        marks = ", ".join("?" for _ in ids) or "NULL"
        clauses.append(
            f"(origin_meeting_id IN ({marks}) OR id IN ("
            f"SELECT s.measure_id FROM measure_source s JOIN contribution c ON c.id = s.contribution_id "
            f"WHERE c.meeting_id IN ({marks}) "
            f"UNION SELECT s.measure_id FROM measure_source s JOIN theme t ON t.id = s.theme_id "
            f"WHERE t.meeting_id IN ({marks})))"
        )
        params.extend(ids * 3)
    measures = store.list(
        Measure,
        " AND ".join(clauses) or None,
        params,
        order_by="eccar_point IS NULL, eccar_point, track IS NULL, track, position, id",
    )
    if where.departments is not None:
        wanted = {_name(d) for d in where.departments}
        measures = [m for m in measures if _name(m.department) in wanted]
    if where.owners is not None:
        wanted = {_name(o) for o in where.owners}
        measures = [m for m in measures if _name(m.owner) in wanted]
    if where.overdue_on is not None:
        measures = [m for m in measures if is_overdue(m, where.overdue_on)]
    return measures


def _distinct(store: ProcessStore, column: str) -> list[str]:
    seen: dict[str, str] = {}
    for (value,) in store.conn.execute(f"SELECT [{column}] FROM measure ORDER BY id"):
        text = " ".join((value or "").split())
        if text and _name(text) not in seen:
            seen[_name(text)] = text
    return sorted(seen.values(), key=sort_key)


def departments(store: ProcessStore) -> list[str]:
    """The departments named in measures, once each, in Swedish order (for a filter list)."""
    return _distinct(store, "department")


def owners(store: ProcessStore) -> list[str]:
    return _distinct(store, "owner")


# -- links both ways ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeasureLinks:
    """Where a measure came from. ``duplicates`` are contributions merged into a linked one
    (their authors said the same thing); ``theme_members`` the contributions of linked
    themes; ``meetings`` its meeting of origin and the meetings of all of these, by date."""

    measure_id: int
    contributions: tuple[Contribution, ...]
    themes: tuple[Theme, ...]
    theme_members: tuple[Contribution, ...]
    duplicates: tuple[Contribution, ...]
    meetings: tuple[Meeting, ...]
    sources: tuple[MeasureSource, ...] = field(default=())


def measure_links(store: ProcessStore, measure_id: int) -> MeasureLinks:
    measure = store.get(Measure, measure_id)
    if measure is None:
        raise KeyError(f"measure {measure_id}")
    sources = store.list(MeasureSource, "measure_id = ?", [measure_id])
    contributions = store.list(
        Contribution,
        "id IN (SELECT contribution_id FROM measure_source WHERE measure_id = ?)",
        [measure_id],
        order_by="meeting_id, position, id",
    )
    themes = store.list(
        Theme, "id IN (SELECT theme_id FROM measure_source WHERE measure_id = ?)", [measure_id], order_by="position, id"
    )
    linked = {stored_id(c) for c in contributions}
    members = store.list(
        Contribution,
        "theme_id IN (SELECT theme_id FROM measure_source WHERE measure_id = ?)",
        [measure_id],
        order_by="meeting_id, position, id",
    )
    members = [c for c in members if c.id not in linked]
    duplicates = _merged_into(store, linked | {stored_id(c) for c in members})
    meeting_ids = {measure.origin_meeting_id} | {c.meeting_id for c in contributions + members + duplicates}
    meeting_ids |= {t.meeting_id for t in themes}
    meeting_ids.discard(None)
    meetings = store.list(Meeting, f"id IN ({', '.join('?' for _ in meeting_ids) or 'NULL'})", sorted(meeting_ids))
    meetings.sort(key=lambda m: (m.date or "9999", m.start_time, m.position, m.id))
    return MeasureLinks(
        measure_id, tuple(contributions), tuple(themes), tuple(members), tuple(duplicates), tuple(meetings), tuple(sources)
    )


def _merged_into(store: ProcessStore, kept_ids: set[int]) -> list[Contribution]:
    """Contributions merged (directly or through a chain) into any of ``kept_ids``."""
    found: list[Contribution] = []
    frontier, seen = set(kept_ids), set(kept_ids)
    while frontier:
        ids = sorted(frontier)
        rows = store.list(Contribution, f"merged_into_id IN ({', '.join('?' for _ in ids)})", ids)
        frontier = {stored_id(c) for c in rows} - seen
        seen |= frontier
        found.extend(c for c in rows if c.id in frontier)
    found.sort(key=lambda c: (c.meeting_id, c.position, c.id))
    return found


def measure_ids_by_contribution(store: ProcessStore, meeting_id: int | None = None) -> dict[int, tuple[int, ...]]:
    """For each contribution, the measures made from it: linked directly, through its theme,
    or through the contribution it was merged into. One pass for a whole list of thousands.
    ``meeting_id`` limits the answer to that meeting's contributions."""
    direct: dict[int, set[int]] = defaultdict(set)
    for contribution_id, measure_id in store.conn.execute(
        "SELECT contribution_id, measure_id FROM measure_source WHERE contribution_id IS NOT NULL"
    ):
        direct[contribution_id].add(measure_id)
    by_theme: dict[int, set[int]] = defaultdict(set)
    for theme_id, measure_id in store.conn.execute(
        "SELECT theme_id, measure_id FROM measure_source WHERE theme_id IS NOT NULL"
    ):
        by_theme[theme_id].add(measure_id)
    rows = store.conn.execute("SELECT id, theme_id, merged_into_id, meeting_id FROM contribution").fetchall()
    own: dict[int, set[int]] = {}
    merged_into: dict[int, int | None] = {}
    for cid, theme_id, merged, _meeting in rows:
        own[cid] = direct.get(cid, set()) | by_theme.get(theme_id, set())
        merged_into[cid] = merged
    result: dict[int, tuple[int, ...]] = {}
    for cid, _theme_id, _merged, meeting in rows:
        if meeting_id is not None and meeting != meeting_id:
            continue
        measures, seen, current = set(own[cid]), {cid}, merged_into[cid]
        while current is not None and current not in seen and current in own:
            seen.add(current)
            measures |= own[current]
            current = merged_into[current]
        if measures:
            result[cid] = tuple(sorted(measures))
    return result


def measures_for_contribution(store: ProcessStore, contribution_id: int) -> list[Measure]:
    """What became of a contribution: the measures made from it (see above), plan order."""
    contribution = store.get(Contribution, contribution_id)
    if contribution is None:
        return []
    ids = set(_measure_ids_for(store, contribution))
    seen = {contribution.id}
    while contribution.merged_into_id is not None and contribution.merged_into_id not in seen:
        contribution = store.get(Contribution, contribution.merged_into_id)
        if contribution is None:
            break
        seen.add(contribution.id)
        ids |= set(_measure_ids_for(store, contribution))
    if not ids:
        return []
    ordered = sorted(ids)
    return store.list(
        Measure,
        f"id IN ({', '.join('?' for _ in ordered)})",
        ordered,
        order_by="eccar_point IS NULL, eccar_point, track IS NULL, track, position, id",
    )


def _measure_ids_for(store: ProcessStore, contribution: Contribution) -> list[int]:
    return [
        row[0]
        for row in store.conn.execute(
            "SELECT measure_id FROM measure_source WHERE contribution_id = ? OR (theme_id IS NOT NULL AND theme_id IS ?)",
            [contribution.id, contribution.theme_id],
        )
    ]


# -- merging duplicates ---------------------------------------------------------------------------------


class MergeProblem(StrEnum):
    NOT_FOUND = "not_found"
    KEEP_IS_MERGED = "keep_is_merged"  # the one to keep is itself a duplicate of another
    KEEP_IS_DUPLICATE = "keep_is_duplicate"  # the same contribution on both sides
    NOTHING_TO_MERGE = "nothing_to_merge"


class MergeError(ValueError):
    def __init__(self, problem: MergeProblem, ids: Sequence[int] = ()):
        super().__init__(f"{problem}: {list(ids)}")
        self.problem = problem
        self.ids = tuple(ids)


@dataclass(frozen=True)
class AppliedUpdate:
    """One ``store.update`` that was made: undo writes ``previous``, redo ``changes``."""

    cls: type[Entity]
    entity_id: int
    changes: dict
    previous: dict


def plan_merge(contributions: Sequence[Contribution], keep_id: int, duplicate_ids: Iterable[int]) -> dict[int, int]:
    """Which contributions get which ``merged_into_id`` (pure; raises MergeError).

    The duplicates point at the kept one, and so do contributions that were merged into a
    duplicate before (no chains). Nothing is deleted: both texts stay, and votes and links
    of a duplicate count for the kept one where it matters (tallies, "what became of it").
    """
    by_id = {c.id: c for c in contributions}
    duplicates = list(dict.fromkeys(duplicate_ids))
    if keep_id not in by_id:
        raise MergeError(MergeProblem.NOT_FOUND, [keep_id])
    unknown = [d for d in duplicates if d not in by_id]
    if unknown:
        raise MergeError(MergeProblem.NOT_FOUND, unknown)
    if keep_id in duplicates:
        raise MergeError(MergeProblem.KEEP_IS_DUPLICATE, [keep_id])
    if by_id[keep_id].merged_into_id is not None:
        raise MergeError(MergeProblem.KEEP_IS_MERGED, [keep_id])
    if not duplicates:
        raise MergeError(MergeProblem.NOTHING_TO_MERGE)
    merging = set(duplicates)
    plan = {d: keep_id for d in duplicates if by_id[d].merged_into_id != keep_id}
    for contribution in contributions:
        if contribution.merged_into_id in merging and contribution.id not in merging and contribution.id != keep_id:
            plan[stored_id(contribution)] = keep_id
    return plan


def merge_duplicates(store: ProcessStore, keep_id: int, duplicate_ids: Iterable[int]) -> list[AppliedUpdate]:
    """Marks ``duplicate_ids`` as duplicates of ``keep_id`` in one transaction."""
    duplicate_ids = list(dict.fromkeys(duplicate_ids))
    with store.transaction():
        ids = [keep_id, *duplicate_ids]
        marks = ", ".join("?" for _ in ids)
        involved = store.list(Contribution, f"id IN ({marks}) OR merged_into_id IN ({marks})", ids + ids)
        plan = plan_merge(involved, keep_id, duplicate_ids)
        return [_update(store, Contribution, cid, merged_into_id=target) for cid, target in sorted(plan.items())]


def unmerge(store: ProcessStore, contribution_id: int) -> AppliedUpdate:
    """The contribution is no longer a duplicate; it keeps its own text, as always."""
    return _update(store, Contribution, contribution_id, merged_into_id=None)


def _update(store: ProcessStore, cls: type[Entity], entity_id: int, **changes) -> AppliedUpdate:
    previous = store.update(cls, entity_id, **changes)
    return AppliedUpdate(cls, entity_id, changes, previous)


def revert_updates(store: ProcessStore, updates: Sequence[AppliedUpdate] | AppliedUpdate) -> None:
    updates = [updates] if isinstance(updates, AppliedUpdate) else list(updates)
    with store.transaction():
        for update in reversed(updates):
            store.update(update.cls, update.entity_id, **update.previous)


def reapply_updates(store: ProcessStore, updates: Sequence[AppliedUpdate] | AppliedUpdate) -> None:
    updates = [updates] if isinstance(updates, AppliedUpdate) else list(updates)
    with store.transaction():
        for update in updates:
            store.update(update.cls, update.entity_id, **update.changes)


# -- the follow-up meeting ------------------------------------------------------------------------------


def review_for_meeting(store: ProcessStore, meeting_id: int, *, as_of: date | str | None = None) -> FollowUpReview:
    """The open measures from earlier meetings, for the follow-up meeting ``meeting_id``.
    Overdue is judged on ``as_of``, else the meeting's date, else today."""
    meeting = store.get(Meeting, meeting_id)
    if meeting is None:
        raise KeyError(f"meeting {meeting_id}")
    if as_of is None and parse_date(meeting.date) is None:
        as_of = date.today()
    measures = store.list(Measure, "status IN ('proposed', 'decided', 'ongoing')")
    ids = [m.id for m in measures]
    history = store.list(
        MeasureStatusChange,
        f"measure_id IN ({', '.join('?' for _ in ids) or 'NULL'})",
        ids,
        order_by="measure_id, date, id",
    )
    return follow_up_review(meeting, store.list(Meeting), measures, history, as_of=as_of)


def sources_of(store: ProcessStore, measure_id: int) -> list[MeasureSource]:
    """The contributions and themes a measure was made from (its links)."""
    return store.list(MeasureSource, "measure_id = ?", [measure_id], order_by="id")


def framework_label(store: ProcessStore, framework: str, number: int):
    """This process's own label of an ECCAR point or a track, if it has one."""
    from ..domain.entities import FrameworkLabel

    found = store.list(FrameworkLabel, "framework = ? AND number = ?", [framework, number], order_by="id")
    return found[0] if found else None


# -- what the harvest and the phones show of measures ---------------------------------------------------


def measure_titles(store: ProcessStore) -> dict[int, str]:
    """Every measure's title by id."""
    return store.names(Measure, "title")


def sources_of_themes(store: ProcessStore, theme_ids: Iterable[int]) -> list[MeasureSource]:
    """The links from measures to any of these themes."""
    ids = list(dict.fromkeys(theme_ids))
    if not ids:
        return []
    return store.list(MeasureSource, f"theme_id IN ({', '.join('?' for _ in ids)})", ids)


def all_sources(store: ProcessStore) -> list[MeasureSource]:
    """Every link from a measure to a contribution or theme."""
    return store.list(MeasureSource)


def measures_in_plan_order(store: ProcessStore) -> list[Measure]:
    """Every measure, in the order of the action plan's list."""
    return store.list(Measure, order_by="position, id")


# -- what the documents and the link dialog read ------------------------------------------------


def _id_chunks(ids: Iterable[int], size: int = 500) -> list[list[int]]:
    ordered = sorted(set(ids))
    return [ordered[start:start + size] for start in range(0, len(ordered), size)]


def history_of_measures(store: ProcessStore, measure_ids: Iterable[int]) -> list[MeasureStatusChange]:
    """The status histories of these measures: measure by measure, each one's oldest first."""
    found: list[MeasureStatusChange] = []
    for chunk in _id_chunks(measure_ids):
        found += store.list(MeasureStatusChange, f"measure_id IN ({', '.join('?' for _ in chunk)})", chunk,
                            order_by="measure_id, date, id")
    return found


def sources_of_measures(store: ProcessStore, measure_ids: Iterable[int]) -> list[MeasureSource]:
    """The links of these measures: measure by measure, each one's in the order they were made."""
    found: list[MeasureSource] = []
    for chunk in _id_chunks(measure_ids):
        found += store.list(MeasureSource, f"measure_id IN ({', '.join('?' for _ in chunk)})", chunk,
                            order_by="measure_id, id")
    return found


def changes_at_meeting(store: ProcessStore, meeting_id: int) -> list[MeasureStatusChange]:
    """The status changes made at a (follow-up) meeting: the measures it reviewed."""
    return store.list(MeasureStatusChange, "meeting_id = ?", (meeting_id,))


def linkable_themes(store: ProcessStore) -> list[Theme]:
    """Every theme a measure may be linked to, meeting by meeting, each meeting's in order."""
    return store.list(Theme, order_by="meeting_id, position, id")


def linkable_contributions(store: ProcessStore) -> list[Contribution]:
    """Every contribution a measure may be linked to (duplicates are not: the one they were
    merged into is), meeting by meeting, each meeting's in capture order."""
    return store.list(Contribution, "merged_into_id IS NULL", order_by="meeting_id, position, id")
