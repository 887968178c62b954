"""Learning the points as a user does it: pick a deck, find points by click or keys, name spots, come back later."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from acupressure_desktop.learning.decks import STARTER_POINTS
from tests.fakes import FakeClock, FakeWallClock


def open_learn(window, qtbot: QtBot):  # type: ignore[no-untyped-def]
    window.learn_action.trigger()
    page = window.learn_page
    assert window.tabs.currentWidget().page() is page  # type: ignore[attr-defined]
    return page


def spot_on_screen(window, page) -> QPoint:  # type: ignore[no-untyped-def]
    """Where the asked point is drawn, in the quiz view's viewport."""
    question = page.quiz.question
    point = window.workspace.catalog.point(question.point_code)
    [spot, *_] = [p for p in point.placements if p.view == question.view_id and not p.mirrored and p.part == 0]
    return page.quiz.diagram.mapFromScene(spot.x, spot.y)


def test_the_eight_classic_points_are_found_by_clicking_and_then_wait_for_their_review(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, wall: FakeWallClock, clock: FakeClock
) -> None:
    page = open_learn(window, qtbot)
    assert page.current_deck().codes == STARTER_POINTS
    assert "8 new · 0 due · 0 of 8 learnt" in page.deck_list.currentItem().text()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    quiz = page.quiz
    asked = []
    for _ in range(40):
        if quiz.question is None:
            break
        asked.append(quiz.question.point_code)
        clock.advance(10)  # ten seconds to find it: right, but not yet at a glance
        qtbot.mouseClick(quiz.diagram.viewport(), Qt.MouseButton.LeftButton, pos=spot_on_screen(window, page))
        assert quiz.verdict.text().startswith("<b>Right")
        assert "cun from" in quiz.verdict.accessibleDescription()
        wall.now += timedelta(minutes=11)  # a learning step: the same card comes back a little later
        qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert set(asked) == set(STARTER_POINTS)
    assert page.currentIndex() == 0 and "Done for now" in page.counts.text()
    assert "0 new · 0 due · 8 of 8 learnt" in page.deck_list.currentItem().text()
    assert not page.start_button.isEnabled() and "Next review" in page.counts.text()
    wall.now += timedelta(days=3)
    window.show_map()
    open_learn(window, qtbot)
    assert "8 due" in page.deck_list.currentItem().text()


def test_locate_works_with_the_arrow_keys_and_space_shows_the_answer(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_learn(window, qtbot)
    page.start()
    quiz = page.quiz
    cross = quiz.diagram.crosshair.pos()
    qtbot.keyClick(quiz.diagram, Qt.Key.Key_Right)
    qtbot.keyClick(quiz.diagram, Qt.Key.Key_Down)
    moved = quiz.diagram.crosshair.pos()
    assert moved.x() > cross.x() and moved.y() > cross.y()
    qtbot.keyClick(quiz.diagram, Qt.Key.Key_Return)
    assert quiz.answered_now and "cun from" in quiz.verdict.text()
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    first = quiz.question
    qtbot.keyClick(quiz, Qt.Key.Key_Space)
    assert "It is" in quiz.verdict.text() and first is quiz.question and quiz.answered_now


def test_recognise_is_answered_with_the_number_keys(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_learn(window, qtbot)
    page.mode.setCurrentIndex(page.mode.findData("recognise"))
    page.start()
    quiz = page.quiz
    question = quiz.question
    right = question.options.index(question.point_code)
    qtbot.keyClick(quiz, getattr(Qt.Key, f"Key_{right + 1}"))
    assert quiz.verdict.text().startswith("<b>Right")
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    wrong = next(i for i, code in enumerate(quiz.question.options) if code != quiz.question.point_code)
    qtbot.mouseClick(quiz.options[wrong], Qt.MouseButton.LeftButton)
    assert quiz.verdict.text().startswith("<b>Missed")


def test_what_is_it_for_never_offers_a_point_the_safety_answers_avoid(qtbot: QtBot, window, practice) -> None:  # type: ignore[no-untyped-def]
    from acupressure_desktop.safety import SafetyProfile, not_suggestible

    practice.safety.update(SafetyProfile().with_answers(frozenset({"pregnancy"})))
    avoided = not_suggestible(window.workspace.catalog, frozenset({"pregnancy"}))
    page = open_learn(window, qtbot)
    page.mode.setCurrentIndex(page.mode.findData("use"))
    page.start()
    quiz = page.quiz
    seen = 0
    while quiz.question is not None and seen < 12:
        assert quiz.question.point_code not in avoided and not set(quiz.question.options) & avoided
        assert not quiz.diagram.isVisibleTo(quiz)  # the view would give the answer away
        qtbot.keyClick(quiz, Qt.Key.Key_Space)
        assert quiz.diagram.isVisibleTo(quiz)
        qtbot.keyClick(quiz, Qt.Key.Key_Return)
        seen += 1
    assert seen > 0


def test_the_charts_show_cards_learnt_and_the_reviews_to_come(qtbot: QtBot, window, wall: FakeWallClock) -> None:  # type: ignore[no-untyped-def]
    page = open_learn(window, qtbot)
    page.start()
    quiz = page.quiz
    while quiz.question is not None:
        qtbot.mouseClick(quiz.diagram.viewport(), Qt.MouseButton.LeftButton, pos=spot_on_screen(window, page))
        wall.now += timedelta(minutes=11)
        qtbot.keyClick(quiz, Qt.Key.Key_Return)
    shown = page.charts.shown
    assert shown["learnt"][-1].value == 8  # learnt today
    assert shown["retention"][-1].value == 1.0
    assert sum(c.value for c in shown["forecast"]) == 8 and shown["forecast"][0].value == 0


def test_the_number_of_new_cards_a_day_is_chosen_and_remembered(qtbot: QtBot, window, settings) -> None:  # type: ignore[no-untyped-def]
    page = open_learn(window, qtbot)
    page.deck_list.setCurrentRow(1)  # all 120 self-care points
    assert "(10 Due Now)" in page.start_button.text()
    page.new_per_day.setValue(3)
    assert "(3 Due Now)" in page.start_button.text()
    assert settings.current.new_cards_per_day == 3
