"""Every point on every view its recipe can be worked out on, both sides, in one pass."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from acupressure_desktop.catalog.atlas.geometry import Shows, Vec, ViewGeometry
from acupressure_desktop.catalog.atlas.measures import MeasureTable
from acupressure_desktop.catalog.atlas.recipes import Recipe
from acupressure_desktop.catalog.atlas.resolver import UnresolvableError, resolve_any


@dataclass(frozen=True)
class Spot:
    """A point's position on one view for one side; ``mirrored`` when shown by flipping a one-side view."""

    view: str
    side: str
    x: float
    y: float
    mirrored: bool = False


@dataclass(frozen=True)
class PointRecipe:
    """What placing needs to know of a point."""

    code: str
    recipe: Recipe
    bilateral: bool


class RecipeCycleError(ValueError):
    """Points whose recipes start from each other in a circle; names them."""


def place_all(
    points: Sequence[PointRecipe], geometries: Sequence[ViewGeometry], measures: MeasureTable
) -> dict[str, tuple[Spot, ...]]:
    """Each point's spots, by code; a point whose recipe fits no view has none."""
    spots: dict[str, list[Spot]] = {p.code: [] for p in points}
    for geometry in geometries:
        for code, side, position in _place_on(points, geometry, measures):
            spots[code].append(Spot(geometry.view, side, *position))
            if side != "center" and geometry.shows is not Shows.BOTH:
                other = "left" if side == "right" else "right"
                spots[code].append(Spot(geometry.view, other, *position, mirrored=True))
    return {code: tuple(found) for code, found in spots.items()}


def _place_on(
    points: Sequence[PointRecipe], geometry: ViewGeometry, measures: MeasureTable
) -> list[tuple[str, str, Vec]]:
    by_code = {p.code: p for p in points}
    done: dict[tuple[str, str], Vec | None] = {}
    working: list[tuple[str, str]] = []

    def position(code: str, side: str) -> Vec | None:
        key = (code, side)
        if key in done:
            return done[key]
        point = by_code.get(code)
        if point is None:
            return None
        if key in working:
            circle = " -> ".join(c for c, _ in [*working[working.index(key) :], key])
            raise RecipeCycleError(f"recipes that start from each other: {circle}")
        # A midline point is worked out on the midline whatever side asks for it.
        own_side = side if point.bilateral else "center"
        working.append(key)
        try:
            found: Vec | None = resolve_any(point.recipe, geometry, own_side, measures, position)
        except UnresolvableError:
            found = None
        finally:
            working.pop()
        done[key] = found
        return found

    placed = []
    for point in points:
        for side in geometry.sides_for(point.bilateral):
            found = position(point.code, side)
            if found is not None:
                placed.append((point.code, side, found))
    return placed
