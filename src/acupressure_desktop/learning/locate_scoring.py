"""Scoring a Locate answer: how far the click is from the point, in the cun of that part of the body."""

from __future__ import annotations

import math
from dataclasses import dataclass

from acupressure_desktop.catalog import Catalog, Placement
from acupressure_desktop.catalog.atlas.geometry import Vec
from acupressure_desktop.catalog.measuring import Measuring
from acupressure_desktop.learning.grading import Outcome, outcome_for_distance


@dataclass(frozen=True)
class LocateScore:
    """How far off the click was (cun), what that counts as, and the spot meant (the nearest one)."""

    cun_off: float
    outcome: Outcome
    answer: Placement


def score_click(catalog: Catalog, measuring: Measuring, code: str, view_id: str, click: Vec) -> LocateScore:
    """Score a click (in the drawing's own units, as drawn, not mirrored) on ``view_id`` for ``code``.

    A point on both sides, or of several spots, is found by any of its spots: the nearest counts.
    """
    point = catalog.point(code)
    spots = [p for p in point.placements if p.view == view_id and not p.mirrored]
    if not spots:
        raise ValueError(f"{code} is not on {view_id}")
    nearest = min(spots, key=lambda p: math.dist(click, (p.x, p.y)))
    off = math.dist(click, (nearest.x, nearest.y)) / measuring.local_cun(point, nearest)
    return LocateScore(off, outcome_for_distance(off), nearest)
