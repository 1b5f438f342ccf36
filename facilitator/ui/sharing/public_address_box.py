"""Where the results are published after the meeting: the process's public address.

A box in the sharing window. The coordinator types the https address of the folder where the
municipality puts the results site (File → Publish the results for the website); printed QR
codes and the minutes then lead there. Saved when she leaves the field or presses Enter, as
one undoable step (``actions.meetings.set_public_address``); an address that is not one is
explained beside the field, in words, and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QVBoxLayout

from ...actions import meetings as meeting_actions
from ...domain import public_address
from ...domain.entities import Process
from ..common import look
from ..common.text_limits import limit_field
from ..document import ProcessDocument, run_edit

#: What an address looks like (the same in every language).
EXAMPLE = "https://www.kommun.se/resultat/"


class PublicAddressBox(QGroupBox):
    def __init__(self, document: ProcessDocument, parent=None, titled: bool = True):
        super().__init__(parent)
        self.document = document
        self.titled = titled  # untitled in a tab that names it already
        self.label = QLabel()
        self.edit = limit_field(QLineEdit(), "process", "public_address")
        self.edit.setPlaceholderText(EXAMPLE)
        self.label.setBuddy(self.edit)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(look.error_style())
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(self.hint)
        self.edit.editingFinished.connect(self.save)
        self.edit.textEdited.connect(lambda _text: self.problem.hide())
        document.rowChanged.connect(self._row_changed)
        self._show_stored()
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The results after the meeting") if self.titled else "")
        self.label.setText(self.tr("&Public address of the results:"))
        self._update_hint()

    def stored(self) -> str:
        return self.document.store.process().public_address

    def save(self) -> bool:
        """Saves what was typed, if it is an address (or empty); says why not, if not."""
        typed = self.edit.text()
        try:
            public_address.check(typed)
        except public_address.AddressProblem as problem:
            self.problem.setText(QCoreApplication.translate("PublicAddress", public_address.PROBLEMS[problem.code]))
            self.problem.show()
            return False
        self.problem.hide()
        done = run_edit(self.document, lambda: meeting_actions.set_public_address(self.document.store, typed))
        self._show_stored()
        return done

    def _row_changed(self, table: str, _id: int, _kind: str) -> None:
        if table == Process.TABLE and not self.edit.hasFocus():
            self._show_stored()

    def _show_stored(self) -> None:
        if not self.problem.isHidden():  # keep what was typed until it is fixed
            return
        self.edit.setText(self.stored())
        self._update_hint()

    def _update_hint(self) -> None:
        if self.stored():
            self.hint.setText(self.tr(
                "Printed QR codes and the minutes lead to this address. Publish the results there with "
                "File → Publish the results for the website."))
        else:
            self.hint.setText(self.tr(
                "Not set: printed QR codes lead to this computer's address on the local network. They work only "
                "in the room, and only while the computer keeps the same address. Give the address where the "
                "municipality will publish the results, and the codes keep working after the meeting."))
