"""What a practice says and sounds like, so it can be followed with eyes closed."""

from __future__ import annotations

from acupressure_desktop.catalog import Point
from acupressure_desktop.practice import PhaseKind
from acupressure_desktop.practice.events import PhaseStarted
from acupressure_desktop.ui.practice.practice_context import PracticeContext
from acupressure_desktop.ui.practice.practice_driver import PracticeDriver
from acupressure_desktop.ui.words import in_language


def connect_cues(driver: PracticeDriver, practice: PracticeContext) -> None:
    """Every phase announced, every cue played, and silence at once when paused."""
    driver.phase_started.connect(lambda event: announce_phase(practice, event))
    driver.cue.connect(practice.sounds.play)
    # A pause is silent at once: no cue goes on sounding into it.
    driver.paused_changed.connect(lambda paused: practice.sounds.stop_all() if paused else None)


def announce_phase(practice: PracticeContext, event: PhaseStarted) -> None:
    """The cue and, if wanted, the spoken name of a phase that has just begun."""
    practice.sounds.play("switch_side" if event.phase.kind is PhaseKind.SWITCH_SIDE else "phase_start")
    practice.speaker.say(in_language(event.phase.title))


def announce_next_point(practice: PracticeContext, point: Point) -> None:
    """Said as well as shown, so a routine can be followed with eyes closed."""
    practice.sounds.play("switch_side")
    practice.speaker.say(f"Next: {point.english}. {point.brief}")
