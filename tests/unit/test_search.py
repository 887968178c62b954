import pytest

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.search import PointSearch, fold


def codes(catalog: Catalog, query: str) -> list[str]:
    return [hit.point.code for hit in PointSearch(catalog).find(query)]


def test_fold_drops_tones_spaces_and_case() -> None:
    assert fold("Hé Gǔ") == "hegu"
    assert fold("LI-4") == "li4"


@pytest.mark.parametrize("query", ["LI4", "li4", "LI-4", "li 4", " Li4 "])
def test_codes_match_however_they_are_typed(catalog: Catalog, query: str) -> None:
    assert codes(catalog, query)[0] == "LI4"


@pytest.mark.parametrize("query", ["Hegu", "hegu", "Hégǔ", "he gu", "HE-GU"])
def test_pinyin_matches_with_or_without_tones_and_spaces(catalog: Catalog, query: str) -> None:
    assert codes(catalog, query)[0] == "LI4"


def test_chinese_characters_match(catalog: Catalog) -> None:
    assert codes(catalog, "合谷")[0] == "LI4"
    assert codes(catalog, "足三里")[0] == "ST36"
    assert set(codes(catalog, "三里")) == {"ST36", "LI10"}  # Zusanli and Shousanli


@pytest.mark.parametrize("query", ["内关", "內關"])
def test_simplified_and_traditional_characters_both_match(catalog: Catalog, query: str) -> None:
    assert codes(catalog, query)[0] == "PC6"


def test_english_names_match_by_word(catalog: Catalog) -> None:
    assert codes(catalog, "union valley")[0] == "LI4"
    assert "PC6" in codes(catalog, "inner")


def test_symptom_names_and_synonyms_find_the_points_used_for_them(catalog: Catalog) -> None:
    for_nausea = set(codes(catalog, "nausea"))
    assert {p.code for p in catalog.points_for("nausea")} <= for_nausea
    assert "PC6" in codes(catalog, "travel sickness")
    hits = PointSearch(catalog).find("nausea")
    assert all(h.reason.startswith("used for") for h in hits)
    assert hits[0].reason == "used for nausea"


def test_an_exact_code_outranks_a_longer_code_with_the_same_start(catalog: Catalog) -> None:
    assert codes(catalog, "li1")[0] == "LI1"
    assert codes(catalog, "li1")[1:4] == ["LI10", "LI11", "LI12"]
    assert codes(catalog, "gb2")[0] == "GB2"
    assert codes(catalog, "GB21")[0] == "GB21"


@pytest.mark.parametrize("query", ["", "   ", "zzzz", "-"])
def test_blank_or_unknown_queries_find_nothing(catalog: Catalog, query: str) -> None:
    assert codes(catalog, query) == []


def test_results_are_capped(catalog: Catalog) -> None:
    assert len(PointSearch(catalog).find("a", limit=5)) <= 5


def test_yintang_is_found_by_its_number_in_the_chinese_standard(catalog: Catalog) -> None:
    hits = PointSearch(catalog).find("GV29")
    assert hits[0].point.code == "EX-HN3"
