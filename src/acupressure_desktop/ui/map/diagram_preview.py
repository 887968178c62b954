"""A plain picture of one diagram, shown while the point catalog is still loading."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

# The body map leaves the same margin around a fitted diagram, so the swap does not jump.
FIT_MARGIN = 0.02


class DiagramPreview(QWidget):
    """Draws an SVG fitted to the widget; says once when it has been painted."""

    painted = Signal()

    def __init__(self, svg_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(str(svg_file))
        self._renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._announced = False
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAccessibleName("Body map (loading points)")

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer.isValid():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            box = self._renderer.viewBoxF()
            margin = max(box.width(), box.height()) * FIT_MARGIN
            padded = box.adjusted(-margin, -margin, margin, margin)
            scale = min(self.width() / padded.width(), self.height() / padded.height())
            target = QRectF(0, 0, box.width() * scale, box.height() * scale)
            target.moveCenter(QRectF(self.rect()).center())
            self._renderer.render(painter, target)
            painter.end()
        if not self._announced:
            self._announced = True
            self.painted.emit()
