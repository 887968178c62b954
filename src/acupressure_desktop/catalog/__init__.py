"""The point catalog: points, symptoms and body diagrams, validated, with no Qt."""

from acupressure_desktop.catalog.errors import CatalogError, Problem
from acupressure_desktop.catalog.loader import load_catalog
from acupressure_desktop.catalog.models import (
    Catalog,
    DiagramView,
    Laterality,
    Placement,
    Point,
    PressGuide,
    Side,
    Symptom,
    TraditionalUse,
)
from acupressure_desktop.catalog.safety import (
    Caution,
    CautionAction,
    CautionRule,
    Condition,
    GuideSection,
    PracticeGuide,
    SafetyGuide,
)

__all__ = [
    "Catalog",
    "CatalogError",
    "Caution",
    "CautionAction",
    "CautionRule",
    "Condition",
    "DiagramView",
    "GuideSection",
    "Laterality",
    "Placement",
    "Point",
    "PracticeGuide",
    "PressGuide",
    "Problem",
    "SafetyGuide",
    "Side",
    "Symptom",
    "TraditionalUse",
    "load_catalog",
]
