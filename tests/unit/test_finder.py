"""The symptom finder's matching and ranking on the shipped catalog and on known history."""

from __future__ import annotations

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.finder import match_symptoms, rank_points
from acupressure_desktop.history.insights import PointInsight


def ids(catalog: Catalog, text: str) -> list[str]:
    return [s.id for s in match_symptoms(catalog, text)]


def test_typos_spaces_and_everyday_words_find_the_complaint(catalog: Catalog) -> None:
    assert ids(catalog, "head ache") == ["headache"]
    assert ids(catalog, "migrane") == ["migraine"]
    assert ids(catalog, "nausia") == ["nausea"]
    assert ids(catalog, "cant sleep") == ["insomnia"]
    assert ids(catalog, "period pain") == ["menstrual-cramps"]
    assert ids(catalog, "a bad headache today") == ["headache"]


def test_several_complaints_can_be_named_at_once_in_the_order_typed(catalog: Catalog) -> None:
    assert ids(catalog, "stress and back pain") == ["stress-anxiety", "lower-back-pain"]
    assert ids(catalog, "sore neck, headache") == ["neck-shoulder-tension", "headache"]


def test_nonsense_finds_nothing(catalog: Catalog) -> None:
    assert ids(catalog, "xyzzy") == []
    assert ids(catalog, "   ") == []


def test_points_serving_more_chosen_complaints_rank_first(catalog: Catalog) -> None:
    ranked, _ = rank_points(catalog, ["headache", "stress-anxiety"])
    both = [r.point.code for r in ranked if len(r.serves) == 2]
    assert [r.point.code for r in ranked[: len(both)]] == both
    assert set(both) == {"LI4", "LR3", "GV20", "EX-HN3"}
    assert ranked[0].reasons[0] == "traditionally used for headache and stress and anxiety"


def test_among_equals_the_complaints_best_known_points_come_first_then_the_catalog_order(catalog: Catalog) -> None:
    ranked, _ = rank_points(catalog, ["nausea"])
    known = catalog.symptom("nausea").key_points
    others = [p.code for p in catalog.points if "nausea" in p.symptom_ids and p.code not in known]
    assert [r.point.code for r in ranked] == [*known, *others]
    assert ranked[0].point.code == "PC6"


def test_what_helped_the_user_lifts_a_point_among_equals_but_thin_evidence_does_not(catalog: Catalog) -> None:
    history = {"nausea": [PointInsight("CV12", 5, 3.0), PointInsight("PC6", 2, 4.0)]}
    ranked, _ = rank_points(catalog, ["nausea"], history=history)
    assert [r.point.code for r in ranked][:2] == ["CV12", "PC6"]
    assert ranked[0].reasons[1] == "your record: on average 3.0 points better afterwards."
    assert "only 2 rated sessions" in ranked[1].reasons[1]


def test_history_never_outranks_serving_more_complaints(catalog: Catalog) -> None:
    history = {"headache": [PointInsight("LU7", 20, 5.0)]}
    ranked, _ = rank_points(catalog, ["headache", "stress-anxiety"], history=history)
    assert len(ranked[0].serves) == 2
    assert ranked[4].point.code == "LU7"


def test_points_to_avoid_are_left_out_and_cautioned_ones_marked(catalog: Catalog) -> None:
    ranked, left_out = rank_points(catalog, ["headache"], frozenset({"pregnancy", "diabetes"}))
    assert {p.code for p in left_out} == {"LI4", "BL60", "BL67", "GB21"}
    marked = {r.point.code for r in ranked if r.cautioned}
    assert "KI1" in marked and "LR3" in marked  # feet: the diabetes caution
    assert "GB20" not in marked
    assert all("a caution applies to you" in r.reasons for r in ranked if r.cautioned)


def test_fifty_complaints_each_served_by_three_points_and_every_use_names_one(catalog: Catalog) -> None:
    symptom_ids = {s.id for s in catalog.symptoms}
    assert len(symptom_ids) >= 50
    for symptom in catalog.symptoms:
        assert len(catalog.points_for(symptom.id)) >= 3, symptom.id
        assert symptom.synonyms, symptom.id
    for point in catalog.points:
        assert set(point.symptom_ids) <= symptom_ids
