"""Before a routine run: its points in order, where the first one is, and how it feels now."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.practice.routine_run import FINDING_S
from acupressure_desktop.routines import Routine
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.point_panel import locator_placement
from acupressure_desktop.ui.practice.locator_picture import LocatorPicture
from acupressure_desktop.ui.rich_text import ITEM
from acupressure_desktop.ui.time_text import clock_text

GENTLE_NOTE = QT_TRANSLATE_NOOP(
    "RoutineIntro", "Gentle pressure throughout, because of what you told the safety screen."
)


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
        minutes = self.tr("%n minute(s)", "", max(1, round(routine.total_s / 60)))
        length = self.tr("%n point(s), about {minutes}.", "", len(routine.steps)).format(minutes=minutes)
        finding = self.tr(
            "Each point starts with a few slow breaths; between points you have %n second(s) to find the next one.",
            "",
            round(FINDING_S),
        )
        summary = QLabel(f"<h2>{escape(routine.name)}</h2><p>{length} {finding}</p><ol>{steps}</ol>")
        summary.setWordWrap(True)
        summary.setObjectName("routineSummary")
        first = points[0]
        first_name = self.tr("First: {point}").format(point=f"{escape(first.code)} {escape(first.pinyin)}")
        self.first_point = QLabel(f"<b>{first_name}</b><br>{escape(first.location)}")
        self.first_point.setWordWrap(True)
        picture = LocatorPicture(library)
        picture.show_placement(locator_placement(first))
        picture.setAccessibleName(self.tr("Where {code} is").format(code=first.code))
        self.before = QComboBox()
        self.before.setAccessibleName(self.tr("How strong is it now, 0 to 10?"))
        self.before.addItem(self.tr("Skip"), None)
        for value in range(11):
            self.before.addItem(str(value), value)
        form = QFormLayout()
        form.addRow(self.tr("How strong is it now (0-10)?"), self.before)
        self.start_button = QPushButton(self.tr("&Start Routine"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)

        words = QVBoxLayout()
        words.addWidget(summary)
        if gentle_only:
            words.addWidget(QLabel(QCoreApplication.translate("RoutineIntro", GENTLE_NOTE)))
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
