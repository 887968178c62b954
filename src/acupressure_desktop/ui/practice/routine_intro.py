"""Before a routine run: its points in order, where the first one is, and how it feels now."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.practice.routine_run import FINDING_S
from acupressure_desktop.routines import Routine
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.point_panel import locator_placement
from acupressure_desktop.ui.practice.locator_picture import LocatorPicture
from acupressure_desktop.ui.rich_text import ITEM
from acupressure_desktop.ui.time_text import clock_text

GENTLE_NOTE = "Gentle pressure throughout, because of what you told the safety screen."


class RoutineIntro(QWidget):
    """The routine at a glance; ``start_requested`` carries a RoutineRunRequest."""

    start_requested = Signal(object)  # RoutineRunRequest

    def __init__(
        self,
        routine: Routine,
        catalog: Catalog,
        library: DiagramLibrary,
        gentle_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.routine = routine
        points = [catalog.point(step.point_code) for step in routine.steps]
        steps = "".join(
            f"{ITEM}<b>{escape(p.code)}</b> {escape(p.pinyin)} · {escape(p.english)} ({clock_text(s.duration_s)})</li>"
            for p, s in zip(points, routine.steps, strict=True)
        )
        summary = QLabel(
            f"<h2>{escape(routine.name)}</h2><p>{len(routine.steps)} points, about "
            f"{max(1, round(routine.total_s / 60))} minutes. Each point starts with a few slow breaths; between "
            f"points you have {FINDING_S:g} seconds to find the next one.</p><ol>{steps}</ol>"
        )
        summary.setWordWrap(True)
        summary.setObjectName("routineSummary")
        first = points[0]
        self.first_point = QLabel(
            f"<b>First: {escape(first.code)} {escape(first.pinyin)}</b><br>{escape(first.location)}"
        )
        self.first_point.setWordWrap(True)
        picture = LocatorPicture(library)
        picture.show_placement(locator_placement(first))
        picture.setAccessibleName(f"Where {first.code} is")
        self.before = QComboBox()
        self.before.setAccessibleName("How strong is it now, 0 to 10?")
        self.before.addItem("Skip", None)
        for value in range(11):
            self.before.addItem(str(value), value)
        form = QFormLayout()
        form.addRow("How strong is it now (0-10)?", self.before)
        self.start_button = QPushButton("&Start Routine")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)

        words = QVBoxLayout()
        words.addWidget(summary)
        if gentle_only:
            words.addWidget(QLabel(GENTLE_NOTE))
        words.addLayout(form)
        words.addStretch(1)
        first_column = QVBoxLayout()
        first_column.addWidget(picture, 1)
        first_column.addWidget(self.first_point)
        top = QHBoxLayout()
        top.addLayout(words, 3)
        top.addLayout(first_column, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignRight)

    def _start(self) -> None:
        self.start_requested.emit(self.routine.run_request(self.before.currentData()))
