"""Practice windows belong to the main window: shown over its centre, never as windows of their own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

# Room for the curve, the countdown and the buttons without squeezing the guidance text.
MINIMUM_PRACTICE_SIZE = (640, 480)
PRACTICE_WINDOW_FLAGS = Qt.WindowType.Dialog


def show_over(window: QWidget, owner: QWidget) -> None:
    """Show ``window`` centred over ``owner`` (a dialog of it: no taskbar entry of its own)."""
    window.setMinimumSize(*MINIMUM_PRACTICE_SIZE)
    window.show()
    frame = window.frameGeometry()
    frame.moveCenter(owner.frameGeometry().center())
    window.move(frame.topLeft())
