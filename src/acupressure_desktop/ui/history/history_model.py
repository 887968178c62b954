"""A table model over the sessions that reads one page at a time as the user scrolls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.history import HistoryDatabase, SessionRecord, SessionRepository, SessionStatus
from acupressure_desktop.history.queries import SessionFilter, SortColumn
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.local_format import LocalFormat
from acupressure_desktop.ui.time_text import clock_text
from acupressure_desktop.ui.words import in_language

PAGE = 200
Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, SortColumn], ...] = (
    (QT_TRANSLATE_NOOP("HistoryTableModel", "Date and time"), SortColumn.STARTED),
    (QT_TRANSLATE_NOOP("HistoryTableModel", "Point"), SortColumn.POINT),
    (QT_TRANSLATE_NOOP("HistoryTableModel", "Protocol"), SortColumn.PROTOCOL),
    (QT_TRANSLATE_NOOP("HistoryTableModel", "Pressing"), SortColumn.DURATION),
    (QT_TRANSLATE_NOOP("HistoryTableModel", "Status"), SortColumn.STATUS),
    (QT_TRANSLATE_NOOP("HistoryTableModel", "Before"), SortColumn.BEFORE),
    (QT_TRANSLATE_NOOP("HistoryTableModel", "After"), SortColumn.AFTER),
    (QT_TRANSLATE_NOOP("HistoryTableModel", "Note"), SortColumn.NOTE),
    (QT_TRANSLATE_NOOP("HistoryTableModel", "Routine"), SortColumn.ROUTINE),
    (QT_TRANSLATE_NOOP("HistoryTableModel", "Computer"), SortColumn.DEVICE),
)
ROUTINE_COLUMN = 8
NOTE_COLUMN = 7
DEVICE_COLUMN = 9
STATUS_TEXT = {
    SessionStatus.COMPLETED: QT_TRANSLATE_NOOP("HistoryTableModel", "✓ Completed"),
    SessionStatus.SHORTENED: QT_TRANSLATE_NOOP("HistoryTableModel", "◐ Shortened"),
    SessionStatus.STOPPED: QT_TRANSLATE_NOOP("HistoryTableModel", "■ Stopped"),
    SessionStatus.INTERRUPTED: QT_TRANSLATE_NOOP("HistoryTableModel", "⚠ Interrupted"),
    SessionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("HistoryTableModel", "… Running"),
}
STATUS_COLOUR = {
    SessionStatus.COMPLETED: QColor("#2e8b57"),
    SessionStatus.SHORTENED: QColor("#8a6d1f"),
    SessionStatus.STOPPED: QColor("#b8860b"),
    SessionStatus.INTERRUPTED: QColor("#c0392b"),
    SessionStatus.IN_PROGRESS: QColor("#1f5fbf"),
}


class HistoryTableModel(QAbstractTableModel):
    """Rows come from ``sessions.page``; ``canFetchMore``/``fetchMore`` load the next page on demand."""

    note_rejected = Signal(str)
    page_loaded = Signal()  # a page of sessions was read, perhaps an empty one

    def __init__(
        self,
        sessions: SessionRepository,
        database: HistoryDatabase,
        catalog: Catalog,
        run_label: Callable[[UUID], str] | None = None,
        parent: Any = None,
        device_label: Callable[[str | None], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._database = database
        self._run_label = run_label
        self._device_label = device_label
        self._catalog = catalog
        self._filter = SessionFilter()
        self._rows: list[SessionRecord] = []
        self._exhausted = False
        self._format = LocalFormat()

    # --- loading --------------------------------------------------------------------------------

    @property
    def current_filter(self) -> SessionFilter:
        return self._filter

    def set_filter(self, query: SessionFilter) -> None:
        self.beginResetModel()
        self._filter = query
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_filter(self._filter)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._sessions.page(self._filter, len(self._rows), PAGE)
        if len(page) < PAGE:
            self._exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self.page_loaded.emit()  # also when the page was empty: "0 sessions", not "0+"

    def loaded_count(self) -> int:
        return len(self._rows)

    def record(self, row: int) -> SessionRecord:
        return self._rows[row]

    # --- the table ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HistoryTableModel", COLUMNS[section][0])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == NOTE_COLUMN and self._database.can_write:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(record, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return STATUS_COLOUR[record.status]
        if role == Qt.ItemDataRole.FontRole and column == 4 and record.status is not SessionStatus.COMPLETED:
            font = QFont()
            font.setBold(True)
            return font
        code = record.point_code
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and code is not None and self._catalog.has_point(code):
            point = self._catalog.point(code)
            return f"{point.code} {point.pinyin} · {point.english}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, record: SessionRecord, column: int, editing: bool) -> str:
        if column == 0:
            return self._format.moment(record.started_at)
        if column == 1:
            code = record.point_code
            if code is None:
                return self.tr("Acupressure mat")
            if self._catalog.has_point(code):
                return f"{code} {self._catalog.point(code).pinyin}"
            return code
        if column == 2:
            return in_language(record.protocol.title)
        if column == 3:
            return clock_text(record.pressing_s)
        if column == 4:
            return QCoreApplication.translate("HistoryTableModel", STATUS_TEXT[record.status])
        if column in (5, 6):
            value = record.before_rating if column == 5 else record.after_rating
            return "" if value is None else str(value)
        if column == ROUTINE_COLUMN:
            if record.routine_run_id is None or self._run_label is None:
                return ""
            return self._run_label(record.routine_run_id)
        if column == DEVICE_COLUMN:
            return self._device_label(record.device) if self._device_label is not None else ""
        return record.note if editing else record.note.replace("\n", " ")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != NOTE_COLUMN:
            return False
        record = self._rows[index.row()]
        text = str(value)
        try:
            saved = self._sessions.update_note(record.id, text)
        except ValueError:
            self.note_rejected.emit(self.tr("Notes can be up to 2000 characters."))
            return False
        if not saved:
            self.note_rejected.emit(in_language(self._database.notice) or self.tr("The note could not be saved."))
            return False
        self._rows[index.row()] = record.model_copy(update={"note": text})
        self.dataChanged.emit(index, index)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        wanted = replace(self._filter, sort=COLUMNS[column][1], descending=descending)
        if wanted != self._filter or not self._rows:
            self.set_filter(wanted)
