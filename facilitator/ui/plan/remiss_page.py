"""Remiss: the draft plan sent for comments. The round's dates on top; the recipients
(remissinstanser) on the left, from the register or typed in, with where their reply stands;
on the right the chosen recipient's reply (or that they decline, "avstår") and its remarks,
each on a measure or the plan in general, and how each was handled with its motivation and
the measure it changed ("Open measure" opens the measure editor to make that change).

Every save is one undoable step (``remiss_edits``). Recipients are listed in the order they
were added: never ranked or counted against each other.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import remiss as rules
from ...domain.entities import Measure, Organisation, RemissRecipient, RemissRemark, RemissReply, RemissRound
from ...domain.remiss import Handling, RecipientKind, ReplyOutcome, ReplyState
from ...storage import measures_repo, register
from ...storage import remiss as repo
from ..common import look
from ..common.column_room import ColumnRoom
from ..common.columns import label
from ..common.entity_model import ENTITY_ROLE, NOTHING, Column, EntityTableModel, SwedishSortProxy
from ..common.text_limits import limit_field
from . import remiss_edits
from .remiss_edits import Refused, edit

NO_REPLY = "none"  # the reply choice "no reply (yet)"


def reply_state_text(state: ReplyState, reply: RemissReply | None) -> str:
    day = reply.received_date if reply is not None else ""
    return {
        ReplyState.ANSWERED: QCoreApplication.translate("RemissPage", "Replied %1"),
        ReplyState.LATE: QCoreApplication.translate("RemissPage", "Replied %1 (late)"),
        ReplyState.DECLINED: QCoreApplication.translate("RemissPage", "Declines to comment (%1)"),
        ReplyState.WAITING: QCoreApplication.translate("RemissPage", "No reply yet"),
        ReplyState.NO_REPLY: QCoreApplication.translate("RemissPage", "No reply"),
    }[state].replace("%1", day)


class RecipientColumns(QObject):
    """The recipients table: name, kind, and where the reply stands."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document

    def name(self, recipient: RemissRecipient) -> str:
        if recipient.organisation_id is not None:
            return self.document.organisation_name(recipient.organisation_id) or recipient.name
        return recipient.name

    def reply(self, recipient: RemissRecipient) -> str:
        store = self.document.store
        round_ = store.get(RemissRound, recipient.round_id)
        if round_ is None:
            return ""
        found = repo.reply_of(store, recipient.id)
        process = store.process()
        state = rules.reply_state(round_, found, closed=process.plan_stage in rules.STAGES_AFTER_REMISS)
        return reply_state_text(state, found)

    def remarks(self, recipient: RemissRecipient) -> str:
        found = repo.reply_of(self.document.store, recipient.id)
        if found is None or found.outcome != ReplyOutcome.ANSWERED:
            return ""
        return self.tr("%n remark(s)", "", repo.remark_count(self.document.store, found.id))

    def columns(self) -> list[Column]:
        return [
            Column(QT_TRANSLATE_NOOP("Columns", "Consultee"), self.name, sort=lambda r: r.position),
            Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: label(rules.RECIPIENT_KIND_LABELS, r.kind)),
            Column(QT_TRANSLATE_NOOP("Columns", "Reply"), self.reply),
            Column(QT_TRANSLATE_NOOP("Columns", "Remarks"), self.remarks),
        ]


class RemarkColumns:
    def __init__(self, document):
        self.document = document
        self.numbers: dict[int, str] = {}

    def refresh(self) -> None:
        from ...export.report_data import number_measures

        self.numbers = number_measures(measures_repo.list_measures(self.document.store))

    def measure(self, measure_id: int | None, fallback: str = "") -> str:
        if measure_id is None:
            return fallback
        measure = self.document.store.get(Measure, measure_id)
        if measure is None:
            return fallback
        return f"{self.numbers.get(measure_id, '')} {measure.title}".strip()

    def about(self, remark: RemissRemark) -> str:
        if remark.measure_id is None and remark.measure_title:
            return QCoreApplication.translate("RemissPage", "%1 (no longer in the plan)").replace("%1", remark.measure_title)
        return self.measure(remark.measure_id, QCoreApplication.translate("RemissPage", "The plan in general"))

    def handling(self, remark: RemissRemark) -> str:
        text = label(rules.HANDLING_LABELS, remark.handling)
        if rules.remark_state(remark) == rules.RemarkState.NO_MOTIVATION:
            text += " – " + QCoreApplication.translate("RemissPage", "motivation missing")
        return text

    def columns(self) -> list[Column]:
        return [
            Column(QT_TRANSLATE_NOOP("Columns", "About"), self.about),
            Column(QT_TRANSLATE_NOOP("Columns", "Remark"), lambda r: " ".join(r.text.split())),
            Column(QT_TRANSLATE_NOOP("Columns", "Handling"), self.handling),
            Column(QT_TRANSLATE_NOOP("Columns", "Changed measure"), lambda r: self.measure(r.changed_measure_id)),
        ]


class AddFromRegisterDialog(QDialog):
    """Organisations of the register to add as recipients; those on the list already are shown
    but cannot be chosen again."""

    def __init__(self, document, round_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("RemissPage", "Add recipients from the register"))
        layout = QVBoxLayout(self)
        self.filter = limit_field(QLineEdit(), "remiss_recipient", "name")
        self.filter.setPlaceholderText(QCoreApplication.translate("RemissPage", "Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        listed = {r.organisation_id for r in repo.recipients(document.store, round_id)}
        from ...domain.swedish import sort_text

        for organisation in sorted(register.organisations(document.store), key=lambda o: sort_text(o.name)):
            item = QListWidgetItem(organisation.name)
            item.setData(ENTITY_ROLE, organisation.id)
            if organisation.id in listed:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(QCoreApplication.translate("RemissPage", "Already a recipient"))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 520)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def check(self, organisation_id: int) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ENTITY_ROLE) == organisation_id and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen_ids(self) -> list[int]:
        return [self.list.item(row).data(ENTITY_ROLE) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]


def fill_combo(combo: QComboBox, choices, keep=True) -> None:
    current = combo.currentData() if keep else None
    combo.blockSignals(True)
    combo.clear()
    for text, data in choices:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    combo.blockSignals(False)


def set_choice(combo: QComboBox, data) -> None:
    combo.blockSignals(True)
    combo.setCurrentIndex(max(combo.findData(data), 0))
    combo.blockSignals(False)


def fit_date_field(field: QLineEdit) -> None:
    """A date's field as wide as a date or its placeholder ("ÅÅÅÅ-MM-DD" is wider than
    "YYYY-MM-DD"), whichever is wider: never cut, never wider."""
    metrics = field.fontMetrics()
    text = max(metrics.horizontalAdvance(field.placeholderText()), metrics.horizontalAdvance("2027-12-31"))
    margins = field.textMargins()
    field.setMaximumWidth(text + margins.left() + margins.right() + look.space(look.LARGE))


class RemissPage(QWidget):
    """The Remiss tab of the plan. ``measureChosen`` asks the window to open a measure."""

    measureChosen = Signal(int)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.round_id: int | None = None
        self.recipient_columns = RecipientColumns(document, self)
        self.remark_columns = RemarkColumns(document)
        self.remark_columns.refresh()
        # The page scrolls on a small screen (1280×720) instead of making the window taller.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(look.margins(look.SMALL))

        bar = QHBoxLayout()
        self.round_label = QLabel()
        self.round_choice = QComboBox()
        self.round_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.round_choice.setMinimumContentsLength(48)
        self.round_label.setBuddy(self.round_choice)
        self.round_choice.currentIndexChanged.connect(lambda _i: self.show_round(self.round_choice.currentData()))
        self.new_round_button = QPushButton()
        self.new_round_button.clicked.connect(self.new_round)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_export)
        # The round's title takes the spare width of the bar (whole at 1280×720, not "… 202").
        self.round_choice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        bar.addWidget(self.round_label)
        bar.addWidget(self.round_choice, 3)
        bar.addWidget(self.new_round_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        self.round_box = QGroupBox()
        grid = QGridLayout(self.round_box)
        grid.setContentsMargins(look.margins(look.SMALL, look.TIGHT))
        self.round_fields: dict[str, QLineEdit] = {}
        self.round_labels: dict[str, QLabel] = {}
        # (field, row, column): the title and the dates on the first row, address and dnr below
        for name, row, column in (("title", 0, 0), ("sent_date", 0, 2), ("reply_deadline", 0, 4),
                                  ("reply_to", 1, 0), ("dnr", 1, 2)):
            field = limit_field(QLineEdit(), "remiss_round", name)
            field.editingFinished.connect(lambda name=name: self.commit_round(name))
            caption = QLabel()
            caption.setBuddy(field)
            grid.addWidget(caption, row, column)
            grid.addWidget(field, row, column + 1, 1, 3 if name == "dnr" else 1)
            self.round_fields[name], self.round_labels[name] = field, caption
        for name in ("sent_date", "reply_deadline"):
            self.round_fields[name].setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)
        layout.addWidget(self.round_box)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_recipients())
        splitter.addWidget(self._build_reply())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(look.error_style())
        layout.addWidget(self.message)

        document.rowChanged.connect(self._on_row_changed)
        document.reloaded.connect(self.reload)
        self.retranslate()
        self.reload()

    # -- building -------------------------------------------------------------------------------

    def _table(self, model: EntityTableModel) -> tuple[QTableView, SwedishSortProxy]:
        proxy = SwedishSortProxy(self)
        proxy.setSourceModel(model)
        view = QTableView()
        view.setModel(proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view, proxy

    def _build_recipients(self) -> QWidget:
        self.recipients_box = QGroupBox()
        column = QVBoxLayout(self.recipients_box)
        self.recipients = EntityTableModel(
            self.document, RemissRecipient, self.recipient_columns.columns(), of=NOTHING, order=("position", "id"),
            depends_on=(RemissReply.TABLE, RemissRemark.TABLE, Organisation.TABLE, RemissRound.TABLE), parent=self)
        self.recipient_view, self.recipient_proxy = self._table(self.recipients)
        header = self.recipient_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # The kind ("Förening eller ideell organisation") grows to its words when the page is wide.
        self.recipient_room = ColumnRoom(self.recipient_view, 0, {1: (16, 36)}, text_share=0.35)
        self.recipient_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_recipient())
        column.addWidget(self.recipient_view, 1)
        buttons = QHBoxLayout()
        self.add_register_button = QPushButton()
        self.add_register_button.clicked.connect(self.choose_from_register)
        buttons.addWidget(self.add_register_button)
        buttons.addStretch(1)
        self.remove_recipient_button = QPushButton()
        self.remove_recipient_button.clicked.connect(self.remove_selected_recipients)
        buttons.addWidget(self.remove_recipient_button)
        column.addLayout(buttons)
        typed = QHBoxLayout()
        self.typed_name = limit_field(QLineEdit(), "remiss_recipient", "name")
        self.typed_name.returnPressed.connect(self.add_typed)
        self.typed_kind = QComboBox()
        self.add_typed_button = QPushButton()
        self.add_typed_button.clicked.connect(self.add_typed)
        typed.addWidget(self.typed_name, 1)
        typed.addWidget(self.typed_kind)
        typed.addWidget(self.add_typed_button)
        column.addLayout(typed)
        return self.recipients_box

    def _build_reply(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.reply_box = QGroupBox()
        reply = QVBoxLayout(self.reply_box)
        choices = QHBoxLayout()
        self.reply_choice = QButtonGroup(self)
        self.reply_buttons: dict[str, QRadioButton] = {}
        for key in (NO_REPLY, ReplyOutcome.ANSWERED, ReplyOutcome.DECLINED):
            button = QRadioButton()
            self.reply_buttons[key] = button
            self.reply_choice.addButton(button)
            choices.addWidget(button)
        self.received = limit_field(QLineEdit(), "remiss_reply", "received_date")
        self.received.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.reply_summary = limit_field(QLineEdit(), "remiss_reply", "summary")
        self.received_label, self.reply_summary_label = QLabel(), QLabel()
        choices.addSpacing(look.space(look.MEDIUM))
        choices.addWidget(self.received_label)
        choices.addWidget(self.received)
        choices.addStretch(1)
        reply.addLayout(choices)
        row = QHBoxLayout()
        row.addWidget(self.reply_summary_label)
        row.addWidget(self.reply_summary, 1)
        for caption, field in ((self.received_label, self.received), (self.reply_summary_label, self.reply_summary)):
            caption.setBuddy(field)
        self.save_reply_button = QPushButton()
        self.save_reply_button.clicked.connect(self.save_reply)
        row.addWidget(self.save_reply_button)
        reply.addLayout(row)
        column.addWidget(self.reply_box)

        self.remarks_box = QGroupBox()
        remarks = QVBoxLayout(self.remarks_box)
        self.remarks = EntityTableModel(
            self.document, RemissRemark, self.remark_columns.columns(), of=NOTHING, order=("position", "id"),
            depends_on=(Measure.TABLE,), parent=self)
        self.remark_view, self.remark_proxy = self._table(self.remarks)
        self.remark_view.setMinimumHeight(self.fontMetrics().height() * 7)
        header = self.remark_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        character = self.fontMetrics().averageCharWidth()
        self.remark_view.setColumnWidth(0, character * 24)
        self.remark_view.setColumnWidth(3, character * 18)
        self.remark_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_remark())
        remarks.addWidget(self.remark_view, 1)
        editor = QFormLayout()
        self.remark_text = limit_field(QPlainTextEdit(), "remiss_remark", "text")
        self.remark_text.setTabChangesFocus(True)
        self.remark_text.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.remark_about = QComboBox()
        self.handling = QComboBox()
        self.handling.currentIndexChanged.connect(self._update_remark_buttons)
        self.motivation = limit_field(QPlainTextEdit(), "remiss_remark", "motivation")
        self.motivation.setTabChangesFocus(True)
        self.motivation.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.changed_measure = QComboBox()
        self.changed_measure.currentIndexChanged.connect(self._update_remark_buttons)
        for combo in (self.remark_about, self.changed_measure):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        self.open_measure_button = QPushButton()
        self.open_measure_button.clicked.connect(self.open_changed_measure)
        changed_row = QHBoxLayout()
        changed_row.addWidget(self.changed_measure, 1)
        changed_row.addWidget(self.open_measure_button)
        self.remark_labels = [QLabel() for _ in range(5)]
        for caption, field in zip(self.remark_labels, (self.remark_text, self.remark_about, self.handling,
                                                       self.motivation, self.changed_measure)):
            caption.setBuddy(field)
        editor.addRow(self.remark_labels[0], self.remark_text)
        editor.addRow(self.remark_labels[1], self.remark_about)
        editor.addRow(self.remark_labels[2], self.handling)
        editor.addRow(self.remark_labels[3], self.motivation)
        editor.addRow(self.remark_labels[4], changed_row)
        remarks.addLayout(editor)
        buttons = QHBoxLayout()
        self.new_remark_button = QPushButton()
        self.new_remark_button.clicked.connect(self.new_remark)
        self.remove_remark_button = QPushButton()
        self.remove_remark_button.clicked.connect(self.remove_selected_remarks)
        self.save_remark_button = QPushButton()
        self.save_remark_button.clicked.connect(self.save_remark)
        buttons.addWidget(self.new_remark_button)
        buttons.addWidget(self.remove_remark_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_remark_button)
        remarks.addLayout(buttons)
        column.addWidget(self.remarks_box, 1)
        return side

    # -- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.round_label.setText(QCoreApplication.translate("RemissPage", "Consultation &round:"))
        self.new_round_button.setText(QCoreApplication.translate("RemissPage", "&New consultation round"))
        self.export_button.setText(QCoreApplication.translate("RemissPage", "&Consultation summary (Word)…"))
        self.round_box.setTitle(QCoreApplication.translate("RemissPage", "Sent for comments"))
        for name, text in (("title", QCoreApplication.translate("RemissPage", "&Title:")), ("dnr", QCoreApplication.translate("RemissPage", "Re&ference number:")),
                           ("reply_to", QCoreApplication.translate("RemissPage", "Replies &sent to:")), ("sent_date", QCoreApplication.translate("RemissPage", "Sent &on:")),
                           ("reply_deadline", QCoreApplication.translate("RemissPage", "Reply &deadline:"))):
            self.round_labels[name].setText(text)
        for name in ("sent_date", "reply_deadline"):
            self.round_fields[name].setPlaceholderText(QCoreApplication.translate("RemissPage", "YYYY-MM-DD"))
        self.round_fields["reply_to"].setPlaceholderText(QCoreApplication.translate("RemissPage", "for example the registry's e-mail address"))
        self.recipients_box.setTitle(QCoreApplication.translate("RemissPage", "Consultees"))
        self.add_register_button.setText(QCoreApplication.translate("RemissPage", "Add from the &register…"))
        self.remove_recipient_button.setText(QCoreApplication.translate("RemissPage", "Remove"))
        self.typed_name.setPlaceholderText(QCoreApplication.translate("RemissPage", "Or type a name, e.g. an organisation not in the register"))
        self.add_typed_button.setText(QCoreApplication.translate("RemissPage", "&Add"))
        fill_combo(self.typed_kind, [(label(rules.RECIPIENT_KIND_LABELS, k), str(k)) for k in RecipientKind])
        self.reply_buttons[NO_REPLY].setText(QCoreApplication.translate("RemissPage", "No reply"))
        self.reply_buttons[ReplyOutcome.ANSWERED].setText(QCoreApplication.translate("RemissPage", "Replied"))
        self.reply_buttons[ReplyOutcome.DECLINED].setText(QCoreApplication.translate("RemissPage", "Declines to comment"))
        self.received_label.setText(QCoreApplication.translate("RemissPage", "Received:"))
        self.received.setPlaceholderText(QCoreApplication.translate("RemissPage", "YYYY-MM-DD"))
        for field in (self.round_fields["sent_date"], self.round_fields["reply_deadline"], self.received):
            fit_date_field(field)
        self.reply_summary_label.setText(QCoreApplication.translate("RemissPage", "In short:"))
        self.save_reply_button.setText(QCoreApplication.translate("RemissPage", "Save reply"))
        self.remarks_box.setTitle(QCoreApplication.translate("RemissPage", "Remarks and how they are handled"))
        for caption, text in zip(self.remark_labels, (QCoreApplication.translate("RemissPage", "Remark:"), QCoreApplication.translate("RemissPage", "About:"), QCoreApplication.translate("RemissPage", "Handling:"),
                                                      QCoreApplication.translate("RemissPage", "Motivation:"), QCoreApplication.translate("RemissPage", "Changed measure:"))):
            caption.setText(text)
        self.motivation.setPlaceholderText(QCoreApplication.translate("RemissPage", "Why the remark is or is not taken into account"))
        fill_combo(self.handling, [(label(rules.HANDLING_LABELS, h), str(h)) for h in Handling])
        self.open_measure_button.setText(QCoreApplication.translate("RemissPage", "Open measure"))
        self.open_measure_button.setToolTip(QCoreApplication.translate("RemissPage", "Opens the measure editor to make the change"))
        self.new_remark_button.setText(QCoreApplication.translate("RemissPage", "New remark"))
        self.remove_remark_button.setText(QCoreApplication.translate("RemissPage", "Remove remark"))
        self.save_remark_button.setText(QCoreApplication.translate("RemissPage", "Sa&ve remark"))
        self._fill_measures()
        self._fill_rounds()
        for model in (self.recipients, self.remarks):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what is shown --------------------------------------------------------------------------

    def reload(self) -> None:
        self.remark_columns.refresh()
        self._fill_measures()
        self._fill_rounds()

    def _fill_rounds(self) -> None:
        rounds = repo.rounds(self.document.store)
        current = self.round_id if self.round_id is not None else (rounds[-1].id if rounds else None)
        fill_combo(self.round_choice, [(self._round_name(r), r.id) for r in rounds], keep=False)
        set_choice(self.round_choice, current)
        chosen = self.round_choice.currentData()
        if chosen is not None and chosen == self.round_id and self.recipients.of == {"round_id": chosen}:
            self._show_round_fields()  # the same round changed: the lists and choices stay
        else:
            self.show_round(chosen)

    def _round_name(self, round_: RemissRound) -> str:
        title = round_.title or QCoreApplication.translate("RemissPage", "Consultation")
        return f"{title} ({round_.sent_date})" if round_.sent_date else title

    def _fill_measures(self) -> None:
        measures = sorted(measures_repo.list_measures(self.document.store),
                          key=lambda m: (m.eccar_point or 99, m.track or 99, m.position, m.id))
        named = [(self.remark_columns.measure(m.id), m.id) for m in measures]
        fill_combo(self.remark_about, [(QCoreApplication.translate("RemissPage", "The plan in general"), None)] + named)
        fill_combo(self.changed_measure, [("—", None)] + named)

    def _show_round_fields(self) -> RemissRound | None:
        round_ = self.document.store.get(RemissRound, self.round_id) if self.round_id is not None else None
        for name, field in self.round_fields.items():
            field.setText(getattr(round_, name) if round_ else "")
            field.setEnabled(round_ is not None)
        return round_

    def show_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        round_ = self._show_round_fields()
        self.recipients.show_rows({"round_id": round_id} if round_ is not None else NOTHING)
        self.recipients_box.setEnabled(round_ is not None)
        self.export_button.setEnabled(round_ is not None)
        self.show_recipient()

    def current_recipient_id(self) -> int | None:
        index = self.recipient_view.currentIndex()
        return index.siblingAtColumn(0).data(ENTITY_ROLE) if index.isValid() else None

    def current_reply(self) -> RemissReply | None:
        recipient_id = self.current_recipient_id()
        return repo.reply_of(self.document.store, recipient_id) if recipient_id is not None else None

    def show_recipient(self) -> None:
        recipient_id = self.current_recipient_id()
        reply = self.current_reply()
        self.reply_box.setEnabled(recipient_id is not None)
        key = NO_REPLY if reply is None else reply.outcome
        self.reply_buttons[key].setChecked(True)
        self.received.setText(reply.received_date if reply else "")
        self.reply_summary.setText(reply.summary if reply else "")
        if recipient_id is not None:
            name = self.recipient_columns.name(self.document.store.get(RemissRecipient, recipient_id))
            self.reply_box.setTitle(QCoreApplication.translate("RemissPage", "Reply from %1").replace("%1", name))
        else:
            # Greyed out with its reason: a reply belongs to a consultee chosen in the list.
            self.reply_box.setTitle(QCoreApplication.translate("RemissPage", "Reply: choose a consultee in the list"))
        answered = reply is not None and reply.outcome == ReplyOutcome.ANSWERED
        self.remarks.show_rows({"reply_id": reply.id} if answered else NOTHING)
        self.remarks_box.setEnabled(answered)
        self.show_remark()

    def current_remark_id(self) -> int | None:
        index = self.remark_view.currentIndex()
        return index.siblingAtColumn(0).data(ENTITY_ROLE) if index.isValid() else None

    def show_remark(self) -> None:
        remark_id = self.current_remark_id()
        remark = self.document.store.get(RemissRemark, remark_id) if remark_id is not None else None
        self.remark_text.setPlainText(remark.text if remark else "")
        set_choice(self.remark_about, remark.measure_id if remark else None)
        set_choice(self.handling, remark.handling if remark else "")
        self.motivation.setPlainText(remark.motivation if remark else "")
        set_choice(self.changed_measure, remark.changed_measure_id if remark else None)
        self._update_remark_buttons()

    def _update_remark_buttons(self, *args) -> None:
        has_remark = self.current_remark_id() is not None
        self.save_remark_button.setEnabled(has_remark)
        self.remove_remark_button.setEnabled(has_remark)
        can_change = self.handling.currentData() in rules.CHANGING
        self.changed_measure.setEnabled(has_remark and can_change)
        self.open_measure_button.setEnabled(self._measure_to_open() is not None)

    def _on_row_changed(self, table: str, entity_id: int, _kind: str) -> None:
        if table == RemissRound.TABLE:
            self._fill_rounds()
        elif table == Measure.TABLE:
            self.remark_columns.refresh()
            self._fill_measures()
        elif table == RemissReply.TABLE:
            reply = self.current_reply()
            if reply is None or reply.id == entity_id:
                self.show_recipient()
        elif table == RemissRemark.TABLE and entity_id == self.current_remark_id():
            self.show_remark()

    # -- edits ----------------------------------------------------------------------------------

    def _run(self, build) -> bool:
        self.message.clear()
        try:
            return remiss_edits.run(self.document, build)
        except Refused as refused:
            self.message.setText(str(refused))
            return False

    def new_round(self) -> int | None:
        process = self.document.store.process()
        title = QCoreApplication.translate("RemissPage", "Consultation: %1").replace("%1", process.plan_title or process.title)
        action = None

        def build():
            nonlocal action
            action = edit.start_round(self.document.store, title)
            return action

        if not self._run(build) or action is None:
            return None
        self.round_id = action.first(RemissRound).id
        self._fill_rounds()
        self.round_fields["sent_date"].setFocus()
        return self.round_id

    def commit_round(self, name: str) -> bool:
        if self.round_id is None:
            return False
        value = self.round_fields[name].text()
        done = self._run(lambda: edit.update_round(self.document.store, self.round_id, **{name: value}))
        if not done:
            round_ = self.document.store.get(RemissRound, self.round_id)
            if round_ is not None:
                self.round_fields[name].setText(getattr(round_, name))  # back to what is stored
        return done

    def choose_from_register(self) -> AddFromRegisterDialog | None:
        if self.round_id is None:
            return None
        dialog = AddFromRegisterDialog(self.document, self.round_id, self)
        dialog.accepted.connect(lambda: self.add_from_register(dialog.chosen_ids()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_from_register(self, organisation_ids: list[int]) -> bool:
        if self.round_id is None or not organisation_ids:
            return False
        return self._run(lambda: edit.add_recipients_from_register(self.document.store, self.round_id,
                                                                   organisation_ids))

    def add_typed(self) -> bool:
        if self.round_id is None:
            return False
        name = self.typed_name.text()
        done = self._run(lambda: edit.add_recipient(self.document.store, self.round_id, name,
                                                    self.typed_kind.currentData()))
        if done:
            self.typed_name.clear()
        return done

    def select_recipient(self, recipient_id: int) -> None:
        row = self.recipients.row_of(recipient_id)
        if row is None:
            return
        index = self.recipient_proxy.mapFromSource(self.recipients.index(row, 0))
        self.recipient_view.setCurrentIndex(index)
        self.recipient_view.selectRow(index.row())

    def _selected(self, view: QTableView) -> list[int]:
        rows = view.selectionModel().selectedRows()
        ids = [index.data(ENTITY_ROLE) for index in rows]
        if not ids and view.currentIndex().isValid():
            ids = [view.currentIndex().siblingAtColumn(0).data(ENTITY_ROLE)]
        return ids

    def remove_selected_recipients(self) -> bool:
        ids = self._selected(self.recipient_view)
        return bool(ids) and self._run(lambda: edit.remove_recipients(ids))

    def save_reply(self) -> bool:
        recipient_id = self.current_recipient_id()
        if recipient_id is None:
            return False
        choice = next(key for key, button in self.reply_buttons.items() if button.isChecked())
        store = self.document.store
        if choice == NO_REPLY:
            return self._run(lambda: edit.remove_reply(store, recipient_id))
        received = self.received.text() or date.today().isoformat()
        return self._run(lambda: edit.record_reply(store, recipient_id, choice, received, self.reply_summary.text()))

    def new_remark(self) -> int | None:
        reply = self.current_reply()
        if reply is None:
            return None
        text = self.remark_text.toPlainText() if self.current_remark_id() is None else ""
        action = None

        def build():
            nonlocal action
            action = edit.add_remark(self.document.store, reply.id, text or QCoreApplication.translate("RemissPage", "(new remark)"),
                                     self.remark_about.currentData())
            return action

        if not self._run(build) or action is None:
            return None
        remark_id = action.first(RemissRemark).id
        self.select_remark(remark_id)
        self.remark_text.setFocus()
        self.remark_text.selectAll()
        return remark_id

    def select_remark(self, remark_id: int) -> None:
        row = self.remarks.row_of(remark_id)
        if row is None:
            return
        index = self.remark_proxy.mapFromSource(self.remarks.index(row, 0))
        self.remark_view.setCurrentIndex(index)
        self.remark_view.selectRow(index.row())

    def save_remark(self) -> bool:
        """The remark's text, what it is about, and its handling: one undoable step."""
        remark_id = self.current_remark_id()
        if remark_id is None:
            return False
        store = self.document.store
        text, about = self.remark_text.toPlainText(), self.remark_about.currentData()
        handling, motivation = self.handling.currentData(), self.motivation.toPlainText()
        changed = self.changed_measure.currentData() if handling in rules.CHANGING else None
        build = remiss_edits.steps(
            lambda: edit.change_remark(store, remark_id, text=text, measure_id=about),
            lambda: edit.handle_remark(store, remark_id, handling, motivation, changed),
        )
        done = self._run(build)
        if done:
            self.show_remark()
        return done

    def remove_selected_remarks(self) -> bool:
        ids = self._selected(self.remark_view)
        return bool(ids) and self._run(lambda: edit.remove_remarks(ids))

    def _measure_to_open(self) -> int | None:
        return self.changed_measure.currentData() or self.remark_about.currentData()

    def open_changed_measure(self) -> None:
        """The measure the remark changes (or is about), in the measure editor."""
        measure_id = self._measure_to_open()
        if measure_id is not None:
            self.measureChosen.emit(measure_id)

    # -- the summary ----------------------------------------------------------------------------

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("RemissPage", "Save the consultation summary"), str(Path.home() / (QCoreApplication.translate("RemissPage", "Consultation summary") + ".docx")),
            QCoreApplication.translate("RemissPage", "Word documents (*.docx)"))
        if path:
            self.export_summary(Path(path))

    def export_summary(self, path: Path) -> Path | None:
        """Writes the remissammanställning of the chosen round; the message says why if not."""
        from ...export.job import ExportError, ExportJob, Kind, describe_error, run_job
        from ...storage.errors import ProcessFileError

        self.message.clear()
        self.document.checkpoint()
        job = ExportJob(Kind.REMISS_SUMMARY, Path(self.document.path), Path(path), round_id=self.round_id)
        try:
            return run_job(job)
        except (ExportError, ProcessFileError, OSError) as error:
            self.message.setText(describe_error(error))
            return None
