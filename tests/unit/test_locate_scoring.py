"""Locate answers scored in the cun of the body region, against points whose distance the standard gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.atlas.atlas_files import read_view_geometry
from acupressure_desktop.catalog.measuring import Measuring
from acupressure_desktop.learning.grading import Outcome
from acupressure_desktop.learning.locate_scoring import score_click

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@pytest.fixture(scope="module")
def measuring(catalog: Catalog) -> Measuring:
    geometries = {view.id: read_view_geometry(RESOURCES, view.id) for view in catalog.views}
    return Measuring(catalog, geometries.__getitem__, RESOURCES)


def spot(catalog: Catalog, code: str, view: str, side: str = "right") -> tuple[float, float]:
    """Where the point is drawn on ``view``: on ``side``, or on the midline for a midline point."""
    [found] = [
        p
        for p in catalog.point(code).placements
        if p.view == view and p.side.value in (side, "center") and not p.part and not p.mirrored
    ]
    return (found.x, found.y)


@pytest.mark.parametrize(
    ("asked", "clicked", "view", "cun", "outcome"),
    [
        ("ST36", "ST37", "leg_front", 3.0, Outcome.MISSED),  # the leg: ST37 is 3 cun below ST36
        ("CV12", "CV11", "torso_front", 1.0, Outcome.CLOSE),  # the belly: 1 cun apart on the midline
        ("CV12", "CV13", "torso_front", 1.0, Outcome.CLOSE),
        ("PC6", "PC5", "arm_inner", 1.0, Outcome.CLOSE),  # the forearm: PC5 is 3 cun, PC6 2 cun above the wrist
        ("PC6", "PC7", "arm_inner", 2.0, Outcome.MISSED),
        ("ST36", "ST36", "leg_front", 0.0, Outcome.RIGHT),
    ],
)
def test_a_click_on_a_neighbouring_point_is_as_many_cun_off_as_the_standard_says(  # type: ignore[no-untyped-def]
    catalog: Catalog, measuring: Measuring, asked, clicked, view, cun, outcome
) -> None:
    score = score_click(catalog, measuring, asked, view, spot(catalog, clicked, view))
    assert score.cun_off == pytest.approx(cun, abs=0.15)
    assert score.outcome is outcome


def test_a_click_close_by_is_right_and_either_side_of_a_paired_point_counts(
    catalog: Catalog, measuring: Measuring
) -> None:
    x, y = spot(catalog, "ST36", "body_front", "left")
    score = score_click(catalog, measuring, "ST36", "body_front", (x + 1.0, y))
    assert score.outcome is Outcome.RIGHT and score.answer.side.value == "left"


def test_a_point_not_on_the_view_cannot_be_scored_there(catalog: Catalog, measuring: Measuring) -> None:
    with pytest.raises(ValueError, match="not on"):
        score_click(catalog, measuring, "ST36", "palm", (0.0, 0.0))
