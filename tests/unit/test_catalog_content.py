"""The shipped catalog: complete, consistent with the WHO table, and every link resolves."""

import csv
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from acupressure_desktop.catalog import Catalog, Laterality, Point, Side
from acupressure_desktop.catalog.outline import read_outline
from acupressure_desktop.resources import resource_root
from tests.unit.pregnancy_set import AVOID_IN_PREGNANCY

STANDARD_TABLE = Path(__file__).parents[1] / "data" / "standard_points.tsv"
REQUIRED = [
    "GB20",
    "GB21",
    "LI4",
    "LR3",
    "PC6",
    "TE3",
    "SP6",
    "ST36",
    "GV20",
    "EX-HN3",
    "BL2",
    "LI20",
    "HT7",
    "LU7",
    "TE5",
    "LI11",
    "GB34",
    "KI1",
    "KI3",
    "BL60",
    "BL67",
    "CV6",
    "CV12",
    "BL23",
]

# The views the atlas promises: the whole body, and each region from every side it is pressed on.
REQUIRED_VIEWS = [
    "body_front",
    "body_back",
    "head_front",
    "head_side",
    "head_top",
    "head_back",
    "torso_front",
    "torso_back",
    "torso_side",
    "arm_inner",
    "arm_outer",
    "hand_back",
    "palm",
    "leg_front",
    "leg_outer",
    "leg_inner",
    "leg_back",
    "foot_top",
    "sole",
    "foot_inner",
    "foot_outer",
]


def standard_table() -> dict[str, tuple[str, str]]:
    with STANDARD_TABLE.open(encoding="utf-8") as handle:
        return {row["code"]: (row["pinyin"], row["channel"]) for row in csv.DictReader(handle, delimiter="\t")}


def test_the_standard_table_copy_is_complete() -> None:
    assert len(standard_table()) == 361


def test_the_catalog_has_every_required_point(catalog: Catalog) -> None:
    missing = [code for code in REQUIRED if not catalog.has_point(code)]
    assert missing == []


def test_the_catalog_has_every_standard_point_and_forty_extra_points(catalog: Catalog) -> None:
    assert [code for code in standard_table() if not catalog.has_point(code)] == []
    assert len([p for p in catalog.points if p.code.startswith("EX-")]) >= 40


def test_at_least_120_points_are_written_for_self_care(catalog: Catalog) -> None:
    assert len(catalog.self_care_points()) >= 120


def _sentences(point: Point) -> Iterator[str]:
    texts = [point.summary or "", point.location, point.reference_only or "", *point.how_to_find]
    if point.how_to_press is not None:
        texts += point.how_to_press.model_dump().values()
    texts += [use.note for use in point.uses] + [c.text for c in point.cautions] + [s.label for s in point.spots]
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if len(sentence.split()) >= 3:
                yield sentence.strip()


def test_no_two_points_share_a_sentence(catalog: Catalog) -> None:
    """What many points share (a pregnancy rule, a warning about the belly) is written once, as a rule."""
    seen: dict[str, str] = {}
    shared = []
    for point in catalog.points:
        for sentence in set(_sentences(point)):
            if sentence in seen:
                shared.append((seen[sentence], point.code, sentence))
            seen.setdefault(sentence, point.code)
    assert shared == []


def test_every_spot_of_a_point_of_several_spots_is_placed(catalog: Catalog) -> None:
    several = [p for p in catalog.points if p.spots]
    assert {"EX-HN1", "EX-B2", "EX-UE9", "EX-UE11", "EX-LE10"} <= {p.code for p in several}
    for point in several:
        parts = {placement.part for placement in point.placements}
        assert parts == set(range(len(point.spots) + 1)), point.code
        assert all(point.spot_label(part) for part in parts), point.code


def test_yintang_names_its_number_in_the_chinese_standard(catalog: Catalog) -> None:
    assert [o.code for o in catalog.point("EX-HN3").other_codes] == ["GV29"]


def test_codes_pinyin_and_channels_agree_with_the_who_table(catalog: Catalog) -> None:
    table = standard_table()
    for point in catalog.points:
        if point.code.startswith("EX-"):
            assert point.code not in table
            assert point.channel == "Extra"
            continue
        assert point.code in table, point.code
        assert (point.pinyin_plain, point.channel) == table[point.code], point.code


def test_pinyin_with_tones_matches_the_plain_spelling(catalog: Catalog) -> None:
    for point in catalog.points:
        stripped = "".join(c for c in unicodedata.normalize("NFD", point.pinyin) if not unicodedata.combining(c))
        # Spaces and the syllable mark (Fù'āi) are spelling, not sound.
        assert stripped.replace(" ", "").replace("'", "").casefold() == point.pinyin_plain.casefold(), point.code


# The extra points on the midline: Sishencong's group around the vertex, Yintang, the two in the
# middle of the tongue and under it, and the three below lumbar spines and over the sacrum.
MIDLINE_EXTRA = {"EX-HN1", "EX-HN3", "EX-HN10", "EX-HN11", "EX-B5", "EX-B8", "EX-B9"}


def test_midline_points_are_the_two_midline_vessels_and_the_extra_points_on_the_midline(catalog: Catalog) -> None:
    for point in catalog.points:
        midline = point.code.startswith(("GV", "CV")) or point.code in MIDLINE_EXTRA
        assert (point.laterality is Laterality.MIDLINE) == midline, point.code


def test_jinjin_and_yuye_are_the_left_and_right_of_one_pair_under_the_tongue(catalog: Catalog) -> None:
    assert catalog.point("EX-HN12").laterality is Laterality.LEFT_ONLY
    assert catalog.point("EX-HN13").laterality is Laterality.RIGHT_ONLY
    assert {p.side.value for p in catalog.point("EX-HN12").placements} == {"left"}
    assert {p.side.value for p in catalog.point("EX-HN13").placements} == {"right"}


def test_exactly_the_points_traditionally_avoided_in_pregnancy_are_flagged(catalog: Catalog) -> None:
    for point in catalog.points:
        assert catalog.avoided_in_pregnancy(point) == (point.code in AVOID_IN_PREGNANCY), point.code


def test_the_thumb_measure_is_named_at_its_middle_joint(catalog: Catalog) -> None:
    for point in catalog.points:
        for text in (*point.how_to_find, point.location):
            assert "thumb at the knuckle" not in text, point.code


def test_every_self_care_point_has_full_guidance(catalog: Catalog) -> None:
    for point in catalog.self_care_points():
        assert len(point.how_to_find) >= 2, point.code
        assert point.uses, point.code
        assert point.location.endswith("."), point.code


def test_every_use_links_to_a_known_symptom(catalog: Catalog) -> None:
    ids = {s.id for s in catalog.symptoms}
    for point in catalog.points:
        assert set(point.symptom_ids) <= ids, point.code


def test_the_articles_seven_reasons_are_symptoms_with_points(catalog: Catalog) -> None:
    for symptom_id in ("fatigue", "insomnia", "headache", "menstrual-cramps", "muscle-tension", "nausea"):
        assert catalog.points_for(symptom_id), symptom_id
    assert catalog.points_for("stress-anxiety")


def test_uses_are_described_as_tradition_never_as_cures(catalog: Catalog) -> None:
    forbidden = ("cure", "guarantee", "heals", "treats ")
    for point in catalog.points:
        texts = [use.note for use in point.uses] + [point.location, point.summary or ""]
        for text in texts:
            assert not any(word in text.lower() for word in forbidden), (point.code, text)


def test_there_are_twenty_views_including_the_required_ones(catalog: Catalog) -> None:
    view_ids = [v.id for v in catalog.views]
    assert len(view_ids) >= 20
    assert set(REQUIRED_VIEWS) <= set(view_ids)


# Views whose region none of today's self-care points is in (the flank; the top and back of the
# head hold only GV20 and GB20, which are placed there).
@pytest.mark.parametrize("view_id", [v for v in REQUIRED_VIEWS if v != "torso_side"])
def test_every_required_view_shows_at_least_one_point(catalog: Catalog, view_id: str) -> None:
    assert catalog.points_on(view_id)


def test_every_placement_lies_inside_its_views_outline(catalog: Catalog) -> None:
    root = resource_root() / "body_svgs"
    for view in catalog.views:
        box, outline = read_outline(root / view.file, view.outline_id)
        for point in catalog.points_on(view.id):
            for placement in point.placements:
                if placement.view == view.id:
                    assert box.contains(placement.x, placement.y), (point.code, view.id)
                    assert outline.contains(placement.x, placement.y), (point.code, view.id)


def test_body_views_show_paired_points_on_both_sides(catalog: Catalog) -> None:
    for point in catalog.points:
        if not point.is_bilateral:
            continue
        for view in ("body_front", "body_back"):
            sides = {p.side for p in point.placements if p.view == view}
            assert sides in (set(), {Side.LEFT, Side.RIGHT}), (point.code, view)


def test_every_view_draws_its_landmarks_and_leaves_the_side_labels_to_the_app() -> None:
    # A mirrored drawing would show its own words backwards: the app writes RIGHT and LEFT.
    for svg in (resource_root() / "body_svgs").glob("*.svg"):
        text = svg.read_text(encoding="utf-8")
        assert 'id="landmarks"' in text, svg.name
        assert "<text" not in text, svg.name
