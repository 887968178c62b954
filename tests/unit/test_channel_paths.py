"""The channels drawn on every view run through their points in order and stay on the body."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.atlas.atlas_files import DIAGRAMS_DIR
from acupressure_desktop.catalog.channel_drawing import channels_on
from acupressure_desktop.catalog.outline import read_outline

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@pytest.fixture(scope="module")
def drawn(catalog: Catalog) -> dict[str, dict[str, list]]:  # type: ignore[type-arg]
    return {
        view.id: channels_on(catalog, view.id, read_outline(RESOURCES / DIAGRAMS_DIR / f"{view.id}.svg")[1])
        for view in catalog.views
    }


def test_every_path_passes_through_its_points_in_the_channel_s_order(catalog: Catalog, drawn) -> None:  # type: ignore[no-untyped-def]
    checked = 0
    for view_id, sides in drawn.items():
        for side, paths in sides.items():
            for path in paths:
                channel = catalog.channel(path.channel)
                order = [p.code for p in catalog.channel_points(channel.code)]
                course = channel.course(order)
                for pair in itertools.pairwise(path.codes):
                    assert _follows(pair, course), (view_id, path.codes)
                assert list(path.anchors) == sorted(path.anchors)
                for code, index in zip(path.codes, path.anchors, strict=True):
                    [placement] = [
                        p
                        for p in catalog.point(code).placements
                        if p.view == view_id and p.side.value == side and p.part == 0 and not p.mirrored
                    ]
                    assert path.samples[index] == (placement.x, placement.y)
                checked += 1
    assert checked > 100


def _follows(pair: tuple[str, str], course: list[tuple[str, str]]) -> bool:
    """``pair`` is a link of the course, or passes at most two points of it that the view does not show."""
    if pair in course:
        return True
    onward: dict[str, str] = {}
    for start, end in course:
        onward.setdefault(start, end)
    at = pair[0]
    for _ in range(3):
        at = onward.get(at, "")
        if at == pair[1]:
            return True
    return False


def test_no_path_leaves_the_body_outline(catalog: Catalog, drawn) -> None:  # type: ignore[no-untyped-def]
    outside = []
    for view in catalog.views:
        box, outline = read_outline(RESOURCES / DIAGRAMS_DIR / f"{view.id}.svg")
        for paths in drawn[view.id].values():
            for path in paths:
                outside += [
                    (view.id, path.codes[0], at)
                    for at in path.samples
                    if not (box.contains(*at) and outline.contains(*at))
                ]
    assert outside == []


def test_the_stomach_channel_runs_down_the_shin_past_st40_round_the_side(catalog: Catalog, drawn) -> None:  # type: ignore[no-untyped-def]
    [shin] = [p for p in drawn["leg_front"]["right"] if p.channel == "ST" and "ST36" in p.codes]
    assert shin.codes[shin.codes.index("ST35") : shin.codes.index("ST41") + 1] == (
        "ST35", "ST36", "ST37", "ST38", "ST39", "ST41"
    )  # fmt: skip


def test_the_neck_branch_of_the_stomach_channel_leaves_from_the_jaw(catalog: Catalog, drawn) -> None:  # type: ignore[no-untyped-def]
    codes = [p.codes for side in ("left", "right") for p in drawn["head_front"][side] if p.channel == "ST"]
    assert any(c[:2] == ("ST5", "ST9") for c in codes)
    assert not any(pair == ("ST8", "ST9") for c in codes for pair in itertools.pairwise(c))


def test_the_governor_vessel_runs_up_the_midline_of_the_back(catalog: Catalog, drawn) -> None:  # type: ignore[no-untyped-def]
    [back] = [p for p in drawn["torso_back"]["center"] if p.channel == "GV"]
    ys = [back.samples[i][1] for i in back.anchors]
    assert ys == sorted(ys, reverse=True)  # GV1 lowest, upward in number


def test_walking_a_channel_goes_by_number_and_stops_at_its_ends(catalog: Catalog) -> None:
    from acupressure_desktop.catalog.browsing import along_channel

    assert along_channel(catalog, "ST36", 1) == "ST37"
    assert along_channel(catalog, "ST36", -1) == "ST35"
    assert along_channel(catalog, "ST45", 1) is None
    assert along_channel(catalog, "LU1", -1) is None
    assert along_channel(catalog, "EX-HN3", 1) is None


def test_the_bladder_channel_s_course_leaves_number_order_where_the_standard_does(catalog: Catalog) -> None:
    bladder = catalog.channel("BL")
    course = bladder.course([p.code for p in catalog.channel_points("BL")])
    assert ("BL40", "BL41") not in course and ("BL54", "BL55") not in course
    assert course.index(("BL40", "BL55")) == course.index(("BL55", "BL56")) - 1
    assert len(catalog.channels) == 14 and {c.code for c in catalog.channels} >= {"GV", "CV", "LR"}
