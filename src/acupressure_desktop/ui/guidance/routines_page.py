"""The routines page: the presets and the user's own routines, an editor, and Start."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.history import RoutineRepository
from acupressure_desktop.routines import Routine, RoutineStep, routine_problems, step_for
from acupressure_desktop.routines.exchange import RoutineImportError, read_routine_file, routine_to_json
from acupressure_desktop.routines.models import describe_error
from acupressure_desktop.ui.confirmation import confirm
from acupressure_desktop.ui.shell import key_map as keys
from acupressure_desktop.ui.shrinkable import shrinkable
from acupressure_desktop.ui.time_text import clock_text

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StepList(QListWidget):
    """The steps of the routine being edited: drag to reorder, or Ctrl+Up / Ctrl+Down."""

    moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineSteps")
        self.setAccessibleName(self.tr("Steps: Ctrl+Up and Ctrl+Down move the selected step"))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.model().rowsMoved.connect(self.moved)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = -1 if keys.STEP_UP.matches(event) else 1 if keys.STEP_DOWN.matches(event) else None
        if step is not None:
            row = self.currentRow()
            target = row + step
            if row >= 0 and 0 <= target < self.count():
                item = self.takeItem(row)
                self.insertItem(target, item)
                self.setCurrentRow(target)
                self.moved.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class RoutinesPage(QWidget):
    """Lists routines (presets first, read-only), edits the user's own, and starts any of them."""

    start_routine = Signal(object)  # Routine
    message = Signal(str)

    def __init__(
        self, catalog: Catalog, library: RoutineRepository, presets: tuple[Routine, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routinesPage")
        self._catalog = catalog
        self._library = library
        self._presets = presets
        self.routines: list[Routine] = []
        self.current: Routine | None = None

        self.list = QListWidget()
        self.list.setObjectName("routineList")
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.currentItemChanged.connect(self._selected)
        self.new_button = QPushButton(self.tr("&New"))
        self.copy_button = QPushButton(self.tr("D&uplicate"))
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.import_button.clicked.connect(self.import_routine)
        self.export_button.clicked.connect(self.export_routine)
        # File dialogs, replaced in tests.
        self.confirm = confirm  # replaced in tests
        self.open_file = QFileDialog.getOpenFileName
        self.save_file = QFileDialog.getSaveFileName
        self.new_button.clicked.connect(self.new_routine)
        self.copy_button.clicked.connect(self.duplicate)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        # Two buttons a row keep the list's column narrow at large font sizes and in long languages.
        list_buttons = QGridLayout()
        pairs = (
            (self.new_button, self.copy_button),
            (self.rename_button, self.delete_button),
            (self.import_button, self.export_button),
        )
        for row, pair in enumerate(pairs):
            for column, button in enumerate(pair):
                list_buttons.addWidget(button, row, column)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(list_buttons)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Routine name"))
        self.purpose = QComboBox()
        self.purpose.addItem(self.tr("No particular complaint"), None)
        for symptom in catalog.symptoms:
            self.purpose.addItem(symptom.name, symptom.id)
        self.steps = StepList()
        self.steps.moved.connect(self._update_total)
        self.point_choice = QComboBox()
        self.point_choice.setAccessibleName(self.tr("Point to add"))
        for point in catalog.self_care_points():
            self.point_choice.addItem(f"{point.code} {point.pinyin} · {point.english}", point.code)
        self.add_button = QPushButton(self.tr("&Add Point"))
        self.remove_button = QPushButton(self.tr("&Remove Point"))
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.total = QLabel()
        self.problem = QLabel()
        self.problem.setObjectName("routineProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.start_button = QPushButton(self.tr("S&tart Routine"))
        self.start_button.clicked.connect(self._start)
        self.preset_note = QLabel(self.tr("This routine comes with the app. Duplicate it to make your own version."))
        self.preset_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("For"), self.purpose)
        shrinkable(self.point_choice, 16)
        shrinkable(self.purpose, 16)
        adding = QHBoxLayout()
        adding.addWidget(self.point_choice, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        actions = QHBoxLayout()
        actions.addWidget(self.total, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.start_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.preset_note)
        right_layout.addLayout(form)
        right_layout.addWidget(QLabel(self.tr("Points, in order (drag, or Ctrl+Up / Ctrl+Down):")))
        right_layout.addWidget(self.steps, 1)
        right_layout.addLayout(adding)
        right_layout.addWidget(self.problem)
        right_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    # --- the list -------------------------------------------------------------------------------

    def reload(self, select: UUID | None = None) -> None:
        mine, problems = self._library.load()
        for problem in problems:
            self.message.emit(problem)
        self.routines = [*self._presets, *mine]
        self.list.clear()
        for routine in self.routines:
            label = self.tr("{routine}  ·  {minutes} min").format(
                routine=routine.name, minutes=round(routine.total_s / 60)
            )
            item = QListWidgetItem(self.tr("{routine}  (preset)").format(routine=label) if routine.preset else label)
            item.setData(_ID_ROLE, routine.id)
            self.list.addItem(item)
        ids = [r.id for r in self.routines]
        self.list.setCurrentRow(ids.index(select) if select is not None and select in ids else 0)

    def changed_elsewhere(self) -> None:
        """Routines arrived from another computer: list them, unless that would throw away an edit."""
        current = self.current
        try:
            editing = current is not None and not current.preset and self._edited() != current
        except ValidationError:
            editing = True
        if editing:
            return  # the user's edit keeps the screen; the list catches up at the next reload
        self.reload(select=current.id if current is not None else None)

    def _selected(self, item: QListWidgetItem | None) -> None:
        routine = next((r for r in self.routines if item is not None and r.id == item.data(_ID_ROLE)), None)
        self.current = routine
        self.problem.clear()
        editable = routine is not None and not routine.preset
        for widget in (self.name, self.purpose, self.steps, self.point_choice, self.add_button, self.remove_button):
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable and self._library.can_write)
        self.rename_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.preset_note.setVisible(routine is not None and routine.preset)
        self.start_button.setEnabled(routine is not None)
        self.steps.clear()
        if routine is None:
            self.name.clear()
            return
        self.name.setText(routine.name)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(routine.purpose)))
        for step in routine.steps:
            self._add_step_item(step)
        self._update_total()

    def _add_step_item(self, step: RoutineStep) -> None:
        point = self._catalog.point(step.point_code) if self._catalog.has_point(step.point_code) else None
        label = f"{step.point_code} {point.pinyin} · {point.english}" if point else step.point_code
        item = QListWidgetItem(label)
        item.setData(_ID_ROLE, step)
        self.steps.addItem(item)

    def _edited(self) -> Routine:
        steps = tuple(self.steps.item(i).data(_ID_ROLE) for i in range(self.steps.count()))
        assert self.current is not None
        return Routine(id=self.current.id, name=self.name.text(), purpose=self.purpose.currentData(), steps=steps)

    def _update_total(self) -> None:
        try:
            self.total.setText(self.tr("About {time} in all").format(time=clock_text(self._edited().total_s)))
        except ValidationError:
            self.total.setText("")

    # --- editing --------------------------------------------------------------------------------

    def new_routine(self) -> None:
        point = self._catalog.self_care_points()[0]
        routine = Routine(name=self._free_name(self.tr("My routine")), steps=(step_for(point),))
        if self._library.save(routine):
            self.reload(select=routine.id)
            self.name.setFocus()
            self.name.selectAll()

    def duplicate(self) -> None:
        if self.current is None:
            return
        copy = self.current.copy_as(
            self._free_name(self.tr("{routine} (my copy)").format(routine=self.current.name)[:80])
        )
        if self._library.save(copy):
            self.reload(select=copy.id)

    def rename(self) -> None:
        if self.current is None or self.current.preset:
            return
        name, accepted = QInputDialog.getText(
            self, self.tr("Rename Routine"), self.tr("New name:"), text=self.current.name
        )
        if accepted and name.strip():
            self.name.setText(name.strip()[:80])
            self.save()

    def delete(self) -> None:
        if self.current is None or self.current.preset:
            return
        asked = self.confirm(
            self,
            self.tr("Delete Routine"),
            self.tr("Delete the routine “{routine}”?").format(routine=self.current.name),
            self.tr("Delete Routine"),
            self.tr("Its steps are gone for good; your history of running it stays."),
        )
        if asked and self._library.delete(self.current.id):
            self.reload()

    def export_routine(self) -> None:
        """Save the selected routine as a file to keep or share."""
        if self.current is None:
            return
        suggested = "".join(c if c.isalnum() else "-" for c in self.current.name.lower()).strip("-") or "routine"
        chosen, _ = self.save_file(
            self, self.tr("Export Routine"), f"{suggested}.routine.json", self.tr("Routine (*.json)")
        )
        if not chosen:
            return
        try:
            Path(chosen).write_text(routine_to_json(self.current), encoding="utf-8")
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export Routine"),
                self.tr("The routine could not be saved: {problem}.").format(problem=error.strerror or error),
            )
            return
        self.message.emit(self.tr("Exported {routine} to {path}.").format(routine=repr(self.current.name), path=chosen))

    def import_routine(self) -> None:
        """Add a routine from a file; anything wrong with it is explained and nothing is added."""
        chosen, _ = self.open_file(
            self, self.tr("Import Routine"), "", ";;".join((self.tr("Routine (*.json)"), self.tr("All files (*)")))
        )
        if not chosen:
            return
        try:
            routine = read_routine_file(Path(chosen), self._catalog)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Import Routine"),
                self.tr("The file could not be read: {problem}.").format(problem=error.strerror or error),
            )
            return
        except RoutineImportError as error:
            QMessageBox.warning(
                self,
                self.tr("Import Routine"),
                self.tr("This routine cannot be used: {problem}.").format(problem=error),
            )
            return
        routine = routine.model_copy(update={"name": self._free_name(routine.name)})
        if self._library.save(routine):
            self.reload(select=routine.id)
            self.message.emit(self.tr("Imported the routine {routine}.").format(routine=repr(routine.name)))

    def add_step(self) -> None:
        self._add_step_item(step_for(self._catalog.point(self.point_choice.currentData())))
        self.steps.setCurrentRow(self.steps.count() - 1)
        self._update_total()

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.steps.takeItem(row)
            self._update_total()

    def save(self) -> bool:
        """Check and store the edited routine; a problem is shown beside the buttons, not raised."""
        if self.current is None or self.current.preset:
            return False
        try:
            routine = self._edited()
        except ValidationError as error:
            self.problem.setText(self.tr("Not saved: {problem}").format(problem=describe_error(error)))
            return False
        problems = routine_problems(routine, self._catalog)
        if problems:
            self.problem.setText(self.tr("Not saved: {problem}").format(problem="; ".join(problems)))
            return False
        if not self._library.save(routine):
            self.problem.setText(self.tr("Not saved: the history file cannot be written just now."))
            return False
        self.problem.clear()
        self.reload(select=routine.id)
        self.message.emit(self.tr("Saved the routine {routine}.").format(routine=repr(routine.name)))
        return True

    def _start(self) -> None:
        if self.current is None:
            return
        if not self.current.preset and not self.save():
            return
        self.start_routine.emit(self.current)

    def _free_name(self, wanted: str) -> str:
        names = {r.name for r in self.routines}
        if wanted not in names:
            return wanted
        number = 2
        while f"{wanted} {number}" in names:
            number += 1
        return f"{wanted} {number}"
