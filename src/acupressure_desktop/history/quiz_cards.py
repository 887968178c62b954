"""The quiz's cards and answers in the history: one row per card with its schedule, one per answer."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pydantic import ValidationError

from acupressure_desktop.history.changes import CardAnswered, ChangeFeed
from acupressure_desktop.history.database import HistoryDatabase
from acupressure_desktop.history.pending_writes import unique_key

if TYPE_CHECKING:
    from fsrs import Card

    from acupressure_desktop.learning.reviews import ReviewRecord
    from acupressure_desktop.learning.schedule import CardStanding


class QuizCardRepository:
    """Reads and writes the review schedule (the learning package's ``CardStore``)."""

    def __init__(self, database: HistoryDatabase, changes: ChangeFeed) -> None:
        self._database = database
        self._changes = changes

    def cards(self) -> dict[str, Card]:
        rows: list[sqlite3.Row] = self._database.read(
            lambda db: db.execute("SELECT key, card FROM quiz_cards").fetchall(), []
        )
        found = {}
        for row in rows:
            card = _card(row["card"])
            if card is not None:
                found[row["key"]] = card
        return found

    def card(self, key: str) -> Card | None:
        """One card's schedule; None if it has not been answered yet (or its stored schedule is spoilt)."""
        row: sqlite3.Row | None = self._database.read(
            lambda db: db.execute("SELECT card FROM quiz_cards WHERE key = ?", (key,)).fetchone(), None
        )
        return _card(row["card"]) if row is not None else None

    def standing(self) -> dict[str, CardStanding]:
        """Every card's state and due time, from their own columns: no schedule to parse per card."""
        from fsrs import State  # noqa: PLC0415

        from acupressure_desktop.learning.schedule import CardStanding  # noqa: PLC0415

        rows: list[sqlite3.Row] = self._database.read(
            lambda db: db.execute("SELECT key, state, due_utc FROM quiz_cards").fetchall(), []
        )
        found = {}
        for key, state, due in rows:
            try:
                found[key] = CardStanding(State(state), datetime.fromtimestamp(due, UTC))
            except (ValueError, TypeError, OverflowError, OSError):
                continue  # a spoilt row is left out, as ``cards`` leaves out a spoilt schedule
        return found

    def due_keys(self, review_until: datetime, learning_until: datetime) -> list[str]:
        """Cards due: in review and due before ``review_until``, or being learnt and due by
        ``learning_until``; soonest first. An index holds the state, due time and key.
        """
        from fsrs import State  # noqa: PLC0415

        review = int(State.Review)
        return self._keys(
            "WHERE (state = ? AND due_utc < ?) OR (state != ? AND due_utc <= ?) ORDER BY due_utc, key",
            (review, review_until.timestamp(), review, learning_until.timestamp()),
        )

    def seen_keys(self) -> frozenset[str]:
        """Every card answered at least once."""
        return frozenset(self._keys("", ()))

    def learnt_keys(self) -> frozenset[str]:
        """Cards in long-term review."""
        from fsrs import State  # noqa: PLC0415

        return frozenset(self._keys("WHERE state = ?", (int(State.Review),)))

    def _keys(self, condition: str, values: tuple[object, ...]) -> list[str]:
        def read(db: sqlite3.Connection) -> list[str]:
            cursor = db.cursor()
            cursor.row_factory = None  # plain tuples: thousands of rows
            rows = cursor.execute(f"SELECT key FROM quiz_cards INDEXED BY quiz_cards_standing {condition}", values)
            return [key for (key,) in rows]

        found: list[str] = self._database.read(read, [])
        return found

    def save(self, key: str, card: Card, review: ReviewRecord) -> bool:
        """The card's new schedule and the answer that set it, in one transaction."""
        stamp = review.reviewed_at.timestamp()

        def write(db: sqlite3.Connection) -> None:
            db.execute(
                "INSERT INTO quiz_cards (key, card, state, due_utc, first_review_utc) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET card = excluded.card, state = excluded.state,"
                " due_utc = excluded.due_utc",
                (key, card.to_json(), int(card.state), card.due.timestamp(), stamp),
            )
            db.execute(
                "INSERT INTO quiz_reviews (key, reviewed_at, reviewed_utc, rating, outcome, seconds, cun_off,"
                " state_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                _review_row(review),
            )

        saved = self._database.write(write, unique_key())
        if saved:
            self._changes.publish([CardAnswered(review, card.to_json())])
        return saved

    def first_reviews_between(self, start: datetime, end: datetime) -> int:
        """How many cards were answered for the first time in [start, end): today's new cards."""
        return int(
            self._database.read(
                lambda db: db.execute(
                    "SELECT COUNT(*) FROM quiz_cards WHERE first_review_utc >= ? AND first_review_utc < ?",
                    (start.timestamp(), end.timestamp()),
                ).fetchone()[0],
                0,
            )
        )

    def everything(self) -> tuple[list[tuple[str, Card, datetime]], list[ReviewRecord]]:
        """Every card (key, schedule, first answered) and every answer: for an export."""
        rows: list[sqlite3.Row] = self._database.read(
            lambda db: db.execute("SELECT key, card, first_review_utc FROM quiz_cards ORDER BY key").fetchall(), []
        )
        cards = [
            (row["key"], card, datetime.fromtimestamp(row["first_review_utc"], UTC))
            for row in rows
            if (card := _card(row["card"])) is not None
        ]
        return cards, self.reviews()

    def merge(self, cards: list[tuple[str, Card, datetime]], reviews: list[ReviewRecord]) -> int:
        """Add the cards this history does not have yet, with their answers; the number added."""
        known = set(self.cards())
        new = [(key, card, first) for key, card, first in cards if key not in known]
        keys = {key for key, _, _ in new}

        def write(db: sqlite3.Connection) -> None:
            db.executemany(
                "INSERT OR IGNORE INTO quiz_cards (key, card, state, due_utc, first_review_utc) VALUES (?, ?, ?, ?, ?)",
                [
                    (key, card.to_json(), int(card.state), card.due.timestamp(), first.timestamp())
                    for key, card, first in new
                ],
            )
            db.executemany(
                "INSERT INTO quiz_reviews (key, reviewed_at, reviewed_utc, rating, outcome, seconds, cun_off,"
                " state_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [_review_row(r) for r in reviews if r.key in keys],
            )

        if not new:
            return 0
        return len(new) if self._database.write(write, unique_key()) else 0

    def reviews(self, since: datetime | None = None) -> list[ReviewRecord]:
        """Every answer (since ``since``), oldest first: for the progress charts."""
        start = since.timestamp() if since is not None else float("-inf")
        rows: list[sqlite3.Row] = self._database.read(
            lambda db: db.execute(
                "SELECT * FROM quiz_reviews WHERE reviewed_utc >= ? ORDER BY reviewed_utc", (start,)
            ).fetchall(),
            [],
        )
        return [review for row in rows if (review := _review(row)) is not None]


def _review_row(review: ReviewRecord) -> tuple[object, ...]:
    return (
        review.key,
        review.reviewed_at.isoformat(),
        review.reviewed_at.timestamp(),
        review.rating,
        review.outcome.value,
        review.seconds,
        review.cun_off,
        review.state_after,
    )


def _card(text: str) -> Card | None:
    # The scheduler loads with the first look at the quiz, not with the history at start-up.
    from fsrs import Card  # noqa: PLC0415

    try:
        return Card.from_json(text)
    except (ValueError, KeyError, TypeError, json.JSONDecodeError):
        return None  # edited by hand into nonsense: the card starts again as new, never fatal


def _review(row: sqlite3.Row) -> ReviewRecord | None:
    from acupressure_desktop.learning.reviews import ReviewRecord  # noqa: PLC0415

    try:
        return ReviewRecord(
            key=row["key"],
            reviewed_at=datetime.fromisoformat(row["reviewed_at"]),
            rating=row["rating"],
            outcome=row["outcome"],
            seconds=row["seconds"],
            cun_off=row["cun_off"],
            state_after=row["state_after"],
        )
    except (ValueError, ValidationError):
        return None
