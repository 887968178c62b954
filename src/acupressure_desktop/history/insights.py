"""What works for me: points ranked by how much they helped a symptom, by the user's own ratings."""

from __future__ import annotations

from dataclasses import dataclass

from acupressure_desktop.translatable import QT_TRANSLATE_NOOP

# Below this many rated sessions an average says more about chance than about the point.
ENOUGH_SESSIONS = 3


@dataclass(frozen=True)
class PointInsight:
    """One point's record for one symptom."""

    point_code: str
    sessions: int
    average_change: float  # before minus after: positive means it felt better afterwards

    @property
    def enough(self) -> bool:
        return self.sessions >= ENOUGH_SESSIONS

    @property
    def note(self) -> str:
        if not self.enough:
            more = ENOUGH_SESSIONS - self.sessions
            if self.sessions == 1:
                few = QT_TRANSLATE_NOOP("Insight", "Only 1 rated session so far; {more} more before this says much.")
            else:
                few = QT_TRANSLATE_NOOP(
                    "Insight", "Only {sessions} rated sessions so far; {more} more before this says much."
                )
            return few.filled(sessions=self.sessions, more=more)
        if self.average_change > 0:
            better = QT_TRANSLATE_NOOP("Insight", "On average {points} points better afterwards.")
            return better.filled(points=round(self.average_change, 1))
        if self.average_change < 0:
            worse = QT_TRANSLATE_NOOP("Insight", "On average {points} points worse afterwards.")
            return worse.filled(points=round(-self.average_change, 1))
        return QT_TRANSLATE_NOOP("Insight", "On average no change.")


def best_first(insights: list[PointInsight]) -> list[PointInsight]:
    """Most helpful first; points with too few rated sessions to say much rank last."""
    return sorted(insights, key=lambda i: (not i.enough, -i.average_change, -i.sessions, i.point_code))
