"""The schema check on open: derived parts rebuilt, a file missing the user's data kept aside."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from acupressure_desktop.history import HistoryStore, SessionRecord, SessionStatus, StoreMode
from acupressure_desktop.history.insights import insights_for
from acupressure_desktop.history.schema import DERIVED_TABLES, MIGRATIONS, SCHEMA_VERSION
from acupressure_desktop.history.schema_check import (
    SchemaProblems,
    check_schema,
    expected_schema,
    fill_statement,
    read_schema,
)
from acupressure_desktop.history.stats import sessions_on
from acupressure_desktop.history.store import DATABASE_NAME
from tests.unit.test_history_store import START, a_record, fixed_now


def rated(hours: int, after: int) -> SessionRecord:
    return a_record(
        started_at=START + timedelta(hours=hours),
        status=SessionStatus.COMPLETED,
        ended_at=START + timedelta(hours=hours, minutes=5),
        after_rating=after,
    )


def history_with_sessions(folder: Path) -> list[SessionRecord]:
    store = HistoryStore.open(folder, fixed_now)
    records = [rated(0, 2), rated(1, 4), rated(2, 3)]
    for record in records:
        assert store.begin(record)
    store.close()
    return records


def damage(folder: Path, *statements: str) -> None:
    db = sqlite3.connect(folder / DATABASE_NAME, isolation_level=None)
    for statement in statements:
        db.execute(statement)
    db.close()


def totals(store: HistoryStore) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    db = store.connection
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
    store = HistoryStore.open(tmp_path, fixed_now)
    assert store.connection is not None
    assert check_schema(store.connection, SCHEMA_VERSION) == SchemaProblems()
    assert read_schema(store.connection).columns == expected.columns


@pytest.mark.parametrize("table", DERIVED_TABLES)
def test_a_missing_summary_is_rebuilt_from_the_sessions(tmp_path: Path, table: str) -> None:
    history_with_sessions(tmp_path)
    before = totals(HistoryStore.open(tmp_path, fixed_now))
    damage(tmp_path, f"DROP TABLE {table}")
    store = HistoryStore.open(tmp_path, fixed_now)
    assert store.mode is StoreMode.WRITABLE
    assert store.moved_aside is None
    assert store.notice == ""
    assert totals(store) == before
    assert sessions_on(store.connection, START.date()) == 3
    assert insights_for(store.connection, "headache")[0].sessions == 3
    # The triggers keep it current again.
    assert store.begin(rated(3, 1))
    assert sessions_on(store.connection, START.date()) == 4


def test_a_summary_missing_a_column_is_rebuilt(tmp_path: Path) -> None:
    history_with_sessions(tmp_path)
    damage(
        tmp_path,
        "DROP TABLE daily_totals",
        "CREATE TABLE daily_totals (day TEXT PRIMARY KEY, sessions INTEGER NOT NULL)",
    )
    store = HistoryStore.open(tmp_path, fixed_now)
    assert store.moved_aside is None
    assert sessions_on(store.connection, START.date()) == 3
    assert "seconds" in read_schema(store.connection).columns["daily_totals"]


def test_a_missing_trigger_is_recreated_and_what_it_missed_recomputed(tmp_path: Path) -> None:
    history_with_sessions(tmp_path)
    late = rated(4, 5)
    # A session saved while the trigger was gone never reached the day's total.
    damage(
        tmp_path,
        "DROP TRIGGER daily_totals_add",
        "INSERT INTO sessions (id, point_code, protocol, sides, started_at, status, note, started_utc, actual_s,"
        " protocol_kind) SELECT 'x-late', point_code, protocol, sides, started_at, status, '', started_utc, 60,"
        " protocol_kind FROM sessions LIMIT 1",
    )
    store = HistoryStore.open(tmp_path, fixed_now)
    assert "daily_totals_add" in read_schema(store.connection).triggers
    assert sessions_on(store.connection, START.date()) == 4
    assert store.begin(late)
    assert sessions_on(store.connection, START.date()) == 5


def test_a_missing_index_is_recreated(tmp_path: Path) -> None:
    history_with_sessions(tmp_path)
    damage(tmp_path, "DROP INDEX sessions_by_utc", "DROP INDEX sessions_by_point_utc")
    store = HistoryStore.open(tmp_path, fixed_now)
    assert {"sessions_by_utc", "sessions_by_point_utc"} <= set(read_schema(store.connection).indexes)
    assert store.moved_aside is None
    assert len(store.recent()) == 3


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
    store = HistoryStore.open(tmp_path, fixed_now)
    assert store.mode is StoreMode.WRITABLE
    assert store.moved_aside is not None
    assert store.moved_aside.exists()
    assert str(store.moved_aside) in store.notice
    assert store.recent() == []
    assert store.begin(a_record())
    assert sessions_on(store.connection, START.date()) == 1
    # Nothing of the old file was lost: it is there to be looked at or recovered by hand.
    kept = sqlite3.connect(store.moved_aside)
    tables = {row[0] for row in kept.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    kept.close()
    assert "daily_totals" in tables


def test_a_read_only_history_missing_a_summary_still_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    history_with_sessions(tmp_path)
    damage(tmp_path, "DROP TABLE daily_totals")

    def refuse(cls: type[HistoryStore], path: Path) -> HistoryStore:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(HistoryStore, "_open_writable", classmethod(refuse))
    store = HistoryStore.open(tmp_path, fixed_now)
    assert store.mode is StoreMode.READ_ONLY
    assert sessions_on(store.connection, START.date()) == 3
    store.close()
    # Read-only means read-only: the file itself was not changed.
    db = sqlite3.connect(tmp_path / DATABASE_NAME)
    assert "daily_totals" not in {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    db.close()


def test_a_read_only_history_missing_its_sessions_is_unavailable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    history_with_sessions(tmp_path)
    damage(tmp_path, "DROP TABLE sessions")

    def refuse(cls: type[HistoryStore], path: Path) -> HistoryStore:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(HistoryStore, "_open_writable", classmethod(refuse))
    store = HistoryStore.open(tmp_path, fixed_now)
    assert store.mode is StoreMode.UNAVAILABLE
    assert "damaged" in store.notice
    assert store.recent() == []
    assert (tmp_path / DATABASE_NAME).exists()


def test_an_older_file_missing_a_table_is_kept_aside_instead_of_failing_its_migration(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / DATABASE_NAME)
    db.executescript(MIGRATIONS[0])
    db.execute("PRAGMA user_version = 2")  # claims session_phases, which it does not have
    db.commit()
    db.close()
    store = HistoryStore.open(tmp_path, fixed_now)
    assert store.mode is StoreMode.WRITABLE
    assert store.moved_aside is not None
