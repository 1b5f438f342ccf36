"""The chapters that make the catalogue a plan document: background and commission, how the
plan was made (from the meetings held, never names), follow-up and revision, and financing.

Departments are listed alphabetically and never ranked or compared.
"""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain import vocabulary as v
from .docx_base import DocxWriter, format_date
from .labels import field_label, missing, vocabulary
from .report_data import CatalogueData
from .wordml import Typed


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Catalogue", text, None, n)


def background(writer: DocxWriter, data: CatalogueData) -> None:
    process = data.process
    writer.heading(_tr("Background and commission"), 1)
    texts = [
        (_tr("Background"), process.background.strip() or process.description.strip()),
        (_tr("Commission"), process.commission.strip()),
        (_tr("Purpose"), process.purpose.strip()),
    ]
    if not any(text for _, text in texts):
        writer.note(_tr("No background, commission or purpose has been written for the plan yet."))
        return
    for title, text in texts:
        if text:
            writer.heading(title, 2)
            writer.paragraph(Typed(text))


def how_it_was_made(writer: DocxWriter, data: CatalogueData) -> None:
    writer.heading(_tr("How the plan was made"), 1)
    held = data.meetings_held
    if not held:
        writer.note(_tr("No meetings with a date have been recorded for this plan."))
    else:
        first, last = held[0].date, held[-1].date
        if first == last:
            opening = _tr("The plan was drawn up from %n meeting(s) held on %1.", len(held)).replace(
                "%1", format_date(first))
        else:
            opening = _tr("The plan was drawn up from %n meeting(s) held between %1 and %2.", len(held)).replace(
                "%1", format_date(first)).replace("%2", format_date(last))
        formats = Counter(meeting.format for meeting in held)
        kinds = ", ".join(f"{vocabulary(v.MEETING_FORMAT_LABELS, kind)} ({count})"
                          for kind, count in sorted(formats.items(), key=lambda item: (-item[1], item[0])))
        writer.paragraph(opening + " " + _tr("Meetings by format: %1.").replace("%1", kinds))
        people = sum(count for _, count in data.participants)
        if people:
            writer.paragraph(_tr("In all, %n different people took part, by category of organisation: %1.", people)
                             .replace("%1", _categories(data.participants)))
        writer.paragraph(_tr("The plan names no participants; the minutes of each meeting say who took part."))
        rows = []
        for meeting in held:
            kind = vocabulary(v.MEETING_FORMAT_LABELS, meeting.format)
            took_part = (_tr("%n person(s)", meeting.present) + ": " + _categories(meeting.categories)
                         if meeting.present else _tr("No attendance recorded"))
            if not meeting.title:
                name = kind
            elif kind.casefold() in meeting.title.casefold():
                name = Typed(meeting.title)
            else:
                name = [kind, Typed(meeting.title)]
            rows.append([format_date(meeting.date, long=False), name, took_part])
        writer.table([_tr("Date"), _tr("Meeting"), _tr("Took part")], rows, widths=(1.1, 2.4, 2.5),
                     keep_rows=True)
    if data.history:
        writer.heading(_tr("The plan's way to a decision"), 2)
        rows = [[format_date(step.date, long=False), vocabulary(v.PLAN_STAGE_LABELS, step.stage),
                 Typed(step.body), Typed(step.dnr), Typed(step.note)] for step in data.history]
        writer.table([_tr("Date"), _tr("Stage"), _tr("Decided by"), _tr("Reference number"), _tr("Note")], rows,
                     widths=(1.1, 1.3, 2.0, 1.6, 2.0), keep_rows=True)


def _categories(counts: list[tuple[str, int]]) -> str:
    return ", ".join(f"{vocabulary(v.CATEGORY_LABELS, category)} {count}" for category, count in counts)


def follow_up(writer: DocxWriter, data: CatalogueData) -> None:
    writer.heading(_tr("Follow-up and revision"), 1)
    committee = [meeting for meeting in data.meetings_held if meeting.reviews_measures]
    writer.heading(_tr("Who follows up"), 2)
    writer.paragraph(_tr(
        "Each measure has a responsible department and contact person, who carry it out and report on it; "
        "how each measure is followed up is written in its table. The coordinator gathers the reports."))
    if committee:
        writer.paragraph(_tr("The measures are reviewed at committee and follow-up meetings: %n so far, the "
                             "latest on %1.", len(committee)).replace("%1", format_date(committee[-1].date)))
    writer.heading(_tr("How often"), 2)
    writer.paragraph(_tr(
        "Following the ECCAR toolkit, the implementation committee meets about once a month and reviews the open "
        "measures; the departments report on their measures two to four times a year."))
    writer.heading(_tr("Revision and reporting to ECCAR"), 2)
    adopted = next((step.date for step in reversed(data.history) if step.stage == v.PlanStage.ADOPTED and step.date),
                   "")
    adopted_year = int(adopted[:4]) if re.match(r"\d{4}-", adopted) else None
    period_years = [int(year) for year in re.findall(r"\b(?:19|20)\d{2}\b", data.process.plan_period)]
    if period_years:
        revision = _tr("The plan covers %1 and is revised every two to three years, and before its period ends "
                       "in %2 at the latest.").replace("%1", data.process.plan_period.strip()).replace(
                           "%2", str(max(period_years)))
    elif adopted_year:
        revision = _tr("The plan is revised every two to three years, by %1 at the latest.").replace(
            "%1", str(adopted_year + 3))
    else:
        revision = _tr("The plan is revised every two to three years after it is adopted.")
    writer.paragraph(revision)
    if adopted_year:
        reporting = _tr("The municipality reports to ECCAR every two years; the first report is due in %1.").replace(
            "%1", str(adopted_year + 2))
    else:
        reporting = _tr("The municipality reports to ECCAR every two years, counted from the plan's adoption.")
    writer.paragraph(reporting)
    if not data.measures:
        return
    writer.heading(_tr("Follow-up of each measure"), 2)
    rows = [[entry.number, Typed(entry.measure.title), Typed(entry.measure.department) or missing(),
             Typed(entry.measure.follow_up_method) or missing()] for entry in data.measures]
    writer.table([_tr("No."), field_label("title"), field_label("department"), field_label("follow_up_method")],
                 rows, widths=(0.6, 2.4, 2.4, 3.2), keep_rows=True)


def financing(writer: DocxWriter, data: CatalogueData) -> None:
    writer.heading(_tr("Financing"), 1)
    if data.process.financing.strip():
        writer.paragraph(Typed(data.process.financing.strip()))
    with_resources = [entry for entry in data.measures if entry.measure.resources.strip()]
    if not with_resources:
        if not data.process.financing.strip():
            writer.note(_tr("Neither the plan nor its measures name resources yet."))
        return
    writer.heading(_tr("Resources per measure"), 2)
    rows = [[entry.number, Typed(entry.measure.title), Typed(entry.measure.department),
             Typed(entry.measure.resources)] for entry in with_resources]
    writer.table([_tr("No."), field_label("title"), field_label("department"), field_label("resources")],
                 rows, widths=(0.6, 2.4, 2.4, 3.2), keep_rows=True)
    without = len(data.measures) - len(with_resources)
    if without:
        writer.note(_tr("%n measure(s) name no resources.", without))
    if not data.financing:
        return
    writer.heading(_tr("Amounts per department"), 2)
    writer.paragraph(_tr(
        "The amounts in kronor that the measures name in their resources, added up per department, in "
        "alphabetical order. Working time and resources without an amount are not included."))
    rows = [[Typed(row.department) if row.department else _tr("No department given"), _kronor(row.once),
             _kronor(row.yearly), str(row.measures)] for row in data.financing]
    if len(data.financing) > 1:
        rows.append([(_tr("Total"), ""), _kronor(sum(row.once for row in data.financing)),
                     _kronor(sum(row.yearly for row in data.financing)),
                     str(sum(row.measures for row in data.financing))])
    writer.table([field_label("department"), _tr("One-off"), _tr("Per year"), _tr("Measures with an amount")],
                 rows, widths=(2.8, 1.3, 1.3, 1.3), centered=(1, 2, 3), keep_rows=True)


def _kronor(value: int) -> str:
    return _tr("%1 kr").replace("%1", QLocale().toString(value)) if value else "–"
