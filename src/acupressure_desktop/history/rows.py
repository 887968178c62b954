"""Mapping between session records and database rows."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from uuid import UUID

from pydantic import ValidationError

from acupressure_desktop.history.records import PhaseRecord, SessionRecord, SessionStatus
from acupressure_desktop.practice.protocols import parse_session_protocol

# The columns a session's row is written with, in the order of ``record_values``.
SESSION_COLUMNS = (
    "id",
    "point_code",
    "protocol",
    "sides",
    "started_at",
    "ended_at",
    "status",
    "purpose",
    "before_rating",
    "after_rating",
    "note",
    "started_utc",
    "actual_s",
    "protocol_kind",
    "routine_run_id",
    "pressing_s",
    "counts",
    "device",
)
_INSERT = f"INSERT INTO sessions ({', '.join(SESSION_COLUMNS)}) VALUES ({', '.join('?' for _ in SESSION_COLUMNS)})"


def record_values(record: SessionRecord) -> tuple[object, ...]:
    """A session's row as ``insert_record`` writes it, column by column (``SESSION_COLUMNS``)."""
    return (
        str(record.id),
        record.point_code or "",  # the column predates mat sessions, which press no point
        json.dumps(record.protocol.model_dump(mode="json")),
        json.dumps(list(record.sides)),
        record.started_at.isoformat(),
        record.ended_at.isoformat() if record.ended_at else None,
        record.status.value,
        record.purpose,
        record.before_rating,
        record.after_rating,
        record.note,
        record.started_at.timestamp(),
        record.actual_s,
        record.protocol.kind,
        str(record.routine_run_id) if record.routine_run_id else None,
        record.pressing_s,
        int(record.counts_toward_goal),
        record.device,
    )


def phase_values(record: SessionRecord) -> list[tuple[object, ...]]:
    """A session's phase rows as ``insert_record`` writes them (without the session id)."""
    return [(i, p.kind, p.side, p.planned_s, p.actual_s) for i, p in enumerate(record.phases)]


def insert_record(db: sqlite3.Connection, record: SessionRecord) -> None:
    """Write a session and its phases (the caller holds the transaction)."""
    db.execute(_INSERT, record_values(record))
    db.executemany(
        "INSERT INTO session_phases (session_id, position, kind, side, planned_s, actual_s) VALUES (?, ?, ?, ?, ?, ?)",
        [(str(record.id), *phase) for phase in phase_values(record)],
    )


def replace_record(db: sqlite3.Connection, record: SessionRecord) -> None:
    """Write a session whole, over whatever was stored under its id."""
    db.execute("DELETE FROM sessions WHERE id = ?", (str(record.id),))
    insert_record(db, record)


def read_record(db: sqlite3.Connection, row: sqlite3.Row) -> SessionRecord | None:
    """A stored row as a record; None for a row edited by hand into nonsense."""
    phases = db.execute(
        "SELECT kind, side, planned_s, actual_s FROM session_phases WHERE session_id = ? ORDER BY position",
        (row["id"],),
    ).fetchall()
    try:
        record = SessionRecord(
            id=UUID(row["id"]),
            point_code=row["point_code"] or None,
            protocol=parse_session_protocol(json.loads(row["protocol"])),
            sides=tuple(json.loads(row["sides"])),
            phases=tuple(PhaseRecord(**dict(p)) for p in phases),
            started_at=datetime.fromisoformat(row["started_at"]),
            ended_at=datetime.fromisoformat(row["ended_at"]) if row["ended_at"] else None,
            status=SessionStatus(row["status"]),
            purpose=row["purpose"],
            before_rating=row["before_rating"],
            after_rating=row["after_rating"],
            note=row["note"],
            routine_run_id=UUID(row["routine_run_id"]) if row["routine_run_id"] else None,
            device=row["device"],
        )
        # Times that cannot be shown in local time (year 1 or 9999 with an offset) would fail
        # wherever the session is displayed.
        record.started_at.astimezone()
        if record.ended_at is not None:
            record.ended_at.astimezone()
    except (ValueError, TypeError, OverflowError, OSError, ValidationError):
        return None  # a row edited by hand into nonsense is skipped, not fatal
    return record


def without_unknown_run(record: SessionRecord, runs: set[str]) -> SessionRecord:
    """``record`` without its link to a routine run this history does not have (it keeps its data)."""
    if record.routine_run_id is None or str(record.routine_run_id) in runs:
        return record
    return record.model_copy(update={"routine_run_id": None})
