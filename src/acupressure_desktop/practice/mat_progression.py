"""A gentle way into mat practice: start short on a layer of cloth and add a little time each session."""

from __future__ import annotations

from dataclasses import dataclass

from acupressure_desktop.practice.protocols import MatSurface
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP

START_MINUTES = 5
STEP_MINUTES = 1
# Before moving from a layer of cloth to bare skin: this many full sessions of at least ten minutes.
BARE_AFTER_SESSIONS = 3
BARE_AFTER_MINUTES = 10


@dataclass(frozen=True)
class MatSummary:
    """What one recorded mat session tells the plan."""

    planned_minutes: int
    minutes_done: float
    surface: MatSurface
    completed: bool


@dataclass(frozen=True)
class MatSuggestion:
    """The next session's length and surface, and why."""

    minutes: int
    surface: MatSurface
    reason: str

    @property
    def label(self) -> str:
        if self.surface is MatSurface.LAYER:
            return QT_TRANSLATE_NOOP("MatSuggestion", "Next: {minutes} min on a layer of cloth").filled(
                minutes=self.minutes
            )
        return QT_TRANSLATE_NOOP("MatSuggestion", "Next: {minutes} min on bare skin").filled(minutes=self.minutes)


def suggest_next(history: list[MatSummary], target_minutes: int) -> MatSuggestion:
    """The next step towards ``target_minutes``, from the user's mat sessions (oldest first)."""
    target = max(START_MINUTES, min(30, target_minutes))
    if not history:
        return MatSuggestion(
            START_MINUTES,
            MatSurface.LAYER,
            QT_TRANSLATE_NOOP("MatSuggestion", "Beginners start short, on a layer of cloth."),
        )
    last = history[-1]
    if not last.completed:
        minutes = max(START_MINUTES, min(last.planned_minutes, int(last.minutes_done)))
        stopped = QT_TRANSLATE_NOOP("MatSuggestion", "Last time you stopped after {minutes} min; stay there for now.")
        return MatSuggestion(minutes, last.surface, stopped.filled(minutes=int(last.minutes_done)))
    if last.planned_minutes >= target:
        surface = _surface(history, last.surface)
        reached = QT_TRANSLATE_NOOP("MatSuggestion", "You have reached your target of {minutes} min.")
        return MatSuggestion(target, surface, reached.filled(minutes=target))
    minutes = min(target, last.planned_minutes + STEP_MINUTES)
    surface = _surface(history, last.surface)
    if surface is not last.surface:
        reason = QT_TRANSLATE_NOOP(
            "MatSuggestion",
            "You finished {minutes} min last time, so a minute more. "
            "You have been comfortable on a layer; try bare skin if you like.",
        )
    else:
        reason = QT_TRANSLATE_NOOP("MatSuggestion", "You finished {minutes} min last time, so a minute more.")
    return MatSuggestion(minutes, surface, reason.filled(minutes=last.planned_minutes))


def _surface(history: list[MatSummary], current: MatSurface) -> MatSurface:
    if current is MatSurface.BARE:
        return current
    comfortable = [s for s in history[-BARE_AFTER_SESSIONS:] if s.completed and s.planned_minutes >= BARE_AFTER_MINUTES]
    return MatSurface.BARE if len(comfortable) >= BARE_AFTER_SESSIONS else MatSurface.LAYER
