"""The chapters that make the catalogue a plan document: background and commission, how the
plan was made (from the meetings held, never names), follow-up and revision, and financing.

Departments are listed alphabetically and never ranked or compared.
"""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain import vocabulary as v
from ..domain.vocabulary import Plural
from .docx_base import DocxWriter, format_date
from .labels import field_label, missing, vocabulary
from .report_data import CatalogueData
from .wordml import Typed

# Messages with a count: marked for lupdate as plural ones (see ``Plural``), translated with the count.
HELD_ON = Plural.translate("Catalogue", "The plan was drawn up from %n meeting(s) held on %1.", "", -1)
HELD_BETWEEN = Plural.translate("Catalogue", "The plan was drawn up from %n meeting(s) held between %1 and %2.", "", -1)
PEOPLE = Plural.translate("Catalogue", "In all, %n different people took part, by category of organisation: %1.", "", -1)
PERSONS = Plural.translate("Catalogue", "%n person(s)", "", -1)
WITHOUT_RESOURCES = Plural.translate("Catalogue", "%n measure(s) name no resources.", "", -1)
REVIEWED = Plural.translate("Catalogue", "The measures are reviewed at committee and follow-up meetings: %n so "
                            "far, the latest on %1.", "", -1)


def _count(text: str, n: int) -> str:
    return QCoreApplication.translate("Catalogue", text, "", n)


def background(writer: DocxWriter, data: CatalogueData) -> None:
    process = data.process
    writer.heading(QCoreApplication.translate("Catalogue", "Background and commission"), 1)
    texts = [
        (QCoreApplication.translate("Catalogue", "Background"), process.background.strip() or process.description.strip()),
        (QCoreApplication.translate("Catalogue", "Commission"), process.commission.strip()),
        (QCoreApplication.translate("Catalogue", "Purpose"), process.purpose.strip()),
    ]
    if not any(text for _, text in texts):
        writer.note(QCoreApplication.translate("Catalogue", "No background, commission or purpose has been written for the plan yet."))
        return
    for title, text in texts:
        if text:
            writer.heading(title, 2)
            writer.paragraph(Typed(text))


def how_it_was_made(writer: DocxWriter, data: CatalogueData) -> None:
    writer.heading(QCoreApplication.translate("Catalogue", "How the plan was made"), 1)
    held = data.meetings_held
    if not held:
        writer.note(QCoreApplication.translate("Catalogue", "No meetings with a date have been recorded for this plan."))
    else:
        first, last = held[0].date, held[-1].date
        if first == last:
            opening = _count(HELD_ON, len(held)).replace(
                "%1", format_date(first))
        else:
            opening = _count(HELD_BETWEEN, len(held)).replace(
                "%1", format_date(first)).replace("%2", format_date(last))
        formats = Counter(meeting.format for meeting in held)
        kinds = ", ".join(f"{vocabulary(v.MEETING_FORMAT_LABELS, kind)} ({count})"
                          for kind, count in sorted(formats.items(), key=lambda item: (-item[1], item[0])))
        writer.paragraph(opening + " " + QCoreApplication.translate("Catalogue", "Meetings by format: %1.").replace("%1", kinds))
        people = sum(count for _, count in data.participants)
        if people:
            writer.paragraph(_count(PEOPLE, people)
                             .replace("%1", _categories(data.participants)))
        writer.paragraph(QCoreApplication.translate("Catalogue", "The plan names no participants; the minutes of each meeting say who took part."))
        rows = []
        for meeting in held:
            kind = vocabulary(v.MEETING_FORMAT_LABELS, meeting.format)
            took_part = (_count(PERSONS, meeting.present) + ": " + _categories(meeting.categories)
                         if meeting.present else QCoreApplication.translate("Catalogue", "No attendance recorded"))
            if not meeting.title:
                name = kind
            elif kind.casefold() in meeting.title.casefold():
                name = Typed(meeting.title)
            else:
                name = [kind, Typed(meeting.title)]
            rows.append([format_date(meeting.date, long=False), name, took_part])
        writer.table([QCoreApplication.translate("Catalogue", "Date"), QCoreApplication.translate("Catalogue", "Meeting"), QCoreApplication.translate("Catalogue", "Took part")], rows, widths=(1.1, 2.4, 2.5),
                     keep_rows=True)
    if data.history:
        writer.heading(QCoreApplication.translate("Catalogue", "The plan's way to a decision"), 2)
        rows = [[format_date(step.date, long=False), vocabulary(v.PLAN_STAGE_LABELS, step.stage),
                 Typed(step.body), Typed(step.dnr), Typed(step.note)] for step in data.history]
        writer.table([QCoreApplication.translate("Catalogue", "Date"), QCoreApplication.translate("Catalogue", "Stage"), QCoreApplication.translate("Catalogue", "Decided by"), QCoreApplication.translate("Catalogue", "Reference number"), QCoreApplication.translate("Catalogue", "Note")], rows,
                     widths=(1.1, 1.2, 2.4, 1.6, 1.7), keep_rows=True)


def _categories(counts: list[tuple[str, int]]) -> str:
    return ", ".join(f"{vocabulary(v.CATEGORY_LABELS, category)} {count}" for category, count in counts)


def follow_up(writer: DocxWriter, data: CatalogueData) -> None:
    writer.heading(QCoreApplication.translate("Catalogue", "Follow-up and revision"), 1)
    committee = [meeting for meeting in data.meetings_held if meeting.reviews_measures]
    writer.heading(QCoreApplication.translate("Catalogue", "Who follows up"), 2)
    writer.paragraph(QCoreApplication.translate("Catalogue", 
        "Each measure has a responsible department and contact person, who carry it out and report on it; "
        "how each measure is followed up is written in its table. The coordinator gathers the reports."))
    if committee:
        writer.paragraph(_count(REVIEWED, len(committee)).replace("%1", format_date(committee[-1].date)))
    writer.heading(QCoreApplication.translate("Catalogue", "How often"), 2)
    writer.paragraph(QCoreApplication.translate("Catalogue", 
        "Following the ECCAR toolkit, the implementation committee meets about once a month and reviews the open "
        "measures; the departments report on their measures two to four times a year."))
    writer.heading(QCoreApplication.translate("Catalogue", "Revision and reporting to ECCAR"), 2)
    adopted = next((step.date for step in reversed(data.history) if step.stage == v.PlanStage.ADOPTED and step.date),
                   "")
    adopted_year = int(adopted[:4]) if re.match(r"\d{4}-", adopted) else None
    period_years = [int(year) for year in re.findall(r"\b(?:19|20)\d{2}\b", data.process.plan_period)]
    if period_years:
        revision = QCoreApplication.translate("Catalogue", "The plan covers %1 and is revised every two to three years, and before its period ends "
                       "in %2 at the latest.").replace("%1", data.process.plan_period.strip()).replace(
                           "%2", str(max(period_years)))
    elif adopted_year:
        revision = QCoreApplication.translate("Catalogue", "The plan is revised every two to three years, by %1 at the latest.").replace(
            "%1", str(adopted_year + 3))
    else:
        revision = QCoreApplication.translate("Catalogue", "The plan is revised every two to three years after it is adopted.")
    writer.paragraph(revision)
    if adopted_year:
        reporting = QCoreApplication.translate("Catalogue", "The municipality reports to ECCAR every two years; the first report is due in %1.").replace(
            "%1", str(adopted_year + 2))
    else:
        reporting = QCoreApplication.translate("Catalogue", "The municipality reports to ECCAR every two years, counted from the plan's adoption.")
    writer.paragraph(reporting)
    if not data.measures:
        return
    writer.heading(QCoreApplication.translate("Catalogue", "Follow-up of each measure"), 2)
    rows = [[entry.number, Typed(entry.measure.title), Typed(entry.measure.department) or missing(),
             Typed(entry.measure.follow_up_method) or missing()] for entry in data.measures]
    writer.table([QCoreApplication.translate("Catalogue", "No."), field_label("title"), field_label("department"), field_label("follow_up_method")],
                 rows, widths=(0.6, 2.3, 2.9, 3.0), keep_rows=True)


def financing(writer: DocxWriter, data: CatalogueData) -> None:
    writer.heading(QCoreApplication.translate("Catalogue", "Financing"), 1)
    if data.process.financing.strip():
        writer.paragraph(Typed(data.process.financing.strip()))
    with_resources = [entry for entry in data.measures if entry.measure.resources.strip()]
    if not with_resources:
        if not data.process.financing.strip():
            writer.note(QCoreApplication.translate("Catalogue", "Neither the plan nor its measures name resources yet."))
        return
    writer.heading(QCoreApplication.translate("Catalogue", "Resources per measure"), 2)
    rows = [[entry.number, Typed(entry.measure.title), Typed(entry.measure.department),
             Typed(entry.measure.resources)] for entry in with_resources]
    writer.table([QCoreApplication.translate("Catalogue", "No."), field_label("title"), field_label("department"), field_label("resources")],
                 rows, widths=(0.6, 2.3, 2.9, 3.0), keep_rows=True)
    without = len(data.measures) - len(with_resources)
    if without:
        writer.note(_count(WITHOUT_RESOURCES, without))
    if not data.financing:
        return
    writer.heading(QCoreApplication.translate("Catalogue", "Amounts per department"), 2)
    writer.paragraph(QCoreApplication.translate("Catalogue", 
        "The amounts in kronor that the measures name in their resources, added up per department, in "
        "alphabetical order. Working time and resources without an amount are not included."))
    rows = [[Typed(row.department) if row.department else QCoreApplication.translate("Catalogue", "No department given"), _kronor(row.once),
             _kronor(row.yearly), str(row.measures)] for row in data.financing]
    if len(data.financing) > 1:
        rows.append([(QCoreApplication.translate("Catalogue", "Total"), ""), _kronor(sum(row.once for row in data.financing)),
                     _kronor(sum(row.yearly for row in data.financing)),
                     str(sum(row.measures for row in data.financing))])
    writer.table([field_label("department"), QCoreApplication.translate("Catalogue", "One-off"), QCoreApplication.translate("Catalogue", "Per year"), QCoreApplication.translate("Catalogue", "Measures with an amount")],
                 rows, widths=(2.8, 1.3, 1.3, 1.3), centered=(1, 2, 3), keep_rows=True)


def _kronor(value: int) -> str:
    return QCoreApplication.translate("Catalogue", "%1 kr").replace("%1", QLocale().toString(value)) if value else "–"
