"""Checks of the drawings against the data: run by the tests and the build, not at every start.

Parsing every outline path costs far more than loading the catalog itself, and the shipped files
cannot change between the build and the user's start.
"""

from __future__ import annotations

from pathlib import Path

from acupressure_desktop.catalog.atlas.atlas_files import (
    DIAGRAMS_DIR,
    PLACEMENTS_FILE,
    AtlasFileError,
    compute_placements,
)
from acupressure_desktop.catalog.errors import Problem
from acupressure_desktop.catalog.loader import POINTS_DIR
from acupressure_desktop.catalog.models import Catalog
from acupressure_desktop.catalog.outline import Outline, OutlineError, ViewBox, read_outline


def geometry_problems(catalog: Catalog, resource_root: Path) -> list[Problem]:
    """Every diagram has its outline and landmarks, every placement is what its recipe gives, and
    every placement lies inside the body it is drawn on."""
    problems = _recipe_problems(catalog, resource_root)
    geometry: dict[str, tuple[ViewBox, Outline]] = {}
    for view in catalog.views:
        relative = f"{DIAGRAMS_DIR}/{view.file}"
        try:
            geometry[view.id] = read_outline(resource_root / relative, view.outline_id)
        except (OutlineError, OSError) as error:
            problems.append(Problem(relative, view.id, view.outline_id, str(error)))
    for point in catalog.points:
        for index, placement in enumerate(point.placements):
            if placement.view not in geometry:
                continue  # the diagram itself is broken and already reported
            view_box, outline = geometry[placement.view]
            if not (view_box.contains(placement.x, placement.y) and outline.contains(placement.x, placement.y)):
                problems.append(
                    Problem(
                        f"{POINTS_DIR}/{point.code}.json",
                        point.code,
                        f"placements[{index}]",
                        f"({placement.x:g}, {placement.y:g}) lies outside the body outline of {placement.view!r}",
                    )
                )
    return problems


def _recipe_problems(catalog: Catalog, resource_root: Path) -> list[Problem]:
    """The placements the app reads are the ones the recipes give today."""
    recipes = [p.placing_recipe() for p in catalog.points]
    try:
        spots = compute_placements(resource_root, [v.id for v in catalog.views], recipes)
    except AtlasFileError as error:
        return [Problem(DIAGRAMS_DIR, "", "", str(error))]
    problems = []
    for point in catalog.points:
        expected = [(s.view, s.side, round(s.x, 1), round(s.y, 1), s.mirrored, s.part) for s in spots[point.code]]
        shipped = [(p.view, p.side.value, p.x, p.y, p.mirrored, p.part) for p in point.placements]
        if expected != shipped:
            problems.append(
                Problem(
                    PLACEMENTS_FILE,
                    point.code,
                    "placements",
                    "differ from what the recipe gives (run tools/place_points.py)",
                )
            )
    return problems
