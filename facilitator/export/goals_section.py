"""The catalogue's chapter on goals: each goal with its indicator, baseline, target value and
date, where it came from (a self-assessment's key factor), and the measures that work
towards it; then the two gaps seed 002 warns of (002 L793-798): goals that no measure works
towards, and measures that work towards no goal.

``gather_goals`` reads the read model from the file; ``write_goals_section`` writes it with
the catalogue's writer, so the plan document calls it with one line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain import vocabulary as v
from ..domain.entities import Goal
from ..domain.goals import has_source
from .docx_base import DocxWriter, Quiet, format_date
from .goals_data import GoalsData
from .labels import vocabulary


def source_text(goal: Goal) -> str:
    """"Self-assessment (integrating_cities), key factor 07, rated partly" for a goal from a gap."""
    if not has_source(goal):
        return ""
    ratings = {"partly": QCoreApplication.translate("GoalsSection", "partly true"), "not_true": QCoreApplication.translate("GoalsSection", "not true"), "not_yet": QCoreApplication.translate("GoalsSection", "not true")}
    text = QCoreApplication.translate("GoalsSection", "Self-assessment, key factor %1").replace("%1", goal.source_key_factor or "–")
    if goal.source_framework == "integrating_cities":
        text = QCoreApplication.translate("GoalsSection", "Integrating Cities self-assessment, key factor %1").replace("%1", goal.source_key_factor or "–")
    if goal.source_rating:
        text += ", " + QCoreApplication.translate("GoalsSection", "rated %1").replace("%1", ratings.get(goal.source_rating, goal.source_rating))
    return text


def write_goals_section(writer: DocxWriter, data: GoalsData) -> None:
    writer.heading(QCoreApplication.translate("GoalsSection", "Goals and the measures that work towards them"), 1)
    writer.paragraph(QCoreApplication.translate("GoalsSection", 
        "Each goal with how it is measured and the measures that work towards it. Goals without a measure and "
        "measures without a goal are listed at the end: they show where the plan's goals and its work have not "
        "yet met."))
    if not data.goals:
        writer.note(QCoreApplication.translate("GoalsSection", "No goals have been set yet."))
    for entry in data.goals:
        goal = entry.goal
        writer.heading(goal.title, 2)
        rows: list[tuple[str, object]] = []
        if goal.description.strip():
            rows.append((QCoreApplication.translate("GoalsSection", "Description"), goal.description))
        rows += [
            (QCoreApplication.translate("GoalsSection", "Indicator"), goal.indicator or Quiet(QCoreApplication.translate("GoalsSection", "Not set"))),
            (QCoreApplication.translate("GoalsSection", "Baseline"), goal.baseline or Quiet(QCoreApplication.translate("GoalsSection", "Not set"))),
            (QCoreApplication.translate("GoalsSection", "Target value"), goal.target_value or Quiet(QCoreApplication.translate("GoalsSection", "Not set"))),
            (QCoreApplication.translate("GoalsSection", "Target date"), format_date(goal.target_date) if goal.target_date else Quiet(QCoreApplication.translate("GoalsSection", "Not set"))),
        ]
        source = source_text(goal)
        if source:
            rows.append((QCoreApplication.translate("GoalsSection", "Comes from"), source))
        measures = [f"{number} {measure.title}".strip() + f" ({vocabulary(v.MEASURE_STATUS_LABELS, measure.status)})"
                    for number, measure in entry.measures]
        rows.append((QCoreApplication.translate("GoalsSection", "Measures"), measures or Quiet(QCoreApplication.translate("GoalsSection", "No measure works towards this goal yet."))))
        writer.field_table(rows, label_width=0.25, keep_together=True)
    writer.heading(QCoreApplication.translate("GoalsSection", "Where goals and measures do not yet meet"), 2)
    without = [entry.goal.title for entry in data.goals if not entry.measures]
    if without:
        writer.paragraph(QCoreApplication.translate("GoalsSection", "Goals without a measure:"), bold=True)
        for title in without:
            writer.bullet(title)
    if data.measures_without_goal:
        writer.paragraph(QCoreApplication.translate("GoalsSection", "Measures without a goal:"), bold=True)
        for number, measure in data.measures_without_goal:
            writer.bullet(measure.title, lead=number)
    if not without and not data.measures_without_goal:
        writer.paragraph(QCoreApplication.translate("GoalsSection", "Every goal has a measure and every measure works towards a goal."))
