"""The shipped atlas: positions follow the recipes, and the drawings measure one person the standard's way.

The distances below are written from the WHO standard's definitions, not read back from the
recipes: moving a landmark or changing a recipe wrongly makes one of them fail.
"""

from __future__ import annotations

import json
import math
import statistics
from pathlib import Path

import pytest

from acupressure_desktop.catalog import Catalog, Placement, Side
from acupressure_desktop.catalog.atlas.atlas_files import (
    PLACEMENTS_FILE,
    compute_placements,
    read_measures,
    read_point_recipes,
    read_view_geometry,
    spots_to_json,
)
from acupressure_desktop.catalog.atlas.geometry import Vec, ViewGeometry
from acupressure_desktop.catalog.atlas.measures import arc_position
from acupressure_desktop.catalog.atlas.placing import PointRecipe
from acupressure_desktop.catalog.atlas.resolver import UnresolvableError, resolve
from acupressure_desktop.catalog.outline import read_outline
from acupressure_desktop.resources import resource_root

ROOT = resource_root()


def recipes(catalog: Catalog) -> list[PointRecipe]:
    return [p.placing_recipe() for p in catalog.points]


def geometry(view_id: str) -> ViewGeometry:
    return read_view_geometry(ROOT, view_id)


def test_the_placements_file_is_what_the_recipes_give(catalog: Catalog) -> None:
    computed = compute_placements(ROOT, [v.id for v in catalog.views], recipes(catalog))
    shipped = (ROOT / PLACEMENTS_FILE).read_text(encoding="utf-8")
    assert shipped == spots_to_json(computed), "run tools/place_points.py"


def test_every_view_has_a_landmark_file_that_agrees_with_the_view_list(catalog: Catalog) -> None:
    for view in catalog.views:
        found = geometry(view.id)
        assert found.shows == view.shows, view.id
        if view.person_right_on is not None:
            # Which side of the picture a paired landmark's right lies on.
            for name, landmark in found.landmarks.items():
                if landmark.left is not None and landmark.right is not None:
                    right_is_left = landmark.right[0] < landmark.left[0]
                    assert right_is_left == (view.person_right_on == "left"), (view.id, name)


def test_every_recipe_fails_on_a_view_only_for_want_of_what_the_view_does_not_draw(catalog: Catalog) -> None:
    """A view that draws everything a recipe names shows the point; other failures are data errors."""
    measures = read_measures(ROOT)
    placed = {(p.code, pl.view) for p in catalog.points for pl in p.placements}
    for view in catalog.views:
        found = geometry(view.id)
        for point in catalog.points:
            for side in found.sides_for(point.sides):

                def lookup(code: str, s: str, view_id: str = view.id) -> Vec | None:
                    return _position(catalog, code, view_id, s)

                fits = False
                for form in point.recipe.forms(view.id):
                    try:
                        resolve(form, found, side, measures, lookup)
                        fits = True
                    except UnresolvableError as error:
                        assert str(error).startswith(("no ", "the measure")), (point.code, view.id, str(error))
                if not fits:
                    continue
                assert (point.code, view.id) in placed, (point.code, view.id)


def _position(catalog: Catalog, code: str, view_id: str, side: str) -> Vec | None:
    if not catalog.has_point(code):
        return None
    for placement in catalog.point(code).placements:
        if placement.view == view_id and placement.side.value == side and not placement.mirrored:
            return (placement.x, placement.y)
    return None


def _midline_x(found: ViewGeometry) -> float:
    paired = [lm for lm in found.landmarks.values() if lm.left is not None and lm.right is not None]
    return statistics.median((lm.left[0] + lm.right[0]) / 2 for lm in paired if lm.left and lm.right)


def test_left_and_right_positions_mirror_each_other(catalog: Catalog) -> None:
    measures = read_measures(ROOT)
    for view in catalog.views:
        by_side: dict[tuple[str, Side], Placement] = {}
        for point in catalog.points_on(view.id):
            for placement in point.placements:
                if placement.view == view.id:
                    by_side[(point.code, placement.side)] = placement
        found = geometry(view.id)
        for (code, side), right in by_side.items():
            if side is not Side.RIGHT or (code, Side.LEFT) not in by_side:
                continue
            left = by_side[(code, Side.LEFT)]
            if view.one_side:
                # The other side is the same drawing flipped: the same spot, marked mirrored.
                assert (left.x, left.y) == (right.x, right.y), (code, view.id)
                assert left.mirrored != right.mirrored, (code, view.id)
                continue
            # One cun of a measure both halves share, to say how far from mirrored is too far.
            cun = measures.unit(("chest_width", "shoulder_width", "back_width", "forehead_width"), found, "right")
            assert cun is not None, view.id
            middle = _midline_x(found)
            assert abs((left.x + right.x) / 2 - middle) < 0.3 * cun, (code, view.id)
            assert abs(left.y - right.y) < 0.3 * cun, (code, view.id)


def test_every_measure_gives_one_persons_cun_on_every_view() -> None:
    """The same measure is the same size on every view that draws it (1 unit = mm_per_unit mm)."""
    views = [v["id"] for v in json.loads((ROOT / "catalog/views.json").read_text(encoding="utf-8"))["views"]]
    sizes: dict[str, list[tuple[str, float]]] = {}
    for view_id in views:
        found = geometry(view_id)
        side = "left" if found.shows.value == "left" else "right"
        for measure in read_measures(ROOT).measures:
            unit = measure.unit(found, side)
            if unit is not None:
                sizes.setdefault(measure.id, []).append((view_id, unit * found.mm_per_unit))
    assert len(sizes) >= 20
    for measure_id, found_sizes in sizes.items():
        median = statistics.median(mm for _, mm in found_sizes)
        # An adult's proportional cun is 1-3 cm whatever the region.
        assert 10 <= median <= 32, (measure_id, median)
        for view_id, mm in found_sizes:
            assert abs(mm - median) <= 0.16 * median, (measure_id, view_id, round(mm, 1), round(median, 1))


def cun_between(found: ViewGeometry, start: Vec, end: Vec, measure_id: str, side: str) -> float:
    """How many cun of ``measure_id`` lie from ``start`` to ``end``, counted along that measure's axis."""
    measure = read_measures(ROOT).get(measure_id)
    assert measure is not None
    ends = measure.ends(found, side)
    unit = measure.unit(found, side)
    assert ends is not None and unit is not None, (measure_id, found.view)
    (ax, ay), (bx, by) = ends
    length = math.hypot(bx - ax, by - ay)
    axis = ((bx - ax) / length, (by - ay) / length)
    return abs((end[0] - start[0]) * axis[0] + (end[1] - start[1]) * axis[1]) / unit


def place_of(catalog: Catalog, found: ViewGeometry, name: str, side: str) -> Vec | None:
    if name[:1].isupper():
        return _position(catalog, name, found.view, side if catalog.point(name).is_bilateral else "center")
    return found.landmark(name, side)


# (from, to, measure, cun): the standard's distances, checked on every view that shows both ends.
STANDARD_DISTANCES = [
    ("wrist_crease_palmar_mid", "PC6", "forearm", 2),
    ("wrist_crease_palmar_radial_end", "LU7", "forearm", 1.5),
    ("wrist_crease_dorsal_mid", "TE5", "forearm_back", 2),
    ("medial_malleolus_prominence", "SP6", "leg_inner", 3),
    ("patella_ligament_lateral_hollow", "ST36", "leg_front", 3),
    ("navel", "CV6", "lower_abdomen", 1.5),
    ("navel", "CV12", "upper_abdomen", 4),
    ("navel", "ST25", "chest_width", 2),
    ("spinous_l2", "BL23", "back_width", 1.5),
    ("xiphisternal_junction", "navel", "upper_abdomen", 8),
    ("navel", "pubic_symphysis_upper", "lower_abdomen", 5),
    ("cubital_crease_mid", "wrist_crease_palmar_mid", "forearm", 12),
    ("medial_tibial_condyle_lower", "medial_malleolus_prominence", "leg_inner", 13),
    ("popliteal_crease_level", "lateral_malleolus_prominence", "leg_outer", 16),
]


@pytest.mark.parametrize(("start", "end", "measure_id", "cun"), STANDARD_DISTANCES)
def test_the_standards_distances_hold_on_every_view_that_shows_them(
    catalog: Catalog, start: str, end: str, measure_id: str, cun: float
) -> None:
    checked = []
    for view in catalog.views:
        found = geometry(view.id)
        for side in ("right", "left") if not view.one_side else (view.shows.value,):
            a, b = place_of(catalog, found, start, side), place_of(catalog, found, end, side)
            if a is None or b is None or read_measures(ROOT).unit(measure_id, found, side) is None:
                continue
            assert cun_between(found, a, b, measure_id, side) == pytest.approx(cun, abs=0.05), (view.id, side)
            checked.append(view.id)
    assert checked, "no view shows both ends and the measure"


def test_the_crown_point_is_five_cun_behind_the_front_hairline_over_the_scalp(catalog: Catalog) -> None:
    measures = read_measures(ROOT)
    head_length = measures.get("head_length")
    assert head_length is not None and head_length.along is not None
    for view_id in ("head_side", "head_top"):
        found = geometry(view_id)
        line = found.line(head_length.along, "center")
        unit = head_length.unit(found, "center")
        crown = _position(catalog, "GV20", view_id, "center")
        hairline = found.landmark("anterior_hairline_mid", "center")
        assert line and unit and crown and hairline, view_id
        assert (arc_position(line, crown) - arc_position(line, hairline)) / unit == pytest.approx(5, abs=0.05)


@pytest.mark.parametrize(
    ("code", "start", "end", "share"),
    [
        ("KI1", "sole_web_2_3", "sole_heel_back", 1 / 3),
        ("EX-HN3", "eyebrow_medial_end:right", "eyebrow_medial_end:left", 1 / 2),
    ],
)
def test_points_defined_as_a_share_of_a_line_sit_at_that_share(
    catalog: Catalog, code: str, start: str, end: str, share: float
) -> None:
    for view_id in catalog.point(code).views():
        found = geometry(view_id)
        side = (
            "center"
            if not catalog.point(code).is_bilateral
            else (found.shows.value if found.shows.value != "both" else "right")
        )
        a = found.landmark(start.partition(":")[0], start.partition(":")[2] or side)
        b = found.landmark(end.partition(":")[0], end.partition(":")[2] or side)
        p = _position(catalog, code, view_id, side)
        assert a and b and p
        total = math.hypot(b[0] - a[0], b[1] - a[1])
        if total == 0:
            continue  # a side view, where both ends are one spot
        assert math.hypot(p[0] - a[0], p[1] - a[1]) / total == pytest.approx(share, abs=0.01), view_id


def test_every_landmark_and_line_has_a_label_to_show() -> None:
    for path in sorted((ROOT / "body_svgs").glob("*.json")):
        found = geometry(path.stem)
        assert found.landmarks, path.name
        for name, landmark in found.landmarks.items():
            assert landmark.label.strip() and not landmark.label[0].islower(), (path.name, name)
        for name, line in found.lines.items():
            assert line.label.strip() and not line.label[0].islower(), (path.name, name)


def test_every_landmark_lies_on_its_drawing() -> None:
    for path in sorted((ROOT / "body_svgs").glob("*.json")):
        box, _ = read_outline(Path(str(path).removesuffix(".json") + ".svg"))
        for name, landmark in geometry(path.stem).landmarks.items():
            for spot in (landmark.at, landmark.left, landmark.right):
                if spot is not None:
                    assert box.contains(*spot), (path.name, name)


def drafted_recipes() -> list[PointRecipe]:
    """Points drafted for a later part of the atlas, placed on the same views before they ship."""
    return read_point_recipes(Path(__file__).parents[2] / "drafts" / "points")


@pytest.fixture(scope="module")
def whole_atlas(catalog: Catalog) -> dict[tuple[str, str, str], Vec]:
    """Every shipped and drafted point's unmirrored spots, by (code, view, side)."""
    spots = compute_placements(ROOT, [v.id for v in catalog.views], recipes(catalog) + drafted_recipes())
    return {(code, s.view, s.side): (s.x, s.y) for code, found in spots.items() for s in found if not s.mirrored}


# Consecutive points along each channel's segments, as the standard measures them:
# (from, to, measure, cun); "from" may be a landmark.
CHANNEL_DISTANCES = [
    ("LU9", "LU8", "forearm", 1),
    ("LU9", "LU7", "forearm", 1.5),
    ("LU9", "LU6", "forearm", 7),
    ("LU9", "LU5", "forearm", 12),
    ("PC7", "PC6", "forearm", 2),
    ("PC7", "PC5", "forearm", 3),
    ("PC7", "PC4", "forearm", 5),
    ("HT7", "HT6", "forearm", 0.5),
    ("HT7", "HT5", "forearm", 1),
    ("HT7", "HT4", "forearm", 1.5),
    ("wrist_crease_dorsal_mid", "TE5", "forearm_back", 2),
    ("wrist_crease_dorsal_mid", "TE6", "forearm_back", 3),
    ("wrist_crease_dorsal_mid", "TE8", "forearm_back", 4),
    ("wrist_crease_dorsal_mid", "LI6", "forearm_back", 3),
    ("wrist_crease_dorsal_mid", "LI7", "forearm_back", 5),
    ("ST35", "ST36", "leg_front", 3),
    ("ST35", "ST37", "leg_front", 6),
    ("ST35", "ST38", "leg_front", 8),
    ("ST35", "ST39", "leg_front", 9),
    ("medial_malleolus_prominence", "SP6", "leg_inner", 3),
    ("medial_malleolus_prominence", "SP7", "leg_inner", 6),
    ("SP9", "SP8", "leg_inner", 3),
    ("medial_malleolus_prominence", "KI7", "leg_inner", 2),
    ("medial_malleolus_prominence", "KI9", "leg_inner", 5),
    ("medial_malleolus_prominence", "LR5", "leg_inner", 5),
    ("medial_malleolus_prominence", "LR6", "leg_inner", 7),
    ("lateral_malleolus_prominence", "GB39", "leg_outer", 3),
    ("lateral_malleolus_prominence", "GB38", "leg_outer", 4),
    ("lateral_malleolus_prominence", "GB37", "leg_outer", 5),
    ("lateral_malleolus_prominence", "GB35", "leg_outer", 7),
    ("BL60", "BL59", "leg_outer", 3),
    ("navel", "CV7", "lower_abdomen", 1),
    ("navel", "CV6", "lower_abdomen", 1.5),
    ("navel", "CV5", "lower_abdomen", 2),
    ("navel", "CV4", "lower_abdomen", 3),
    ("navel", "CV3", "lower_abdomen", 4),
    ("navel", "CV9", "upper_abdomen", 1),
    ("navel", "CV10", "upper_abdomen", 2),
    ("navel", "CV11", "upper_abdomen", 3),
    ("navel", "CV13", "upper_abdomen", 5),
    ("navel", "CV14", "upper_abdomen", 6),
    ("navel", "ST24", "upper_abdomen", 1),
    ("navel", "ST26", "lower_abdomen", 1),
    ("navel", "KI16", "chest_width", 0.5),
    ("spinous_t3", "BL13", "back_width", 1.5),
    ("spinous_l2", "BL52", "back_width", 3),
]


def _on(atlas: dict[tuple[str, str, str], Vec], found: ViewGeometry, name: str, side: str) -> Vec | None:
    if not name[:1].isupper():
        return found.landmark(name, side)
    return atlas.get((name, found.view, side)) or atlas.get((name, found.view, "center"))


@pytest.mark.parametrize(("start", "end", "measure_id", "cun"), CHANNEL_DISTANCES)
def test_consecutive_points_of_each_channel_are_as_many_cun_apart_as_the_standard_says(
    catalog: Catalog, whole_atlas: dict[tuple[str, str, str], Vec], start: str, end: str, measure_id: str, cun: float
) -> None:
    checked = []
    for view in catalog.views:
        found = geometry(view.id)
        for side in ("right", "left") if not view.one_side else (view.shows.value,):
            a, b = (_on(whole_atlas, found, name, side) for name in (start, end))
            if a is None or b is None or read_measures(ROOT).unit(measure_id, found, side) is None:
                continue
            assert cun_between(found, a, b, measure_id, side) == pytest.approx(cun, abs=0.15), (view.id, side)
            checked.append(view.id)
    assert checked, "no view shows both points and the measure"


def test_ht8_lies_level_with_pc8_across_the_palm(catalog: Catalog) -> None:
    """The standard's note: HT8 is at the same level as PC8."""
    found = geometry("palm")
    proximal = found.direction("proximal", "right")
    assert proximal is not None
    ht8, pc8 = (_position(catalog, code, "palm", "right") for code in ("HT8", "PC8"))
    assert ht8 is not None and pc8 is not None
    length = math.hypot(*proximal)
    offset = ((ht8[0] - pc8[0]) * proximal[0] + (ht8[1] - pc8[1]) * proximal[1]) / length
    assert abs(offset) < 3  # drawing units: under a millimetre on the palm
