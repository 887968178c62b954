"""Positions from definitions: each view's landmarks, the standard's measures, and point recipes (no Qt)."""

from acupressure_desktop.catalog.atlas.geometry import Shows, ViewGeometry
from acupressure_desktop.catalog.atlas.measures import Measure, MeasureTable
from acupressure_desktop.catalog.atlas.recipes import Recipe
from acupressure_desktop.catalog.atlas.resolver import UnresolvableError, resolve

__all__ = ["Measure", "MeasureTable", "Recipe", "Shows", "UnresolvableError", "ViewGeometry", "resolve"]
