"""The harvest's models: contributions with their duplicates beneath them, the themes
(which accept dropped contributions), and the main points and decisions.
"""

from __future__ import annotations

import json
from collections import Counter

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from ...domain import limits
from ...domain import vocabulary as v
from ...domain.entities import CafeTable, Contribution, Measure, MeasureSource, PhoneVote, Round, Theme, Vote
from ...domain.swedish import sort_text
from ...storage import contributions as contribution_repo
from ...storage import harvest, phone_input, seating
from ...storage.measures_repo import measure_ids_by_contribution, measure_titles, sources_of_themes
from ..common.entity_model import ENTITY_ROLE, SORT_ROLE, SwedishSortProxy
from ..common.shown_text import shown
from ..common.text_limits import LIMIT_ROLE
from ..document import DELETED, ProcessDocument
from . import harvest_edits as he

#: Dots are typed as a number in their cell: at most this many digits.
DOTS_DIGITS = 4

CONTRIBUTION_IDS_MIME = "application/x-facilitator-contribution-ids"
ALL, UNSORTED = "all", "unsorted"
#: Hints shown at most, of each kind: more than anyone reads in one sitting.
MAX_HINTS = 200

WHOLE_ROOM = QT_TRANSLATE_NOOP("Vocabulary", "Whole room")

HARVEST_KIND_LABELS = {
    he.MAIN_POINT: QT_TRANSLATE_NOOP("Vocabulary", "Main point"),
    he.DECISION: QT_TRANSLATE_NOOP("Vocabulary", "Decision"),
}


class ContributionTreeModel(QAbstractItemModel):
    """A meeting's contributions: the kept ones at the top level, their duplicates beneath.

    Row-by-row: a write to one contribution or vote changes, moves or removes that row
    only. ``totalsChanged`` tells the theme list that counts or dots changed.
    """

    TEXT, KIND, TABLE, ROUND, THEME, DOTS, MEASURES, PHONE_DOTS = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Contribution"),
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        QT_TRANSLATE_NOOP("Columns", "Table"),
        QT_TRANSLATE_NOOP("Columns", "Round"),
        QT_TRANSLATE_NOOP("Columns", "Theme"),
        QT_TRANSLATE_NOOP("Columns", "Dots"),
        QT_TRANSLATE_NOOP("Columns", "Measures"),
        # Dots given on phones: counted with the room's, shown apart from those entered by hand.
        QT_TRANSLATE_NOOP("Columns", "Dots from phones"),
    )

    totalsChanged = Signal()
    editRefused = Signal(str)

    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.meeting_id: int | None = None
        self._clear()
        self._links_timer = QTimer(self)
        self._links_timer.setSingleShot(True)
        self._links_timer.setInterval(0)
        self._links_timer.timeout.connect(self._refresh_links)
        self._phone_timer = QTimer(self)
        self._phone_timer.setSingleShot(True)
        self._phone_timer.setInterval(0)
        self._phone_timer.timeout.connect(self._refresh_phone_dots)
        document.rowChanged.connect(self._on_row_changed)  # (a restored backup: the page loads again)

    def _clear(self) -> None:
        self._by_id: dict[int, Contribution] = {}
        self._top: list[int] = []
        self._top_row: dict[int, int] = {}
        self._children: dict[int, list[int]] = {}
        self._where: dict[int, int | None] = {}  # id -> kept parent id (None: top level)
        self._pointing: dict[int, set[int]] = {}  # kept id -> ids whose merged_into_id is it
        self._votes: dict[int, Vote] = {}
        self.dots: Counter = Counter()  # contribution id -> its own dots, entered by hand
        self.phone_dots: Counter = Counter()  # contribution id -> dots given on phones
        self.theme_dots: Counter = Counter()  # theme id -> the theme's own dots
        self.theme_counts: Counter = Counter()  # theme id (None: unsorted) -> kept contributions
        self._measures: dict[int, tuple[int, ...]] = {}
        self.measure_titles: dict[int, str] = {}
        self.theme_titles: dict[int, str] = {}
        self._table_names: dict[int, str] = {}
        self._round_numbers: dict[int, int] = {}

    # -- loading -------------------------------------------------------------------------

    def load(self, meeting_id: int | None) -> None:
        store = self.document.store
        self.beginResetModel()
        self._clear()
        self.meeting_id = meeting_id
        if meeting_id is not None:
            contributions = contribution_repo.of_meeting(store, meeting_id)
            for contribution in contributions:
                self._set(contribution)
            for contribution in contributions:
                if contribution.merged_into_id is None or contribution.merged_into_id not in self._by_id:
                    self._top_row[contribution.id] = len(self._top)
                    self._top.append(contribution.id)
                    self._where[contribution.id] = None
            for contribution in contributions:
                parent = contribution.merged_into_id
                if contribution.id not in self._where:
                    if parent in self._top_row:
                        self._children.setdefault(parent, []).append(contribution.id)
                        self._where[contribution.id] = parent
                    else:  # a chain left by an older version: shown at the top level
                        self._top_row[contribution.id] = len(self._top)
                        self._top.append(contribution.id)
                        self._where[contribution.id] = None
            for vote in harvest.votes_of(store, meeting_id):
                self._add_vote(vote)
            self.phone_dots = phone_input.dots_by_contribution(store, meeting_id)
            self._load_names()
            self._load_links()
        self.endResetModel()
        self.totalsChanged.emit()

    def _load_names(self) -> None:
        store = self.document.store
        self.theme_titles = {t.id: t.title for t in harvest.themes_of(store, self.meeting_id)}
        self._table_names = {t.id: t.name for t in seating.tables_of(store, self.meeting_id)}
        self._round_numbers = {r.id: r.number for r in seating.rounds_of(store, self.meeting_id)}

    def _load_links(self) -> None:
        self._measures = measure_ids_by_contribution(self.document.store, self.meeting_id)
        self.measure_titles = measure_titles(self.document.store)

    def _refresh_links(self) -> None:
        if self.meeting_id is None:
            return
        before = self._measures
        self._load_links()
        changed = {cid for cid in set(before) | set(self._measures) if before.get(cid) != self._measures.get(cid)}
        for cid in changed:
            self._emit_changed(cid, self.MEASURES, self.MEASURES)
        self.totalsChanged.emit()

    # -- bookkeeping ---------------------------------------------------------------------

    def _set(self, contribution: Contribution) -> None:
        self._by_id[contribution.id] = contribution
        if contribution.merged_into_id is not None:
            self._pointing.setdefault(contribution.merged_into_id, set()).add(contribution.id)
        else:
            self.theme_counts[contribution.theme_id] += 1

    def _unset(self, contribution_id: int) -> None:
        contribution = self._by_id.pop(contribution_id)
        if contribution.merged_into_id is not None:
            self._pointing.get(contribution.merged_into_id, set()).discard(contribution_id)
        else:
            self.theme_counts[contribution.theme_id] -= 1

    def _add_vote(self, vote: Vote) -> None:
        self._votes[vote.id] = vote
        if vote.contribution_id is not None:
            self.dots[vote.contribution_id] += max(vote.dots, 0)
        elif vote.theme_id is not None:
            self.theme_dots[vote.theme_id] += max(vote.dots, 0)

    def _drop_vote(self, vote_id: int) -> Vote | None:
        vote = self._votes.pop(vote_id, None)
        if vote is not None:
            if vote.contribution_id is not None:
                self.dots[vote.contribution_id] -= max(vote.dots, 0)
            elif vote.theme_id is not None:
                self.theme_dots[vote.theme_id] -= max(vote.dots, 0)
        return vote

    def _top_index(self, contribution_id: int) -> QModelIndex:
        return self.createIndex(self._top_row[contribution_id], 0, 0)

    def _index_of(self, contribution_id: int, column: int = 0) -> QModelIndex:
        parent = self._where.get(contribution_id, "missing")
        if parent == "missing":
            return QModelIndex()
        if parent is None:
            return self.createIndex(self._top_row[contribution_id], column, 0)
        return self.createIndex(self._children[parent].index(contribution_id), column, parent)

    def _emit_changed(self, contribution_id: int, first: int, last: int) -> None:
        index = self._index_of(contribution_id)
        if index.isValid():
            self.dataChanged.emit(index.siblingAtColumn(first), index.siblingAtColumn(last))

    def _attach(self, contribution_id: int) -> None:
        """Shows a stored contribution: under the one it was merged into, or at the top."""
        target = self._by_id[contribution_id].merged_into_id
        if target is not None and target != contribution_id and target in self._top_row:
            kids = self._children.setdefault(target, [])
            self.beginInsertRows(self._top_index(target), len(kids), len(kids))
            kids.append(contribution_id)
            self._where[contribution_id] = target
            self.endInsertRows()
            return
        row = len(self._top)
        self.beginInsertRows(QModelIndex(), row, row)
        self._top.append(contribution_id)
        self._top_row[contribution_id] = row
        self._where[contribution_id] = None
        self.endInsertRows()
        # Duplicates of this one shown at the top while it was itself a duplicate come home.
        for other in sorted(self._pointing.get(contribution_id, ())):
            if self._where.get(other, "missing") is None and not self._children.get(other):
                self._detach(other)
                self._attach(other)

    def _detach(self, contribution_id: int) -> None:
        parent = self._where[contribution_id]
        if parent is not None:
            kids = self._children[parent]
            row = kids.index(contribution_id)
            self.beginRemoveRows(self._top_index(parent), row, row)
            del kids[row]
            del self._where[contribution_id]
            self.endRemoveRows()
            return
        orphans = self._children.get(contribution_id, [])
        if orphans:
            self.beginRemoveRows(self._top_index(contribution_id), 0, len(orphans) - 1)
            self._children[contribution_id] = []
            for orphan in orphans:
                del self._where[orphan]
            self.endRemoveRows()
        self._children.pop(contribution_id, None)
        row = self._top_row[contribution_id]
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._top[row]
        del self._where[contribution_id]
        self._top_row = {cid: r for r, cid in enumerate(self._top)}
        self.endRemoveRows()
        for orphan in orphans:
            self._attach(orphan)

    # -- following the document ----------------------------------------------------------

    def _on_row_changed(self, table: str, row_id: int, kind: str) -> None:
        if self.meeting_id is None:
            return
        if table == Contribution.TABLE:
            self._contribution_changed(row_id, kind)
            self._links_timer.start()
        elif table == Vote.TABLE:
            self._vote_changed(row_id, kind)
        elif table == PhoneVote.TABLE:
            self._phone_timer.start()
        elif table == Theme.TABLE:
            theme = None if kind == DELETED else self.document.store.get(Theme, row_id)
            if theme is not None and theme.meeting_id == self.meeting_id:
                self.theme_titles[row_id] = theme.title
            else:
                self.theme_titles.pop(row_id, None)
            self._column_changed(self.THEME)
            self._links_timer.start()
        elif table in (CafeTable.TABLE, Round.TABLE):
            self._load_names()
            self._column_changed(self.TABLE)
            self._column_changed(self.ROUND)
        elif table in (Measure.TABLE, MeasureSource.TABLE):
            self._links_timer.start()

    def _column_changed(self, column: int) -> None:
        if self._top:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._top) - 1, column))
            for parent, kids in self._children.items():
                if kids:
                    top = self._top_index(parent)
                    self.dataChanged.emit(self.index(0, column, top), self.index(len(kids) - 1, column, top))

    def _contribution_changed(self, contribution_id: int, kind: str) -> None:
        old = self._by_id.get(contribution_id)
        new = None if kind == DELETED else self.document.store.get(Contribution, contribution_id)
        if new is not None and new.meeting_id != self.meeting_id:
            new = None
        if old is None and new is None:
            return
        if old is not None and new is not None and old.merged_into_id == new.merged_into_id:
            self._unset(contribution_id)
            self._set(new)
            self._emit_changed(contribution_id, 0, len(self.HEADERS) - 1)
        else:
            if old is not None:
                self._detach(contribution_id)
                self._unset(contribution_id)
            if new is not None:
                self._set(new)
                self._attach(contribution_id)
        self.totalsChanged.emit()

    def _vote_changed(self, vote_id: int, kind: str) -> None:
        old = self._drop_vote(vote_id)
        new = None if kind == DELETED else self.document.store.get(Vote, vote_id)
        if new is not None and new.meeting_id == self.meeting_id:
            self._add_vote(new)
        else:
            new = None
        for vote in (old, new):
            if vote is not None and vote.contribution_id is not None:
                self._emit_changed(vote.contribution_id, self.DOTS, self.DOTS)
        if old is not None or new is not None:
            self.totalsChanged.emit()

    def _refresh_phone_dots(self) -> None:
        if self.meeting_id is None:
            return
        before = self.phone_dots
        self.phone_dots = phone_input.dots_by_contribution(self.document.store, self.meeting_id)
        changed = [cid for cid in set(before) | set(self.phone_dots) if before.get(cid) != self.phone_dots.get(cid)]
        for cid in changed:
            self._emit_changed(cid, self.PHONE_DOTS, self.PHONE_DOTS)
        if changed:
            self.totalsChanged.emit()

    def all_dots(self, contribution_id: int) -> int:
        """A contribution's own dots: entered by hand and given on phones."""
        return self.dots.get(contribution_id, 0) + self.phone_dots.get(contribution_id, 0)

    # -- access --------------------------------------------------------------------------

    def contribution_id(self, index: QModelIndex) -> int | None:
        if not index.isValid():
            return None
        parent = index.internalId()
        if parent == 0:
            return self._top[index.row()] if index.row() < len(self._top) else None
        kids = self._children.get(parent, [])
        return kids[index.row()] if index.row() < len(kids) else None

    def contribution(self, contribution_id: int) -> Contribution | None:
        return self._by_id.get(contribution_id)

    def contributions(self) -> list[Contribution]:
        return sorted(self._by_id.values(), key=lambda c: (c.position, c.id))

    def index_of(self, contribution_id: int, column: int = 0) -> QModelIndex:
        return self._index_of(contribution_id, column)

    def duplicates_of(self, contribution_id: int) -> list[int]:
        return list(self._children.get(contribution_id, []))

    def measures_of(self, contribution_id: int) -> tuple[int, ...]:
        return self._measures.get(contribution_id, ())

    # -- Qt model interface --------------------------------------------------------------

    def index(self, row, column, parent=QModelIndex()):
        if column < 0 or column >= len(self.HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._top) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        kept = self._top[parent.row()]
        if row >= len(self._children.get(kept, ())):
            return QModelIndex()
        return self.createIndex(row, column, kept)

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        row = self._top_row.get(index.internalId())
        return QModelIndex() if row is None else self.createIndex(row, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._children.get(self._top[parent.row()], ()))

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        # The tooltip names a narrow column whole.
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.HEADERS):
                return QCoreApplication.translate("Columns", self.HEADERS[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == self.DOTS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _display(self, c: Contribution, column: int):
        if column == self.TEXT:
            return " ".join(c.text.split())
        if column == self.KIND:
            label = v.CONTRIBUTION_KIND_LABELS.get(c.kind)
            return QCoreApplication.translate("Vocabulary", label) if label else c.kind
        if column == self.TABLE:
            return self._table_names.get(c.table_id, "")
        if column == self.ROUND:
            return self._round_numbers.get(c.round_id, "")
        if column == self.THEME:
            return self.theme_titles.get(c.theme_id, "")
        if column == self.DOTS:
            return self.dots.get(c.id, 0) or ""
        if column == self.PHONE_DOTS:
            return self.phone_dots.get(c.id, 0) or ""
        if column == self.MEASURES:
            return "; ".join(self.measure_titles.get(m, "") for m in self._measures.get(c.id, ()))
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        contribution_id = self.contribution_id(index)
        if contribution_id is None:
            return None
        c = self._by_id[contribution_id]
        column = index.column()
        if role == ENTITY_ROLE:
            return c.id
        if role == LIMIT_ROLE:
            return DOTS_DIGITS if column == self.DOTS else None
        if role == Qt.ItemDataRole.DisplayRole:
            value = shown(c.text) if column == self.TEXT else self._display(c, column)
            if column == self.TEXT and index.internalId() != 0:
                return QCoreApplication.translate("HarvestPage", "Duplicate: %1").replace("%1", value)
            return value
        if role == Qt.ItemDataRole.EditRole:
            # text, not a number: a spin box editor would stop at 99 dots
            return str(self.dots.get(c.id, 0)) if column == self.DOTS else self._display(c, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TEXT:
                return c.text
            if column == self.MEASURES and self._measures.get(c.id):
                return "\n".join(self.measure_titles.get(m, "") for m in self._measures[c.id])
            return None
        if role == SORT_ROLE:
            if column == self.DOTS:
                return self.dots.get(c.id, 0)
            if column == self.PHONE_DOTS:
                return self.phone_dots.get(c.id, 0)
            if column == self.ROUND:
                return self._round_numbers.get(c.round_id, 0)
            value = self._display(c, column)
            return sort_text(value) if isinstance(value, str) else value
        if role == Qt.ItemDataRole.ForegroundRole and index.internalId() != 0:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)  # quieter, light or dark
        if role == Qt.ItemDataRole.FontRole and index.internalId() != 0 and column == self.TEXT:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        contribution_id = self.contribution_id(index)
        if contribution_id is None or role != Qt.ItemDataRole.EditRole or index.column() != self.DOTS:
            return False
        try:
            dots = int(str(value).strip() or 0)
        except (TypeError, ValueError):
            return False
        refusal = he.dots_refusal(self.document, self.meeting_id, contribution_id=contribution_id, dots=dots)
        if refusal is not None:
            self.editRefused.emit(refusal)
            return False
        return he.set_dots(self.document, self.meeting_id, contribution_id=contribution_id, dots=dots)

    # -- dragging ------------------------------------------------------------------------

    def mimeTypes(self):
        return [CONTRIBUTION_IDS_MIME]

    def supportedDragActions(self):
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes):
        ids = list(dict.fromkeys(cid for cid in (self.contribution_id(i) for i in indexes) if cid is not None))
        data = QMimeData()
        data.setData(CONTRIBUTION_IDS_MIME, json.dumps(ids).encode("utf-8"))
        return data


def contribution_ids_from(data: QMimeData) -> list[int]:
    """The contribution ids a drag carries (empty for anything else)."""
    if data is None or not data.hasFormat(CONTRIBUTION_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(CONTRIBUTION_IDS_MIME)).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [i for i in ids if isinstance(i, int)] if isinstance(ids, list) else []


class ContributionFilter(SwedishSortProxy):
    """Shows the contributions of one theme (or all, or the unsorted) that match a text;
    duplicates follow the one they were merged into."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme: int | str = ALL
        self.text = ""

    def set_theme(self, theme: int | str) -> None:
        if theme != self.theme:
            self.beginFilterChange()
            self.theme = theme
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        text = text.casefold().strip()
        if text != self.text:
            self.beginFilterChange()
            self.text = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent):
        if source_parent.isValid():
            return True
        model: ContributionTreeModel = self.sourceModel()
        contribution = model.contribution(model._top[source_row])
        if self.theme == UNSORTED and contribution.theme_id is not None:
            return False
        if isinstance(self.theme, int) and contribution.theme_id != self.theme:
            return False
        if self.text:
            texts = [contribution.text] + [model.contribution(d).text for d in model.duplicates_of(contribution.id)]
            return any(self.text in text.casefold() for text in texts)
        return True


# -- the themes --------------------------------------------------------------------------------


class ThemeListModel(QAbstractTableModel):
    """"All contributions", the meeting's themes in order, and "Unsorted"; a drop target."""

    TITLE, COUNT, DOTS, TOTAL, MEASURES = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Theme"),
        QT_TRANSLATE_NOOP("Columns", "Count"),
        QT_TRANSLATE_NOOP("Columns", "Dots"),
        QT_TRANSLATE_NOOP("Columns", "Total"),
        QT_TRANSLATE_NOOP("Columns", "Measures"),
    )

    editRefused = Signal(str)
    dropped = Signal(list, object)  # (contribution ids, theme id or None)

    def __init__(self, document: ProcessDocument, contributions: ContributionTreeModel, parent=None):
        super().__init__(parent)
        self.document = document
        self.contributions = contributions
        self.meeting_id: int | None = None
        self._themes: list[Theme] = []
        self._totals: dict[int, int] = {}
        self._theme_measures: dict[int, list[int]] = {}
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._refresh_totals)
        contributions.totalsChanged.connect(self._refresh.start)
        document.rowChanged.connect(self._on_row_changed)

    def load(self, meeting_id: int | None) -> None:
        self.beginResetModel()
        self.meeting_id = meeting_id
        self._themes = (
            harvest.themes_of(self.document.store, meeting_id) if meeting_id else []
        )
        self._compute_totals()
        self.endResetModel()

    def themes(self) -> list[Theme]:
        return list(self._themes)

    def key(self, row: int) -> int | str:
        """ALL, UNSORTED or a theme id for a row."""
        if row <= 0:
            return ALL
        if row > len(self._themes):
            return UNSORTED
        return self._themes[row - 1].id

    def row_of(self, key: int | str) -> int:
        if key == ALL:
            return 0
        if key == UNSORTED:
            return len(self._themes) + 1
        for position, theme in enumerate(self._themes):
            if theme.id == key:
                return position + 1
        return 0

    def _compute_totals(self) -> None:
        model = self.contributions
        totals: Counter = Counter(model.theme_dots)
        for contribution in model._by_id.values():
            dots = model.all_dots(contribution.id)
            if not dots:
                continue
            kept = model.contribution(contribution.merged_into_id) if contribution.merged_into_id else contribution
            theme_id = (kept or contribution).theme_id
            if theme_id is not None:
                totals[theme_id] += dots
        self._totals = dict(totals)
        ids = [t.id for t in self._themes]
        self._theme_measures = {}
        if ids:
            sources = sources_of_themes(self.document.store, ids)
            for source in sources:
                self._theme_measures.setdefault(source.theme_id, []).append(source.measure_id)

    def _refresh_totals(self) -> None:
        self._compute_totals()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.HEADERS) - 1))

    def _on_row_changed(self, table: str, row_id: int, kind: str) -> None:
        if self.meeting_id is None:
            return
        if table in (Measure.TABLE, MeasureSource.TABLE):
            self._refresh.start()
        if table != Theme.TABLE:
            return
        row = next((i + 1 for i, t in enumerate(self._themes) if t.id == row_id), None)
        theme = None if kind == DELETED else self.document.store.get(Theme, row_id)
        if theme is not None and theme.meeting_id != self.meeting_id:
            theme = None
        if row is not None:
            if theme is None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._themes[row - 1]
                self.endRemoveRows()
            else:
                self._themes[row - 1] = theme
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        elif theme is not None:
            position = sum(1 for t in self._themes if (t.position, t.id) < (theme.position, theme.id))
            self.beginInsertRows(QModelIndex(), position + 1, position + 1)
            self._themes.insert(position, theme)
            self.endInsertRows()
        self._refresh.start()

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.meeting_id is None else len(self._themes) + 2

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.HEADERS):
                return QCoreApplication.translate("Columns", self.HEADERS[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = self.key(index.row())
        if key != ALL:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        if isinstance(key, int) and index.column() in (self.TITLE, self.DOTS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        key = self.key(index.row())
        column = index.column()
        model = self.contributions
        if role == ENTITY_ROLE:
            return key
        if role == LIMIT_ROLE:
            if isinstance(key, int) and column in (self.TITLE, self.DOTS):
                return limits.limit("theme", "title") if column == self.TITLE else DOTS_DIGITS
            return None
        if role == Qt.ItemDataRole.FontRole and not isinstance(key, int):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(key, int):
            measures = self._theme_measures.get(key, [])
            if column == self.MEASURES and measures:
                return "\n".join(model.measure_titles.get(m, "") for m in measures)
            if column == self.TITLE and index.row() <= 9:
                return QCoreApplication.translate("HarvestPage", "Ctrl+%1 moves the selected contributions here").replace("%1", str(index.row()))
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if key == ALL:
            values = {self.TITLE: QCoreApplication.translate("HarvestPage", "All contributions"), self.COUNT: sum(model.theme_counts.values())}
            return values.get(column, "")
        if key == UNSORTED:
            values = {self.TITLE: QCoreApplication.translate("HarvestPage", "Unsorted"), self.COUNT: model.theme_counts.get(None, 0)}
            return values.get(column, "")
        theme = self._themes[index.row() - 1]
        if column == self.TITLE:
            if role == Qt.ItemDataRole.EditRole:
                return theme.title
            return f"{index.row()}  {theme.title}" if index.row() <= 9 else theme.title
        if column == self.COUNT:
            return model.theme_counts.get(theme.id, 0)
        if column == self.DOTS:
            dots = model.theme_dots.get(theme.id, 0)
            return str(dots) if role == Qt.ItemDataRole.EditRole else (dots or "")
        if column == self.TOTAL:
            return self._totals.get(theme.id, 0) or ""
        if column == self.MEASURES:
            return len(self._theme_measures.get(theme.id, [])) or ""
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        key = self.key(index.row()) if index.isValid() else None
        if not isinstance(key, int) or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == self.TITLE:
            return he.rename_theme(self.document, key, str(value))
        if index.column() == self.DOTS:
            try:
                dots = int(value or 0)
            except (TypeError, ValueError):
                return False
            refusal = he.dots_refusal(self.document, self.meeting_id, theme_id=key, dots=dots)
            if refusal is not None:
                self.editRefused.emit(refusal)
                return False
            return he.set_dots(self.document, self.meeting_id, theme_id=key, dots=dots)
        return False

    # -- dropping ------------------------------------------------------------------------

    def mimeTypes(self):
        return [CONTRIBUTION_IDS_MIME]

    def supportedDropActions(self):
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def _drop_key(self, row: int, parent: QModelIndex):
        target = parent.row() if parent.isValid() else row
        if target < 0 or target >= self.rowCount():
            return ALL
        return self.key(target)

    def canDropMimeData(self, data, action, row, column, parent):
        return bool(contribution_ids_from(data)) and self._drop_key(row, parent) != ALL

    def dropMimeData(self, data, action, row, column, parent):
        ids = contribution_ids_from(data)
        key = self._drop_key(row, parent)
        if not ids or key == ALL:
            return False
        theme_id = None if key == UNSORTED else key
        self.dropped.emit(ids, theme_id)
        return he.assign_theme(self.document, ids, theme_id)
