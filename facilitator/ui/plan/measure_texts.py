"""The words the window uses for a measure's codes: what is missing, why a status change was
refused, which field value is not allowed, and the labels of ECCAR points and tracks with the
process's own wording where it has one.

The domain returns codes only (``domain/measures.py``); every sentence the coordinator reads
about them is written here once, so the editor, the catalogue and the follow-up page agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain import vocabulary as v
from ...domain.entities import FrameworkLabel, Meeting
from ...domain.measures import AimedAt, MeasureProblem, MissingField, ProblemCode, Refusal, StatusCheck, Term

CONTEXT = "MeasureTexts"

_MISSING = {
    MissingField.TITLE: QT_TRANSLATE_NOOP("MeasureTexts", "Title is missing"),
    MissingField.OWNER: QT_TRANSLATE_NOOP("MeasureTexts", "Responsible person is missing"),
    MissingField.DEPARTMENT: QT_TRANSLATE_NOOP("MeasureTexts", "Responsible department is missing"),
    MissingField.DEADLINE: QT_TRANSLATE_NOOP("MeasureTexts", "Due date or time frame is missing"),
}

_REFUSALS = {
    Refusal.UNKNOWN_STATUS: QT_TRANSLATE_NOOP("MeasureTexts", "The status is unknown."),
    Refusal.NOT_ALLOWED: QT_TRANSLATE_NOOP("MeasureTexts", "A measure cannot go from %1 to %2."),
    Refusal.CLOSED: QT_TRANSLATE_NOOP("MeasureTexts", "The measure is closed (%1). Reopen it first."),
    Refusal.MISSING_FIELDS: QT_TRANSLATE_NOOP("MeasureTexts", "The measure cannot be %1 yet: %2."),
    Refusal.UNKNOWN_FIELD: QT_TRANSLATE_NOOP("MeasureTexts", "A measure has no such field."),
    Refusal.STALE: QT_TRANSLATE_NOOP("MeasureTexts", "The measure was changed meanwhile. Look at it again and retry."),
}

_PROBLEMS = {
    ProblemCode.OUT_OF_RANGE: QT_TRANSLATE_NOOP("MeasureTexts", "%1: the number is out of range."),
    ProblemCode.UNKNOWN_VALUE: QT_TRANSLATE_NOOP("MeasureTexts", "%1: the value is unknown."),
    ProblemCode.NOT_A_DATE: QT_TRANSLATE_NOOP(
        "MeasureTexts", "%1: write the date as YYYY-MM-DD, for example 2027-06-30."
    ),
    ProblemCode.IS_COORDINATOR: QT_TRANSLATE_NOOP(
        "MeasureTexts", "%1: the coordinator cannot be responsible for a measure. Name a person in the department."
    ),
}

#: The names of a measure's fields, as the editor and the messages call them.
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("MeasureTexts", "Title"),
    "description": QT_TRANSLATE_NOOP("MeasureTexts", "Description"),
    "goal": QT_TRANSLATE_NOOP("MeasureTexts", "Goal"),
    "owner": QT_TRANSLATE_NOOP("MeasureTexts", "Responsible person"),
    "owner_contact": QT_TRANSLATE_NOOP("MeasureTexts", "Contact details"),
    "department": QT_TRANSLATE_NOOP("MeasureTexts", "Responsible department"),
    "due_date": QT_TRANSLATE_NOOP("MeasureTexts", "Due date"),
    "time_frame": QT_TRANSLATE_NOOP("MeasureTexts", "Time frame"),
    "completion_criterion": QT_TRANSLATE_NOOP("MeasureTexts", "Counts as done when"),
    "indicators": QT_TRANSLATE_NOOP("MeasureTexts", "Indicators"),
    "baseline": QT_TRANSLATE_NOOP("MeasureTexts", "Baseline"),
    "target": QT_TRANSLATE_NOOP("MeasureTexts", "Target value"),
    "result": QT_TRANSLATE_NOOP("MeasureTexts", "Result"),
    "resources": QT_TRANSLATE_NOOP("MeasureTexts", "Resources and budget"),
    "follow_up_method": QT_TRANSLATE_NOOP("MeasureTexts", "Follow-up method"),
    "eccar_point": QT_TRANSLATE_NOOP("MeasureTexts", "ECCAR point"),
    "track": QT_TRANSLATE_NOOP("MeasureTexts", "Track"),
    "aimed_at": QT_TRANSLATE_NOOP("MeasureTexts", "Aimed at"),
    "target_groups": QT_TRANSLATE_NOOP("MeasureTexts", "Target groups"),
    "is_new": QT_TRANSLATE_NOOP("MeasureTexts", "New or existing"),
    "term": QT_TRANSLATE_NOOP("MeasureTexts", "Time horizon"),
    "quick_win": QT_TRANSLATE_NOOP("MeasureTexts", "Quick win or long-term"),
    "status": QT_TRANSLATE_NOOP("MeasureTexts", "Status"),
    "origin_meeting_id": QT_TRANSLATE_NOOP("MeasureTexts", "Meeting of origin"),
}

#: The field each missing item points at in the editor (a deadline can be either date field).
MISSING_FIELD_WIDGETS = {
    MissingField.TITLE: ("title",),
    MissingField.OWNER: ("owner",),
    MissingField.DEPARTMENT: ("department",),
    MissingField.DEADLINE: ("due_date", "time_frame"),
}

AIMED_AT_LABELS = {
    AimedAt.OWN_ORGANISATION: QT_TRANSLATE_NOOP("MeasureTexts", "The municipality's own organisation"),
    AimedAt.PRIVATE_SECTOR: QT_TRANSLATE_NOOP("MeasureTexts", "The private sector"),
    AimedAt.BOTH: QT_TRANSLATE_NOOP("MeasureTexts", "Both"),
}

TERM_LABELS = {
    Term.SHORT: QT_TRANSLATE_NOOP("MeasureTexts", "Short term"),
    Term.LONG: QT_TRANSLATE_NOOP("MeasureTexts", "Long term"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(name: str) -> str:
    return _t(FIELD_NAMES.get(name, name))


def status_label(status: str) -> str:
    label = v.MEASURE_STATUS_LABELS.get(status)
    return QCoreApplication.translate("Vocabulary", label) if label else status


def missing_text(missing: MissingField) -> str:
    """"Ansvarig person saknas" and so on: one line per missing field."""
    return _t(_MISSING[MissingField(missing)])


def missing_list(missing: Iterable[MissingField]) -> str:
    return "; ".join(missing_text(m) for m in missing)


def refusal_text(
    refusal: Refusal | StatusCheck,
    missing: Sequence[MissingField] = (),
    *,
    current: str = "",
    status: str = "",
) -> str:
    """Why a status change was refused, in a sentence; ``refusal`` may be the whole check."""
    if isinstance(refusal, StatusCheck):
        missing = missing or refusal.missing
        refusal = refusal.refusal
    if refusal is None:
        return ""
    text = _t(_REFUSALS[Refusal(refusal)])
    if refusal == Refusal.NOT_ALLOWED:
        return text.replace("%1", status_label(current).lower()).replace("%2", status_label(status).lower())
    if refusal == Refusal.CLOSED:
        return text.replace("%1", status_label(current).lower())
    if refusal == Refusal.MISSING_FIELDS:
        return text.replace("%1", status_label(status).lower()).replace("%2", missing_list(missing))
    return text


def problem_text(problem: MeasureProblem) -> str:
    return _t(_PROBLEMS[ProblemCode(problem.code)]).replace("%1", field_name(problem.field))


def aimed_at_label(key: str) -> str:
    label = AIMED_AT_LABELS.get(key)
    return _t(label) if label else key


def term_label(key: str) -> str:
    label = TERM_LABELS.get(key)
    return _t(label) if label else key


def quick_win_label(quick_win: bool) -> str:
    """The toolkit's split (001 L91-93): results seen early, or work that takes longer."""
    if quick_win:
        return _t(QT_TRANSLATE_NOOP("MeasureTexts", "Quick win (results seen early)"))
    return _t(QT_TRANSLATE_NOOP("MeasureTexts", "Long-term work"))


def is_new_label(is_new: bool) -> str:
    return _t(QT_TRANSLATE_NOOP("MeasureTexts", "New")) if is_new else _t(QT_TRANSLATE_NOOP("MeasureTexts", "Existing"))


# -- ECCAR points and tracks, with the process's own wording ------------------------------


def label_overrides(document) -> dict[tuple[str, int], str]:
    """The process's own labels: {(framework, number): label}, blank ones left out."""
    return {
        (label.framework, label.number): label.label.strip()
        for label in document.store.list(FrameworkLabel)
        if label.label.strip()
    }


def default_point_label(number: int) -> str:
    label = v.ECCAR_POINTS.get(number)
    return QCoreApplication.translate("Vocabulary", label) if label else str(number)


def default_track_label(number: int) -> str:
    label = v.TRACKS.get(number)
    return QCoreApplication.translate("Vocabulary", label) if label else str(number)


def point_label(document, number: int | None, overrides: dict | None = None) -> str:
    """The label of ECCAR point ``number`` in this process ("" for no point)."""
    if number is None:
        return ""
    overrides = label_overrides(document) if overrides is None else overrides
    return overrides.get(("eccar", number)) or default_point_label(number)


def track_label(document, number: int | None, overrides: dict | None = None) -> str:
    if number is None:
        return ""
    overrides = label_overrides(document) if overrides is None else overrides
    return overrides.get(("track", number)) or default_track_label(number)


def numbered(number: int | None, label: str) -> str:
    """"3 Bättre stöd till offren …": how a point or track is shown in lists."""
    return "" if number is None else f"{number} {label}"


def meeting_name(meeting: Meeting | None) -> str:
    if meeting is None:
        return ""
    return f"{meeting.date} {meeting.title}".strip()
