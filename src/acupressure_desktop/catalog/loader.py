"""Load the catalog from its data files and check that every part fits every other."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from acupressure_desktop.catalog.atlas.atlas_files import DIAGRAMS_DIR, PLACEMENTS_FILE
from acupressure_desktop.catalog.browsing import CHANNEL_ORDER, channel_code
from acupressure_desktop.catalog.channels import Channel
from acupressure_desktop.catalog.errors import CatalogError, Problem
from acupressure_desktop.catalog.models import Catalog, DiagramView, Point, Symptom
from acupressure_desktop.catalog.safety import Caution, CautionAction, PracticeGuide, SafetyGuide

CATALOG_DIR = "catalog"
SYMPTOMS_FILE = "catalog/symptoms.json"
SAFETY_FILE = "catalog/safety.json"
GUIDE_FILE = "catalog/guide.json"
VIEWS_FILE = "catalog/views.json"
CHANNELS_FILE = "catalog/channels.json"
POINTS_DIR = "catalog/points"
# Data files are small; anything larger is a mistake or an attack, not a catalog.
MAX_FILE_BYTES = 1_000_000

M = TypeVar("M", bound=BaseModel)


def load_catalog(resource_root: Path) -> Catalog:
    """Read and validate the whole catalog under ``resource_root``; raise ``CatalogError`` on any problem.

    Placements are read from the file worked out from the recipes at build time, not resolved at
    every start. Drawing geometry (is every placement inside its body outline?) is not re-checked
    here either: the shipped data cannot change between the tests and the user's start, so
    ``geometry_problems`` runs in the tests and the build instead (``catalog.geometry_checks``).
    """
    problems: list[Problem] = []
    symptoms = _load_list(resource_root, SYMPTOMS_FILE, "symptoms", Symptom, problems, key="id")
    views = _load_list(resource_root, VIEWS_FILE, "views", DiagramView, problems, key="id")
    channels = _load_list(resource_root, CHANNELS_FILE, "channels", Channel, problems, key="code")
    placements = _load_placements(resource_root, problems)
    points = _load_points(resource_root, placements, problems)
    _check_unique(symptoms, "id", SYMPTOMS_FILE, problems)
    _check_unique(views, "id", VIEWS_FILE, problems)
    _check_channels(channels, points, problems)
    safety = _load_object(resource_root, SAFETY_FILE, SafetyGuide, problems)
    guide = _load_object(resource_root, GUIDE_FILE, PracticeGuide, problems)
    _check_diagrams_exist(resource_root, views, problems)
    _check_links(points, symptoms, views, _avoided_in_pregnancy(points, safety), problems)
    if safety is not None:
        # A rule naming a point whose file is broken is not a second problem: the file is reported.
        filed = {path.stem for path in (resource_root / POINTS_DIR).glob("*.json")}
        _check_safety_links(safety, points, filed, views, problems)
    if problems or safety is None or guide is None:
        raise CatalogError(problems)
    return Catalog(
        points=tuple(sorted(points, key=_channel_order)),
        symptoms=tuple(symptoms),
        views=tuple(views),
        channels=tuple(sorted(channels, key=lambda channel: CHANNEL_ORDER.index(channel.code))),
        safety=safety,
        guide=guide,
    )


# Extra points come by region, head to foot, as the WHO codes group them.
_EXTRA_REGIONS = ("HN", "CA", "B", "UE", "LE")


def _channel_order(point: Point) -> tuple[int, int, int, str]:
    """The traditional order of the channels, then the point's number, so lists read as expected."""
    channel = channel_code(point)
    rank = CHANNEL_ORDER.index(channel) if channel in CHANNEL_ORDER else len(CHANNEL_ORDER)
    region = point.code.split("-")[1].rstrip("0123456789") if channel == "EX" else ""
    region_rank = _EXTRA_REGIONS.index(region) if region in _EXTRA_REGIONS else 0
    number = int(point.code.rsplit("-", 1)[-1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") or 0)
    return (rank, region_rank, number, point.code)


def _read_json(root: Path, relative: str, problems: list[Problem]) -> Any:
    path = root / relative
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            problems.append(Problem(relative, "", "", f"the file is larger than {MAX_FILE_BYTES:,} bytes"))
            return None
        return json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        problems.append(Problem(relative, "", "", "the file is missing"))
    except UnicodeDecodeError as error:
        problems.append(Problem(relative, "", "", f"the file is not UTF-8 text (byte {error.start})"))
    except json.JSONDecodeError as error:
        problems.append(
            Problem(relative, "", "", f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}")
        )
    except (OSError, RecursionError) as error:
        problems.append(Problem(relative, "", "", f"the file cannot be read ({error})"))
    return None


def _validation_problems(file: str, item: str, error: ValidationError) -> list[Problem]:
    return [
        Problem(file, item, _field_path(e["loc"]), e["msg"])
        for e in error.errors(include_url=False, include_context=False)
    ]


def _field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _load_list(root: Path, relative: str, key_name: str, model: type[M], problems: list[Problem], key: str) -> list[M]:
    data = _read_json(root, relative, problems)
    if data is None:
        return []
    items = data.get(key_name) if isinstance(data, dict) else None
    if not isinstance(items, list):
        problems.append(Problem(relative, "", key_name, f"expected an object with a list named {key_name!r}"))
        return []
    if extra := sorted(set(data) - {key_name, "$comment"}):
        problems.append(Problem(relative, "", extra[0], "unknown field"))
    loaded: list[M] = []
    for index, raw in enumerate(items):
        label = str(raw.get(key, f"item {index}")) if isinstance(raw, dict) else f"item {index}"
        try:
            loaded.append(model.model_validate(raw))
        except ValidationError as error:
            problems.extend(_validation_problems(relative, label, error))
    return loaded


def _load_object(root: Path, relative: str, model: type[M], problems: list[Problem]) -> M | None:
    data = _read_json(root, relative, problems)
    if data is None:
        return None
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k != "$comment"}
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems.extend(_validation_problems(relative, "", error))
        return None


def _load_placements(root: Path, problems: list[Problem]) -> dict[str, Any]:
    data = _read_json(root, PLACEMENTS_FILE, problems)
    if data is None:
        return {}
    found = data.get("placements") if isinstance(data, dict) else None
    if not isinstance(found, dict):
        problems.append(Problem(PLACEMENTS_FILE, "", "placements", "expected an object named 'placements'"))
        return {}
    return found


def _load_points(root: Path, placements: dict[str, Any], problems: list[Problem]) -> list[Point]:
    folder = root / POINTS_DIR
    if not folder.is_dir():
        problems.append(Problem(POINTS_DIR, "", "", "the folder of point files is missing"))
        return []
    points: list[Point] = []
    for path in sorted(folder.glob("*.json")):
        relative = f"{POINTS_DIR}/{path.name}"
        raw = _read_json(root, relative, problems)
        if raw is None:
            continue
        if not isinstance(raw, dict):
            problems.append(Problem(relative, path.stem, "", "expected an object"))
            continue
        if "placements" in raw:
            problems.append(
                Problem(relative, path.stem, "placements", "positions come from the recipe; remove this field")
            )
            continue
        # By the code the file declares, else its name: a misnamed file is then reported as such.
        spots = placements.get(str(raw.get("code"))) or placements.get(path.stem)
        if not spots:
            problems.append(
                Problem(
                    relative,
                    path.stem,
                    "recipe",
                    f"the point has no place on any view in {PLACEMENTS_FILE} (run tools/place_points.py)",
                )
            )
            continue
        try:
            point = Point.model_validate({**raw, "placements": spots})
        except ValidationError as error:
            problems.extend(_validation_problems(relative, path.stem, error))
            continue
        if point.code != path.stem:
            problems.append(Problem(relative, point.code, "code", f"the file name says {path.stem!r}"))
        points.append(point)
    if not points and not any(p.file.startswith(POINTS_DIR) for p in problems):
        problems.append(Problem(POINTS_DIR, "", "", "there are no point files"))
    _check_unique(points, "code", POINTS_DIR, problems)
    return points


def _check_unique(items: Iterable[BaseModel], key: str, file: str, problems: list[Problem]) -> None:
    seen: set[str] = set()
    for item in items:
        value = getattr(item, key)
        if value in seen:
            problems.append(Problem(file, value, key, "appears more than once"))
        seen.add(value)


def _check_channels(channels: list[Channel], points: list[Point], problems: list[Problem]) -> None:
    """The fourteen channels, named as their points name them, their course links between their own points."""
    wanted = [code for code in CHANNEL_ORDER if code != "EX"]
    if sorted(c.code for c in channels) != sorted(wanted):
        problems.append(Problem(CHANNELS_FILE, "", "channels", f"expected exactly the channels {', '.join(wanted)}"))
    by_code = {p.code: p for p in points}
    for channel in channels:
        members = [p for p in points if channel_code(p) == channel.code]
        if any(p.channel != channel.name for p in members):
            problems.append(Problem(CHANNELS_FILE, channel.code, "name", "differs from the channel its points name"))
        for field, links in (("not_joined", channel.not_joined), ("joined", channel.joined)):
            for link in links:
                if any(code not in by_code or not code.startswith(channel.code) for code in link.between):
                    problems.append(
                        Problem(CHANNELS_FILE, channel.code, field, f"{link.between} are not both points of it")
                    )


def _check_diagrams_exist(root: Path, views: list[DiagramView], problems: list[Problem]) -> None:
    for view in views:
        relative = f"{DIAGRAMS_DIR}/{view.file}"
        if not (root / relative).is_file():
            problems.append(Problem(VIEWS_FILE, view.id, "file", f"the diagram {relative} is missing"))


def _avoided_in_pregnancy(points: list[Point], safety: SafetyGuide | None) -> set[str]:
    """The points a caution of their own, or a rule naming them, leaves alone in pregnancy."""

    def avoids(caution: Caution) -> bool:
        return caution.pregnancy and caution.action is CautionAction.AVOID

    avoided = {p.code for p in points if any(avoids(c) for c in p.cautions)}
    for rule in safety.rules if safety is not None else ():
        if avoids(rule.caution):
            avoided.update(rule.scope.points or ())
    return avoided


def _check_links(
    points: list[Point],
    symptoms: list[Symptom],
    views: list[DiagramView],
    avoided_in_pregnancy: set[str],
    problems: list[Problem],
) -> None:
    symptom_ids = {s.id for s in symptoms}
    pregnancy_only = {s.id for s in symptoms if s.pregnancy_only}
    view_ids = {v.id for v in views}
    for point in points:
        file = f"{POINTS_DIR}/{point.code}.json"
        for index, use in enumerate(point.uses):
            if use.symptom not in symptom_ids:
                problems.append(Problem(file, point.code, f"uses[{index}].symptom", f"unknown symptom {use.symptom!r}"))
            elif use.symptom in pregnancy_only and point.code in avoided_in_pregnancy:
                problems.append(
                    Problem(
                        file,
                        point.code,
                        f"uses[{index}].symptom",
                        f"{use.symptom!r} concerns pregnancy only, and this point is avoided in pregnancy",
                    )
                )
        for index, placement in enumerate(point.placements):
            field = f"placements[{index}]"
            if placement.view not in view_ids:
                problems.append(Problem(file, point.code, f"{field}.view", f"unknown view {placement.view!r}"))
    _check_key_points(points, symptoms, problems)


def _check_key_points(points: list[Point], symptoms: list[Symptom], problems: list[Problem]) -> None:
    """A complaint's best-known points are points that serve it (after the points' own problems)."""
    serving = {(u.symptom, p.code) for p in points for u in p.uses}
    loaded = {p.code for p in points}
    for symptom in symptoms:
        for index, code in enumerate(symptom.key_points):
            # A point that failed to load is reported already; only a loaded point can be wrong here.
            if code in loaded and (symptom.id, code) not in serving:
                problems.append(
                    Problem(SYMPTOMS_FILE, symptom.id, f"key_points[{index}]", f"{code!r} is not used for it")
                )


def _check_safety_links(
    safety: SafetyGuide, points: list[Point], filed: set[str], views: list[DiagramView], problems: list[Problem]
) -> None:
    """Every caution names known conditions; every rule covers known points and diagrams."""
    known = safety.condition_ids
    codes = {p.code for p in points} | filed
    view_ids = {v.id for v in views}
    for point in points:
        for index, caution in enumerate(point.cautions):
            for unknown in sorted(set(caution.conditions) - known):
                problems.append(
                    Problem(
                        f"{POINTS_DIR}/{point.code}.json",
                        point.code,
                        f"cautions[{index}].conditions",
                        f"unknown condition {unknown!r}",
                    )
                )
    for rule in safety.rules:
        for unknown in sorted(set(rule.caution.conditions) - known):
            problems.append(Problem(SAFETY_FILE, rule.id, "caution.conditions", f"unknown condition {unknown!r}"))
        for code in sorted(set(rule.scope.points or ()) - codes):
            problems.append(Problem(SAFETY_FILE, rule.id, "scope.points", f"unknown point {code!r}"))
        for view in sorted(set(rule.scope.views) - view_ids):
            problems.append(Problem(SAFETY_FILE, rule.id, "scope.views", f"unknown view {view!r}"))
