"""The history under hostile conditions: read-only folders, full disks, passing write failures,
loose permissions, and rows edited into absurd values."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from uuid import uuid4

import pytest

from acupressure_desktop.history import (
    History,
    PhaseRecord,
    SessionRecord,
    SessionStatus,
    StoreMode,
    opening,
)
from acupressure_desktop.history.modes import SAVING_AGAIN
from acupressure_desktop.history.opening import DATABASE_NAME
from acupressure_desktop.history.records import RoutineRunRecord
from tests.failing_disk import DISK_FULL, FailingInserts
from tests.unit.mounts import free_bytes, leave_free, read_only, small_disk
from tests.unit.test_history_store import START, a_record, fixed_now

running_as_root = os.geteuid() == 0 if hasattr(os, "geteuid") else False


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The most common umask, which gives new files 0644 unless the app says otherwise."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def stages(record: SessionRecord) -> list[SessionRecord]:
    """The states a recorder saves after the start: one per phase, then the finished session."""
    phases = list(record.phases)
    states = []
    for _ in range(4):
        phases.append(PhaseRecord(kind="hold", side="left", planned_s=60, actual_s=60))
        states.append(record.model_copy(update={"phases": tuple(phases)}))
    done = states[-1].model_copy(
        update={"status": SessionStatus.COMPLETED, "ended_at": record.started_at + timedelta(minutes=5)}
    )
    return [*states, done]


def run_session(history: History, record: SessionRecord) -> bool:
    saved = history.sessions.begin(record)
    for state in stages(record):
        saved = history.sessions.save(state) and saved
    return history.sessions.set_outcome(record.id, 3, "felt lighter, warmer hands " * 4) and saved


# --- read-only folders and relative paths ------------------------------------------------


def test_a_read_only_folder_still_shows_past_sessions(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first = History.open(folder, fixed_now)
    record = a_record(status=SessionStatus.COMPLETED)
    first.sessions.begin(record)
    first.close()
    with read_only(folder):
        history = History.open(folder, fixed_now)
        try:
            assert history.database.mode is StoreMode.READ_ONLY
            assert "not being saved" in history.database.notice
            assert "past sessions are safe" in history.database.notice
            assert [r.id for r in history.sessions.recent()] == [record.id]
            assert history.sessions.point_stats("LI4").count == 1
            assert not history.sessions.begin(a_record())
        finally:
            history.close()


@pytest.mark.skipif(running_as_root, reason="root ignores file permissions (the read-only mount test covers root)")
def test_a_folder_made_read_only_still_shows_past_sessions(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first = History.open(folder, fixed_now)
    first.sessions.begin(a_record())
    first.close()
    folder.chmod(0o500)
    try:
        history = History.open(folder, fixed_now)
        assert history.database.mode is StoreMode.READ_ONLY
        assert len(history.sessions.recent()) == 1
        history.close()
    finally:
        folder.chmod(0o700)


def test_a_relative_data_folder_still_falls_back_to_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    first = History.open(Path("data"), fixed_now)
    first.sessions.begin(a_record())
    first.close()

    def refuse(path: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(opening, "open_writable", refuse)
    history = History.open(Path("data"), fixed_now)
    assert history.database.mode is StoreMode.READ_ONLY
    assert len(history.sessions.recent()) == 1
    assert history.database.path.is_absolute()


def test_a_full_disk_at_start_still_shows_past_sessions(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 1024) as disk:
        history = History.open(disk, fixed_now)
        record = a_record(status=SessionStatus.COMPLETED)
        history.sessions.begin(record)
        history.close()
        leave_free(disk, 0, "filler")
        history = History.open(disk, fixed_now)
        try:
            assert history.database.mode is StoreMode.READ_ONLY
            assert "past sessions are safe" in history.database.notice
            assert [r.id for r in history.sessions.recent()] == [record.id]
            assert history.sessions.point_stats("LI4").count == 1
        finally:
            history.close()


# --- passing write failures are tried again ----------------------------------------------


def test_a_full_disk_keeps_the_session_and_the_next_write_saves_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    history = History.open(tmp_path, fixed_now)
    notices: list[str] = []
    again: list[str] = []
    history.database.on_notice(notices.append)
    history.database.on_saving_again(again.append)
    disk = FailingInserts(monkeypatch)
    first = a_record()
    assert not history.sessions.begin(first)
    assert history.database.mode is StoreMode.RETRYING
    assert not history.sessions.save(first.model_copy(update={"note": "still full"}))
    assert len(notices) == 1, "the user is told once, not at every failed write"
    assert "not being saved right now" in notices[0]
    assert "past sessions are safe" in notices[0]
    disk.failing = False  # space was freed
    second = a_record(started_at=START + timedelta(hours=1))
    assert history.sessions.begin(second)
    assert history.database.mode is StoreMode.WRITABLE
    assert history.database.can_write
    assert history.database.notice == ""
    assert again == [SAVING_AGAIN]
    assert history.sessions.get(first.id).note == "still full"
    assert history.sessions.get(second.id) == second


def test_retry_saves_the_latest_state_of_each_waiting_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    history = History.open(tmp_path, fixed_now)
    disk = FailingInserts(monkeypatch, "disk I/O error")
    record = a_record()
    assert not run_session(history, record)
    assert history.database.waiting_writes == 1
    assert not history.database.retry()
    assert history.database.mode is StoreMode.RETRYING
    disk.failing = False
    assert history.database.retry()
    assert history.database.mode is StoreMode.WRITABLE
    stored = history.sessions.get(record.id)
    assert stored.status is SessionStatus.COMPLETED
    assert (stored.after_rating, stored.note) == (3, "felt lighter, warmer hands " * 4)
    assert stored.phases == stages(record)[-1].phases
    assert history.database.waiting_writes == 0


def test_routine_run_writes_wait_in_order_with_their_sessions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    history = History.open(tmp_path, fixed_now)
    runs = history.runs
    disk = FailingInserts(monkeypatch)
    run = RoutineRunRecord(routine_id=uuid4(), routine_name="Evening", started_at=START, steps_planned=2)
    assert runs.begin(run)
    step = a_record(routine_run_id=run.id)
    assert not history.sessions.begin(step)
    assert not runs.finish(run.id, SessionStatus.COMPLETED, 1, START + timedelta(minutes=3))
    disk.failing = False
    assert history.database.retry()
    assert runs.get(run.id).status is SessionStatus.COMPLETED
    assert history.sessions.get(step.id).routine_run_id == run.id


def test_a_file_locked_by_another_program_is_a_passing_failure(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    history.database._db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(tmp_path / DATABASE_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    record = a_record()
    assert not history.sessions.begin(record)
    assert history.database.mode is StoreMode.RETRYING
    assert "busy in another program" in history.database.notice
    other.execute("ROLLBACK")
    other.close()
    assert history.database.retry()
    assert history.sessions.get(record.id) == record


def test_a_file_made_read_only_stays_read_only(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    history.database._db.execute("PRAGMA query_only = ON")  # the same error a file made read-only gives
    assert not history.sessions.begin(a_record())
    assert history.database.mode is StoreMode.READ_ONLY
    assert not history.database.retry()
    assert history.database.mode is StoreMode.READ_ONLY
    assert history.database.waiting_writes == 0


def test_a_failed_write_leaves_no_transaction_open(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)

    def fail(db: sqlite3.Connection) -> None:
        db.execute("INSERT INTO routines (id, name, steps, updated_at) VALUES ('r', 'x', '[]', 'now')")
        raise sqlite3.OperationalError(DISK_FULL)

    assert not history.database.write(fail)
    assert not history.database._db.in_transaction


def test_sessions_still_save_on_a_nearly_full_disk_and_again_once_space_is_freed(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 4096) as disk:
        history = History.open(disk, fixed_now)
        run_session(history, a_record())
        history.close()
        leave_free(disk, 116, "filler")
        assert free_bytes(disk) <= 120 * 1024
        history = History.open(disk, fixed_now)
        try:
            started = [a_record(started_at=START + timedelta(hours=hour)) for hour in range(1, 5)]
            for record in started:
                assert run_session(history, record), history.database.notice
            assert history.database.mode is StoreMode.WRITABLE
            # Now truly full: sessions wait in memory until space is freed, then all are saved.
            blocker = leave_free(disk, 0, "blocker")
            for hour in range(5, 60):
                record = a_record(started_at=START + timedelta(hours=hour))
                started.append(record)
                if not run_session(history, record):
                    break
            assert history.database.mode is StoreMode.RETRYING
            blocker.unlink()
            assert history.database.retry()
            for record in started:
                assert history.sessions.get(record.id).status is SessionStatus.COMPLETED
        finally:
            history.close()


# --- private files and folders -----------------------------------------------------------


def test_the_log_files_are_private_from_the_first_run(tmp_path: Path, umask_022: None) -> None:
    folder = tmp_path / "data"
    history = History.open(folder, fixed_now)
    history.sessions.begin(a_record(note="private words"))
    for name in (DATABASE_NAME, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
    history.close()


def test_an_existing_data_folder_and_files_are_made_private(tmp_path: Path, umask_022: None) -> None:
    folder = tmp_path / "data"
    History.open(folder, fixed_now).close()
    folder.chmod(0o755)
    (folder / DATABASE_NAME).chmod(0o644)
    tmp_path.chmod(0o755)
    history = History.open(folder, fixed_now)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / DATABASE_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755  # only the app's own folder is changed
    history.close()


# --- absurd stored times -----------------------------------------------------------------


@pytest.mark.parametrize("absurd", [1e300, -1e300, 1e18, "soon"])
def test_point_stats_survive_an_absurd_start(tmp_path: Path, absurd: object) -> None:
    history = History.open(tmp_path, fixed_now)
    good, bad = a_record(), a_record(started_at=START - timedelta(days=3))
    history.sessions.begin(good)
    history.sessions.begin(bad)
    history.database._db.execute("UPDATE sessions SET started_utc = ? WHERE id = ?", (absurd, str(bad.id)))
    stats = history.sessions.point_stats("LI4")
    assert stats.count == 2
    assert stats.last_started_at == START


def test_rows_with_times_beyond_the_calendar_are_skipped_alone(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    good, edge, odd = a_record(), a_record(), a_record()
    for record in (good, edge, odd):
        history.sessions.begin(record)
    db = history.database._db
    db.execute("UPDATE sessions SET started_at = '0001-01-01T00:00:00+14:00' WHERE id = ?", (str(edge.id),))
    db.execute("UPDATE sessions SET sides = '5' WHERE id = ?", (str(odd.id),))
    assert [r.id for r in history.sessions.recent()] == [good.id]


def test_opening_marks_a_session_with_an_absurd_start_without_failing(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    good, bad = a_record(), a_record()
    history.sessions.begin(good)
    history.sessions.begin(bad)
    history.database._db.execute(
        "UPDATE sessions SET started_at = '9999-12-31T23:59:59+00:00', actual_s = 1e300 WHERE id = ?", (str(bad.id),)
    )
    history.close()
    reopened = History.open(tmp_path, fixed_now)
    assert [r.id for r in reopened.database.recovered] == [good.id]
    statuses = {row[0] for row in reopened.database._db.execute("SELECT status FROM sessions")}
    assert statuses == {"interrupted"}
