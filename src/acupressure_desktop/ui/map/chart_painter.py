"""One body view as a chart to keep: the drawing, its points, and (if wanted) channels, codes and a measurement.

Painted straight onto any device (an image, an SVG file, a printer page) rather than grabbed from
the screen, so a printed chart has no crowd markers or hover rings, and every point is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTransform

from acupressure_desktop.catalog import Catalog, Side
from acupressure_desktop.catalog.channel_drawing import channels_on
from acupressure_desktop.catalog.measuring import MeasuringStep
from acupressure_desktop.ui.map.channel_style import channel_pen
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.hotspot import IDLE, REFERENCE_ONLY, RIM
from acupressure_desktop.ui.map.measurement_drawing import paint_measurement

TITLE_SHARE = 0.06  # of the page's height, for the title line
DOT_MM = 1.1  # a point's dot on paper, whatever the scale
# Where a code may go round its dot, tried in turn until it overlaps no other code or dot.
LABEL_SPOTS = ((1.4, 0.8), (-1.4, 0.8), (-0.5, -1.4), (-0.5, 2.9), (1.4, -0.9), (-1.4, -0.9), (1.4, 2.3), (-1.4, 2.3))


@dataclass(frozen=True)
class ChartContent:
    """What goes on the chart besides the drawing and its points."""

    channels: frozenset[str] = frozenset()
    codes: bool = False
    measurement: Sequence[MeasuringStep] = field(default_factory=tuple)


@dataclass(frozen=True)
class ChartView:
    """Which view, and whether it is the mirror image (the left side of a one-side view)."""

    view_id: str
    mirrored: bool
    title: str


def paint_chart(
    painter: QPainter, page: QRectF, chart: ChartView, content: ChartContent, catalog: Catalog, library: DiagramLibrary
) -> None:
    """Fit the chart into ``page`` (device units): title on top, the view below, kept in proportion."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    title_height = page.height() * TITLE_SHARE
    font = QFont(painter.font())
    font.setPixelSize(max(8, round(title_height * 0.45)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#222222"))
    painter.drawText(
        QRectF(page.left(), page.top(), page.width(), title_height),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        chart.title,
    )
    box = library.view_box(chart.view_id)
    area = QRectF(page.left(), page.top() + title_height, page.width(), page.height() - title_height)
    scale = min(area.width() / box.width(), area.height() / box.height())
    drawn = QRectF(0, 0, box.width() * scale, box.height() * scale)
    drawn.moveCenter(area.center())
    painter.translate(drawn.topLeft())
    painter.scale(scale, scale)
    painter.translate(-box.left(), -box.top())
    map_x: Callable[[float], float] = (lambda x: box.left() + box.right() - x) if chart.mirrored else (lambda x: x)
    if chart.mirrored:
        painter.save()
        painter.setTransform(QTransform.fromTranslate(box.left() + box.right(), 0).scale(-1, 1), combine=True)
        library.renderer(chart.view_id).render(painter, box)
        painter.restore()
    else:
        library.renderer(chart.view_id).render(painter, box)
    pixel = 1.0 / scale  # one device unit, in the drawing's units
    _paint_channels(painter, chart, content, catalog, library, map_x, pixel)
    _paint_points(painter, chart, content, catalog, map_x, pixel, font)
    if content.measurement:
        paint_measurement(painter, content.measurement, len(content.measurement), pixel, map_x)
    painter.restore()


def _paint_channels(
    painter: QPainter,
    chart: ChartView,
    content: ChartContent,
    catalog: Catalog,
    library: DiagramLibrary,
    map_x: Callable[[float], float],
    pixel: float,
) -> None:
    if not content.channels:
        return
    view = catalog.view(chart.view_id)
    drawn = channels_on(catalog, chart.view_id, library.outline(chart.view_id))
    sides = (view.shows.value, "center") if view.one_side else ("left", "right", "center")
    for side in sides:
        for path in drawn.get(side, []):
            if path.channel not in content.channels:
                continue
            pen = channel_pen(catalog.channel(path.channel), width=2.2)
            pen.setCosmetic(False)
            pen.setWidthF(2.2 * pixel * _device_scale(painter))
            painter.setPen(pen)
            points = [QPointF(map_x(x), y) for x, y in path.samples]
            painter.drawPolyline(points)


def _paint_points(
    painter: QPainter,
    chart: ChartView,
    content: ChartContent,
    catalog: Catalog,
    map_x: Callable[[float], float],
    pixel: float,
    font: QFont,
) -> None:
    view = catalog.view(chart.view_id)
    radius = DOT_MM * _dots_per_mm(painter) * pixel
    label_font = QFont(font)
    label_font.setBold(False)
    label_font.setPixelSize(max(1, round(radius * 2.2)))
    painter.setFont(label_font)
    dots: list[tuple[QPointF, str]] = []
    for point in catalog.points_on(chart.view_id):
        if view.overview and not point.is_self_care:
            continue
        for placement in point.placements:
            centre = placement.side is Side.CENTER
            if placement.view != chart.view_id or not (placement.mirrored == chart.mirrored or centre):
                continue
            at = QPointF(map_x(placement.x), placement.y)
            if point.is_self_care:
                painter.setPen(QPen(RIM, radius * 0.35))
                painter.setBrush(IDLE)
            else:
                painter.setPen(QPen(REFERENCE_ONLY if point.reference_only else IDLE, radius * 0.4))
                painter.setBrush(RIM)
            painter.drawEllipse(at, radius, radius)
            if placement.part == 0:
                dots.append((at, point.code))
    if content.codes:
        _paint_codes(painter, dots, radius)


def _paint_codes(painter: QPainter, dots: list[tuple[QPointF, str]], radius: float) -> None:
    """Each point's code beside its dot, where it covers no other code or dot (or, failing that, at the first spot)."""
    metrics = QFontMetricsF(painter.font())
    taken = [QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius) for at, _ in dots]
    painter.setPen(QColor("#222222"))
    for at, code in dots:
        width, height = metrics.horizontalAdvance(code), metrics.capHeight()
        candidates = []
        for dx, dy in LABEL_SPOTS:
            left = at.x() + dx * radius - (width if dx < 0 else 0)
            candidates.append(QRectF(left, at.y() + dy * radius - height, width, height))
        spot = next((c for c in candidates if not any(c.intersects(t) for t in taken)), candidates[0])
        taken.append(spot)
        painter.drawText(spot.bottomLeft(), code)


def _dots_per_mm(painter: QPainter) -> float:
    device = painter.device()
    return device.logicalDpiX() / 25.4 if device is not None else 96 / 25.4


def _device_scale(painter: QPainter) -> float:
    # Device units per millimetre over those of a 96 dpi screen: a line keeps its width on paper.
    return _dots_per_mm(painter) / (96 / 25.4)
