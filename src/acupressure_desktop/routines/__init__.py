"""Routines: sequences of points pressed one after another, presets and the user's own (no Qt)."""

from acupressure_desktop.routines.checks import routine_problems
from acupressure_desktop.routines.models import MAX_STEPS, MAX_TOTAL_S, Routine, RoutineStep
from acupressure_desktop.routines.presets import load_presets, preset_id, step_for

__all__ = [
    "MAX_STEPS",
    "MAX_TOTAL_S",
    "Routine",
    "RoutineStep",
    "load_presets",
    "preset_id",
    "routine_problems",
    "step_for",
]
