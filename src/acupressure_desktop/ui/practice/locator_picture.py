"""A close-up of where a point is, redrawn to fill whatever room the page gives it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent, QTransform
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from acupressure_desktop.catalog import Placement
from acupressure_desktop.ui.map.diagrams import DiagramLibrary

PREFERRED = QSize(300, 220)
SMALLEST = QSize(220, 160)
REDRAW_STEP_PX = 6  # small resizes keep the drawn picture: no redraw on every pixel of a drag


class LocatorPicture(QLabel):
    """The point ringed on the region around it, at the size of the label (never a blurry scale-up)."""

    def __init__(self, library: DiagramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._placement: Placement | None = None
        self._mirrored = False
        self._drawn = QSize()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(SMALLEST)

    def show_placement(self, placement: Placement, mirrored: bool = False) -> None:
        """Draw ``placement``; ``mirrored`` shows the body's other side (the diagrams show the right)."""
        self._placement, self._mirrored = placement, mirrored
        self._redraw()

    def sizeHint(self) -> QSize:
        return PREFERRED

    def minimumSizeHint(self) -> QSize:
        # Not the pixmap's size: the picture follows the label, never the other way round.
        return SMALLEST

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        change = event.size() - self._drawn
        if abs(change.width()) >= REDRAW_STEP_PX or abs(change.height()) >= REDRAW_STEP_PX:
            self._redraw()

    def _redraw(self) -> None:
        if self._placement is None:
            return
        size = self.size().expandedTo(SMALLEST)
        picture = self._library.locator(self._placement, size)
        self.setPixmap(picture.transformed(QTransform().scale(-1, 1)) if self._mirrored else picture)
        self._drawn = size
