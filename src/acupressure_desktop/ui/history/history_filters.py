"""The row of filters above the history table: when, which point, what for, how it ended, note text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.history import SessionStatus
from acupressure_desktop.history.queries import RoutinePart, SessionFilter, this_month, this_week
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.shrinkable import shrinkable

RANGES = (
    QT_TRANSLATE_NOOP("HistoryFilters", "All time"),
    QT_TRANSLATE_NOOP("HistoryFilters", "Today"),
    QT_TRANSLATE_NOOP("HistoryFilters", "This week"),
    QT_TRANSLATE_NOOP("HistoryFilters", "This month"),
    QT_TRANSLATE_NOOP("HistoryFilters", "Custom…"),
)


class HistoryFilters(QWidget):
    """Emits ``changed`` with a new SessionFilter (keeping the current sort)."""

    changed = Signal(object)

    def __init__(self, catalog: Catalog, today: Callable[[], date] = date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self._sort = SessionFilter()
        self.range = QComboBox()
        self.range.addItems([QCoreApplication.translate("HistoryFilters", text) for text in RANGES])
        self.range.setAccessibleName(self.tr("Date range"))
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.hide()
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        self.point = QComboBox()
        self.point.setAccessibleName(self.tr("Point"))
        self.point.addItem(self.tr("All points"), None)
        for p in catalog.self_care_points():  # sessions are only ever on these
            self.point.addItem(f"{p.code} {p.pinyin}", p.code)
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Symptom"))
        self.purpose.addItem(self.tr("Any purpose"), None)
        for s in catalog.symptoms:
            self.purpose.addItem(s.name, s.id)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Any status"), ())
        self.status.addItem(self.tr("Completed"), (SessionStatus.COMPLETED,))
        self.status.addItem(self.tr("Shortened"), (SessionStatus.SHORTENED,))
        self.status.addItem(self.tr("Stopped"), (SessionStatus.STOPPED,))
        self.status.addItem(self.tr("Interrupted"), (SessionStatus.INTERRUPTED,))
        self.status.addItem(
            self.tr("Not completed"), (SessionStatus.SHORTENED, SessionStatus.STOPPED, SessionStatus.INTERRUPTED)
        )
        self.routine = QComboBox()
        self.routine.setAccessibleName(self.tr("Routine"))
        self.routine.addItem(self.tr("Sessions and routines"), RoutinePart.ANY)
        self.routine.addItem(self.tr("Routine steps only"), RoutinePart.IN_ROUTINE)
        self.routine.addItem(self.tr("Single sessions only"), RoutinePart.ALONE)
        self.device = QComboBox()
        self.device.setAccessibleName(self.tr("Computer"))
        self.device.addItem(self.tr("All computers"), None)
        self.device.hide()  # until the history holds practice from more than one computer
        self._own_device: str | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search notes"))

        for combo in (self.range, self.point, self.purpose, self.status, self.routine, self.device):
            shrinkable(combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.range)
        self._dash = QLabel("–")
        self._dash.hide()
        layout.addWidget(self.start)
        layout.addWidget(self._dash)
        layout.addWidget(self.end)
        for widget in (self.point, self.purpose, self.status, self.routine, self.device):
            layout.addWidget(widget)
        layout.addWidget(self.search, 1)

        self.range.currentIndexChanged.connect(self._emit)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._emit)
        for combo in (self.point, self.purpose, self.status, self.routine, self.device):
            combo.currentIndexChanged.connect(self._emit)
        self.search.textChanged.connect(self._emit)

    def set_devices(self, devices: list[tuple[str, str]], own: str | None) -> None:
        """Offer these computers (id, name; this one first) to filter by; shown for two or more."""
        chosen = self.device.currentData()
        self._own_device = own
        self.device.blockSignals(True)
        self.device.clear()
        self.device.addItem(self.tr("All computers"), None)
        for device, name in devices:
            self.device.addItem(name, device)
        found = self.device.findData(chosen) if chosen is not None else 0
        self.device.setCurrentIndex(max(found, 0))
        self.device.blockSignals(False)
        self.device.setVisible(len(devices) > 1)
        if chosen is not None and found < 0:
            self._emit()  # the computer filtered by is gone: show them all again

    def keep_sort(self, query: SessionFilter) -> None:
        self._sort = query

    def current(self) -> SessionFilter:
        start: date | None = None
        end: date | None = None
        today = self._today()
        choice = self.range.currentIndex()
        if choice == 1:
            start = end = today
        elif choice == 2:
            start, end = this_week(today)
        elif choice == 3:
            start, end = this_month(today)
        elif choice == 4:
            first, last = self.start.date(), self.end.date()
            start = date(first.year(), first.month(), first.day())
            end = date(last.year(), last.month(), last.day())
            if start and end and start > end:
                start, end = end, start
        point = self.point.currentData()
        device = self.device.currentData()
        return replace(
            self._sort,
            start=start,
            end=end,
            points=(point,) if point else (),
            purpose=self.purpose.currentData(),
            statuses=tuple(self.status.currentData() or ()),
            note_text=self.search.text(),
            routine=RoutinePart(self.routine.currentData()),  # Qt hands the enum back as plain text
            device=device,
            device_or_unmarked=device is not None and device == self._own_device,
        )

    def _emit(self) -> None:
        custom = self.range.currentIndex() == 4
        for widget in (self.start, self.end, self._dash):
            widget.setVisible(custom)
        self.changed.emit(self.current())
