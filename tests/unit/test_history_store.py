"""The history database and its sessions: round trips, migrations, recovery after a crash, and bad files."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from acupressure_desktop.history import (
    History,
    HistoryHealthError,
    PhaseRecord,
    SessionRecord,
    SessionStatus,
    StoreMode,
    opening,
)
from acupressure_desktop.history.opening import DATABASE_NAME
from acupressure_desktop.history.schema import MIGRATIONS, SCHEMA_VERSION
from acupressure_desktop.practice import CircularMassage, SteadyPressure

BERLIN = timezone(timedelta(hours=1))
START = datetime(2026, 11, 24, 9, 30, tzinfo=BERLIN)
running_as_root = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def fixed_now() -> datetime:
    return START + timedelta(hours=2)


def a_record(**changes: object) -> SessionRecord:
    values: dict[str, object] = {
        "point_code": "LI4",
        "protocol": SteadyPressure(),
        "sides": ("left", "right"),
        "phases": (
            PhaseRecord(kind="get_ready", side="left", planned_s=5, actual_s=5),
            PhaseRecord(kind="breathe", side="left", planned_s=32, actual_s=20),
            # A minute of pressing, so the session counts toward the daily goal.
            PhaseRecord(kind="ramp_up", side="left", planned_s=30, actual_s=30),
            PhaseRecord(kind="hold", side="left", planned_s=120, actual_s=30),
        ),
        "started_at": START,
        "purpose": "headache",
        "before_rating": 6,
    }
    values.update(changes)
    return SessionRecord.model_validate(values)


def test_a_session_round_trips_with_every_field(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    record = a_record(protocol=CircularMassage(circles_per_minute=40), note="felt warm")
    assert history.sessions.begin(record)
    assert history.sessions.get(record.id) == record
    assert history.sessions.get(record.id).started_at.utcoffset() == timedelta(hours=1)


def test_finishing_replaces_the_row_and_its_phases(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    record = a_record()
    history.sessions.begin(record)
    done = record.model_copy(
        update={
            "status": SessionStatus.COMPLETED,
            "ended_at": START + timedelta(minutes=7),
            "phases": (*record.phases, PhaseRecord(kind="hold", side="left", planned_s=120, actual_s=120)),
        }
    )
    assert history.sessions.save(done)
    assert history.sessions.get(record.id) == done
    assert history.sessions.set_outcome(record.id, 3, "easier")
    stored = history.sessions.get(record.id)
    assert (stored.after_rating, stored.note) == (3, "easier")


def test_point_stats_count_sessions_and_the_last_one(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    assert history.sessions.point_stats("LI4").count == 0
    history.sessions.begin(a_record())
    history.sessions.begin(a_record(started_at=START + timedelta(days=1)))
    history.sessions.begin(a_record(point_code="PC6"))
    stats = history.sessions.point_stats("LI4")
    assert stats.count == 2
    assert stats.last_started_at == START + timedelta(days=1)


def test_migrations_run_step_by_step_from_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "steps.sqlite3"
    db = sqlite3.connect(path)
    for version, step in enumerate(MIGRATIONS, start=1):
        db.executescript(step)
        db.execute(f"PRAGMA user_version = {version}")
        assert db.execute("PRAGMA user_version").fetchone()[0] == version
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sessions", "session_phases"} <= tables
    db.close()
    history = History.open(tmp_path / "fresh", fixed_now)
    assert history.database._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_version_one_file_is_migrated_and_keeps_its_sessions(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    db.execute(
        "INSERT INTO sessions VALUES ('0b1d7d1e-9c3e-4c59-8f0e-3d1f2a3b4c5d', 'PC6', ?, '[\"left\"]', ?, ?,"
        " 'completed', NULL, NULL, NULL, '')",
        (SteadyPressure().model_dump_json(), START.isoformat(), (START + timedelta(minutes=4)).isoformat()),
    )
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    history = History.open(tmp_path, fixed_now)
    assert history.database.mode is StoreMode.WRITABLE
    [record] = history.sessions.recent()
    assert record.point_code == "PC6"
    assert record.phases == ()


def test_sessions_left_running_are_marked_interrupted_on_the_next_start(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    record = a_record()
    history.sessions.begin(record)
    history.close()
    reopened = History.open(tmp_path, fixed_now)
    [recovered] = reopened.database.recovered
    assert recovered.id == record.id
    stored = reopened.sessions.get(record.id)
    assert stored.status is SessionStatus.INTERRUPTED
    assert stored.ended_at == START + timedelta(seconds=5 + 20 + 30 + 30)  # the time its phases ran
    assert stored.phases == record.phases


def test_the_data_folder_and_database_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    History.open(folder, fixed_now).sessions.begin(a_record())
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / DATABASE_NAME).stat().st_mode) == 0o600


def test_a_corrupt_file_is_moved_aside_never_deleted(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    path.write_bytes(b"this is not a database at all" * 100)
    history = History.open(tmp_path, fixed_now)
    assert history.database.mode is StoreMode.WRITABLE
    assert history.database.moved_aside is not None
    assert history.database.moved_aside.name == "history-damaged-20261124-113000.sqlite3"
    assert history.database.moved_aside.read_bytes().startswith(b"this is not a database")
    assert str(history.database.moved_aside) in history.database.notice
    assert history.sessions.begin(a_record())


def test_a_file_damaged_inside_is_moved_aside(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    for day in range(40):
        history.sessions.begin(a_record(started_at=START + timedelta(days=day), note="x" * 1500))
    history.close()
    path = tmp_path / DATABASE_NAME
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data) - 100, 997):
        data[offset : offset + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))
    reopened = History.open(tmp_path, fixed_now)
    assert reopened.database.moved_aside is not None
    assert reopened.database.mode is StoreMode.WRITABLE
    assert reopened.sessions.recent() == []


def test_a_database_from_a_newer_version_opens_read_only_and_is_never_downgraded(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    history.sessions.begin(a_record())
    history.database._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    history.close()
    reopened = History.open(tmp_path, fixed_now)
    assert reopened.database.mode is StoreMode.READ_ONLY
    assert "newer version" in reopened.database.notice
    assert len(reopened.sessions.recent()) == 1
    assert not reopened.sessions.begin(a_record())
    reopened.close()
    db = sqlite3.connect(tmp_path / DATABASE_NAME)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


@pytest.mark.skipif(running_as_root, reason="root ignores file permissions")
def test_a_read_only_folder_still_lets_sessions_run_unsaved(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    History.open(folder, fixed_now).sessions.begin(a_record())
    folder.chmod(0o500)
    try:
        history = History.open(folder, fixed_now)
        assert history.database.mode in (StoreMode.READ_ONLY, StoreMode.UNAVAILABLE)
        assert "not being saved" in history.database.notice
        assert not history.sessions.begin(a_record())
    finally:
        folder.chmod(0o700)


def test_a_file_that_refuses_writes_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    History.open(tmp_path, fixed_now).sessions.begin(a_record())

    def refuse(path: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(opening, "open_writable", refuse)
    history = History.open(tmp_path, fixed_now)
    assert history.database.mode is StoreMode.READ_ONLY
    assert "attempt to write a readonly database" in history.database.notice
    assert len(history.sessions.recent()) == 1
    assert not history.sessions.begin(a_record())


def test_a_folder_that_cannot_be_created_leaves_the_store_unavailable(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    history = History.open(blocker / "data", fixed_now)
    assert history.database.mode is StoreMode.UNAVAILABLE
    assert "not being saved" in history.database.notice
    assert not history.sessions.begin(a_record())
    assert history.sessions.recent() == []
    assert history.sessions.point_stats("LI4").count == 0


def test_a_write_that_fails_turns_the_store_read_only_and_says_so(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    notices: list[str] = []
    history.database.on_notice(notices.append)
    history.database._db.execute("PRAGMA query_only = ON")  # stands in for a disk that refuses writes
    assert not history.sessions.begin(a_record())
    assert history.database.mode is StoreMode.READ_ONLY
    assert notices and "not being saved" in notices[0]


def test_a_row_edited_into_nonsense_is_skipped(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    good, bad = a_record(), a_record()
    history.sessions.begin(good)
    history.sessions.begin(bad)
    history.database._db.execute('UPDATE sessions SET protocol = \'{"kind": "tapping"}\' WHERE id = ?', (str(bad.id),))
    assert [r.id for r in history.sessions.recent()] == [good.id]


@pytest.mark.parametrize(("field", "value"), [("before_rating", 11), ("after_rating", -1), ("point_code", "li4")])
def test_records_reject_out_of_range_values(field: str, value: object) -> None:
    with pytest.raises(ValueError):
        a_record(**{field: value})


def test_records_need_a_time_zone() -> None:
    with pytest.raises(ValueError):
        a_record(started_at=datetime(2026, 11, 24, 9, 30))


def test_pressing_time_leaves_out_breathing_and_getting_ready() -> None:
    record = a_record(
        phases=(
            PhaseRecord(kind="get_ready", side="left", planned_s=5, actual_s=5),
            PhaseRecord(kind="breathe", side="left", planned_s=32, actual_s=32),
            PhaseRecord(kind="hold", side="left", planned_s=120, actual_s=100),
            PhaseRecord(kind="switch_side", side="right", planned_s=10, actual_s=10),
            PhaseRecord(kind="massage", side="right", planned_s=120, actual_s=50),
        )
    )
    assert record.pressing_s == 150
    assert record.actual_s == 197


def test_health_names_the_schema_and_refuses_a_history_that_cannot_be_written(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    assert history.database.health() == f"schema {SCHEMA_VERSION}, integrity ok, SQLite {sqlite3.sqlite_version}"
    history.database._db.execute("PRAGMA query_only = ON")  # type: ignore[union-attr]
    history.sessions.begin(a_record())  # fails for good: the history turns read-only
    with pytest.raises(HistoryHealthError, match="not being saved"):
        history.database.health()
