"""The self-assessment's edits: starting an assessment in a meeting, its mode, scope, baseline
and group; a rating per key factor (with reasons, who decided and how, and the coordinator's
confirmation); answers to the guiding questions; evidence; the environmental factors' notes;
a theme per café table; and adding a municipality's own framework.

Each builder checks the rules and returns one undoable action; a refused edit raises
:class:`Invalid` with a code (``PROBLEMS`` gives its words), an edit that changes nothing
raises :class:`NothingToChange`.
"""

from __future__ import annotations

import re

from ..domain.assessment import (
    ClosedAnswer,
    Decision,
    EvidenceKind,
    MemberRole,
    Mode,
    Rating,
    format_scope,
    themes_in_scope,
)
from ..domain.entities import (
    Assessment,
    AssessmentMeeting,
    AssessmentMember,
    AssessmentNote,
    CafeTable,
    ContextNote,
    Entity,
    Evidence,
    FactorRating,
    Meeting,
    QuestionAnswer,
    StoredFramework,
    TableTheme,
    stored_id,
)
from ..domain.formats import traits
from ..domain.framework import BUILT_IN, parse_framework_text
from ..domain.vocabulary import QT_TRANSLATE_NOOP
from ..storage import assessment as repo
from . import capture
from .base import Action, Delete, Insert, Invalid, NothingToChange, Update, Work

# Codes of refused edits and their words ("AssessmentEdits" context), shared by window and CLI.
NOT_SELF_ASSESSMENT = "not_self_assessment"
ALREADY_STARTED = "already_started"
UNKNOWN = "unknown"
BAD_VALUE = "bad_value"
OUT_OF_SCOPE = "out_of_scope"
OPEN_QUESTION = "open_question"
BAD_DATE = "bad_date"
EMPTY_EVIDENCE = "empty_evidence"
BAD_BASELINE = "bad_baseline"
EMPTY_SCOPE = "empty_scope"
EMPTY_NAME = "empty_name"
FRAMEWORK_EXISTS = "framework_exists"
NOT_A_TABLE = "not_a_table"

PROBLEMS = {
    NOT_SELF_ASSESSMENT: QT_TRANSLATE_NOOP(
        "AssessmentEdits", "Only a self-assessment meeting or a World Café holds an assessment."),
    ALREADY_STARTED: QT_TRANSLATE_NOOP("AssessmentEdits", "This meeting already has an assessment."),
    UNKNOWN: QT_TRANSLATE_NOOP("AssessmentEdits", "The assessment or the item no longer exists."),
    BAD_VALUE: QT_TRANSLATE_NOOP("AssessmentEdits", "That value is not one the assessment knows."),
    OUT_OF_SCOPE: QT_TRANSLATE_NOOP("AssessmentEdits", "That theme is not in the assessment's scope."),
    OPEN_QUESTION: QT_TRANSLATE_NOOP("AssessmentEdits", "An open question is answered in words, not yes or no."),
    BAD_DATE: QT_TRANSLATE_NOOP("AssessmentEdits", "Write the date as YYYY-MM-DD, for example 2027-03-04."),
    EMPTY_EVIDENCE: QT_TRANSLATE_NOOP(
        "AssessmentEdits", "Give the evidence a title, or choose the meeting whose minutes it is."),
    BAD_BASELINE: QT_TRANSLATE_NOOP(
        "AssessmentEdits", "The baseline must be an earlier assessment with the same framework."),
    EMPTY_SCOPE: QT_TRANSLATE_NOOP("AssessmentEdits", "Choose at least one theme to assess."),
    EMPTY_NAME: QT_TRANSLATE_NOOP("AssessmentEdits", "Write the person's name."),
    FRAMEWORK_EXISTS: QT_TRANSLATE_NOOP(
        "AssessmentEdits", "The process already has a framework with the key \"%1\". Change the key in the file."),
    NOT_A_TABLE: QT_TRANSLATE_NOOP("AssessmentEdits", "That table is not one of this meeting's café tables."),
}

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _check(ok: bool, code: str, detail: str = "") -> None:
    if not ok:
        raise Invalid(code, detail)


def _assessment(store, assessment_id: int) -> Assessment:
    found = store.get(Assessment, assessment_id)
    _check(found is not None, UNKNOWN)
    return found


def _in_scope(store, assessment: Assessment, theme: int) -> None:
    framework = repo.framework_named(store, assessment.framework)
    _check(theme in themes_in_scope(assessment.scope, framework.theme_numbers()), OUT_OF_SCOPE)


def _changed(cls: type[Entity], entity, changes: dict, label: str) -> Update:
    changes = {k: v for k, v in changes.items() if getattr(entity, k) != v}
    if not changes:
        raise NothingToChange()
    return Update(cls, entity.id, changes, label=label)


# -- the assessment itself -----------------------------------------------------------------------


def start(store, meeting_id: int, mode: str = Mode.INTERNAL, scope: tuple[int, ...] = (),
          framework: str = BUILT_IN) -> Insert:
    """Starts the assessment of a self-assessment meeting (scope: theme numbers, () all)."""
    meeting = store.get(Meeting, meeting_id)
    _check(meeting is not None, UNKNOWN)
    _check(traits(meeting.format).holds_assessment, NOT_SELF_ASSESSMENT)
    _check(repo.assessment_of_meeting(store, meeting_id) is None, ALREADY_STARTED)
    _check(mode in set(Mode), BAD_VALUE)
    chosen = repo.framework_named(store, framework)
    _check(all(chosen.theme(n) is not None for n in scope), BAD_VALUE)
    return Insert([Assessment(meeting_id=meeting_id, framework=chosen.key, mode=str(mode),
                              scope=format_scope(scope, chosen.theme_numbers()))],
                  label=QT_TRANSLATE_NOOP("Commands", "Start the self-assessment"))


def continue_in(store, meeting_id: int, assessment_id: int) -> Insert:
    """A later meeting continues an assessment begun earlier (a series of meetings): it rates,
    answers and gathers evidence in the same assessment."""
    meeting = store.get(Meeting, meeting_id)
    _check(meeting is not None, UNKNOWN)
    _check(traits(meeting.format).holds_assessment, NOT_SELF_ASSESSMENT)
    _check(repo.assessment_of_meeting(store, meeting_id) is None, ALREADY_STARTED)
    _assessment(store, assessment_id)
    return Insert([AssessmentMeeting(assessment_id=assessment_id, meeting_id=meeting_id)],
                  label=QT_TRANSLATE_NOOP("Commands", "Continue the self-assessment"))


def set_mode(store, assessment_id: int, mode: str) -> Update:
    assessment = _assessment(store, assessment_id)
    _check(mode in set(Mode), BAD_VALUE)
    return _changed(Assessment, assessment, {"mode": str(mode)},
                    QT_TRANSLATE_NOOP("Commands", "Change the assessment's mode"))


def set_scope(store, assessment_id: int, themes: tuple[int, ...]) -> Update:
    """The themes assessed; ratings of themes left out are kept (they come back with them)."""
    assessment = _assessment(store, assessment_id)
    framework = repo.framework_named(store, assessment.framework)
    _check(bool(themes), EMPTY_SCOPE)
    _check(all(framework.theme(n) is not None for n in themes), BAD_VALUE)
    return _changed(Assessment, assessment, {"scope": format_scope(themes, framework.theme_numbers())},
                    QT_TRANSLATE_NOOP("Commands", "Change the themes assessed"))


def set_baseline(store, assessment_id: int, baseline_id: int | None) -> Update:
    """Compares the assessment with an earlier one (None: with none)."""
    assessment = _assessment(store, assessment_id)
    if baseline_id is not None:
        earlier = {a.id: a for a in repo.earlier_assessments(store, assessment)}
        _check(baseline_id in earlier and earlier[baseline_id].framework == assessment.framework, BAD_BASELINE)
    return _changed(Assessment, assessment, {"baseline_id": baseline_id},
                    QT_TRANSLATE_NOOP("Commands", "Change the baseline"))


def set_recommendations(store, assessment_id: int, text: str) -> Update:
    assessment = _assessment(store, assessment_id)
    return _changed(Assessment, assessment, {"recommendations": text.strip()},
                    QT_TRANSLATE_NOOP("Commands", "Edit the recommendations"))


# -- key factors ---------------------------------------------------------------------------------

_RATING_FIELDS = {"rating", "reasoning", "strengths", "weaknesses", "decided_by", "decided_how", "confirmed"}


def rate(store, assessment_id: int, theme: int, **fields) -> Action:
    """Sets a key factor's rating and/or its reasons (reasoning, strengths, weaknesses,
    decided_by, decided_how, confirmed). A new rating is preliminary again: changing the rating
    takes back the coordinator's confirmation (evidence still settles it)."""
    assessment = _assessment(store, assessment_id)
    _in_scope(store, assessment, theme)
    _check(set(fields) <= _RATING_FIELDS, BAD_VALUE)
    if "rating" in fields:
        _check(fields["rating"] in set(Rating), BAD_VALUE)
        fields["rating"] = str(fields["rating"])
    if "decided_how" in fields:
        _check(fields["decided_how"] in set(Decision), BAD_VALUE)
        fields["decided_how"] = str(fields["decided_how"])
    for name in ("reasoning", "strengths", "weaknesses", "decided_by"):
        if name in fields:
            fields[name] = str(fields[name]).strip()
    label = QT_TRANSLATE_NOOP("Commands", "Rate a key factor") if "rating" in fields else (
        QT_TRANSLATE_NOOP("Commands", "Confirm a rating") if set(fields) == {"confirmed"}
        else QT_TRANSLATE_NOOP("Commands", "Edit a key factor's reasons"))
    existing = repo.ratings_of(store, assessment_id).get(theme)
    if existing is None:
        if not any(v for v in fields.values()):
            raise NothingToChange()
        return Insert([FactorRating(assessment_id=assessment_id, theme=theme, **fields)], label=label)
    if "rating" in fields and fields["rating"] != existing.rating and "confirmed" not in fields:
        fields["confirmed"] = False
    return _changed(FactorRating, existing, fields, label)


def confirm(store, assessment_id: int, theme: int, confirmed: bool = True) -> Action:
    """The coordinator confirms a rating (it is no longer preliminary), or takes that back."""
    existing = repo.ratings_of(store, assessment_id).get(theme)
    _check(existing is not None and existing.rating != Rating.NOT_ASSESSED, BAD_VALUE)
    return rate(store, assessment_id, theme, confirmed=confirmed)


# -- guiding questions ---------------------------------------------------------------------------


def answer(store, assessment_id: int, question: str, *, answer: str | None = None, text: str | None = None) -> Action:
    """A closed answer (yes, partly, no; "" clears it) and/or free text for a guiding question."""
    assessment = _assessment(store, assessment_id)
    framework = repo.framework_named(store, assessment.framework)
    found = framework.question(question)
    theme = framework.theme_of_question(question)
    if found is None or theme is None:
        raise Invalid(UNKNOWN)
    _in_scope(store, assessment, theme.number)
    changes: dict = {}
    if answer is not None:
        _check(answer in set(ClosedAnswer), BAD_VALUE)
        _check(found.closed or answer == "", OPEN_QUESTION)
        changes["answer"] = str(answer)
    if text is not None:
        changes["text"] = text.strip()
    label = QT_TRANSLATE_NOOP("Commands", "Answer a guiding question")
    existing = repo.answers_of(store, assessment_id).get(question)
    if existing is None:
        if not any(changes.values()):
            raise NothingToChange()
        return Insert([QuestionAnswer(assessment_id=assessment_id, question=question, **changes)], label=label)
    return _changed(QuestionAnswer, existing, changes, label)


class NoteOnQuestion(Action):
    """What was said in the room, captured as a contribution and tied to a guiding question:
    one step (undo takes back both)."""

    label = QT_TRANSLATE_NOOP("Commands", "Capture a note on a guiding question")

    def __init__(self, add: Action, assessment_id: int, question: str):
        self.add = add
        self.assessment_id = assessment_id
        self.question = question
        self.link: Insert | None = None

    @property
    def contribution_id(self) -> int | None:
        return getattr(self.add, "contribution_id", None)

    def do(self, work: Work) -> None:
        self.add.do(work)
        if self.link is None:
            contribution_id = self.contribution_id
            assert contribution_id is not None  # the add just inserted it
            self.link = Insert([AssessmentNote(assessment_id=self.assessment_id, contribution_id=contribution_id,
                                               question=self.question)])
        self.link.do(work)

    def undo(self, work: Work) -> None:
        if self.link is not None:
            self.link.undo(work)
        self.add.undo(work)


def note_on_question(store, assessment_id: int, question: str, meeting_id: int, text: str, kind: str, **target
                     ) -> NoteOnQuestion | None:
    """Captures a note at the capture page's target and ties it to a guiding question of the
    assessment; None when the text is empty (as the capture page's own add)."""
    assessment = _assessment(store, assessment_id)
    _check(meeting_id in {m.id for m in repo.meetings_of(store, assessment)}, UNKNOWN)
    framework = repo.framework_named(store, assessment.framework)
    theme = framework.theme_of_question(question)
    _check(theme is not None, UNKNOWN)
    assert theme is not None
    _in_scope(store, assessment, theme.number)
    add = capture.add_contribution(store, meeting_id, text, kind, **target)
    return None if add is None else NoteOnQuestion(add, assessment_id, question)


# -- evidence ------------------------------------------------------------------------------------


def _evidence_fields(store, fields: dict) -> dict:
    out = dict(fields)
    if "kind" in out:
        _check(out["kind"] in set(EvidenceKind), BAD_VALUE)
        out["kind"] = str(out["kind"])
    for name in ("title", "date", "reference", "notes"):
        if name in out:
            out[name] = str(out[name]).strip()
    if out.get("date"):
        _check(bool(_DATE.match(out["date"])), BAD_DATE)
    if out.get("meeting_id") is not None:
        _check(store.get(Meeting, out["meeting_id"]) is not None, UNKNOWN)
    return out


def add_evidence(store, assessment_id: int, theme: int, kind: str, title: str = "", *, date: str = "",
                 reference: str = "", notes: str = "", meeting_id: int | None = None) -> Insert:
    """Attaches evidence to a key factor; the minutes of a meeting of the process are named by
    the meeting (its title and date are the evidence's, unless given)."""
    assessment = _assessment(store, assessment_id)
    _in_scope(store, assessment, theme)
    fields = _evidence_fields(store, {"kind": kind, "title": title, "date": date, "reference": reference,
                                      "notes": notes, "meeting_id": meeting_id})
    if meeting_id is not None:
        meeting = store.get(Meeting, meeting_id)
        fields["title"] = fields["title"] or meeting.title
        fields["date"] = fields["date"] or meeting.date
    _check(bool(fields["title"]), EMPTY_EVIDENCE)
    position = repo.next_evidence_position(store, assessment_id, theme)
    return Insert([Evidence(assessment_id=assessment_id, theme=theme, position=position, **fields)],
                  label=QT_TRANSLATE_NOOP("Commands", "Attach evidence"))


def edit_evidence(store, evidence_id: int, **fields) -> Update:
    found = store.get(Evidence, evidence_id)
    _check(found is not None, UNKNOWN)
    _check(set(fields) <= {"kind", "title", "date", "reference", "notes", "meeting_id"}, BAD_VALUE)
    fields = _evidence_fields(store, fields)
    _check(bool(fields.get("title", found.title)), EMPTY_EVIDENCE)
    return _changed(Evidence, found, fields, QT_TRANSLATE_NOOP("Commands", "Edit evidence"))


def remove_evidence(store, evidence_id: int) -> Delete:
    _check(store.get(Evidence, evidence_id) is not None, UNKNOWN)
    return Delete([(Evidence, evidence_id)], label=QT_TRANSLATE_NOOP("Commands", "Remove evidence"))


# -- the group, the context and the room -------------------------------------------------------


def add_member(store, assessment_id: int, name: str, role: str = MemberRole.EVALUATION_GROUP,
               organisation: str = "", participant_id: int | None = None) -> Insert:
    _assessment(store, assessment_id)
    _check(bool(name.strip()), EMPTY_NAME)
    _check(role in set(MemberRole), BAD_VALUE)
    return Insert([AssessmentMember(assessment_id=assessment_id, name=name.strip(), role=str(role),
                                    organisation=organisation.strip(), participant_id=participant_id)],
                  label=QT_TRANSLATE_NOOP("Commands", "Add someone to the assessment group"))


def remove_member(store, member_id: int) -> Delete:
    _check(store.get(AssessmentMember, member_id) is not None, UNKNOWN)
    return Delete([(AssessmentMember, member_id)],
                  label=QT_TRANSLATE_NOOP("Commands", "Remove someone from the assessment group"))


def set_context(store, assessment_id: int, factor: int, note: str) -> Action:
    """How an environmental factor explains the context ("" takes the note away)."""
    assessment = _assessment(store, assessment_id)
    framework = repo.framework_named(store, assessment.framework)
    _check(any(f.number == factor for f in framework.environmental_factors), BAD_VALUE)
    label = QT_TRANSLATE_NOOP("Commands", "Describe an environmental factor")
    existing = repo.context_of(store, assessment_id).get(factor)
    note = note.strip()
    if existing is None:
        if not note:
            raise NothingToChange()
        return Insert([ContextNote(assessment_id=assessment_id, factor=factor, note=note)], label=label)
    if not note:
        return Delete([(ContextNote, stored_id(existing))], label=label)
    return _changed(ContextNote, existing, {"note": note}, label)


def set_table_theme(store, assessment_id: int, table_id: int, theme: int | None) -> Action:
    """Gives a café table one theme (None: none); its host carries it across the rounds."""
    assessment = _assessment(store, assessment_id)
    table = store.get(CafeTable, table_id)
    _check(table is not None and table.meeting_id in {m.id for m in repo.meetings_of(store, assessment)},
           NOT_A_TABLE)
    label = QT_TRANSLATE_NOOP("Commands", "Give a table a theme")
    existing = repo.table_theme_row(store, table_id)
    if theme is None:
        if existing is None:
            raise NothingToChange()
        return Delete([(TableTheme, stored_id(existing))], label=label)
    _in_scope(store, assessment, theme)
    if existing is None:
        return Insert([TableTheme(assessment_id=assessment_id, table_id=table_id, theme=theme)], label=label)
    return _changed(TableTheme, existing, {"theme": theme}, label)


# -- frameworks ----------------------------------------------------------------------------------


def import_framework(store, text: str) -> Insert:
    """Adds a municipality's own framework from the text of a JSON file of the built-in shape.
    Raises FrameworkError (what is wrong with the file) or Invalid (its key is taken)."""
    framework = parse_framework_text(text)
    taken = framework.key == BUILT_IN or any(s.key == framework.key for s in repo.stored_frameworks(store))
    _check(not taken, FRAMEWORK_EXISTS, framework.key)
    return Insert([StoredFramework(key=framework.key, name=framework.name, data=text)],
                  label=QT_TRANSLATE_NOOP("Commands", "Add a framework"))

