"""Capture during the meeting: type what is said at a table, press Enter, and it is saved.

Keyboard first, for a coordinator keeping up with a live room: the running round and a
table are chosen already; Enter saves and keeps them, Tab goes to the next table,
Ctrl+Up/Down changes round, Ctrl+1…6 the kind. Beside the list of what was captured, an
overview of tables × rounds (or agenda items × questions for other formats) shows which
tables have notes in.

The list model is our own and appends a row per capture (no reloads, no re-indexing of the
whole list), so a meeting with thousands of contributions stays as quick as an empty one.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import limits
from ...domain.entities import Round
from ...domain.vocabulary import CONTRIBUTION_KIND_LABELS, AgendaKind, ContributionKind
from ...messages import describe_file_error
from ..common import look
from ..common.delegates import ChoiceDelegate
from ..common.entity_model import ENTITY_ROLE
from ..common.reading_pane import ReadingPane
from ..common.text_limits import ask_text, limit_cell_editors, limit_field
from ..document import ProcessDocument
from . import capture_edits
from .assessment_choice import AssessmentQuestionChoice
from .capture_models import (
    KEEP,
    KINDS,
    STRUCTURE_TABLES,
    CaptureOverviewModel,
    CaptureScopeProxy,
    ContributionListModel,
    MeetingStructure,
    running_round,
    short_text,
)

# -- the entry ----------------------------------------------------------------------------


class CaptureEntry(QPlainTextEdit):
    """Enter saves, Shift+Enter starts a new line; Tab/Shift+Tab go to the next/previous
    table (agenda item), Ctrl+Up/Down (Ctrl+PageUp/PageDown) to the previous/next round
    (question)."""

    submitted = Signal()
    tableStep = Signal(int)
    roundStep = Signal(int)

    def keyPressEvent(self, event):
        key, modifiers = event.key(), event.modifiers()
        control = modifiers & Qt.KeyboardModifier.ControlModifier
        shift = modifiers & Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not shift:
            self.submitted.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.insertPlainText("\n")
            return
        if key == Qt.Key.Key_Tab and not control:
            self.tableStep.emit(-1 if shift else 1)
            return
        if key == Qt.Key.Key_Backtab:
            self.tableStep.emit(-1)
            return
        if control and key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.roundStep.emit(-1)
            return
        if control and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.roundStep.emit(1)
            return
        super().keyPressEvent(event)


class MitigationsEntry(QPlainTextEdit):
    """One mitigation per line: Enter starts the next one, Ctrl+Enter saves the risk."""

    submitted = Signal()

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


def _fill_combo(combo: QComboBox, choices: list[tuple[object, str, str]], keep) -> None:
    """(data, text, tooltip) choices; keeps the chosen data if it is still there."""
    combo.blockSignals(True)
    combo.clear()
    for data, text, tip in choices:
        combo.addItem(text, data)
        if tip:
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    position = combo.findData(keep) if keep is not None else -1
    if position < 0 and keep is None:
        position = combo.findData(None)
    combo.setCurrentIndex(max(position, 0))
    combo.blockSignals(False)
    _fit_popup(combo)


def _fit_popup(combo: QComboBox) -> None:
    """The drop-down list as wide as its longest choice (a long question is read whole
    there), never wider than the screen the combo is on."""
    metrics = combo.view().fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    screen = combo.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().width() - 2 * look.space(look.LARGE) if screen is not None else widest
    combo.view().setMinimumWidth(min(widest + 2 * look.space(look.LARGE), room))


def whole_choice_tip(combo: QComboBox, hint: str = "") -> str:
    """The combo's tooltip: its chosen item whole (a question cut in the combo), then ``hint``."""
    chosen = combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) if combo.currentIndex() >= 0 else None
    return "\n".join(part for part in (str(chosen or ""), hint) if part)


# -- moving -------------------------------------------------------------------------------


class MoveDialog(QDialog):
    """Where to move the selected contributions; each place can be left as it is."""

    def __init__(self, structure: MeetingStructure, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move contributions"))
        form = QFormLayout(self)
        self.combos: dict[str, QComboBox] = {}
        keep = (KEEP, self.tr("Leave as it is"), "")
        none = (None, self.tr("None"), "")
        rows = []
        if structure.is_cafe:
            rows.append(("table_id", self.tr("&Table:"), [(t.id, t.name, "") for t in structure.tables]))
            rows.append(("round_id", self.tr("&Round:"),
                         [(r.id, self.tr("Round %1").replace("%1", str(r.number)), "") for r in structure.rounds]))
        else:
            rows.append(("agenda_item_id", self.tr("&Agenda item:"),
                         [(a.id, short_text(a.title), a.title) for a in structure.agenda]))
        rows.append(("question_id", self.tr("&Question:"),
                     [(q.id, f"{i}. {short_text(q.text)}", q.text) for i, q in enumerate(structure.questions, start=1)]))
        for name, caption, choices in rows:
            combo = QComboBox()
            _fill_combo(combo, [keep, none, *choices], KEEP)
            self.combos[name] = combo
            label = QLabel(caption)
            label.setBuddy(combo)
            form.addRow(label, combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def target(self) -> dict:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData() != KEEP}


# -- the page -----------------------------------------------------------------------------


class CapturePage(QWidget):
    """Capture of one meeting's contributions, for the coordinator at her laptop."""

    # a contribution was committed and its row is in the list
    captured = Signal(int)

    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.meeting_id: int | None = None
        self.structure = MeetingStructure()
        self._last_error = None
        document.writeFailed.connect(self._remember_error)

        # where: the target bar
        self.round_label, self.table_label, self.question_label, self.agenda_label = (QLabel() for _ in range(4))
        self.round_combo, self.table_combo, self.question_combo, self.agenda_combo = (QComboBox() for _ in range(4))
        for label, combo in ((self.round_label, self.round_combo), (self.table_label, self.table_combo),
                             (self.question_label, self.question_combo), (self.agenda_label, self.agenda_combo)):
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.round_combo.setMinimumContentsLength(12)
        self.table_combo.setMinimumContentsLength(14)
        # Small minimums (the combos grow with the window): with every one of them shown, the bar
        # still fits a 1280-pixel screen beside the meeting list.
        self.agenda_combo.setMinimumContentsLength(16)
        self.question_combo.setMinimumContentsLength(18)
        self.question_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.follow_round = QCheckBox()
        self.follow_round.setChecked(True)
        target = QHBoxLayout()
        for widget in (self.round_label, self.round_combo, self.table_label, self.table_combo, self.agenda_label,
                       self.agenda_combo, self.question_label):
            target.addWidget(widget)
        target.addWidget(self.question_combo, 1)
        target.addWidget(self.follow_round)

        # what kind
        self.kind_label = QLabel()
        self.kind_buttons = QButtonGroup(self)
        self.kind_buttons.setExclusive(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.kind_label)
        for number, _kind in enumerate(KINDS):
            button = QToolButton()
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays for tables; Ctrl+digit picks
            self.kind_buttons.addButton(button, number)
            kinds.addWidget(button)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda number=number: self.set_kind(KINDS[number]))
        kinds.addStretch(1)
        self.kind_buttons.button(KINDS.index(ContributionKind.NOTE)).setChecked(True)
        self.kind_buttons.idToggled.connect(self._kind_toggled)

        # what was said
        self.entry_label = QLabel()
        self.entry = limit_field(CaptureEntry(), "contribution", "text")
        self.setFocusProxy(self.entry)
        self.entry.setTabChangesFocus(False)
        self.entry.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.entry_label.setBuddy(self.entry)
        self.entry.submitted.connect(self.submit)
        self.entry.tableStep.connect(self.step_table)
        self.entry.roundStep.connect(self.step_round)
        self.mitigations_label = QLabel()
        self.mitigations = limit_field(MitigationsEntry(), "mitigation", "text")
        self.mitigations.setTabChangesFocus(True)
        self.mitigations.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.mitigations.submitted.connect(self.submit)
        self.mitigations_label.setBuddy(self.mitigations)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("captureStatus")
        self.status.setStyleSheet("#captureStatus { " + look.error_style(bold=True) + " }")
        self.status.hide()
        entry_form = QFormLayout()
        entry_form.addRow(self.entry_label, self.entry)
        entry_form.addRow(self.mitigations_label, self.mitigations)

        # what was captured
        self.model = ContributionListModel(document, self)
        self.proxy = CaptureScopeProxy(self)
        self.proxy.setSourceModel(self.model)
        self.list_label = QLabel()
        self.only_here = QCheckBox()
        self.only_here.setChecked(True)
        self.only_here.toggled.connect(lambda _checked: self._update_scope())
        self.summary = QLabel()
        self.edit_button, self.mitigations_button, self.move_button, self.delete_button = (
            QPushButton() for _ in range(4))
        self.edit_button.clicked.connect(self.edit_current)
        self.mitigations_button.clicked.connect(self.edit_mitigations)
        self.move_button.clicked.connect(lambda: self.move_selected())
        self.delete_button.clicked.connect(self.delete_selected)
        # Shortcuts of their own: a button's text with "&" would replace a button shortcut.
        for keys, slot in (("Ctrl+Shift+M", lambda: self.move_selected()), ("Ctrl+Shift+R", self.edit_mitigations)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.view = QTableView()
        limit_cell_editors(self.view)
        self.view.setModel(self.proxy)
        self.list_label.setBuddy(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setItemDelegateForColumn(ContributionListModel.KIND, ChoiceDelegate(CONTRIBUTION_KIND_LABELS, self.view))
        self.view.installEventFilter(self)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_summary)
        self.proxy.dataChanged.connect(lambda *_: self._update_buttons())

        list_bar = QHBoxLayout()
        list_bar.addWidget(self.list_label)
        list_bar.addWidget(self.only_here)
        list_bar.addStretch(1)
        list_bar.addWidget(self.summary)
        list_buttons = QHBoxLayout()
        for button in (self.edit_button, self.mitigations_button, self.move_button, self.delete_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(list_bar)
        list_layout.addWidget(self.view, 1)
        M = ContributionListModel
        self.reading = ReadingPane(self.view, M.TEXT, (M.KIND, M.TABLE, M.ROUND, M.MITIGATIONS), lines=3)
        list_layout.addWidget(self.reading)
        list_layout.addLayout(list_buttons)

        self.overview_model = CaptureOverviewModel(self.model, self)
        self.overview_label = QLabel()
        self.overview = QTableView()
        self.overview.setModel(self.overview_model)
        self.overview_label.setBuddy(self.overview)
        self.overview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.overview.horizontalHeader().setMinimumSectionSize(40)
        self.overview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overview.clicked.connect(self.choose_cell)
        self.overview.activated.connect(self.choose_cell)
        self.overview_hint = QLabel()
        self.overview_hint.setWordWrap(True)
        overview_box = QWidget()
        overview_layout = QVBoxLayout(overview_box)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addWidget(self.overview_label)
        overview_layout.addWidget(self.overview, 1)
        overview_layout.addWidget(self.overview_hint)

        self.splitter = QSplitter()
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(overview_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 420])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(look.margins(look.SMALL))
        layout.addLayout(target)
        self.assessment_choice = AssessmentQuestionChoice(document)  # a self-assessment's guiding question
        layout.addWidget(self.assessment_choice)
        layout.addLayout(kinds)
        layout.addLayout(entry_form)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)

        self.round_combo.currentIndexChanged.connect(self._round_changed)
        self.round_combo.activated.connect(lambda _i: self._chosen_by_hand())
        self.table_combo.currentIndexChanged.connect(self._table_changed)
        self.agenda_combo.currentIndexChanged.connect(lambda _i: self._target_changed())
        self.question_combo.currentIndexChanged.connect(lambda _i: self._target_changed())
        self.question_combo.currentIndexChanged.connect(lambda _i: self._show_whole_choices())
        self.agenda_combo.currentIndexChanged.connect(lambda _i: self._show_whole_choices())
        self.follow_round.toggled.connect(self._follow_toggled)
        document.rowChanged.connect(self._on_row_changed)
        document.reloaded.connect(lambda: self.show_meeting(self.meeting_id))
        self.retranslate()
        self._apply_structure()
        self._kind_toggled()

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event):
        """Coming to the notes (Alt+7) means writing: the entry takes the keyboard."""
        super().showEvent(event)
        if self.entry.isEnabled():
            QTimer.singleShot(0, self.entry.setFocus)

    def retranslate(self) -> None:
        self.round_label.setText(self.tr("&Round:"))
        self.table_label.setText(self.tr("&Table:"))
        self.question_label.setText(self.tr("&Question:"))
        self.agenda_label.setText(self.tr("&Agenda item:"))
        self.follow_round.setText(self.tr("&Follow the running round"))
        self.follow_round.setToolTip(self.tr("Switches to the round the timer is in as soon as it starts"))
        self.round_combo.setToolTip(self.tr("Previous/next round: Ctrl+Up / Ctrl+Down in the text field"))
        self.table_combo.setToolTip(self.tr("Next/previous table: Tab / Shift+Tab in the text field"))
        self.agenda_combo.setToolTip(self.tr("Next/previous agenda item: Tab / Shift+Tab in the text field"))
        self.kind_label.setText(self.tr("Kind:"))
        for number, kind in enumerate(KINDS):
            button = self.kind_buttons.button(number)
            button.setText(QCoreApplication.translate("Vocabulary", CONTRIBUTION_KIND_LABELS[kind]))
            button.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", button.text()).replace("%2", str(number + 1)))
        self.entry_label.setText(self.tr("&What was said:"))
        self.entry.setPlaceholderText(
            self.tr("Type and press Enter to save. Shift+Enter: new line. Tab: next table. Ctrl+1…6: kind."))
        self.mitigations_label.setText(self.tr("&Mitigations:"))
        self.mitigations.setPlaceholderText(
            self.tr("One way to reduce the risk per line. Ctrl+Enter saves the risk with them. "
                    "Shift+Tab: back to the risk."))
        self.list_label.setText(self.tr("&Captured"))
        self.edit_button.setText(self.tr("&Edit text"))
        self.edit_button.setToolTip(self.tr("Edit the text of the chosen contribution (F2)"))
        self.mitigations_button.setText(self.tr("Miti&gations…"))
        self.mitigations_button.setToolTip(self.tr("Edit the mitigations of the chosen risk (Ctrl+Shift+R)"))
        self.move_button.setText(self.tr("Mo&ve to…"))
        self.move_button.setToolTip(self.tr("Move the chosen contributions to another table, round or question "
                                            "(Ctrl+Shift+M)"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen contributions (Delete); Undo brings them back"))
        self._title_overview()
        self._retranslate_structure()

    def _title_overview(self) -> None:
        cafe = self.structure.is_cafe
        self.overview_label.setText(self.tr("&Overview: tables × rounds") if cafe else self.tr("&Overview"))

    def _retranslate_structure(self) -> None:
        cafe = self.structure.is_cafe
        self.only_here.setText(self.tr("O&nly this table and round") if cafe
                               else self.tr("O&nly this agenda item and question"))
        if self.kind() == ContributionKind.RISK:
            self.entry.setPlaceholderText(
                self.tr("Type the risk. Tab: its mitigations. Enter saves. Shift+Enter: new line. Ctrl+1…6: kind."))
        else:
            self.entry.setPlaceholderText(
                self.tr("Type and press Enter to save. Shift+Enter: new line. Tab: next table. Ctrl+1…6: kind.") if cafe
                else self.tr("Type and press Enter to save. Shift+Enter: new line. Tab: next agenda item. Ctrl+1…6: kind."))
        self.question_hint = "" if cafe else self.tr("Previous/next question: Ctrl+Up / Ctrl+Down in the text field")
        self.overview_hint.setText(
            self.tr("Tables × rounds; amber: nothing captured yet. Click a cell to capture there.") if cafe
            else self.tr("Agenda items × questions; amber: nothing captured yet. Click a cell to capture there."))
        self._fill_combos()
        self.overview_model.set_structure(self.structure)
        self._mark_current_cell()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, ContributionListModel.MITIGATIONS)
        self._update_summary()

    # -- which meeting -----------------------------------------------------------------------

    def show_meeting(self, meeting_id: int | None) -> None:
        self.structure = MeetingStructure.load(self.document, meeting_id)
        self.meeting_id = meeting_id if self.structure.meeting is not None else None
        self.follow_round.setChecked(True)
        for combo in (self.round_combo, self.table_combo, self.agenda_combo, self.question_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.model.show_meeting(self.meeting_id, self.structure)
        self._apply_structure()
        self.assessment_choice.show_meeting(self.meeting_id, self.table_combo.currentData())
        self.status.hide()

    def _size_columns(self) -> None:
        """Fixed widths that fit the words, the text takes the rest (no measuring of 5,000 rows)."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ContributionListModel.TEXT, QHeaderView.ResizeMode.Stretch)
        # Headings start at the left like the harvest's, so a narrow one shows its first word.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in ((ContributionListModel.KIND, 8), (ContributionListModel.TABLE, 8),
                              (ContributionListModel.ROUND, 6), (ContributionListModel.PLACE, 10),
                              (ContributionListModel.MITIGATIONS, 9)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width * em)
        cafe = self.structure.is_cafe
        self.view.setColumnHidden(ContributionListModel.TABLE, not cafe)
        self.view.setColumnHidden(ContributionListModel.ROUND, not cafe)

    def _apply_structure(self) -> None:
        cafe = self.structure.is_cafe
        self._title_overview()
        for widget in (self.round_label, self.round_combo, self.table_label, self.table_combo, self.follow_round):
            widget.setVisible(cafe)
        for widget in (self.agenda_label, self.agenda_combo):
            widget.setVisible(not cafe)
        has_meeting = self.structure.meeting is not None
        self.entry.setEnabled(has_meeting)
        self.mitigations.setEnabled(has_meeting)
        self._retranslate_structure()
        self._size_columns()
        self._update_scope()
        self._update_buttons()

    def _fill_combos(self) -> None:
        structure = self.structure
        running = running_round(structure.rounds)
        keep_round = self.round_combo.currentData() if self.round_combo.count() else (running.id if running else None)
        _fill_combo(self.round_combo, [
            (r.id, self._round_text(r, running), "") for r in structure.rounds], keep_round)
        keep_table = self.table_combo.currentData() if self.table_combo.count() else (
            structure.tables[0].id if structure.tables else None)
        _fill_combo(self.table_combo, [(t.id, t.name, "") for t in structure.tables], keep_table)
        spoken = structure.spoken_agenda()
        keep_item = self.agenda_combo.currentData() if self.agenda_combo.count() else self._default_agenda_item()
        _fill_combo(self.agenda_combo, [(None, self.tr("No agenda item"), "")] + [
            (a.id, short_text(a.title, 50), a.title) for a in spoken], keep_item)
        had_questions = self.question_combo.count() > 0
        keep_question = self.question_combo.currentData() if had_questions else (
            structure.question_for(self.round_combo.currentData(), self.table_combo.currentData()) if structure.is_cafe
            else (structure.questions[0].id if structure.questions else None))
        _fill_combo(self.question_combo, [(None, self.tr("No question"), "")] + [
            (q.id, f"{number}. {short_text(q.text, 80)}", q.text) for number, q in enumerate(structure.questions, start=1)
        ], keep_question)
        self._show_whole_choices()

    def _show_whole_choices(self) -> None:
        """A question or agenda item cut in its combo is read whole in the combo's tooltip."""
        self.question_combo.setToolTip(whole_choice_tip(self.question_combo, getattr(self, "question_hint", "")))
        self.agenda_combo.setToolTip(whole_choice_tip(self.agenda_combo))

    def _round_text(self, round_: Round, running: Round | None) -> str:
        text = self.tr("Round %1").replace("%1", str(round_.number))
        if round_.started_at and not round_.ended_at:
            text = self.tr("%1 (running)").replace("%1", text)
        return text

    def _default_agenda_item(self) -> int | None:
        spoken = self.structure.spoken_agenda()
        discussion = [a for a in spoken if a.kind in (AgendaKind.DISCUSSION, AgendaKind.ROUND)]
        chosen = discussion or spoken
        return chosen[0].id if chosen else None

    # -- the target --------------------------------------------------------------------------

    def target(self) -> dict:
        """Where the next contribution goes: round/table/question, or agenda item/question."""
        if self.structure.is_cafe:
            return {"round_id": self.round_combo.currentData(), "table_id": self.table_combo.currentData(),
                    "question_id": self.question_combo.currentData()}
        return {"agenda_item_id": self.agenda_combo.currentData(), "question_id": self.question_combo.currentData()}

    def set_target(self, **target) -> None:
        """Chooses round, table, agenda item or question by id (a café's question follows)."""
        combos = {"round_id": self.round_combo, "table_id": self.table_combo,
                  "agenda_item_id": self.agenda_combo, "question_id": self.question_combo}
        for name in ("round_id", "table_id", "agenda_item_id", "question_id"):
            if name in target:
                position = combos[name].findData(target[name])
                if position >= 0:
                    combos[name].setCurrentIndex(position)

    def set_kind(self, kind: str) -> None:
        self.kind_buttons.button(KINDS.index(kind)).setChecked(True)

    def kind(self) -> str:
        return KINDS[max(0, self.kind_buttons.checkedId())]

    def step_table(self, step: int) -> None:
        if step > 0 and self.mitigations.isVisibleTo(self):
            # A risk's mitigations come next: Tab goes there, not to the next table.
            self.mitigations.setFocus(Qt.FocusReason.TabFocusReason)
            return
        combo = self.table_combo if self.structure.is_cafe else self.agenda_combo
        if combo.count():
            combo.setCurrentIndex((combo.currentIndex() + step) % combo.count())

    def step_round(self, step: int) -> None:
        combo = self.round_combo if self.structure.is_cafe else self.question_combo
        if combo.count():
            position = min(max(combo.currentIndex() + step, 0), combo.count() - 1)
            if position != combo.currentIndex():
                combo.setCurrentIndex(position)
                self._chosen_by_hand()

    def choose_cell(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row_key, column_key, is_total = self.overview_model.keys(index)
        if self.structure.is_cafe:
            if is_total:
                self.set_target(table_id=row_key)
            else:
                running = running_round(self.structure.rounds)
                if running is None or column_key != running.id:
                    self._chosen_by_hand()
                self.set_target(table_id=row_key, round_id=column_key)
        else:
            self.set_target(agenda_item_id=row_key, **({} if is_total else {"question_id": column_key}))
        self.entry.setFocus()

    def _chosen_by_hand(self) -> None:
        self.follow_round.blockSignals(True)
        self.follow_round.setChecked(False)
        self.follow_round.blockSignals(False)

    def _follow_toggled(self, checked: bool) -> None:
        if checked:
            self._follow_running_round()

    def _follow_running_round(self) -> None:
        running = running_round(self.structure.rounds)
        if running is not None:
            self.set_target(round_id=running.id)

    def _round_changed(self, _index: int) -> None:
        self._preselect_question()
        self._target_changed()

    def _table_changed(self, _index: int) -> None:
        self.assessment_choice.set_table(self.table_combo.currentData())
        if self.structure.meeting is not None and self.structure.meeting.question_per_table:
            self._preselect_question()
        self._target_changed()

    def _preselect_question(self) -> None:
        if not self.structure.is_cafe:
            return
        question = self.structure.question_for(self.round_combo.currentData(), self.table_combo.currentData())
        position = self.question_combo.findData(question)
        if position >= 0:
            self.question_combo.setCurrentIndex(position)

    def _target_changed(self) -> None:
        self._mark_current_cell()
        self._update_scope()

    def _mark_current_cell(self) -> None:
        if self.structure.is_cafe:
            self.overview_model.set_current(self.table_combo.currentData(), self.round_combo.currentData())
        else:
            self.overview_model.set_current(self.agenda_combo.currentData(), self.question_combo.currentData())

    def _update_scope(self) -> None:
        if not self.only_here.isChecked() or self.structure.meeting is None:
            self.proxy.set_scope(None)
        elif self.structure.is_cafe:
            self.proxy.set_scope({"table_id": self.table_combo.currentData(), "round_id": self.round_combo.currentData()})
        else:
            self.proxy.set_scope({"agenda_item_id": self.agenda_combo.currentData(),
                                  "question_id": self.question_combo.currentData()})
        self._update_summary()

    # -- capturing ------------------------------------------------------------------------

    def submit(self) -> int | None:
        """Saves the typed text at the target. On failure the text stays for another try."""
        text = self.entry.toPlainText()
        if self.meeting_id is None or not text.strip():
            return None
        kind = self.kind()
        mitigations = self.mitigations.toPlainText().splitlines() if kind == ContributionKind.RISK else []
        self._last_error = None
        if self.assessment_choice.question() is not None:
            new_id = self.assessment_choice.capture(self.meeting_id, text, kind,
                                                    {**self.target(), "mitigations": mitigations})
        else:
            new_id = capture_edits.add_contribution(
                self.document, self.meeting_id, text, kind, mitigations=mitigations, **self.target())
        if new_id is None:
            self._show_failure()
            return None
        self.status.hide()
        self.entry.clear()
        self.mitigations.clear()
        self.entry.setFocus()
        self._reveal(new_id)
        self.captured.emit(new_id)
        return new_id

    def _remember_error(self, error) -> None:
        self._last_error = error

    def _show_failure(self) -> None:
        reason = describe_file_error(self._last_error) if self._last_error is not None else ""
        self.status.setText(self.tr("Not saved. %1 Press Enter to try again.").replace("%1", reason))
        self.status.show()

    def _reveal(self, contribution_id: int) -> None:
        row = self.model.row_of(contribution_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.view.scrollTo(index)

    def _kind_toggled(self, *_args) -> None:
        risk = self.kind() == ContributionKind.RISK
        self.mitigations.setVisible(risk)
        self.mitigations_label.setVisible(risk)
        self._retranslate_structure()

    # -- the list's actions ----------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        model = self.view.selectionModel()
        rows = sorted(model.selectedRows(), key=lambda index: index.row()) if model else []
        return [index.data(ENTITY_ROLE) for index in rows]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(ENTITY_ROLE) if index.isValid() else None

    def select_ids(self, ids: list[int]) -> None:
        self.view.clearSelection()
        selection = self.view.selectionModel()
        for position, contribution_id in enumerate(ids):
            row = self.model.row_of(contribution_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                continue
            if position == 0:
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)

    def delete_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        return capture_edits.delete_contributions(self.document, ids)

    def move_selected(self, **target) -> bool:
        """Moves the chosen contributions; asks where (a dialog) unless ``target`` says."""
        ids = self.selected_ids()
        if not ids:
            return False
        if not target:
            dialog = MoveDialog(self.structure, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            target = dialog.target()
        moved = capture_edits.move_contributions(self.document, ids, **target)
        if moved:
            self.select_ids(ids)
        return moved

    def edit_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.setFocus()
            self.view.edit(index.siblingAtColumn(ContributionListModel.TEXT))

    def edit_mitigations(self) -> bool:
        contribution_id = self.current_id()
        if contribution_id is None or self.model.entity(self.model.row_of(contribution_id)).kind != ContributionKind.RISK:
            return False
        current = "\n".join(self.model.mitigations(contribution_id))
        text, accepted = ask_text(self, self.tr("Mitigations"), self.tr("Ways to reduce the risk, one per line:"),
                                  limits.limit("mitigation", "text"), current, multiline=True)
        if not accepted:
            return False
        return capture_edits.set_mitigations(self.document, contribution_id, text.splitlines())

    def eventFilter(self, watched, event):
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            if self.view.state() != QAbstractItemView.State.EditingState:
                if event.key() == Qt.Key.Key_Delete:
                    self.delete_selected()
                    return True
                if event.key() == Qt.Key.Key_Escape:
                    self.entry.setFocus()
                    return True
        return super().eventFilter(watched, event)

    # -- following the document --------------------------------------------------------------

    def _on_row_changed(self, table: str, _row_id: int, _kind: str) -> None:
        if self.meeting_id is None or table not in STRUCTURE_TABLES:
            return
        self.structure = MeetingStructure.load(self.document, self.meeting_id)
        if self.structure.meeting is None:  # the meeting was deleted
            self.show_meeting(None)
            return
        self.model.set_structure(self.structure)
        self._retranslate_structure()
        if table == Round.TABLE and self.follow_round.isChecked():
            self._follow_running_round()
        self._update_scope()

    def _update_summary(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.summary.setText(self.tr("%n contribution(s)", "", total))
        else:
            self.summary.setText(self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total)))

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_ids())
        for button in (self.edit_button, self.move_button, self.delete_button):
            button.setEnabled(chosen)
        current = self.current_id()
        is_risk = current is not None and self.model.entity(self.model.row_of(current)).kind == ContributionKind.RISK
        self.mitigations_button.setEnabled(chosen and is_risk)
