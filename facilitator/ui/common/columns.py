"""The columns of each table in the window: what is shown and which field an edit writes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain import vocabulary as v
from ...domain.entities import AttendanceEntry, Participant
from ..document import ProcessDocument
from .entity_model import Column


def label(labels: dict, key) -> str:
    text = labels.get(key)
    return QCoreApplication.translate("Vocabulary", text) if text else str(key or "")


def _int_or_none(value) -> int | None:
    text = str(value).strip()
    if not text:
        return None
    number = int(text)
    if number < 1:
        raise ValueError(text)
    return number


def _minutes(value) -> int:
    number = int(str(value).strip())
    if not 0 <= number <= 24 * 60:
        raise ValueError(value)
    return number


def _by_delegate_only(value):
    """Organisations are edited by name through their own delegate, never as raw ids."""
    raise ValueError(value)


def _text(value) -> str:
    return str(value).strip()


def _required_text(value) -> str:
    text = str(value).strip()
    if not text:
        raise ValueError("empty")
    return text


def _day(value) -> str:
    """A date as YYYY-MM-DD, or "" for none."""
    from datetime import date

    text = str(value).strip()
    if text:
        date.fromisoformat(text)  # ValueError refuses anything else
    return text


def _languages(value) -> str:
    codes = [c.strip().lower() for c in str(value).replace(",", "|").replace(" ", "|").split("|")]
    return "|".join(c for c in codes if c)


def participant_columns(document: ProcessDocument) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.name, "name", _required_text),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Organisation"),
            lambda p: document.organisation_name(p.organisation_id),
            "organisation_id",
            _by_delegate_only,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Category"),
            lambda p: label(v.CATEGORY_LABELS, p.category),
            "category",
            edit_value=lambda p: p.category,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Languages"), lambda p: ", ".join(c for c in p.languages.split("|") if c), "languages", _languages),
        Column(QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda p: p.email, "email", _text),
        Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda p: p.phone, "phone", _text),
        Column(QT_TRANSLATE_NOOP("Columns", "Consent date"), lambda p: p.consent_date, "consent_date", _day),
        Column(QT_TRANSLATE_NOOP("Columns", "Consent for"), lambda p: p.consent_purpose, "consent_purpose", _text),
    ]


def attendance_columns(document: ProcessDocument) -> list[Column]:
    def participant(entry: AttendanceEntry) -> Participant | None:
        return document.store.get(Participant, entry.participant_id)

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda a: document.participant_name(a.participant_id)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Organisation"),
            lambda a: document.organisation_name(getattr(participant(a), "organisation_id", None)),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Role"),
            lambda a: label(v.ROLE_LABELS, a.role),
            "role",
            edit_value=lambda a: a.role,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Attendance"),
            lambda a: label(v.ATTENDANCE_LABELS, a.status),
            "status",
            edit_value=lambda a: a.status,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Stays at one table"), lambda a: a.cannot_move, "cannot_move", check=True),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Arrives for round"),
            lambda a: "" if a.first_round is None else a.first_round,
            "first_round",
            _int_or_none,
            sort=lambda a: a.first_round or 0,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Leaves after round"),
            lambda a: "" if a.last_round is None else a.last_round,
            "last_round",
            _int_or_none,
            sort=lambda a: a.last_round or 99,
        ),
    ]


def question_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "#"), lambda q: q.position + 1, sort=lambda q: q.position),
        Column(QT_TRANSLATE_NOOP("Columns", "Question"), lambda q: q.text, "text", _required_text),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Round"),
            lambda q: "" if q.round_number is None else q.round_number,
            "round_number",
            _int_or_none,
            sort=lambda q: q.round_number or 0,
        ),
    ]


def agenda_columns(start_of) -> list[Column]:
    """``start_of(item)`` gives the clock time an agenda item starts, from the meeting's start."""
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Starts"), start_of, sort=lambda a: a.position),
        Column(QT_TRANSLATE_NOOP("Columns", "Agenda item"), lambda a: a.title, "title", _required_text),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Kind"),
            lambda a: label(v.AGENDA_KIND_LABELS, a.kind),
            "kind",
            edit_value=lambda a: a.kind,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Duration (min)"), lambda a: a.minutes, "minutes", _minutes),
    ]


def meeting_list_columns() -> list[Column]:
    def describe(meeting) -> str:
        kind = label(v.MEETING_FORMAT_LABELS, meeting.format)
        title = meeting.title or QCoreApplication.translate("Columns", "(untitled)")
        return f"{meeting.date}  {title}\n{kind}" if meeting.date else f"{title}\n{kind}"

    return [Column(QT_TRANSLATE_NOOP("Columns", "Meeting"), describe, sort=lambda m: (m.date, m.start_time, m.id))]


__all__ = ["agenda_columns", "attendance_columns", "meeting_list_columns", "participant_columns", "question_columns"]
