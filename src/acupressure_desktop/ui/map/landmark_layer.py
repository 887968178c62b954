"""The landmarks a diagram draws, named on request, so a learner sees what "cubital crease" means."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from acupressure_desktop.catalog.atlas.geometry import Vec, ViewGeometry

LANDMARK = QColor("#1f6fb2")
DOT_RADIUS = 3.5  # screen pixels, smaller than a point's hotspot so the two are not confused
Z_VALUE = 0.5  # above the drawing, below the points
MapX = Callable[[float], float]


class LandmarkDot(QGraphicsItem):
    """A small ring where a landmark is; its name shows as a tooltip even when its label is hidden."""

    def __init__(self, at: Vec, label: str) -> None:
        super().__init__()
        self.setPos(*at)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_VALUE)
        self.setToolTip(label)

    def boundingRect(self) -> QRectF:
        extent = DOT_RADIUS + 2
        return QRectF(-extent, -extent, 2 * extent, 2 * extent)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(LANDMARK)
        painter.drawEllipse(QPointF(0, 0), DOT_RADIUS, DOT_RADIUS)


class LandmarkLabel(QGraphicsItem):
    """A landmark's plain-English name on a soft plate, always the same size on screen."""

    _PAD = 3.0

    def __init__(self, at: Vec, label: str, font: QFont, palette: QPalette, to_left: bool = False) -> None:
        super().__init__()
        self.text = short_name(label)
        self.setToolTip(label)
        self.prefers_left = to_left
        self._place = "left" if to_left else "right"
        self._font = font
        self._palette = palette
        metrics = QFontMetricsF(font)
        self._text_rect = metrics.boundingRect(self.text)
        self.setPos(*at)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_VALUE + 0.1)

    def boundingRect(self) -> QRectF:
        # Beside the dot (by default away from the middle of the picture), or above or below it.
        width = self._text_rect.width() + 2 * self._PAD
        height = self._text_rect.height() + 2 * self._PAD
        gap = DOT_RADIUS + 3
        if self._place == "left":
            return QRectF(-gap - width, -height / 2, width, height)
        if self._place == "above":
            return QRectF(-width / 2, -gap - height, width, height)
        if self._place == "below":
            return QRectF(-width / 2, gap, width, height)
        return QRectF(gap, -height / 2, width, height)

    def places(self) -> tuple[str, ...]:
        """Where the label may go, best first."""
        first, second = ("left", "right") if self.prefers_left else ("right", "left")
        return (first, second, "above", "below")

    def set_place(self, place: str) -> None:
        if place != self._place:
            self.prepareGeometryChange()
            self._place = place

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        plate = QColor(self._palette.color(QPalette.ColorRole.Base))
        plate.setAlpha(215)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(LANDMARK, 1.0))
        painter.setBrush(plate)
        rect = self.boundingRect()
        painter.drawRoundedRect(rect, 3, 3)
        painter.setFont(self._font)
        painter.setPen(self._palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)


class LandmarkLayer:
    """Every landmark and measuring line of one view, built on first use and shown or hidden whole."""

    def __init__(
        self,
        geometry: ViewGeometry,
        map_x: MapX,
        centre_x: float,
        palette: QPalette,
        font: QFont,
        named_first: frozenset[str] = frozenset(),
    ) -> None:
        self.dots: list[LandmarkDot] = []
        self.lines: list[QGraphicsPathItem] = []
        self.labels: list[LandmarkLabel] = []
        label_first: list[bool] = []
        label_font = QFont(font)
        label_font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        # Where labels crowd, those in ``named_first`` (what the view's points are measured from)
        # win, then the upper one of two.
        for name, landmark in sorted(
            geometry.landmarks.items(),
            key=lambda item: (item[0] not in named_first, _first(item[1].at, item[1].right, item[1].left)[1]),
        ):
            spots = [s for s in (landmark.at, landmark.right, landmark.left) if s is not None]
            for index, (x, y) in enumerate(spots):
                at = (map_x(x), y)
                self.dots.append(LandmarkDot(at, landmark.label))
                # A pair is named once, on the person's right (or the one side drawn).
                if index == 0:
                    label = LandmarkLabel(at, landmark.label, label_font, palette, at[0] < centre_x)
                    self.labels.append(label)
                    label_first.append(name in named_first)
        line_labels: list[tuple[bool, LandmarkLabel]] = []
        pen = QPen(LANDMARK, 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        for line_name, line in geometry.lines.items():
            sides = [s for s in (line.points, line.right, line.left) if s is not None]
            for index, polyline in enumerate(sides):
                path = QPainterPath(QPointF(map_x(polyline[0][0]), polyline[0][1]))
                for x, y in polyline[1:]:
                    path.lineTo(map_x(x), y)
                item = QGraphicsPathItem(path)
                item.setPen(pen)
                item.setZValue(Z_VALUE - 0.1)
                item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                item.setToolTip(line.label)
                self.lines.append(item)
                if index == 0:
                    x, y = polyline[len(polyline) // 2]
                    at = (map_x(x), y)
                    line_labels.append(
                        (line_name in named_first, LandmarkLabel(at, line.label, label_font, palette, at[0] < centre_x))
                    )
        # Named lines the points use come after the named landmarks, before the rest.
        used = sum(label_first)
        self.labels[used:used] = [label for first, label in line_labels if first]
        self.labels += [label for first, label in line_labels if not first]

    def items(self) -> Iterable[QGraphicsItem]:
        yield from self.lines
        yield from self.dots
        yield from self.labels

    def set_visible(self, visible: bool) -> None:
        for item in self.items():
            item.setVisible(visible)

    def declutter(
        self, screen_rect: Callable[[QGraphicsItem], QRectF], screen: QRectF, keep_clear: Iterable[QRectF] = ()
    ) -> None:
        """Each label beside its dot where it fits on ``screen`` and covers no other label and none
        of ``keep_clear`` (the points); else hidden. Zooming in spreads the dots and brings labels back.
        """
        taken: list[QRectF] = list(keep_clear)
        for label in self.labels:
            shown = False
            for place in label.places():
                label.set_place(place)
                rect = screen_rect(label)
                if screen.contains(rect) and not any(rect.intersects(other) for other in taken):
                    taken.append(rect)
                    shown = True
                    break
            if not shown:
                label.set_place(label.places()[0])
            label.setVisible(shown)

    def shown_labels(self) -> list[str]:
        return [label.text for label in self.labels if label.isVisible()]


def short_name(label: str) -> str:
    """A label short enough to sit on the map: the anatomical terms in brackets stay in the tooltip."""
    plain = re.sub(r"\s*\([^)]*\)", "", label).strip()
    if len(plain) > 36 and ", " in plain:
        plain = plain.split(", ")[0]
    return plain


def _first(*spots: Vec | None) -> Vec:
    return next(s for s in spots if s is not None)
