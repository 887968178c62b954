"""How learning is going, day by day: cards learnt, answers remembered, and reviews to come."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from fsrs import State

from acupressure_desktop.learning.grading import Outcome
from acupressure_desktop.learning.reviews import ReviewRecord
from acupressure_desktop.learning.schedule import CardStanding

LEARNT = int(State.Review)


@dataclass(frozen=True)
class DayCount:
    day: date
    value: float


def learnt_by_day(reviews: Iterable[ReviewRecord], first: date, last: date) -> list[DayCount]:
    """How many cards had been learnt (first left in long-term review) by the end of each day."""
    learnt_on: dict[str, date] = {}
    for review in reviews:
        if review.state_after == LEARNT and review.key not in learnt_on:
            learnt_on[review.key] = review.reviewed_at.astimezone().date()
    days = _days(first, last)
    return [DayCount(day, sum(1 for when in learnt_on.values() if when <= day)) for day in days]


def retention_by_day(reviews: Iterable[ReviewRecord], first: date, last: date) -> list[DayCount]:
    """The share of answers that found the point (right or close), each day with answers."""
    given: dict[date, list[bool]] = {}
    for review in reviews:
        day = review.reviewed_at.astimezone().date()
        if first <= day <= last:
            given.setdefault(day, []).append(review.outcome is not Outcome.MISSED)
    return [DayCount(day, sum(hits) / len(hits)) for day, hits in sorted(given.items())]


def due_forecast(cards: Mapping[str, CardStanding], now: datetime, days: int = 14) -> list[DayCount]:
    """How many cards fall due on each of the next ``days`` days (today includes any overdue)."""
    today = now.astimezone().date()
    counts = dict.fromkeys(_days(today, today + timedelta(days=days - 1)), 0)
    for card in cards.values():
        day = max(today, card.due.astimezone().date())
        if day in counts:
            counts[day] += 1
    return [DayCount(day, value) for day, value in counts.items()]


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
