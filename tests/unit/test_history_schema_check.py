"""The schema check on open: derived parts rebuilt, a file missing the user's data kept aside."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from acupressure_desktop.history import History, SessionRecord, SessionStatus, StoreMode, opening
from acupressure_desktop.history.opening import DATABASE_NAME
from acupressure_desktop.history.schema import DERIVED_TABLES, MIGRATIONS, SCHEMA_VERSION
from acupressure_desktop.history.schema_check import (
    SchemaProblems,
    check_schema,
    expected_schema,
    fill_statement,
    read_schema,
)
from tests.unit.test_history_store import START, a_record, fixed_now


def rated(hours: int, after: int) -> SessionRecord:
    return a_record(
        started_at=START + timedelta(hours=hours),
        status=SessionStatus.COMPLETED,
        ended_at=START + timedelta(hours=hours, minutes=5),
        after_rating=after,
    )


def history_with_sessions(folder: Path) -> list[SessionRecord]:
    history = History.open(folder, fixed_now)
    records = [rated(0, 2), rated(1, 4), rated(2, 3)]
    for record in records:
        assert history.sessions.begin(record)
    history.close()
    return records


def damage(folder: Path, *statements: str) -> None:
    db = sqlite3.connect(folder / DATABASE_NAME, isolation_level=None)
    for statement in statements:
        db.execute(statement)
    db.close()


def totals(history: History) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    db = history.database._db
    assert db is not None
    daily = [tuple(r) for r in db.execute("SELECT * FROM daily_totals ORDER BY day")]
    rating = [tuple(r) for r in db.execute("SELECT * FROM rating_totals ORDER BY purpose, point_code")]
    return daily, rating


def test_the_expectation_is_what_the_migrations_build(tmp_path: Path) -> None:
    expected = expected_schema(SCHEMA_VERSION)
    assert {"sessions", "session_phases", "daily_totals", "rating_totals", "routines", "routine_runs"} <= set(
        expected.columns
    )
    assert "routine_run_id" in expected.columns["sessions"]
    assert {"daily_totals_add", "rating_totals_learn_new"} <= set(expected.triggers)
    assert "sessions_by_utc" in expected.indexes
    for table in DERIVED_TABLES:
        assert fill_statement(SCHEMA_VERSION, table) is not None, table
    history = History.open(tmp_path, fixed_now)
    assert history.database._db is not None
    assert check_schema(history.database._db, SCHEMA_VERSION) == SchemaProblems()
    assert read_schema(history.database._db).columns == expected.columns


@pytest.mark.parametrize("table", DERIVED_TABLES)
def test_a_missing_summary_is_rebuilt_from_the_sessions(tmp_path: Path, table: str) -> None:
    history_with_sessions(tmp_path)
    before = totals(History.open(tmp_path, fixed_now))
    damage(tmp_path, f"DROP TABLE {table}")
    history = History.open(tmp_path, fixed_now)
    assert history.database.mode is StoreMode.WRITABLE
    assert history.database.moved_aside is None
    assert history.database.notice == ""
    assert totals(history) == before
    assert history.totals.sessions_on(START.date()) == 3
    assert history.totals.insights("headache")[0].sessions == 3
    # The triggers keep it current again.
    assert history.sessions.begin(rated(3, 1))
    assert history.totals.sessions_on(START.date()) == 4


def test_a_summary_missing_a_column_is_rebuilt(tmp_path: Path) -> None:
    history_with_sessions(tmp_path)
    damage(
        tmp_path,
        "DROP TABLE daily_totals",
        "CREATE TABLE daily_totals (day TEXT PRIMARY KEY, sessions INTEGER NOT NULL)",
    )
    history = History.open(tmp_path, fixed_now)
    assert history.database.moved_aside is None
    assert history.totals.sessions_on(START.date()) == 3
    assert "seconds" in read_schema(history.database._db).columns["daily_totals"]


def test_a_missing_trigger_is_recreated_and_what_it_missed_recomputed(tmp_path: Path) -> None:
    history_with_sessions(tmp_path)
    late = rated(4, 5)
    # A session saved while the trigger was gone never reached the day's total.
    damage(
        tmp_path,
        "DROP TRIGGER daily_totals_add",
        "INSERT INTO sessions (id, point_code, protocol, sides, started_at, status, note, started_utc, actual_s,"
        " protocol_kind, pressing_s, counts) SELECT 'x-late', point_code, protocol, sides, started_at, status, '',"
        " started_utc, 60, protocol_kind, 60, 1 FROM sessions LIMIT 1",
    )
    history = History.open(tmp_path, fixed_now)
    assert "daily_totals_add" in read_schema(history.database._db).triggers
    assert history.totals.sessions_on(START.date()) == 4
    assert history.sessions.begin(late)
    assert history.totals.sessions_on(START.date()) == 5


def test_a_missing_index_is_recreated(tmp_path: Path) -> None:
    history_with_sessions(tmp_path)
    damage(tmp_path, "DROP INDEX sessions_by_utc", "DROP INDEX sessions_by_point_utc")
    history = History.open(tmp_path, fixed_now)
    assert {"sessions_by_utc", "sessions_by_point_utc"} <= set(read_schema(history.database._db).indexes)
    assert history.database.moved_aside is None
    assert len(history.sessions.recent()) == 3


@pytest.mark.parametrize(
    "statement",
    [
        "DROP TABLE sessions",
        "DROP TABLE session_phases",
        "DROP TABLE routines",
        "DROP TABLE routine_runs",
        "ALTER TABLE sessions DROP COLUMN note",
    ],
)
def test_a_file_missing_the_users_data_is_kept_aside_and_a_new_history_started(tmp_path: Path, statement: str) -> None:
    history_with_sessions(tmp_path)
    damage(tmp_path, statement)
    history = History.open(tmp_path, fixed_now)
    assert history.database.mode is StoreMode.WRITABLE
    assert history.database.moved_aside is not None
    assert history.database.moved_aside.exists()
    assert str(history.database.moved_aside) in history.database.notice
    assert history.sessions.recent() == []
    assert history.sessions.begin(a_record())
    assert history.totals.sessions_on(START.date()) == 1
    # Nothing of the old file was lost: it is there to be looked at or recovered by hand.
    kept = sqlite3.connect(history.database.moved_aside)
    tables = {row[0] for row in kept.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    kept.close()
    assert "daily_totals" in tables


def refuse_writing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The history can be opened only for reading, as on a read-only disk."""

    def refuse(path: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(opening, "open_writable", refuse)


def test_a_read_only_history_missing_a_summary_still_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    history_with_sessions(tmp_path)
    damage(tmp_path, "DROP TABLE daily_totals")
    refuse_writing(monkeypatch)
    history = History.open(tmp_path, fixed_now)
    assert history.database.mode is StoreMode.READ_ONLY
    assert history.totals.sessions_on(START.date()) == 3
    history.close()
    # Read-only means read-only: the file itself was not changed.
    db = sqlite3.connect(tmp_path / DATABASE_NAME)
    assert "daily_totals" not in {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    db.close()


def test_a_read_only_history_missing_its_sessions_is_unavailable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    history_with_sessions(tmp_path)
    damage(tmp_path, "DROP TABLE sessions")
    refuse_writing(monkeypatch)
    history = History.open(tmp_path, fixed_now)
    assert history.database.mode is StoreMode.UNAVAILABLE
    assert "damaged" in history.database.notice
    assert history.sessions.recent() == []
    assert (tmp_path / DATABASE_NAME).exists()


def test_an_older_file_missing_a_table_is_kept_aside_instead_of_failing_its_migration(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / DATABASE_NAME)
    db.executescript(MIGRATIONS[0])
    db.execute("PRAGMA user_version = 2")  # claims session_phases, which it does not have
    db.commit()
    db.close()
    history = History.open(tmp_path, fixed_now)
    assert history.database.mode is StoreMode.WRITABLE
    assert history.database.moved_aside is not None
