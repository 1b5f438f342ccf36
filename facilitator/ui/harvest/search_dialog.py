"""Search across the process (Ctrl+F): contributions, risks' mitigations, themes, measures,
main points and decisions, found as you type.

The search is storage's full-text search (``storage.search``): å, ä and ö are letters of
their own, so "för" does not find "for". Each result shows its kind, its meeting and a
snippet with the matched words in bold; Enter or a double-click goes there.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
)

from ...domain import limits
from ...storage import meetings
from ...storage.search import SearchHit, SearchKind, search
from ..common.text_limits import limit_widget

#: Results shown at most: the search box narrows them further.
RESULT_LIMIT = 100
DEBOUNCE_MS = 150
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3

KIND_LABELS = {
    SearchKind.CONTRIBUTION: QT_TRANSLATE_NOOP("SearchDialog", "Contribution"),
    SearchKind.MITIGATION: QT_TRANSLATE_NOOP("SearchDialog", "Way to reduce a risk"),
    SearchKind.THEME: QT_TRANSLATE_NOOP("SearchDialog", "Theme"),
    SearchKind.MEASURE: QT_TRANSLATE_NOOP("SearchDialog", "Measure"),
    SearchKind.HARVEST_ITEM: QT_TRANSLATE_NOOP("SearchDialog", "Main point or decision"),
}


def snippet_html(hit: SearchHit) -> str:
    """The snippet as HTML with the matched words in bold (everything else escaped)."""
    return "".join(f"<b>{html.escape(text)}</b>" if matched else html.escape(text) for text, matched in hit.parts())


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE text, so matched words can be bold inside a list."""

    def _document(self, option, index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(option.rect.width() - 8, 50))
        return document

    def paint(self, painter, option, index):
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        document = self._document(options, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))
        painter.save()
        painter.translate(options.rect.left() + 4, options.rect.top() + 2)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index):
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        if options.rect.width() <= 0 and options.widget is not None:
            options.rect.setWidth(options.widget.viewport().width())
        document = self._document(options, index)
        return QSize(int(document.idealWidth()) + 8, int(document.size().height()) + 4)


class SearchDialog(QDialog):
    resultChosen = Signal(str, int)  # (SearchKind value, id): the window goes there

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        self.field = limit_widget(QLineEdit(), limits.LINE)
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.label = QLabel()
        self.label.setBuddy(self.field)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        self.model = QStandardItemModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setUniformItemSizes(False)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        # activated: a double-click, or Enter in the list (one signal, so one choice)
        self.results.activated.connect(self._choose)
        layout.addWidget(self.results, 1)
        self.status = QLabel()
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self._meeting_titles: dict[int, str] | None = None
        self.hits: list[SearchHit] = []
        self.retranslate()

    # -- searching -----------------------------------------------------------------------

    def run_search(self) -> None:
        """Searches for what is typed now (the timer calls this ~150 ms after the last key)."""
        self._timer.stop()
        text = self.field.text()
        self.hits = search(self.document.store, text, limit=RESULT_LIMIT, prefix_last=True) if text.strip() else []
        self.model.clear()
        titles = self._titles()
        for hit in self.hits:
            kind = QCoreApplication.translate("SearchDialog", KIND_LABELS[hit.kind])
            meeting = titles.get(hit.meeting_id, "") if hit.meeting_id is not None else ""
            heading = html.escape(kind + (f" · {meeting}" if meeting else ""))
            item = QStandardItem()
            item.setData(f"<span style='color:#555'>{heading}</span><br>{snippet_html(hit)}", HTML_ROLE)
            item.setData(f"{kind}: {hit.plain_snippet}", Qt.ItemDataRole.DisplayRole)
            item.setData(hit.plain_snippet, Qt.ItemDataRole.ToolTipRole)
            item.setData(hit.kind.value, KIND_ROLE)
            item.setData(hit.id, ID_ROLE)
            self.model.appendRow(item)
        if self.hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        self._update_status()

    def _titles(self) -> dict[int, str]:
        if self._meeting_titles is None:
            self._meeting_titles = {m.id: m.title for m in meetings.all_meetings(self.document.store)}
        return self._meeting_titles

    def _update_status(self) -> None:
        if not self.field.text().strip():
            self.status.setText(self.tr("Type a word or the start of one. \"Quoted words\" are searched as a phrase."))
        elif not self.hits:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(self.tr("%n result(s). Enter opens the one chosen.", "", len(self.hits)))

    # -- choosing ------------------------------------------------------------------------

    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid() or not self.isVisible():
            return
        kind, entity_id = index.data(KIND_ROLE), index.data(ID_ROLE)
        self.accept()
        self.resultChosen.emit(kind, int(entity_id))

    def choose_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        self._choose(index)

    def eventFilter(self, watched, event):
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_current()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                if self._timer.isActive():
                    self.run_search()
                QApplication.sendEvent(self.results, event)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results.hasFocus():
            self.choose_current()
            return
        super().keyPressEvent(event)

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.hits:
                self.run_search()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        self.label.setText(self.tr("&Search contributions, themes, measures, main points and decisions:"))
        self.field.setPlaceholderText(self.tr("For example: trygghet, \"språkcafé på biblioteket\", bost*"))
        self._update_status()
