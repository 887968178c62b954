"""What a guided session needs from the rest of the app, and the question asked before stopping one."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QMessageBox, QWidget

from acupressure_desktop.history import History
from acupressure_desktop.ui.guidance.safety_controller import SafetyController
from acupressure_desktop.ui.practice.sound_cues import PhaseSpeaker, SoundCues
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore


@dataclass
class SessionServices:
    """What a session needs from the rest of the app, passed in rather than looked up."""

    settings: PreferencesStore
    history: History
    sounds: SoundCues | None = None
    speaker: PhaseSpeaker | None = None
    clock: Callable[[], float] = field(default=time.monotonic)
    safety: SafetyController = field(default_factory=SafetyController)
    sound_problem_told: bool = False  # say "no sound" once per run, not at every session
    backup_problem: str = ""  # today's backup failed: said once, when the history opens


def ask_to_stop(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        "Stop the session?",
        "Stop this session now? What you have done so far is kept in your history.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
