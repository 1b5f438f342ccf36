"""The self-assessment's read model: what the report, the minutes' section and ``facilitator
info`` show of an assessment, gathered from storage in one place."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.assessment import FactorChange, KeyFactorState, compare
from ..domain.entities import Assessment, AssessmentMember, Evidence, Meeting, Process, QuestionAnswer
from ..domain.framework import EnvironmentalFactor, Framework, FrameworkTheme
from ..storage import assessment as repo
from ..storage import meetings as meeting_repo
from ..storage import seating
from ..storage.process_store import ProcessStore


class AssessmentNotFound(LookupError):
    """The meeting holds no assessment."""


@dataclass
class FactorEntry:
    theme: FrameworkTheme
    state: KeyFactorState
    reasoning: str = ""
    strengths: str = ""
    weaknesses: str = ""
    decided_by: str = ""
    decided_how: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    answers: dict[str, QuestionAnswer] = field(default_factory=dict)
    change: FactorChange | None = None
    tables: list[str] = field(default_factory=list)  # café tables that took the theme
    notes: dict[str, list[str]] = field(default_factory=dict)  # said in the room, per guiding question


@dataclass
class AssessmentData:
    process: Process
    meeting: Meeting
    assessment: Assessment
    framework: Framework
    members: list[AssessmentMember]
    factors: list[FactorEntry]
    context: list[tuple[EnvironmentalFactor, str]]
    baseline: Meeting | None
    meetings: dict[int, Meeting]
    held_in: list[Meeting] = field(default_factory=list)  # where it began, then the meetings that continued it


def gather_assessment(store: ProcessStore, meeting_id: int) -> AssessmentData:
    meeting = store.get(Meeting, meeting_id)
    assessment = repo.assessment_of_meeting(store, meeting_id) if meeting else None
    if meeting is None or assessment is None or assessment.id is None:
        raise AssessmentNotFound(meeting_id)
    framework = repo.framework_named(store, assessment.framework)
    ratings = repo.ratings_of(store, assessment.id)
    answers = repo.answers_of(store, assessment.id)
    evidence = repo.evidence_of(store, assessment.id)
    states = repo.key_factors(store, assessment.id)
    changes: dict[int, FactorChange] = {}
    baseline_meeting = None
    if assessment.baseline_id is not None:
        baseline = store.get(Assessment, assessment.baseline_id)
        if baseline is not None and baseline.id is not None:
            baseline_meeting = store.get(Meeting, baseline.meeting_id)
            before = {f.theme: str(f.rating) for f in repo.key_factors(store, baseline.id)}
            changes = {c.theme: c for c in compare({s.theme: str(s.rating) for s in states}, before)}
    held_in = repo.meetings_of(store, assessment)
    table_names = {t.id: t.name for held in held_in if held.id is not None
                   for t in seating.tables_of(store, held.id)}
    by_theme: dict[int, list[str]] = {}
    for table_id, theme in repo.table_themes_of(store, assessment.id).items():
        by_theme.setdefault(theme, []).append(table_names.get(table_id, ""))
    said = repo.notes_of(store, assessment.id)
    factors = []
    for state in states:
        theme = framework.theme(state.theme)
        assert theme is not None
        rating = ratings.get(state.theme)
        factors.append(FactorEntry(
            theme, state,
            **({k: getattr(rating, k) for k in ("reasoning", "strengths", "weaknesses", "decided_by", "decided_how")}
               if rating else {}),
            evidence=[e for e in evidence if e.theme == state.theme],
            answers={q.number: answers[q.number] for q in theme.questions if q.number in answers},
            change=changes.get(state.theme),
            tables=sorted(by_theme.get(state.theme, [])),
            notes={q.number: [c.text for c in said[q.number]] for q in theme.questions if q.number in said},
        ))
    notes = repo.context_of(store, assessment.id)
    context = [(f, notes[f.number].note) for f in framework.environmental_factors if f.number in notes]
    return AssessmentData(
        process=store.process(), meeting=meeting, assessment=assessment, framework=framework,
        members=repo.members_of(store, assessment.id), factors=factors, context=context,
        baseline=baseline_meeting, meetings={m.id: m for m in meeting_repo.all_meetings(store) if m.id is not None},
        held_in=held_in,
    )


def describe_assessments(store: ProcessStore) -> list[dict]:
    """Every assessment with its ratings, as ``facilitator info --json`` lists them."""
    out = []
    for assessment in repo.all_assessments(store):
        assert assessment.id is not None
        out.append({
            "id": assessment.id,
            "meeting_id": assessment.meeting_id,
            "meeting_ids": [m.id for m in repo.meetings_of(store, assessment)],
            "framework": assessment.framework,
            "mode": assessment.mode,
            "baseline_id": assessment.baseline_id,
            "ratings": [
                {"theme": f.theme, "title": f.title, "rating": str(f.rating), "preliminary": f.preliminary,
                 "evidence": f.evidence_count}
                for f in repo.key_factors(store, assessment.id)
            ],
        })
    return out
