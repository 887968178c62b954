"""What a practice window needs from the rest of the app, and the question asked before stopping one."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from acupressure_desktop.history import History
from acupressure_desktop.ui.confirmation import confirm
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
    """Ask before stopping, with buttons that say what they do; keeping going is the default."""
    return confirm(
        parent,
        QCoreApplication.translate("PracticeContext", "Stop the Session?"),
        QCoreApplication.translate("PracticeContext", "Stop now?"),
        QCoreApplication.translate("PracticeContext", "Stop Session"),
        QCoreApplication.translate(
            "PracticeContext",
            "What you have done so far is kept in your history. The session is paused while you decide.",
        ),
        keep=QCoreApplication.translate("PracticeContext", "Keep Going"),
    )


def ask_while_paused(paused: Callable[[], bool], toggle_pause: Callable[[], None], ask: Callable[[], bool]) -> bool:
    """Pause while asking whether to stop, so nothing moves on behind the question; go on if not."""
    was_paused = paused()
    if not was_paused:
        toggle_pause()
    stop = ask()
    if not stop and not was_paused:
        toggle_pause()
    return stop
