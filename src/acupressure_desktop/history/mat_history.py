"""The user's mat sessions as the beginner's plan needs them."""

from __future__ import annotations

from acupressure_desktop.history.records import SessionStatus
from acupressure_desktop.history.rows import read_record
from acupressure_desktop.history.store import HistoryStore
from acupressure_desktop.practice.mat_progression import MatSummary
from acupressure_desktop.practice.protocols import MatProtocol


def mat_summaries(store: HistoryStore, limit: int = 20) -> list[MatSummary]:
    """The latest mat sessions, oldest first."""
    db = store.connection
    if db is None:
        return []
    rows = db.execute(
        "SELECT * FROM sessions WHERE protocol_kind = 'mat' ORDER BY started_utc DESC LIMIT ?", (limit,)
    ).fetchall()
    summaries = []
    for row in reversed(rows):
        record = read_record(db, row)
        if record is None or not isinstance(record.protocol, MatProtocol):
            continue
        summaries.append(
            MatSummary(
                planned_minutes=record.protocol.minutes,
                minutes_done=record.pressing_s / 60,
                surface=record.protocol.surface,
                completed=record.status is SessionStatus.COMPLETED,
            )
        )
    return summaries
