"""The history page: filters, the session table, the selected session, and file actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.history import History, SessionRecord, SessionStatus
from acupressure_desktop.history.backups import BackupError
from acupressure_desktop.history.exchange import HistoryImportError, export_csv, export_json, import_file, quiz_export
from acupressure_desktop.private_files import write_private_text
from acupressure_desktop.ui.history.computer_names import ComputerNames
from acupressure_desktop.ui.history.history_detail import HistoryDetail
from acupressure_desktop.ui.history.history_filters import HistoryFilters
from acupressure_desktop.ui.history.history_model import (
    DEVICE_COLUMN,
    NOTE_COLUMN,
    ROUTINE_COLUMN,
    HistoryTableModel,
)
from acupressure_desktop.ui.practice.session_outcome import STATUS_WORDS
from acupressure_desktop.ui.shell import key_map as keys
from acupressure_desktop.ui.shell.key_map import KeyBinding
from acupressure_desktop.ui.shell.theme import high_contrast_in_use
from acupressure_desktop.ui.words import error_in_language, in_language

if TYPE_CHECKING:
    from acupressure_desktop.ui.history.history_charts import HistoryCharts

EXPORT_BATCH = 5_000
FileChooser = Callable[[QWidget, str, str, str], tuple[str, str]]


class HistoryPage(QWidget):
    """Everything about past sessions; ``show_point`` asks the window to open a point on the map."""

    show_point = Signal(str)
    message = Signal(str)
    history_replaced = Signal()  # restored from a backup

    def __init__(
        self,
        history: History,
        catalog: Catalog,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        this_device: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.computers = ComputerNames(history.devices, this_device)
        self._sessions = history.sessions
        self._database = history.database
        self._undo: list[list[SessionRecord]] = []
        self.save_file: FileChooser = QFileDialog.getSaveFileName  # replaced in tests
        self.open_file: FileChooser = QFileDialog.getOpenFileName

        self.filters = HistoryFilters(catalog, today)
        self._runs = history.runs
        self._run_labels: dict[UUID, str] = {}
        self.model = HistoryTableModel(
            history.sessions, history.database, catalog, self._run_label, self, self.computers.label
        )
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Widths from sample text, not ResizeToContents: that asks every loaded row for its size.
        metrics = self.table.fontMetrics()
        samples = (
            "00/00/0000 00:00 PM",
            "EX-HN3 Zhongzhu",
            "Circular massage",
            "00:00",
            QCoreApplication.translate("HistoryTableModel", "⚠ Interrupted"),
            QCoreApplication.translate("HistoryTableModel", "Before"),
            QCoreApplication.translate("HistoryTableModel", "After"),
        )
        for column, sample in enumerate(samples):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.resizeSection(ROUTINE_COLUMN, metrics.horizontalAdvance("Ease a tension headache · 1 of 4") + 24)
        header.resizeSection(DEVICE_COLUMN, metrics.horizontalAdvance("Kitchen laptop") + 24)
        # Where a session was practised reads with when: beside the date, not beyond the notes.
        header.moveSection(header.visualIndex(DEVICE_COLUMN), 1)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self.table.setAccessibleName(self.tr("Past sessions"))
        self.detail = HistoryDetail(
            catalog, self._run_label, device_label=self.computers.label, earlier_notes=history.sessions.earlier_notes
        )
        self.detail.show_point.connect(self.show_point)
        self.banner = QLabel()
        self.banner.setObjectName("historyBanner")
        self.banner.setWordWrap(True)
        self._style_banner()
        self.summary = QLabel()

        self.actions_bar = QToolBar()
        self.delete_action = self._add(keys.HISTORY_DELETE.menu_text, self.delete_selected, keys.HISTORY_DELETE)
        self.undo_action = self._add(keys.HISTORY_UNDO.menu_text, self.undo, keys.HISTORY_UNDO)
        self.undo_action.setEnabled(False)
        self.actions_bar.addSeparator()
        self.export_csv_action = self._add(self.tr("Export CSV…"), lambda: self.export("csv"))
        self.export_json_action = self._add(self.tr("Export JSON…"), lambda: self.export("json"))
        self.import_action = self._add(self.tr("Import JSON…"), self.import_json)
        self.actions_bar.addSeparator()
        self.backup_action = self._add(self.tr("Back Up Now"), self.back_up_now)
        self.restore_action = self._add(self.tr("Restore from Backup…"), self.restore_from_backup)
        self.choose_backup: Callable[[list[str]], str | None] = self._ask_which_backup

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        sessions = QWidget()
        sessions_layout = QVBoxLayout(sessions)
        sessions_layout.setContentsMargins(0, 0, 0, 0)
        sessions_layout.addWidget(self.filters)
        sessions_layout.addWidget(self.actions_bar)
        sessions_layout.addWidget(split, 1)
        sessions_layout.addWidget(self.summary)
        self._catalog = catalog
        self._today = today
        self.charts: HistoryCharts | None = None
        self.views = QTabWidget()
        self.views.addTab(sessions, self.tr("Sessions"))
        self.views.addTab(QWidget(), self.tr("Charts and insights"))
        self.views.currentChanged.connect(self._view_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.views, 1)

        self.filters.changed.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.note_rejected.connect(self.message)
        self.model.modelReset.connect(self._update_summary)
        self.model.rowsInserted.connect(self._update_summary)
        self.model.page_loaded.connect(self._update_summary)
        self.refresh_mode()
        self._show_computers()
        self.model.set_filter(self.filters.current())
        # Newest first, as loaded; enabling sorting then finds nothing to redo.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)

    def _add(self, text: str, slot: Callable[[], object], binding: KeyBinding | None = None) -> QAction:
        action = self.actions_bar.addAction(text)
        action.triggered.connect(slot)
        if binding is not None:
            action.setShortcuts(binding.sequences())
            # The page owns the shortcut, so it works wherever the focus is on the page.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        return action

    # --- state ----------------------------------------------------------------------------------

    def refresh_mode(self) -> None:
        """View-only with a banner saying why when the history cannot be written."""
        writable = self._database.can_write
        self.banner.setText(in_language(self._database.notice) if not writable else "")
        self.banner.setVisible(not writable)
        for action in (self.delete_action, self.import_action, self.backup_action, self.restore_action):
            action.setEnabled(writable)

    def _run_label(self, run_id: UUID) -> str:
        """The routine a session belonged to and how that run ended, e.g. "Settle nausea · 1 of 2"."""
        if run_id not in self._run_labels:
            run = self._runs.get(run_id)
            if run is None:
                return self.tr("a routine")
            in_full = run.status is SessionStatus.COMPLETED and run.steps_done == run.steps_planned
            self._run_labels[run_id] = (
                run.routine_name
                if in_full
                else self.tr("{routine} · {done} of {planned} ({status})").format(
                    routine=run.routine_name,
                    done=run.steps_done,
                    planned=run.steps_planned,
                    status=QCoreApplication.translate("SessionOutcome", STATUS_WORDS[run.status]),
                )
            )
        return self._run_labels[run_id]

    def _show_computers(self) -> None:
        """A Computer column and filter once the history holds practice from two computers or more."""
        self.filters.set_devices(self.computers.listed, self.computers.this_device)
        self.table.setColumnHidden(DEVICE_COLUMN, not self.computers.several)

    def reload(self) -> None:
        self._run_labels.clear()  # a run may have finished since
        self.computers.refresh()  # names or sessions may have come from another computer
        self._show_computers()
        self.model.reload()
        if self.charts is not None and self.views.currentWidget() is self.charts:
            self.charts.refresh()

    def show_charts(self) -> HistoryCharts:
        """Switch to the charts, building them the first time (pyqtgraph loads only then)."""
        if self.charts is None:
            from acupressure_desktop.ui.history.history_charts import HistoryCharts  # noqa: PLC0415

            self.charts = HistoryCharts(self.history.totals, self._catalog, self._today)
            self.views.blockSignals(True)
            self.views.removeTab(1)
            self.views.insertTab(1, self.charts, self.tr("Charts and insights"))
            self.views.blockSignals(False)
        self.views.setCurrentWidget(self.charts)
        self.charts.refresh()
        return self.charts

    def apply_palette(self) -> None:
        self._style_banner()
        if self.charts is not None:
            self.charts.apply_palette()

    def _style_banner(self) -> None:
        if high_contrast_in_use():
            # The palette's own black and white, with a frame as strong as the text.
            self.banner.setStyleSheet("padding: 6px; border: 2px solid palette(window-text)")
        else:
            self.banner.setStyleSheet("background: #fff4e2; color: #4a3511; padding: 6px; border: 1px solid #e3a745")

    def _view_changed(self, index: int) -> None:
        if index == 1:
            self.show_charts()

    def leave(self) -> None:
        """Leaving the page ends the chance to undo deletions."""
        self._undo.clear()
        self.undo_action.setEnabled(False)

    def _filter_changed(self, query: object) -> None:
        self.model.set_filter(query)  # type: ignore[arg-type]

    def _update_summary(self) -> None:
        loaded = self.model.loaded_count()
        if self.model.canFetchMore():
            self.summary.setText(self.tr("%n+ session(s) shown", "", loaded))
        else:
            self.summary.setText(self.tr("%n session(s) shown", "", loaded))
        self.filters.keep_sort(self.model.current_filter)

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        self.detail.show_record(self.model.record(rows[0]) if len(rows) == 1 else None)

    def _select_records(self, ids: set[UUID]) -> None:
        """Select the loaded rows of these sessions (the ones just put back), and show them."""
        self.table.clearSelection()
        for row in range(self.model.rowCount()):
            if self.model.record(row).id in ids:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._selection_changed()

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def select_row(self, row: int) -> None:
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    # --- delete and undo ------------------------------------------------------------------------

    def delete_selected(self) -> None:
        records = [self.model.record(r) for r in self.selected_rows()]
        if not records:
            return
        removed = self._sessions.delete([r.id for r in records])
        if not removed:
            self.message.emit(in_language(self._database.notice) or self.tr("The sessions could not be deleted."))
            return
        self._undo.append(removed)
        self.undo_action.setEnabled(True)
        self.model.reload()
        # A reset model drops the selection without saying so: the detail must not show a ghost.
        self.table.clearSelection()
        self._selection_changed()
        self.message.emit(self.tr("Deleted %n session(s). Ctrl+Z brings them back.", "", len(removed)))

    def undo(self) -> None:
        if not self._undo:
            return
        records = self._undo.pop()
        if self._sessions.restore(records):
            self.model.reload()
            self._select_records({r.id for r in records})
            self.message.emit(self.tr("Restored %n session(s).", "", len(records)))
        self.undo_action.setEnabled(bool(self._undo))

    # --- backups --------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if not self._database.can_read:
            return
        try:
            target = self._database.back_up_now(datetime.now())
        except BackupError as error:
            QMessageBox.warning(
                self,
                self.tr("Backup Failed"),
                self.tr("{error} Your history itself is unchanged.").format(error=error_in_language(error)),
            )
            return
        self.message.emit(self.tr("Backed up to {path}.").format(path=target))

    def restore_from_backup(self) -> None:
        found = self._database.backups()
        if not found:
            folder = self._database.backup_folder
            QMessageBox.information(
                self, self.tr("No Backups Yet"), self.tr("There are no backups in {folder} yet.").format(folder=folder)
            )
            return
        choice = self.choose_backup([p.name for p in found])
        if choice is None:
            return
        try:
            safety: Path | None = self._database.restore(self._database.backup_folder / choice, datetime.now())
        except BackupError as error:
            QMessageBox.warning(
                self,
                self.tr("Nothing Was Restored"),
                self.tr("The backup could not be restored: {error}.").format(error=error_in_language(error)),
            )
            safety = None
        self.refresh_mode()
        self.model.reload()
        if safety is not None:
            self.history_replaced.emit()
            self.message.emit(
                self.tr("Restored {backup}. Your history as it was is kept in {safety}.").format(
                    backup=choice, safety=safety.name
                )
            )

    def _ask_which_backup(self, names: list[str]) -> str | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Restore from Backup"))
        dialog.setLabelText(
            self.tr("Replace your history with this backup? (Your current history is backed up first.)")
        )
        dialog.setComboBoxItems(names)
        dialog.setComboBoxEditable(False)
        dialog.setOkButtonText(self.tr("Restore"))
        return dialog.textValue() if dialog.exec() else None

    # --- files ----------------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        label = self.tr("CSV table (*.csv)") if kind == "csv" else self.tr("History export (*.json)")
        name, _ = self.save_file(self, self.tr("Export History"), f"acupressure-history.{kind}", label)
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        records = self._all_filtered()
        if kind == "csv":
            text = export_csv(records)
        else:
            text = export_json(records, datetime.now().astimezone(), quiz_export(self.history.quiz))
        try:
            write_private_text(path, text)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export Failed"),
                self.tr("{path} could not be written: {reason}.").format(path=path, reason=error.strerror or error),
            )
            return
        self.message.emit(self.tr("Exported %n session(s) to {path}.", "", len(records)).format(path=path))

    def _all_filtered(self) -> list[SessionRecord]:
        query = self.model.current_filter
        records: list[SessionRecord] = []
        while True:
            page = self._sessions.page(query, len(records), EXPORT_BATCH)
            records.extend(page)
            if len(page) < EXPORT_BATCH:
                return records

    def import_json(self) -> None:
        name, _ = self.open_file(self, self.tr("Import History"), "", self.tr("History export (*.json)"))
        if not name:
            return
        try:
            result = import_file(self._sessions, Path(name), self.history.quiz)
        except HistoryImportError as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Nothing Was Imported"),
                self.tr("The file has problems, so none of it was imported. Your history is unchanged."),
                parent=self,
            )
            box.setDetailedText("\n".join(error.problems))
            box.exec()
            return
        except OSError as error:
            QMessageBox.warning(self, self.tr("Nothing Was Imported"), str(error))
            return
        self.model.reload()
        if result.quiz_cards and result.skipped:
            text = self.tr("Imported %n session(s) and {cards}; {skipped} already in your history.", "", result.added)
        elif result.quiz_cards:
            text = self.tr("Imported %n session(s) and {cards}.", "", result.added)
        elif result.skipped:
            text = self.tr("Imported %n session(s); {skipped} already in your history.", "", result.added)
        else:
            text = self.tr("Imported %n session(s).", "", result.added)
        cards = self.tr("%n quiz card(s)", "", result.quiz_cards)
        self.message.emit(text.format(cards=cards, skipped=result.skipped))
