"""The capture page's models: the meeting's structure, the list of what was said (one row
appended per capture, never a reload) and the overview of tables × rounds.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPainter, QPixmap

from ...domain import limits
from ...domain.entities import AgendaItem, CafeTable, Contribution, Meeting, Mitigation, Question, Round
from ...domain.formats import has_cafe
from ...domain.vocabulary import CONTRIBUTION_KIND_LABELS, AgendaKind
from ...storage import contributions as contribution_repo
from ...storage import meetings, seating
from ..common.entity_model import ENTITY_ROLE
from ..common.shown_text import shown
from ..common.text_limits import LIMIT_ROLE
from ..document import DELETED, ProcessDocument
from . import capture_edits

KINDS = tuple(CONTRIBUTION_KIND_LABELS)  # Ctrl+1 … Ctrl+6, in this order
STRUCTURE_TABLES = frozenset({Meeting.TABLE, CafeTable.TABLE, Round.TABLE, Question.TABLE, AgendaItem.TABLE})
# agenda items nobody talks in: not offered as a place to capture against
SILENT_AGENDA_KINDS = frozenset({AgendaKind.BREAK, AgendaKind.MOVE})
EMPTY_CELL = QColor("#fde68a")  # amber: nothing captured here yet
FILLED_CELL = QColor("#dcfce7")
KEEP = "keep"  # the move dialog's "leave as it is"


def running_round(rounds: list[Round]) -> Round | None:
    """The round the room is in: started and not ended, else the last started, else the first."""
    ordered = sorted(rounds, key=lambda r: r.number)
    started = [r for r in ordered if r.started_at]
    running = [r for r in started if not r.ended_at]
    if running:
        return running[-1]
    if started:
        return started[-1]
    return ordered[0] if ordered else None


def short_text(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_PHONE_MARK: list[QPixmap] = []


def phone_mark() -> QPixmap:
    """A small phone drawn in the text colour: the mark of a note a table's host sent from a
    phone (the column may be too narrow for the words, which the tooltip and the cell carry)."""
    if not _PHONE_MARK:
        pixmap = QPixmap(12, 16)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QGuiApplication.palette().text().color()
        painter.setPen(colour)
        painter.drawRoundedRect(1.5, 0.5, 9, 15, 2, 2)
        painter.setBrush(colour)
        painter.drawEllipse(5, 12, 2, 2)
        painter.end()
        _PHONE_MARK.append(pixmap)
    return _PHONE_MARK[0]


@dataclass
class MeetingStructure:
    """The places in a meeting that contributions are captured against, in display order."""

    meeting: Meeting | None = None
    tables: list[CafeTable] = field(default_factory=list)
    rounds: list[Round] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)

    @classmethod
    def load(cls, document: ProcessDocument, meeting_id: int | None) -> MeetingStructure:
        store = document.store
        meeting = store.get(Meeting, meeting_id) if meeting_id else None
        if meeting is None:
            return cls()
        return cls(
            meeting,
            seating.tables_of(store, meeting_id),
            seating.rounds_of(store, meeting_id),
            meetings.questions_of(store, meeting_id),
            meetings.agenda_of(store, meeting_id),
        )

    @property
    def is_cafe(self) -> bool:
        return has_cafe(self.meeting)

    def spoken_agenda(self) -> list[AgendaItem]:
        return [item for item in self.agenda if item.kind not in SILENT_AGENDA_KINDS]

    def table_name(self, table_id: int | None) -> str:
        return next((t.name for t in self.tables if t.id == table_id), "")

    def round_number(self, round_id: int | None) -> int | None:
        return next((r.number for r in self.rounds if r.id == round_id), None)

    def question_number(self, question_id: int | None) -> int | None:
        return next((i for i, q in enumerate(self.questions, start=1) if q.id == question_id), None)

    def question_text(self, question_id: int | None) -> str:
        return next((q.text for q in self.questions if q.id == question_id), "")

    def agenda_title(self, item_id: int | None) -> str:
        return next((a.title for a in self.agenda if a.id == item_id), "")

    def question_for(self, round_id: int | None, table_id: int | None) -> int | None:
        """A café's question for a round (or for a table when each table has its own)."""
        if self.meeting is None:
            return None
        if self.meeting.question_per_table:
            return next((q.id for q in self.questions if q.table_id == table_id and table_id is not None), None)
        number = self.round_number(round_id)
        if number is None:
            return None
        chosen = [q for q in self.questions if q.round_number == number]
        if not chosen and not any(q.round_number for q in self.questions):
            chosen = self.questions[number - 1 : number]
        return chosen[0].id if chosen else None


# -- the list of contributions ------------------------------------------------------------


class ContributionListModel(QAbstractTableModel):
    """This meeting's contributions in the order they were captured, kept up to date row by
    row. Also counts them per table and round and per agenda item and question, for the
    overview, so a new contribution costs one appended row and two counter updates."""

    KIND, TEXT, TABLE, ROUND, PLACE, MITIGATIONS = range(6)
    # the counts changed (a contribution came, went or moved)
    countsChanged = Signal()

    def __init__(self, document: ProcessDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.structure = MeetingStructure()
        self.meeting_id: int | None = None
        self._rows: list[Contribution] = []
        self._keys: list[tuple[int, int]] = []  # (position, id), sorted, parallel to _rows
        self._row_of: dict[int, int] = {}
        self._mitigations: dict[int, list[Mitigation]] = {}
        self._mitigation_owner: dict[int, int] = {}
        self.cafe_counts: Counter = Counter()  # (table_id, round_id) -> count
        self.agenda_counts: Counter = Counter()  # (agenda_item_id, question_id) -> count
        document.rowChanged.connect(self._on_row_changed)
        document.reloaded.connect(self.reload)

    # -- loading ------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int | None, structure: MeetingStructure) -> None:
        self.meeting_id = meeting_id
        self.structure = structure
        self.reload()

    def set_structure(self, structure: MeetingStructure) -> None:
        """Names of tables, rounds or questions changed: repaint, nothing to re-read."""
        self.structure = structure
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.MITIGATIONS))

    def reload(self) -> None:
        self.beginResetModel()
        store = self.document.store
        if self.meeting_id is None:
            self._rows, mitigations = [], []
        else:
            self._rows = contribution_repo.of_meeting(store, self.meeting_id)
            mitigations = contribution_repo.mitigations_of_meeting(store, self.meeting_id)
        self._keys = [(c.position, c.id) for c in self._rows]
        self._row_of = {c.id: row for row, c in enumerate(self._rows)}
        self._mitigations = {}
        self._mitigation_owner = {}
        for mitigation in mitigations:
            self._mitigations.setdefault(mitigation.contribution_id, []).append(mitigation)
            self._mitigation_owner[mitigation.id] = mitigation.contribution_id
        self.cafe_counts = Counter((c.table_id, c.round_id) for c in self._rows)
        self.agenda_counts = Counter((c.agenda_item_id, c.question_id) for c in self._rows)
        self.endResetModel()
        self.countsChanged.emit()

    # -- following the document ----------------------------------------------------------

    def _on_row_changed(self, table: str, row_id: int, kind: str) -> None:
        if self.meeting_id is None:
            return
        if table == Contribution.TABLE:
            self._contribution_changed(row_id, kind)
        elif table == Mitigation.TABLE:
            self._mitigation_changed(row_id, kind)

    def _contribution_changed(self, contribution_id: int, kind: str) -> None:
        row = self._row_of.get(contribution_id)
        found = None if kind == DELETED else self.document.store.get(Contribution, contribution_id)
        if found is not None and found.meeting_id != self.meeting_id:
            found = None
        if found is None:
            if row is not None:
                self._remove(row)
                self.countsChanged.emit()
            return
        if row is None:
            self._insert(found)
        else:
            old = self._rows[row]
            self._rows[row] = found
            self._count(old, -1)
            self._count(found, +1)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.MITIGATIONS))
        self.countsChanged.emit()

    def _insert(self, contribution: Contribution) -> None:
        key = (contribution.position, contribution.id)
        row = bisect.bisect(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, contribution)
        self._keys.insert(row, key)
        for later in range(row, len(self._rows)):  # nothing to do for an append
            self._row_of[self._rows[later].id] = later
        self._count(contribution, +1)
        self.endInsertRows()

    def _remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        removed = self._rows.pop(row)
        del self._keys[row]
        del self._row_of[removed.id]
        for later in range(row, len(self._rows)):
            self._row_of[self._rows[later].id] = later
        self._count(removed, -1)
        for mitigation in self._mitigations.pop(removed.id, []):
            self._mitigation_owner.pop(mitigation.id, None)
        self.endRemoveRows()

    def _count(self, contribution: Contribution, step: int) -> None:
        for counter, key in (
            (self.cafe_counts, (contribution.table_id, contribution.round_id)),
            (self.agenda_counts, (contribution.agenda_item_id, contribution.question_id)),
        ):
            counter[key] += step
            if counter[key] <= 0:
                del counter[key]

    def _mitigation_changed(self, mitigation_id: int, kind: str) -> None:
        owner = self._mitigation_owner.pop(mitigation_id, None)
        if owner is not None:
            listed = self._mitigations.get(owner, [])
            self._mitigations[owner] = [m for m in listed if m.id != mitigation_id]
        found = None if kind == DELETED else self.document.store.get(Mitigation, mitigation_id)
        if found is not None and found.contribution_id in self._row_of:
            listed = self._mitigations.setdefault(found.contribution_id, [])
            listed.append(found)
            listed.sort(key=lambda m: (m.position, m.id))
            self._mitigation_owner[mitigation_id] = found.contribution_id
        for contribution_id in {owner, found.contribution_id if found else None} - {None}:
            row = self._row_of.get(contribution_id)
            if row is not None:
                index = self.index(row, self.MITIGATIONS)
                self.dataChanged.emit(index, index)

    # -- access -------------------------------------------------------------------------

    def entity(self, row: int) -> Contribution:
        return self._rows[row]

    def row_of(self, contribution_id: int) -> int | None:
        return self._row_of.get(contribution_id)

    def mitigations(self, contribution_id: int) -> list[str]:
        return [m.text for m in self._mitigations.get(contribution_id, [])]

    def place_text(self, contribution: Contribution) -> str:
        """Where it was said besides table and round: the agenda item and the question."""
        parts = [self.structure.agenda_title(contribution.agenda_item_id)]
        number = self.structure.question_number(contribution.question_id)
        if number is not None:
            parts.append(self.tr("Q%1: %2").replace("%1", str(number)).replace(
                "%2", short_text(self.structure.question_text(contribution.question_id), 50)))
        return " · ".join(part for part in parts if part)

    # -- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None  # the tooltip names a narrow column whole
        if orientation != Qt.Orientation.Horizontal:
            return None
        headers = (self.tr("Kind"), self.tr("What was said"), self.tr("Table"), self.tr("Round"),
                   self.tr("Question / agenda item"), self.tr("Mitigations"))
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.KIND, self.TEXT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contribution = self._rows[index.row()]
        column = index.column()
        if role == ENTITY_ROLE:
            return contribution.id
        if role == LIMIT_ROLE:
            return limits.limit("contribution", "text") if column == self.TEXT else None
        if role == Qt.ItemDataRole.EditRole:
            if column == self.KIND:
                return contribution.kind
            if column == self.TEXT:
                return contribution.text
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.KIND:
                label = CONTRIBUTION_KIND_LABELS.get(contribution.kind, contribution.kind)
                return QCoreApplication.translate("Vocabulary", label)
            if column == self.TEXT:
                return contribution.text if role == Qt.ItemDataRole.ToolTipRole else shown(contribution.text)
            if column == self.TABLE:
                name = self.structure.table_name(contribution.table_id)
                if contribution.host_link_id is not None:  # the table's host wrote it on a phone
                    return self.tr("%1 · from the host's phone").replace("%1", name)
                return name
            if column == self.ROUND:
                number = self.structure.round_number(contribution.round_id)
                return "" if number is None else str(number)
            if column == self.PLACE:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.structure.question_text(contribution.question_id) or None
                return self.place_text(contribution)
            if column == self.MITIGATIONS:
                texts = self.mitigations(contribution.id)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return "\n".join(f"• {text}" for text in texts) or None
                return " · ".join(shown(text) for text in texts)
        if role == Qt.ItemDataRole.DecorationRole and column == self.TABLE and contribution.host_link_id is not None:
            return phone_mark()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROUND:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        contribution = self._rows[index.row()]
        if index.column() == self.KIND:
            if value not in KINDS or value == contribution.kind:
                return False
            return capture_edits.update_contribution(self.document, contribution.id, kind=value)
        if index.column() == self.TEXT:
            text = str(value).strip()
            if not text or text == contribution.text:
                return False
            return capture_edits.update_contribution(self.document, contribution.id, text=text)
        return False


class CaptureScopeProxy(QSortFilterProxyModel):
    """Shows all contributions, or only those of one table and round (one agenda item and
    question for other formats)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scope: dict | None = None

    def set_scope(self, scope: dict | None) -> None:
        if scope != self.scope:
            self.beginFilterChange()
            self.scope = scope
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent):
        if self.scope is None:
            return True
        contribution = self.sourceModel().entity(source_row)
        return all(getattr(contribution, name) == value for name, value in self.scope.items())


# -- the overview grid --------------------------------------------------------------------


class CaptureOverviewModel(QAbstractTableModel):
    """How many contributions per table and round (café) or per agenda item and question.

    The last column is the row's total. Empty cells are coloured so a table without notes
    stands out; the cell being captured into is bold.
    """

    def __init__(self, contributions: ContributionListModel, parent=None):
        super().__init__(parent)
        self.contributions = contributions
        self.rows: list[tuple[int | None, str, str]] = []  # (table or agenda item id, label, tooltip)
        self.columns: list[tuple[int | None, str, str]] = []  # (round or question id, header, tooltip)
        self.cafe = True
        self.current: tuple[int | None, int | None] | None = None
        contributions.countsChanged.connect(self._counts_changed)

    def set_structure(self, structure: MeetingStructure) -> None:
        self.beginResetModel()
        self.cafe = structure.is_cafe or structure.meeting is None
        if self.cafe:
            self.rows = [(t.id, t.name, t.name) for t in structure.tables]
            # Narrow columns: the round's number, its name in the tooltip (the panel says "Round").
            self.columns = [(r.id, str(r.number), self.tr("Round %1").replace("%1", str(r.number))) for r in structure.rounds]
        else:
            self.rows = [(a.id, short_text(a.title, 26), a.title) for a in structure.spoken_agenda()]
            self.rows.append((None, self.tr("No agenda item"), ""))
            self.columns = [
                (q.id, self.tr("Q%1").replace("%1", str(number)), q.text)
                for number, q in enumerate(structure.questions, start=1)
            ]
            self.columns.append((None, self.tr("None"), self.tr("No question")))
        self.endResetModel()

    def set_current(self, row_key: int | None, column_key: int | None) -> None:
        self.current = (row_key, column_key)
        self._counts_changed()

    def keys(self, index: QModelIndex) -> tuple[int | None, int | None, bool]:
        """(row key, column key, whether it is the total column) of a cell."""
        row_key = self.rows[index.row()][0]
        if index.column() >= len(self.columns):
            return row_key, None, True
        return row_key, self.columns[index.column()][0], False

    def cell_count(self, row_key, column_key) -> int:
        counts = self.contributions.cafe_counts if self.cafe else self.contributions.agenda_counts
        return counts.get((row_key, column_key), 0)

    def total(self, row_key) -> int:
        return sum(self.cell_count(row_key, column[0]) for column in self.columns)

    def _counts_changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns)))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.rows else len(self.columns) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if section == len(self.columns):
                return self.tr("All") if role == Qt.ItemDataRole.DisplayRole else None
            if 0 <= section < len(self.columns):
                if role == Qt.ItemDataRole.DisplayRole:
                    return self.columns[section][1]
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.columns[section][2] or None
            return None
        if 0 <= section < len(self.rows):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[section][1]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.rows[section][2] or None
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row_key, column_key, is_total = self.keys(index)
        count = self.total(row_key) if is_total else self.cell_count(row_key, column_key)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count) if count else "–"
        if role == Qt.ItemDataRole.UserRole:
            return count
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and not is_total:
            if count:
                return QBrush(FILLED_CELL)
            # "no agenda item" / "no question" is not a place anyone is expected to fill
            return None if row_key is None or column_key is None else QBrush(EMPTY_CELL)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1f2937"))
        if role == Qt.ItemDataRole.FontRole and not is_total and self.current == (row_key, column_key):
            font = QFont()
            font.setBold(True)
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if not count:
                return self.tr("Nothing captured here yet")
            return self.tr("%n contribution(s)", "", count)
        return None
