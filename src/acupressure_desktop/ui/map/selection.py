"""The point the user is looking at, shared by the map, the panel and search."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class PointSelection(QObject):
    """Holds the selected point code; every view follows ``changed``."""

    changed = Signal(str)  # the new code, or "" when nothing is selected

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._code = ""

    @property
    def code(self) -> str:
        return self._code

    def select(self, code: str) -> None:
        if code != self._code:
            self._code = code
            self.changed.emit(code)

    def clear(self) -> None:
        self.select("")
