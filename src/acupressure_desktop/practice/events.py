"""What a running session announces to whoever listens (screen, sounds, the history store)."""

from __future__ import annotations

from dataclasses import dataclass

from acupressure_desktop.practice.phases import Phase


@dataclass(frozen=True)
class PhaseStarted:
    """A new phase begins (also when the user skips to it)."""

    phase: Phase
    index: int
    at_s: float


@dataclass(frozen=True)
class Cue:
    """A moment inside a phase: a breath in or out, a ramp tick, a massage circle."""

    name: str
    at_s: float


@dataclass(frozen=True)
class Progress:
    """Time to save how far the session got: every few seconds while it runs."""

    at_s: float


@dataclass(frozen=True)
class Paused:
    at_s: float


@dataclass(frozen=True)
class Resumed:
    at_s: float


@dataclass(frozen=True)
class Ended:
    """The session is over: ``completed`` when every phase ran, otherwise stopped by the user."""

    completed: bool
    at_s: float


SessionEvent = PhaseStarted | Cue | Progress | Paused | Resumed | Ended
