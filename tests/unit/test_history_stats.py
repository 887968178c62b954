from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from acupressure_desktop.history import HistoryStore
from acupressure_desktop.history.stats import daily_totals, rating_changes, sessions_on, streak, weekly_totals
from tests.unit.history_data import session

TODAY = date(2026, 11, 24)


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    store = HistoryStore.open(tmp_path)
    days = [0, 0, 1, 2, 3, 5, 9]  # days before today
    store.insert_many([session(n, when=at(TODAY - timedelta(days=d), 8 + n)) for n, d in enumerate(days)])
    return store


def test_daily_totals_cover_every_day_including_empty_ones(store: HistoryStore) -> None:
    totals = daily_totals(store.connection, TODAY - timedelta(days=6), TODAY)
    assert [t.sessions for t in totals] == [0, 1, 0, 1, 1, 1, 2]
    assert totals[-1].minutes == pytest.approx((32 + 60) / 60 + (32 + 61) / 60, abs=0.01)


def test_weekly_totals_run_monday_to_sunday(store: HistoryStore) -> None:
    weeks = weekly_totals(store.connection, TODAY, 3)
    assert [w.day for w in weeks] == [date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23)]
    assert [w.sessions for w in weeks] == [1, 3, 3]


def test_totals_follow_deletions(store: HistoryStore) -> None:
    first = store.recent(1)[0]
    store.delete([first.id])
    assert sessions_on(store.connection, TODAY) == 1


def test_the_streak_counts_days_in_a_row(store: HistoryStore) -> None:
    assert streak(store.connection, TODAY) == 4  # today, and the three days before
    assert streak(store.connection, TODAY + timedelta(days=1)) == 4  # nothing yet today: still alive
    assert streak(store.connection, TODAY + timedelta(days=2)) == 0
    assert sessions_on(store.connection, TODAY) == 2


def test_rating_changes_are_oldest_first(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path)
    store.insert_many(
        [
            session(1, "LI4", when=at(TODAY), purpose="headache", before=8, after=3),
            session(2, "GB20", when=at(TODAY - timedelta(days=1)), purpose="headache", before=6, after=6),
            session(3, "GB20", when=at(TODAY), purpose="headache", before=6),
        ]
    )
    changes = rating_changes(store.connection, "headache")
    assert [(c.point_code, c.change) for c in changes] == [("GB20", 0), ("LI4", 5)]


def test_the_daily_goal_counts_single_sessions_and_whole_routine_runs_by_local_day(tmp_path: Path) -> None:
    from uuid import uuid4

    from acupressure_desktop.history.records import RoutineRunRecord
    from acupressure_desktop.history.routine_runs import RoutineRunLog
    from acupressure_desktop.history.stats import practices_on

    store = HistoryStore.open(tmp_path)
    assert store.connection is not None
    late = datetime(2026, 5, 4, 23, 50).astimezone()  # the machine's own rules for that date
    store.begin(session(1, when=late))
    store.begin(session(2, when=late + timedelta(minutes=20)))  # 00:10, the next day
    run = RoutineRunRecord(routine_id=uuid4(), routine_name="Evening", started_at=late, steps_planned=3)
    RoutineRunLog(store).begin(run)
    for n in range(3):  # three steps, one practice
        store.begin(session(10 + n, when=late + timedelta(minutes=n)).model_copy(update={"routine_run_id": run.id}))
    assert practices_on(store.connection, date(2026, 5, 4)) == 2
    assert practices_on(store.connection, date(2026, 5, 5)) == 1
    assert practices_on(store.connection, date(2026, 5, 6)) == 0
    store.close()
