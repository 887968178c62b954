"""A marker standing for hotspots too close together to click apart at the current zoom."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from acupressure_desktop.ui.map.hotspot import IDLE, ONE_LINE, RIM, SELECTED, Hotspot

RADIUS = 11.0  # screen pixels, a little larger than a hotspot so it reads as "several"


class ClusterMarker(QGraphicsObject):
    """Shows how many points crowd here; a click or Enter asks to choose among them."""

    choose_requested = Signal(object)  # this marker

    def __init__(self, members: list[Hotspot]) -> None:
        super().__init__()
        self.members = members
        self.setPos(sum(m.pos().x() for m in members) / len(members), sum(m.pos().y() for m in members) / len(members))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # the same at every zoom
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(3)
        # The spots of one point of several (Sishencong's four) count as that one point.
        self.points = list({m.point.code: m.point for m in members}.values())
        if len(self.points) == 1:
            point = self.points[0]
            self.setToolTip(
                self.tr("<b>{code}</b> {name}: %n spot(s) close together (click to show it)", "", len(members)).format(
                    code=point.code, name=point.english
                )
            )
        else:
            names = "".join(f"{ONE_LINE}<b>{p.code}</b> {p.english}</p>" for p in self.points)
            crowd = self.tr("%n point(s) close together (click to choose, or zoom in):", "", len(self.points))
            self.setToolTip(f"{crowd}{names}")

    @property
    def accessible_name(self) -> str:
        if len(self.points) == 1:
            point = self.points[0]
            return self.tr("{code} {pinyin}, {name}: %n spot(s) close together", "", len(self.members)).format(
                code=point.code, pinyin=point.pinyin_plain, name=point.english
            )
        codes = ", ".join(p.code for p in self.points)
        return self.tr("%n point(s) close together: {codes}", "", len(self.points)).format(codes=codes)

    @property
    def accessible_description(self) -> str:
        """What pressing Enter does here."""
        return self.tr("Press Enter to choose one of them, or zoom in to see them apart.")

    def boundingRect(self) -> QRectF:
        extent = RADIUS + 3
        return QRectF(-extent, -extent, 2 * extent, 2 * extent)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), RADIUS + 2, RADIUS + 2)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = any(m.is_selected_point for m in self.members)
        painter.setPen(QPen(RIM, 2.0))
        painter.setBrush(SELECTED if selected else IDLE)
        painter.drawEllipse(QPointF(0, 0), RADIUS, RADIUS)
        painter.setPen(QColor("#ffffff"))
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(12)
        painter.setFont(font)
        painter.drawText(
            QRectF(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS), Qt.AlignmentFlag.AlignCenter, str(len(self.points))
        )
        if self.hasFocus():
            painter.setPen(QPen(QColor("#1f5fbf"), 2.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), RADIUS + 4, RADIUS + 4)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.choose_requested.emit(self)
        else:
            super().mousePressEvent(event)

    def focusInEvent(self, event: object) -> None:
        self.update()

    def focusOutEvent(self, event: object) -> None:
        self.update()
