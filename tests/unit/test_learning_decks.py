"""The decks a learner chooses from: the article's eight, self-care, channels, regions, routines, their own."""

from __future__ import annotations

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.learning.cards import CardKey, QuizMode
from acupressure_desktop.learning.decks import STARTER_POINTS, practised_deck, routine_deck, standard_decks
from acupressure_desktop.routines import Routine, RoutineStep


def test_the_standard_decks_cover_the_article_self_care_every_channel_and_each_region(catalog: Catalog) -> None:
    decks = {deck.id: deck for deck in standard_decks(catalog)}
    assert decks["starter"].codes == STARTER_POINTS and all(catalog.point(c).is_self_care for c in STARTER_POINTS)
    assert len(decks["self-care"].codes) == len(catalog.self_care_points())
    assert len(decks["channel:ST"].codes) == 45 and decks["channel:ST"].title == "Stomach channel"
    assert sum(1 for key in decks if key.startswith("channel:")) == 14
    regions = [deck for key, deck in decks.items() if key.startswith("region:")]
    assert sorted(code for deck in regions for code in deck.codes) == sorted(decks["self-care"].codes)


def test_a_deck_makes_one_card_per_point_for_each_mode() -> None:
    deck = practised_deck(["LI4", "PC6", "LI4"])
    assert deck.codes == ("LI4", "PC6")
    assert deck.keys(QuizMode.LOCATE) == ["locate:LI4", "locate:PC6"]
    assert CardKey.parse("recognise:EX-HN3") == CardKey(mode=QuizMode.RECOGNISE, point_code="EX-HN3")


def test_a_routine_s_deck_lists_each_point_once_in_its_order() -> None:
    routine = Routine(
        name="Evening",
        steps=(RoutineStep(point_code="HT7"), RoutineStep(point_code="KI1"), RoutineStep(point_code="HT7")),
    )
    assert routine_deck(routine).codes == ("HT7", "KI1")
