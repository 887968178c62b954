"""The whole session's target pressure as a curve, with a marker that moves with time."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from acupressure_desktop.practice import SessionPlan
from acupressure_desktop.practice.protocols import MatProtocol
from acupressure_desktop.ui.plot_style import label_axis, style_plots
from acupressure_desktop.ui.words import in_language

SAMPLES_PER_SECOND = 2
TIMELINE_Y = 0.4  # where a mat session's timeline runs: a line through time, not a level


class PressurePlot(QWidget):
    """A pyqtgraph plot of the planned pressure profile; ``set_time`` moves the marker."""

    def __init__(self, plan: SessionPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # pyqtgraph is heavy to import; it is loaded when the first session opens, not at start-up.
        import pyqtgraph as pg  # noqa: PLC0415

        self._plan = plan
        self._shown_s = -1.0
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setYRange(0, 1.05, padding=0)
        self.plot.setXRange(0, plan.total_s / 60, padding=0.01)
        label_axis(self.plot, "bottom", self.tr("minutes"))
        self.on_mat = isinstance(plan.protocol, MatProtocol)
        self.phase_labels: list[Any] = []
        self._phase_marks: list[Any] = []
        count = int(plan.total_s * SAMPLES_PER_SECOND) + 1
        xs = [i / SAMPLES_PER_SECOND for i in range(count)]
        self._xs = [x / 60 for x in xs]
        if self.on_mat:
            # A mat session is a timeline of settling, resting and getting up: no pressure to read.
            self.plot.hideAxis("left")
            self._ys = [TIMELINE_Y] * count
            self._mark_mat_phases(pg)
        else:
            label_axis(self.plot, "left", self.tr("pressure"))
            self.plot.getAxis("left").setTicks(
                [[(0, self.tr("none")), (0.35, self.tr("light")), (0.7, self.tr("firm"))]]
            )
            self._ys = [plan.pressure_at(x) for x in xs]
        self._profile = self.plot.plot(self._xs, self._ys)
        self._done = self.plot.plot([], [])
        self._now_line = pg.InfiniteLine(pos=0, angle=90, movable=False)
        self.plot.addItem(self._now_line)
        self._now_dot = pg.ScatterPlotItem(size=12)
        self.plot.addItem(self._now_dot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.setAccessibleName(self.tr("Pressure curve for the whole session"))
        self.apply_palette()

    def _mark_mat_phases(self, pg: Any) -> None:
        """Each step on the mat named above its stretch of the timeline, which starts at a mark."""
        on_mat = [phase for phase in self._plan.phases if phase.is_pressing]
        for number, phase in enumerate(on_mat):
            start, end = phase.start_s / 60, phase.end_s / 60
            mark = pg.InfiniteLine(pos=start, angle=90, movable=False)
            self.plot.addItem(mark)
            self._phase_marks.append(mark)
            # The last name ends at the end of the session, so it is never cut off at the edge.
            last = number == len(on_mat) - 1
            label = pg.TextItem(in_language(phase.title), anchor=(1.0, 1.0) if last else (0.5, 1.0))
            label.setPos(end if last else (start + end) / 2, TIMELINE_Y + 0.12)
            self.plot.addItem(label)
            self.phase_labels.append(label)

    def apply_palette(self) -> None:
        """Colour the plot from the widget palette (light or dark)."""
        import pyqtgraph as pg  # noqa: PLC0415

        colours = style_plots(self.palette(), self.plot)
        background, accent, muted = colours.background, colours.accent, colours.muted
        self._profile.setPen(pg.mkPen(muted, width=2, style=pg.QtCore.Qt.PenStyle.DashLine))
        self._done.setPen(pg.mkPen(accent, width=4))
        self._now_line.setPen(pg.mkPen(QColor("#d9534f"), width=2))
        self._now_dot.setBrush(pg.mkBrush(QColor("#d9534f")))
        self._now_dot.setPen(pg.mkPen(background, width=2))
        for label in self.phase_labels:
            label.setColor(colours.text)
        for mark in self._phase_marks:
            mark.setPen(pg.mkPen(muted, width=1, style=pg.QtCore.Qt.PenStyle.DotLine))

    def set_time(self, elapsed_s: float, pressure: float) -> None:
        # Redraw only when the marker would move visibly; most frames change nothing here.
        if abs(elapsed_s - self._shown_s) < self._plan.total_s / 2000 and elapsed_s != 0:
            return
        self._shown_s = elapsed_s
        minutes = elapsed_s / 60
        self._now_line.setPos(minutes)
        self._now_dot.setData([minutes], [TIMELINE_Y if self.on_mat else pressure])
        upto = int(elapsed_s * SAMPLES_PER_SECOND) + 1
        self._done.setData(self._xs[:upto], self._ys[:upto])

    @property
    def marker_position(self) -> float:
        return float(self._now_line.value()) * 60
