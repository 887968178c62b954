"""Charts of the history: practice over time, streak and today's goal, and what helped."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.history import PracticeTotals
from acupressure_desktop.history.totals import DEFAULT_DAILY_GOAL, DayTotal, RatingChange
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.local_format import LocalFormat
from acupressure_desktop.ui.plot_style import label_axis, style_plots
from acupressure_desktop.ui.rich_text import ITEM
from acupressure_desktop.ui.words import in_language

RANGES = (
    (QT_TRANSLATE_NOOP("HistoryCharts", "Last 30 days, per day"), 30, False),
    (QT_TRANSLATE_NOOP("HistoryCharts", "Last 26 weeks, per week"), 26, True),
)
FileChooser = Callable[[QWidget, str, str, str], tuple[str, str]]


class HistoryCharts(QWidget):
    """Reads only bounded summaries from the totals, so it draws as fast for 5 years as for 5 days."""

    def __init__(
        self,
        totals: PracticeTotals,
        catalog: Catalog,
        today: Callable[[], date] = date.today,
        daily_goal: int = DEFAULT_DAILY_GOAL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # noqa: PLC0415 - loaded when the charts are first shown

        self._pg = pg
        self._format = LocalFormat()
        self._practice = totals
        self._catalog = catalog
        self._today = today
        self._goal = daily_goal
        self.save_file: FileChooser = QFileDialog.getSaveFileName
        self.totals: list[DayTotal] = []
        self.changes: list[RatingChange] = []

        self.summary = QLabel()
        self.summary.setObjectName("practiceSummary")
        font = self.summary.font()
        font.setPointSizeF(max(8.0, font.pointSizeF()) * 1.25)
        self.summary.setFont(font)
        self.range = QComboBox()
        for label, _count, _weekly in RANGES:
            self.range.addItem(QCoreApplication.translate("HistoryCharts", label))
        self.save_practice = QPushButton(self.tr("Save as PNG…"))
        self.practice_plot = pg.PlotWidget()
        self.minutes_plot = pg.PlotWidget()
        self.symptom = QComboBox()
        self.symptom.setAccessibleName(self.tr("Symptom"))
        for s in catalog.symptoms:
            self.symptom.addItem(s.name, s.id)
        self.save_change = QPushButton(self.tr("Save as PNG…"))
        self.change_plot = pg.PlotWidget()
        self.insights = QLabel()
        self.insights.setObjectName("insights")
        self.insights.setWordWrap(True)
        for plot in (self.practice_plot, self.minutes_plot, self.change_plot):
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setMinimumHeight(140)
        label_axis(self.practice_plot, "left", self.tr("sessions"))
        label_axis(self.minutes_plot, "left", self.tr("minutes"))
        label_axis(self.change_plot, "left", self.tr("better by (0-10)"))
        self._bars = pg.BarGraphItem(x=[], height=[], width=0.7)
        self.practice_plot.addItem(self._bars)
        self._minutes = self.minutes_plot.plot([], [], symbol="o", symbolSize=5)
        self._change = self.change_plot.plot([], [], symbol="o", symbolSize=8)
        self._zero = pg.InfiniteLine(pos=0, angle=0, movable=False)
        self.change_plot.addItem(self._zero)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.range)
        top.addWidget(self.save_practice)
        middle = QHBoxLayout()
        middle.addWidget(QLabel(self.tr("Before and after, for")))
        middle.addWidget(self.symptom)
        middle.addStretch(1)
        middle.addWidget(self.save_change)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.practice_plot, 2)
        layout.addWidget(self.minutes_plot, 1)
        layout.addLayout(middle)
        layout.addWidget(self.change_plot, 2)
        layout.addWidget(self.insights)

        self._symptom_chosen = False
        self.range.currentIndexChanged.connect(self.refresh)
        self.symptom.currentIndexChanged.connect(self._symptom_changed)
        self.save_practice.clicked.connect(lambda: self.export_png(self.practice_plot, "practice"))
        self.save_change.clicked.connect(lambda: self.export_png(self.change_plot, "before-after"))
        self._hover = [
            pg.SignalProxy(self.practice_plot.scene().sigMouseMoved, rateLimit=30, slot=self._hover_practice),
            pg.SignalProxy(self.change_plot.scene().sigMouseMoved, rateLimit=30, slot=self._hover_change),
        ]
        self.apply_palette()

    # --- data -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        today = self._today()
        if not self._practice.can_read:
            self.summary.setText(self.tr("Your history cannot be read right now."))
            return
        _label, count, weekly = RANGES[self.range.currentIndex()]
        if weekly:
            self.totals = self._practice.weekly(today, count, self._format.first_weekday)
        else:
            self.totals = self._practice.daily(today - timedelta(days=count - 1), today)
        xs = list(range(len(self.totals)))
        self._bars.setOpts(x=xs, height=[t.sessions for t in self.totals], width=0.7)
        self._minutes.setData(xs, [t.minutes for t in self.totals])
        ticks = [
            (i, self._day_label(t.day, weekly)) for i, t in enumerate(self.totals) if i % max(1, len(xs) // 6) == 0
        ]
        for plot in (self.practice_plot, self.minutes_plot):
            plot.getAxis("bottom").setTicks([ticks])
            plot.setXRange(-0.6, len(xs) - 0.4, padding=0)
        self._describe_practice(weekly)
        done = self._practice.practices_on(today)
        days = self._practice.streak(today)
        if days > 1:
            run = self.tr("%n-day streak", "", days)
        else:
            run = self.tr("Practised today") if done else self.tr("No streak yet")
        summary = self.tr("{streak} · today: {done} of your daily goal of {goal}").format(
            streak=run, done=done, goal=self._goal
        )
        self.summary.setText(f"{summary}{' ✓' if done >= self._goal else ''}")
        if not self._symptom_chosen:
            self._choose_busiest_symptom()
        self._refresh_symptom()

    def _describe_practice(self, weekly: bool) -> None:
        """What the two practice charts show, in words, for a screen reader."""
        sessions = sum(t.sessions for t in self.totals)
        minutes = sum(t.minutes for t in self.totals)
        if weekly:
            self.practice_plot.setAccessibleName(self.tr("Sessions per week"))
            self.minutes_plot.setAccessibleName(self.tr("Minutes of pressing per week"))
        else:
            self.practice_plot.setAccessibleName(self.tr("Sessions per day"))
            self.minutes_plot.setAccessibleName(self.tr("Minutes of pressing per day"))
        busiest = max(self.totals, key=lambda t: t.sessions, default=None)
        span = (
            self.tr("From {first} to {last}").format(
                first=self._format.day_long(self.totals[0].day), last=self._format.day_long(self.totals[-1].day)
            )
            if self.totals
            else ""
        )
        most = (
            self.tr("most on {day}").format(day=self._day_label(busiest.day, weekly))
            if busiest is not None and busiest.sessions
            else self.tr("none yet")
        )
        self.practice_plot.setAccessibleDescription(
            self.tr("{span}: %n session(s), {most}.", "", sessions).format(span=span, most=most)
        )
        self.minutes_plot.setAccessibleDescription(
            self.tr("{span}: {minutes} minutes of pressing in all.").format(
                span=span, minutes=self._format.number(minutes, 0)
            )
        )

    def _choose_busiest_symptom(self) -> None:
        """Open on the symptom the user has rated most, rather than the first in the list."""
        busiest = self._practice.most_rated_symptom()
        if busiest is not None and self.symptom.findData(busiest) >= 0:
            self.symptom.blockSignals(True)
            self.symptom.setCurrentIndex(self.symptom.findData(busiest))
            self.symptom.blockSignals(False)
            self._symptom_chosen = True

    def _symptom_changed(self) -> None:
        self._symptom_chosen = True
        self._refresh_symptom()

    def _refresh_symptom(self) -> None:
        if not self._practice.can_read:
            return
        symptom_id = self.symptom.currentData()
        self.changes = self._practice.rating_changes(symptom_id)
        values = [c.change for c in self.changes]
        self._change.setData(list(range(len(self.changes))), values)
        self.change_plot.setXRange(-0.5, max(1, len(self.changes)) - 0.5, padding=0)
        # Ratings run 0-10, so changes run -10..10; keep a readable span even with little data.
        self.change_plot.setYRange(min([-2, *values]) - 0.5, max([5, *values]) + 0.5, padding=0)
        ticks = [
            (i, self._format.day_and_month(c.started_at.astimezone().date()))
            for i, c in enumerate(self.changes)
            if i % max(1, len(self.changes) // 6) == 0
        ]
        self.change_plot.getAxis("bottom").setTicks([ticks])
        self.change_plot.setAccessibleName(self.tr("How much better you felt after each rated session"))
        if values:
            self.change_plot.setAccessibleDescription(
                self.tr(
                    "%n rated session(s); the last {last} points better, on average {average}.", "", len(values)
                ).format(last=values[-1], average=self._format.number(sum(values) / len(values), 1))
            )
        else:
            self.change_plot.setAccessibleDescription(self.tr("No rated sessions yet."))
        found = self._practice.insights(symptom_id)
        if not found:
            self.insights.setText(
                self.tr(
                    "No rated sessions for this yet. Rate how you feel before and after a session to see "
                    "which points help you."
                )
            )
            return
        lines = []
        for insight in found:
            name = insight.point_code
            if self._catalog.has_point(name):
                name = f"{name} {self._catalog.point(name).pinyin}"
            line = self.tr("<b>{point}</b> (%n rated): {note}", "", insight.sessions).format(
                point=name, note=in_language(insight.note)
            )
            lines.append(f"{ITEM}{line}</li>")
        heading = self.tr("What has helped you most")
        self.insights.setText(f"<b>{heading}</b><ol>{''.join(lines)}</ol>")

    def _day_label(self, day: date, weekly: bool) -> str:
        return self._format.day_and_month(day) if weekly else self._format.weekday_and_day(day)

    # --- look and feel --------------------------------------------------------------------------

    def apply_palette(self) -> None:
        pg = self._pg
        colours = style_plots(self.palette(), self.practice_plot, self.minutes_plot, self.change_plot)
        accent, muted = colours.accent, colours.muted
        self._bars.setOpts(brush=pg.mkBrush(accent), pen=pg.mkPen(accent))
        self._minutes.setPen(pg.mkPen(accent, width=2))
        self._minutes.setSymbolBrush(pg.mkBrush(accent))
        self._change.setPen(pg.mkPen(muted, width=1))
        self._change.setSymbolBrush(pg.mkBrush(QColor("#d9534f")))
        self._zero.setPen(pg.mkPen(muted, style=pg.QtCore.Qt.PenStyle.DashLine))

    # --- hover and export -----------------------------------------------------------------------

    def practice_tooltip(self, index: int) -> str:
        total = self.totals[index]
        when = (
            self.tr("week of {day}").format(day=self._format.day_long(total.day))
            if RANGES[self.range.currentIndex()][2]
            else self._format.day_long(total.day)
        )
        return self.tr("{when}: %n session(s), {minutes} min", "", total.sessions).format(
            when=when, minutes=f"{total.minutes:.0f}"
        )

    def change_tooltip(self, index: int) -> str:
        change = self.changes[index]
        when = self._format.moment_long(change.started_at)
        return f"{when} · {change.point_code}: {change.before} → {change.after}"

    def _nearest(self, plot: Any, event: tuple[QPointF], count: int) -> int | None:
        position = event[0]
        if not count or not plot.sceneBoundingRect().contains(position):
            return None
        x = plot.plotItem.vb.mapSceneToView(position).x()
        index = round(x)
        return index if 0 <= index < count else None

    def _hover_practice(self, event: tuple[QPointF]) -> None:
        index = self._nearest(self.practice_plot, event, len(self.totals))
        if index is not None:
            QToolTip.showText(QCursor.pos(), self.practice_tooltip(index), self.practice_plot)

    def _hover_change(self, event: tuple[QPointF]) -> None:
        index = self._nearest(self.change_plot, event, len(self.changes))
        if index is not None:
            QToolTip.showText(QCursor.pos(), self.change_tooltip(index), self.change_plot)

    def export_png(self, plot: Any, name: str) -> Path | None:
        from pyqtgraph.exporters import ImageExporter  # noqa: PLC0415

        chosen, _ = self.save_file(self, self.tr("Save Chart"), f"acupressure-{name}.png", self.tr("PNG image (*.png)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        exporter = ImageExporter(plot.plotItem)
        exporter.parameters()["width"] = max(800, int(plot.width()))
        exporter.export(str(path))
        return path
