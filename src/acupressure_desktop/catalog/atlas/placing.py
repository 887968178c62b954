"""Every point on every view its recipe can be worked out on, both sides, in one pass."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from acupressure_desktop.catalog.atlas.geometry import Shows, Vec, ViewGeometry
from acupressure_desktop.catalog.atlas.measures import MeasureTable
from acupressure_desktop.catalog.atlas.recipes import Recipe
from acupressure_desktop.catalog.atlas.resolver import UnresolvableError, resolve_any

# The sides of the person a point exists on, by its laterality.
SIDES_OF = {
    "bilateral": ("left", "right"),
    "midline": ("center",),
    "left_only": ("left",),
    "right_only": ("right",),
}


@dataclass(frozen=True)
class Spot:
    """A point's position on one view for one side; ``mirrored`` when shown by flipping a one-side view.

    ``part`` numbers the spots of a point that has several (Sishencong's four): 0 is the one its
    recipe places, 1 the first of its further spots, and so on.
    """

    view: str
    side: str
    x: float
    y: float
    mirrored: bool = False
    part: int = 0


@dataclass(frozen=True)
class PointRecipe:
    """What placing needs to know of a point: its recipe, its sides, the recipes of any further spots."""

    code: str
    recipe: Recipe
    sides: tuple[str, ...]
    more: tuple[Recipe, ...] = ()


class RecipeCycleError(ValueError):
    """Points whose recipes start from each other in a circle; names them."""


def place_all(
    points: Sequence[PointRecipe], geometries: Sequence[ViewGeometry], measures: MeasureTable
) -> dict[str, tuple[Spot, ...]]:
    """Each point's spots, by code; a point whose recipe fits no view has none."""
    spots: dict[str, list[Spot]] = {p.code: [] for p in points}
    by_code = {p.code: p for p in points}
    for geometry in geometries:
        for code, part, drawn, position in _place_on(points, geometry, measures):
            for side in _shown_sides(by_code[code].sides, drawn, geometry):
                mirrored = side != drawn
                spots[code].append(Spot(geometry.view, side, *position, mirrored=mirrored, part=part))
    return {code: tuple(found) for code, found in spots.items()}


def _shown_sides(sides: tuple[str, ...], drawn: str, geometry: ViewGeometry) -> Iterator[str]:
    """The person's sides a position worked out on ``drawn`` stands for: on a one-side view it is
    also the mirror image's, and a point of one side only keeps its own."""
    if drawn == "center" or geometry.shows is Shows.BOTH:
        yield drawn
        return
    other = "left" if drawn == "right" else "right"
    yield from (side for side in (drawn, other) if side in sides)


def _place_on(
    points: Sequence[PointRecipe], geometry: ViewGeometry, measures: MeasureTable
) -> list[tuple[str, int, str, Vec]]:
    by_code = {p.code: p for p in points}
    done: dict[tuple[str, str], Vec | None] = {}
    working: list[tuple[str, str]] = []

    def work_out(recipe: Recipe, side: str) -> Vec | None:
        try:
            return resolve_any(recipe, geometry, side, measures, position)
        except UnresolvableError:
            return None

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
        own_side = "center" if point.sides == ("center",) else side
        working.append(key)
        try:
            found = work_out(point.recipe, own_side)
        finally:
            working.pop()
        done[key] = found
        return found

    placed = []
    for point in points:
        for side in geometry.sides_for(point.sides):
            for part, recipe in enumerate((point.recipe, *point.more)):
                found = position(point.code, side) if part == 0 else work_out(recipe, side)
                if found is not None:
                    placed.append((point.code, part, side, found))
    return placed
