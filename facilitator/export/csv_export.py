"""Spreadsheets of the measures and of the contributions that open correctly in Swedish Excel:
UTF-8 with a byte order mark, semicolons, CRLF line ends, every field quoted when needed.

Text that Excel would take for a formula (starting with = + - @, a tab or a carriage return)
gets a leading apostrophe, so a cell typed by anyone can never run as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain import vocabulary as v
from .docx_base import clean_text, write_atomically
from .labels import MEASURE_FIELDS, Framework, field_label, measure_value, vocabulary
from .report_data import ContributionRow, MeasureEntry

# What a formula can start with in Excel or LibreOffice (also the full-width forms, and the
# line break a carriage return becomes).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value) -> str:
    """A cell's text that Excel shows as text: never a formula, no control characters."""
    if value is None:
        return ""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, (int, float)):
        return str(value)
    text = clean_text(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_rows(path: Path, header: list[str], rows: Iterable[list]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return write_atomically(Path(path), buffer.getvalue().encode("utf-8-sig"))


def write_measures_csv(entries: list[MeasureEntry], meetings: dict, framework: tuple, path: Path) -> Path:
    labels = Framework(*framework)
    names = [name for name, _ in MEASURE_FIELDS]
    header = [QCoreApplication.translate("ExportCsv", "No.")]
    for name in names:
        if name == "eccar_point":
            header += [field_label(name), QCoreApplication.translate("ExportCsv", "ECCAR point (text)")]
        elif name == "track":
            header += [field_label(name), QCoreApplication.translate("ExportCsv", "Track (text)")]
        else:
            header.append(field_label(name))
    header += [QCoreApplication.translate("ExportCsv", "Status history"),
               QCoreApplication.translate("ExportCsv", "Sources"),
               QCoreApplication.translate("ExportCsv", "Id")]

    def row(entry: MeasureEntry) -> list:
        measure = entry.measure
        cells: list = [entry.number]
        for name in names:
            if name == "eccar_point":
                cells += [measure.eccar_point, labels.point(measure.eccar_point)]
            elif name == "track":
                cells += [measure.track, labels.track(measure.track)]
            else:
                cells.append(measure_value(measure, name, labels, meetings))
        history = "\n".join(f"{c.date} {vocabulary(v.MEASURE_STATUS_LABELS, c.status)}"
                            + (f": {c.note}" if c.note.strip() else "") for c in entry.history)
        sources = "\n".join(
            (QCoreApplication.translate("ExportCsv", "Theme: %1") if s.kind == "theme"
             else vocabulary(v.CONTRIBUTION_KIND_LABELS, s.kind) + ": %1").replace("%1", s.text)
            for s in entry.sources
        )
        return cells + [history, sources, measure.id]

    return write_rows(path, header, (row(entry) for entry in entries))


def write_contributions_csv(rows: list[ContributionRow], path: Path) -> Path:
    header = [
        QCoreApplication.translate("ExportCsv", "Meeting"),
        QCoreApplication.translate("ExportCsv", "Date"),
        QCoreApplication.translate("ExportCsv", "Round"),
        QCoreApplication.translate("ExportCsv", "Table"),
        QCoreApplication.translate("ExportCsv", "Question"),
        QCoreApplication.translate("ExportCsv", "Kind"),
        QCoreApplication.translate("ExportCsv", "Text"),
        QCoreApplication.translate("ExportCsv", "Measures to reduce the risk"),
        QCoreApplication.translate("ExportCsv", "Theme"),
        QCoreApplication.translate("ExportCsv", "Dots"),
        QCoreApplication.translate("ExportCsv", "Merged into"),
        QCoreApplication.translate("ExportCsv", "Id"),
    ]

    def cells(row: ContributionRow) -> list:
        c = row.contribution
        return [
            row.meeting.title if row.meeting else "",
            row.meeting.date if row.meeting else "",
            row.round,
            row.table,
            row.question,
            vocabulary(v.CONTRIBUTION_KIND_LABELS, c.kind),
            c.text,
            "\n".join(row.mitigations),
            row.theme,
            row.dots or "",
            c.merged_into_id,
            c.id,
        ]

    return write_rows(path, header, (cells(row) for row in rows))
