"""The routines that come with the app, one for each of the common reasons people practise."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated
from uuid import NAMESPACE_URL, UUID, uuid5

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from acupressure_desktop.catalog import Catalog, Point
from acupressure_desktop.routines.checks import routine_problems
from acupressure_desktop.routines.models import Routine, RoutineStep

PRESETS_FILE = "catalog/routines.json"
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=60)]


class PresetSpec(BaseModel):
    """A preset as written in the data file: which points, in which order, for what."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: Slug
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
    purpose: Slug
    points: tuple[str, ...] = Field(min_length=1)


class PresetFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    routines: tuple[PresetSpec, ...]


def preset_id(slug: str) -> UUID:
    """A stable id, so history keeps pointing at the same preset across versions."""
    return uuid5(NAMESPACE_URL, f"acupressure-desktop:preset:{slug}")


def step_for(point: Point) -> RoutineStep:
    """A routine step for ``point`` with the usual way of pressing, on both sides if it has two."""
    return RoutineStep(point_code=point.code, sides="both" if point.is_bilateral else "center")


def load_presets(root: Path, catalog: Catalog) -> tuple[tuple[Routine, ...], list[str]]:
    """The presets that pass every check, and a problem line for each one that does not."""
    try:
        raw = json.loads((root / PRESETS_FILE).read_text(encoding="utf-8"))
        if isinstance(raw, dict):
            raw.pop("$comment", None)
        data = PresetFile.model_validate(raw)
    except (OSError, ValueError, ValidationError) as error:
        return (), [f"{PRESETS_FILE}: the preset routines cannot be read ({error.__class__.__name__})"]
    presets: list[Routine] = []
    problems: list[str] = []
    for spec in data.routines:
        unknown = [code for code in spec.points if not catalog.has_point(code)]
        if unknown:
            problems.append(f"{PRESETS_FILE}: {spec.id}: unknown point {unknown[0]!r}")
            continue
        unsuited = [code for code in spec.points if spec.purpose not in catalog.point(code).symptom_ids]
        if unsuited:
            problems.append(f"{PRESETS_FILE}: {spec.id}: {unsuited[0]} is not traditionally used for {spec.purpose}")
            continue
        try:
            routine = Routine(
                id=preset_id(spec.id),
                name=spec.name,
                purpose=spec.purpose,
                steps=tuple(step_for(catalog.point(code)) for code in spec.points),
                preset=True,
            )
        except ValidationError as error:
            problems.append(f"{PRESETS_FILE}: {spec.id}: {error.errors()[0]['msg']}")
            continue
        problems += [f"{PRESETS_FILE}: {spec.id}: {p}" for p in routine_problems(routine, catalog)]
        presets.append(routine)
    return tuple(presets), problems
