"""How a point is measured: each cun the text speaks of can be drawn, and said in fingers."""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path

import pytest

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.atlas.atlas_files import read_measures, read_view_geometry
from acupressure_desktop.catalog.atlas.geometry import ViewGeometry
from acupressure_desktop.catalog.atlas.recipes import Alternative
from acupressure_desktop.catalog.atlas.resolver import UnresolvableError, trace
from acupressure_desktop.catalog.measuring import Measuring, finger_label, finger_measure

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
CUN_SAID = re.compile(r"(\d+(?:\.\d+)?) cun")
AGREE_MM = 8.0  # another way the standard gives must land this close to the drawn point


@pytest.fixture(scope="module")
def geometries(catalog: Catalog) -> dict[str, ViewGeometry]:
    return {view.id: read_view_geometry(RESOURCES, view.id) for view in catalog.views}


@pytest.fixture(scope="module")
def measuring(catalog: Catalog, geometries: dict[str, ViewGeometry]) -> Measuring:
    return Measuring(catalog, geometries.__getitem__, RESOURCES)


def _lookup(catalog: Catalog, view: str):  # type: ignore[no-untyped-def]
    def position(code: str, side: str) -> tuple[float, float] | None:
        if not catalog.has_point(code):
            return None
        for placement in catalog.point(code).placements:
            if placement.view == view and placement.part == 0 and placement.side.value in (side, "center"):
                return (placement.x, placement.y)
        return None

    return position


def _drawable_forms(catalog: Catalog, code: str, geometries: dict[str, ViewGeometry]):  # type: ignore[no-untyped-def]
    """(form, placement, trace) for every form of the point's recipe that works out on a view it is on."""
    measures = read_measures(RESOURCES)
    point = catalog.point(code)
    for placement in point.placements:
        if placement.mirrored:
            continue
        recipe = point.recipe if placement.part == 0 else point.spots[placement.part - 1].recipe
        for form in recipe.forms():
            if isinstance(form, Alternative) and not form.fits(placement.view):
                continue
            try:
                traced = trace(
                    form, geometries[placement.view], placement.side.value, measures, _lookup(catalog, placement.view)
                )
            except UnresolvableError:
                continue
            yield form, placement, traced


def test_every_cun_a_self_care_location_speaks_of_has_a_measurement_to_draw(  # type: ignore[no-untyped-def]
    catalog: Catalog, geometries
) -> None:
    missing = []
    for point in catalog.self_care_points():
        said = {float(n) for n in CUN_SAID.findall(point.location)}
        drawn = {
            abs(step.cun)
            for _, _, traced in _drawable_forms(catalog, point.code, geometries)
            for step in traced.steps
            if step.cun is not None
        }
        if said - drawn:
            missing.append((point.code, sorted(said - drawn)))
    assert missing == [], missing


def test_each_other_way_of_finding_a_point_lands_on_the_drawn_point(catalog: Catalog, geometries) -> None:  # type: ignore[no-untyped-def]
    apart = []
    for point in catalog.points:
        if len(point.recipe.forms()) < 2:
            continue
        for form, placement, traced in _drawable_forms(catalog, point.code, geometries):
            mm = math.dist(traced.end, (placement.x, placement.y)) * geometries[placement.view].mm_per_unit
            if mm > AGREE_MM:
                apart.append((point.code, placement.view, round(mm, 1), form.start))
    assert apart == []


def test_st36_is_measured_from_the_knee_with_four_fingers(catalog: Catalog, measuring: Measuring) -> None:
    point = catalog.point("ST36")
    [placement] = [p for p in point.placements if p.view == "leg_front" and not p.mirrored]
    start, down, there = measuring.steps(point, placement)
    assert "kneecap tendon" in start.words and start.marks
    assert down.trace is not None and down.trace.cun == 3 and down.trace.unit is not None
    assert "3 cun" in down.words and "four fingers side by side" in down.words and "16 cun" in down.words
    assert there.words.startswith("There is ST36") and there.at == pytest.approx((placement.x, placement.y), abs=0.1)
    # The line is as long as three of the leg's cun, each a sixteenth of ST35 to ST41.
    assert math.dist(down.trace.start, down.trace.end) == pytest.approx(3 * down.trace.unit)


def test_a_step_that_slides_onto_a_line_counts_no_cun(catalog: Catalog, measuring: Measuring) -> None:
    point = catalog.point("PC6")
    steps = measuring.steps(point, point.placements[0])
    slide = steps[2]
    assert slide.trace is not None and slide.trace.cun is None and "midway between" in slide.words


@pytest.mark.parametrize(
    ("cun", "fingers"),
    [
        (1, "one thumb's width (at its middle joint)"),
        (1.5, "two fingers side by side (index and middle)"),
        (3, "four fingers side by side (at the middle knuckles)"),
        (4, "four fingers, then one thumb's width"),
        (6, "four fingers, 2 times"),
        (0.7, None),
        (12, None),
    ],
)
def test_finger_measures_follow_the_standard(cun: float, fingers: str | None) -> None:
    assert finger_measure(cun) == fingers


def test_every_body_measure_is_drawn_with_a_tick_per_cun_on_some_view(measuring: Measuring) -> None:
    for measure in measuring.measures().measures:
        drawn = measuring.body_measure(measure.id)
        assert drawn is not None, measure.id
        _view, (ends, line) = drawn
        assert len(ends.marks) == 2 and line.trace is not None
        assert line.trace.cun == measure.cun and line.trace.unit is not None
        assert line.trace.unit * measure.cun == pytest.approx(_route_length(line.trace.route), rel=0.02)


def _route_length(route: tuple[tuple[float, float], ...]) -> float:
    return sum(math.dist(a, b) for a, b in itertools.pairwise(route))


@pytest.mark.parametrize(
    ("cun", "label"),
    [(3, "4 fingers"), (1.5, "2 fingers"), (4, "4 fingers + 1 thumb"), (6, "2 × 4 fingers"), (0.3, None)],
)
def test_the_picture_writes_the_finger_measure_short(cun: float, label: str | None) -> None:
    assert finger_label(cun) == label
