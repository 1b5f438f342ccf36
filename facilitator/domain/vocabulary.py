"""The fixed vocabularies of the domain: meeting formats, participant categories and roles,
contribution kinds, measure statuses, ECCAR points and tracks.

Keys are stable identifiers stored in the process file; labels are English source texts
marked with ``QT_TRANSLATE_NOOP``-style tuples (context, text) so the UI can translate
them with ``QCoreApplication.translate(context, text)``. This module imports no Qt.
"""

from __future__ import annotations

from enum import StrEnum

CONTEXT = "Vocabulary"


def _noop(text: str) -> str:
    """Marks a string for lupdate (it is called QT_TRANSLATE_NOOP below) without Qt."""
    return text


QT_TRANSLATE_NOOP = lambda context, text: _noop(text)  # noqa: E731  (lupdate knows this name)


class Plural:
    """Marks a message with a count (%n) for lupdate without Qt, so that the catalogue gets its
    plural forms: lupdate's Python parser makes a message a plural one only from a call named
    ``translate`` whose fourth argument is a number literal, so write
    ``Plural.translate("Commands", "Move %n contribution(s)", "", -1)``. It returns the text;
    the UI translates it with the real count."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
        return text


class MeetingFormat(StrEnum):
    WORLD_CAFE = "world_cafe"
    WORKSHOP = "workshop"
    FOCUS_GROUP = "focus_group"
    CONSULTATION = "consultation"
    COMMITTEE = "committee"
    SELF_ASSESSMENT = "self_assessment"


MEETING_FORMAT_LABELS = {
    MeetingFormat.WORLD_CAFE: QT_TRANSLATE_NOOP("Vocabulary", "World Café"),
    MeetingFormat.WORKSHOP: QT_TRANSLATE_NOOP("Vocabulary", "Workshop"),
    MeetingFormat.FOCUS_GROUP: QT_TRANSLATE_NOOP("Vocabulary", "Focus group"),
    MeetingFormat.CONSULTATION: QT_TRANSLATE_NOOP("Vocabulary", "Consultation"),
    MeetingFormat.COMMITTEE: QT_TRANSLATE_NOOP("Vocabulary", "Committee / follow-up meeting"),
    MeetingFormat.SELF_ASSESSMENT: QT_TRANSLATE_NOOP("Vocabulary", "Self-assessment"),
}

# What each format is for, in two sentences (the first-steps page of a new process).
MEETING_FORMAT_PURPOSES = {
    MeetingFormat.WORLD_CAFE: QT_TRANSLATE_NOOP(
        "Vocabulary", "Many people talk in small groups at tables over three or more rounds and meet new people in each. "
        "Use it to gather ideas and experiences broadly from residents, associations and staff."),
    MeetingFormat.WORKSHOP: QT_TRANSLATE_NOOP(
        "Vocabulary", "The same group meets about three times, so trust can grow and the last meeting sums up goals and "
        "measures. Use it to work out concrete measures with the people concerned."),
    MeetingFormat.FOCUS_GROUP: QT_TRANSLATE_NOOP(
        "Vocabulary", "A small group of invited stakeholders discusses needs and priorities in depth. Use it to hear "
        "groups whose experience is otherwise missing."),
    MeetingFormat.CONSULTATION: QT_TRANSLATE_NOOP(
        "Vocabulary", "Advisory boards, associations and NGOs give their view on needs and priorities. Use it to "
        "anchor the plan with organised civil society."),
    MeetingFormat.COMMITTEE: QT_TRANSLATE_NOOP(
        "Vocabulary", "The implementation committee meets about monthly and goes through the open measures: what has "
        "been done so far? Use it to follow up the plan without ranking departments."),
    MeetingFormat.SELF_ASSESSMENT: QT_TRANSLATE_NOOP(
        "Vocabulary", "The municipality assesses itself against the key factors of the Integrating Cities toolkit, "
        "with evidence. Use it to see where you stand before you plan, and to repeat the baseline later."),
}

class Category(StrEnum):
    OFFICIAL = "official"
    POLITICIAN = "politician"
    CIVIL_SOCIETY = "civil_society"
    NGO = "ngo"
    ADVISORY_BOARD = "advisory_board"
    RESIDENT = "resident"
    BUSINESS = "business"
    UNION = "union"
    OTHER = "other"


CATEGORY_LABELS = {
    Category.OFFICIAL: QT_TRANSLATE_NOOP("Vocabulary", "Municipal official"),
    Category.POLITICIAN: QT_TRANSLATE_NOOP("Vocabulary", "Elected representative"),
    Category.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("Vocabulary", "Civil society / association"),
    Category.NGO: QT_TRANSLATE_NOOP("Vocabulary", "Non-governmental organisation"),
    Category.ADVISORY_BOARD: QT_TRANSLATE_NOOP("Vocabulary", "Advisory board"),
    Category.RESIDENT: QT_TRANSLATE_NOOP("Vocabulary", "Resident"),
    Category.BUSINESS: QT_TRANSLATE_NOOP("Vocabulary", "Business"),
    Category.UNION: QT_TRANSLATE_NOOP("Vocabulary", "Trade union"),
    Category.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}


class Role(StrEnum):
    COORDINATOR = "coordinator"
    MODERATOR = "moderator"
    TABLE_HOST = "table_host"
    NOTE_TAKER = "note_taker"
    TRAINER = "trainer"
    PARTICIPANT = "participant"


ROLE_LABELS = {
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Vocabulary", "Coordinator"),
    Role.MODERATOR: QT_TRANSLATE_NOOP("Vocabulary", "Moderator"),
    Role.TABLE_HOST: QT_TRANSLATE_NOOP("Vocabulary", "Table host"),
    Role.NOTE_TAKER: QT_TRANSLATE_NOOP("Vocabulary", "Note-taker"),
    Role.TRAINER: QT_TRANSLATE_NOOP("Vocabulary", "Trainer"),
    Role.PARTICIPANT: QT_TRANSLATE_NOOP("Vocabulary", "Participant"),
}


class Attendance(StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    ATTENDED = "attended"
    ABSENT = "absent"


ATTENDANCE_LABELS = {
    Attendance.INVITED: QT_TRANSLATE_NOOP("Vocabulary", "Invited"),
    Attendance.REGISTERED: QT_TRANSLATE_NOOP("Vocabulary", "Registered"),
    Attendance.ATTENDED: QT_TRANSLATE_NOOP("Vocabulary", "Attended"),
    Attendance.ABSENT: QT_TRANSLATE_NOOP("Vocabulary", "Absent"),
}


class ContributionKind(StrEnum):
    IDEA = "idea"
    NOTE = "note"
    QUESTION = "question"
    QUOTE = "quote"
    RISK = "risk"
    OBSTACLE = "obstacle"


CONTRIBUTION_KIND_LABELS = {
    ContributionKind.IDEA: QT_TRANSLATE_NOOP("Vocabulary", "Idea"),
    ContributionKind.NOTE: QT_TRANSLATE_NOOP("Vocabulary", "Note"),
    ContributionKind.QUESTION: QT_TRANSLATE_NOOP("Vocabulary", "Question"),
    ContributionKind.QUOTE: QT_TRANSLATE_NOOP("Vocabulary", "Quote"),
    ContributionKind.RISK: QT_TRANSLATE_NOOP("Vocabulary", "Risk"),
    ContributionKind.OBSTACLE: QT_TRANSLATE_NOOP("Vocabulary", "Structural obstacle"),
}


class MeasureStatus(StrEnum):
    PROPOSED = "proposed"
    DECIDED = "decided"
    ONGOING = "ongoing"
    DONE = "done"
    CANCELLED = "cancelled"


MEASURE_STATUS_LABELS = {
    MeasureStatus.PROPOSED: QT_TRANSLATE_NOOP("Vocabulary", "Proposed"),
    MeasureStatus.DECIDED: QT_TRANSLATE_NOOP("Vocabulary", "Decided"),
    MeasureStatus.ONGOING: QT_TRANSLATE_NOOP("Vocabulary", "Ongoing"),
    MeasureStatus.DONE: QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    MeasureStatus.CANCELLED: QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
}


class PlanStage(StrEnum):
    DRAFT = "draft"
    CONSULTATION = "consultation"
    APPROVED = "approved"
    ADOPTED = "adopted"


PLAN_STAGE_LABELS = {
    PlanStage.DRAFT: QT_TRANSLATE_NOOP("Vocabulary", "Draft"),
    PlanStage.CONSULTATION: QT_TRANSLATE_NOOP("Vocabulary", "Out for consultation"),
    PlanStage.APPROVED: QT_TRANSLATE_NOOP("Vocabulary", "Approved by departments"),
    PlanStage.ADOPTED: QT_TRANSLATE_NOOP("Vocabulary", "Adopted"),
}


class AgendaKind(StrEnum):
    WELCOME = "welcome"
    ROUND = "round"
    MOVE = "move"
    PLENARY = "plenary"
    BREAK = "break"
    DISCUSSION = "discussion"
    OTHER = "other"


AGENDA_KIND_LABELS = {
    AgendaKind.WELCOME: QT_TRANSLATE_NOOP("Vocabulary", "Welcome and frame"),
    AgendaKind.ROUND: QT_TRANSLATE_NOOP("Vocabulary", "Conversation round"),
    AgendaKind.MOVE: QT_TRANSLATE_NOOP("Vocabulary", "Change tables"),
    AgendaKind.PLENARY: QT_TRANSLATE_NOOP("Vocabulary", "Plenary harvest"),
    AgendaKind.BREAK: QT_TRANSLATE_NOOP("Vocabulary", "Break"),
    AgendaKind.DISCUSSION: QT_TRANSLATE_NOOP("Vocabulary", "Discussion"),
    AgendaKind.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

#: ECCAR's ten commitments (English source; the Swedish translation is the toolkit's cover
#: wording in DOMAIN.md). Labels can be overridden per process.
ECCAR_POINTS = {
    1: QT_TRANSLATE_NOOP("Vocabulary", "Greater vigilance against racism"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Assessing racism and discrimination and monitoring local policies"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "Better support for the victims of racism and discrimination"),
    4: QT_TRANSLATE_NOOP("Vocabulary", "More participation and better informed residents"),
    5: QT_TRANSLATE_NOOP("Vocabulary", "The city as an active supporter of equal rights"),
    6: QT_TRANSLATE_NOOP("Vocabulary", "The city as an equal rights employer and service provider"),
    7: QT_TRANSLATE_NOOP("Vocabulary", "Fair access to housing"),
    8: QT_TRANSLATE_NOOP("Vocabulary", "Challenging racism and discrimination through education"),
    9: QT_TRANSLATE_NOOP("Vocabulary", "Promoting cultural diversity"),
    10: QT_TRANSLATE_NOOP("Vocabulary", "Hate crimes and conflict management"),
}

TRACKS = {
    1: QT_TRANSLATE_NOOP("Vocabulary", "Information and advice"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Raising awareness"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "Implementation"),
    4: QT_TRANSLATE_NOOP("Vocabulary", "Data collection and research"),
}

#: The toolkit's realistic promise, shown at the start of a meeting, in the minutes and on
#: the participants' page (DOMAIN.md).
DEFAULT_FRAME_STATEMENT_EN = QT_TRANSLATE_NOOP("Defaults", "We cannot promise that every idea will be carried out, but the municipality has agreed to take the ideas seriously. After the meeting you will hear what became of what you said.")  # noqa: E501
