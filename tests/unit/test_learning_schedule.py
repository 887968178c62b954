"""Spaced repetition as a learner meets it: a week of short daily reviews, new cards rationed, grades honest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from fsrs import Rating, Scheduler, State

from acupressure_desktop.history import History
from acupressure_desktop.learning.cards import CardKey, QuizMode
from acupressure_desktop.learning.grading import CLOSE_CUN, RIGHT_CUN, Outcome, outcome_for_distance, rating_for
from acupressure_desktop.learning.schedule import Schedule

# The eight points the source article suggests trying on yourself.
ARTICLE_POINTS = ("GB20", "GB21", "LI4", "LR3", "PC6", "TE3", "SP6", "ST36")
BERLIN_WINTER = timezone(timedelta(hours=1))


class Clock:
    """Aware local time that moves only when the test moves it."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def open_schedule(tmp_path: Path, clock: Clock, new_per_day: int = 10) -> tuple[History, Schedule]:
    history = History.open(tmp_path, now=clock)
    # Without fuzzing the intervals are exact, so the test can say what is due on which day.
    return history, Schedule(history.quiz, clock, Scheduler(enable_fuzzing=False), new_per_day)


def keys_for(codes: tuple[str, ...]) -> list[str]:
    return [CardKey(mode=QuizMode.LOCATE, point_code=code).text for code in codes]


def short_session(schedule: Schedule, keys: list[str], clock: Clock, outcome: Outcome = Outcome.RIGHT) -> int:
    """Answer whatever is due, waiting out the few minutes' learning steps; the number of answers."""
    answered = 0
    session_ends = clock.now + timedelta(minutes=20)
    while True:
        due = schedule.due(keys)
        if not due:
            upcoming = schedule.next_due(keys)
            if upcoming is None or upcoming > session_ends:
                return answered
            clock.now = max(clock.now, upcoming)
            continue
        for key in due:
            schedule.answer(key, outcome, seconds=9.0)
            answered += 1


def test_the_article_s_eight_points_are_learnt_in_a_week_of_short_daily_reviews(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN_WINTER))  # a Monday morning
    history, schedule = open_schedule(tmp_path, clock)
    keys = keys_for(ARTICLE_POINTS)
    due_each_morning = []
    for day in range(7):
        clock.now = datetime(2026, 3, 2 + day, 9, 0, tzinfo=BERLIN_WINTER)
        due_each_morning.append(len(schedule.due(keys)))
        short_session(schedule, keys, clock)
    # All eight new on Monday and learnt that morning; back for review on Wednesday; answered
    # right again, each next falls due after the week is out.
    assert due_each_morning == [8, 0, 8, 0, 0, 0, 0]
    counts = schedule.counts(keys)
    assert (counts.learnt, counts.new, counts.due, counts.total) == (8, 0, 0, 8)
    first_review = {r.key: r.reviewed_at for r in reversed(history.quiz.reviews())}
    assert all(when.date() == datetime(2026, 3, 2).date() for when in first_review.values())


def test_new_cards_are_rationed_per_day(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 3, 2, 18, 0, tzinfo=BERLIN_WINTER))
    _history, schedule = open_schedule(tmp_path, clock, new_per_day=5)
    keys = keys_for(ARTICLE_POINTS)
    assert len(schedule.due(keys)) == 5
    short_session(schedule, keys, clock)
    assert schedule.new_left_today() == 0 and schedule.counts(keys).new == 3
    clock.now = datetime(2026, 3, 3, 8, 0, tzinfo=BERLIN_WINTER)  # after midnight: a new day's allowance
    assert schedule.new_left_today() == 5
    assert len([k for k in schedule.due(keys) if k in keys[5:]]) == 3


def test_a_missed_card_comes_back_the_same_day_and_a_close_one_sooner_than_a_right_one(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    _history, schedule = open_schedule(tmp_path, clock)
    right, close, missed = keys_for(("LI4", "PC6", "ST36"))
    for key in (right, close, missed):
        schedule.answer(key, Outcome.RIGHT, 9.0)
        clock.now += timedelta(minutes=11)
        schedule.answer(key, Outcome.RIGHT, 9.0)  # learnt
    clock.now += timedelta(days=3)
    after = {key: schedule.answer(key, outcome, 9.0) for key, outcome in
             ((right, Outcome.RIGHT), (close, Outcome.CLOSE), (missed, Outcome.MISSED))}  # fmt: skip
    assert after[missed].state is State.Relearning and after[missed].due - clock.now <= timedelta(minutes=15)
    assert after[close].due < after[right].due


@pytest.mark.parametrize(
    ("cun", "outcome"),
    [
        (0.0, Outcome.RIGHT),
        (RIGHT_CUN, Outcome.RIGHT),
        (1.0, Outcome.CLOSE),
        (CLOSE_CUN, Outcome.CLOSE),
        (2.0, Outcome.MISSED),
    ],
)
def test_locate_is_graded_by_distance_in_cun(cun: float, outcome: Outcome) -> None:
    assert outcome_for_distance(cun) is outcome


def test_grades_follow_the_outcome_and_a_quick_right_answer_is_easy() -> None:
    assert rating_for(Outcome.MISSED, 2) is Rating.Again
    assert rating_for(Outcome.CLOSE, 2) is Rating.Hard
    assert rating_for(Outcome.RIGHT, 30) is Rating.Good
    assert rating_for(Outcome.RIGHT, 3) is Rating.Easy


def test_a_card_spoilt_by_hand_starts_again_as_new_and_nothing_else_is_lost(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    history, schedule = open_schedule(tmp_path, clock)
    good, spoilt = keys_for(("LI4", "PC6"))
    schedule.answer(good, Outcome.RIGHT, 9.0)
    schedule.answer(spoilt, Outcome.RIGHT, 9.0)
    history.database._db.execute("UPDATE quiz_cards SET card = '{not json' WHERE key = ?", (spoilt,))
    assert set(history.quiz.cards()) == {good}
    assert history.quiz.card(spoilt) is None
    assert len(history.quiz.reviews()) == 2
    again = schedule.answer(spoilt, Outcome.RIGHT, 9.0)  # its schedule starts again
    assert again.state is State.Learning and history.quiz.card(spoilt) is not None


def test_progress_shows_cards_learnt_answers_remembered_and_reviews_to_come(tmp_path: Path) -> None:
    from acupressure_desktop.learning.progress import due_forecast, learnt_by_day, retention_by_day

    clock = Clock(datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN_WINTER))
    history, schedule = open_schedule(tmp_path, clock)
    keys = keys_for(ARTICLE_POINTS)
    short_session(schedule, keys[:4], clock)  # Monday: four of them
    clock.now = datetime(2026, 3, 3, 9, 0, tzinfo=BERLIN_WINTER)
    short_session(schedule, keys[4:6], clock, Outcome.MISSED)  # Tuesday: two, not found yet
    monday, tuesday = datetime(2026, 3, 2).date(), datetime(2026, 3, 3).date()
    learnt = learnt_by_day(history.quiz.reviews(), monday, tuesday)
    assert [c.value for c in learnt] == [4, 4]
    retention = retention_by_day(history.quiz.reviews(), monday, tuesday)
    assert [(c.day, c.value) for c in retention] == [(monday, 1.0), (tuesday, 0.0)]
    forecast = due_forecast(history.quiz.cards(), clock.now, days=7)
    assert len(forecast) == 7 and sum(c.value for c in forecast) == 6
