"""Cards turned into questions: the right view, four options with one answer, and nothing unsafe offered."""

from __future__ import annotations

import random

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.learning.cards import CardKey, QuizMode
from acupressure_desktop.learning.questions import Naming, make_question, point_name
from acupressure_desktop.safety import not_suggestible


def ask(catalog: Catalog, mode: QuizMode, code: str, avoided: frozenset[str] = frozenset()):  # type: ignore[no-untyped-def]
    return make_question(catalog, CardKey(mode=mode, point_code=code), avoided, random.Random(7))


def test_locate_names_the_point_and_shows_its_closest_region_view(catalog: Catalog) -> None:
    question = ask(catalog, QuizMode.LOCATE, "ST36")
    assert question is not None and question.view_id == "leg_front"
    assert "ST36" in question.prompt and "Leg Three Miles" in question.prompt


def test_recognise_shows_a_spot_and_offers_four_names_one_of_them_right(catalog: Catalog) -> None:
    question = ask(catalog, QuizMode.RECOGNISE, "PC6")
    assert question is not None and question.spot is not None and question.spot.view == question.view_id
    assert len(question.options) == 4 and len(set(question.options)) == 4 and "PC6" in question.options
    assert all(question.view_id in catalog.point(code).views() for code in question.options)


def test_what_is_it_for_asks_about_one_of_the_point_s_uses_and_no_other_option_serves_it(catalog: Catalog) -> None:
    question = ask(catalog, QuizMode.USE, "PC6")
    assert question is not None and question.symptom in {use.symptom for use in catalog.point("PC6").uses}
    for code in question.options:
        serves = any(use.symptom == question.symptom for use in catalog.point(code).uses)
        assert serves == (code == "PC6")


def test_a_point_the_safety_answers_avoid_is_never_the_answer_to_a_complaint(catalog: Catalog) -> None:
    avoided = not_suggestible(catalog, frozenset({"pregnancy"}))
    assert "LI4" in avoided
    assert ask(catalog, QuizMode.USE, "LI4", avoided) is None
    question = ask(catalog, QuizMode.USE, "PC6", avoided)
    assert question is not None and not set(question.options) & avoided


def test_options_can_name_points_by_code_pinyin_or_english(catalog: Catalog) -> None:
    point = catalog.point("ST36")
    assert [point_name(point, naming) for naming in (Naming.CODE, Naming.PINYIN, Naming.ENGLISH)] == [
        "ST36",
        "Zúsānlǐ",
        "Leg Three Miles",
    ]
