"""The words the exports print for fixed things: vocabulary labels (with the process's own
ECCAR point and track labels where it has them) and the names of a measure's fields.

Shared by the Word documents and the CSV files, so both say the same.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain import vocabulary as v
from .wordml import Typed

# A measure's fields in the order the catalogue prints them: (attribute, English label).
MEASURE_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("ExportFields", "Measure")),
    ("description", QT_TRANSLATE_NOOP("ExportFields", "Description")),
    ("goal", QT_TRANSLATE_NOOP("ExportFields", "Goal")),
    ("owner", QT_TRANSLATE_NOOP("ExportFields", "Responsible contact person")),
    ("owner_contact", QT_TRANSLATE_NOOP("ExportFields", "Contact details")),
    ("department", QT_TRANSLATE_NOOP("ExportFields", "Responsible department")),
    ("due_date", QT_TRANSLATE_NOOP("ExportFields", "Due")),
    ("time_frame", QT_TRANSLATE_NOOP("ExportFields", "Time frame")),
    ("completion_criterion", QT_TRANSLATE_NOOP("ExportFields", "Counts as completed when")),
    ("indicators", QT_TRANSLATE_NOOP("ExportFields", "Indicators and benchmarks")),
    ("baseline", QT_TRANSLATE_NOOP("ExportFields", "Baseline")),
    ("target", QT_TRANSLATE_NOOP("ExportFields", "Target value")),
    ("result", QT_TRANSLATE_NOOP("ExportFields", "Result")),
    ("resources", QT_TRANSLATE_NOOP("ExportFields", "Resources and budget")),
    ("follow_up_method", QT_TRANSLATE_NOOP("ExportFields", "Follow-up method")),
    ("eccar_point", QT_TRANSLATE_NOOP("ExportFields", "ECCAR point")),
    ("track", QT_TRANSLATE_NOOP("ExportFields", "Track")),
    ("aimed_at", QT_TRANSLATE_NOOP("ExportFields", "Aimed at")),
    ("target_groups", QT_TRANSLATE_NOOP("ExportFields", "Target groups")),
    ("is_new", QT_TRANSLATE_NOOP("ExportFields", "New or existing")),
    ("term", QT_TRANSLATE_NOOP("ExportFields", "Time horizon")),
    ("quick_win", QT_TRANSLATE_NOOP("ExportFields", "Quick win or long-term")),
    ("status", QT_TRANSLATE_NOOP("ExportFields", "Status")),
    ("origin_meeting_id", QT_TRANSLATE_NOOP("ExportFields", "Came from")),
)
_FIELD_LABELS = dict(MEASURE_FIELDS)

# Fields whose text the coordinator writes (tagged with her language in a document in another).
TYPED_FIELDS = frozenset({
    "title", "description", "goal", "owner", "owner_contact", "department", "time_frame", "completion_criterion",
    "indicators", "baseline", "target", "result", "resources", "follow_up_method", "target_groups",
})

# Fields that every measure must have: printed as "missing" when empty, never left out.
REQUIRED_FIELDS = frozenset({"goal", "owner", "department", "due_date"})

AIMED_AT = {
    "own_organisation": QT_TRANSLATE_NOOP("ExportFields", "The municipality's own organisation"),
    "private_sector": QT_TRANSLATE_NOOP("ExportFields", "The private sector"),
    "both": QT_TRANSLATE_NOOP("ExportFields", "Both the municipality and the private sector"),
}
TERMS = {
    "short": QT_TRANSLATE_NOOP("ExportFields", "Short term"),
    "long": QT_TRANSLATE_NOOP("ExportFields", "Long term"),
}


def field_label(name: str) -> str:
    return QCoreApplication.translate("ExportFields", _FIELD_LABELS.get(name, name))


def missing() -> str:
    return QCoreApplication.translate("ExportFields", "Missing")


def vocabulary(table: dict, key) -> str:
    """The translated label of a vocabulary key; an unknown key is shown as it is."""
    text = table.get(key)
    return QCoreApplication.translate("Vocabulary", text) if text else str(key or "")


class Framework:
    """ECCAR point and track labels: the process's own wording, else the translated default."""

    def __init__(self, points: dict[int, str] | None = None, tracks: dict[int, str] | None = None):
        self.points = points or {}
        self.tracks = tracks or {}

    def point(self, number: int | None) -> str:
        if number is None:
            return ""
        own = self.points.get(number)
        return Typed(own) if own else vocabulary(v.ECCAR_POINTS, number)

    def track(self, number: int | None) -> str:
        if number is None:
            return ""
        own = self.tracks.get(number)
        return Typed(own) if own else vocabulary(v.TRACKS, number)

    def numbered_point(self, number: int | None) -> str:
        if not number:
            return ""
        text = f"{number}. {self.point(number)}"
        return Typed(text) if number in self.points else text

    def numbered_track(self, number: int | None) -> str:
        if not number:
            return ""
        text = QCoreApplication.translate("ExportFields", "Track %1: %2").replace("%1", str(number)).replace(
            "%2", self.track(number))
        return Typed(text) if number in self.tracks else text


def measure_value(measure, name: str, framework: Framework, meetings: dict | None = None) -> str:
    """A measure's field as text for a document or a spreadsheet."""
    value = getattr(measure, name)
    if name == "eccar_point":
        return framework.numbered_point(value)
    if name == "track":
        return framework.numbered_track(value)
    if name in ("aimed_at", "term"):
        text = (AIMED_AT if name == "aimed_at" else TERMS).get(value)
        return QCoreApplication.translate("ExportFields", text) if text else str(value or "")
    if name == "is_new":
        return (QCoreApplication.translate("ExportFields", "New measure") if value
                else QCoreApplication.translate("ExportFields", "Existing measure"))
    if name == "quick_win":  # the toolkit's split (001 L91-93)
        return (QCoreApplication.translate("ExportFields", "Quick win (results seen early)") if value
                else QCoreApplication.translate("ExportFields", "Long-term work"))
    if name == "status":
        return vocabulary(v.MEASURE_STATUS_LABELS, value)
    if name == "origin_meeting_id":
        meeting = (meetings or {}).get(value)
        return meeting_name(meeting) if meeting else ""
    text = "" if value is None else str(value)
    return Typed(text) if name in TYPED_FIELDS else text


def meeting_name(meeting) -> str:
    """"2027-02-04 World Café: Lika rätt i Ekbacka"."""
    kind = vocabulary(v.MEETING_FORMAT_LABELS, meeting.format)
    title = meeting.title or kind
    if meeting.title and kind.casefold() not in meeting.title.casefold():
        title = f"{kind}: {meeting.title}"
    return f"{meeting.date} {title}".strip()
