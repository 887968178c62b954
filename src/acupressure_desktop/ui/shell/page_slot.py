"""A tab that builds its page the first time the user opens it (or something asks for the page)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PageSlot(QWidget):
    """Holds the place of a page in the main window's tabs until it is first needed.

    The window then appears as soon as the body map is ready; the other pages, with their data and
    imports, cost nothing until they are looked at. ``built`` says when the page exists.
    """

    built = Signal(QWidget)

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        """The page, built now if it was not yet."""
        if self._page is None:
            self._page = self._factory()
            self._layout.addWidget(self._page)
            # At once, not on the next turn of the event loop as a layout would: the tab is opening now.
            self._page.show()
            self.built.emit(self._page)
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        self.page()
        super().showEvent(event)
