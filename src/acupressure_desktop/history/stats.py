"""Practice over time, streaks, today's count and before/after changes: small, bounded queries."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

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


def daily_totals(db: sqlite3.Connection, first: date, last: date) -> list[DayTotal]:
    """One entry per day from ``first`` to ``last``, days without practice included as zero."""
    rows = db.execute(
        "SELECT day, sessions, seconds FROM daily_totals WHERE day BETWEEN ? AND ?",
        (first.isoformat(), last.isoformat()),
    ).fetchall()
    found = {date.fromisoformat(day): (count, seconds) for day, count, seconds in rows}
    days = (last - first).days + 1
    totals = []
    for offset in range(max(0, days)):
        day = first + timedelta(days=offset)
        count, seconds = found.get(day, (0, 0.0))
        totals.append(DayTotal(day, int(count), round(float(seconds) / 60, 2)))
    return totals


def weekly_totals(db: sqlite3.Connection, last: date, weeks: int) -> list[DayTotal]:
    """Totals per week (Monday to Sunday), the week of ``last`` included; ``day`` is the Monday."""
    end_monday = last - timedelta(days=last.weekday())
    first = end_monday - timedelta(weeks=weeks - 1)
    days = daily_totals(db, first, end_monday + timedelta(days=6))
    return [
        DayTotal(
            first + timedelta(weeks=w),
            sum(d.sessions for d in days[w * 7 : w * 7 + 7]),
            round(sum(d.minutes for d in days[w * 7 : w * 7 + 7]), 2),
        )
        for w in range(weeks)
    ]


def sessions_on(db: sqlite3.Connection, day: date) -> int:
    row = db.execute("SELECT sessions FROM daily_totals WHERE day = ?", (day.isoformat(),)).fetchone()
    return int(row[0]) if row else 0


def practices_on(db: sqlite3.Connection, day: date) -> int:
    """What counts towards the daily goal: each single session and each routine run (not its steps)."""
    start, end = day_start(day), day_start(day + timedelta(days=1))
    single = db.execute(
        "SELECT COUNT(*) FROM sessions WHERE routine_run_id IS NULL AND started_utc >= ? AND started_utc < ?",
        (start, end),
    ).fetchone()[0]
    runs = db.execute(
        "SELECT COUNT(*) FROM routine_runs WHERE started_utc >= ? AND started_utc < ?", (start, end)
    ).fetchone()[0]
    return int(single) + int(runs)


def streak(db: sqlite3.Connection, today: date) -> int:
    """Days in a row with practice, ending today (or yesterday, if today has none yet)."""
    rows = db.execute(
        "SELECT day FROM daily_totals WHERE sessions > 0 AND day <= ? ORDER BY day DESC LIMIT 1000",
        (today.isoformat(),),
    )
    expected = today
    count = 0
    for (text,) in rows:
        day = date.fromisoformat(text)
        if count == 0 and day == today - timedelta(days=1):
            expected = day
        if day != expected:
            break
        count += 1
        expected = day - timedelta(days=1)
    return count


def rating_changes(db: sqlite3.Connection, symptom_id: str, limit: int = 300) -> list[RatingChange]:
    """The most recent rated sessions for a symptom, oldest first (bounded, for charts)."""
    rows = db.execute(
        "SELECT started_at, point_code, before_rating, after_rating FROM sessions"
        " WHERE purpose = ? AND before_rating IS NOT NULL AND after_rating IS NOT NULL"
        " ORDER BY started_utc DESC LIMIT ?",
        (symptom_id, limit),
    ).fetchall()
    return [RatingChange(datetime.fromisoformat(s), p, b, a) for s, p, b, a in reversed(rows)]
