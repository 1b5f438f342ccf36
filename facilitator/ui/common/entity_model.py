"""A table model over one kind of entity, kept up to date row by row from the document.

Columns are declared, not coded: a header (marked for translation), how to show a value,
and which field an edit writes. Edits become undoable commands.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt

from ... import actions
from ...domain.entities import Entity
from ...domain.swedish import sort_text
from ...storage import lists
from ...storage.lists import NOTHING  # noqa: F401 - for the pages
from ..document import DELETED, ProcessDocument, run_action
from .text_limits import LIMIT_ROLE, cell_limit

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    header: str  # English source text, translated in the "Columns" context
    display: Callable[[Entity], Any]
    field: str | None = None  # the entity field an edit writes; None: read-only
    parse: Callable[[Any], Any] | None = None  # edit value -> stored value
    edit_value: Callable[[Entity], Any] | None = None  # value shown in the editor
    check: bool = False  # shown as a check box bound to a bool field
    sort: Callable[[Entity], Any] | None = None


class EntityTableModel(QAbstractTableModel):
    """The rows of one kind of entity whose fields equal ``of`` (every row for None, none for
    ``NOTHING``), sorted by the fields ``order``: ``of={"meeting_id": 3}``,
    ``order=("position", "id")``. Storage builds the query (``storage/lists.py``).

    ``where``/``params``/``order_by`` (SQL text) are the old way, kept only until the pages
    that still pass them (harvest, sharing, the meeting list) name fields instead.
    """

    def __init__(
        self,
        document: ProcessDocument,
        cls: type[Entity],
        columns: list[Column],
        where: str | None = None,
        params: tuple = (),
        order_by: str | None = None,
        depends_on: tuple[str, ...] = (),
        parent=None,
        lazy: bool = False,
        *,
        of: Mapping[str, object] | None = None,
        order: Sequence[str] = ("id",),
    ):
        super().__init__(parent)
        self.document = document
        self.cls = cls
        self.columns = columns
        self.where, self.params, self.order_by = where, params, order_by
        self.of, self.order = of, tuple(order)
        self.depends_on = depends_on
        self._rows: list[Entity] = []
        self._row_of: dict[int, int] = {}
        self.loaded = False
        if not lazy:
            self.reload()
        document.rowChanged.connect(self._on_row_changed)
        document.reloaded.connect(self.reload)

    # -- loading ------------------------------------------------------------------------

    def show_rows(self, of: Mapping[str, object] | None) -> None:
        """Shows the rows whose fields equal ``of`` (None: all; ``NOTHING``: none)."""
        self.of, self.where, self.params = of, None, ()
        if self.loaded:
            self.reload()

    def set_filter(self, where: str | None, params: tuple = ()) -> None:
        """The old way (SQL text); use ``show_rows``."""
        self.where, self.params = where, params
        if self.loaded:
            self.reload()

    def ensure_loaded(self) -> None:
        """A lazy model reads its rows the first time a view shows it."""
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        if self.where is not None or self.order_by is not None:
            rows = lists.select_where(self.document.store, self.cls, self.where, self.params, self.order_by)
        else:
            rows = lists.select(self.document.store, self.cls, self.of, self.order)
        self.loaded = True
        self.beginResetModel()
        self._rows = rows
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._row_of = {entity.id: row for row, entity in enumerate(self._rows)}

    def _matches(self, entity_id: int) -> Entity | None:
        if self.where is None:
            return lists.select_one(self.document.store, self.cls, entity_id, self.of)
        return lists.select_one_where(self.document.store, self.cls, entity_id, self.where, self.params)

    def _on_row_changed(self, table: str, entity_id: int, kind: str) -> None:
        if not self.loaded:
            return
        if table in self.depends_on and self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))
        if table != self.cls.TABLE:
            return
        row = self._row_of.get(entity_id)
        if kind == DELETED:
            if row is not None:
                self._remove(row)
            return
        entity = self._matches(entity_id)
        if entity is None:
            if row is not None:
                self._remove(row)
        elif row is None:
            position = len(self._rows)
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.insert(position, entity)
            self._reindex()
            self.endInsertRows()
        else:
            self._rows[row] = entity
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._reindex()
        self.endRemoveRows()

    # -- access -------------------------------------------------------------------------

    def entity(self, row: int) -> Entity:
        return self._rows[row]

    def row_of(self, entity_id: int) -> int | None:
        return self._row_of.get(entity_id)

    def entities(self) -> list[Entity]:
        return list(self._rows)

    # -- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return QCoreApplication.translate("Columns", self.columns[section].header)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.field is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if column.check else Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        entity = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == ENTITY_ROLE:
            return entity.id
        if role == LIMIT_ROLE:
            return cell_limit(self.cls.TABLE, column.field)
        if column.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = bool(getattr(entity, column.field))
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            if role == SORT_ROLE:
                return int(bool(getattr(entity, column.field)))
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.display(entity)
            return "" if value is None else value
        if role == Qt.ItemDataRole.EditRole:
            value = column.edit_value(entity) if column.edit_value else column.display(entity)
            return "" if value is None else value
        if role == SORT_ROLE:
            value = column.sort(entity) if column.sort else column.display(entity)
            if value is None:
                return ""
            return sort_text(value) if isinstance(value, str) else value
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.field is None:
            return False
        entity = self._rows[index.row()]
        if column.check:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            try:
                new = column.parse(value) if column.parse else value
            except ValueError:
                return False
        else:
            return False
        if getattr(entity, column.field) == new:
            return False
        header = QCoreApplication.translate("Columns", column.header)
        text = QCoreApplication.translate("Commands", "Change: %1").replace("%1", header)
        return run_action(self.document, actions.Update(self.cls, entity.id, {column.field: new}), text)


class SwedishSortProxy(QSortFilterProxyModel):
    """Sorts text the Swedish way (Å Ä Ö after Z), numbers as numbers.

    The model's SORT_ROLE already gives text as a Swedish sort key (domain.swedish), so the
    comparison itself stays in C++: fast enough for thousands of rows.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
