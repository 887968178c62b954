"""Drawings of the finger measures: the thumb's width, and two, three or four fingers side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPixmap

SKIN = QColor("#f2dccc")
LINE = QColor("#7a5a4a")
NAIL = QColor("#fbeee6")
MEASURE = QColor("#1f6fb2")
# Each finger measure: how many digits are drawn (1 is the thumb) and the cun they span.
FINGER_MEASURES = ((1, 1.0), (2, 1.5), (3, 2.0), (4, 3.0))
DRAWING = QSize(200, 170)


def finger_picture(digits: int, cun: float, size: QSize = DRAWING) -> QPixmap:
    """The digits seen from the back of the hand, side by side, with the width they measure bracketed."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    thumb = digits == 1
    width = 52.0 if thumb else 32.0
    lengths = (92.0,) if thumb else (96.0, 110.0, 104.0, 84.0)[:digits]
    total = width * digits
    left = (size.width() - total) / 2
    base = size.height() - 58.0  # where the fingers leave the hand
    # The middle joint (or the knuckles for four fingers): where the width is taken.
    joint = base - 40.0
    for index in range(digits):
        x = left + index * width
        _finger(painter, QRectF(x + 1, base - lengths[index], width - 2, lengths[index]), joint)
    painter.setPen(QPen(MEASURE, 2.0))
    painter.drawLine(QPointF(left, joint), QPointF(left + total, joint))
    for x in (left, left + total):
        painter.drawLine(QPointF(x, joint - 7), QPointF(x, joint + 7))
    font = QFont(painter.font())
    font.setPixelSize(15)
    font.setBold(True)
    painter.setFont(font)
    span = QCoreApplication.translate("FingerDrawings", "{cun} cun").format(cun=f"{cun:g}")
    painter.drawText(QRectF(0, base + 28, size.width(), 28), Qt.AlignmentFlag.AlignCenter, span)
    painter.end()
    return QPixmap.fromImage(image)


def _finger(painter: QPainter, rect: QRectF, joint: float) -> None:
    outline = QPainterPath()
    radius = rect.width() / 2
    outline.addRoundedRect(rect.adjusted(0, 0, 0, radius), radius, radius)
    painter.setPen(QPen(LINE, 1.6))
    painter.setBrush(SKIN)
    painter.drawPath(outline)
    nail = QRectF(rect.left() + rect.width() * 0.22, rect.top() + 5, rect.width() * 0.56, rect.width() * 0.62)
    painter.setBrush(NAIL)
    painter.setPen(QPen(LINE, 1.0))
    painter.drawRoundedRect(nail, nail.width() / 2.5, nail.width() / 2.5)
    # The crease of the joint, where the width is read.
    painter.setPen(QPen(LINE, 1.0, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(rect.left() + 4, joint), QPointF(rect.right() - 4, joint))
