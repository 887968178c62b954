"""Draws a point's measurement: the landmark it starts from, a line with a tick per cun, the point.

One painter function serves the body map and the panel's close-up picture alike; it draws in the
diagram's own units, with ``pixel`` the size of one screen pixel in them, so lines and type keep
their size at any zoom.
"""

from __future__ import annotations

import functools
import math
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from acupressure_desktop.catalog.atlas.geometry import Vec
from acupressure_desktop.catalog.measuring import MeasuringStep, cun_text, finger_label
from acupressure_desktop.ui.map.diagrams import draw_marker

DONE = QColor("#1f6fb2")  # steps already taken
NOW = QColor("#c05a00")  # the step being shown
HALO = QColor(255, 255, 255, 230)
TICK_PX = 7.0
LABEL_PX = 11.0
LABEL_CHARS = 18  # a landmark's name is wrapped to lines about this long


def paint_measurement(
    painter: QPainter,
    steps: Sequence[MeasuringStep],
    shown: int,
    pixel: float,
    map_x: Callable[[float], float] = lambda x: x,
) -> None:
    """Draw ``steps[:shown]`` (all of them if ``shown`` is larger); the last one drawn stands out."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPixelSize(max(1, round(LABEL_PX)))
    font.setBold(True)
    count = min(shown, len(steps))
    for index, step in enumerate(steps[:count]):
        ink = _Ink(NOW if index == count - 1 else DONE, pixel, map_x, font)
        if step.trace is not None:
            _draw_move(painter, step, ink)
        elif step.marks:
            _draw_start(painter, step, ink)
        else:
            draw_marker(painter, _at(step.at, map_x), 7.0 * pixel)
    painter.restore()


def measurement_bounds(steps: Sequence[MeasuringStep]) -> QRectF:
    """Everything the measurement draws, in diagram units (before any mirroring)."""
    places: list[Vec] = [step.at for step in steps]
    for step in steps:
        places += [at for at, _ in step.marks]
        if step.trace is not None:
            places += list(step.trace.route)
    xs, ys = [x for x, _ in places], [y for _, y in places]
    return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _at(place: Vec, map_x: Callable[[float], float]) -> QPointF:
    return QPointF(map_x(place[0]), place[1])


def _pen(colour: QColor, width_px: float, pixel: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width_px * pixel, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


@dataclass(frozen=True)
class _Ink:
    """How one step is drawn: its colour, the size of a screen pixel, the mirroring, the type."""

    colour: QColor
    pixel: float
    map_x: Callable[[float], float]
    font: QFont


def _draw_start(painter: QPainter, step: MeasuringStep, ink: _Ink) -> None:
    colour, pixel, map_x, font = ink.colour, ink.pixel, ink.map_x, ink.font
    marks = [(_at(at, map_x), name) for at, name in step.marks]
    if len(marks) == 2:
        painter.setPen(_pen(colour, 1.5, pixel, Qt.PenStyle.DashLine))
        painter.drawLine(marks[0][0], marks[1][0])
    painter.setBrush(Qt.BrushStyle.NoBrush)
    ahead = _at(step.at, map_x)
    for centre, name in marks:
        painter.setPen(_pen(colour, 2.5, pixel))
        painter.drawEllipse(centre, 6 * pixel, 6 * pixel)
        # The name goes on the far side from where the measure heads, clear of the line.
        to_left = len(marks) == 2 and centre.x() < ahead.x()
        _label(
            painter, centre + QPointF((-10 if to_left else 10) * pixel, -6 * pixel), name, colour, pixel, font, to_left
        )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(_at(step.at, map_x), 3 * pixel, 3 * pixel)


def _draw_move(painter: QPainter, step: MeasuringStep, ink: _Ink) -> None:
    colour, pixel, map_x, font = ink.colour, ink.pixel, ink.map_x, ink.font
    trace = step.trace
    assert trace is not None
    route = [_at(place, map_x) for place in trace.route]
    line = QPainterPath(route[0])
    for place in route[1:]:
        line.lineTo(place)
    counted = trace.cun is not None and trace.unit is not None
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(
        _pen(colour, 3.0 if counted else 2.0, pixel, Qt.PenStyle.SolidLine if counted else Qt.PenStyle.DotLine)
    )
    painter.drawPath(line)
    if not counted:
        return
    assert trace.cun is not None and trace.unit is not None
    length = line.length()
    whole = math.floor(abs(trace.cun) + 1e-6)
    # A tick at the start and after every whole cun, and a longer one where the count ends.
    spots = [min(1.0, k * trace.unit / length) for k in range(whole + 1)] if length > 0 else [0.0]
    painter.setPen(_pen(colour, 2.0, pixel))
    for share in [*spots, 1.0]:
        reach = (TICK_PX * 1.6 if share == 1.0 else TICK_PX) * pixel
        centre = line.pointAtPercent(line.percentAtLength(share * length))
        angle = math.radians(line.angleAtPercent(line.percentAtLength(share * length)))
        across = QPointF(-math.sin(angle), -math.cos(angle)) * reach
        painter.drawLine(centre - across, centre + across)
    middle = line.pointAtPercent(0.5)
    angle = math.radians(line.angleAtPercent(0.5))
    away = QPointF(-math.sin(angle), -math.cos(angle))
    if away.x() > 0:
        away = -away  # the count is written to the left of the line (above a level one), clear of it
    beside = middle + away * (14 * pixel) + QPointF(0, 4 * pixel)
    fingers = finger_label(trace.cun)
    count = f"{cun_text(trace.cun)} = {fingers}" if fingers else cun_text(trace.cun)
    _label(painter, beside, count, colour, pixel, font, to_left=True)


def _label(
    painter: QPainter, at: QPointF, text: str, colour: QColor, pixel: float, font: QFont, to_left: bool = False
) -> None:
    """Text with a white halo, readable over any part of the drawing; long names on a few short lines."""
    painter.save()
    painter.translate(at)
    painter.scale(pixel, pixel)
    path = _text_path(text, font.toString(), to_left)
    painter.setPen(QPen(HALO, 4.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(path)
    painter.restore()


@functools.lru_cache(maxsize=128)
def _text_path(text: str, font_description: str, to_left: bool) -> QPainterPath:
    """The outline of a label's text, wrapped; kept, since a zoom repaints every label each step."""
    font = QFont()
    font.fromString(font_description)
    path = QPainterPath()
    metrics = QFontMetricsF(font)
    for row, line in enumerate(textwrap.wrap(text, LABEL_CHARS) or [text]):
        x = -metrics.horizontalAdvance(line) if to_left else 0.0
        path.addText(QPointF(x, row * metrics.lineSpacing()), font, line)
    return path
