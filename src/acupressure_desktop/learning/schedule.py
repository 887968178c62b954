"""When each card comes back: FSRS scheduling, a daily limit on new cards, and a deck's counts.

The scheduler is the FSRS algorithm (the ``fsrs`` package); this module adds what a learner sees:
which cards are due now, how many new ones today still allows, and what counts as learnt. The
time comes from an injected clock (aware datetimes), so a week of reviews can be tested in a
moment.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from fsrs import Card, Scheduler, State

from acupressure_desktop.learning.grading import Outcome, rating_for
from acupressure_desktop.learning.limits import NEW_PER_DAY
from acupressure_desktop.learning.reviews import ReviewRecord


@dataclass(frozen=True)
class CardStanding:
    """Where a card stands, without the rest of its schedule: enough to say if it is due or learnt."""

    state: State
    due: datetime


@dataclass(frozen=True)
class Standings:
    """Which cards have been seen, which are due now (soonest first) and which are learnt."""

    seen: frozenset[str]
    due: tuple[str, ...]
    learnt: frozenset[str]


class CardStore(Protocol):
    """Where the cards' schedules live (the history database)."""

    def cards(self) -> dict[str, Card]: ...

    def card(self, key: str) -> Card | None: ...

    def standing(self) -> dict[str, CardStanding]: ...

    def due_keys(self, review_until: datetime, learning_until: datetime) -> list[str]: ...

    def seen_keys(self) -> frozenset[str]: ...

    def learnt_keys(self) -> frozenset[str]: ...

    def save(self, key: str, card: Card, review: ReviewRecord) -> bool: ...

    def first_reviews_between(self, start: datetime, end: datetime) -> int: ...


@dataclass(frozen=True)
class DeckCounts:
    """How a deck stands: cards never seen, cards due today, cards learnt (in long-term review)."""

    new: int
    due: int
    learnt: int
    total: int


class Schedule:
    """The review schedule of every card, on ``store``, by ``now`` (an aware-datetime clock)."""

    def __init__(
        self,
        store: CardStore,
        now: Callable[[], datetime],
        scheduler: Scheduler | None = None,
        new_per_day: int = NEW_PER_DAY,
    ) -> None:
        self._store = store
        self._now = now
        self._scheduler = scheduler or Scheduler()
        self.new_per_day = new_per_day

    def cards(self) -> dict[str, Card]:
        """Every card seen so far, by key, with its schedule."""
        return self._store.cards()

    def standing(self) -> dict[str, CardStanding]:
        """Every card seen so far, by key: its state and when it is due (quicker to read than ``cards``)."""
        return self._store.standing()

    def standings(self) -> Standings:
        """Which cards are seen, due now and learnt: all a deck's counts need (read once for many decks)."""
        return Standings(seen=self._store.seen_keys(), due=tuple(self._due_keys()), learnt=self._store.learnt_keys())

    def _due_keys(self) -> list[str]:
        # A card in review is due all day on the day it falls due, as in other flashcard apps; a
        # card still being learnt waits for its step (a few minutes) to pass.
        return self._store.due_keys(self._day_start() + timedelta(days=1), self._now())

    def now(self) -> datetime:
        return self._now()

    def new_left_today(self) -> int:
        """How many new cards today still allows."""
        start = self._day_start()
        started = self._store.first_reviews_between(start, start + timedelta(days=1))
        return max(0, self.new_per_day - started)

    def due(self, keys: Sequence[str]) -> list[str]:
        """The cards to answer now: those due (soonest first), then new ones up to today's allowance.

        A card in review is due all day on the day it falls due, as in other flashcard apps; a card
        still being learnt waits for its step (a few minutes) to pass.
        """
        wanted = set(keys)
        seen = self._store.seen_keys()
        fresh = [k for k in keys if k not in seen][: self.new_left_today()]
        return [k for k in self._due_keys() if k in wanted] + fresh

    def next_due(self, keys: Iterable[str]) -> datetime | None:
        """When the next of these cards (already seen) comes back; None if none has been seen."""
        cards = self._store.standing()
        return min((cards[k].due for k in keys if k in cards), default=None)

    def counts(self, keys: Sequence[str], standings: Standings | None = None) -> DeckCounts:
        """How the deck of ``keys`` stands; ``standings`` (from ``standings()``) saves reading them per deck."""
        if standings is None:
            standings = self.standings()
        wanted = set(keys)
        return DeckCounts(
            new=len(wanted - standings.seen),
            due=len(wanted.intersection(standings.due)),
            learnt=len(wanted & standings.learnt),
            total=len(keys),
        )

    def answer(self, key: str, outcome: Outcome, seconds: float, cun_off: float | None = None) -> Card:
        """Grade an answer and schedule the card's next review; the review is kept in the store."""
        now = self._now()
        at = now.astimezone(UTC)  # FSRS keeps its times in UTC; the day boundary stays local
        card = self._store.card(key) or Card(card_id=_card_id(key), due=at)
        rating = rating_for(outcome, seconds)
        updated, _log = self._scheduler.review_card(card, rating, at)
        review = ReviewRecord(
            key=key,
            reviewed_at=now,
            rating=int(rating),
            outcome=outcome,
            seconds=seconds,
            cun_off=cun_off,
            state_after=int(updated.state),
        )
        self._store.save(key, updated, review)
        return updated

    def _day_start(self) -> datetime:
        now = self._now()
        return now.replace(hour=0, minute=0, second=0, microsecond=0)


def _card_id(key: str) -> int:
    # A stable number per card (FSRS keys its logs by it): the same card always gets the same id.
    return int(hashlib.sha256(key.encode()).hexdigest()[:12], 16)
