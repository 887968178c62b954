"""Recipes worked out on a drawing: the standard's proportional cun, as plain arithmetic."""

from __future__ import annotations

import math

import pytest

from acupressure_desktop.catalog.atlas import MeasureTable, Recipe, UnresolvableError, ViewGeometry, resolve
from acupressure_desktop.catalog.atlas.placing import PointRecipe, RecipeCycleError, place_all

# A stylised right forearm, palm up: elbow crease at the top, wrist crease 1,200 units below.
FOREARM = ViewGeometry.model_validate(
    {
        "view": "forearm",
        "shows": "right",
        "mm_per_unit": 0.2,
        "directions": {"proximal": [0, -1], "distal": [0, 1], "radial": [-1, 0], "ulnar": [1, 0]},
        "landmarks": {
            "cubital_crease_mid": {"at": [300, 100], "label": "elbow crease"},
            "wrist_crease_palmar_mid": {"at": [300, 1300], "label": "wrist crease"},
            "radial_styloid": {"at": [200, 1260], "label": "radial styloid"},
        },
        "lines": {
            "radius_radial_border": {"points": [[180, 100], [190, 700], [200, 1300]], "label": "edge of the radius"}
        },
    }
)
# A stylised trunk from the front, both sides: the patient's right on the viewer's left.
TRUNK = ViewGeometry.model_validate(
    {
        "view": "trunk",
        "shows": "both",
        "mm_per_unit": 1,
        "directions": {"superior": [0, -1], "inferior": [0, 1], "lateral": {"left": [1, 0], "right": [-1, 0]}},
        "landmarks": {
            "xiphisternal_junction": {"at": [400, 300], "label": "lower end of the breastbone"},
            "navel": {"at": [400, 620], "label": "navel"},
            "nipple": {"left": [560, 220], "right": [240, 220], "label": "nipple"},
        },
    }
)
MEASURES = MeasureTable.model_validate(
    {
        "measures": [
            {"id": "forearm", "from": "cubital_crease_mid", "to": "wrist_crease_palmar_mid", "cun": 12, "label": "f"},
            {"id": "upper_abdomen", "from": "xiphisternal_junction", "to": "navel", "cun": 8, "label": "u"},
            {"id": "chest_width", "from": "nipple:right", "to": "nipple:left", "cun": 8, "label": "c"},
        ]
    }
)


def no_points(_code: str, _side: str) -> None:
    return None


def recipe(data: dict) -> Recipe:  # type: ignore[type-arg]
    return Recipe.model_validate(data)


def test_two_cun_toward_the_elbow_is_a_sixth_of_the_forearm() -> None:
    pc6 = recipe(
        {
            "start": "wrist_crease_palmar_mid",
            "steps": [{"toward": "cubital_crease_mid", "cun": 2, "measure": "forearm"}],
        }
    )
    assert resolve(pc6, FOREARM, "right", MEASURES, no_points) == pytest.approx((300, 1100))


def test_a_direction_step_uses_the_named_measure_for_its_cun() -> None:
    cv12 = recipe({"start": "navel", "steps": [{"direction": "superior", "cun": 4, "measure": "upper_abdomen"}]})
    # 8 cun from 620 to 300: 40 units a cun.
    assert resolve(cv12, TRUNK, "center", MEASURES, no_points) == pytest.approx((400, 460))


def test_lateral_means_away_from_the_midline_on_each_side() -> None:
    st25 = recipe({"start": "navel", "steps": [{"direction": "lateral", "cun": 2, "measure": "chest_width"}]})
    # Nipples 320 apart are 8 cun: 40 units a cun, 2 cun = 80.
    assert resolve(st25, TRUNK, "left", MEASURES, no_points) == pytest.approx((480, 620))
    assert resolve(st25, TRUNK, "right", MEASURES, no_points) == pytest.approx((320, 620))


def test_sliding_onto_a_line_finds_it_at_the_same_level() -> None:
    lu7ish = recipe(
        {
            "start": "wrist_crease_palmar_mid",
            "steps": [
                {"toward": "cubital_crease_mid", "cun": 1.5, "measure": "forearm"},
                {"onto": "radius_radial_border", "direction": "radial"},
            ],
        }
    )
    x, y = resolve(lu7ish, FOREARM, "right", MEASURES, no_points)
    assert y == pytest.approx(1150)
    assert x == pytest.approx(190 + 10 * (1150 - 700) / 600)


def test_a_level_step_slides_along_its_direction_to_the_level_of_another_point() -> None:
    beside = recipe({"start": "nipple", "steps": [{"level_with": "CV12", "direction": "inferior"}]})
    x, y = resolve(beside, TRUNK, "left", MEASURES, lambda code, _side: (400, 460) if code == "CV12" else None)
    assert (x, y) == pytest.approx((560, 460))
    assert beside.anchors() == {"nipple", "CV12"}


def test_midway_between_two_landmarks() -> None:
    middle = recipe({"start": {"between": ["radial_styloid", "wrist_crease_palmar_mid"], "at": 0.5}})
    assert resolve(middle, FOREARM, "right", MEASURES, no_points) == pytest.approx((250, 1280))


def test_a_nudge_must_say_why() -> None:
    with pytest.raises(ValueError, match="why"):
        recipe({"start": "navel", "steps": [{"direction": "lateral", "cun": 0.2, "measure": "chest_width", "why": ""}]})


def test_a_view_without_a_named_landmark_cannot_show_the_point() -> None:
    st36 = recipe(
        {"start": "patella_lower_border", "steps": [{"direction": "inferior", "cun": 3, "measure": "leg_front"}]}
    )
    with pytest.raises(UnresolvableError, match="patella_lower_border"):
        resolve(st36, TRUNK, "left", MEASURES, no_points)


def test_points_place_on_every_view_that_has_their_landmarks_and_mirror_on_one_side_views() -> None:
    points = [
        PointRecipe(
            "PC6",
            recipe(
                {
                    "start": "wrist_crease_palmar_mid",
                    "steps": [{"toward": "cubital_crease_mid", "cun": 2, "measure": "forearm"}],
                }
            ),
            ("left", "right"),
        ),
        PointRecipe(
            "CV12",
            recipe({"start": "navel", "steps": [{"direction": "superior", "cun": 4, "measure": "upper_abdomen"}]}),
            ("center",),
        ),
        PointRecipe(
            "ST25",
            recipe({"start": "navel", "steps": [{"direction": "lateral", "cun": 2, "measure": "chest_width"}]}),
            ("left", "right"),
        ),
        # Starts from another point, as the standard often does.
        PointRecipe(
            "PC5",
            recipe({"start": "PC6", "steps": [{"toward": "cubital_crease_mid", "cun": 1, "measure": "forearm"}]}),
            ("left", "right"),
        ),
    ]
    spots = place_all(points, [FOREARM, TRUNK], MEASURES)
    assert [(s.view, s.side, s.mirrored) for s in spots["PC6"]] == [
        ("forearm", "right", False),
        ("forearm", "left", True),
    ]
    assert spots["PC5"][0].y == pytest.approx(1000)
    assert [(s.view, s.side) for s in spots["CV12"]] == [("trunk", "center")]
    left, right = spots["ST25"]
    # Left and right mirror each other across the midline.
    assert math.isclose(left.x - 400, 400 - right.x) and left.y == right.y


def test_recipes_that_start_from_each_other_are_refused_by_name() -> None:
    points = [
        PointRecipe("PC5", recipe({"start": "PC6"}), ("left", "right")),
        PointRecipe("PC6", recipe({"start": "PC5"}), ("left", "right")),
    ]
    with pytest.raises(RecipeCycleError, match="PC5 -> PC6 -> PC5"):
        place_all(points, [FOREARM], MEASURES)


# A head in profile: the scalp's midline is a curve from the front hairline over the top to the back.
HEAD = ViewGeometry.model_validate(
    {
        "view": "head",
        "shows": "right",
        "mm_per_unit": 0.2,
        "directions": {"superior": [0, -1], "anterior": [1, 0], "posterior": [-1, 0]},
        "landmarks": {
            "anterior_hairline_mid": {"at": [800, 400], "label": "front hairline"},
            "posterior_hairline_mid": {"at": [200, 700], "label": "back hairline"},
        },
        "lines": {
            "scalp_midline": {
                "points": [[800, 400], [700, 200], [500, 100], [300, 200], [200, 700]],
                "label": "the scalp's midline",
            },
            "tendon_front": {"points": [[600, 0], [600, 1000]], "label": "front tendon"},
            "tendon_back": {"points": [[400, 0], [400, 1000]], "label": "back tendon"},
        },
    }
)
CURVED = MeasureTable.model_validate(
    {
        "measures": [
            {
                "id": "head_length",
                "from": "anterior_hairline_mid",
                "to": "posterior_hairline_mid",
                "cun": 12,
                "label": "hairline to hairline over the scalp",
                "along": "scalp_midline",
            },
            {"id": "missing", "from": "nowhere", "to": "anterior_hairline_mid", "cun": 1, "label": "not here"},
        ]
    }
)


def test_a_measure_along_the_scalp_counts_cun_on_the_curve_not_the_chord() -> None:
    gv20 = recipe(
        {"start": "anterior_hairline_mid", "steps": [{"along": "scalp_midline", "cun": 5, "measure": "head_length"}]}
    )
    x, y = resolve(gv20, HEAD, "center", CURVED, no_points)
    pieces = [math.hypot(100, 200), math.hypot(200, 100), math.hypot(200, 100), math.hypot(100, 500)]
    walked = sum(pieces) * 5 / 12 - pieces[0] - pieces[1]  # into the third piece, past the top
    share = walked / pieces[2]
    assert (x, y) == pytest.approx((500 - 200 * share, 100 + 100 * share))
    # The straight chord from hairline to hairline would put it far lower, inside the skull.
    assert y < 400 + (700 - 400) * 5 / 12


def test_between_two_tendons_and_part_of_the_way_to_a_line() -> None:
    between = recipe(
        {
            "start": "anterior_hairline_mid",
            "steps": [{"onto": ["tendon_front", "tendon_back"], "direction": "posterior"}],
        }
    )
    assert resolve(between, HEAD, "center", CURVED, no_points) == pytest.approx((500, 400))
    halfway = recipe(
        {"start": "anterior_hairline_mid", "steps": [{"onto": "tendon_front", "direction": "posterior", "part": 0.5}]}
    )
    assert resolve(halfway, HEAD, "center", CURVED, no_points) == pytest.approx((700, 400))


def test_the_first_measure_the_view_can_take_counts() -> None:
    step = recipe(
        {
            "start": "anterior_hairline_mid",
            "steps": [{"direction": "superior", "cun": 1, "measure": ["missing", "head_length"]}],
        }
    )
    x, y = resolve(step, HEAD, "center", CURVED, no_points)
    assert x == 800 and y < 400


def test_the_standards_other_way_places_a_point_where_the_first_cannot() -> None:
    # Measured up the forearm where the view draws it; on the trunk view, another landmark.
    point = PointRecipe(
        "XX",
        recipe(
            {
                "start": "wrist_crease_palmar_mid",
                "steps": [{"direction": "proximal", "cun": 2, "measure": "forearm"}],
                "otherwise": [{"start": "navel", "why": "the standard's note gives another landmark"}],
            }
        ),
        ("center",),
    )
    spots = place_all([point], [FOREARM, TRUNK], MEASURES)
    assert [(s.view, round(s.x), round(s.y)) for s in spots["XX"]] == [("forearm", 300, 1100), ("trunk", 400, 620)]


def test_another_way_kept_to_some_views_is_not_used_on_others() -> None:
    point = PointRecipe(
        "XX",
        recipe(
            {
                "start": "no_such_landmark",
                "otherwise": [{"start": "navel", "why": "seen from the front only", "only_on": ["forearm"]}],
            }
        ),
        ("center",),
    )
    assert place_all([point], [FOREARM, TRUNK], MEASURES)["XX"] == ()


def test_another_way_must_say_where_it_comes_from() -> None:
    with pytest.raises(ValueError, match="why"):
        recipe({"start": "navel", "otherwise": [{"start": "navel"}]})
