"""The quiz's body view: the drawing alone (no points to give the answer away), clicked or keyed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen, QResizeEvent
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from acupressure_desktop.catalog import Placement
from acupressure_desktop.catalog.measuring import MeasuringStep
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.hotspot import SELECTED
from acupressure_desktop.ui.map.measuring_guide import MeasurementItem
from acupressure_desktop.ui.shell import key_map as keys

CROSSHAIR = QColor("#1f5fbf")
STEP_PX = 8.0  # an arrow key moves the crosshair this far on screen; with Shift, a pixel


class QuizDiagram(QGraphicsView):
    """Shows one view; in Locate mode a click, or Enter at the crosshair, is the answer."""

    answered = Signal(float, float)  # where, in the drawing's units

    def __init__(self, library: DiagramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Body view for the quiz"))
        self.accepting = False
        self.crosshair: QGraphicsItem | None = None

    def show_view(self, view_id: str, locate: bool) -> None:
        """A fresh view; ``locate``: waiting for a click, the crosshair in the middle for the keys."""
        self._scene.clear()
        drawing = QGraphicsSvgItem()
        drawing.setSharedRenderer(self._library.renderer(view_id))
        box = self._library.view_box(view_id)
        drawing.setPos(box.topLeft())
        self._scene.addItem(drawing)
        self._scene.setSceneRect(box)
        self.accepting = locate
        self.crosshair = None
        if locate:
            self.crosshair = _crosshair()
            self.crosshair.setPos(box.center())
            self._scene.addItem(self.crosshair)
        self.fitInView(box, Qt.AspectRatioMode.KeepAspectRatio)

    def show_spot(self, placement: Placement) -> None:
        """Mark a point's spot (the one asked about, or the right answer)."""
        marker = QGraphicsEllipseItem(QRectF(-7, -7, 14, 14))
        marker.setBrush(SELECTED)
        marker.setPen(QPen(QColor("#ffffff"), 2))
        marker.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        marker.setPos(placement.x, placement.y)
        marker.setZValue(3)
        self._scene.addItem(marker)

    def show_answer(self, click: tuple[float, float], answer: Placement, measurement: Sequence[MeasuringStep]) -> None:
        """After a Locate answer: the click, the right spot, the line between, and how it is measured."""
        self.accepting = False
        if self.crosshair is not None:
            self.crosshair.setPos(*click)
        line = QGraphicsLineItem(click[0], click[1], answer.x, answer.y)
        pen = QPen(CROSSHAIR, 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        line.setPen(pen)
        self._scene.addItem(line)
        if measurement:
            item = MeasurementItem(measurement, lambda x: x)
            item.show_steps(len(measurement))
            self._scene.addItem(item)
        self.show_spot(answer)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.accepting and event.button() == Qt.MouseButton.LeftButton:
            spot = self.mapToScene(event.position().toPoint())
            self.answered.emit(spot.x(), spot.y())
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        key = Qt.Key(event.key())
        aiming = keys.QUIZ_AIM.matches(event, ignoring=Qt.KeyboardModifier.ShiftModifier)
        if self.accepting and self.crosshair is not None and aiming:
            step = (1.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else STEP_PX) / self.transform().m11()
            dx, dy = moves[key]
            self.crosshair.setPos(self.crosshair.pos() + QPointF(dx * step, dy * step))
            return
        if self.accepting and self.crosshair is not None and keys.QUIZ_NEXT.matches(event):
            self.answered.emit(self.crosshair.pos().x(), self.crosshair.pos().y())
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


def _crosshair() -> QGraphicsItem:
    group = QGraphicsEllipseItem(QRectF(-9, -9, 18, 18))
    pen = QPen(CROSSHAIR, 2)
    group.setPen(pen)
    for x1, y1, x2, y2 in ((-15, 0, -4, 0), (4, 0, 15, 0), (0, -15, 0, -4), (0, 4, 0, 15)):
        QGraphicsLineItem(x1, y1, x2, y2, group).setPen(pen)
    group.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    group.setZValue(4)
    return group
