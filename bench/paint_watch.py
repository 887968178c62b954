"""Timing a change until a widget has painted it (import after ``prepare_environment``)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class PaintWatch(QObject):
    """Times from a change to the next paint of ``widget``, the events a user's loop would run between."""

    def __init__(self, app: QApplication, widget: QWidget) -> None:
        super().__init__(widget)
        self._app = app
        self._painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._painted = True
        return False

    def time(self, change: Callable[[], object], limit_s: float = 2.0) -> float:
        """Milliseconds from calling ``change`` until the widget has painted."""
        self._painted = False
        start = time.perf_counter()
        change()
        while not self._painted:
            self._app.processEvents()
            if time.perf_counter() - start > limit_s:
                raise SystemExit(f"nothing painted within {limit_s:g} s of {change}")
        return (time.perf_counter() - start) * 1000
