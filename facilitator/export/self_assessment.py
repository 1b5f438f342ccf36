"""Självskattning: the report of a self-assessment, per theme its key factor's rating with the
reasoning, the evidence, the answers to the guiding questions, strengths and weaknesses and
the change since the baseline; then the environmental factors that explain the context. A
peer review's recommendations are written as its follow-up report (``write_follow_up``).
Same template, named styles and checks as the other documents (``docx_base``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain import assessment as a
from ..domain.vocabulary import MEETING_FORMAT_LABELS
from .assessment_data import AssessmentData, FactorEntry
from .docx_base import DocxWriter, Quiet, format_date
from .labels import vocabulary


def _v(text: str) -> str:
    return QCoreApplication.translate("Assessment", text)


def rating_text(entry_rating: str, preliminary: bool) -> str:
    text = _v(a.RATING_LABELS[a.rating_of(entry_rating)])
    return text + (" " + QCoreApplication.translate("SelfAssessmentReport", "(preliminary)") if preliminary else "")


def write_self_assessment(data: AssessmentData, path: Path, template: Path | None = None) -> Path:
    writer = DocxWriter(template)
    meeting = data.meeting
    writer.title(QCoreApplication.translate("SelfAssessmentReport", "Self-assessment"), data.framework.name)
    _heading_block(writer, data)
    _overview(writer, data)
    for entry in data.factors:
        _theme(writer, data, entry)
    _context(writer, data)
    if data.assessment.mode == a.Mode.PEER_REVIEW:
        _recommendations(writer, data, 1)
    title = QCoreApplication.translate("SelfAssessmentReport", "Self-assessment: %1").replace("%1", meeting.title or data.framework.name)
    return writer.save(path, title, author=meeting.coordinator or data.process.municipality,
                       subject=data.process.title, keywords=data.framework.name)


def write_follow_up(data: AssessmentData, path: Path, template: Path | None = None) -> Path:
    """The peer review's recommendations to the host municipality, as a follow-up report."""
    writer = DocxWriter(template)
    writer.title(QCoreApplication.translate("SelfAssessmentReport", "Follow-up report"), QCoreApplication.translate("SelfAssessmentReport", "Recommendations of the peer review"))
    _heading_block(writer, data)
    _overview(writer, data)
    _recommendations(writer, data, 1)
    title = QCoreApplication.translate("SelfAssessmentReport", "Follow-up report: %1").replace("%1", data.meeting.title or data.framework.name)
    return writer.save(path, title, author=data.process.municipality, subject=data.process.title,
                       keywords=data.framework.name)


def _heading_block(writer: DocxWriter, data: AssessmentData) -> None:
    meeting, assessment = data.meeting, data.assessment
    scope = QCoreApplication.translate("SelfAssessmentReport", "All themes") if not assessment.scope else ", ".join(
        e.theme.label() for e in data.factors)
    kind = vocabulary(MEETING_FORMAT_LABELS, meeting.format)
    baseline = QCoreApplication.translate(
        "SelfAssessmentReport", "None: this assessment can be the baseline of a later one.")
    if data.baseline is not None:
        baseline = " · ".join(t for t in (data.baseline.title, format_date(data.baseline.date)) if t)
    mode = _v(a.MODE_LABELS[a.Mode(assessment.mode)]) if assessment.mode in set(a.Mode) else ""
    rows = [
        (QCoreApplication.translate("SelfAssessmentReport", "Meeting"),
         " · ".join(t for t in (meeting.title, kind) if t)),
        (QCoreApplication.translate("SelfAssessmentReport", "Date"), format_date(meeting.date)),
        (QCoreApplication.translate("SelfAssessmentReport", "Made in the meetings"),
         [" · ".join(t for t in (m.title, format_date(m.date)) if t) for m in data.held_in]
         if len(data.held_in) > 1 else ""),
        (QCoreApplication.translate("SelfAssessmentReport", "Process"),
         " · ".join(t for t in (data.process.title, data.process.municipality) if t)),
        (QCoreApplication.translate("SelfAssessmentReport", "Mode"), mode),
        (QCoreApplication.translate("SelfAssessmentReport", "Themes assessed"), scope),
        (QCoreApplication.translate("SelfAssessmentReport", "Baseline"), baseline),
    ]
    writer.field_table([(label, value) for label, value in rows if value], label_width=0.25)
    if data.members:
        writer.heading(QCoreApplication.translate("SelfAssessmentReport", "The group"), 2)
        writer.table(
            [QCoreApplication.translate("SelfAssessmentReport", "Name"), QCoreApplication.translate("SelfAssessmentReport", "Role"), QCoreApplication.translate("SelfAssessmentReport", "Organisation")],
            [(m.name, _v(a.MEMBER_ROLE_LABELS.get(a.MemberRole(m.role), "")) if m.role in set(a.MemberRole) else m.role,
              m.organisation) for m in data.members],
            widths=(0.35, 0.35, 0.3))


def _overview(writer: DocxWriter, data: AssessmentData) -> None:
    writer.heading(QCoreApplication.translate("SelfAssessmentReport", "Key factors at a glance"), 1)
    with_change = data.baseline is not None
    headers = [QCoreApplication.translate("SelfAssessmentReport", "Theme"), QCoreApplication.translate("SelfAssessmentReport", "Key factor"), QCoreApplication.translate("SelfAssessmentReport", "Rating"), QCoreApplication.translate("SelfAssessmentReport", "Evidence")]
    widths: tuple[float, ...] = (0.22, 0.44, 0.2, 0.14)
    if with_change:
        headers.append(QCoreApplication.translate("SelfAssessmentReport", "Since the baseline"))
        widths = (0.2, 0.36, 0.16, 0.1, 0.18)
    rows = []
    for entry in data.factors:
        state = entry.state
        row = [entry.theme.label(), state.statement, rating_text(state.rating, state.preliminary),
               str(state.evidence_count)]
        if with_change:
            row.append(_change_text(entry))
        rows.append(row)
    writer.table(headers, rows, widths=widths, small=True)
    counts = a.summary(str(e.state.rating) for e in data.factors)
    writer.paragraph(" · ".join(f"{_v(a.RATING_LABELS[r])}: {counts[r]}" for r in a.Rating))
    if any(e.state.preliminary for e in data.factors):
        writer.note(QCoreApplication.translate("SelfAssessmentReport", "A rating is preliminary until evidence is attached or the coordinator confirms it."))


def _change_text(entry: FactorEntry) -> str:
    change = entry.change
    if change is None:
        return ""
    text = _v(a.CHANGE_LABELS[change.change])
    if change.change in (a.Change.BETTER, a.Change.WORSE, a.Change.SAME):
        text += f" ({_v(a.RATING_LABELS[change.before])} → {_v(a.RATING_LABELS[change.after])})"
    return text


def _theme(writer: DocxWriter, data: AssessmentData, entry: FactorEntry) -> None:
    theme, state = entry.theme, entry.state
    writer.page_break()
    writer.heading(theme.label(), 1)
    writer.quote(theme.key_factor.text)
    how = _v(a.DECISION_LABELS[a.Decision(entry.decided_how)]) if entry.decided_how in set(a.Decision) else ""
    rows = [
        (QCoreApplication.translate("SelfAssessmentReport", "Rating"), rating_text(state.rating, state.preliminary)),
        (QCoreApplication.translate("SelfAssessmentReport", "Decided"), " · ".join(t for t in (how if entry.decided_how else "", entry.decided_by) if t)),
        (QCoreApplication.translate("SelfAssessmentReport", "Since the baseline"), _change_text(entry)),
        (QCoreApplication.translate("SelfAssessmentReport", "Discussed at"), ", ".join(entry.tables)),
    ]
    writer.field_table([(label, value) for label, value in rows if value], label_width=0.25)
    writer.heading(QCoreApplication.translate("SelfAssessmentReport", "Reasoning"), 2)
    if entry.reasoning:
        writer.paragraph(entry.reasoning)
    else:
        writer.note(QCoreApplication.translate("SelfAssessmentReport", "No reasoning was written down."))
    if entry.strengths or entry.weaknesses:
        writer.table([QCoreApplication.translate("SelfAssessmentReport", "Strengths"), QCoreApplication.translate("SelfAssessmentReport", "Weaknesses")], [(entry.strengths, entry.weaknesses)], widths=(0.5, 0.5))
    _evidence(writer, data, entry)
    _answers(writer, entry)


def _evidence(writer: DocxWriter, data: AssessmentData, entry: FactorEntry) -> None:
    writer.heading(QCoreApplication.translate("SelfAssessmentReport", "Evidence"), 2)
    if not entry.evidence:
        writer.note(QCoreApplication.translate("SelfAssessmentReport", "No evidence is attached yet."))
        return
    rows = []
    for item in entry.evidence:
        kind = _v(a.EVIDENCE_KIND_LABELS[a.EvidenceKind(item.kind)]) if item.kind in set(a.EvidenceKind) else item.kind
        reference = item.reference
        if item.meeting_id is not None and item.meeting_id in data.meetings and not reference:
            reference = QCoreApplication.translate("SelfAssessmentReport", "Minutes of this process")
        rows.append((item.title, kind, format_date(item.date, long=False), reference))
    writer.table([QCoreApplication.translate("SelfAssessmentReport", "Evidence"), QCoreApplication.translate("SelfAssessmentReport", "Kind"), QCoreApplication.translate("SelfAssessmentReport", "Date"), QCoreApplication.translate("SelfAssessmentReport", "Reference")], rows, widths=(0.4, 0.22, 0.14, 0.24),
                 small=True)
    for item in entry.evidence:
        if item.notes:
            writer.paragraph(item.title, bold=True)
            for part in item.notes.split("\n"):
                writer.paragraph(part)


def _answers(writer: DocxWriter, entry: FactorEntry) -> None:
    writer.heading(QCoreApplication.translate("SelfAssessmentReport", "Guiding questions"), 2)
    not_answered = QCoreApplication.translate("SelfAssessmentReport", "Not answered")
    from_room = QCoreApplication.translate("SelfAssessmentReport", "From the room:")
    rows = []
    for question in entry.theme.questions:
        found = entry.answers.get(question.number)
        text = [question.text] + [Quiet("– " + s.text) for s in question.sub_items]
        parts: list = []
        if found is not None and found.answer:
            parts.append((_v(a.CLOSED_ANSWER_LABELS[a.ClosedAnswer(found.answer)]), ""))
        if found is not None and found.text:
            parts.append(found.text)
        said = entry.notes.get(question.number, [])
        if said:
            parts.append((from_room, ""))
            parts += [Quiet("• " + note) for note in said]
        rows.append((question.number, text, parts or Quiet(not_answered)))
    headers = [QCoreApplication.translate("SelfAssessmentReport", "No."),
               QCoreApplication.translate("SelfAssessmentReport", "Question"),
               QCoreApplication.translate("SelfAssessmentReport", "Answer")]
    writer.table(headers, rows, widths=(0.08, 0.52, 0.4), small=True)


def _context(writer: DocxWriter, data: AssessmentData) -> None:
    writer.page_break()
    writer.heading(QCoreApplication.translate("SelfAssessmentReport", "Environmental factors that explain the context"), 1)
    if not data.context:
        writer.note(QCoreApplication.translate("SelfAssessmentReport", "No environmental factors were described."))
        return
    writer.table([QCoreApplication.translate("SelfAssessmentReport", "Factor"), QCoreApplication.translate("SelfAssessmentReport", "What it can include"), QCoreApplication.translate("SelfAssessmentReport", "Our context")],
                 [(f.name, Quiet(f.description), note) for f, note in data.context], widths=(0.22, 0.33, 0.45), small=True)


def _recommendations(writer: DocxWriter, data: AssessmentData, level: int) -> None:
    writer.heading(QCoreApplication.translate("SelfAssessmentReport", "Recommendations of the peer review"), level)
    text = data.assessment.recommendations.strip()
    if not text:
        writer.note(QCoreApplication.translate("SelfAssessmentReport", "No recommendations were written down."))
        return
    for part in text.split("\n"):
        if part.strip():
            writer.paragraph(part)


def assessment_ratings(writer: DocxWriter, data: AssessmentData | None) -> None:
    """The minutes' section of a self-assessment meeting: the rating agreed per key factor."""
    if data is None:
        return
    writer.heading(QCoreApplication.translate("SelfAssessmentReport", "Self-assessment: the key factors"), 1)
    rows = [(e.theme.label(), rating_text(e.state.rating, e.state.preliminary), e.reasoning)
            for e in data.factors]
    writer.table([QCoreApplication.translate("SelfAssessmentReport", "Theme"), QCoreApplication.translate("SelfAssessmentReport", "Rating"), QCoreApplication.translate("SelfAssessmentReport", "Reasoning")], rows, widths=(0.28, 0.2, 0.52), small=True)
