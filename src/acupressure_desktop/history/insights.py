"""What works for me: points ranked by how much they helped a symptom, by the user's own ratings."""

from __future__ import annotations

import sqlite3
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


def insights_for(db: sqlite3.Connection, symptom_id: str) -> list[PointInsight]:
    """Points used for ``symptom_id`` with both ratings, best first; thin evidence ranks last."""
    rows = db.execute(
        "SELECT point_code, sessions, change_sum * 1.0 / sessions FROM rating_totals"
        " WHERE purpose = ? AND sessions > 0 AND point_code != ''",  # mats press no single point
        (symptom_id,),
    ).fetchall()
    found = [PointInsight(code, count, round(float(change), 2)) for code, count, change in rows]
    return sorted(found, key=lambda i: (not i.enough, -i.average_change, -i.sessions, i.point_code))
