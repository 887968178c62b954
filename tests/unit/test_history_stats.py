from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from acupressure_desktop.history import History
from tests.unit.history_data import session

TODAY = date(2026, 11, 24)


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


@pytest.fixture
def history(tmp_path: Path) -> History:
    history = History.open(tmp_path)
    days = [0, 0, 1, 2, 3, 5, 9]  # days before today
    history.sessions.insert_many([session(n, when=at(TODAY - timedelta(days=d), 8 + n)) for n, d in enumerate(days)])
    return history


def test_daily_totals_cover_every_day_including_empty_ones(history: History) -> None:
    totals = history.totals.daily(TODAY - timedelta(days=6), TODAY)
    assert [t.sessions for t in totals] == [0, 1, 0, 1, 1, 1, 2]
    # Pressing time only: the 32 s of breathing before each hold do not count.
    assert totals[-1].minutes == pytest.approx(60 / 60 + 61 / 60, abs=0.01)


def test_weekly_totals_run_monday_to_sunday(history: History) -> None:
    weeks = history.totals.weekly(TODAY, 3)
    assert [w.day for w in weeks] == [date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23)]
    assert [w.sessions for w in weeks] == [1, 3, 3]


def test_totals_follow_deletions(history: History) -> None:
    first = history.sessions.recent(1)[0]
    history.sessions.delete([first.id])
    assert history.totals.sessions_on(TODAY) == 1


def test_the_streak_counts_days_in_a_row(history: History) -> None:
    assert history.totals.streak(TODAY) == 4  # today, and the three days before
    assert history.totals.streak(TODAY + timedelta(days=1)) == 4  # nothing yet today: still alive
    assert history.totals.streak(TODAY + timedelta(days=2)) == 0
    assert history.totals.sessions_on(TODAY) == 2


def test_rating_changes_are_oldest_first(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    history.sessions.insert_many(
        [
            session(1, "LI4", when=at(TODAY), purpose="headache", before=8, after=3),
            session(2, "GB20", when=at(TODAY - timedelta(days=1)), purpose="headache", before=6, after=6),
            session(3, "GB20", when=at(TODAY), purpose="headache", before=6),
        ]
    )
    changes = history.totals.rating_changes("headache")
    assert [(c.point_code, c.change) for c in changes] == [("GB20", 0), ("LI4", 5)]


def test_the_daily_goal_counts_single_sessions_and_whole_routine_runs_by_local_day(tmp_path: Path) -> None:
    from uuid import uuid4

    from acupressure_desktop.history.records import RoutineRunRecord

    history = History.open(tmp_path)
    assert history.database._db is not None
    late = datetime(2026, 5, 4, 23, 50).astimezone()  # the machine's own rules for that date
    history.sessions.begin(session(1, when=late))
    history.sessions.begin(session(2, when=late + timedelta(minutes=20)))  # 00:10, the next day
    run = RoutineRunRecord(routine_id=uuid4(), routine_name="Evening", started_at=late, steps_planned=3)
    history.runs.begin(run)
    for n in range(3):  # three steps, one practice
        history.sessions.begin(
            session(10 + n, when=late + timedelta(minutes=n)).model_copy(update={"routine_run_id": run.id})
        )
    assert history.totals.practices_on(date(2026, 5, 4)) == 2
    assert history.totals.practices_on(date(2026, 5, 5)) == 1
    assert history.totals.practices_on(date(2026, 5, 6)) == 0
    history.close()


def test_totals_skip_rows_edited_into_nonsense(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    rated = [
        session(20 + n, "LI4", when=at(TODAY - timedelta(days=n)), purpose="headache", before=7, after=3)
        for n in range(3)
    ]
    history.sessions.insert_many(rated)
    db = history.database._db
    assert db is not None
    yesterday, two_days_ago = (TODAY - timedelta(days=1)).isoformat(), (TODAY - timedelta(days=2)).isoformat()
    # Sorts between two real days, so every query that reads days meets it.
    db.execute("UPDATE daily_totals SET day = ? WHERE day = ?", (f"{yesterday}x", yesterday))
    db.execute("UPDATE daily_totals SET seconds = 'a while' WHERE day = ?", (two_days_ago,))
    db.execute("UPDATE sessions SET started_at = 'last Tuesday' WHERE id = ?", (str(rated[1].id),))
    db.execute("INSERT INTO rating_totals VALUES ('headache', 'PC6', 'many', 4)")

    assert [t.sessions for t in history.totals.daily(TODAY - timedelta(days=2), TODAY)] == [0, 0, 1]
    assert history.totals.streak(TODAY) == 1
    assert [c.started_at.date() for c in history.totals.rating_changes("headache")] == [
        rated[2].started_at.date(),
        TODAY,
    ]
    assert [i.point_code for i in history.totals.insights("headache")] == ["LI4"]


def test_totals_are_empty_when_the_history_cannot_be_read(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    totals = History.open(blocker / "data").totals
    assert not totals.can_read
    assert [t.sessions for t in totals.daily(TODAY - timedelta(days=1), TODAY)] == [0, 0]
    assert totals.weekly(TODAY, 2)[-1].sessions == 0
    assert (totals.sessions_on(TODAY), totals.practices_on(TODAY), totals.streak(TODAY)) == (0, 0, 0)
    assert totals.rating_changes("headache") == totals.insights("headache") == []
    assert totals.most_rated_symptom() is None


def test_weekly_totals_start_on_the_day_the_locale_starts_its_weeks(history: History) -> None:
    weeks = history.totals.weekly(TODAY, 2, first_weekday=6)  # Sunday, as in the United States
    assert [w.day for w in weeks] == [date(2026, 11, 15), date(2026, 11, 22)]
    assert [w.sessions for w in weeks] == [3, 4]
