"""Åtgärdskatalog as the action plan document: the whole process's measures as the plan in
its current stage (utkast, remiss, godkänd, antagen).

A cover (municipality, title, period, stage, version, date, diarienummer) without running
header; a table of contents; background and commission; how the plan was made; the 10 × 4
coverage table (points × tracks, gaps in the Coverage Gap style); one chapter per ECCAR point
with its measures by track, each with all its fields and kept on one page where it fits;
owners and deadlines; the risk table; follow-up and revision; financing; and an appendix
tracing each measure to the meetings, tables and rounds it came from. Every page after the
cover has the municipality and the plan's title in its header and "Sida X av Y" in its footer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain import vocabulary as v
from ..domain.coverage import coverage_grid
from ..domain.swedish import sort_key
from ..domain.vocabulary import PlanStage
from . import plan_chapters
from .docx_base import DocxWriter, Group, GroupTyped, Quiet, add_running_header, format_date
from .goals_section import write_goals_section
from .labels import MEASURE_FIELDS, REQUIRED_FIELDS, Framework, field_label, missing, vocabulary
from .mapping_appendix import write_mapping_appendix
from .report_data import CatalogueData, MeasureEntry
from .sections import measure_fields, risks_table, round_name, table_name
from .wordml import Typed

# Every field but those the headings already say.
CATALOGUE_FIELDS = tuple(name for name, _ in MEASURE_FIELDS if name not in ("title", "eccar_point", "track"))


def write_catalogue(data: CatalogueData, path: Path, template: Path | None = None) -> Path:
    writer = DocxWriter(template, cover=True)
    framework = Framework(*data.framework)
    process = data.process
    title = Typed(process.plan_title.strip() or process.title.strip()) or QCoreApplication.translate(
        "Catalogue", "Catalogue of measures")
    subtitle = _subtitle(process.plan_stage)
    add_running_header(writer.doc, process.municipality.strip(), title,
                       writer.own_language if isinstance(title, Typed) else None)
    _cover(writer, data, title, subtitle)
    writer.contents(QCoreApplication.translate("Catalogue", "Contents"), levels=1)
    writer.page_break()
    plan_chapters.background(writer, data)
    plan_chapters.how_it_was_made(writer, data)
    _coverage(writer, data, framework)
    _chapters(writer, data, framework)
    if data.goals is not None:
        write_goals_section(writer, data.goals)
    _owners(writer, data)
    writer.heading(QCoreApplication.translate("Catalogue", "Risks and how to reduce them"), 1)
    risks_table(writer, data.risks, QCoreApplication.translate("Catalogue", "No risks were noted in the meetings."),
                with_meeting=True)
    plan_chapters.follow_up(writer, data)
    plan_chapters.financing(writer, data)
    _origins(writer, data)
    if data.mapping is not None:
        write_mapping_appendix(writer, data.mapping)
    return writer.save(path, " – ".join((title, subtitle)), author=process.municipality, subject=process.title,
                       keywords=QCoreApplication.translate("Catalogue", "ECCAR, action plan, measures"))


def _subtitle(stage: str) -> str:
    texts = {
        PlanStage.DRAFT: QCoreApplication.translate("Catalogue", "Draft action plan"),
        PlanStage.CONSULTATION: QCoreApplication.translate("Catalogue", "Action plan: consultation version"),
        PlanStage.APPROVED: QCoreApplication.translate("Catalogue", "Action plan approved by the departments"),
        PlanStage.ADOPTED: QCoreApplication.translate("Catalogue", "Adopted action plan"),
    }
    return texts.get(stage, texts[PlanStage.DRAFT])


def _cover(writer: DocxWriter, data: CatalogueData, title: str, subtitle: str) -> None:
    process = data.process
    if process.municipality.strip():
        writer.paragraph(Typed(process.municipality.strip()), "Cover Text")
    writer.title(title, subtitle)
    stage = vocabulary(v.PLAN_STAGE_LABELS, process.plan_stage)
    decided = next((step for step in reversed(data.history) if step.stage == process.plan_stage), None)
    if decided and decided.body.strip():
        stage = QCoreApplication.translate("Catalogue", "%1 (%2)").replace("%1", stage).replace(
            "%2", decided.body.strip())
    grid = coverage_grid(entry.measure for entry in data.measures)
    covered = [point for point in grid.points if grid.point_total(point)]
    measures = str(len(data.measures))
    if data.cancelled:
        measures += " " + QCoreApplication.translate("Catalogue", "(cancelled measures, not included: %1)").replace(
            "%1", str(data.cancelled))
    rows = [
        (QCoreApplication.translate("Catalogue", "Period"), Typed(process.plan_period.strip())),
        (QCoreApplication.translate("Catalogue", "Status"), stage),
        (QCoreApplication.translate("Catalogue", "Version"), data.version),
        (QCoreApplication.translate("Catalogue", "Date"), format_date(data.stage_date)),
        (QCoreApplication.translate("Catalogue", "Reference number"), Typed(data.stage_dnr.strip())),
        (QCoreApplication.translate("Catalogue", "Measures"), measures),
        (QCoreApplication.translate("Catalogue", "Coverage"),
         QCoreApplication.translate("Catalogue", "%1 of the 10 ECCAR points have at least one measure").replace(
             "%1", str(len(covered)))),
        (QCoreApplication.translate("Catalogue", "Printed"), format_date(date.today().isoformat())),
    ]
    writer.paragraph("")
    writer.field_table([(label, value) for label, value in rows if value], label_width=0.25)
    writer.page_break()


def _coverage(writer: DocxWriter, data: CatalogueData, framework: Framework) -> None:
    writer.heading(QCoreApplication.translate("Catalogue", "Coverage: ten points and four tracks"), 1)
    writer.paragraph(QCoreApplication.translate(
        "Catalogue",
        "Every point should have at least one measure and combine the four tracks, from information "
        "and advice to data collection and research. The number in a cell is the number of measures; "
        "shaded cells are gaps.",
    ))
    grid = coverage_grid(entry.measure for entry in data.measures)
    headers = [QCoreApplication.translate("Catalogue", "ECCAR point")] + [
        QCoreApplication.translate("Catalogue", "Track %1").replace("%1", str(track)) for track in grid.tracks
    ] + [QCoreApplication.translate("Catalogue", "Total")]
    rows = []
    for point in grid.points:
        cells = [str(grid.count(point, track=track) or "") for track in grid.tracks]
        rows.append([framework.numbered_point(point)] + cells + [str(grid.point_total(point) or "")])
    if grid.unplaced:
        rows.append([QCoreApplication.translate("Catalogue", "No point given")] + ["–"] * len(grid.tracks)
                    + [str(len(grid.unplaced))])
    rows.append([(QCoreApplication.translate("Catalogue", "Total"), "")]
                + [str(grid.track_total(track)) for track in grid.tracks] + [str(grid.total)])
    writer.table(headers, rows, widths=(5.2, 1.2, 1.2, 1.2, 1.2, 1.2), gaps=True, small=True, centered=range(1, 6),
                 keep_rows=True)
    writer.paragraph(" · ".join(framework.numbered_track(track) for track in grid.tracks), "Caption")
    without_track = sum(len(ids) for ids in grid.point_only.values())
    if without_track:
        writer.note(QCoreApplication.translate("Catalogue", "Measures with a point but no track: %1.").replace(
            "%1", str(without_track)))
    if grid.points_without_measures:
        writer.paragraph(QCoreApplication.translate("Catalogue", "Points without a measure: %1.").replace(
            "%1", ", ".join(str(point) for point in grid.points_without_measures)), bold=True)


def _chapters(writer: DocxWriter, data: CatalogueData, framework: Framework) -> None:
    by_point: dict = {}
    for entry in data.measures:
        by_point.setdefault(entry.measure.eccar_point, []).append(entry)
    for point in list(range(1, 11)) + ([None] if None in by_point else []):
        title = framework.numbered_point(point) if point else QCoreApplication.translate(
            "Catalogue", "Measures without an ECCAR point")
        writer.heading(title, 1)
        entries = by_point.get(point, [])
        if not entries:
            writer.note(QCoreApplication.translate("Catalogue", "No measure yet under this point."))
            continue
        track = 0
        for entry in entries:
            if entry.measure.track != track:
                track = entry.measure.track
                writer.heading(framework.numbered_track(track) if track else
                               QCoreApplication.translate("Catalogue", "No track given"), 2)
            _measure(writer, entry, framework, data.meetings)


def _measure(writer: DocxWriter, entry: MeasureEntry, framework: Framework, meetings: dict) -> None:
    writer.heading(Typed(f"{entry.number} {entry.measure.title}".strip()), 3)
    writer.field_table(measure_fields(entry, framework, meetings, CATALOGUE_FIELDS, required=REQUIRED_FIELDS),
                       keep_together=True)


def _owners(writer: DocxWriter, data: CatalogueData) -> None:
    writer.heading(QCoreApplication.translate("Catalogue", "Owners and deadlines"), 1)
    if not data.measures:
        writer.note(QCoreApplication.translate("Catalogue", "There are no measures yet."))
        return
    entries = sorted(data.measures, key=lambda e: (
        e.measure.department.strip() == "", sort_key(e.measure.department.strip()), e.measure.due_date or "9999",
        e.number))
    rows, department = [], None
    for entry in entries:
        m = entry.measure
        if m.department.strip() != department:
            department = m.department.strip()
            rows.append(GroupTyped(department) if department else Group(
                QCoreApplication.translate("Catalogue", "No department given")))
        rows.append([entry.number, Typed(m.title), Typed(m.owner) or missing(),
                     Typed(m.due_date or m.time_frame) or missing(),
                     vocabulary(v.MEASURE_STATUS_LABELS, m.status)])
    writer.table(
        [QCoreApplication.translate("Catalogue", "No."), field_label("title"), field_label("owner"),
         field_label("due_date"), field_label("status")],
        rows, widths=(0.9, 4.6, 2.6, 2.0, 2.1), keep_rows=True,
    )


def _origins(writer: DocxWriter, data: CatalogueData) -> None:
    writer.heading(QCoreApplication.translate("Catalogue", "Appendix: where each measure came from"), 1)
    if not data.measures:
        writer.note(QCoreApplication.translate("Catalogue", "There are no measures yet."))
        return
    writer.paragraph(QCoreApplication.translate(
        "Catalogue", "Each measure with the meetings and the contributions or themes it was built on."))
    rows = []
    for entry in data.measures:
        rows.append(GroupTyped(f"{entry.number} {entry.measure.title}".strip()))
        origin = data.meetings.get(entry.measure.origin_meeting_id)
        if not entry.sources:
            rows.append([_meeting(origin), Quiet(QCoreApplication.translate("Catalogue", "No contribution linked."))])
        previous = None
        for source in entry.sources:
            lead = (QCoreApplication.translate("Catalogue", "Theme:") if source.kind == "theme"
                    else vocabulary(v.CONTRIBUTION_KIND_LABELS, source.kind) + ":")
            where = [table_name(source.table)] if source.table else []
            if source.round:
                where.append(round_name(source.round))
            meeting = _meeting(source.meeting or origin)
            rows.append([meeting if meeting != previous else "",
                         [(lead, Typed(source.text))] + ([Quiet(", ".join(where))] if where else [])])
            previous = meeting
    writer.table([QCoreApplication.translate("Catalogue", "Meeting"),
                  QCoreApplication.translate("Catalogue", "Contribution or theme")], rows, widths=(1, 2), keep_rows=True)


def _meeting(meeting) -> str:
    return Typed(f"{meeting.date} {meeting.title}".strip()) if meeting else ""
