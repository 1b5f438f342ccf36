"""The shape of the goals page and the efforts page: a list on the left, the chosen row's
fields on the right (each change one undoable step), and below them the measures linked to
it, ticked on or off (each tick one undoable step).

Subclasses say which entity, which columns and fields, and how an edit and a link are made
(through their ``*_edits`` module); this module knows nothing of goals or efforts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import Entity, Measure
from ...storage import measures_repo
from ..common import look
from ..common.column_room import ColumnRoom
from ..common.entity_model import ENTITY_ROLE, Column, EntityTableModel, SwedishSortProxy
from ..common.text_limits import limit_field
from ..document import DELETED

MEASURE_ROLE = Qt.ItemDataRole.UserRole + 20


@dataclass(frozen=True)
class FormField:
    name: str
    kind: str  # "line", "text", "choice"
    label: str  # English source text in the subclass's context


class _FocusOut(QObject):
    """Commits a multi-line field when it loses focus."""

    def __init__(self, commit, parent=None):
        super().__init__(parent)
        self.commit = commit

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False


class RegisterFormPage(QWidget):
    """Subclasses set ``CLS``, ``COLUMNS``, ``FIELDS``, ``LINK_TABLE`` and implement
    ``edit``, ``linked_measures``, ``set_link``, ``create``, ``delete``, ``choices`` and
    ``problem_text``; ``measureChosen`` asks the window to open a measure."""

    CLS: type[Entity] = Entity
    FIELDS: tuple[FormField, ...] = ()
    LINK_TABLE = ""
    #: the width of the columns after the first, in characters (the first stretches)
    COLUMN_CHARS: dict[int, int] = {}
    #: how wide a column may grow to show its content, in characters, when there is room
    COLUMN_MOST: dict[int, int] = {}
    measureChosen = Signal(int)

    def __init__(self, document, columns: list[Column], parent=None):
        super().__init__(parent)
        self.document = document
        self.current: int | None = None
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(look.margins(look.MARGIN))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        self.gaps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.gaps)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.button_row = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.request_new)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.request_delete)
        self.button_row.addWidget(self.new_button)
        self.button_row.addWidget(self.delete_button)
        self.button_row.addStretch(1)
        self.count_label = QLabel()
        self.button_row.addWidget(self.count_label)
        left_layout.addLayout(self.button_row)
        self.model = EntityTableModel(document, self.CLS, columns, order=("position", "id"),
                                      depends_on=(self.LINK_TABLE, Measure.TABLE))
        self.proxy = SwedishSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        # The first column stretches; the others are their heading wide at least and grow to
        # their content ("Minst 20 % av de nyanställda…") when the window has room.
        self.columns_room = ColumnRoom(
            self.view, 0,
            {column: (self.COLUMN_CHARS.get(column, 10),
                      max(self.COLUMN_CHARS.get(column, 10), self.COLUMN_MOST.get(column, 0)))
             for column in range(1, len(columns))},
            whole_heading=set(range(1, len(columns))), text_share=0.5)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        left_layout.addWidget(self.view, 1)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in self.FIELDS:
            widget = self._make_widget(spec)
            label = QLabel()
            label.setBuddy(widget)
            self.labels[spec.name] = label
            self.widgets[spec.name] = widget
            form.addRow(label, widget)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(look.error_style())
        form.addRow(self.message)
        # The form scrolls on a small screen (1280 × 720) rather than squeezing its text boxes.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form_box)
        right_layout.addWidget(scroll, 3)
        self.links_box = QGroupBox()
        links_layout = QVBoxLayout(self.links_box)
        self.links_hint = QLabel()
        self.links_hint.setWordWrap(True)
        links_layout.addWidget(self.links_hint)
        self.measures = QListWidget()
        self.measures.itemChanged.connect(self._link_changed)
        self.measures.itemDoubleClicked.connect(
            lambda item: self.measureChosen.emit(item.data(MEASURE_ROLE)))
        links_layout.addWidget(self.measures, 1)
        right_layout.addWidget(self.links_box, 2)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        document.rowChanged.connect(self._on_row_changed)
        document.reloaded.connect(self._reload)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)

    # -- to be given by the subclass -----------------------------------------------------

    def retranslate(self) -> None:
        for spec in self.FIELDS:
            self.labels[spec.name].setText(self.translate(spec.label) + ":")
        self.measures_changed()
        self._update_count()
        self.update_gaps()

    def translate(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def edit(self, entity_id: int, name: str, value) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def problem_text(self, name: str, value) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def choices(self, name: str) -> list[tuple[str, object]]:
        return []

    def linked_measures(self, entity_id: int) -> set[int]:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_link(self, entity_id: int, measure_id: int, linked: bool) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def create(self) -> int | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def delete(self, ids: list[int]) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def count_text(self, count: int) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def update_gaps(self) -> None:
        """The line above the list (the plan's gaps on the goals page)."""

    # -- widgets -------------------------------------------------------------------------------

    def _make_widget(self, spec: FormField) -> QWidget:
        if spec.kind == "text":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
            widget.installEventFilter(_FocusOut(lambda name=spec.name: self._commit(name), widget))
        elif spec.kind == "choice":
            widget = QComboBox()
            widget.activated.connect(lambda _index, name=spec.name: self._commit(name))
        else:
            widget = QLineEdit()
            widget.editingFinished.connect(lambda name=spec.name: self._commit(name))
        if spec.kind != "choice":
            limit_field(widget, self.CLS.TABLE, spec.name)
        return widget

    def _read(self, name: str):
        widget = self.widgets[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        return widget.text()

    def _write(self, name: str, value) -> None:
        widget = self.widgets[name]
        if isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")
        elif isinstance(widget, QComboBox):
            widget.clear()
            for text, data in self.choices(name):
                widget.addItem(text, data)
            widget.setCurrentIndex(max(widget.findData(value), 0))
        else:
            widget.setText("" if value is None else str(value))
            widget.setCursorPosition(0)

    def _commit(self, name: str) -> None:
        if self._loading or self.current is None:
            return
        entity = self.document.store.get(self.CLS, self.current)
        if entity is None:
            return
        value = self._read(name)
        stored = getattr(entity, name)
        if value == stored or (value == "" and stored is None):
            self.message.clear()
            return
        problem = self.problem_text(name, value)
        if problem:
            self.message.setText(problem)
            return
        self.message.clear()
        self.edit(self.current, name, value)

    # -- the chosen row --------------------------------------------------------------------------

    def _row_chosen(self, current, _previous=None) -> None:
        self.show_entity(current.siblingAtColumn(0).data(ENTITY_ROLE) if current.isValid() else None)

    def show_entity(self, entity_id: int | None) -> None:
        self.current = entity_id
        entity = self.document.store.get(self.CLS, entity_id) if entity_id is not None else None
        if entity is None:
            self.current = None
        self._loading = True
        try:
            for name in self.widgets:
                self._write(name, getattr(entity, name) if entity is not None else "")
                self.widgets[name].setEnabled(entity is not None)
        finally:
            self._loading = False
        self.message.clear()
        self.delete_button.setEnabled(entity is not None)
        self.measures_changed()

    def select(self, entity_id: int) -> bool:
        row = self.model.row_of(entity_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def measures_changed(self) -> None:
        """The checklist of measures, ticked where linked to the chosen row."""
        linked = self.linked_measures(self.current) if self.current is not None else set()
        from ...export.report_data import number_measures

        measures = measures_repo.measures_in_plan_order(self.document.store)
        numbers = number_measures([m for m in measures if m.status != "cancelled"])
        self.measures.blockSignals(True)
        self.measures.clear()
        for measure in measures:
            number = numbers.get(measure.id, "")
            item = QListWidgetItem(f"{number} {measure.title}".strip())
            item.setData(MEASURE_ROLE, measure.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self.current is not None:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if measure.id in linked else Qt.CheckState.Unchecked)
            self.measures.addItem(item)
        self.measures.setEnabled(self.current is not None)
        self.measures.blockSignals(False)

    def _link_changed(self, item: QListWidgetItem) -> None:
        if self.current is None:
            return
        linked = item.checkState() == Qt.CheckState.Checked
        if not self.set_link(self.current, item.data(MEASURE_ROLE), linked):
            self.measures_changed()  # refused or failed: show what the file holds

    # -- buttons --------------------------------------------------------------------------------

    def request_new(self) -> int | None:
        new_id = self.create()
        if new_id is not None:
            self.select(new_id)
            title = self.widgets[self.FIELDS[0].name]
            title.setFocus()
            if isinstance(title, QLineEdit):
                title.selectAll()
        return new_id

    def request_delete(self) -> bool:
        if self.current is None:
            return False
        return self.delete([self.current])

    def _update_count(self, *args) -> None:
        self.count_label.setText(self.count_text(self.model.rowCount()))

    # -- changes ----------------------------------------------------------------------------------

    def _on_row_changed(self, table: str, entity_id: int, kind: str) -> None:
        if table == self.CLS.TABLE and entity_id == self.current:
            if kind == DELETED:
                self.show_entity(None)
            else:
                self.show_entity(self.current)
        elif table in (self.LINK_TABLE, Measure.TABLE):
            self.measures_changed()
        if table in (self.CLS.TABLE, self.LINK_TABLE, Measure.TABLE):
            self.update_gaps()

    def _reload(self) -> None:
        self.show_entity(self.current)
        self.update_gaps()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event):
        if self.current is None and self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        super().showEvent(event)
