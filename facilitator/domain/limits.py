"""How long each text of a process may be: one table, read by the actions (which refuse a
longer edit), the importers (which report the row) and the window (which states the limit
beside each field).

Lengths are counted in characters (Unicode code points, Python's ``len``). The window's
one-line fields count as Qt does (UTF-16 units, so an emoji counts two): they can only ever
hold less than the limit, never more.

The sizes, from what each text is and where it has to fit:

* ``LINE`` (200): a title, a name, a place, a department, a diarienummer. One line in a list,
  a heading in the minutes and on a table sign (about 90 characters a line on A4 at 11 pt):
  200 is two lines of heading, far beyond any real title, and keeps the lists readable.
* ``QUESTION`` (1,000): a café question is read aloud and printed large on its table sign,
  which must stay one A4 page; 1,000 characters is a long paragraph.
* ``TEXT`` (5,000): a note from a table, a risk, a mitigation, a harvest point, a measure's
  goal or indicators, a meeting's purpose or next steps. About a page and a half of typed
  A4: more than anyone types for one note in the room, and small enough that a meeting's
  minutes with hundreds of notes stay a document people read.
* ``LONG`` (20,000): the long texts of a plan (its background, commission, purpose,
  financing), a process's and a measure's description: about six A4 pages, a whole chapter.
* ``CODE`` (100): values the app itself writes (dates, times, kinds, states, tokens).
* ``RECORD`` (50,000,000): what the app itself keeps whole as JSON (a stored version of the
  plan, a measure's revision, signed minutes' content); never typed, bounded only so that a
  crafted file cannot make an edit take the memory.

A limit is a promise both ways: anything within it is saved and exports (minutes, catalogue,
printables); anything longer is refused with a message naming the field and the limit.
"""

from __future__ import annotations

from dataclasses import dataclass

from .entities import ENTITY_BY_TABLE, Entity
from .vocabulary import QT_TRANSLATE_NOOP

LINE = 200
QUESTION = 1_000
TEXT = 5_000
LONG = 20_000
CODE = 100
RECORD = 50_000_000

#: (table, column) -> the most characters it may hold. Every text field of every entity is
#: here or gets LINE (see ``limit``).
LIMITS: dict[tuple[str, str], int] = {
    # the plan's goals and the mapping of existing work
    ("goal", "description"): TEXT,
    ("goal", "indicator"): TEXT,
    ("goal", "baseline"): TEXT,
    ("goal", "target_value"): TEXT,
    ("goal", "target_date"): CODE,
    ("goal", "source_framework"): CODE,
    ("goal", "source_key_factor"): CODE,
    ("goal", "source_rating"): CODE,
    ("goal", "created_at"): CODE,
    ("existing_effort", "partners"): TEXT,
    ("existing_effort", "funding"): TEXT,
    ("existing_effort", "target_group"): TEXT,
    ("existing_effort", "aim"): TEXT,
    ("existing_effort", "level"): CODE,
    ("existing_effort", "status"): CODE,
    # the process and its plan
    ("process", "description"): LONG,
    ("process", "background"): LONG,
    ("process", "commission"): LONG,
    ("process", "purpose"): LONG,
    ("process", "financing"): LONG,
    ("process", "plan_stage"): CODE,
    ("process", "plan_stage_date"): CODE,
    ("process", "created_at"): CODE,
    ("process", "process_key"): CODE,
    ("process", "erase_personal_data_after"): CODE,
    ("plan_stage_change", "note"): TEXT,
    ("plan_stage_change", "stage"): CODE,
    ("plan_stage_change", "date"): CODE,
    ("plan_stage_change", "body"): LINE,
    ("plan_stage_change", "dnr"): LINE,
    # what the app keeps whole: stored versions, revisions, signed minutes
    ("plan_version", "content"): RECORD,
    ("plan_version", "stage"): CODE,
    ("plan_version", "date"): CODE,
    ("plan_version", "created_at"): CODE,
    ("measure_revision", "fields"): RECORD,
    ("measure_revision", "date"): CODE,
    ("signed_minutes", "content"): RECORD,
    ("signed_minutes", "adjusters"): TEXT,
    ("signed_minutes", "signed_on"): CODE,
    ("signed_minutes", "language"): CODE,
    ("signed_minutes", "created_at"): CODE,
    # the remiss
    ("remiss_round", "note"): TEXT,
    ("remiss_round", "reply_to"): LINE,
    ("remiss_round", "sent_date"): CODE,
    ("remiss_round", "reply_deadline"): CODE,
    ("remiss_recipient", "kind"): CODE,
    ("remiss_reply", "summary"): TEXT,
    ("remiss_reply", "outcome"): CODE,
    ("remiss_reply", "received_date"): CODE,
    ("remiss_remark", "text"): TEXT,
    ("remiss_remark", "motivation"): TEXT,
    ("remiss_remark", "measure_title"): LINE,
    ("remiss_remark", "handling"): CODE,
    # the self-assessment
    ("assessment", "recommendations"): LONG,
    ("assessment", "framework"): CODE,
    ("assessment", "mode"): CODE,
    ("assessment", "scope"): CODE,
    ("assessment_member", "role"): CODE,
    ("assessment_rating", "rating"): CODE,
    ("assessment_rating", "reasoning"): TEXT,
    ("assessment_rating", "strengths"): TEXT,
    ("assessment_rating", "weaknesses"): TEXT,
    ("assessment_rating", "decided_how"): CODE,
    ("assessment_answer", "question"): CODE,
    ("assessment_answer", "answer"): CODE,
    ("assessment_answer", "text"): TEXT,
    ("assessment_evidence", "kind"): CODE,
    ("assessment_evidence", "date"): CODE,
    ("assessment_evidence", "reference"): LINE,
    ("assessment_evidence", "notes"): LONG,  # interview and focus-group notes are kept whole
    ("assessment_context", "note"): TEXT,
    ("assessment_note", "question"): CODE,
    ("assessment_framework", "key"): CODE,
    ("assessment_framework", "data"): RECORD,
    # what phones send (domain/phone_input.MAX_TEXT keeps a phone's text within this)
    ("phone_submission", "text"): QUESTION,
    ("phone_submission", "kind"): CODE,
    ("phone_submission", "device"): CODE,
    ("phone_submission", "received_at"): CODE,
    ("phone_submission", "state"): CODE,
    ("phone_vote", "device"): CODE,
    ("host_link", "token"): CODE,
    ("host_link", "created_at"): CODE,
    ("host_link", "revoked_at"): CODE,
    ("personal_code", "code"): CODE,
    # people
    ("participant", "notes"): TEXT,
    ("participant", "category"): CODE,
    ("participant", "consent_date"): CODE,
    # meetings
    ("meeting", "purpose"): TEXT,
    ("meeting", "frame_statement"): TEXT,
    ("meeting", "selection_reasons"): TEXT,
    ("meeting", "next_steps"): TEXT,
    ("meeting", "feedback_method"): TEXT,
    ("meeting", "format"): CODE,
    ("meeting", "date"): CODE,
    ("meeting", "start_time"): CODE,
    ("meeting", "end_time"): CODE,
    ("meeting", "share_token"): CODE,
    ("attendance", "role"): CODE,
    ("attendance", "status"): CODE,
    ("agenda_item", "notes"): TEXT,
    ("agenda_item", "kind"): CODE,
    ("question", "text"): QUESTION,
    ("question", "guidance"): TEXT,
    ("round", "started_at"): CODE,
    ("round", "ended_at"): CODE,
    # what was said
    ("theme", "description"): TEXT,
    ("contribution", "text"): TEXT,
    ("contribution", "kind"): CODE,
    ("contribution", "created_at"): CODE,
    ("mitigation", "text"): TEXT,
    ("harvest_item", "text"): TEXT,
    ("harvest_item", "kind"): CODE,
    # measures
    ("measure", "description"): LONG,
    ("measure", "goal"): TEXT,
    ("measure", "completion_criterion"): TEXT,
    ("measure", "indicators"): TEXT,
    ("measure", "baseline"): TEXT,
    ("measure", "target"): TEXT,
    ("measure", "result"): TEXT,
    ("measure", "resources"): TEXT,
    ("measure", "follow_up_method"): TEXT,
    ("measure", "target_groups"): TEXT,
    ("measure", "due_date"): CODE,
    ("measure", "aimed_at"): CODE,
    ("measure", "term"): CODE,
    ("measure", "status"): CODE,
    ("measure", "created_at"): CODE,
    ("measure_status_change", "note"): TEXT,
    ("measure_status_change", "status"): CODE,
    ("measure_status_change", "date"): CODE,
    ("measure_status_change", "indicator_value"): TEXT,
    ("framework_label", "framework"): CODE,
    ("key_factor_assessment", "evidence"): TEXT,
    ("key_factor_assessment", "rating"): CODE,
    ("meeting_timer", "state"): CODE,
    ("meeting_timer", "started_at"): CODE,
}

#: The field's name in messages ("Fields" context): "The title may be at most …".
FIELD_NAMES: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "moderator": QT_TRANSLATE_NOOP("Fields", "Moderator"),
    "coordinator": QT_TRANSLATE_NOOP("Fields", "Coordinator"),
    "series": QT_TRANSLATE_NOOP("Fields", "Series"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "Purpose"),
    "frame_statement": QT_TRANSLATE_NOOP("Fields", "What happens with the results"),
    "selection_reasons": QT_TRANSLATE_NOOP("Fields", "Selection reasons"),
    "next_steps": QT_TRANSLATE_NOOP("Fields", "Next steps"),
    "feedback_method": QT_TRANSLATE_NOOP("Fields", "How participants hear back"),
    "guidance": QT_TRANSLATE_NOOP("Fields", "Guidance"),
    "goal": QT_TRANSLATE_NOOP("Fields", "Goal"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Responsible contact"),
    "owner_contact": QT_TRANSLATE_NOOP("Fields", "Contact details"),
    "department": QT_TRANSLATE_NOOP("Fields", "Responsible department"),
    "time_frame": QT_TRANSLATE_NOOP("Fields", "Time frame"),
    "completion_criterion": QT_TRANSLATE_NOOP("Fields", "Completed when"),
    "indicators": QT_TRANSLATE_NOOP("Fields", "Indicators"),
    "baseline": QT_TRANSLATE_NOOP("Fields", "Baseline"),
    "target": QT_TRANSLATE_NOOP("Fields", "Target"),
    "result": QT_TRANSLATE_NOOP("Fields", "Result"),
    "resources": QT_TRANSLATE_NOOP("Fields", "Resources"),
    "follow_up_method": QT_TRANSLATE_NOOP("Fields", "Follow-up method"),
    "target_groups": QT_TRANSLATE_NOOP("Fields", "Target groups"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "organisation": QT_TRANSLATE_NOOP("Fields", "Organisation"),
    "label": QT_TRANSLATE_NOOP("Fields", "Label"),
    "evidence": QT_TRANSLATE_NOOP("Fields", "Evidence"),
    "municipality": QT_TRANSLATE_NOOP("Fields", "Municipality"),
    "background": QT_TRANSLATE_NOOP("Fields", "Background"),
    "commission": QT_TRANSLATE_NOOP("Fields", "Commission"),
    "financing": QT_TRANSLATE_NOOP("Fields", "Financing"),
    "plan_title": QT_TRANSLATE_NOOP("Fields", "Title of the plan"),
    "plan_period": QT_TRANSLATE_NOOP("Fields", "Period"),
    "plan_dnr": QT_TRANSLATE_NOOP("Fields", "Reference number"),
    "dnr": QT_TRANSLATE_NOOP("Fields", "Reference number"),
    "body": QT_TRANSLATE_NOOP("Fields", "Decided by"),
    "adjusters": QT_TRANSLATE_NOOP("Fields", "Justerare"),
    "reply_to": QT_TRANSLATE_NOOP("Fields", "Replies sent to"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "motivation": QT_TRANSLATE_NOOP("Fields", "Motivation"),
    "reasoning": QT_TRANSLATE_NOOP("Fields", "Reasoning"),
    "strengths": QT_TRANSLATE_NOOP("Fields", "Strengths"),
    "weaknesses": QT_TRANSLATE_NOOP("Fields", "Weaknesses"),
    "recommendations": QT_TRANSLATE_NOOP("Fields", "Recommendations"),
    "reference": QT_TRANSLATE_NOOP("Fields", "Reference"),
    "decided_by": QT_TRANSLATE_NOOP("Fields", "Who decided"),
    "consent_purpose": QT_TRANSLATE_NOOP("Fields", "Consent for"),
    "languages": QT_TRANSLATE_NOOP("Fields", "Languages"),
}


def limit(table: str, column: str) -> int:
    """The most characters ``table.column`` may hold (LINE for a text not listed)."""
    return LIMITS.get((table, column), LINE)


def _text_columns(cls: type[Entity]) -> tuple[str, ...]:
    from dataclasses import fields

    return tuple(f.name for f in fields(cls) if f.type in ("str", str))


TEXT_COLUMNS: dict[str, tuple[str, ...]] = {table: _text_columns(cls) for table, cls in ENTITY_BY_TABLE.items()}


@dataclass(frozen=True)
class Overlong:
    """A text longer than its field may hold."""

    table: str
    column: str
    limit: int
    length: int


def first_overlong(table: str, values: dict) -> Overlong | None:
    """The first text in ``values`` (column -> value) longer than its limit, or None."""
    for column in TEXT_COLUMNS.get(table, ()):
        value = values.get(column)
        if isinstance(value, str):
            most = limit(table, column)
            if len(value) > most:
                return Overlong(table, column, most, len(value))
    return None
