"""A department's official filling in a follow-up form, as the tests of the forms do it."""

from __future__ import annotations

from openpyxl import load_workbook

from facilitator.domain.reporting_round import FIRST_ROW, column_number


def fill(path, row: int = FIRST_ROW, **cells):
    """Opens the form, types ``cells`` (column name → value) into ``row``, saves it; returns
    that row's first cell (the measure's number)."""
    book = load_workbook(path)
    sheet = book["Uppföljning"]
    for name, value in cells.items():
        sheet.cell(row, column_number(name)).value = value
    book.save(path)
    return sheet.cell(row, 1).value
