"""The plan as a whole: its own texts (municipality, title, period, diarienummer, background,
commission, purpose, financing), its stage with the dated history of decisions, and the
versions kept at each stage (to compare, and to export as they were).

A text is written when it loses focus or Enter is pressed: one undoable step per text. A new
stage is recorded through ``StageDialog``, one undoable step that also keeps the catalogue
as it then stands. The page's top right holds links to the plan's other sections
(``add_section_link``): the remiss page hooks in there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import PlanStageChange, PlanVersion, Process
from ...domain.plan import ONE_LINE_FIELDS, PLAN_TEXT_FIELDS, STAGE_ORDER, Direction, stage_index, timeline
from ...export.plan_versions import StoredVersionError, version_contents
from ...storage import plan as repo
from ..common import look
from ..common.text_limits import limit_field
from . import plan_edits
from .plan_dialogs import StageDialog, StepDialog, VersionDiffDialog, stage_name

#: The texts in the order the page shows them; the first ones are one line each.
TEXT_ORDER = ("municipality", "plan_title", "plan_period", "plan_dnr", "background", "commission", "purpose",
              "financing")


class PlanPage(QWidget):
    """``exportRequested`` asks the window to export a stored version (its id) as Word;
    ``eccarReportRequested`` to write the report to ECCAR."""

    exportRequested = Signal(int)
    eccarReportRequested = Signal()

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.texts: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.text_labels: dict[str, QLabel] = {}
        self._shown: dict[str, str] = {}
        self._measure_counts: dict[int, int | None] = {}  # a version's content never changes
        self._steps: list[PlanStageChange] = []
        self._versions: list[PlanVersion] = []

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_texts())
        splitter.addWidget(self._build_stages())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        document.rowChanged.connect(self._on_row_changed)
        document.reloaded.connect(self._reloaded)
        self.retranslate()
        self.load()

    # -- building ---------------------------------------------------------------------------------

    def _build_top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        left = QVBoxLayout()
        self.heading = QLabel()
        look.set_type(self.heading, look.PAGE_TITLE)
        self.heading.setWordWrap(True)
        left.addWidget(self.heading)
        path = QHBoxLayout()
        path.setSpacing(look.space(look.SMALL))
        self.stage_path: list[QLabel] = []
        self.arrows: list[QLabel] = []
        for position, _stage in enumerate(STAGE_ORDER):
            if position:
                arrow = QLabel("→")
                self.arrows.append(arrow)
                path.addWidget(arrow)
            label = QLabel()
            self.stage_path.append(label)
            path.addWidget(label)
        path.addStretch(1)
        left.addLayout(path)
        self.stage_summary = QLabel()
        self.stage_summary.setWordWrap(True)
        self.stage_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.stage_summary)
        top.addLayout(left, 1)
        #: Links to the plan's other sections (the remiss page puts its own here).
        self.sections = QVBoxLayout()
        self.sections.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        top.addLayout(self.sections)
        return top

    def add_section_link(self, text: str, slot) -> QPushButton:
        """A link at the top right to another section of the plan (e.g. the remiss)."""
        button = QPushButton(text)
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet(look.link_button_style())
        button.clicked.connect(slot)
        self.sections.addWidget(button)
        return button

    def _build_texts(self) -> QWidget:
        self.texts_box = QGroupBox()
        form = QFormLayout(self.texts_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in TEXT_ORDER:
            if name in ONE_LINE_FIELDS:
                widget: QLineEdit | QPlainTextEdit = QLineEdit()
                widget.editingFinished.connect(lambda field=name: self.commit(field))
            else:
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)
                widget.installEventFilter(self)
            limit_field(widget, "process", name)
            label = QLabel()
            label.setBuddy(widget)
            self.texts[name] = widget
            self.text_labels[name] = label
            form.addRow(label, widget)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.texts_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _table(self, columns: int, stretch: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    def _build_stages(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.history_box = QGroupBox()
        history = QVBoxLayout(self.history_box)
        self.history = self._table(4, 2)
        self.history.itemSelectionChanged.connect(self._update_buttons)
        self.history.doubleClicked.connect(lambda _index: self.correct_step())
        history.addWidget(self.history, 1)
        #: the chosen step's note, in full
        self.step_note = QLabel()
        self.step_note.setWordWrap(True)
        self.step_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        history.addWidget(self.step_note)
        row = QHBoxLayout()
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.record_stage)
        self.correct_button = QPushButton()
        self.correct_button.clicked.connect(self.correct_step)
        row.addWidget(self.record_button)
        row.addWidget(self.correct_button)
        row.addStretch(1)
        history.addLayout(row)
        column.addWidget(self.history_box, 3)

        self.versions_box = QGroupBox()
        versions = QVBoxLayout(self.versions_box)
        self.versions_note = QLabel()
        self.versions_note.setWordWrap(True)
        versions.addWidget(self.versions_note)
        self.versions = self._table(4, 3)
        self.versions.itemSelectionChanged.connect(self._update_buttons)
        versions.addWidget(self.versions, 1)
        row = QHBoxLayout()
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self.compare_versions)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_version)
        row.addWidget(self.compare_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        self.eccar_button = QPushButton()
        self.eccar_button.clicked.connect(self.eccarReportRequested)
        row.addWidget(self.eccar_button)
        versions.addLayout(row)
        column.addWidget(self.versions_box, 2)
        return side

    # -- texts ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        labels = {
            "municipality": self.tr("&Municipality:"),
            "plan_title": self.tr("&Title of the plan:"),
            "plan_period": self.tr("&Period:"),
            "plan_dnr": self.tr("&Registration number:"),
            "background": self.tr("&Background:"),
            "commission": self.tr("&Commission:"),
            "purpose": self.tr("P&urpose:"),
            "financing": self.tr("&Financing:"),
        }
        for name, label in self.text_labels.items():
            label.setText(labels[name])
        placeholders = {
            "plan_title": self.tr("e.g. Action plan against racism and discrimination"),
            "plan_period": self.tr("e.g. 2027–2029"),
            "plan_dnr": self.tr("the plan's diarienummer, e.g. KS 2027/112"),
            "background": self.tr("Why the municipality makes the plan, and what it builds on"),
            "commission": self.tr("Who gave the commission to make the plan, and when"),
            "purpose": self.tr("What the plan is meant to achieve"),
            "financing": self.tr("How the measures are paid for: budgets, grants, working time"),
        }
        for name, text in placeholders.items():
            self.texts[name].setPlaceholderText(text)
        self.texts_box.setTitle(self.tr("The plan's own texts (the first pages of the plan)"))
        self.history_box.setTitle(self.tr("Stages and decisions"))
        self.history.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Stage"), self.tr("Decided by"),
                                                self.tr("Reg. no.")])
        self.record_button.setText(self.tr("Record a new &stage…"))
        self.correct_button.setText(self.tr("C&orrect the chosen step…"))
        self.versions_box.setTitle(self.tr("Stored versions of the plan"))
        self.versions_note.setText(self.tr(
            "Each stage keeps the catalogue as it stood that day, so the plan as sent on remiss or as adopted "
            "can be exported later exactly as it was."))
        self.versions.setHorizontalHeaderLabels([self.tr("No."), self.tr("Stage"), self.tr("Date"),
                                                 self.tr("Measures")])
        self.compare_button.setText(self.tr("Com&pare…"))
        self.export_button.setText(self.tr("E&xport as Word…"))
        self.eccar_button.setText(self.tr("Report to &ECCAR…"))
        self.eccar_button.setToolTip(self.tr(
            "The two-yearly report to ECCAR: the measures per point, what was done, the indicators, the changes "
            "since the adoption and the coverage grid"))
        self.load()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing what is stored -------------------------------------------------------------------

    def load(self) -> None:
        process = self.document.store.process()
        self._load_texts(process)
        self._load_stage(process)
        self._load_versions()

    def _reloaded(self) -> None:
        """A backup was restored: its versions may have the same ids and other content."""
        self._measure_counts.clear()
        self.load()

    def _load_texts(self, process: Process) -> None:
        for name, widget in self.texts.items():
            value = getattr(process, name)
            if widget.hasFocus() and self._read(name) != self._shown.get(name, value):
                continue  # the coordinator is typing here: do not overwrite it
            self._write(name, value)
            self._shown[name] = value

    def _read(self, name: str) -> str:
        widget = self.texts[name]
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    def _write(self, name: str, value: str) -> None:
        widget = self.texts[name]
        if self._read(name) == value:
            return
        widget.blockSignals(True)
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            widget.setText(value)
            widget.setCursorPosition(0)
        widget.blockSignals(False)

    def _load_stage(self, process: Process) -> None:
        title = process.plan_title or process.title
        self.heading.setText(" – ".join(part for part in (title, process.plan_period) if part))
        here = stage_index(process.plan_stage)
        for position, (label, stage) in enumerate(zip(self.stage_path, STAGE_ORDER)):
            label.setText(stage_name(stage))
            label.setStyleSheet(look.step_style("current" if position == here else "done" if position < here else "ahead"))
            label.setAccessibleName(self.tr("%1 (current stage)").replace("%1", stage_name(stage))
                                    if position == here else stage_name(stage))
        steps = timeline(repo.stage_history(self.document.store))
        self._steps = [step.change for step in reversed(steps)]  # newest first
        latest = steps[-1].change if steps else None
        if latest is None:
            self.stage_summary.setText(self.tr("No stage has been recorded yet: the plan is a draft."))
        else:
            parts = [self.tr("%1 on %2").replace("%1", stage_name(latest.stage)).replace("%2", latest.date)]
            if latest.body:
                parts.append(self.tr("decided by %1").replace("%1", latest.body))
            if latest.dnr:
                parts.append(self.tr("reg. no. %1").replace("%1", latest.dnr))
            self.stage_summary.setText(" · ".join(parts))
        chosen = self._chosen_id(self.history, self._steps)
        self.history.setRowCount(len(steps))
        for row, step in enumerate(reversed(steps)):
            change = step.change
            stage = stage_name(change.stage)
            if step.direction == Direction.BACK:
                stage = self.tr("%1 (back)").replace("%1", stage)
            for column, text in enumerate((change.date, stage, change.body, change.dnr)):
                item = QTableWidgetItem(text)
                item.setToolTip(change.note or text)
                item.setData(Qt.ItemDataRole.UserRole, change.id)
                self.history.setItem(row, column, item)
        self._select(self.history, self._steps, chosen)
        self._update_buttons()

    def _load_versions(self) -> None:
        versions = repo.versions(self.document.store)
        chosen = self._chosen_id(self.versions, self._versions)
        self._versions = list(reversed(versions))  # newest first
        self.versions.setRowCount(len(versions))
        for row, version in enumerate(self._versions):
            number = len(versions) - row
            count = self._measure_count(version)
            texts = (str(number), stage_name(version.stage), version.date,
                     "–" if count is None else str(count))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, version.id)
                self.versions.setItem(row, column, item)
        self._select(self.versions, self._versions, chosen)
        self._update_buttons()

    def _measure_count(self, version: PlanVersion) -> int | None:
        if version.id not in self._measure_counts:
            self._measure_counts[version.id] = None
            stored = repo.version(self.document.store, version.id) if version.id is not None else None
            if stored is not None:
                try:
                    self._measure_counts[version.id] = len(version_contents(stored.content)[1])
                except StoredVersionError:
                    pass
        return self._measure_counts[version.id]

    @staticmethod
    def _chosen_id(table: QTableWidget, rows: list) -> int | None:
        row = table.currentRow()
        return rows[row].id if 0 <= row < len(rows) else None

    @staticmethod
    def _select(table: QTableWidget, rows: list, entity_id: int | None) -> None:
        for row, entity in enumerate(rows):
            if entity.id == entity_id:
                table.selectRow(row)
                return
        if rows:
            table.selectRow(0)

    def _update_buttons(self) -> None:
        step = self.chosen_step()
        self.correct_button.setEnabled(step is not None)
        self.step_note.setText(self.tr("Note: %1").replace("%1", step.note) if step is not None and step.note else "")
        has_version = self.chosen_version() is not None
        self.compare_button.setEnabled(has_version)
        self.export_button.setEnabled(has_version)

    def _on_row_changed(self, table: str, _id: int, _kind: str) -> None:
        if table == Process.TABLE:
            self.load()
        elif table == PlanStageChange.TABLE:
            self._load_stage(self.document.store.process())
        elif table == PlanVersion.TABLE:
            self._load_versions()

    # -- edits ------------------------------------------------------------------------------------

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.FocusOut:
            for name, widget in self.texts.items():
                if widget is watched:
                    self.commit(name)
                    break
        return super().eventFilter(watched, event)

    def commit(self, name: str) -> bool:
        """Writes one text if it changed (one undoable step)."""
        value = self._read(name)
        if value == self._shown.get(name):
            return True
        if not plan_edits.update_texts(self.document, **{name: value}):
            self._write(name, self._shown.get(name, ""))
            return False
        stored = getattr(self.document.store.process(), name)
        self._shown[name] = stored
        self._write(name, stored)  # as stored: trimmed
        return True

    def commit_pending(self) -> None:
        """Writes whatever is still being typed (before an export or a stage change)."""
        for name in PLAN_TEXT_FIELDS:
            if name in self.texts and self._read(name) != self._shown.get(name):
                self.commit(name)

    def chosen_step(self) -> PlanStageChange | None:
        row = self.history.currentRow()
        return self._steps[row] if 0 <= row < len(self._steps) else None

    def chosen_version(self) -> PlanVersion | None:
        row = self.versions.currentRow()
        return self._versions[row] if 0 <= row < len(self._versions) else None

    def record_stage(self) -> StageDialog:
        self.commit_pending()
        dialog = StageDialog(self.document, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def correct_step(self) -> StepDialog | None:
        step = self.chosen_step()
        if step is None:
            return None
        dialog = StepDialog(self.document, step, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def compare_versions(self) -> VersionDiffDialog | None:
        """Compares the chosen version with the plan as it is now (both can be changed)."""
        from ...export.report_data import gather_catalogue

        chosen = self.chosen_version()
        if chosen is None:
            return None
        oldest_first = list(reversed(self._versions))
        store = self.document.store

        def stored(version_id):
            def load():
                version = repo.version(store, version_id)
                if version is None:
                    raise StoredVersionError("gone")
                return version_contents(version.content)
            return load

        def now():
            data = gather_catalogue(store)
            return data.process, [e.measure for e in data.measures], {e.measure.id: e.number for e in data.measures}

        choices = [(self.tr("Version %1: %2, %3").replace("%1", str(number)).replace(
                        "%2", stage_name(version.stage)).replace("%3", version.date), stored(version.id))
                   for number, version in enumerate(oldest_first, start=1)]
        choices.append((self.tr("The plan as it is now"), now))
        dialog = VersionDiffDialog(choices, first=oldest_first.index(chosen), parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_version(self) -> None:
        chosen = self.chosen_version()
        if chosen is not None and chosen.id is not None:
            self.exportRequested.emit(chosen.id)
