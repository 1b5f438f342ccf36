"""One measure, every field of it (DOMAIN.md, "What is captured"), its dated status history,
and the contributions and themes it came from.

A field is written when it loses focus or Enter is pressed: one undoable step per field.
A status change that the domain refuses says exactly what is missing and outlines those
fields, because "a measure without a named owner is not carried out".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import limits
from ...domain.entities import (
    CafeTable,
    Contribution,
    FrameworkLabel,
    Measure,
    MeasureSource,
    MeasureStatusChange,
    Meeting,
    Round,
    Theme,
)
from ...domain.measures import (
    ECCAR_POINT_NUMBERS,
    REOPEN,
    STATUS_ORDER,
    TRACK_NUMBERS,
    AimedAt,
    MissingField,
    Term,
    allowed_transitions,
    missing_for,
    parse_iso_date,
)
from ...storage import measures_repo as repo
from ..common import look
from ..common.column_room import ColumnRoom, heading_width
from ..common.keys import key_sequence
from ..common.screen_fit import fit_to_screen
from ..common.text_limits import limit_field, limit_widget
from ..document import DELETED
from . import measure_edits, measure_texts

# (group key, fields); each field: (name, kind). Kinds: line, text, date, choice.
GROUPS = (
    ("what", (("title", "line"), ("description", "text"), ("goal", "text"))),
    ("who", (("owner", "line"), ("owner_contact", "line"), ("department", "line"))),
    ("when", (("due_date", "date"), ("time_frame", "line"))),
    (
        "how",
        (
            ("completion_criterion", "text"), ("indicators", "text"), ("baseline", "line"), ("target", "line"),
            ("result", "text"), ("follow_up_method", "line"), ("resources", "line"),
        ),
    ),
    (
        "class",
        (
            ("eccar_point", "choice"), ("track", "choice"), ("aimed_at", "choice"), ("target_groups", "line"),
            ("is_new", "choice"), ("term", "choice"), ("quick_win", "choice"),
            ("origin_meeting_id", "choice"),
        ),
    ),
)


REOPEN_PREFIX = "reopen:"


def _parse_choice(choice: str) -> tuple[str, bool]:
    """The status combo's data: "decided", or "reopen:ongoing" for an explicit reopen."""
    if choice.startswith(REOPEN_PREFIX):
        return choice[len(REOPEN_PREFIX):], True
    return choice, False


class MeasureEditor(QDialog):
    """A window for one measure (not modal: the coordinator can look at the catalogue or
    the meeting the measure came from meanwhile). ``sourceChosen`` asks the window to show
    a contribution or theme in its meeting."""

    sourceChosen = Signal(str, int)
    DEFAULT_SIZE = QSize(1150, 640)  # fits 1280×720 with a taskbar; smaller screens get less

    def __init__(self, document, measure_id: int, parent=None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.document = document
        self.measure_id = measure_id
        self.measure: Measure = document.store.get(Measure, measure_id)
        self.widgets: dict[str, QWidget] = {}
        self.field_labels: dict[str, QLabel] = {}
        self.group_boxes: dict[str, QGroupBox] = {}
        self._shown: dict[str, object] = {}
        self.highlighted: set[str] = set()

        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_fields())
        splitter.addWidget(self._build_side())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        # Half each: the fields' form reads well at 560 px, and the history and "Came from"
        # tables beside it need the width more (at 1280×720 they were cut to a few letters).
        width = self.DEFAULT_SIZE.width()
        splitter.setSizes([width // 2, width // 2])
        layout.addWidget(splitter, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(look.error_style())
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, self.DEFAULT_SIZE)

        document.rowChanged.connect(self._on_row_changed)
        self.retranslate()
        self.load()

    # -- building ---------------------------------------------------------------------------

    def _build_fields(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        column = QVBoxLayout(inner)
        for key, fields in GROUPS:
            box = QGroupBox()
            self.group_boxes[key] = box
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name, kind in fields:
                widget = self._make_widget(name, kind)
                label = QLabel()
                label.setBuddy(widget)
                self.widgets[name] = widget
                self.field_labels[name] = label
                form.addRow(label, widget)
            column.addWidget(box)
        column.addStretch(1)
        scroll.setWidget(inner)
        return scroll

    def _make_widget(self, name: str, kind: str) -> QWidget:
        if kind == "text":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
            widget.installEventFilter(self)
            limit_field(widget, "measure", name)
            return widget
        if kind == "choice":
            widget = QComboBox()
            widget.activated.connect(lambda _index, field=name: self.commit(field))
            return widget
        widget = QLineEdit()
        limit_field(widget, "measure", name)
        widget.editingFinished.connect(lambda field=name: self.commit(field))
        if name in ("owner", "department"):
            source = repo.owners if name == "owner" else repo.departments
            completer = QCompleter(source(self.document.store), widget)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            widget.setCompleter(completer)
        return widget

    def _build_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)

        self.status_box = QGroupBox()
        status = QVBoxLayout(self.status_box)
        self.status_label = QLabel()
        look.set_type(self.status_label, look.SECTION_HEADING)
        status.addWidget(self.status_label)
        self.history = QTableWidget(0, 4)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.setWordWrap(True)
        status.addWidget(self.history, 1)
        form = QFormLayout()
        self.next_status = QComboBox()
        self.next_status.currentIndexChanged.connect(self._show_missing_for_choice)
        self.status_date = QDateEdit()
        self.status_date.setCalendarPopup(True)
        self.status_date.setDisplayFormat("yyyy-MM-dd")
        self.status_date.setDate(QDate.currentDate())
        self.status_note = limit_field(QLineEdit(), "measure_status_change", "note")
        self.next_status_label, self.status_date_label, self.status_note_label = QLabel(), QLabel(), QLabel()
        for label, widget in (
            (self.next_status_label, self.next_status),
            (self.status_date_label, self.status_date),
            (self.status_note_label, self.status_note),
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        status.addLayout(form)
        self.status_missing = QLabel()
        self.status_missing.setWordWrap(True)
        self.status_missing.setStyleSheet(look.error_style())
        status.addWidget(self.status_missing)
        self.record_button = QPushButton()
        # A shortcut of its own: the button's text (with its &-mnemonic) would replace one set on it.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(key_sequence(Qt.KeyboardModifier.ControlModifier, key), self).activated.connect(self.record_status)
        self.record_button.clicked.connect(self.record_status)
        self.status_note.returnPressed.connect(self.record_status)
        status.addWidget(self.record_button)
        column.addWidget(self.status_box, 3)

        self.sources_box = QGroupBox()
        sources = QVBoxLayout(self.sources_box)
        self.sources = QTreeWidget()
        self.sources.setColumnCount(3)
        self.sources.setWordWrap(True)
        # The contribution's text keeps most of the width; the meeting and the table grow to
        # their content when the window has room (their cells name them whole in tooltips).
        self.sources_room = ColumnRoom(self.sources, 0, {1: (12, 34), 2: (10, 20)}, text_share=0.45)
        self.sources.itemActivated.connect(self._source_activated)
        sources.addWidget(self.sources, 1)
        row = QHBoxLayout()
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self.choose_sources)
        self.unlink_button = QPushButton()
        self.unlink_button.clicked.connect(self.unlink_current)
        row.addWidget(self.link_button)
        row.addWidget(self.unlink_button)
        row.addStretch(1)
        sources.addLayout(row)
        column.addWidget(self.sources_box, 2)
        return side

    # -- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        titles = {
            "what": self.tr("What and why"),
            "who": self.tr("Who is responsible"),
            "when": self.tr("When"),
            "how": self.tr("How we know it worked"),
            "class": self.tr("Place in the plan"),
        }
        for key, box in self.group_boxes.items():
            box.setTitle(titles[key])
        for name, label in self.field_labels.items():
            label.setText(measure_texts.field_name(name) + ":")
        self.widgets["due_date"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.widgets["time_frame"].setPlaceholderText(self.tr("for example “autumn 2027” or “2027–2029”"))
        self.widgets["owner"].setToolTip(self.tr("One named contact person in the department, never the coordinator."))
        self.status_box.setTitle(self.tr("Status and history"))
        self.history.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Status"), self.tr("Reported in"),
                                                self.tr("Note")])
        self.next_status_label.setText(self.tr("&New status:"))
        self.status_date_label.setText(self.tr("D&ate:"))
        self.status_note_label.setText(self.tr("N&ote:"))
        self.status_note.setPlaceholderText(self.tr("What was decided or done"))
        self.record_button.setText(self.tr("&Record status (Ctrl+Enter)"))
        self.sources_box.setTitle(self.tr("Came from (double-click to show it in its meeting)"))
        self.sources.setHeaderLabels([self.tr("Contribution or theme"), self.tr("Meeting"), self.tr("Table / round")])
        self.link_button.setText(self.tr("&Link more…"))
        self.unlink_button.setText(self.tr("Remove lin&k"))
        if self.measure is not None:
            self.load()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing the stored measure ---------------------------------------------------------

    def load(self) -> None:
        measure = self.document.store.get(Measure, self.measure_id)
        if measure is None:
            return
        self.measure = measure
        self.setWindowTitle(self.tr("Measure: %1").replace("%1", measure.title or self.tr("(no title)")))
        self._fill_choices()
        for name, widget in self.widgets.items():
            value = getattr(measure, name)
            focused = widget.hasFocus() or (isinstance(widget, QComboBox) and widget.view().isVisible())
            if focused and self._read(name) != self._shown.get(name, value):
                continue  # the coordinator is typing here: do not overwrite it
            self._write(name, value)
            self._shown[name] = value
        self._load_status()
        self._load_sources()

    def _fill_choices(self) -> None:
        labels = measure_texts.label_overrides(self.document)
        none = ("—", None)
        choices = {
            "eccar_point": [none] + [
                (measure_texts.numbered(n, measure_texts.point_label(self.document, n, labels)), n)
                for n in ECCAR_POINT_NUMBERS
            ],
            "track": [none] + [
                (measure_texts.numbered(n, measure_texts.track_label(self.document, n, labels)), n)
                for n in TRACK_NUMBERS
            ],
            "aimed_at": [(measure_texts.aimed_at_label(a), str(a)) for a in AimedAt],
            "is_new": [(measure_texts.is_new_label(True), True), (measure_texts.is_new_label(False), False)],
            "term": [(measure_texts.term_label(t), str(t)) for t in Term],
            "quick_win": [(measure_texts.quick_win_label(False), False), (measure_texts.quick_win_label(True), True)],
            "origin_meeting_id": [none] + [
                (measure_texts.meeting_name(m), m.id)
                for m in sorted(self.document.store.list(Meeting), key=lambda m: (m.date or "9999", m.position, m.id))
            ],
        }
        for name, items in choices.items():
            combo = self.widgets[name]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)

    def _read(self, name: str):
        widget = self.widgets[name]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        return " ".join(widget.text().split())

    def _write(self, name: str, value) -> None:
        widget = self.widgets[name]
        widget.blockSignals(True)
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")
        elif widget.text() != (value or ""):
            widget.setText(value or "")
        widget.blockSignals(False)

    def _load_status(self) -> None:
        measure = self.measure
        self.status_label.setText(self.tr("Status: %1").replace("%1", measure_texts.status_label(measure.status)))
        history = repo.status_history(self.document.store, self.measure_id)
        self.history.setRowCount(len(history))
        for row, change in enumerate(reversed(history)):  # newest first
            reported = ", ".join(part for part in (change.round, change.department) if part)
            note = change.note
            if change.indicator_value:
                value = self.tr("Indicator value: %1").replace("%1", change.indicator_value)
                note = f"{note}\n{value}" if note else value
            for column, text in enumerate((change.date, measure_texts.status_label(change.status), reported, note)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(row, column, item)
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(1)
        history_header = self.history.horizontalHeader()
        for column in (0, 1):
            self.history.setColumnWidth(column, max(self.history.columnWidth(column), heading_width(history_header, column)))
        self.history.setColumnWidth(2, max(min(self.history.sizeHintForColumn(2) + 8, 170),
                                           heading_width(history_header, 2)))
        chosen = self.next_status.currentData()
        self.next_status.blockSignals(True)
        self.next_status.clear()
        # Forward moves first (the usual next step is the default), back-steps after them.
        here = STATUS_ORDER.index(measure.status) if measure.status in STATUS_ORDER else 0
        moves = sorted(
            allowed_transitions(measure.status), key=lambda s: (STATUS_ORDER.index(s) < here, STATUS_ORDER.index(s))
        )
        for status in moves:
            self.next_status.addItem(measure_texts.status_label(status), status)
        for status in STATUS_ORDER:
            if status in REOPEN.get(measure.status, ()):
                self.next_status.addItem(
                    self.tr("Reopen as: %1").replace("%1", measure_texts.status_label(status)), REOPEN_PREFIX + status
                )
        self.next_status.addItem(
            self.tr("Progress note (still %1)").replace("%1", measure_texts.status_label(measure.status).lower()),
            measure.status,
        )
        index = self.next_status.findData(chosen) if chosen is not None else 0
        self.next_status.setCurrentIndex(max(index, 0))
        self.next_status.blockSignals(False)
        self._show_missing_for_choice()

    def _show_missing_for_choice(self, *args) -> None:
        """What the chosen status still needs, before the coordinator tries it."""
        choice = self.next_status.currentData()
        if choice is None:
            self.status_missing.clear()
            self.highlight([])
            return
        status, _reopen = _parse_choice(choice)
        missing = missing_for(self.measure, status) if status != self.measure.status else []
        if missing:
            self.status_missing.setText(
                self.tr("Before it can become %1:").replace("%1", measure_texts.status_label(status).lower())
                + "\n• " + "\n• ".join(measure_texts.missing_text(m) for m in missing)
            )
        else:
            self.status_missing.clear()
        self.highlight(missing)

    def highlight(self, missing) -> None:
        """Outlines the fields behind ``missing`` in red (and says it in their tooltip)."""
        wanted: dict[str, MissingField] = {}
        for item in missing:
            for name in measure_texts.MISSING_FIELD_WIDGETS[MissingField(item)]:
                wanted[name] = item
        for name in self.highlighted - set(wanted):
            self.widgets[name].setStyleSheet("")
            self.widgets[name].setToolTip("")
        for name, item in wanted.items():
            self.widgets[name].setStyleSheet(look.missing_style())
            self.widgets[name].setToolTip(measure_texts.missing_text(item))
        self.highlighted = set(wanted)

    def _load_sources(self) -> None:
        store = self.document.store
        self.sources.clear()
        try:
            links = repo.measure_links(store, self.measure_id)
        except KeyError:
            return
        meetings = {m.id: m for m in store.list(Meeting)}
        source_ids = {(s.contribution_id, s.theme_id): s.id for s in links.sources}

        def contribution_item(contribution: Contribution, parent=None) -> QTreeWidgetItem:
            where = []
            if contribution.table_id is not None:
                table = store.get(CafeTable, contribution.table_id)
                if table is not None:
                    where.append(table.name)
            if contribution.round_id is not None:
                round_ = store.get(Round, contribution.round_id)
                if round_ is not None:
                    where.append(self.tr("round %1").replace("%1", str(round_.number)))
            meeting = measure_texts.meeting_name(meetings.get(contribution.meeting_id))
            texts = [contribution.text, meeting, ", ".join(where)]
            item = QTreeWidgetItem(texts)
            for column, text in enumerate(texts):
                item.setToolTip(column, text)
            link = source_ids.get((contribution.id, None))
            item.setData(0, Qt.ItemDataRole.UserRole, ("contribution", contribution.id, link))
            (parent.addChild(item) if parent is not None else self.sources.addTopLevelItem(item))
            return item

        for contribution in links.contributions:
            contribution_item(contribution)
        for theme in links.themes:
            item = QTreeWidgetItem([self.tr("Theme: %1").replace("%1", theme.title),
                                    measure_texts.meeting_name(meetings.get(theme.meeting_id)), ""])
            item.setData(0, Qt.ItemDataRole.UserRole, ("theme", theme.id, source_ids.get((None, theme.id))))
            self.sources.addTopLevelItem(item)
            for member in links.theme_members:
                if member.theme_id == theme.id:
                    contribution_item(member, item)
            item.setExpanded(True)
        if links.duplicates:
            group = QTreeWidgetItem([self.tr("Said the same (merged duplicates)"), "", ""])
            self.sources.addTopLevelItem(group)
            for duplicate in links.duplicates:
                contribution_item(duplicate, group)
        if self.sources.topLevelItemCount() == 0:
            empty = QTreeWidgetItem([self.tr("Not linked to any contribution or theme yet."), "", ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.sources.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)

    def _on_row_changed(self, table: str, entity_id: int, kind: str) -> None:
        if table == Measure.TABLE and entity_id == self.measure_id:
            if kind == DELETED:
                self.measure_id = -1
                self.close()
                return
            self.load()
        elif table == MeasureStatusChange.TABLE and self.measure_id != -1:
            self._load_status()
        elif table in (MeasureSource.TABLE, Contribution.TABLE, Theme.TABLE) and self.measure_id != -1:
            self._load_sources()
        elif table in (Meeting.TABLE, FrameworkLabel.TABLE) and self.measure_id != -1:
            self.load()

    # -- writing -------------------------------------------------------------------------------

    def commit(self, name: str) -> bool:
        """Writes one field if it changed; says why when the value is refused."""
        if self.measure_id == -1:
            return False
        value = self._read(name)
        stored = getattr(self.document.store.get(Measure, self.measure_id), name)
        if value == stored:
            return True
        if name == "due_date" and value and parse_iso_date(value) is None:
            self.message.setText(
                self.tr("“%1” is not a date. Write it as YYYY-MM-DD, for example 2027-06-30.").replace("%1", value)
            )
            self.widgets[name].setStyleSheet(look.missing_style())
            return False
        problems, missing = measure_edits.edit_problems(self.document, self.measure_id, {name: value})
        if problems or missing:
            reasons = [measure_texts.problem_text(p) for p in problems]
            if missing:
                reasons.append(
                    self.tr("A measure that is %1 must keep these: %2").replace(
                        "%1", measure_texts.status_label(self.measure.status).lower()
                    ).replace("%2", measure_texts.missing_list(missing))
                )
            self.message.setText(" ".join(reasons))
            self._write(name, stored)
            return False
        self.message.clear()
        if name not in self.highlighted:
            self.widgets[name].setStyleSheet("")
        if not measure_edits.update_measure(self.document, self.measure_id, **{name: value}):
            self._write(name, stored)
            return False
        self._shown[name] = value
        return True

    def commit_all(self) -> None:
        """Writes whatever is still being typed (before a status change, or on closing)."""
        for name in self.widgets:
            value = self._read(name)
            if value != self._shown.get(name):
                self.commit(name)

    def record_status(self) -> bool:
        """Records the chosen status with the date and the note; refused: says what is missing."""
        self.commit_all()
        choice = self.next_status.currentData()
        if choice is None:
            return False
        status, reopen = _parse_choice(choice)
        check = measure_edits.status_check(self.document, self.measure_id, status, reopen=reopen)
        if not check.allowed:
            self.message.setText(
                measure_texts.refusal_text(check, current=self.measure.status, status=status)
            )
            self.highlight(check.missing)
            return False
        day = self.status_date.date().toString("yyyy-MM-dd") or date.today().isoformat()
        if not measure_edits.change_measure_status(
            self.document, self.measure_id, status, self.status_note.text().strip(), day, reopen=reopen
        ):
            return False
        self.message.clear()
        self.status_note.clear()
        return True

    def _source_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if data:
            self.sourceChosen.emit(data[0], data[1])

    def unlink_current(self) -> bool:
        item = self.sources.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if not data or data[2] is None:
            return False
        return measure_edits.unlink_source(self.document, data[2])

    def choose_sources(self) -> LinkSourcesDialog:
        dialog = LinkSourcesDialog(self.document, self.measure_id, self)
        dialog.accepted.connect(dialog.apply)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def keyPressEvent(self, event):
        """Enter in a field writes that field and nothing else: no default button of the
        dialog may record a status or close the window behind the coordinator's back."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            name = next((n for n, w in self.widgets.items() if w is watched), None)
            if name is not None:
                self.commit(name)
        return super().eventFilter(watched, event)

    def done(self, result) -> None:
        if self.measure_id != -1:
            self.commit_all()
        try:
            self.document.rowChanged.disconnect(self._on_row_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)


class LinkSourcesDialog(QDialog):
    """Pick more contributions or themes (from any meeting) that a measure answers."""

    def __init__(self, document, measure_id: int, parent=None):
        super().__init__(parent)
        self.document = document
        self.measure_id = measure_id
        store = document.store
        linked = repo.sources_of(store, measure_id)
        have_c = {s.contribution_id for s in linked}
        have_t = {s.theme_id for s in linked}
        meetings = {m.id: m for m in store.list(Meeting)}
        layout = QVBoxLayout(self)
        self.filter = limit_widget(QLineEdit(), limits.LINE)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        for theme in repo.linkable_themes(store):
            if theme.id not in have_t:
                text = self.tr("Theme: %1").replace("%1", theme.title)
                self._add(("theme", theme.id), text, meetings.get(theme.meeting_id))
        for contribution in repo.linkable_contributions(store):
            if contribution.id not in have_c:
                self._add(("contribution", contribution.id), contribution.text, meetings.get(contribution.meeting_id))
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Link contributions or themes"))
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.resize(760, 520)

    def _add(self, key, text: str, meeting) -> None:
        shown = " ".join(text.split())
        item = QListWidgetItem(f"{shown}  ({measure_texts.meeting_name(meeting)})" if meeting else shown)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setToolTip(text)
        self.list.addItem(item)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def chosen(self) -> tuple[list[int], list[int]]:
        contributions, themes = [], []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                kind, entity_id = item.data(Qt.ItemDataRole.UserRole)
                (themes if kind == "theme" else contributions).append(entity_id)
        return contributions, themes

    def apply(self) -> bool:
        contributions, themes = self.chosen()
        return measure_edits.link_measure_sources(
            self.document, self.measure_id, contribution_ids=contributions, theme_ids=themes
        )
