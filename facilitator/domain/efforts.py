"""The mapping of existing work (seed 004: "vilka aktörer som gör vad och på vilken nivå",
004 L115-121): the efforts a municipality already runs, before new measures are planned.

An effort has a name, a theme, a level (local, subregional, regional, national), an owner,
partners, funding, a target group, an aim, a period and a status (planned, ongoing, ended).
Placed under an ECCAR point and a track, it shows in the coverage grid beside the planned
measures, and a measure can build on it. No Qt, no SQL; codes, never sentences.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from . import limits
from .entities import ExistingEffort, stored_id
from .measures import ECCAR_POINT_NUMBERS, TRACK_NUMBERS
from .vocabulary import QT_TRANSLATE_NOOP


class EffortLevel(StrEnum):
    LOCAL = "local"
    SUBREGIONAL = "subregional"
    REGIONAL = "regional"
    NATIONAL = "national"


class EffortStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    ENDED = "ended"


LEVEL_LABELS = {
    EffortLevel.LOCAL: QT_TRANSLATE_NOOP("Vocabulary", "Local"),
    EffortLevel.SUBREGIONAL: QT_TRANSLATE_NOOP("Vocabulary", "Subregional"),
    EffortLevel.REGIONAL: QT_TRANSLATE_NOOP("Vocabulary", "Regional"),
    EffortLevel.NATIONAL: QT_TRANSLATE_NOOP("Vocabulary", "National"),
}

EFFORT_STATUS_LABELS = {
    EffortStatus.PLANNED: QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    EffortStatus.ONGOING: QT_TRANSLATE_NOOP("Vocabulary", "Running"),
    EffortStatus.ENDED: QT_TRANSLATE_NOOP("Vocabulary", "Ended"),
}

#: Words a spreadsheet uses for a level or a status (folded: lower case, no extra spaces).
LEVEL_WORDS: Mapping[str, str] = {
    "lokal": "local", "local": "local", "kommunal": "local", "i kommunen": "local",
    "delregional": "subregional", "subregional": "subregional", "i samverkan": "subregional",
    "regional": "regional", "regionala": "regional", "län": "regional", "länet": "regional",
    "nationell": "national", "national": "national", "statlig": "national",
}
STATUS_WORDS: Mapping[str, str] = {
    "planerad": "planned", "planerat": "planned", "planned": "planned", "under förprojektering": "planned",
    "förprojektering": "planned",
    "pågående": "ongoing", "pågår": "ongoing", "ongoing": "ongoing", "running": "ongoing", "aktiv": "ongoing",
    "under genomförande": "ongoing", "löpande": "ongoing", "ordinarie verksamhet": "ongoing",
    "avslutad": "ended", "avslutat": "ended", "ended": "ended", "klar": "ended", "nedlagd": "ended",
    "avslutades": "ended",
}

#: The fields the coordinator edits, in the form's order.
EFFORT_TEXT_FIELDS: tuple[str, ...] = (
    "name", "theme", "owner", "partners", "funding", "target_group", "aim", "period",
)
EFFORT_FIELDS: tuple[str, ...] = EFFORT_TEXT_FIELDS + ("level", "status", "eccar_point", "track")
# How long each field may be: domain/limits.py, the one table.


class EffortProblem(StrEnum):
    NO_NAME = "no_name"
    UNKNOWN_LEVEL = "unknown_level"
    UNKNOWN_STATUS = "unknown_status"
    BAD_POINT = "bad_point"
    BAD_TRACK = "bad_track"
    TOO_LONG = "too_long"
    UNKNOWN_FIELD = "unknown_field"


class EffortRefused(ValueError):
    def __init__(self, code: EffortProblem, field: str = ""):
        super().__init__(f"{code}: {field}".rstrip(": "))
        self.code = code
        self.field = field


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def level_of(text: str) -> str | None:
    """A level code from a code or a Swedish word ("" for none); None if unknown."""
    folded = _fold(text)
    if not folded:
        return ""
    return folded if folded in set(EffortLevel) else LEVEL_WORDS.get(folded)


def status_of(text: str) -> str | None:
    folded = _fold(text)
    if not folded:
        return ""
    return folded if folded in set(EffortStatus) else STATUS_WORDS.get(folded)


def number_of(text: object, allowed: Iterable[int]) -> int | None:
    """1..10 or 1..4 from "3", "3.0", "Punkt 3"; raises ValueError if it is not one of them."""
    if text is None or (isinstance(text, str) and not text.strip()):
        raise LookupError("empty")
    if isinstance(text, int) and not isinstance(text, bool):
        number = text
    else:
        digits = "".join(ch for ch in str(text).split(".")[0].split(",")[0] if ch.isdigit())
        if not digits or len(digits) > 3:
            raise ValueError(text)
        number = int(digits)
    if number not in set(allowed):
        raise ValueError(text)
    return number


def clean_effort_value(name: str, value: object) -> object:
    """The value stored for field ``name`` or EffortRefused."""
    if name not in EFFORT_FIELDS:
        raise EffortRefused(EffortProblem.UNKNOWN_FIELD, name)
    if name in ("eccar_point", "track"):
        allowed = ECCAR_POINT_NUMBERS if name == "eccar_point" else TRACK_NUMBERS
        try:
            return number_of(value, allowed)
        except LookupError:
            return None
        except ValueError:
            raise EffortRefused(EffortProblem.BAD_POINT if name == "eccar_point" else EffortProblem.BAD_TRACK,
                                name) from None
    text = " ".join(str(value if value is not None else "").split()) if name != "aim" else str(value or "").strip()
    if name == "level":
        code = level_of(text)
        if code is None:
            raise EffortRefused(EffortProblem.UNKNOWN_LEVEL, name)
        return code
    if name == "status":
        code = status_of(text)
        if code is None:
            raise EffortRefused(EffortProblem.UNKNOWN_STATUS, name)
        return code
    if name == "name" and not text:
        raise EffortRefused(EffortProblem.NO_NAME, name)
    if len(text) > limits.limit(ExistingEffort.TABLE, name):
        raise EffortRefused(EffortProblem.TOO_LONG, name)
    return text


Cell = tuple[int, int]


def efforts_per_cell(efforts: Iterable[ExistingEffort], *, include_ended: bool = True) -> dict[Cell, tuple[int, ...]]:
    """Effort ids per (point, track) cell, for the coverage grid beside the measures. Ended
    efforts count by default: the grid shows what has been done, too; ``include_ended=False``
    shows only what is planned or running."""
    cells: dict[Cell, list[int]] = {}
    for effort in efforts:
        if not include_ended and effort.status == EffortStatus.ENDED:
            continue
        if effort.eccar_point in ECCAR_POINT_NUMBERS and effort.track in TRACK_NUMBERS:
            assert effort.eccar_point is not None and effort.track is not None
            cells.setdefault((effort.eccar_point, effort.track), []).append(stored_id(effort))
    return {cell: tuple(ids) for cell, ids in cells.items()}
