"""Checks of the drawings against the data: run by the tests and the build, not at every start.

Parsing every outline path costs far more than loading the catalog itself, and the shipped files
cannot change between the build and the user's start.
"""

from __future__ import annotations

from pathlib import Path

from acupressure_desktop.catalog.errors import Problem
from acupressure_desktop.catalog.loader import DIAGRAMS_DIR, POINTS_DIR
from acupressure_desktop.catalog.models import Catalog
from acupressure_desktop.catalog.outline import Outline, OutlineError, ViewBox, read_view_geometry


def geometry_problems(catalog: Catalog, resource_root: Path) -> list[Problem]:
    """Every diagram has its outline, and every placement lies inside the body it is drawn on."""
    problems: list[Problem] = []
    geometry: dict[str, tuple[ViewBox, Outline]] = {}
    for view in catalog.views:
        relative = f"{DIAGRAMS_DIR}/{view.file}"
        try:
            geometry[view.id] = read_view_geometry(resource_root / relative, view.outline_id)
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
