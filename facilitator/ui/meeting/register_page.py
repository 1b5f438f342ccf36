"""Everyone in the process: the participant register."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyledItemDelegate

from ...domain import limits
from ...domain import vocabulary as v
from ...domain.entities import Organisation, Participant
from ...storage import register
from ..common.columns import participant_columns
from ..common.delegates import ChoiceDelegate
from ..common.entity_model import ENTITY_ROLE, EntityTableModel
from ..common.list_page import TablePage
from ..common.text_limits import ask_text, limit_field
from ..document import ProcessDocument
from . import meeting_edits as edits


class OrganisationDelegate(QStyledItemDelegate):
    """Edits a participant's organisation by name, offering the ones already known."""

    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(parent)
        self.document = document

    def createEditor(self, parent, option, index):
        editor = limit_field(QLineEdit(parent), "organisation", "name")
        names = [o.name for o in register.organisations(self.document.store)]
        completer = QCompleter(names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor, index):
        editor.setText(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def setModelData(self, editor, model, index):
        participant_id = index.data(ENTITY_ROLE)
        if editor.text().strip() != (index.data(Qt.ItemDataRole.DisplayRole) or ""):
            edits.set_organisation(self.document, participant_id, editor.text())


class RegisterPage(TablePage):
    REMOVAL = QT_TRANSLATE_NOOP("Commands", "Delete participant")

    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(document, parent)
        model = EntityTableModel(
            document, Participant, participant_columns(document), depends_on=(Organisation.TABLE,), lazy=True
        )
        self.set_model(model, stretch_column=0)
        self.view.setItemDelegateForColumn(1, OrganisationDelegate(document, self.view))
        self.view.setItemDelegateForColumn(2, ChoiceDelegate(v.CATEGORY_LABELS, self.view))
        self.sort_by(0)
        self.new_button = self.add_button(self.request_new)
        self.remove_button = self.add_button(self.remove_selected)
        self.import_button = self.add_button(self.request_import)
        self.erase_button = self.add_button(self.request_erase)
        self.import_requested = None
        #: the window's erase (asks, erases, then shows what may still hold the person)
        self.erase_requested = None
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.new_button.setText(self.tr("&New participant…"))
        self.remove_button.setText(self.tr("&Delete participant"))
        self.import_button.setText(self.tr("&Import list…"))
        self.erase_button.setText(self.tr("Erase person &permanently…"))
        self.erase_button.setToolTip(self.tr(
            "Removes the selected person from the register, every meeting and every text that names them. "
            "Cannot be undone."))

    def summary_text(self, count: int) -> str:
        return self.tr("%n participant(s)", "", count)

    def request_new(self) -> None:
        name, ok = ask_text(self, self.tr("New participant"), self.tr("Name:"), limits.limit("participant", "name"))
        if ok and name.strip():
            new_id = edits.add_participant(self.document, name)
            if new_id is not None:
                self.select_id(new_id)

    def request_import(self) -> None:
        if self.import_requested:
            self.import_requested(None)


    def request_erase(self) -> None:
        person = self.current_id()
        if person is not None and self.erase_requested:
            self.erase_requested(person)
