"""The mapping of existing work (seed 004): the efforts the municipality and its partners
already run, with name, theme, level, owner, partners, funding, target group, aim, period
and status; an ECCAR point and track place an effort in the coverage grid beside the
planned measures. Below the form, the measures that build on the chosen effort.

A list can be imported from a spreadsheet (``import_requested``, the window's import with
the same preview and all-or-nothing rules as the participant list)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton

from ...actions.efforts import effort_problem
from ...domain.efforts import EFFORT_STATUS_LABELS, LEVEL_LABELS, EffortLevel, EffortProblem, EffortStatus
from ...domain.entities import ExistingEffort, MeasureEffort
from ...domain.measures import ECCAR_POINT_NUMBERS, TRACK_NUMBERS
from ...storage import efforts as repo
from ..common.columns import label
from ..common.entity_model import Column
from ..document import ProcessDocument
from . import goal_edits, measure_texts
from .register_form import FormField, RegisterFormPage


class EffortsPage(RegisterFormPage):
    CLS = ExistingEffort
    LINK_TABLE = MeasureEffort.TABLE
    COLUMN_CHARS = {1: 14, 2: 10, 3: 6, 4: 6, 5: 8}
    COLUMN_MOST = {1: 20, 2: 16}
    FIELDS = (
        FormField("name", "line", QT_TRANSLATE_NOOP("EffortsPage", "Name")),
        FormField("theme", "line", QT_TRANSLATE_NOOP("EffortsPage", "Theme")),
        FormField("level", "choice", QT_TRANSLATE_NOOP("EffortsPage", "Level")),
        FormField("owner", "line", QT_TRANSLATE_NOOP("EffortsPage", "Owner")),
        FormField("partners", "line", QT_TRANSLATE_NOOP("EffortsPage", "Partners")),
        FormField("funding", "line", QT_TRANSLATE_NOOP("EffortsPage", "Funding")),
        FormField("target_group", "line", QT_TRANSLATE_NOOP("EffortsPage", "Target group")),
        FormField("aim", "text", QT_TRANSLATE_NOOP("EffortsPage", "Aim")),
        FormField("period", "line", QT_TRANSLATE_NOOP("EffortsPage", "Period")),
        FormField("status", "choice", QT_TRANSLATE_NOOP("EffortsPage", "Status")),
        FormField("eccar_point", "choice", QT_TRANSLATE_NOOP("EffortsPage", "ECCAR point")),
        FormField("track", "choice", QT_TRANSLATE_NOOP("EffortsPage", "Track")),
    )

    def __init__(self, document: ProcessDocument, parent=None):
        store = document.store
        columns = [
            Column(QT_TRANSLATE_NOOP("Columns", "Existing effort"), lambda e: e.name),
            Column(QT_TRANSLATE_NOOP("Columns", "Level"), lambda e: label(LEVEL_LABELS, e.level) if e.level else ""),
            Column(QT_TRANSLATE_NOOP("Columns", "Status"),
                   lambda e: label(EFFORT_STATUS_LABELS, e.status) if e.status else ""),
            Column(QT_TRANSLATE_NOOP("Columns", "Point"), lambda e: e.eccar_point or "",
                   sort=lambda e: e.eccar_point or 99),
            Column(QT_TRANSLATE_NOOP("Columns", "Track"), lambda e: e.track or "", sort=lambda e: e.track or 99),
            Column(QT_TRANSLATE_NOOP("Columns", "Measures"), lambda e: len(repo.measure_ids_of(store, e.id)),
                   sort=lambda e: len(repo.measure_ids_of(store, e.id))),
        ]
        super().__init__(document, columns, parent)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.request_import)
        self.button_row.insertWidget(2, self.import_button)
        #: the window's import (asks for a file, reads it, shows the preview)
        self.import_requested = None
        self.retranslate()
        self.show_entity(None)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Map what is already being done before planning anything new: projects, networks and ordinary services "
            "of the municipality and its partners. Give an effort an ECCAR point and a track and it shows in the "
            "action plan's coverage grid beside the planned measures."))
        self.new_button.setText(self.tr("&New effort"))
        self.delete_button.setText(self.tr("&Delete effort"))
        if hasattr(self, "import_button"):
            self.import_button.setText(self.tr("&Import from a spreadsheet…"))
        self.form_box.setTitle(self.tr("The chosen effort"))
        self.links_box.setTitle(self.tr("Measures that build on this effort"))
        self.links_hint.setText(self.tr("Tick a measure that builds on the effort; double-click to open it."))
        self.widgets["period"].setPlaceholderText(self.tr("e.g. 2025–2027, or since 2019"))
        super().retranslate()

    def choices(self, name: str) -> list[tuple[str, object]]:
        none = ("—", "" if name in ("level", "status") else None)
        if name == "level":
            return [none] + [(label(LEVEL_LABELS, level), str(level)) for level in EffortLevel]
        if name == "status":
            return [none] + [(label(EFFORT_STATUS_LABELS, status), str(status)) for status in EffortStatus]
        labels = measure_texts.label_overrides(self.document)
        if name == "eccar_point":
            return [none] + [(measure_texts.numbered(n, measure_texts.point_label(self.document, n, labels)), n)
                             for n in ECCAR_POINT_NUMBERS]
        if name == "track":
            return [none] + [(measure_texts.numbered(n, measure_texts.track_label(self.document, n, labels)), n)
                             for n in TRACK_NUMBERS]
        return []

    def count_text(self, count: int) -> str:
        return self.tr("%n existing effort(s)", "", count)

    def problem_text(self, name: str, value) -> str:
        code = effort_problem(name, value)
        texts = {
            EffortProblem.NO_NAME: self.tr("An effort needs a name. The old one is kept."),
            EffortProblem.TOO_LONG: self.tr("The text is too long for this field."),
        }
        return texts.get(code, "") if code else ""

    def edit(self, entity_id: int, name: str, value) -> bool:
        return goal_edits.edit_effort(self.document, entity_id, {name: value})

    def linked_measures(self, entity_id: int) -> set[int]:
        return set(repo.measure_ids_of(self.document.store, entity_id))

    def set_link(self, entity_id: int, measure_id: int, linked: bool) -> bool:
        return goal_edits.builds_on(self.document, measure_id, entity_id, linked)

    def create(self) -> int | None:
        return goal_edits.create_effort(self.document, self.tr("New effort"))

    def delete(self, ids: list[int]) -> bool:
        return goal_edits.delete_efforts(self.document, ids)

    def request_import(self) -> None:
        if self.import_requested:
            self.import_requested()
