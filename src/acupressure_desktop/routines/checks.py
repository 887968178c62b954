"""Checks that need the catalog: every step's point exists and suits the way it is pressed."""

from __future__ import annotations

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.routines.models import Routine


def routine_problems(routine: Routine, catalog: Catalog) -> list[str]:
    """Plain-language problems; empty when the routine can run."""
    problems = []
    if routine.purpose is not None and routine.purpose not in {s.id for s in catalog.symptoms}:
        problems.append(f"its purpose {routine.purpose!r} is not a known complaint")
    for number, step in enumerate(routine.steps, start=1):
        if not catalog.has_point(step.point_code):
            problems.append(f"step {number}: there is no point {step.point_code!r}")
            continue
        point = catalog.point(step.point_code)
        if not point.is_self_care:
            problems.append(f"step {number}: {point.code} is shown for reference only; there is no session on it")
            continue
        if point.is_bilateral and step.sides == "center":
            problems.append(f"step {number}: {point.code} is on both sides of the body, not on the centre line")
        if not point.is_bilateral and step.sides != "center":
            problems.append(f"step {number}: {point.code} is on the centre line; press it once")
    return problems
