"""The Learn page's charts: cards learnt over the last weeks, answers that found the point, reviews to come."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QWidget

from acupressure_desktop.learning.progress import DayCount, due_forecast, learnt_by_day, retention_by_day
from acupressure_desktop.learning.reviews import ReviewRecord
from acupressure_desktop.learning.schedule import CardStanding
from acupressure_desktop.ui.plot_style import label_axis, style_plots

HISTORY_DAYS = 28
FORECAST_DAYS = 14


class LearnCharts(QWidget):
    """Three small plots side by side; ``show_progress`` redraws them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # pyqtgraph is heavy to import; it comes with the Learn page, not at start-up.
        import pyqtgraph as pg  # noqa: PLC0415

        self._pg = pg
        self.learnt_plot = self._plot(self.tr("Cards learnt"), self.tr("cards"))
        self.retention_plot = self._plot(self.tr("Points found (right or close)"), "%")
        self.forecast_plot = self._plot(self.tr("Reviews in the next two weeks"), self.tr("cards"))
        self.retention_plot.setYRange(0, 100)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for plot in (self.learnt_plot, self.retention_plot, self.forecast_plot):
            layout.addWidget(plot)
        self.setMinimumHeight(170)
        self.setMaximumHeight(230)  # the decks above keep the room: they are what the page is for
        self.shown: dict[str, list[DayCount]] = {}

    def _plot(self, title: str, unit: str) -> Any:
        plot = self._pg.PlotWidget(title=title)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        label_axis(plot, "left", unit)
        plot.setAccessibleName(title)
        return plot

    def show_progress(self, reviews: Sequence[ReviewRecord], cards: Mapping[str, CardStanding], now: datetime) -> None:
        today = now.astimezone().date()
        first = today - timedelta(days=HISTORY_DAYS - 1)
        self.shown = {
            "learnt": learnt_by_day(reviews, first, today),
            "retention": retention_by_day(reviews, first, today),
            "forecast": due_forecast(cards, now, FORECAST_DAYS),
        }
        colours = style_plots(self.palette(), self.learnt_plot, self.retention_plot, self.forecast_plot)
        pen = self._pg.mkPen(colours.accent, width=2)
        for key, plot in (("learnt", self.learnt_plot), ("retention", self.retention_plot)):
            plot.clear()
            points = self.shown[key]
            xs = [(c.day - today).days for c in points]  # 0 today, -27 four weeks ago
            ys = [c.value * (100 if key == "retention" else 1) for c in points]
            plot.plot(xs, ys, pen=pen, symbol="o" if key == "retention" else None, symbolSize=5)
            plot.setLabel("bottom", self.tr("days from today"))
            plot.setXRange(-(HISTORY_DAYS - 1), 0, padding=0.02)
        # Counts start at nought and show whole cards, even before the first answer.
        self.learnt_plot.setYRange(0, max([c.value for c in self.shown["learnt"]] + [4]) * 1.1, padding=0)
        self.forecast_plot.clear()
        forecast = self.shown["forecast"]
        bars = self._pg.BarGraphItem(
            x=[(c.day - today).days for c in forecast], height=[c.value for c in forecast], width=0.7,
            brush=colours.accent,
        )  # fmt: skip
        self.forecast_plot.addItem(bars)
        self.forecast_plot.setLabel("bottom", self.tr("days from today"))
        self.forecast_plot.setXRange(-0.5, FORECAST_DAYS - 0.5, padding=0)
        self.forecast_plot.setYRange(0, max([c.value for c in forecast] + [4]) * 1.1, padding=0)
