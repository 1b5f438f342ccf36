"""The forms of a reporting round: one ``.xlsx`` per department, which the department fills in
and sends back (read again by ``importers/followup_form.py``).

A form shows the department's open measures as they stand (status, deadline, indicators,
baseline, target, the latest value) and has four columns for the department: the new
status (a list of the valid statuses only), a note, the indicator's value now and a new
deadline. Everything else is locked (sheet protection, only the four columns are open).
A very hidden, locked sheet says which process, round and department the form is for and
which measure each row is, so a form of another process, or a row whose number was
edited, is recognised when it comes back. Printable: A4 landscape, fitted to the page's
width, the headings repeated on every page.

openpyxl is imported only when a form is written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain import vocabulary as v
from ..domain.entities import Measure
from ..domain.measures import STATUS_ORDER
from ..domain.reporting_round import (
    COLUMNS,
    FIRST_ROW,
    FORM_MARK,
    FORM_SHEET,
    FORM_VERSION,
    HEADER_ROW,
    ID_SHEET,
    INPUT_COLUMNS,
    FormContent,
    column_number,
    measures_by_department,
    safe_file_stem,
    unique_file_names,
)
from ..storage import files
from ..storage import follow_up_rhythm as rhythm_repo
from ..storage import measures_repo as repo

#: Column widths in characters, by column.
WIDTHS = {"measure_id": 5, "title": 30, "owner": 14, "status": 10, "deadline": 11, "indicators": 24,
          "baseline": 13, "target": 13, "result": 12, "new_status": 12, "note": 32, "value": 14,
          "new_deadline": 12}
#: The height of one line of text in points, and the least lines a row has (room to write
#: by hand on a printed form).
LINE_HEIGHT = 15
MIN_LINES = 3


def lines_needed(text: str, width: int) -> int:
    """About how many lines ``text`` wraps to in a column ``width`` characters wide
    (spreadsheets do not size wrapped rows themselves when the file says nothing)."""
    per_line = max(int(width * 0.8) - 1, 1)  # words wrap before the edge
    return sum(max(1, -(-len(part) // per_line)) for part in str(text).split("\n"))



def headings() -> dict[str, str]:
    return {
        "measure_id": QCoreApplication.translate("FollowUpForm", "ID"),
        "title": QCoreApplication.translate("FollowUpForm", "Measure (its number in the plan)"),
        "owner": QCoreApplication.translate("FollowUpForm", "Responsible"),
        "status": QCoreApplication.translate("FollowUpForm", "Status now"),
        "deadline": QCoreApplication.translate("FollowUpForm", "Due now"),
        "indicators": QCoreApplication.translate("FollowUpForm", "Indicators"),
        "baseline": QCoreApplication.translate("FollowUpForm", "Baseline"),
        "target": QCoreApplication.translate("FollowUpForm", "Target"),
        "result": QCoreApplication.translate("FollowUpForm", "Latest value"),
        "new_status": QCoreApplication.translate("FollowUpForm", "New status"),
        "note": QCoreApplication.translate("FollowUpForm", "What has been done? (note)"),
        "value": QCoreApplication.translate("FollowUpForm", "Indicator value now"),
        "new_deadline": QCoreApplication.translate("FollowUpForm", "New due date (YYYY-MM-DD)"),
    }


def status_label(status: str) -> str:
    return QCoreApplication.translate("Vocabulary", v.MEASURE_STATUS_LABELS.get(status, status))


def form_contents(store, round_name: str) -> list[FormContent]:
    """One form per department that has open measures, in the plan's order."""
    from .report_data import number_measures

    process = store.process()
    title = process.plan_title or process.title
    measures = repo.list_measures(store)
    numbers = number_measures(measures)
    return [FormContent(rhythm_repo.process_key(process), title, round_name, department, tuple(measures), numbers=numbers)
            for department, measures in measures_by_department(measures).items()]


def write_followup_forms(store, folder: str | os.PathLike, round_name: str, *,
                         on: date | None = None, cancelled: Callable[[], bool] = lambda: False,
                         progress: Callable[[int, int], None] = lambda done, total: None) -> list[Path]:
    """Writes the round's forms into ``folder`` (made if missing) and returns their paths.
    Each file is written whole beside its place and then moved there, so a form open in
    Excel stays as it was if it cannot be replaced (PermissionError)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    contents = form_contents(store, round_name)
    stems = [safe_file_stem(QCoreApplication.translate("FollowUpForm", "%1 – %2").replace("%1", round_name).replace("%2", c.department))
             for c in contents]
    written = []
    for number, (content, name) in enumerate(zip(contents, unique_file_names(stems, ".xlsx"), strict=True)):
        if cancelled():
            break
        target = folder / name
        handle, partial = tempfile.mkstemp(prefix=".partial-", suffix=".xlsx", dir=folder)
        os.close(handle)
        try:
            write_form(content, partial, on=on)
            files.replace(partial, target)
        except BaseException:
            files.remove_quietly(partial)
            raise
        written.append(target)
        progress(number + 1, len(contents))
    return written


def write_form(content: FormContent, path: str | os.PathLike, *, on: date | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    on = on or date.today()
    book = Workbook()
    sheet = book.active
    sheet.title = FORM_SHEET
    names = headings()
    last = get_column_letter(len(COLUMNS))
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(name="Calibri", bold=True)
    # Soft, printable tints: the department's columns stand out from what is only shown.
    input_fill = PatternFill("solid", fgColor="FFF6D5")
    header_fill = PatternFill("solid", fgColor="DCE6F0")

    _put(sheet, 1, 1, QCoreApplication.translate("FollowUpForm", "%1 – %2").replace("%1", content.round).replace(
        "%2", content.department)).font = Font(name="Calibri", bold=True, size=14)
    _put(sheet, 2, 1, QCoreApplication.translate("FollowUpForm", "%1 · Responsible department: %2").replace("%1", content.process_title).replace(
        "%2", content.department))
    sheet["A3"] = QCoreApplication.translate("FollowUpForm", "Fill in the yellow columns for the measures that have changed and leave the other rows "
                      "blank. Choose the status from the list. Do not change the other columns, and send the "
                      "file back as it is (.xlsx).")
    for cell in ("A1", "A2", "A3"):
        sheet.merge_cells(f"{cell}:{last}{cell[1:]}")
        sheet[cell].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[1].height = 22
    sheet.row_dimensions[2].height = LINE_HEIGHT + 2
    sheet.row_dimensions[3].height = 2 * LINE_HEIGHT + 4

    for name in COLUMNS:
        column = column_number(name)
        cell = sheet.cell(HEADER_ROW, column, names[name])
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
        cell.fill = input_fill if name in INPUT_COLUMNS else header_fill
        sheet.column_dimensions[get_column_letter(column)].width = WIDTHS[name]
    sheet.row_dimensions[HEADER_ROW].height = 4 * LINE_HEIGHT

    # The labels offered in the status column's list (which cannot hold a comma or a quote).
    statuses = [status_label(s).replace(",", " ").replace('"', "") for s in STATUS_ORDER]
    for offset, measure in enumerate(content.measures):
        row = FIRST_ROW + offset
        lines = MIN_LINES
        for name, value in _shown(measure, content.numbers.get(measure.id or 0, "")).items():
            _put(sheet, row, column_number(name), value).alignment = wrap
            lines = max(lines, lines_needed(value if value is not None else "", WIDTHS[name]))
        sheet.row_dimensions[row].height = LINE_HEIGHT * min(lines, 20)
        for name in INPUT_COLUMNS:
            cell = sheet.cell(row, column_number(name))
            cell.protection = Protection(locked=False)
            cell.fill = input_fill
            cell.alignment = wrap
            if name == "new_deadline":
                cell.number_format = "yyyy-mm-dd"
            else:
                cell.number_format = "@"  # text: a typed "=" stays text in most programs
    end = FIRST_ROW + max(len(content.measures), 1) - 1

    # The status column offers only the valid statuses.
    listed = ",".join(statuses)
    choice = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True,
                            showErrorMessage=True, showDropDown=False)
    choice.error = QCoreApplication.translate("FollowUpForm", "Choose one of the statuses in the list.")
    choice.errorTitle = QCoreApplication.translate("FollowUpForm", "Status")
    choice.prompt = QCoreApplication.translate("FollowUpForm", "Choose the measure's status now, or leave blank if it has not changed.")
    choice.promptTitle = QCoreApplication.translate("FollowUpForm", "New status")
    new_status = get_column_letter(column_number("new_status"))
    choice.add(f"{new_status}{FIRST_ROW}:{new_status}{end}")
    sheet.add_data_validation(choice)
    dates = DataValidation(type="date", operator="greaterThan", formula1="36526", allow_blank=True,
                           showErrorMessage=True)
    dates.error = QCoreApplication.translate("FollowUpForm", "Write a date as YYYY-MM-DD, for example 2027-06-30.")
    dates.errorTitle = QCoreApplication.translate("FollowUpForm", "New due date")
    new_deadline = get_column_letter(column_number("new_deadline"))
    dates.add(f"{new_deadline}{FIRST_ROW}:{new_deadline}{end}")
    sheet.add_data_validation(dates)

    sheet.freeze_panes = sheet.cell(FIRST_ROW, column_number("title") + 1)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.center.text = QCoreApplication.translate("FollowUpForm", "Page &P of &N")
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # widths may still be changed
    sheet.protection.formatRows = False

    ident = book.create_sheet(ID_SHEET)
    rows = [[FORM_MARK, FORM_VERSION]]
    rows += [["status", label, str(status)] for status, label in zip(STATUS_ORDER, statuses, strict=True)]
    rows += [["process", content.process_key], ["round", content.round], ["department", content.department],
             ["made", on.isoformat()]]
    rows += [["measure", FIRST_ROW + offset, measure.id] for offset, measure in enumerate(content.measures)]
    for number, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            _put(ident, number, column, value)
    ident.protection.sheet = True
    ident.sheet_state = "veryHidden"
    book.security.lockStructure = True
    book.active = 0
    book.save(path)


def _text(value):
    """A value as a cell keeps it: text without the characters XML cannot hold."""
    if not isinstance(value, str):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value)


def _put(sheet, row: int, column: int, value):
    """A cell with ``value`` as a value, never a formula (a measure titled "=…" stays text)."""
    cell = sheet.cell(row, column)
    cell.value = _text(value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def _shown(measure: Measure, number: str = "") -> dict:
    return {
        "measure_id": measure.id,
        "title": f"{number} {measure.title}" if number else measure.title,
        "owner": measure.owner,
        "status": status_label(measure.status),
        "deadline": measure.due_date or measure.time_frame,
        "indicators": measure.indicators,
        "baseline": measure.baseline,
        "target": measure.target,
        "result": measure.result,
    }
