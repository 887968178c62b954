"""The standard's proportional measures: how many cun lie between two landmarks."""

from __future__ import annotations

import itertools
import math
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from acupressure_desktop.catalog.atlas.geometry import Vec, ViewGeometry

# "nipple" (the side being worked out, or the midline) or "nipple:right" (that side always).
LandmarkRef = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*(:(left|right))?$")]


class Measure(BaseModel):
    """``cun`` cun between two landmarks, as the standard defines it."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)

    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    start: LandmarkRef = Field(alias="from")
    end: LandmarkRef = Field(alias="to")
    cun: float = Field(gt=0, le=30)
    label: Annotated[str, Field(min_length=1, max_length=200)]
    # Measured along this line (the scalp's curve) rather than straight, where the view has it.
    along: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")] | None = None

    def ends(self, geometry: ViewGeometry, side: str) -> tuple[Vec, Vec] | None:
        """Where the measure starts and ends on a view, or None if the view lacks either landmark."""
        start, end = landmark_at(geometry, self.start, side), landmark_at(geometry, self.end, side)
        return (start, end) if start is not None and end is not None else None

    def unit(self, geometry: ViewGeometry, side: str) -> float | None:
        """The length of one cun on this view, in its units; None if the view lacks a landmark."""
        ends = self.ends(geometry, side)
        if ends is None:
            return None
        if self.along is not None:
            line = geometry.line(self.along, side)
            if line is None:
                return None
            length = abs(arc_position(line, ends[1]) - arc_position(line, ends[0]))
        else:
            (x1, y1), (x2, y2) = ends
            length = math.hypot(x2 - x1, y2 - y1)
        # Both ends on one spot (a midline landmark named for two sides): no measure to take.
        return length / self.cun if length > 0 else None


class MeasureTable(BaseModel):
    """``measures.json``: every proportional measure by id."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    measures: tuple[Measure, ...]

    def get(self, measure_id: str) -> Measure | None:
        return next((m for m in self.measures if m.id == measure_id), None)

    def unit(self, names: str | tuple[str, ...], geometry: ViewGeometry, side: str) -> float | None:
        """One cun on this view by the first of ``names`` the view can take; None if it takes none."""
        taken = self.taken(names, geometry, side)
        return taken[1] if taken is not None else None

    def taken(self, names: str | tuple[str, ...], geometry: ViewGeometry, side: str) -> tuple[str, float] | None:
        """The first of ``names`` the view can take, and one cun's length by it; None if it takes none."""
        for name in (names,) if isinstance(names, str) else names:
            measure = self.get(name)
            unit = measure.unit(geometry, side) if measure is not None else None
            if unit is not None:
                return name, unit
        return None


def arc_position(line: tuple[Vec, ...], point: Vec) -> float:
    """How far along ``line`` (from its first point) the place nearest ``point`` is."""
    best_distance, best_arc, walked = math.inf, 0.0, 0.0
    for (ax, ay), (bx, by) in itertools.pairwise(line):
        length = math.hypot(bx - ax, by - ay)
        if length == 0:
            continue
        t = max(0.0, min(1.0, ((point[0] - ax) * (bx - ax) + (point[1] - ay) * (by - ay)) / length**2))
        distance = math.hypot(ax + t * (bx - ax) - point[0], ay + t * (by - ay) - point[1])
        if distance < best_distance:
            best_distance, best_arc = distance, walked + t * length
        walked += length
    return best_arc


def point_at_arc(line: tuple[Vec, ...], arc: float) -> Vec:
    """The place ``arc`` units along ``line`` from its first point (held to the line's ends)."""
    walked = 0.0
    for (ax, ay), (bx, by) in itertools.pairwise(line):
        length = math.hypot(bx - ax, by - ay)
        if walked + length >= arc and length > 0:
            t = max(0.0, (arc - walked) / length)
            return (ax + t * (bx - ax), ay + t * (by - ay))
        walked += length
    return line[-1] if arc > 0 else line[0]


def landmark_at(geometry: ViewGeometry, ref: str, side: str) -> Vec | None:
    name, _, fixed = ref.partition(":")
    return geometry.landmark(name, fixed or side)
