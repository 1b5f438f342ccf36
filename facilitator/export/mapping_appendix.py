"""The catalogue's appendix on existing work: the mapping of the efforts the municipality and
its partners already run (seed 004: name, theme, level, owner, partners, funding, target
group, aim, period, status), grouped by theme, with the ECCAR point and track where they
show in the coverage grid and the measures that build on each.

``gather_mapping`` reads the read model; ``write_mapping_appendix`` writes it with the
catalogue's writer, so the plan document calls it with one line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.efforts import EFFORT_STATUS_LABELS, LEVEL_LABELS
from ..domain.swedish import sort_key
from .docx_base import DocxWriter, Group, Quiet
from .goals_data import EffortEntry, MappingData
from .labels import vocabulary


def write_mapping_appendix(writer: DocxWriter, data: MappingData) -> None:
    writer.heading(QCoreApplication.translate("MappingAppendix", "Appendix: existing work (the mapping)"), 1)
    writer.paragraph(QCoreApplication.translate("MappingAppendix", 
        "What the municipality and its partners were already doing when the plan was made: who does what, at "
        "which level, with whom and with what money. Efforts placed under an ECCAR point and a track are shown "
        "in the coverage table beside the planned measures."))
    if not data.efforts:
        writer.note(QCoreApplication.translate("MappingAppendix", "No existing efforts have been mapped."))
        return
    by_theme: dict[str, list[EffortEntry]] = {}
    for entry in data.efforts:
        by_theme.setdefault(entry.effort.theme.strip(), []).append(entry)
    rows: list = []
    for theme in sorted(by_theme, key=lambda t: (t == "", sort_key(t))):
        rows.append(Group(theme or QCoreApplication.translate("MappingAppendix", "No theme given")))
        for entry in by_theme[theme]:
            e = entry.effort
            what = [e.name]
            if e.aim.strip():
                what.append(Quiet(e.aim))
            if e.target_group:
                what.append((QCoreApplication.translate("MappingAppendix", "Target group:"), e.target_group))
            if entry.measures:
                what.append((QCoreApplication.translate("MappingAppendix", "Measures that build on it:"), "; ".join(entry.measures)))
            who = [e.owner] if e.owner else []
            if e.partners:
                who.append((QCoreApplication.translate("MappingAppendix", "With:"), e.partners))
            when = [vocabulary(EFFORT_STATUS_LABELS, e.status)] if e.status else []
            if e.period:
                when.append(e.period)
            place = ""
            if e.eccar_point:
                place = QCoreApplication.translate("MappingAppendix", "Point %1").replace("%1", str(e.eccar_point))
                if e.track:
                    place += ", " + QCoreApplication.translate("MappingAppendix", "track %1").replace("%1", str(e.track))
            rows.append([what, vocabulary(LEVEL_LABELS, e.level) if e.level else "", who or None, e.funding,
                         when or None, place])
    writer.table(
        [QCoreApplication.translate("MappingAppendix", "Effort"), QCoreApplication.translate("MappingAppendix", "Level"), QCoreApplication.translate("MappingAppendix", "Owner and partners"), QCoreApplication.translate("MappingAppendix", "Funding"), QCoreApplication.translate("MappingAppendix", "Status and period"),
         QCoreApplication.translate("MappingAppendix", "Point, track")],
        rows, widths=(3.6, 1.9, 3.2, 2.0, 1.6, 1.3), small=True, keep_rows=True,
    )
