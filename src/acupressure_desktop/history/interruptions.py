"""Marking sessions and routine runs that a crash or power cut left running as interrupted."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from acupressure_desktop.history.records import SessionRecord
from acupressure_desktop.history.rows import read_record


def mark_interrupted(db: sqlite3.Connection, now: datetime) -> list[SessionRecord]:
    """Mark every session still ``in_progress`` as interrupted, keeping what was done; returns them.

    The caller holds a write transaction (``BEGIN IMMEDIATE``), and each update still requires the
    row to be in progress: another instance on the same folder that completes a session meanwhile
    keeps it completed.
    """
    rows = db.execute("SELECT id, started_at, actual_s FROM sessions WHERE status = 'in_progress'").fetchall()
    marked: list[str] = []
    for session_id, started_at, actual_s in rows:
        changed = db.execute(
            "UPDATE sessions SET status = 'interrupted', ended_at = ? WHERE id = ? AND status = 'in_progress'",
            (_ended_at(started_at, actual_s, now), session_id),
        ).rowcount
        if changed:
            marked.append(session_id)
    db.execute(
        "UPDATE routine_runs SET status = 'interrupted', ended_at = ? WHERE status = 'in_progress'", (now.isoformat(),)
    )
    recovered = []
    for session_id in marked:
        row = db.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
        record = read_record(db, row) if row is not None else None
        if record is not None:
            recovered.append(record)
    return recovered


def _ended_at(started_at: object, actual_s: object, now: datetime) -> str:
    """When the session stopped: its start plus the time it ran, never later than now."""
    try:
        seconds = float(actual_s) if isinstance(actual_s, int | float) else 0.0
        ended = datetime.fromisoformat(str(started_at)) + timedelta(seconds=seconds)
        return min(ended, now).isoformat()
    except (ValueError, TypeError, OverflowError):
        return now.isoformat()  # a start edited into nonsense: at least the row is no longer running
