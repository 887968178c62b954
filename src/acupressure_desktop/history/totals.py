"""Practice over time, streaks, today's count and before/after changes: small, bounded queries.

Every answer is empty or zero when the history cannot be read, and a row whose dates or numbers
were edited into nonsense is skipped rather than breaking the charts.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from acupressure_desktop.history.database import HistoryDatabase
from acupressure_desktop.history.insights import PointInsight, best_first
from acupressure_desktop.history.queries import day_start

DEFAULT_DAILY_GOAL = 2  # the article suggests practising 2-3 times a day


@dataclass(frozen=True)
class DayTotal:
    day: date
    sessions: int
    minutes: float


@dataclass(frozen=True)
class RatingChange:
    started_at: datetime
    point_code: str
    before: int
    after: int

    @property
    def change(self) -> int:
        """Positive when it felt better afterwards."""
        return self.before - self.after


class PracticeTotals:
    """Answers about how much and how well the user practised, read from the running totals."""

    def __init__(self, database: HistoryDatabase) -> None:
        self._database = database

    @property
    def can_read(self) -> bool:
        """False when the history cannot be read at all (every answer is then empty or zero)."""
        return self._database.can_read

    def daily(self, first: date, last: date) -> list[DayTotal]:
        """One entry per day from ``first`` to ``last``, days without practice included as zero."""
        rows: list[sqlite3.Row] = self._database.read(
            lambda db: db.execute(
                "SELECT day, sessions, seconds FROM daily_totals WHERE day BETWEEN ? AND ?",
                (first.isoformat(), last.isoformat()),
            ).fetchall(),
            [],
        )
        found: dict[date, tuple[int, float]] = {}
        for text, count, seconds in rows:
            day, sessions, spent = _day(text), _number(count), _number(seconds)
            if day is not None and sessions is not None and spent is not None:
                found[day] = (int(sessions), spent)
        totals = []
        for offset in range(max(0, (last - first).days + 1)):
            day = first + timedelta(days=offset)
            sessions, spent = found.get(day, (0, 0.0))
            totals.append(DayTotal(day, sessions, round(spent / 60, 2)))
        return totals

    def weekly(self, last: date, weeks: int, first_weekday: int = 0) -> list[DayTotal]:
        """Totals per week, the week of ``last`` included; ``day`` is the week's first day.

        ``first_weekday`` is the day weeks start on, as ``date.weekday()`` counts (0 Monday, 6 Sunday),
        so each locale's weeks read as its calendars print them.
        """
        end_start = last - timedelta(days=(last.weekday() - first_weekday) % 7)
        first = end_start - timedelta(weeks=weeks - 1)
        days = self.daily(first, end_start + timedelta(days=6))
        return [
            DayTotal(
                first + timedelta(weeks=w),
                sum(d.sessions for d in days[w * 7 : w * 7 + 7]),
                round(sum(d.minutes for d in days[w * 7 : w * 7 + 7]), 2),
            )
            for w in range(weeks)
        ]

    def sessions_on(self, day: date) -> int:
        row = self._database.read(
            lambda db: db.execute("SELECT sessions FROM daily_totals WHERE day = ?", (day.isoformat(),)).fetchone(),
            None,
        )
        count = _number(row[0]) if row else None
        return int(count) if count is not None else 0

    def practices_on(self, day: date) -> int:
        """What counts toward the daily goal: each single session that counts (a point held for a
        minute, a mat for five) and each routine run of which at least half the steps count."""
        start, end = day_start(day), day_start(day + timedelta(days=1))

        def count(db: sqlite3.Connection) -> int:
            # "+routine_run_id" keeps SQLite from picking the index on run ids, which finds
            # every single session ever made; the day's sessions are few in the time index.
            single = db.execute(
                "SELECT COUNT(*) FROM sessions WHERE +routine_run_id IS NULL AND counts = 1"
                " AND started_utc >= ? AND started_utc < ?",
                (start, end),
            ).fetchone()[0]
            runs = db.execute(
                "SELECT COUNT(*) FROM routine_runs r WHERE r.started_utc >= ? AND r.started_utc < ?"
                " AND 2 * (SELECT COUNT(*) FROM sessions s WHERE s.routine_run_id = r.id AND s.counts = 1)"
                " >= r.steps_planned",
                (start, end),
            ).fetchone()[0]
            return int(single) + int(runs)

        return self._database.read(count, 0)

    def streak(self, today: date) -> int:
        """Days in a row with practice, ending today (or yesterday, if today has none yet)."""
        rows: list[sqlite3.Row] = self._database.read(
            lambda db: db.execute(
                "SELECT day FROM daily_totals WHERE sessions > 0 AND day <= ? ORDER BY day DESC LIMIT 1000",
                (today.isoformat(),),
            ).fetchall(),
            [],
        )
        expected = today
        count = 0
        for day in (d for (text,) in rows if (d := _day(text)) is not None):
            if count == 0 and day == today - timedelta(days=1):
                expected = day
            if day != expected:
                break
            count += 1
            expected = day - timedelta(days=1)
        return count

    def rating_changes(self, symptom_id: str, limit: int = 300) -> list[RatingChange]:
        """The most recent rated sessions for a symptom, oldest first (bounded, for charts)."""
        rows: list[sqlite3.Row] = self._database.read(
            lambda db: db.execute(
                "SELECT started_at, point_code, before_rating, after_rating FROM sessions"
                " WHERE purpose = ? AND before_rating IS NOT NULL AND after_rating IS NOT NULL"
                " ORDER BY started_utc DESC LIMIT ?",
                (symptom_id, limit),
            ).fetchall(),
            [],
        )
        changes = []
        for started, point, before, after in reversed(rows):
            when = _moment(started)
            if when is not None and isinstance(before, int) and isinstance(after, int):
                changes.append(RatingChange(when, str(point), before, after))
        return changes

    def insights(self, symptom_id: str) -> list[PointInsight]:
        """Points used for ``symptom_id`` with both ratings, best first; thin evidence ranks last."""
        rows: list[sqlite3.Row] = self._database.read(
            lambda db: db.execute(
                "SELECT point_code, sessions, change_sum * 1.0 / sessions FROM rating_totals"
                " WHERE purpose = ? AND sessions > 0 AND point_code != ''",  # mats press no single point
                (symptom_id,),
            ).fetchall(),
            [],
        )
        found = []
        for code, count, change in rows:
            sessions, average = _number(count), _number(change)
            if sessions is not None and sessions > 0 and average is not None:
                found.append(PointInsight(str(code), int(sessions), round(average, 2)))
        return best_first(found)

    def most_rated_symptom(self) -> str | None:
        """The symptom the user has rated most sessions for, if any."""
        row = self._database.read(
            lambda db: db.execute(
                "SELECT purpose FROM rating_totals GROUP BY purpose ORDER BY SUM(sessions) DESC LIMIT 1"
            ).fetchone(),
            None,
        )
        return row[0] if row is not None and isinstance(row[0], str) else None


def _day(text: object) -> date | None:
    try:
        return date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def _moment(text: object) -> datetime | None:
    """A stored time that can also be shown in local time (charts label points with it)."""
    try:
        when = datetime.fromisoformat(text) if isinstance(text, str) else None
        if when is not None:
            when.astimezone()
    except (ValueError, OverflowError, OSError):
        return None
    return when


def _number(value: object) -> float | None:
    """A finite stored number; None for text, NULL, infinity or NaN."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None
