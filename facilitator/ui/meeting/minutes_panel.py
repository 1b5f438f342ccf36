"""Justering in the meeting's page: whether the minutes are signed, a warning when the
meeting's data has changed since, and the buttons to sign (a new numbered version), export
the signed minutes and take a signing back.

Signing writes the minutes as they are now (``export/minutes``) and keeps the Word file and
its content in the process through ``actions/minutes.sign_minutes``: one undoable step.
Unsigning asks first. Whether the data has changed is worked out again shortly after any
edit (the minutes' content now against the signed content).
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...actions import minutes as signing
from ...domain.entities import Meeting, SignedMinutes
from ...storage import signed_minutes
from ..common import look
from ..common.text_limits import limit_field
from ..document import ProcessDocument, run_action

log = logging.getLogger("facilitator.ui.minutes")


def _long_date(iso: str) -> str:
    from ...export.docx_base import format_date

    return format_date(iso)


class SignMinutesDialog(QDialog):
    """"Justera protokollet…": the date, the justerare (one per line), an optional dnr."""

    def __init__(self, version: int, parent: QWidget | None = None, *, names_default: bool = False):
        super().__init__(parent)
        self.version = version
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.adjusters = limit_field(QPlainTextEdit(), "signed_minutes", "adjusters")
        self.adjusters.setTabChangesFocus(True)
        self.adjusters.setFixedHeight(84)
        self.dnr = limit_field(QLineEdit(), "signed_minutes", "dnr")
        self.with_names = QCheckBox()
        self.with_names.setChecked(names_default)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("signingProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel#signingProblem { " + look.error_style() + " }")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        self.captions = [QLabel(), QLabel(), QLabel()]
        form.addRow(self.captions[0], self.date)
        form.addRow(self.captions[1], self.adjusters)
        form.addRow(self.captions[2], self.dnr)
        form.addRow("", self.with_names)
        for caption, widget in zip(self.captions, (self.date, self.adjusters, self.dnr)):
            caption.setBuddy(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(460)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign the minutes"))
        if self.version > 1:
            intro = self.tr("The minutes are kept in the process as version %1, exactly as they are now, and are "
                            "exported the same way from then on. The versions signed before stay as they were.")
        else:
            intro = self.tr("The minutes are kept in the process exactly as they are now, and are exported the "
                            "same way from then on, whatever changes later.")
        self.intro.setText(intro.replace("%1", str(self.version)))
        self.captions[0].setText(self.tr("Date of &signing"))
        self.captions[1].setText(self.tr("&Checked and approved by"))
        self.captions[2].setText(self.tr("Reference number (&dnr)"))
        self.adjusters.setPlaceholderText(self.tr("One name per line"))
        self.dnr.setPlaceholderText(self.tr("Optional, e.g. KS 2027/123"))
        self.with_names.setText(self.tr("List the participants by name"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def values(self) -> dict:
        return {
            "signed_on": self.date.date().toString("yyyy-MM-dd"),
            "adjusters": signing.adjuster_names(self.adjusters.toPlainText()),
            "dnr": " ".join(self.dnr.text().split()),
            "with_names": self.with_names.isChecked(),
        }

    def _accept(self) -> None:
        if not self.values()["adjusters"]:
            self.problem.setText(self.tr("Write the name of at least one person who checks and approves the "
                                         "minutes (justerare)."))
            self.problem.show()
            self.adjusters.setFocus()
            return
        self.accept()


class MinutesPanel(QGroupBox):
    """The minutes' justering for the meeting shown in the form."""

    def __init__(self, document: ProcessDocument, parent: QWidget | None = None, *,
                 ask=None, choose_path=None, make_dialog=None):
        super().__init__(parent)
        self.document = document
        self.meeting_id: int | None = None
        self.changed_since_signing = False
        self._stale = False
        # seams for the tests: the question before unsigning, the save dialog, the dialog
        self._ask = ask or self._ask_unsign
        self._choose_path = choose_path or self._choose_save_path
        self._make_dialog = make_dialog or (lambda version, names: SignMinutesDialog(version, self,
                                                                                    names_default=names))
        self.state = QLabel()
        self.state.setObjectName("minutesState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.changed = QLabel()
        self.changed.setObjectName("minutesChanged")
        self.changed.setWordWrap(True)
        self.changed.setTextFormat(Qt.TextFormat.PlainText)
        self.changed.setStyleSheet(
            "QLabel#minutesChanged { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c060;"
            " border-radius: 4px; padding: 6px; }")
        self.changed.hide()
        self.sign_button = QPushButton()
        self.export_button = QPushButton()
        self.unsign_button = QPushButton()
        self.sign_button.clicked.connect(self.sign)
        self.export_button.clicked.connect(self.export_signed)
        self.unsign_button.clicked.connect(self.unsign)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.unsign_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.changed)
        layout.addLayout(buttons)

        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(400)
        self._recheck.timeout.connect(self.refresh)
        document.rowChanged.connect(self._on_row_changed)
        document.reloaded.connect(self.refresh)
        self.retranslate()

    # -- translation --------------------------------------------------------------------

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Minutes and justering"))
        self.export_button.setText(self.tr("Export signed minutes…"))
        self.unsign_button.setText(self.tr("Undo signing…"))
        self.refresh()

    # -- state ----------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def latest(self) -> SignedMinutes | None:
        if self.meeting_id is None:
            return None
        return signed_minutes.latest_signed(self.document.store, self.meeting_id)

    def _on_row_changed(self, table: str, _entity_id: int, _kind: str) -> None:
        if self.meeting_id is None:
            return
        if self.isVisible():
            self._recheck.start()
        else:
            self._stale = True  # checked when the page is shown again (not while capturing elsewhere)

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def current_content(self, with_names: bool = False) -> str:
        from ...export.report_data import gather_minutes, minutes_content

        return minutes_content(gather_minutes(self.document.store, self.meeting_id, with_names))

    def refresh(self) -> None:
        self._recheck.stop()
        self._stale = False
        meeting = self.document.store.get(Meeting, self.meeting_id) if self.meeting_id is not None else None
        self.setEnabled(meeting is not None)
        latest = self.latest() if meeting is not None else None
        self.changed_since_signing = False
        if latest is None:
            self.state.setText(self.tr("The minutes have not been signed (justerat) yet. Once signed, they are kept "
                                       "exactly as signed."))
            self.sign_button.setText(self.tr("Sign the minutes…"))
        else:
            names = self._names(latest.adjusters)
            text = self.tr("Version %1 was signed on %2 by %3.").replace("%1", str(latest.version)).replace(
                "%2", _long_date(latest.signed_on)).replace("%3", names)
            if latest.dnr:
                text += " " + self.tr("Reference number: %1.").replace("%1", latest.dnr)
            self.state.setText(text)
            try:
                self.changed_since_signing = self.current_content(latest.with_names) != latest.content
            except Exception:  # the check must never stop the page; the log has it
                log.exception("could not compare the minutes with the signed version")
            self.sign_button.setText(self.tr("Sign a new version (%1)…").replace("%1", str(latest.version + 1)))
        if self.changed_since_signing and latest is not None:
            self.changed.setText(self.tr(
                "⚠ The meeting's data has changed since version %1 was signed. The signed minutes stay as they "
                "were signed; sign a new version %2 if the changes belong in the minutes.").replace(
                "%1", str(latest.version)).replace("%2", str(latest.version + 1)))
        self.changed.setVisible(self.changed_since_signing)
        # a new version is offered only when there is something new to sign
        self.sign_button.setVisible(meeting is not None and (latest is None or self.changed_since_signing))
        self.export_button.setVisible(latest is not None)
        self.unsign_button.setVisible(latest is not None)

    def _names(self, text: str) -> str:
        names = [n for n in text.splitlines() if n.strip()]
        if len(names) < 2:
            return "".join(names)
        return self.tr("%1 and %2").replace("%1", ", ".join(names[:-1])).replace("%2", names[-1])

    # -- the edits ------------------------------------------------------------------------

    def _template(self) -> Path | None:
        settings = getattr(self.window(), "settings", None)
        if settings is None:
            return None
        from ..export_dialog import TEMPLATE, USE_OWN_TEMPLATE

        template = settings.get(TEMPLATE)
        return Path(template) if template and settings.get(USE_OWN_TEMPLATE) and Path(template).is_file() else None

    def sign(self) -> bool:
        """Asks for the date, the justerare and a dnr, then keeps the minutes as signed."""
        if self.meeting_id is None:
            return False
        store = self.document.store
        version = signed_minutes.next_version(store, self.meeting_id)
        latest = self.latest()
        dialog = self._make_dialog(version, bool(latest and latest.with_names))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        values = dialog.values()
        from ...export.docx_base import document_language
        from ...export.minutes import minutes_document
        from ...export.report_data import gather_minutes, minutes_content, signed_as

        data = gather_minutes(store, self.meeting_id, values["with_names"])
        try:
            document = minutes_document(
                signed_as(data, version, values["signed_on"], values["adjusters"], values["dnr"]), self._template())
        except Exception as error:  # a template that cannot be read: say so, keep nothing
            log.exception("could not write the minutes for signing")
            QMessageBox.warning(self, self.tr("Sign the minutes"),
                                self.tr("The minutes could not be written (%1). Nothing was signed.").replace(
                                    "%1", str(error)))
            return False
        action = signing.sign_minutes(
            store, self.meeting_id, signed_on=values["signed_on"], adjusters=values["adjusters"], dnr=values["dnr"],
            content=minutes_content(data), document=document, with_names=values["with_names"],
            language=document_language(), version=version,
            created_at=date.today().isoformat(),
        )
        done = run_action(self.document, action)
        self.refresh()
        return done

    def _ask_unsign(self, latest: SignedMinutes) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Undo signing"),
            self.tr("Take back the signing of version %1 of the minutes (signed on %2)? The signed document is "
                    "removed from the process; Undo brings it back.").replace("%1", str(latest.version)).replace(
                "%2", _long_date(latest.signed_on)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def unsign(self) -> bool:
        latest = self.latest()
        if latest is None or not self._ask(latest):
            return False
        done = run_action(self.document, signing.unsign_minutes(self.document.store, self.meeting_id))
        self.refresh()
        return done

    def _choose_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export signed minutes"), suggested,
                                              self.tr("Word document (*.docx)"))
        return path

    def export_signed(self) -> Path | None:
        """Writes the latest signed version, byte for byte, where the coordinator chooses."""
        latest = self.latest()
        meeting = self.document.store.get(Meeting, self.meeting_id) if self.meeting_id is not None else None
        if latest is None or meeting is None:
            return None
        from ..export_dialog import safe_file_name

        name = safe_file_name(self.tr("Minutes %1 version %2").replace("%1", meeting.title).replace(
            "%2", str(latest.version))) + ".docx"
        chosen = self._choose_path(name)
        if not chosen:
            return None
        from ...export.job import ExportError, ExportJob, Kind, describe_error, run_job

        job = ExportJob(kind=Kind.MINUTES, process_path=Path(self.document.store.path), out_path=Path(chosen),
                        meeting_id=self.meeting_id, version=str(latest.version))
        try:
            return run_job(job)
        except (ExportError, OSError) as error:
            QMessageBox.warning(self, self.tr("Export signed minutes"), describe_error(error))
            return None
