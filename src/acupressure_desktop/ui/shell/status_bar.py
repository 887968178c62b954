"""A status bar whose messages end in "…" rather than running into today's progress beside them."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStatusBar, QWidget

# Qt's own gap between the message and the permanent widgets, and the bar's margins.
_GAPS = 24


class ElidingStatusBar(QStatusBar):
    """Shows each message whole when it fits and cut with "…" when it does not, cut again as the
    window is resized; the whole text stays in the tooltip and in ``full_message``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.full_message = ""
        self._until = 0.0  # when the message goes (monotonic seconds); 0 while it stays
        self.messageChanged.connect(self._cleared)

    def addPermanentWidget(self, widget: QWidget, /, stretch: int | None = 0) -> None:
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch or 0)

    def showMessage(self, text: str, /, timeout: int | None = 0) -> None:
        self.full_message = text
        self._until = time.monotonic() + timeout / 1000 if timeout else 0.0
        self._show(timeout or 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.full_message and self.currentMessage():
            left = round((self._until - time.monotonic()) * 1000) if self._until else 0
            if not self._until or left > 0:
                self._show(left)

    def _show(self, timeout: int) -> None:
        text = self.full_message
        room = self.width() - sum(w.sizeHint().width() for w in self._permanent if w.isVisible()) - _GAPS
        shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room) if room > 0 else text
        self.setToolTip(text if shown != text else "")
        super().showMessage(shown, timeout)

    def _cleared(self, message: str) -> None:
        if not message:
            self.full_message = ""
            self._until = 0.0
            self.setToolTip("")
