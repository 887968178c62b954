"""What works for me: points ranked by how much they helped a symptom, by the user's own ratings."""

from __future__ import annotations

from dataclasses import dataclass

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
            return (
                f"Only {self.sessions} rated session{'s' if self.sessions != 1 else ''} so far; "
                f"{more} more before this says much."
            )
        if self.average_change > 0:
            return f"On average {self.average_change:.1f} points better afterwards."
        if self.average_change < 0:
            return f"On average {-self.average_change:.1f} points worse afterwards."
        return "On average no change."


def best_first(insights: list[PointInsight]) -> list[PointInsight]:
    """Most helpful first; points with too few rated sessions to say much rank last."""
    return sorted(insights, key=lambda i: (not i.enough, -i.average_change, -i.sessions, i.point_code))
