"""How a quiz answer is graded, in one place: by distance in cun for Locate, by speed when right."""

from __future__ import annotations

from enum import StrEnum

from fsrs import Rating

RIGHT_CUN = 0.5  # a click this close to the point (in the body region's own cun) finds it
CLOSE_CUN = 1.5  # this close is near enough to find it by feel
QUICK_S = 6.0  # a right answer this fast is known well (FSRS "easy")


class Outcome(StrEnum):
    RIGHT = "right"
    CLOSE = "close"
    MISSED = "missed"


def outcome_for_distance(cun: float) -> Outcome:
    """Locate's outcome for a click ``cun`` away from the point."""
    if cun <= RIGHT_CUN:
        return Outcome.RIGHT
    if cun <= CLOSE_CUN:
        return Outcome.CLOSE
    return Outcome.MISSED


def rating_for(outcome: Outcome, seconds: float) -> Rating:
    """The review grade: missed is Again, close is Hard, right is Good, or Easy when quick."""
    if outcome is Outcome.MISSED:
        return Rating.Again
    if outcome is Outcome.CLOSE:
        return Rating.Hard
    return Rating.Easy if seconds <= QUICK_S else Rating.Good
