"""Read a department's filled form of a reporting round (written by
``export/followup_forms.py``) into a :class:`FilledForm`: who it is for (process key, round,
department, from its hidden sheet) and, per row, the status, note, indicator value and new
deadline the department gave.

Read in a child process (``importers/list_process.ListInChild`` with ``read_followup_form``)
so a hostile file cannot hang or take the window's memory. Before openpyxl opens it, the
zip's directory is checked (a zip bomb is refused unopened). A cell with a formula, a text
with control or direction characters, or one longer than its field may hold is a problem
naming its row; a file that is not one of our forms, or cannot be read at all, a problem of
the whole file. Reading never changes the file.

Pure Python, no Qt.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..domain.reporting_round import (
    COLUMNS,
    FIRST_ROW,
    FORM_MARK,
    FORM_SHEET,
    FORM_VERSION,
    ID_SHEET,
    INPUT_COLUMNS,
    MAX_FORM_COLUMNS,
    MAX_FORM_ROWS,
    NOTE_LIMIT,
    ROUND_NAME_LIMIT,
    VALUE_LIMIT,
    FilledForm,
    FilledRow,
    FormProblem,
    Problem,
    clean_round_name,
    column_number,
    has_control_characters,
)
from .registration_list import _cell_text as cell_text  # a cell as the list reader reads it
from .zip_guard import MB, ArchiveRefused, ZipLimits, check_zip_file

#: A department's form is small; these limits leave room and refuse a bomb.
FORM_LIMITS = ZipLimits(
    max_file_bytes=10 * MB,
    max_entries=200,
    max_total_bytes=60 * MB,
    max_entry_bytes=30 * MB,
    max_ratio=100,
    part_limits={"xl/sharedStrings.xml": 20 * MB},
)

#: The most characters a cell of the department's columns may hold.
LIMITS = {"new_status": 100, "note": NOTE_LIMIT, "value": VALUE_LIMIT, "new_deadline": 100}


class FormError(Exception):
    """The file as a whole cannot be read as a form: ``code`` (a Problem) and a detail."""

    def __init__(self, code: Problem, detail: str = ""):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


def _is_formula(cell, typed: bool = True) -> bool:
    """A formula cell, or (``typed``: a cell the department typed into) text that starts with
    "=" as a formula does. The columns the app filled may show a title starting with "="."""
    return getattr(cell, "data_type", None) == "f" or (
        typed and isinstance(cell.value, str) and cell.value.lstrip().startswith("="))


def read_followup_form(path: str | os.PathLike, progress=None) -> FilledForm:
    """The form at ``path``; its problems are in ``FilledForm.problems`` (row 0: the whole
    file). Never raises for a bad file."""
    name = Path(path).name
    try:
        return _read(Path(path), name)
    except FormError as error:
        return FilledForm(name, problems=(FormProblem(name, 0, error.code, error.detail),))


def _open(path: Path):
    from openpyxl import load_workbook

    try:
        check_zip_file(path, FORM_LIMITS)
    except ArchiveRefused as refused:
        raise FormError(Problem.UNREADABLE if refused.code == "not_zip" else Problem.TOO_LARGE,
                        refused.code) from None
    except OSError as error:
        raise FormError(Problem.UNREADABLE, str(error)) from None
    try:
        return load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as error:  # BadZipFile, KeyError, InvalidFileException, XML errors...
        raise FormError(Problem.UNREADABLE, type(error).__name__) from None


def _rows(sheet, max_rows: int):
    """The sheet's rows as cells, at most ``max_rows`` and MAX_FORM_COLUMNS wide."""
    sheet.reset_dimensions()
    for number, row in enumerate(sheet.iter_rows(max_col=MAX_FORM_COLUMNS), start=1):
        if number > max_rows:
            raise FormError(Problem.TOO_LARGE, f"{max_rows} rows")
        yield number, row


def _read(path: Path, name: str) -> FilledForm:
    book = _open(path)
    try:
        if ID_SHEET not in book.sheetnames or FORM_SHEET not in book.sheetnames:
            raise FormError(Problem.NOT_A_FORM)
        ident = _identification(book[ID_SHEET])
        rows, problems = _filled_rows(book[FORM_SHEET], name, ident)
    except FormError:
        raise
    except Exception as error:  # a broken part met while reading
        raise FormError(Problem.UNREADABLE, type(error).__name__) from None
    finally:
        book.close()
    return FilledForm(name, ident["process"], ident["round"], ident["department"], tuple(rows), tuple(problems))


def _identification(sheet) -> dict:
    found: dict = {"statuses": {}, "measures": {}, "process": "", "round": "", "department": ""}
    for number, row in _rows(sheet, MAX_FORM_ROWS + 50):
        values = [cell_text(cell.value) for cell in row]
        if any(_is_formula(cell) for cell in row) or any(has_control_characters(v) or len(v) > ROUND_NAME_LIMIT
                                                          for v in values):
            raise FormError(Problem.NOT_A_FORM)
        values += ["", "", ""]
        key = values[0]
        if number == 1:
            if key != FORM_MARK:
                raise FormError(Problem.NOT_A_FORM)
            if values[1] != str(FORM_VERSION):
                raise FormError(Problem.NEWER_FORM, values[1])
        elif key == "status":
            found["statuses"][values[1].strip().casefold()] = values[2]
            found["statuses"][values[2].strip().casefold()] = values[2]
        elif key in ("process", "round", "department"):
            found[key] = clean_round_name(values[1])
        elif key == "measure" and values[1].isdigit() and values[2].isdigit():
            found["measures"][int(values[1])] = int(values[2])
    if not found["process"] or not found["statuses"]:
        raise FormError(Problem.NOT_A_FORM)
    return found


def _filled_rows(sheet, name: str, ident: dict) -> tuple[list[FilledRow], list[FormProblem]]:
    rows: list[FilledRow] = []
    problems: list[FormProblem] = []
    expected: dict[int, int] = ident["measures"]
    for number, cells in _rows(sheet, MAX_FORM_ROWS + FIRST_ROW):
        if number < FIRST_ROW:
            continue
        by_name = {n: cells[column_number(n) - 1] if column_number(n) <= len(cells) else None for n in COLUMNS}
        present = {n: c for n, c in by_name.items() if c is not None and c.value not in (None, "")}
        if not present:
            continue
        formula = next((n for n, c in present.items() if _is_formula(c, n in INPUT_COLUMNS)), None)
        if formula is not None:
            problems.append(FormProblem(name, number, Problem.FORMULA, str(present[formula].value)[:80]))
            continue
        text = {n: cell_text(c.value) for n, c in present.items()}
        hostile = next((n for n, t in text.items() if has_control_characters(t)), None)
        if hostile is not None:
            problems.append(FormProblem(name, number, Problem.CONTROL_CHARACTERS, hostile))
            continue
        overlong = next((n for n, t in text.items() if len(t) > LIMITS.get(n, VALUE_LIMIT)), None)
        if overlong is not None:
            problems.append(FormProblem(name, number, Problem.TOO_LONG, overlong))
            continue
        given = text.get("measure_id", "").strip()
        measure_id = expected.get(number)
        if measure_id is None:
            if any(n in text for n in ("new_status", "note", "value", "new_deadline")):
                problems.append(FormProblem(name, number, Problem.UNKNOWN_MEASURE, given))
            continue
        if given != str(measure_id):
            problems.append(FormProblem(name, number, Problem.EDITED_ID, given))
            continue
        status_text = text.get("new_status", "").strip()
        status = ""
        if status_text:
            status = ident["statuses"].get(status_text.casefold(), "")
            if not status:
                problems.append(FormProblem(name, number, Problem.INVALID_STATUS, status_text[:80]))
                continue
        deadline = text.get("new_deadline", "").strip()
        rows.append(FilledRow(number, measure_id, status, text.get("note", "").strip(),
                              text.get("value", "").strip(), deadline))
    return rows, problems
