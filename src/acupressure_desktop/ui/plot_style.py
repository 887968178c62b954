"""Colours for pyqtgraph plots, taken from the Qt palette so plots follow light and dark."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class PlotColours:
    background: QColor
    text: QColor
    accent: QColor
    muted: QColor


def label_axis(plot: Any, side: str, text: str) -> None:
    """Name an axis in plain units: pyqtgraph would otherwise rescale small values and write
    "minutes (x0.001)" when every day is under a minute."""
    axis = plot.getAxis(side)
    axis.enableAutoSIPrefix(False)
    plot.setLabel(side, text)


def style_plots(palette: QPalette, *plots: Any) -> PlotColours:
    """Give plots the palette's background and axis colours; returns the colours for their curves."""
    import pyqtgraph as pg  # noqa: PLC0415 - only where plots exist

    text = palette.color(QPalette.ColorRole.WindowText)
    muted = QColor(text)
    muted.setAlpha(115)
    colours = PlotColours(
        background=palette.color(QPalette.ColorRole.Base),
        text=text,
        accent=palette.color(QPalette.ColorRole.Highlight),
        muted=muted,
    )
    for plot in plots:
        plot.setBackground(colours.background)
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setPen(pg.mkPen(colours.muted))
            plot.getAxis(axis).setTextPen(pg.mkPen(colours.text))
    return colours
