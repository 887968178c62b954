"""How fast the Learn tab's schedule answers "what is due now?", with 1,000 and 10,000 cards.

The app is built with ``build_in_folder``; its history is filled with cards in every FSRS state,
their due times spread over the last month and the next three, each with one answer. Then the
schedule (as the Learn tab makes it) is asked for the cards due among all of them, and for the
deck's counts, ``REPEATS`` times each.
Target: "what is due" with 10,000 cards in under 20 ms (median); the 10k / 1k ratio is printed last.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from functools import partial

from bench_support import Verdict, describe, prepare_environment

HOME = prepare_environment()

from fsrs import Card, State
from PySide6.QtWidgets import QApplication

from acupressure_desktop.learning.grading import Outcome
from acupressure_desktop.learning.reviews import ReviewRecord
from acupressure_desktop.learning.schedule import Schedule
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.ui.shell.assembly import build_in_folder

SIZES = (1_000, 10_000)
REPEATS = 15
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def card_keys(count: int) -> list[str]:
    """Distinct keys shaped like the app's ("locate:ST36"), more than the atlas has points."""
    modes = ("locate", "recognise", "use")
    letters = [a + b for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    keys = [f"{mode}:{pair}{number}" for pair in letters for number in range(1, 100) for mode in modes]
    return keys[:count]


def fill(schedule_store: object, keys: list[str]) -> None:
    rng = random.Random(len(keys))
    cards, reviews = [], []
    for key in keys:
        due = NOW + timedelta(hours=rng.uniform(-30 * 24, 90 * 24))
        state = rng.choices((State.Learning, State.Review, State.Relearning), weights=(1, 8, 1))[0]
        card = Card(
            state=state,
            step=0 if state is not State.Review else None,
            due=due,
            stability=rng.uniform(1, 60),
            difficulty=rng.uniform(1, 9),
            last_review=due - timedelta(days=3),
        )
        first = NOW - timedelta(days=rng.uniform(1, 300))
        cards.append((key, card, first))
        reviews.append(
            ReviewRecord(key=key, reviewed_at=first, rating=3, outcome=Outcome.RIGHT, seconds=4.0,
                         cun_off=0.2, state_after=int(state))
        )  # fmt: skip
    schedule_store.merge(cards, reviews)  # type: ignore[attr-defined]


def timed(action: object) -> list[float]:
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        runs.append((time.perf_counter() - start) * 1000)
    return runs


def main() -> int:
    app = QApplication([])
    results: dict[int, dict[str, list[float]]] = {}
    for size in SIZES:
        home = HOME / f"cards-{size}"
        parts = build_in_folder(app, home)
        quiz = parts.history.quiz
        fill(quiz, card_keys(size))
        schedule = Schedule(quiz, lambda: NOW)
        keys = card_keys(size)
        due = schedule.due(keys)
        print(f"{size:>6} cards: {len(due)} due now")
        results[size] = {"due": timed(partial(schedule.due, keys)), "counts": timed(partial(schedule.counts, keys))}
        for name, runs in results[size].items():
            print(f"{size:>6} cards, {name}: {describe(runs)}")
        parts.close()
        assert AppPaths.under(home).data_dir.exists()
    small, large = results[SIZES[0]], results[SIZES[-1]]
    verdict = Verdict("learning schedule")
    verdict.check("what is due with 10,000 cards (median)", statistics.median(large["due"]), 20, " ms")
    for name in ("due", "counts"):
        verdict.ratio(f"{name} 10k / 1k", statistics.median(large[name]), statistics.median(small[name]))
    return verdict.finish()


if __name__ == "__main__":
    sys.exit(main())
