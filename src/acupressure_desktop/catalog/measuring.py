"""How a point is measured, step by step: its recipe worked out on a view, and said in plain words.

The finger measures are the standard's own (the width of the thumb at its middle joint is one
cun; the index and middle fingers side by side are 1.5 cun; four fingers side by side are 3 cun),
taken with the fingers of the person being measured.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from acupressure_desktop.catalog.atlas.atlas_files import read_measures
from acupressure_desktop.catalog.atlas.geometry import Vec, ViewGeometry
from acupressure_desktop.catalog.atlas.measures import MeasureTable, arc_position
from acupressure_desktop.catalog.atlas.resolver import (
    RecipeTrace,
    StepTrace,
    UnresolvableError,
    is_point_code,
    stretch,
    trace_any,
)
from acupressure_desktop.catalog.models import Catalog, Placement, Point

FINGERS: dict[float, str] = {
    0.5: "half a thumb's width",
    1.0: "one thumb's width (at its middle joint)",
    1.5: "two fingers side by side (index and middle)",
    2.0: "three fingers side by side (index, middle and ring)",
    3.0: "four fingers side by side (at the middle knuckles)",
}
DIRECTION_WORDS = {
    "superior": "up",
    "inferior": "down",
    "medial": "toward the midline",
    "lateral": "away from the midline",
    "anterior": "forward",
    "posterior": "backward",
    "proximal": "toward the body",
    "distal": "toward the fingertips",
    "foot_proximal": "toward the ankle",
    "foot_distal": "toward the toes",
    "radial": "toward the thumb side",
    "ulnar": "toward the little-finger side",
}


def finger_measure(cun: float) -> str | None:
    """The cun as fingers: "four fingers side by side" for 3, "four fingers, then a thumb's width" for 4.

    None where fingers would be clumsier than the body's own measure (more than 9 cun, or an
    odd share such as 0.7).
    """
    cun = abs(cun)
    if cun in FINGERS:
        return FINGERS[cun]
    fours, rest = divmod(cun, 3.0)
    if 0 < fours <= 3 and (rest == 0 or rest in FINGERS):
        parts = ["four fingers" if fours == 1 else f"four fingers, {int(fours)} times"]
        if rest:
            parts.append(f"then {FINGERS[rest].split(' (')[0]}")
        return ", ".join(parts)
    return None


FINGERS_SHORT: dict[float, str] = {0.5: "½ thumb", 1.0: "1 thumb", 1.5: "2 fingers", 2.0: "3 fingers", 3.0: "4 fingers"}


def finger_label(cun: float) -> str | None:
    """The finger measure short enough to write on the picture: "4 fingers", "4 fingers + 1 thumb"."""
    cun = abs(cun)
    if cun in FINGERS_SHORT:
        return FINGERS_SHORT[cun]
    fours, rest = divmod(cun, 3.0)
    if 0 < fours <= 3 and (rest == 0 or rest in FINGERS_SHORT):
        label = "4 fingers" if fours == 1 else f"{int(fours)} × 4 fingers"
        return f"{label} + {FINGERS_SHORT[rest]}" if rest else label
    return None


def cun_text(cun: float) -> str:
    return f"{abs(cun):g} cun"


@dataclass(frozen=True)
class MeasuringStep:
    """One thing to do, in words, and what the picture draws for it.

    ``marks`` are named places to draw (the landmarks a recipe starts from); ``trace`` is the
    move, None for the start and for the point itself.
    """

    words: str
    trace: StepTrace | None
    at: Vec  # where the step ends (the landmark for the start, the point at the end)
    marks: tuple[tuple[Vec, str], ...] = ()


class Measuring:
    """Works out and words how to measure any placement of any point, on demand.

    ``geometry`` gives a view's landmarks; the measures are read from under ``resource_root`` when
    first needed (``AtlasFileError`` if they cannot be read).
    """

    def __init__(self, catalog: Catalog, geometry: Callable[[str], ViewGeometry], resource_root: Path) -> None:
        self._catalog = catalog
        self._geometry = geometry
        self._resource_root = resource_root
        self._measures: MeasureTable | None = None

    def measures(self) -> MeasureTable:
        if self._measures is None:
            self._measures = read_measures(self._resource_root)
        return self._measures

    def body_measure(self, measure_id: str) -> tuple[str, list[MeasuringStep]] | None:
        """A proportional measure drawn where it shows largest: its two landmarks, then the line
        between them with a tick per cun. None if no view has both its ends."""
        measure = self.measures().get(measure_id)
        if measure is None:
            return None
        found: list[tuple[float, str, ViewGeometry, str]] = []
        for view in self._catalog.views:
            geometry = self._geometry(view.id)
            side = "right" if view.shows.value == "both" else view.shows.value
            unit = measure.unit(geometry, side)
            if unit is not None:
                found.append((unit, view.id, geometry, side))
        if not found:
            return None
        unit, view_id, geometry, side = max(found, key=lambda candidate: candidate[0])
        ends = measure.ends(geometry, side)
        assert ends is not None
        start, end = ends
        line = geometry.line(measure.along, side) if measure.along else None
        route = stretch(line, arc_position(line, start), arc_position(line, end)) if line else (start, end)
        marks = ((start, self.short_name(measure.start, geometry)), (end, self.short_name(measure.end, geometry)))
        words = f"{cun_text(measure.cun)} {_lower_first(measure.label)}."
        counted = StepTrace("toward", start, end, route, (measure.end,), measure.cun, measure.id, unit)
        return view_id, [MeasuringStep(words, None, start, marks), MeasuringStep(words, counted, end)]

    def local_cun(self, point: Point, placement: Placement) -> float:
        """One cun where the point is, in its view's units: by the measure its recipe counts with
        there, else by the body measure on the view that passes nearest it. ``AtlasFileError`` or
        ``UnresolvableError`` if the view cannot say."""
        traced = self.trace(point, placement)
        counted = [step.unit for step in traced.steps if step.unit is not None]
        if counted:
            return counted[0]
        geometry = self._geometry(placement.view)
        at = (placement.x, placement.y)
        nearest: tuple[float, float] | None = None
        for measure in self.measures().measures:
            ends = measure.ends(geometry, placement.side.value)
            unit = measure.unit(geometry, placement.side.value)
            if ends is None or unit is None or measure.cun < 2:
                continue  # a finger measure says nothing about the body around the point
            distance = _distance_to_segment(at, *ends)
            if nearest is None or distance < nearest[0]:
                nearest = (distance, unit)
        if nearest is None:
            raise UnresolvableError(f"no measure of the body on {placement.view}")
        return nearest[1]

    def trace(self, point: Point, placement: Placement) -> RecipeTrace:
        """The point's recipe (or its spot's) worked out on the placement's view and side."""
        geometry = self._geometry(placement.view)
        recipe = point.recipe if placement.part == 0 else point.spots[placement.part - 1].recipe
        return trace_any(recipe, geometry, placement.side.value, self.measures(), self._position_on(placement))

    def steps(self, point: Point, placement: Placement) -> list[MeasuringStep]:
        """Start, each move, and the point, in words (the picture draws the same steps)."""
        traced = self.trace(point, placement)
        geometry = self._geometry(placement.view)
        marks = tuple(
            (at, self.short_name(anchor, geometry))
            for anchor, at in zip(traced.start.anchors, traced.start.positions, strict=True)
        )
        steps = [MeasuringStep(self._start_words(traced, geometry), None, traced.start.at, marks)]
        told: set[str] = set()  # the body's own measures already named
        for step in traced.steps:
            steps.append(MeasuringStep(self._step_words(step, geometry, told), step, step.end))
        steps.append(MeasuringStep(f"There is {point.code} {point.pinyin}.", None, traced.end))
        return steps

    def _position_on(self, placement: Placement) -> Callable[[str, str], Vec | None]:
        def position(code: str, side: str) -> Vec | None:
            if not self._catalog.has_point(code):
                return None
            for other in self._catalog.point(code).placements:
                if other.view == placement.view and other.part == 0 and other.side.value in (side, "center"):
                    return (other.x, other.y)
            return None

        return position

    def name(self, anchor: str, geometry: ViewGeometry) -> str:
        """A landmark's label ("the inner ankle bone..."), a point's code and name, or a line's label."""
        if is_point_code(anchor):
            point = self._catalog.point(anchor)
            return f"{point.code} {point.pinyin}"
        landmark_name = anchor.partition(":")[0]
        if landmark_name in geometry.landmarks:
            return _the(geometry.landmarks[landmark_name].label)
        if landmark_name in geometry.lines:
            return _the(geometry.lines[landmark_name].label)
        return _the(anchor.replace("_", " "))

    def _start_words(self, traced: RecipeTrace, geometry: ViewGeometry) -> str:
        share = traced.start.share
        names = [self.name(anchor, geometry) for anchor in traced.start.anchors]
        if len(names) == 1:
            return f"Start at {names[0]}."
        if abs(share - 0.5) < 1e-6:
            return f"Start midway between {names[0]} and {names[1]}."
        fraction = Fraction(share).limit_denominator(12)
        return f"Start {fraction.numerator}/{fraction.denominator} of the way from {names[0]} to {names[1]}."

    def short_name(self, anchor: str, geometry: ViewGeometry) -> str:
        """A name short enough to write on the picture: "ST35", "Inner ankle bone"."""
        if is_point_code(anchor):
            return anchor
        name = self.name(anchor, geometry).removeprefix("the ")
        short = name.split(" (")[0].split(", ")[0]
        return short[:1].upper() + short[1:]

    def _step_words(self, step: StepTrace, geometry: ViewGeometry, told: set[str]) -> str:
        if step.cun is None:
            targets = [self.name(name, geometry) for name in step.names]
            if step.kind == "level":
                return f"Slide across until level with {targets[0]}."
            if len(targets) == 2:
                return f"Slide across to midway between {targets[0]} and {targets[1]}."
            return f"Slide across onto {targets[0]}."
        if step.kind == "toward":
            way = f"toward {self.name(step.names[0], geometry)}"
        elif step.kind == "along":
            way = f"along {self.name(step.names[0], geometry)}"
        else:
            way = DIRECTION_WORDS.get(step.names[0], step.names[0].replace("_", " "))
        words = f"Go {cun_text(step.cun)} {way}"
        if step.why:
            words += f" ({_lower_first(step.why)})"
        fingers = finger_measure(step.cun)
        measure = self.measures().get(step.measure) if step.measure is not None else None
        if fingers is not None:
            words += f": {fingers}"
        words += "."
        if measure is not None and measure.cun > 1 and measure.id not in told:
            told.add(measure.id)
            words += f" The body's own measure: {cun_text(measure.cun)} {_lower_first(measure.label)}."
        return words


def _distance_to_segment(at: Vec, start: Vec, end: Vec) -> float:
    ex, ey = end[0] - start[0], end[1] - start[1]
    length_sq = ex * ex + ey * ey
    t = 0.0 if length_sq == 0 else max(0.0, min(1.0, ((at[0] - start[0]) * ex + (at[1] - start[1]) * ey) / length_sq))
    return math.dist(at, (start[0] + t * ex, start[1] + t * ey))


def _the(label: str) -> str:
    # Labels are written to stand alone ("Inner ankle bone"); in a sentence they take "the".
    return f"the {_lower_first(label)}"


def _lower_first(text: str) -> str:
    # Labels are written to stand alone ("Upper edge of the kneecap"); mid-sentence they start small.
    return text[:1].lower() + text[1:] if text[1:2].islower() else text
