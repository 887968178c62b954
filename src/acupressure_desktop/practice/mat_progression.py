"""A gentle way into mat practice: start short on a layer of cloth and add a little time each session."""

from __future__ import annotations

from dataclasses import dataclass

from acupressure_desktop.practice.protocols import MatSurface

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
        where = "on a layer of cloth" if self.surface is MatSurface.LAYER else "on bare skin"
        return f"Next: {self.minutes} min {where}"


def suggest_next(history: list[MatSummary], target_minutes: int) -> MatSuggestion:
    """The next step towards ``target_minutes``, from the user's mat sessions (oldest first)."""
    target = max(START_MINUTES, min(30, target_minutes))
    if not history:
        return MatSuggestion(START_MINUTES, MatSurface.LAYER, "Beginners start short, on a layer of cloth.")
    last = history[-1]
    if not last.completed:
        minutes = max(START_MINUTES, min(last.planned_minutes, int(last.minutes_done)))
        return MatSuggestion(
            minutes, last.surface, f"Last time you stopped after {int(last.minutes_done)} min; stay there for now."
        )
    if last.planned_minutes >= target:
        surface = _surface(history, last.surface)
        return MatSuggestion(target, surface, f"You have reached your target of {target} min.")
    minutes = min(target, last.planned_minutes + STEP_MINUTES)
    surface = _surface(history, last.surface)
    reason = f"You finished {last.planned_minutes} min last time, so a minute more."
    if surface is not last.surface:
        reason += " You have been comfortable on a layer; try bare skin if you like."
    return MatSuggestion(minutes, surface, reason)


def _surface(history: list[MatSummary], current: MatSurface) -> MatSurface:
    if current is MatSurface.BARE:
        return current
    comfortable = [s for s in history[-BARE_AFTER_SESSIONS:] if s.completed and s.planned_minutes >= BARE_AFTER_MINUTES]
    return MatSurface.BARE if len(comfortable) >= BARE_AFTER_SESSIONS else MatSurface.LAYER
