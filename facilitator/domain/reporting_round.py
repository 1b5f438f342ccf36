"""A reporting round with the departments (DOMAIN.md: "departments 2–4 times a year"): one
form per department with its measures, filled in by the department and read back.

Here are the rules, as plain data: which measures a department's form holds, the round's
default name, a file name every system accepts, and what a filled form changes
(``plan_round``): for each row the status, note, indicator value and deadline it gives,
checked against the measure as it is now. A change already recorded for the same round and
department, or equal to what the measure already says, is not made twice.

Departments are never ranked or compared: nothing here counts per department.
Everything returns codes, never sentences: the window and the command line word them.
No Qt, no SQL.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from . import limits
from .entities import Measure, MeasureStatusChange
from .measures import OPEN_STATUSES, STATUS_ORDER, check_status_change, parse_iso_date

#: What the form's hidden sheet starts with, and the version of its layout.
FORM_MARK = "facilitator-followup-form"
FORM_VERSION = 1

#: The form's layout, shared by the writer (export/followup_forms.py) and the reader
#: (importers/followup_form.py): the sheet the department fills in, its columns in order
#: (the last four are the department's), the row of the headings, and the hidden sheet that
#: says which process, round and department the form is for and which measure each row is.
FORM_SHEET = "Uppföljning"
ID_SHEET = "formular"
HEADER_ROW = 4
FIRST_ROW = HEADER_ROW + 1
COLUMNS = ("measure_id", "title", "owner", "status", "deadline", "indicators", "baseline", "target",
           "result", "new_status", "note", "value", "new_deadline")
INPUT_COLUMNS = ("new_status", "note", "value", "new_deadline")
#: The most rows and columns the reader looks at (a department has tens of measures).
MAX_FORM_ROWS = 5_000
MAX_FORM_COLUMNS = 40


def column_number(name: str) -> int:
    """1-based, as spreadsheets count."""
    return COLUMNS.index(name) + 1


#: The longest round name and the most characters of a note and an indicator value.
ROUND_NAME_LIMIT = limits.limit("measure_status_change", "round")
NOTE_LIMIT = limits.limit("measure_status_change", "note")
VALUE_LIMIT = min(limits.limit("measure_status_change", "indicator_value"), limits.limit("measure", "result"))


def clean_round_name(text: str) -> str:
    return " ".join(str(text or "").split())[:ROUND_NAME_LIMIT]


# -- which measures, which files ----------------------------------------------------------------


def department_key(name: str) -> str:
    """Two spellings of one department ("Kultur- och fritid", " kultur- och fritid ") are one."""
    return " ".join(name.split()).casefold()


def measures_by_department(measures: Iterable[Measure]) -> dict[str, list[Measure]]:
    """The open measures that name a department, per department (its first spelling), each
    department's in the order given. Measures without a department are in no form."""
    found: dict[str, list[Measure]] = {}
    names: dict[str, str] = {}
    for measure in measures:
        name = " ".join(measure.department.split())
        if not name or measure.status not in OPEN_STATUSES:
            continue
        key = department_key(name)
        found.setdefault(names.setdefault(key, name), []).append(measure)
    return found


_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
FILE_NAME_LENGTH = 100


def safe_file_stem(text: str, fallback: str = "formular") -> str:
    """A file name without its suffix that Windows, macOS and Linux all accept: no path or
    reserved characters, no direction controls, not a reserved device name, no trailing
    dot or space, at most FILE_NAME_LENGTH characters."""
    text = unicodedata.normalize("NFC", str(text or ""))
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    text = _NOT_IN_NAMES.sub(" ", text)
    text = " ".join(text.split()).strip(" .")
    text = text[:FILE_NAME_LENGTH].rstrip(" .")
    if not text:
        text = fallback
    if _RESERVED.match(text):
        text = "_" + text
    return text


def unique_file_names(stems: Sequence[str], suffix: str) -> list[str]:
    """The stems as file names, made unique ignoring case (Windows and macOS do)."""
    seen: set[str] = set()
    names = []
    for stem in stems:
        name, number = stem + suffix, 2
        while name.casefold() in seen:
            name = f"{stem} ({number}){suffix}"
            number += 1
        seen.add(name.casefold())
        names.append(name)
    return names


# -- what a filled form holds -----------------------------------------------------------------------


class Problem(StrEnum):
    """Why a form, or a row of it, is not read in."""

    UNREADABLE = "unreadable"  # not a workbook, broken, or openpyxl failed on it
    TOO_LARGE = "too_large"  # over the size limits (a zip bomb is one)
    NOT_A_FORM = "not_a_form"  # no hidden identification: not one of our forms
    NEWER_FORM = "newer_form"  # a layout this version does not know
    OTHER_PROCESS = "other_process"  # made from another process file
    FORMULA = "formula"  # a cell holds a formula
    CONTROL_CHARACTERS = "control_characters"  # invisible control or direction characters
    TOO_LONG = "too_long"
    UNKNOWN_MEASURE = "unknown_measure"  # no such measure in this process
    EDITED_ID = "edited_id"  # the row's measure number is not the one the form was made with
    INVALID_STATUS = "invalid_status"
    STATUS_NOT_ALLOWED = "status_not_allowed"  # not a move the status machine allows
    MISSING_FIELDS = "missing_fields"  # the new status needs an owner, department or deadline
    NOT_A_DATE = "not_a_date"
    CONFLICT = "conflict"  # two forms give one measure different changes


@dataclass(frozen=True)
class FormProblem:
    """``row`` is the row of the sheet (0: the file as a whole); ``detail`` a value to show."""

    file: str
    row: int
    code: Problem
    detail: str = ""


@dataclass(frozen=True)
class FilledRow:
    """One row of a filled form as read, cells as text ("" when blank). ``deadline`` is an
    ISO date when the cell held a date."""

    row: int
    measure_id: int
    status: str = ""  # the status code, mapped from the form's own list of labels
    note: str = ""
    value: str = ""
    deadline: str = ""

    @property
    def is_blank(self) -> bool:
        return not (self.status or self.note or self.value or self.deadline)


@dataclass(frozen=True)
class FilledForm:
    """A department's form as read from its file: who it is from and its rows, or the
    problems that keep it (or some rows) from being read."""

    file: str
    process_key: str = ""
    round: str = ""
    department: str = ""
    rows: tuple[FilledRow, ...] = ()
    problems: tuple[FormProblem, ...] = ()


#: Characters that change the direction of the text around them, so a text could show
#: something other than it says.
DIRECTION_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def has_control_characters(text: str) -> bool:
    """Control characters other than line breaks and tabs, direction controls, or lone
    surrogates and unassigned code points."""
    for char in text:
        if char in "\n\r\t":
            continue
        if char in DIRECTION_CONTROLS or unicodedata.category(char) in ("Cc", "Cs", "Cn"):
            return True
    return False


# -- what a round changes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundChange:
    """What one row of a form changes on one measure, or would have changed (``already``:
    the same change is recorded for this round and department, or the measure already is so)."""

    file: str
    row: int
    measure_id: int
    title: str
    round: str
    department: str
    previous_status: str
    status: str
    note: str = ""
    previous_value: str = ""
    value: str | None = None  # None: not given
    previous_deadline: str = ""
    deadline: str | None = None
    already: bool = False

    @property
    def edits(self) -> dict:
        edits: dict = {}
        if self.value is not None and self.value != self.previous_value:
            edits["result"] = self.value
        if self.deadline is not None and self.deadline != self.previous_deadline:
            edits["due_date"] = self.deadline
        return edits


@dataclass(frozen=True)
class RoundPlan:
    changes: tuple[RoundChange, ...] = ()
    problems: tuple[FormProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def to_apply(self) -> tuple[RoundChange, ...]:
        return tuple(c for c in self.changes if not c.already)

    @property
    def already(self) -> tuple[RoundChange, ...]:
        return tuple(c for c in self.changes if c.already)


def _recorded(history: Sequence[MeasureStatusChange], change: RoundChange) -> bool:
    """The same report of this round and department is in the measure's history."""
    for entry in history:
        if (entry.round == change.round and department_key(entry.department) == department_key(change.department)
                and entry.status == change.status and entry.note == change.note
                and entry.indicator_value == (change.value or "")):
            return True
    return False


def plan_round(
    measures: Mapping[int, Measure],
    history: Mapping[int, Sequence[MeasureStatusChange]],
    forms: Sequence[FilledForm],
    process_key: str,
) -> RoundPlan:
    """What the filled ``forms`` change, checked against the ``measures`` as they are now
    (with their status ``history``). Nothing is applied when any problem is found."""
    problems: list[FormProblem] = []
    changes: list[RoundChange] = []
    by_measure: dict[int, RoundChange] = {}
    for form in forms:
        problems += form.problems
        if form.problems and any(p.row == 0 for p in form.problems):
            continue
        if form.process_key != process_key:
            problems.append(FormProblem(form.file, 0, Problem.OTHER_PROCESS))
            continue
        for row in form.rows:
            if row.is_blank:
                continue
            measure = measures.get(row.measure_id)
            if measure is None:
                problems.append(FormProblem(form.file, row.row, Problem.UNKNOWN_MEASURE, str(row.measure_id)))
                continue
            status = row.status or measure.status
            value = row.value if row.value else None
            deadline = row.deadline if row.deadline else None
            if deadline is not None and parse_iso_date(deadline) is None:
                problems.append(FormProblem(form.file, row.row, Problem.NOT_A_DATE, deadline))
                continue
            change = RoundChange(
                form.file, row.row, row.measure_id, measure.title, form.round, form.department,
                measure.status, status, row.note, measure.result, value, measure.due_date, deadline)
            nothing_new = status == measure.status and not row.note and not change.edits
            if nothing_new or _recorded(history.get(row.measure_id, ()), change):
                change = _with_already(change)
            else:
                check = check_status_change(measure, status, edits=change.edits)
                if not check.allowed:
                    code = Problem.MISSING_FIELDS if check.missing else Problem.STATUS_NOT_ALLOWED
                    problems.append(FormProblem(form.file, row.row, code, ", ".join(check.missing) or status))
                    continue
            earlier = by_measure.get(row.measure_id)
            if earlier is not None and not (earlier.already or change.already) and _same(earlier, change):
                change = _with_already(change)
            elif earlier is not None and not (earlier.already or change.already):
                problems.append(FormProblem(form.file, row.row, Problem.CONFLICT, earlier.file))
                continue
            by_measure.setdefault(row.measure_id, change)
            changes.append(change)
    return RoundPlan(tuple(changes), tuple(problems))


def _same(one: RoundChange, other: RoundChange) -> bool:
    return (one.status, one.note, one.value, one.deadline) == (other.status, other.note, other.value, other.deadline)


def _with_already(change: RoundChange) -> RoundChange:
    from dataclasses import replace

    return replace(change, already=True)


@dataclass(frozen=True)
class FormContent:
    """What one department's form shows: the round, the department and its measures."""

    process_key: str
    process_title: str
    round: str
    department: str
    measures: tuple[Measure, ...] = ()
    statuses: tuple[str, ...] = field(default=STATUS_ORDER)
    numbers: Mapping[int, str] = field(default_factory=dict)  # the measures' numbers in the plan ("3.2")
