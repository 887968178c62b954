"""What a practice window needs from the rest of the app, and the question asked before stopping one."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget

from acupressure_desktop.history import History
from acupressure_desktop.ui.guidance.safety_controller import SafetyController
from acupressure_desktop.ui.practice.sound_cues import PhaseSpeaker, SoundCues
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore


@dataclass(frozen=True)
class PracticeContext:
    """What a session, routine or mat session needs from the rest of the app, passed in by ``build_app``."""

    settings: PreferencesStore
    history: History
    sounds: SoundCues
    speaker: PhaseSpeaker
    safety: SafetyController
    clock: Callable[[], float] = time.monotonic


def ask_to_stop(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        "Stop the session?",
        "Stop this session now? What you have done so far is kept in your history.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
