"""The self-assessment: an assessment per meeting, its ratings, answers, evidence and group,
the frameworks a municipality added, and the key factors as the plan reads them."""

from __future__ import annotations

import logging

from ..domain.assessment import KeyFactorState, rating_of, themes_in_scope
from ..domain.entities import (
    Assessment,
    AssessmentMeeting,
    AssessmentMember,
    AssessmentNote,
    ContextNote,
    Contribution,
    Evidence,
    FactorRating,
    Meeting,
    QuestionAnswer,
    StoredFramework,
    TableTheme,
)
from ..domain.framework import BUILT_IN, Framework, FrameworkError, built_in, parse_framework_text
from . import schema
from .process_store import ProcessStore

MIGRATION = "0010_self_assessment"

log = logging.getLogger("facilitator.storage")


def has_assessments(store: ProcessStore) -> bool:
    """Whether the file has the assessment's tables (a file read without migrating may not)."""
    return MIGRATION in schema.applied_migration_names(store.conn)


def assessment_of_meeting(store: ProcessStore, meeting_id: int) -> Assessment | None:
    """The assessment a meeting holds: begun in it, or continued in it (a series)."""
    if not has_assessments(store):
        return None
    found = store.list(Assessment, "meeting_id = ?", (meeting_id,))
    if found:
        return found[0]
    continued = store.list(AssessmentMeeting, "meeting_id = ?", (meeting_id,))
    return store.get(Assessment, continued[0].assessment_id) if continued else None


def begun_in(store: ProcessStore, meeting_id: int) -> bool:
    """Whether the meeting's assessment was begun in it (not continued from an earlier one)."""
    return has_assessments(store) and store.count(Assessment, "meeting_id = ?", (meeting_id,)) > 0


def meetings_of(store: ProcessStore, assessment: Assessment) -> list[Meeting]:
    """The meetings an assessment was made in: where it began, then those that continued it,
    by date."""
    ids = [assessment.meeting_id] + [
        link.meeting_id for link in store.list(AssessmentMeeting, "assessment_id = ?", (assessment.id,))]
    found = [m for m in (store.get(Meeting, i) for i in ids) if m is not None]
    return [found[0]] + sorted(found[1:], key=lambda m: (m.date or "9999", m.position, m.id))


def all_assessments(store: ProcessStore) -> list[Assessment]:
    """Every assessment, in the order of their meetings (date, then the meetings' order)."""
    if not has_assessments(store):
        return []
    meetings = {m.id: m for m in store.list(Meeting)}
    found = store.list(Assessment)
    return sorted(found, key=lambda a: (meetings[a.meeting_id].date or "9999", meetings[a.meeting_id].position, a.id))


def earlier_assessments(store: ProcessStore, assessment: Assessment) -> list[Assessment]:
    """The assessments that can be this one's baseline: those held before it."""
    ordered = all_assessments(store)
    return ordered[: [a.id for a in ordered].index(assessment.id)] if assessment in ordered else []


# -- frameworks ----------------------------------------------------------------------------------


def stored_frameworks(store: ProcessStore) -> list[StoredFramework]:
    return store.list(StoredFramework, order_by="name, id")


def framework_named(store: ProcessStore, key: str) -> Framework:
    """The framework an assessment uses: the built-in one or one the municipality added (the
    built-in one when the key is unknown or its stored text no longer reads)."""
    if key and key != BUILT_IN:
        found = store.list(StoredFramework, "key = ?", (key,))
        if found:
            try:
                return parse_framework_text(found[0].data)
            except FrameworkError as error:
                log.warning("the stored framework %r no longer reads (%s): the built-in one is used", key, error)
    return built_in()


def frameworks(store: ProcessStore) -> list[Framework]:
    """Every framework the process can use: the built-in one first."""
    out = [built_in()]
    for stored in stored_frameworks(store):
        try:
            out.append(parse_framework_text(stored.data))
        except FrameworkError:
            continue
    return out


# -- one assessment's parts ----------------------------------------------------------------------


def ratings_of(store: ProcessStore, assessment_id: int) -> dict[int, FactorRating]:
    """The stored ratings by theme number."""
    return {r.theme: r for r in store.list(FactorRating, "assessment_id = ?", (assessment_id,))}


def answers_of(store: ProcessStore, assessment_id: int) -> dict[str, QuestionAnswer]:
    return {a.question: a for a in store.list(QuestionAnswer, "assessment_id = ?", (assessment_id,))}


def evidence_of(store: ProcessStore, assessment_id: int, theme: int | None = None) -> list[Evidence]:
    if theme is None:
        return store.list(Evidence, "assessment_id = ?", (assessment_id,), order_by="theme, position, id")
    return store.list(Evidence, "assessment_id = ? AND theme = ?", (assessment_id, theme), order_by="position, id")


def evidence_counts(store: ProcessStore, assessment_id: int) -> dict[int, int]:
    counts: dict[int, int] = {}
    for item in evidence_of(store, assessment_id):
        counts[item.theme] = counts.get(item.theme, 0) + 1
    return counts


def next_evidence_position(store: ProcessStore, assessment_id: int, theme: int) -> int:
    return store.next_position(Evidence, "assessment_id = ? AND theme = ?", (assessment_id, theme))


def members_of(store: ProcessStore, assessment_id: int) -> list[AssessmentMember]:
    return store.list(AssessmentMember, "assessment_id = ?", (assessment_id,), order_by="role, name, id")


def context_of(store: ProcessStore, assessment_id: int) -> dict[int, ContextNote]:
    return {c.factor: c for c in store.list(ContextNote, "assessment_id = ?", (assessment_id,))}


def table_themes_of(store: ProcessStore, assessment_id: int) -> dict[int, int]:
    """The café tables that took a theme: table id -> theme number."""
    return {t.table_id: t.theme for t in store.list(TableTheme, "assessment_id = ?", (assessment_id,))}


def table_theme_row(store: ProcessStore, table_id: int) -> TableTheme | None:
    found = store.list(TableTheme, "table_id = ?", (table_id,))
    return found[0] if found else None


def notes_of(store: ProcessStore, assessment_id: int) -> dict[str, list[Contribution]]:
    """The notes captured in the room against each guiding question, in the order captured."""
    out: dict[str, list[Contribution]] = {}
    for link in store.list(AssessmentNote, "assessment_id = ?", (assessment_id,), order_by="id"):
        contribution = store.get(Contribution, link.contribution_id)
        if contribution is not None and contribution.merged_into_id is None:
            out.setdefault(link.question, []).append(contribution)
    return out


def evidence_citing(store: ProcessStore, meeting_id: int) -> list[Evidence]:
    """Evidence items that are the minutes of this meeting."""
    return store.list(Evidence, "meeting_id = ?", (meeting_id,))


# -- the key factors, as the plan and the documents read them ------------------------------------


def gaps(store: ProcessStore, assessment_id: int) -> list[KeyFactorState]:
    """The key factors rated "delvis" or "stämmer inte": each can become a goal of the plan."""
    return [factor for factor in key_factors(store, assessment_id) if factor.gap]


def key_factors(store: ProcessStore, assessment_id: int) -> list[KeyFactorState]:
    """The key factors in the assessment's scope, in theme order, each with its rating and how
    settled it is. ``[f for f in key_factors(store, a) if f.gap]`` are the gaps a goal can be
    made from."""
    assessment = store.get(Assessment, assessment_id)
    if assessment is None:
        return []
    framework = framework_named(store, assessment.framework)
    ratings = ratings_of(store, assessment_id)
    counts = evidence_counts(store, assessment_id)
    out = []
    for number in themes_in_scope(assessment.scope, framework.theme_numbers()):
        theme = framework.theme(number)
        assert theme is not None
        stored = ratings.get(number)
        out.append(KeyFactorState(
            assessment_id, number, theme.title, theme.key_factor.text,
            rating_of(stored.rating) if stored else rating_of(""), bool(stored and stored.confirmed),
            counts.get(number, 0), stored.id if stored else None))
    return out
