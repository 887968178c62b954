"""A circle that grows on the in-breath and shrinks on the out-breath."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class BreathingPacer(QWidget):
    """Draws lung fullness 0..1 as a soft circle; the caption says in or out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fullness = 0.0
        self._rising = True
        self.setMinimumSize(QSize(120, 120))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing guide"))

    @property
    def fullness(self) -> float:
        return self._fullness

    @property
    def caption(self) -> str:
        return self.tr("Breathe in") if self._rising else self.tr("Breathe out")

    def set_fullness(self, value: float) -> None:
        value = min(1.0, max(0.0, value))
        if abs(value - self._fullness) > 1e-4:
            self._rising = value > self._fullness
            self._fullness = value
            self.setAccessibleDescription(self.caption)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height() - 24)
        centre = QPointF(self.width() / 2, (self.height() - 24) / 2)
        largest = side / 2 - 4
        radius = largest * (0.35 + 0.65 * self._fullness)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        ring = QColor(accent)
        ring.setAlpha(60)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ring)
        painter.drawEllipse(centre, largest, largest)
        fill = QColor(accent)
        fill.setAlpha(170)
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(0, self.height() - 22, self.width(), 20, Qt.AlignmentFlag.AlignCenter, self.caption)
        painter.end()
