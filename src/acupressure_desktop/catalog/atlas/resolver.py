"""Works a recipe out on one view and side: the arithmetic of the standard's proportional cun."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from acupressure_desktop.catalog.atlas.geometry import Vec, ViewGeometry
from acupressure_desktop.catalog.atlas.measures import MeasureTable, arc_position, landmark_at, point_at_arc
from acupressure_desktop.catalog.atlas.recipes import Along, Between, Level, Move, Onto, Recipe, RecipeForm, Toward

PointLookup = Callable[[str, str], Vec | None]


@dataclass(frozen=True)
class StartTrace:
    """Where a recipe starts: at an anchor, or ``share`` of the way from one to another."""

    anchors: tuple[str, ...]
    positions: tuple[Vec, ...]
    at: Vec
    share: float = 0.0


@dataclass(frozen=True)
class StepTrace:
    """One step of a recipe as taken on a view: from where to where, and by how many cun of which measure.

    ``cun``, ``measure`` and ``unit`` (the length of one cun here) are None for a step that slides
    onto a line or level with an anchor rather than counting cun. ``route`` is the way taken: a
    straight line, or the stretch of a curved line (the scalp's midline) an ``along`` step follows.
    """

    kind: Literal["toward", "move", "along", "onto", "level"]
    start: Vec
    end: Vec
    route: tuple[Vec, ...]
    names: tuple[str, ...]  # the landmarks, points or lines the step heads for, or its direction
    cun: float | None = None
    measure: str | None = None
    unit: float | None = None
    why: str | None = None


@dataclass(frozen=True)
class RecipeTrace:
    """A recipe worked out on one view, every step kept, so the measuring can be shown."""

    start: StartTrace
    steps: tuple[StepTrace, ...]

    @property
    def end(self) -> Vec:
        return self.steps[-1].end if self.steps else self.start.at


class UnresolvableError(Exception):
    """The view lacks something the recipe names (it then does not show the point); says what."""


def is_point_code(anchor: str) -> bool:
    return anchor[:1].isupper()


def resolve_any(recipe: Recipe, geometry: ViewGeometry, side: str, measures: MeasureTable, points: PointLookup) -> Vec:
    """The position the first of the recipe's forms that fits the view gives; else the first form's error."""
    return trace_any(recipe, geometry, side, measures, points).end


def trace_any(
    recipe: Recipe, geometry: ViewGeometry, side: str, measures: MeasureTable, points: PointLookup
) -> RecipeTrace:
    """The trace of the first of the recipe's forms that fits the view; else the first form's error."""
    first_error: UnresolvableError | None = None
    for form in recipe.forms(geometry.view):
        try:
            return trace(form, geometry, side, measures, points)
        except UnresolvableError as error:
            first_error = first_error or error
    assert first_error is not None
    raise first_error


def resolve(recipe: RecipeForm, geometry: ViewGeometry, side: str, measures: MeasureTable, points: PointLookup) -> Vec:
    """The position one form of a recipe gives on ``geometry`` for ``side`` ("left", "right" or "center")."""
    return trace(recipe, geometry, side, measures, points).end


def trace(
    recipe: RecipeForm, geometry: ViewGeometry, side: str, measures: MeasureTable, points: PointLookup
) -> RecipeTrace:
    """One form of a recipe worked out on ``geometry`` for ``side``, step by step."""
    start = _start(recipe, geometry, side, points)
    position = start.at
    steps: list[StepTrace] = []
    for step in recipe.steps:
        if isinstance(step, Toward):
            target = _anchor(step.toward, geometry, side, points)
            measure, unit = _cun(step.measure, geometry, side, measures)
            end = _advance(position, _unit_vector(position, target), step.cun * unit)
            steps.append(
                StepTrace("toward", position, end, (position, end), (step.toward,), step.cun, measure, unit, step.why)
            )
        elif isinstance(step, Move):
            direction = _direction(step.direction, geometry, side)
            measure, unit = _cun(step.measure, geometry, side, measures)
            end = _advance(position, direction, step.cun * unit)
            steps.append(
                StepTrace("move", position, end, (position, end), (step.direction,), step.cun, measure, unit, step.why)
            )
        elif isinstance(step, Along):
            line = _line(step.along, geometry, side)
            measure, unit = _cun(step.measure, geometry, side, measures)
            first = arc_position(line, position)
            last = first + step.cun * unit
            end = point_at_arc(line, last)
            route = stretch(line, first, last)
            steps.append(StepTrace("along", position, end, route, (step.along,), step.cun, measure, unit))
        elif isinstance(step, Onto):
            direction = _direction(step.direction, geometry, side)
            names = (step.onto,) if isinstance(step.onto, str) else step.onto
            hits = [_onto(position, direction, _line(name, geometry, side), name) for name in names]
            target = (sum(x for x, _ in hits) / len(hits), sum(y for _, y in hits) / len(hits))
            end = (
                position[0] + (target[0] - position[0]) * step.part,
                position[1] + (target[1] - position[1]) * step.part,
            )
            steps.append(StepTrace("onto", position, end, (position, end), names))
        elif isinstance(step, Level):
            direction = _direction(step.direction, geometry, side)
            target = _anchor(step.level_with, geometry, side, points)
            # As far along the direction as the anchor lies: level with it, across the direction.
            along = (target[0] - position[0]) * direction[0] + (target[1] - position[1]) * direction[1]
            end = _advance(position, direction, along)
            steps.append(StepTrace("level", position, end, (position, end), (step.level_with,)))
        position = steps[-1].end
    return RecipeTrace(start, tuple(steps))


def stretch(line: tuple[Vec, ...], first: float, last: float) -> tuple[Vec, ...]:
    """The part of ``line`` between two arc positions, as points, in the order walked."""
    low, high = sorted((first, last))
    inside = [v for v, arc in zip(line, _arcs(line), strict=True) if low < arc < high]
    stretch = (point_at_arc(line, low), *inside, point_at_arc(line, high))
    return stretch if first <= last else tuple(reversed(stretch))


def _arcs(line: tuple[Vec, ...]) -> list[float]:
    walked, arcs = 0.0, [0.0]
    for a, b in itertools.pairwise(line):
        walked += math.dist(a, b)
        arcs.append(walked)
    return arcs


def _start(recipe: RecipeForm, geometry: ViewGeometry, side: str, points: PointLookup) -> StartTrace:
    start = recipe.start
    if isinstance(start, Between):
        (x1, y1), (x2, y2) = ends = tuple(_anchor(a, geometry, side, points) for a in start.between)
        at = (x1 + (x2 - x1) * start.at, y1 + (y2 - y1) * start.at)
        return StartTrace(start.between, ends, at, start.at)
    found = _anchor(start, geometry, side, points)
    return StartTrace((start,), (found,), found)


def _anchor(anchor: str, geometry: ViewGeometry, side: str, points: PointLookup) -> Vec:
    found = points(anchor, side) if is_point_code(anchor) else landmark_at(geometry, anchor, side)
    if found is None:
        raise UnresolvableError(f"no {anchor!r} on {geometry.view} ({side})")
    return found


def _cun(names: str | tuple[str, ...], geometry: ViewGeometry, side: str, measures: MeasureTable) -> tuple[str, float]:
    """The measure the view can take (the first of ``names``) and one cun's length by it."""
    taken = measures.taken(names, geometry, side)
    if taken is None:
        raise UnresolvableError(f"the measure {names!r} cannot be taken on {geometry.view} ({side})")
    return taken


def _line(name: str, geometry: ViewGeometry, side: str) -> tuple[Vec, ...]:
    line = geometry.line(name, side)
    if line is None:
        raise UnresolvableError(f"no line {name!r} on {geometry.view} ({side})")
    return line


def _direction(name: str, geometry: ViewGeometry, side: str) -> Vec:
    direction = geometry.direction(name, side)
    if direction is None:
        raise UnresolvableError(f"no direction {name!r} on {geometry.view} ({side})")
    length = math.hypot(*direction)
    return (direction[0] / length, direction[1] / length)


def _unit_vector(start: Vec, end: Vec) -> Vec:
    length = math.hypot(end[0] - start[0], end[1] - start[1])
    if length == 0:
        raise UnresolvableError("a step toward the point it starts from has no direction")
    return ((end[0] - start[0]) / length, (end[1] - start[1]) / length)


def _advance(position: Vec, direction: Vec, distance: float) -> Vec:
    return (position[0] + direction[0] * distance, position[1] + direction[1] * distance)


def _onto(position: Vec, direction: Vec, line: tuple[Vec, ...], name: str) -> Vec:
    """Where the straight line through ``position`` along ``direction`` first meets ``line``."""
    best: tuple[float, Vec] | None = None
    px, py = position
    dx, dy = direction
    for (ax, ay), (bx, by) in itertools.pairwise(line):
        ex, ey = bx - ax, by - ay
        denominator = dx * ey - dy * ex
        if abs(denominator) < 1e-12:
            continue  # the segment runs along the direction: no single crossing
        # Solve position + t * direction = a + u * (b - a).
        t = ((ax - px) * ey - (ay - py) * ex) / denominator
        u = ((ax - px) * dy - (ay - py) * dx) / denominator
        if -1e-9 <= u <= 1 + 1e-9 and (best is None or abs(t) < abs(best[0])):
            best = (t, (px + t * dx, py + t * dy))
    if best is None:
        # The view draws the line, but not as far as this point: the point lies beyond the drawing.
        raise UnresolvableError(f"no part of the line {name!r} drawn where the step crosses it")
    return best[1]
