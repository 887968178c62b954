"""Dates, times and numbers as each locale writes them, and text that reads whole."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextDocument

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.ui.local_format import LocalFormat
from acupressure_desktop.ui.shell.main_window import MainWindow

DAY = date(2026, 11, 27)
EVENING = datetime(2026, 11, 27, 23, 55, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()


def test_the_c_locale_writes_dates_people_can_read() -> None:
    formats = LocalFormat(QLocale.c())
    assert formats.moment(EVENING) == "27/11/2026 23:55"
    assert formats.day_long(DAY) == "Friday, 27 November 2026"
    assert formats.number(1234.5, 1) == "1,234.5"


@pytest.mark.parametrize(
    ("name", "moment", "tick", "weekday", "number", "week_starts"),
    [
        ("de_DE", "27.11.26 23:55", "27.11", "Fr. 27", "1.234,5", 0),
        ("zh_CN", "2026/11/27 23:55", "11/27", "周五 27", "1,234.5", 0),
        ("en_US", "11/27/26 11:55\u202fPM", "11/27", "Fri 27", "1,234.5", 6),
    ],
)
def test_each_locale_writes_dates_numbers_and_weeks_its_own_way(
    name: str, moment: str, tick: str, weekday: str, number: str, week_starts: int
) -> None:
    formats = LocalFormat(QLocale(name))
    assert formats.moment(EVENING) == moment
    assert formats.day_and_month(DAY) == tick
    assert formats.weekday_and_day(DAY) == weekday
    assert formats.number(1234.5, 1) == number
    assert formats.first_weekday == week_starts


def test_the_clock_follows_the_locale_twelve_or_twenty_four_hours() -> None:
    assert LocalFormat(QLocale("en_US")).time(EVENING) == "11:55\u202fPM"  # a narrow no-break space, as CLDR writes it
    assert LocalFormat(QLocale("de_DE")).time(EVENING) == "23:55"


def test_a_hotspot_tooltip_never_breaks_a_point_name(window: MainWindow, catalog: Catalog) -> None:
    window.body_map.show_view("hand_back")
    spot = next(s for s in window.body_map.hotspots() if s.point.code == "LI4")
    document = QTextDocument()
    document.setHtml(spot.toolTip())
    document.setTextWidth(60)  # far narrower than the name: Qt must not wrap inside it
    document.size()  # lays the text out
    assert document.firstBlock().layout().lineCount() == 1
    assert "Union Valley" in document.toPlainText()


def test_an_axis_of_small_values_keeps_its_plain_unit(qtbot) -> None:  # type: ignore[no-untyped-def]
    import pyqtgraph as pg

    from acupressure_desktop.ui.plot_style import label_axis

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    label_axis(plot, "left", "minutes")
    plot.plot([0, 1, 2], [0.002, 0.004, 0.008])  # days of a few seconds each
    plot.show()
    qtbot.waitExposed(plot)
    label = plot.getAxis("left").labelString()
    assert "minutes" in label
    assert "x0" not in label  # pyqtgraph's own choice would be "minutes (x0.001)"


def test_every_mark_on_the_pressure_axis_has_a_word(qtbot) -> None:  # type: ignore[no-untyped-def]
    from acupressure_desktop.practice import SteadyPressure, plan_session
    from acupressure_desktop.ui.practice.pressure_plot import PressurePlot

    plot = PressurePlot(plan_session(SteadyPressure(), ("center",)))
    qtbot.addWidget(plot)
    axis = plot.plot.getAxis("left")
    marks = [mark for level in axis._tickLevels for mark in level]
    assert [label for _value, label in marks] == ["none", "light", "firm"]
    assert "x0" not in plot.plot.getAxis("bottom").labelString()
