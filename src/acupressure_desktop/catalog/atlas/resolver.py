"""Works a recipe out on one view and side: the arithmetic of the standard's proportional cun."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

from acupressure_desktop.catalog.atlas.geometry import Vec, ViewGeometry
from acupressure_desktop.catalog.atlas.measures import MeasureTable, arc_position, landmark_at, point_at_arc
from acupressure_desktop.catalog.atlas.recipes import Along, Between, Level, Move, Onto, Recipe, RecipeForm, Toward

PointLookup = Callable[[str, str], Vec | None]


class UnresolvableError(Exception):
    """The view lacks something the recipe names (it then does not show the point); says what."""


def is_point_code(anchor: str) -> bool:
    return anchor[:1].isupper()


def resolve_any(recipe: Recipe, geometry: ViewGeometry, side: str, measures: MeasureTable, points: PointLookup) -> Vec:
    """The position the first of the recipe's forms that fits the view gives; else the first form's error."""
    first_error: UnresolvableError | None = None
    for form in recipe.forms(geometry.view):
        try:
            return resolve(form, geometry, side, measures, points)
        except UnresolvableError as error:
            first_error = first_error or error
    assert first_error is not None
    raise first_error


def resolve(recipe: RecipeForm, geometry: ViewGeometry, side: str, measures: MeasureTable, points: PointLookup) -> Vec:
    """The position one form of a recipe gives on ``geometry`` for ``side`` ("left", "right" or "center")."""
    position = _start(recipe, geometry, side, points)
    for step in recipe.steps:
        if isinstance(step, Toward):
            target = _anchor(step.toward, geometry, side, points)
            position = _advance(
                position, _unit_vector(position, target), step.cun * _cun(step.measure, geometry, side, measures)
            )
        elif isinstance(step, Move):
            direction = _direction(step.direction, geometry, side)
            position = _advance(position, direction, step.cun * _cun(step.measure, geometry, side, measures))
        elif isinstance(step, Along):
            line = _line(step.along, geometry, side)
            arc = arc_position(line, position) + step.cun * _cun(step.measure, geometry, side, measures)
            position = point_at_arc(line, arc)
        elif isinstance(step, Onto):
            direction = _direction(step.direction, geometry, side)
            names = (step.onto,) if isinstance(step.onto, str) else step.onto
            hits = [_onto(position, direction, _line(name, geometry, side), name) for name in names]
            target = (sum(x for x, _ in hits) / len(hits), sum(y for _, y in hits) / len(hits))
            position = (
                position[0] + (target[0] - position[0]) * step.part,
                position[1] + (target[1] - position[1]) * step.part,
            )
        elif isinstance(step, Level):
            direction = _direction(step.direction, geometry, side)
            target = _anchor(step.level_with, geometry, side, points)
            # As far along the direction as the anchor lies: level with it, across the direction.
            along = (target[0] - position[0]) * direction[0] + (target[1] - position[1]) * direction[1]
            position = _advance(position, direction, along)
    return position


def _start(recipe: RecipeForm, geometry: ViewGeometry, side: str, points: PointLookup) -> Vec:
    start = recipe.start
    if isinstance(start, Between):
        (x1, y1), (x2, y2) = (_anchor(a, geometry, side, points) for a in start.between)
        return (x1 + (x2 - x1) * start.at, y1 + (y2 - y1) * start.at)
    return _anchor(start, geometry, side, points)


def _anchor(anchor: str, geometry: ViewGeometry, side: str, points: PointLookup) -> Vec:
    found = points(anchor, side) if is_point_code(anchor) else landmark_at(geometry, anchor, side)
    if found is None:
        raise UnresolvableError(f"no {anchor!r} on {geometry.view} ({side})")
    return found


def _cun(names: str | tuple[str, ...], geometry: ViewGeometry, side: str, measures: MeasureTable) -> float:
    unit = measures.unit(names, geometry, side)
    if unit is None:
        raise UnresolvableError(f"the measure {names!r} cannot be taken on {geometry.view} ({side})")
    return unit


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
