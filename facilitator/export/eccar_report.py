"""The report to ECCAR: the two-yearly account of the action plan, written from the data
(``export/eccar_data.py``).

A cover (municipality, plan, reporting period, adoption, diarienummer) without running header;
a short table of contents; a summary with the measures' status per ECCAR point; one chapter per
point with each measure's status, what was done in the period (its dated status notes) and its
indicators against baseline and target; the changes to the plan since it was adopted; and the
coverage grid now beside the grid at adoption. Same template, named styles, header and footer
as the plan document. Departments appear only as a measure's responsible department: nothing
is counted or compared per department (DOMAIN.md).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain import vocabulary as v
from ..domain.coverage import CoverageGrid
from ..domain.plan import PLAN_TEXT_LABELS
from ..domain.vocabulary import MeasureStatus, Plural
from .docx_base import DocxWriter, Quiet, add_running_header, format_date
from .eccar_data import EccarReportData, PointReport, ReportedMeasure
from .labels import Framework, field_label, measure_value, vocabulary
from .wordml import Typed

C = "EccarReport"
MEASURES_IN_PLAN = Plural.translate("EccarReport", "The plan has %n measure(s) in all:", "", -1)
CHANGES_IN_PERIOD = Plural.translate("EccarReport", "%n status change(s) were recorded during the period.", "", -1)

#: The statuses in the order the summary counts them.
STATUSES = (MeasureStatus.DONE, MeasureStatus.ONGOING, MeasureStatus.DECIDED, MeasureStatus.PROPOSED,
            MeasureStatus.CANCELLED)
#: Fields whose old and new values are printed when they changed since adoption (short ones).
SHOWN_BEFORE_AFTER = frozenset({"title", "owner", "department", "due_date", "time_frame", "baseline", "target",
                                "eccar_point", "track", "aimed_at", "term", "is_new", "indicators"})


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(C, text, "", n)


def write_eccar_report(data: EccarReportData, path: Path, template: Path | None = None) -> Path:
    writer = DocxWriter(template, cover=True)
    framework = Framework(*data.framework)
    process = data.process
    plan = Typed(process.plan_title.strip() or process.title.strip())
    title = QCoreApplication.translate("EccarReport", "Report to ECCAR")
    add_running_header(writer.doc, process.municipality.strip(), title)
    _cover(writer, data, title, plan)
    writer.contents(QCoreApplication.translate("EccarReport", "Contents"), levels=1)
    writer.page_break()
    _summary(writer, data, framework)
    for point in data.points:
        _point(writer, point, data, framework)
    _changes(writer, data, framework)
    _coverage(writer, data, framework)
    return writer.save(path, " – ".join(text for text in (title, plan) if text), author=process.municipality,
                       subject=process.title, keywords=QCoreApplication.translate("EccarReport", "ECCAR, action plan, follow-up, report"))


def period_text(data: EccarReportData) -> str:
    return QCoreApplication.translate("EccarReport", "%1 – %2").replace("%1", format_date(data.period_start)).replace("%2", format_date(data.period_end))


def _cover(writer: DocxWriter, data: EccarReportData, title: str, plan: str) -> None:
    process = data.process
    if process.municipality.strip():
        writer.paragraph(Typed(process.municipality.strip()), "Cover Text")
    writer.title(title, QCoreApplication.translate("EccarReport", "Follow-up of the action plan against racism and discrimination"))
    adopted = ""
    if data.adopted_on:
        adopted = format_date(data.adopted_on)
        if data.adopted_by:
            adopted = QCoreApplication.translate("EccarReport", "%1 (%2)").replace("%1", adopted).replace("%2", data.adopted_by)
    rows = [
        (QCoreApplication.translate("EccarReport", "Municipality"), Typed(process.municipality.strip())),
        (QCoreApplication.translate("EccarReport", "Action plan"), plan),
        (QCoreApplication.translate("EccarReport", "Plan period"), Typed(process.plan_period.strip())),
        (QCoreApplication.translate("EccarReport", "Reporting period"), period_text(data)),
        (QCoreApplication.translate("EccarReport", "Plan adopted"), Typed(adopted) if data.adopted_by else adopted),
        (QCoreApplication.translate("EccarReport", "Reference number"), Typed(data.dnr)),
        (QCoreApplication.translate("EccarReport", "Printed"), format_date(date.today().isoformat())),
    ]
    writer.paragraph("")
    writer.field_table([(label, value) for label, value in rows if value], label_width=0.3)
    writer.page_break()


def _summary(writer: DocxWriter, data: EccarReportData, framework: Framework) -> None:
    writer.heading(QCoreApplication.translate("EccarReport", "Summary"), 1)
    writer.paragraph(QCoreApplication.translate("EccarReport", 
        "This report gives an account of the municipality's action plan for the reporting period %1: "
        "per ECCAR point the measures, their status, what was done and how their indicators stand against "
        "baseline and target; then the changes made to the plan since it was adopted, and how the plan covers "
        "the ten points and four tracks.").replace("%1", period_text(data)))
    measures = data.measures
    if not measures:
        writer.note(QCoreApplication.translate("EccarReport", "The plan has no measures yet."))
        return
    counts = [(status, sum(1 for item in measures if item.measure.status == status)) for status in STATUSES]
    writer.paragraph(_t(MEASURES_IN_PLAN, len(measures)) + " " + _statuses(counts) + ".")
    in_period = sum(len(item.done) for item in measures)
    writer.paragraph(_t(CHANGES_IN_PERIOD, in_period) if in_period else QCoreApplication.translate(
        "EccarReport", "No status change was recorded during the period."))
    # One column says the statuses in words: columns per status would break their names.
    headers = [QCoreApplication.translate("EccarReport", "ECCAR point"),
               QCoreApplication.translate("EccarReport", "Measures"),
               QCoreApplication.translate("EccarReport", "Status")]
    rows = []
    for point in data.points:
        name = framework.numbered_point(point.point) if point.point else QCoreApplication.translate(
            "EccarReport", "No point given")
        rows.append([name, str(len(point.measures)),
                     _statuses([(s, point.count(s)) for s in STATUSES]) or "–"])
    rows.append([(QCoreApplication.translate("EccarReport", "Total"), ""), str(len(measures)), _statuses(counts)])
    writer.table(headers, rows, widths=(6.4, 1.6, 5.2), small=True, centered=(1,), keep_rows=True)


def _statuses(counts) -> str:
    """"ongoing 2, decided 1": the statuses that occur, with their counts."""
    return ", ".join(f"{vocabulary(v.MEASURE_STATUS_LABELS, status).lower()} {count}"
                     for status, count in counts if count)


def _point(writer: DocxWriter, point: PointReport, data: EccarReportData, framework: Framework) -> None:
    writer.heading(framework.numbered_point(point.point) if point.point else QCoreApplication.translate("EccarReport", "Measures without an ECCAR point"), 1)
    if not point.measures:
        writer.note(QCoreApplication.translate("EccarReport", "The plan has no measure under this point."))
        return
    for item in point.measures:
        _measure(writer, item, data, framework)


def _measure(writer: DocxWriter, item: ReportedMeasure, data: EccarReportData, framework: Framework) -> None:
    measure = item.measure
    number = item.entry.number
    writer.heading(Typed(f"{number} {measure.title}".strip()) if number else Typed(measure.title), 2)
    status = vocabulary(v.MEASURE_STATUS_LABELS, measure.status)
    if item.since:
        status = QCoreApplication.translate("EccarReport", "%1 (since %2)").replace("%1", status).replace("%2", format_date(item.since))
    rows: list[tuple[str, object]] = [(field_label("status"), status)]
    if measure.track:
        rows.append((field_label("track"), framework.numbered_track(measure.track)))
    if measure.department.strip():
        rows.append((field_label("department"), Typed(measure.department.strip())))
    due = measure_value(measure, "due_date", framework) or measure_value(measure, "time_frame", framework)
    if due:
        rows.append((field_label("due_date"), format_date(due) if due == measure.due_date else due))
    done = [[Quiet(format_date(change.date)),
             Typed(change.note.strip()) if change.note.strip() else vocabulary(v.MEASURE_STATUS_LABELS, change.status)]
            for change in item.done]
    rows.append((QCoreApplication.translate("EccarReport", "Done during the period"),
                 [line for pair in done for line in pair] or Quiet(QCoreApplication.translate("EccarReport", "Nothing was recorded during the period."))))
    for name in ("indicators", "baseline", "target"):
        value = measure_value(measure, name, framework)
        if value:
            rows.append((field_label(name), value))
    result = measure_value(measure, "result", framework)
    rows.append((QCoreApplication.translate("EccarReport", "Value now"), result or Quiet(QCoreApplication.translate("EccarReport", "No value reported yet."))))
    writer.field_table(rows, keep_together=True)


def _changes(writer: DocxWriter, data: EccarReportData, framework: Framework) -> None:
    writer.page_break()
    writer.heading(QCoreApplication.translate("EccarReport", "Changes to the plan since its adoption"), 1)
    changes = data.changes
    if changes is None:
        if data.version_unreadable:
            writer.note(QCoreApplication.translate("EccarReport", "The version of the plan stored at its adoption cannot be read, so the changes since "
                           "then cannot be shown."))
        elif data.adopted_on:
            writer.note(QCoreApplication.translate("EccarReport", "The plan was adopted before Facilitator kept versions of it, so the changes since the "
                           "adoption cannot be shown."))
        else:
            writer.note(QCoreApplication.translate("EccarReport", "The plan has not been adopted yet, so there are no changes since an adoption to "
                           "report."))
        return
    writer.paragraph(QCoreApplication.translate("EccarReport", "The plan as adopted on %1 compared with the plan now. Changes of status and results "
                        "are reported under each point above.").replace("%1", format_date(changes.adopted_on)))
    if changes.empty:
        writer.note(QCoreApplication.translate("EccarReport", "No measure has been added, removed or changed since the adoption."))
        return
    _measure_list(writer, QCoreApplication.translate("EccarReport", "Measures added"), changes.added, framework)
    _measure_list(writer, QCoreApplication.translate("EccarReport", "Measures removed"), changes.removed, framework)
    _measure_list(writer, QCoreApplication.translate("EccarReport", "Measures cancelled"), changes.cancelled, framework)
    if changes.changed:
        writer.heading(QCoreApplication.translate("EccarReport", "Measures changed"), 2)
        rows = []
        for number, change in changes.changed:
            lines: list = []
            for name in change.fields:
                if name in SHOWN_BEFORE_AFTER:
                    before = measure_value(change.before, name, framework) or "–"
                    after = measure_value(change.after, name, framework) or "–"
                    if name == "due_date":
                        before, after = format_date(before), format_date(after)
                    lines.append((field_label(name) + ":", QCoreApplication.translate("EccarReport", "%1 → %2").replace("%1", before).replace("%2", after)))
                else:
                    lines.append((field_label(name) + ":", Quiet(QCoreApplication.translate("EccarReport", "reworded"))))
            rows.append([number or "–", Typed(change.after.title), lines])
        writer.table([QCoreApplication.translate("EccarReport", "No."), field_label("title"), QCoreApplication.translate("EccarReport", "What changed")], rows, widths=(0.7, 2.6, 4.2),
                     keep_rows=True)
    if changes.texts:
        writer.heading(QCoreApplication.translate("EccarReport", "The plan's own texts"), 2)
        writer.paragraph(QCoreApplication.translate("EccarReport", "Changed since the adoption: %1.").replace("%1", ", ".join(
            QCoreApplication.translate("PlanTexts", PLAN_TEXT_LABELS[name]).lower() for name in changes.texts
            if name in PLAN_TEXT_LABELS)))


def _measure_list(writer: DocxWriter, heading: str, measures: list, framework: Framework) -> None:
    if not measures:
        return
    writer.heading(heading, 2)
    rows = [[number or "–", Typed(measure.title), framework.numbered_point(measure.eccar_point) or "–"]
            for number, measure in measures]
    writer.table([QCoreApplication.translate("EccarReport", "No."), field_label("title"), field_label("eccar_point")], rows, widths=(0.7, 3.6, 3.2),
                 keep_rows=True)


def _coverage(writer: DocxWriter, data: EccarReportData, framework: Framework) -> None:
    writer.page_break()  # the two grids side by side on one page, where they fit
    writer.heading(QCoreApplication.translate("EccarReport", "Coverage: ten points and four tracks"), 1)
    writer.paragraph(QCoreApplication.translate("EccarReport", 
        "Every point should have at least one measure and combine the four tracks. The number in a cell is the "
        "number of measures (cancelled ones not counted); shaded cells are gaps."))
    writer.heading(QCoreApplication.translate("EccarReport", "Now"), 2)
    _grid(writer, data.grid_now, framework)
    writer.heading(QCoreApplication.translate("EccarReport", "At the adoption"), 2)
    if data.grid_adopted is None and not data.adopted_on:
        writer.note(QCoreApplication.translate("EccarReport", "The plan has not been adopted yet."))
        return
    if data.grid_adopted is None:
        writer.note(QCoreApplication.translate("EccarReport", "No version of the plan as adopted is stored, so its grid cannot be shown."))
        return
    _grid(writer, data.grid_adopted, framework)
    filled = [cell for cell in data.grid_now.cells if data.grid_now.cells[cell] and not data.grid_adopted.cells.get(cell)]
    emptied = [cell for cell in data.grid_now.cells if not data.grid_now.cells[cell] and data.grid_adopted.cells.get(cell)]
    if not filled and not emptied:
        writer.paragraph(QCoreApplication.translate("EccarReport", "The same cells have measures now as at the adoption."))
        return
    if filled:
        writer.paragraph(QCoreApplication.translate("EccarReport", "Cells filled since the adoption: %1.").replace("%1", _cells(filled)))
    if emptied:
        writer.paragraph(QCoreApplication.translate("EccarReport", "Cells empty now that had measures at the adoption: %1.").replace("%1", _cells(emptied)))


def _cells(cells) -> str:
    return ", ".join(QCoreApplication.translate("EccarReport", "point %1, track %2").replace("%1", str(point)).replace("%2", str(track))
                     for point, track in cells)


def _grid(writer: DocxWriter, grid: CoverageGrid, framework: Framework) -> None:
    headers = [QCoreApplication.translate("EccarReport", "ECCAR point")] + [QCoreApplication.translate("EccarReport", "Track %1").replace("%1", str(track)) for track in grid.tracks] + [QCoreApplication.translate("EccarReport", "Total")]
    rows = []
    for point in grid.points:
        rows.append([framework.numbered_point(point)] + [str(grid.count(point, track) or "") for track in grid.tracks]
                    + [str(grid.point_total(point) or "")])
    if grid.unplaced:
        rows.append([QCoreApplication.translate("EccarReport", "No point given")] + ["–"] * len(grid.tracks) + [str(len(grid.unplaced))])
    rows.append([(QCoreApplication.translate("EccarReport", "Total"), "")] + [str(grid.track_total(track)) for track in grid.tracks] + [str(grid.total)])
    # The points' names on one line where they can be, so both grids fit on one page.
    writer.table(headers, rows, widths=(7.0, 1.3, 1.3, 1.3, 1.3, 1.4), gaps=True, small=True, centered=range(1, 6),
                 keep_rows=True)
    writer.paragraph(" · ".join(framework.numbered_track(track) for track in grid.tracks), "Caption")
