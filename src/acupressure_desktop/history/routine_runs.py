"""Routine runs in the history: one entry per run, with its step sessions pointing at it."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from uuid import UUID

from pydantic import ValidationError

from acupressure_desktop.history.changes import ChangeFeed, RunChanged
from acupressure_desktop.history.database import HistoryDatabase
from acupressure_desktop.history.pending_writes import Action, unique_key
from acupressure_desktop.history.records import RoutineRunRecord, SessionStatus


class RoutineRunRepository:
    """Writes and reads routine runs (same file and same fault handling as the sessions)."""

    def __init__(self, database: HistoryDatabase, changes: ChangeFeed) -> None:
        self._database = database
        self._changes = changes

    def begin(self, run: RoutineRunRecord) -> bool:
        # Told at once: the run's step sessions, told as each ends, point at it.
        return self._told(run.id, self._write(lambda db: upsert_run(db, run)))

    def progress(self, run_id: UUID, steps_done: int) -> bool:
        return self._write(
            lambda db: db.execute("UPDATE routine_runs SET steps_done = ? WHERE id = ?", (steps_done, str(run_id)))
        )

    def finish(self, run_id: UUID, status: SessionStatus, steps_done: int, ended_at: datetime) -> bool:
        return self._told(
            run_id,
            self._write(
                lambda db: db.execute(
                    "UPDATE routine_runs SET status = ?, steps_done = ?, ended_at = ? WHERE id = ?",
                    (status.value, steps_done, ended_at.isoformat(), str(run_id)),
                )
            ),
        )

    def _told(self, run_id: UUID, saved: bool) -> bool:
        run = self.get(run_id) if saved and self._changes.followed else None
        if run is not None:
            self._changes.publish([RunChanged(run)])
        return saved

    def get(self, run_id: UUID) -> RoutineRunRecord | None:
        row = self._database.read(
            lambda db: db.execute("SELECT * FROM routine_runs WHERE id = ?", (str(run_id),)).fetchone(), None
        )
        return run_from_row(row) if row is not None else None

    def recent(self, limit: int = 50) -> list[RoutineRunRecord]:
        rows: list[sqlite3.Row] = self._database.read(
            lambda db: db.execute("SELECT * FROM routine_runs ORDER BY started_utc DESC LIMIT ?", (limit,)).fetchall(),
            [],
        )
        return [record for row in rows if (record := run_from_row(row)) is not None]

    def everything(self) -> list[RoutineRunRecord]:
        """Every run, oldest first: what a newly chosen sync folder is given."""
        rows: list[sqlite3.Row] = self._database.read(
            lambda db: db.execute("SELECT * FROM routine_runs ORDER BY started_utc").fetchall(), []
        )
        return [record for row in rows if (record := run_from_row(row)) is not None]

    def session_ids(self, run_id: UUID) -> list[UUID]:
        rows: list[sqlite3.Row] = self._database.read(
            lambda db: db.execute(
                "SELECT id FROM sessions WHERE routine_run_id = ? ORDER BY started_utc", (str(run_id),)
            ).fetchall(),
            [],
        )
        return [UUID(row[0]) for row in rows]

    def _write(self, action: Action) -> bool:
        # Kept in order after a passing failure, so the run is still written before its sessions.
        return self._database.write(action, unique_key())


def upsert_run(db: sqlite3.Connection, run: RoutineRunRecord) -> None:
    """Write a run whole (the caller holds the transaction)."""
    # An upsert, never a replace: replacing the row would unlink the sessions pressed in the run.
    db.execute(
        "INSERT INTO routine_runs (id, routine_id, routine_name, purpose, started_at, started_utc, ended_at,"
        " status, steps_planned, steps_done) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET routine_id = excluded.routine_id, routine_name = excluded.routine_name,"
        " purpose = excluded.purpose, started_at = excluded.started_at, started_utc = excluded.started_utc,"
        " ended_at = excluded.ended_at, status = excluded.status, steps_planned = excluded.steps_planned,"
        " steps_done = excluded.steps_done",
        (
            str(run.id),
            str(run.routine_id),
            run.routine_name,
            run.purpose,
            run.started_at.isoformat(),
            run.started_at.timestamp(),
            run.ended_at.isoformat() if run.ended_at else None,
            run.status.value,
            run.steps_planned,
            run.steps_done,
        ),
    )


def run_from_row(row: sqlite3.Row) -> RoutineRunRecord | None:
    """A stored run as a record; None for a row edited by hand into nonsense."""
    try:
        return RoutineRunRecord(
            id=UUID(row["id"]),
            routine_id=UUID(row["routine_id"]),
            routine_name=row["routine_name"],
            purpose=row["purpose"],
            started_at=datetime.fromisoformat(row["started_at"]),
            ended_at=datetime.fromisoformat(row["ended_at"]) if row["ended_at"] else None,
            status=SessionStatus(row["status"]),
            steps_planned=row["steps_planned"],
            steps_done=row["steps_done"],
        )
    except (ValueError, ValidationError):
        return None  # edited by hand into nonsense: skipped, never fatal
