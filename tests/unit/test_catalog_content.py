"""The shipped catalog: complete, consistent with the WHO table, and every link resolves."""

import csv
import unicodedata
from pathlib import Path

import pytest

from acupressure_desktop.catalog import Catalog, Laterality, Side
from acupressure_desktop.catalog.outline import read_view_geometry
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
    assert len(catalog.points) >= 24
    missing = [code for code in REQUIRED if not catalog.has_point(code)]
    assert missing == []


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


def test_midline_points_are_the_governor_conception_and_yintang(catalog: Catalog) -> None:
    for point in catalog.points:
        midline = point.code.startswith(("GV", "CV")) or point.code == "EX-HN3"
        assert (point.laterality is Laterality.MIDLINE) == midline, point.code


def test_exactly_the_points_traditionally_avoided_in_pregnancy_are_flagged(catalog: Catalog) -> None:
    for point in catalog.points:
        assert point.avoid_in_pregnancy == (point.code in AVOID_IN_PREGNANCY), point.code


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
        box, outline = read_view_geometry(root / view.file, view.outline_id)
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
