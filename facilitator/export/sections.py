"""Pieces both Word documents print: a measure's fields, the risk table, and the names of
rounds and tables."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain import vocabulary as v
from .docx_base import DocxWriter, Quiet
from .labels import Framework, field_label, measure_value, missing, vocabulary
from .report_data import MeasureEntry, Risk
from .wordml import Typed


def round_name(number) -> str:
    return QCoreApplication.translate("Export", "Round %1").replace("%1", str(number))


def table_name(name: str) -> str:
    return QCoreApplication.translate("Export", "Table %1").replace("%1", name)


def measure_fields(entry: MeasureEntry, framework: Framework, meetings: dict, names, required=()) -> list:
    """(label, value) rows of one measure. A field in ``required`` is printed as "missing"
    when it is empty (a due date only when there is no time frame either); other empty fields
    are left out."""
    measure = entry.measure
    rows = []
    for name in names:
        value = measure_value(measure, name, framework, meetings)
        if name == "time_frame" and measure.due_date and "due_date" not in names:
            due = QCoreApplication.translate("Export", "due %1").replace("%1", measure.due_date)
            value = Typed(f"{value}, {due}") if value else due
        if name == "status" and entry.history:
            value = [(value, "")] + [
                Quiet(f"{change.date} {vocabulary(v.MEASURE_STATUS_LABELS, change.status)}"
                      + (f": {change.note}" if change.note.strip() else ""))
                for change in entry.history
            ]
        if not value and name in required:
            if name == "due_date" and measure.time_frame:
                continue  # a time frame is enough
            value = missing()
        if value:
            rows.append((field_label(name), value))
    return rows


def risks_table(writer: DocxWriter, risks: list[Risk], empty: str, with_meeting: bool = False) -> None:
    """The toolkit's two columns: "Risker, utmaningar | Åtgärder för att minimera riskerna"."""
    if not risks:
        writer.note(empty)
        return
    rows = []
    for risk in risks:
        where = [table_name(risk.table)] if risk.table else []
        if risk.round:
            where.append(round_name(risk.round))
        if with_meeting and risk.meeting:
            where.insert(0, risk.meeting)
        risk_cell = [Typed(risk.text)] + ([Quiet(", ".join(where))] if where else [])
        mitigations = [Typed(f"•\u00a0{text}") for text in risk.mitigations] or [
            QCoreApplication.translate("Export", "No mitigation proposed yet.")]
        rows.append([risk_cell, mitigations])
    headers = [QCoreApplication.translate("Export", "Risks, challenges"),
               QCoreApplication.translate("Export", "Measures to reduce the risks")]
    writer.table(headers, rows, widths=(1, 1), keep_rows=True)
