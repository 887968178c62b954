"""Combo boxes that may be narrower than their longest item, so rows of them fit large fonts."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

# Room for the arrow and the frame beside the text.
_ARROW = 36


def shrinkable(combo: QComboBox, characters: int = 10) -> QComboBox:
    """``combo`` as wide as its items where there is room, and down to ``characters`` where not.

    A set minimum width takes the place of Qt's minimum (the longest item), so a row of filters
    at twice the font size fits the window; the combo elides what no longer fits.
    """
    combo.setMinimumWidth(combo.fontMetrics().averageCharWidth() * characters + _ARROW)
    return combo
