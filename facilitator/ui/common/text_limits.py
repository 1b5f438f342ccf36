"""Every field the coordinator types into states how long its text may be (issue 14): the
limits of ``domain/limits.py``, the same the actions hold every edit to.

* a one-line field (``QLineEdit``) takes no more than its limit (``setMaxLength``), and says
  so in its tooltip and accessible description;
* a text box (``QPlainTextEdit``) says so too, and shows a small counter in its corner once
  the text nears the limit ("4 950 av 5 000 tecken"), red when it is over (the action then
  refuses the edit with a message; what was typed stays in the box);
* an editor in a table cell gets the limit its model gives for the cell (``LIMIT_ROLE``),
  through ``LimitedDelegate``.

    limit_field(self.title, "meeting", "title")
    limit_field(self.purpose, "meeting", "purpose")
    limit_cell_editors(self.view)        # models answer LIMIT_ROLE for their text cells

Every editable text widget of the window and its dialogs carries the property ``textLimit``;
a test walks them all.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QStyledItemDelegate, QToolTip, QWidget

from ...domain import limits
from ...messages import number_text
from . import look

#: The property every limited widget carries: the most characters it takes.
LIMIT_PROPERTY = "textLimit"
#: The role a model answers with the limit of a text cell (an int), or None.
LIMIT_ROLE = Qt.ItemDataRole.UserRole + 0x4C1
#: The counter appears from this share of the limit on.
COUNTER_FROM = 0.9


def limit_text(most: int) -> str:
    return QCoreApplication.translate("TextLimits", "At most %1 characters.").replace("%1", number_text(most))


def count_text(length: int, most: int) -> str:
    return (QCoreApplication.translate("TextLimits", "%1 of %2 characters")
            .replace("%1", number_text(length)).replace("%2", number_text(most)))


def limit_of(widget: QWidget) -> int | None:
    value = widget.property(LIMIT_PROPERTY)
    return int(value) if value else None


def stated_limit(widget: QWidget) -> str:
    """What the widget says about its limit (its tooltip's last line), "" for none."""
    most = limit_of(widget)
    return limit_text(most) if most else ""


def limit_field(widget: QWidget, table: str, column: str) -> QWidget:
    """Holds ``widget`` to the limit of ``table.column`` and states it."""
    return limit_widget(widget, limits.limit(table, column))


def limit_widget(widget: QWidget, most: int) -> QWidget:
    """Holds ``widget`` (a QLineEdit or QPlainTextEdit) to ``most`` characters and states it."""
    widget.setProperty(LIMIT_PROPERTY, most)
    if isinstance(widget, QLineEdit):
        widget.setMaxLength(most)
    elif isinstance(widget, QPlainTextEdit):
        LengthCounter(widget, most)
    _Statement.on(widget)
    return widget


class _Statement(QObject):
    """Adds the limit to the widget's tooltip when it is shown, and keeps its accessible
    description in the current language (forms set their own tooltips in retranslate)."""

    @classmethod
    def on(cls, widget: QWidget) -> None:
        if widget.findChild(cls, "textLimitStatement", Qt.FindChildOption.FindDirectChildrenOnly) is None:
            statement = cls(widget)
            statement.setObjectName("textLimitStatement")
            widget.installEventFilter(statement)
            statement.refresh(widget)

    def refresh(self, widget: QWidget) -> None:
        widget.setAccessibleDescription(stated_limit(widget))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            own = watched.toolTip()
            text = (own + "\n" if own else "") + stated_limit(watched)
            QToolTip.showText(event.globalPos(), text, watched)
            return True
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh(watched)
        return False


class LengthCounter(QLabel):
    """A small count in the corner of a text box, shown once the text nears its limit."""

    def __init__(self, edit: QPlainTextEdit, most: int):
        super().__init__(edit)
        self.setObjectName("textLimitCounter")
        self.edit = edit
        self.most = most
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAutoFillBackground(True)
        self.setContentsMargins(look.margins(look.TIGHT, look.HAIR))
        edit.textChanged.connect(self.update_count)
        edit.installEventFilter(self)
        self.hide()
        self.update_count()

    def update_count(self) -> None:
        length = len(self.edit.toPlainText())
        near = length >= self.most * COUNTER_FROM
        if near:
            self.setText(count_text(length, self.most))
            over = length > self.most
            self.setProperty("over", over)
            frame = "background: palette(base); border: 1px solid palette(mid); border-radius: 3px;"
            self.setStyleSheet(frame + (" " + look.error_style(bold=True) if over else ""))
            self.adjustSize()
            self._place()
        self.setVisible(near)

    def _place(self) -> None:
        viewport = self.edit.viewport().geometry()
        self.move(viewport.right() - self.width() - 2, viewport.bottom() - self.height() - 2)
        self.raise_()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        elif event.type() == QEvent.Type.LanguageChange:
            self.update_count()
        return False


def apply_cell_limit(editor: QWidget, index) -> QWidget:
    """Holds a table cell's editor to the limit its model gives (LIMIT_ROLE)."""
    most = index.data(LIMIT_ROLE) if index is not None and index.isValid() else None
    if most and isinstance(editor, (QLineEdit, QPlainTextEdit)):
        limit_widget(editor, int(most))
    return editor


class LimitedDelegate(QStyledItemDelegate):
    """The default editor of a cell, held to the cell's limit."""

    def createEditor(self, parent, option, index):
        return apply_cell_limit(super().createEditor(parent, option, index), index)


def limit_cell_editors(view) -> None:
    """Cells of ``view`` edited with the default editor get their limit (columns with a
    delegate of their own keep it)."""
    view.setItemDelegate(LimitedDelegate(view))


def cell_limit(table: str, column: str | None) -> int | None:
    """LIMIT_ROLE for a cell that edits ``table.column``: its limit if it is a text."""
    if column is None or column not in limits.TEXT_COLUMNS.get(table, ()):
        return None
    return limits.limit(table, column)


#: Paths and addresses typed into a field (not stored in the process): longer than any real one.
PATH_LIMIT = 1024


def ask_text(parent, title: str, label: str, most: int, text: str = "", *, multiline: bool = False) -> tuple[str, bool]:
    """QInputDialog.getText (or getMultiLineText), with the field held to ``most`` characters
    and saying so."""
    from PySide6.QtWidgets import QDialog, QInputDialog

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    if multiline:
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextValue(text)
    field = dialog.findChild(QPlainTextEdit if multiline else QLineEdit)
    if field is not None:
        limit_widget(field, most)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.textValue(), accepted
    finally:
        dialog.deleteLater()
