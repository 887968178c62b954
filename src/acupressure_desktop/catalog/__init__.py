"""The point catalog: points, symptoms and body diagrams, validated, with no Qt."""

from acupressure_desktop.catalog.errors import CatalogError, Problem
from acupressure_desktop.catalog.loader import load_catalog
from acupressure_desktop.catalog.models import (
    Catalog,
    Caution,
    DiagramView,
    Laterality,
    Placement,
    Point,
    PressGuide,
    Side,
    Symptom,
    TraditionalUse,
)

__all__ = [
    "Catalog",
    "CatalogError",
    "Caution",
    "DiagramView",
    "Laterality",
    "Placement",
    "Point",
    "PressGuide",
    "Problem",
    "Side",
    "Symptom",
    "TraditionalUse",
    "load_catalog",
]
