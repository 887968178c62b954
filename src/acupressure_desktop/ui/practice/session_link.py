"""Wires a running guided session to its view and its sound and voice cues.

A single session and each step of a routine run the same way; only what happens when the
session ends, or the user asks to stop, differs.
"""

from __future__ import annotations

from collections.abc import Callable

from acupressure_desktop.practice import PhaseKind
from acupressure_desktop.practice.events import PhaseStarted
from acupressure_desktop.ui.practice.practice_context import PracticeContext
from acupressure_desktop.ui.practice.session_driver import SessionDriver
from acupressure_desktop.ui.practice.session_view import SessionView


def play(practice: PracticeContext, cue: str) -> None:
    practice.sounds.play(cue)


def silence(practice: PracticeContext) -> None:
    practice.sounds.stop_all()


def announce(practice: PracticeContext, event: PhaseStarted) -> None:
    """The cue and, if wanted, the spoken name of a phase that has just begun."""
    play(practice, "switch_side" if event.phase.kind is PhaseKind.SWITCH_SIDE else "phase_start")
    practice.speaker.say(event.phase.title)


def link_session(
    driver: SessionDriver,
    view: SessionView,
    practice: PracticeContext,
    on_ended: Callable[[bool], None],
    on_stop: Callable[[], None],
) -> None:
    """Connect the driver to the view, the cues and the window's own end and stop handlers."""
    driver.tick.connect(view.show_snapshot)
    driver.phase_started.connect(view.on_phase_started)
    driver.phase_started.connect(lambda event: announce(practice, event))
    driver.cue.connect(lambda cue: play(practice, cue))
    # A pause is silent at once: no cue goes on sounding into it.
    driver.paused_changed.connect(lambda paused: silence(practice) if paused else None)
    driver.ended.connect(on_ended)
    view.pause_button.clicked.connect(driver.toggle_pause)
    view.skip_button.clicked.connect(driver.skip_phase)
    view.stop_button.clicked.connect(on_stop)
