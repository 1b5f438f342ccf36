"""Read the mapping of existing efforts from a spreadsheet (.xlsx/.csv): one effort a row,
with the columns seed 004 uses (namn, tema, nivå, ansvarig/huvudman, samverkanspartner,
finansiering, målgrupp, syfte, period, status) and, if the list has them, an ECCAR point and
a track so the effort shows in the coverage grid.

The file is read by the participant import's reader (``registration_list.read_list_rows``:
the same size, row and zip limits, progress and cancelling). The result is a preview: the
rows that can be imported and, for every other row, why not. Nothing is written here; the
action imports every good row as one step (``actions/efforts.import_efforts``).
Pure Python, no Qt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..domain import limits
from ..domain.efforts import level_of, number_of, status_of
from ..domain.entities import ExistingEffort
from ..domain.measures import ECCAR_POINT_NUMBERS, TRACK_NUMBERS
from .registration_list import (
    _CONTROL_RE,
    HEADER_SEARCH_ROWS,
    MAX_ROWS,
    Progress,
    RegistrationListError,
    _clip,
    _collapse,
    _fold_label,
    _is_empty,
    _nfc,
    read_list_rows,
)

#: The most efforts one list may hold (a municipality's mapping has tens, not thousands).
MAX_EFFORTS = 2000

FIELDS = ("name", "theme", "level", "owner", "partners", "funding", "target_group", "aim", "period", "status",
          "eccar_point", "track")

_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("Namn", "Name", "Insats", "Insatsens namn", "Projekt", "Projektnamn", "Verksamhet", "Aktivitet",
             "Namn på insatsen", "Effort"),
    "theme": ("Tema", "Theme", "Område", "Sakområde", "Temaområde"),
    "level": ("Nivå", "Level"),
    "owner": ("Ansvarig", "Ägare", "Projektägare", "Huvudman", "Ansvarig organisation", "Owner", "Ansvar",
              "Ansvarig förvaltning"),
    "partners": ("Samverkanspartner", "Samverkanspartners", "Partner", "Partners", "Samarbetspartner",
                 "Samarbetspartners", "I samverkan med"),
    "funding": ("Finansiering", "Finansiär", "Funding", "Medel", "Budget"),
    "target_group": ("Målgrupp", "Målgrupper", "Target group", "Target groups"),
    "aim": ("Syfte", "Mål", "Syfte och mål", "Syfte/mål", "Aim", "Purpose", "Beskrivning"),
    "period": ("Period", "Tidsperiod", "Tid", "Pågår", "När", "Projektperiod"),
    "status": ("Status", "Läge"),
    "eccar_point": ("ECCAR-punkt", "ECCAR punkt", "Punkt", "ECCAR", "ECCAR point", "Point"),
    "track": ("Spår", "Track", "Arbetsspår"),
}
_HEADER_LOOKUP = {_fold_label(text): field for field, texts in _HEADERS.items() for text in texts}


@dataclass(frozen=True)
class EffortDraft:
    row_number: int
    name: str
    theme: str = ""
    level: str = ""
    owner: str = ""
    partners: str = ""
    funding: str = ""
    target_group: str = ""
    aim: str = ""
    period: str = ""
    status: str = ""
    eccar_point: int | None = None
    track: int | None = None


class EffortProblemCode(StrEnum):
    MISSING_NAME = "missing_name"
    UNKNOWN_LEVEL = "unknown_level"
    UNKNOWN_STATUS = "unknown_status"
    BAD_POINT = "bad_point"
    BAD_TRACK = "bad_track"
    DUPLICATE = "duplicate"
    TOO_LONG = "too_long"
    CONTROL_CHARACTERS = "control_characters"


@dataclass(frozen=True)
class EffortRowProblem:
    row_number: int
    code: EffortProblemCode
    value: str


@dataclass(frozen=True)
class EffortPreview:
    path: str
    file_kind: str
    encoding: str | None
    delimiter: str | None
    mapping: dict[str, str]  # field -> the column's header in the file
    ignored_columns: tuple[str, ...]
    drafts: tuple[EffortDraft, ...]
    problems: tuple[EffortRowProblem, ...]

    @property
    def total_rows(self) -> int:
        return len(self.drafts) + len({p.row_number for p in self.problems})


def _find_header(rows: list[tuple[int, list[str]]]) -> tuple[int, dict[str, int]]:
    for index, (_, row) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping: dict[str, int] = {}
        for column, cell in enumerate(row):
            field = _HEADER_LOOKUP.get(_fold_label(cell)) if cell.strip() else None
            if field and field not in mapping:
                mapping[field] = column
        if "name" in mapping:
            return index, mapping
    raise RegistrationListError("no_name_column", "no column called Namn/Insats/Projekt among the first rows")


def read_effort_list(path: str | os.PathLike, *, max_rows: int = MAX_EFFORTS,
                     progress: Progress | None = None) -> EffortPreview:
    """The preview of a mapping spreadsheet; RegistrationListError if the file cannot be used
    at all (missing, too large, not a list, no column of names)."""
    read = read_list_rows(path, max_rows=min(max_rows, MAX_ROWS), progress=progress)
    rows = read.rows
    if not rows:
        raise RegistrationListError("empty", "the file has no rows")
    header_index, columns = _find_header(rows)
    header = [cell.strip() for cell in rows[header_index][1]]
    mapped = set(columns.values())
    ignored = tuple(cell for i, cell in enumerate(header) if cell and i not in mapped)
    mapping = {field: header[column] for field, column in sorted(columns.items(), key=lambda f: FIELDS.index(f[0]))}
    data = [(n, row) for n, row in rows[header_index + 1:] if not _is_empty(row)
            and [c.strip() for c in row[:len(header)]] != header]
    if len(data) > max_rows:
        raise RegistrationListError("too_many_rows", str(max_rows))

    drafts: list[EffortDraft] = []
    problems: list[EffortRowProblem] = []
    seen: set[str] = set()
    for number, row in data:
        raw = {field: (row[col].strip() if col < len(row) else "") for field, col in columns.items()}
        found: list[EffortRowProblem] = []

        def problem(code: EffortProblemCode, value: str = "", number: int = number, found=found) -> None:
            found.append(EffortRowProblem(number, code, _clip(value)))

        for value in raw.values():
            if value and _CONTROL_RE.search(value):
                problem(EffortProblemCode.CONTROL_CHARACTERS, value)
                break
        for field, value in raw.items():
            if len(value) > limits.limit(ExistingEffort.TABLE, field):
                problem(EffortProblemCode.TOO_LONG, value)
                break
        values = {field: _nfc(value if field == "aim" else _collapse(value)) for field, value in raw.items()}
        name = values.get("name", "")
        if not name:
            problem(EffortProblemCode.MISSING_NAME)
        level = level_of(values.get("level", ""))
        if level is None:
            problem(EffortProblemCode.UNKNOWN_LEVEL, values["level"])
        status = status_of(values.get("status", ""))
        if status is None:
            problem(EffortProblemCode.UNKNOWN_STATUS, values["status"])
        numbers: dict[str, int | None] = {}
        for field, allowed, code in (("eccar_point", ECCAR_POINT_NUMBERS, EffortProblemCode.BAD_POINT),
                                     ("track", TRACK_NUMBERS, EffortProblemCode.BAD_TRACK)):
            try:
                numbers[field] = number_of(values.get(field, ""), allowed)
            except LookupError:
                numbers[field] = None
            except ValueError:
                problem(code, values[field])
        key = name.casefold()
        if name and key in seen:
            problem(EffortProblemCode.DUPLICATE, name)
        if found:
            problems.extend(found)
            continue
        seen.add(key)
        drafts.append(EffortDraft(
            row_number=number, name=name, theme=values.get("theme", ""), level=level or "",
            owner=values.get("owner", ""), partners=values.get("partners", ""), funding=values.get("funding", ""),
            target_group=values.get("target_group", ""), aim=values.get("aim", ""), period=values.get("period", ""),
            status=status or "", eccar_point=numbers["eccar_point"], track=numbers["track"],
        ))
    return EffortPreview(str(Path(path)), read.kind, read.encoding, read.delimiter, mapping, ignored,
                         tuple(drafts), tuple(problems))
