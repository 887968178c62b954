"""RIGHT and LEFT written on a diagram by the app, so a mirrored drawing still reads the right way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget


class SideLabel(QGraphicsItem):
    """ "RIGHT" or "LEFT" in a top corner of the diagram, the same size on screen at any zoom."""

    _MARGIN = 6.0

    def __init__(self, side: str, corner: Qt.Corner, font: QFont, palette: QPalette) -> None:
        super().__init__()
        self.side = side
        written = {
            "left": QCoreApplication.translate("SideLabel", "LEFT"),
            "right": QCoreApplication.translate("SideLabel", "RIGHT"),
        }
        self.text = written.get(side, side.upper())
        self._corner = corner
        self._font = QFont(font)
        self._font.setBold(True)
        self._font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self._palette = palette
        self._size = QFontMetricsF(self._font).boundingRect(self.text).size()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(0.8)
        tips = {
            "left": QCoreApplication.translate("SideLabel", "The person's left side"),
            "right": QCoreApplication.translate("SideLabel", "The person's right side"),
        }
        self.setToolTip(tips.get(side, ""))

    def boundingRect(self) -> QRectF:
        width, height = self._size.width() + 2 * self._MARGIN, self._size.height() + 2 * self._MARGIN
        left = -width if self._corner == Qt.Corner.TopRightCorner else 0.0
        return QRectF(left, 0.0, width, height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        colour = QColor(self._palette.color(QPalette.ColorRole.Text))
        colour.setAlpha(170)
        painter.setFont(self._font)
        painter.setPen(colour)
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, self.text)
