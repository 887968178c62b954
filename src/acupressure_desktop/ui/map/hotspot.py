"""One clickable acupressure point drawn on a body diagram."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from acupressure_desktop.catalog import Placement, Point

RADIUS = 6.5  # screen pixels; hotspots keep their size while the diagram zooms
HIT_RADIUS = 11.0  # a little more than drawn, so a finger or a shaky hand still hits it

IDLE = QColor("#2a8c82")
SELECTED = QColor("#d9534f")
RIM = QColor("#ffffff")
REFERENCE_ONLY = QColor("#8a8a8a")


# Qt wraps a tooltip's rich text at a fixed width, which split names like "Union / Valley";
# a paragraph that must not wrap keeps a name whole.
ONE_LINE = "<p style='white-space:nowrap'>"


class Hotspot(QGraphicsObject):
    """A point on a diagram: hover highlights it, a click or Enter activates it."""

    activated = Signal(str)  # point code

    def __init__(self, point: Point, placement: Placement) -> None:
        super().__init__()
        self.point = point
        self.placement = placement
        self._hovered = False
        self._selected = False
        self.setPos(placement.x, placement.y)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        # A dot looks the same at every zoom, so its rendered picture is kept and reused.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(1)
        named = f"<b>{point.code}</b> {point.pinyin} · {point.english}"
        if point.is_self_care:
            described = named
        elif point.reference_only:
            described = self.tr("{point} (reference only)").format(point=named)
        else:
            described = self.tr("{point} (for reference)").format(point=named)
        # A point of several spots (Baxie's four) says which one this is.
        self.spot_label = point.spot_label(placement.part)
        which = escape(self.spot_label) if self.spot_label else ""
        self.setToolTip(f"{ONE_LINE}{described}</p>{which}")

    @property
    def accessible_name(self) -> str:
        sided = {"left": self.tr("{point}, left side"), "right": self.tr("{point}, right side")}
        which = f", {self.spot_label}" if self.spot_label else ""
        named = f"{self.point.code} {self.point.pinyin_plain}, {self.point.english}{which}"
        return sided.get(self.placement.side.value, "{point}").format(point=named)

    @property
    def accessible_description(self) -> str:
        """Where the point is, for a screen reader (the catalog's words)."""
        return self.point.location

    @property
    def is_selected_point(self) -> bool:
        return self._selected

    def set_selected_point(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self.setZValue(2 if selected else 1)
            self.update()

    def boundingRect(self) -> QRectF:
        extent = RADIUS * 2.2 + 2
        return QRectF(-extent, -extent, 2 * extent, 2 * extent)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), HIT_RADIUS, HIT_RADIUS)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = SELECTED if self._selected else IDLE
        radius = RADIUS * (1.2 if self._hovered or self._selected else 1.0)
        if self._hovered or self._selected:
            halo = QColor(colour)
            halo.setAlpha(80)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            painter.drawEllipse(QPointF(0, 0), radius * 1.9, radius * 1.9)
        if self._selected or self.point.is_self_care:
            painter.setPen(QPen(RIM, 2.0))
            painter.setBrush(colour)
        else:
            # A reference entry is a ring: the filled dots are the points with a self-care guide.
            painter.setPen(QPen(REFERENCE_ONLY if self.point.reference_only else colour, 2.5))
            painter.setBrush(RIM)
        painter.drawEllipse(QPointF(0, 0), radius, radius)
        if self.hasFocus():
            pen = QPen(QColor("#1f5fbf"), 2.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), radius * 2.0, radius * 2.0)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            # Act on press: it feels immediate, and a press never turns into a pan by accident.
            event.accept()
            self.activated.emit(self.point.code)
        else:
            super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
