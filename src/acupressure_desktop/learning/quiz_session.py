"""One sitting of the quiz: the next due card as a question, each answer graded and scheduled."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.learning.cards import CardKey
from acupressure_desktop.learning.grading import Outcome
from acupressure_desktop.learning.questions import Naming, Question, make_question
from acupressure_desktop.learning.schedule import Schedule


class QuizSession:
    """Asks the deck's due cards one at a time; ``answer`` grades the current one.

    Time to answer is measured on ``clock`` (monotonic), from when the question was asked.
    """

    def __init__(
        self,
        catalog: Catalog,
        schedule: Schedule,
        keys: Sequence[str],
        avoided: frozenset[str] = frozenset(),
        naming: Naming = Naming.FULL,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._catalog = catalog
        self._schedule = schedule
        self._keys = list(keys)
        self._avoided = avoided
        self._naming = naming
        self._rng = rng or random.Random()
        self._clock = clock
        self._unaskable: set[str] = set()
        self.current: Question | None = None
        self._asked_at = 0.0
        self.answered = 0

    def next_question(self) -> Question | None:
        """The next due card as a question; None when nothing more is due now."""
        for key in self._schedule.due([k for k in self._keys if k not in self._unaskable]):
            question = make_question(self._catalog, CardKey.parse(key), self._avoided, self._rng, self._naming)
            if question is None:
                self._unaskable.add(key)
                continue
            self.current = question
            self._asked_at = self._clock()
            return question
        self.current = None
        return None

    def answer(self, outcome: Outcome, cun_off: float | None = None) -> None:
        """Grade the current question (how fast it was answered counts too) and schedule its card."""
        if self.current is None:
            raise RuntimeError("no question is being asked")
        seconds = max(0.0, self._clock() - self._asked_at)
        self._schedule.answer(self.current.key, outcome, seconds, cun_off)
        self.answered += 1

    def choose(self, code: str) -> Outcome:
        """Answer a choosing question with a point's code: right or missed."""
        if self.current is None:
            raise RuntimeError("no question is being asked")
        outcome = Outcome.RIGHT if code == self.current.point_code else Outcome.MISSED
        self.answer(outcome)
        return outcome
