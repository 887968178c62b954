"""Key sequences for actions, each bound once."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def distinct_sequences(shortcuts: tuple[Shortcut, ...]) -> list[QKeySequence]:
    """Every key sequence once: a platform's standard key often equals our extra one, and Qt
    ignores a shortcut that is bound twice ("ambiguous") instead of triggering it."""
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            candidates = QKeySequence.keyBindings(shortcut)
        else:
            candidates = [QKeySequence(shortcut)]
        sequences += [s for s in candidates if not s.isEmpty() and s not in sequences]
    return sequences
