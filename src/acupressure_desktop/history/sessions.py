"""The user's sessions: saved as they run, listed page by page, edited, deleted and put back."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import UUID

from pydantic import TypeAdapter

from acupressure_desktop.history.changes import ChangeFeed, NoteChanged, RatingsChanged, SessionChanged, SessionsDeleted
from acupressure_desktop.history.database import HistoryDatabase
from acupressure_desktop.history.mat_history import mat_summary
from acupressure_desktop.history.pending_writes import session_key
from acupressure_desktop.history.queries import SessionFilter
from acupressure_desktop.history.records import Note, Rating, SessionRecord, SessionStatus
from acupressure_desktop.history.rows import insert_record, read_record, replace_record, without_unknown_run
from acupressure_desktop.practice.mat_progression import MatSummary

_RATING = TypeAdapter(Rating | None)
_NOTE = TypeAdapter(Note)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# The span of Python's datetime as UTC seconds, a day inside each end to leave room for any offset.
_FIRST_UTC = (datetime.min.replace(tzinfo=UTC) - _EPOCH).total_seconds() + 86400
_LAST_UTC = (datetime.max.replace(tzinfo=UTC) - _EPOCH).total_seconds() - 86400


@dataclass(frozen=True)
class PointStats:
    """How often a point was practised, and when last."""

    count: int
    last_started_at: datetime | None


class SessionRepository:
    """Sessions in the history; writes return False when nothing was saved (the database says why).

    Sessions written here are marked as practised on ``device`` (this computer) unless they name
    another; what is saved is told to ``changes``.
    """

    def __init__(self, database: HistoryDatabase, changes: ChangeFeed, device: str | None = None) -> None:
        self._database = database
        self._changes = changes
        self._device = device

    # --- writing --------------------------------------------------------------------------------

    def begin(self, record: SessionRecord) -> bool:
        """Save a session the moment it starts, so a crash still leaves a trace of it."""
        mine = self._here(record)
        return self._database.write(lambda db: insert_record(db, mine), session_key(record.id), mine)

    def save(self, record: SessionRecord) -> bool:
        """Replace a session's row and phases with ``record`` (at phase boundaries and at the end)."""
        mine = self._here(record)
        saved = self._database.write(lambda db: replace_record(db, mine), session_key(record.id), mine)
        if saved and mine.status is not SessionStatus.IN_PROGRESS:
            self._changes.publish([SessionChanged(mine)])
        return saved

    def set_outcome(self, session_id: UUID, after_rating: int | None, note: str) -> bool:
        """Store the after-session rating and note."""
        rating, text = _RATING.validate_python(after_rating), _NOTE.validate_python(note)
        waiting = self._database.waiting_session(session_id)
        if waiting is not None:
            return self.save(waiting.model_copy(update={"after_rating": rating, "note": text}))
        found = [False]

        def apply(db: sqlite3.Connection) -> None:
            # One statement: nothing another instance writes can slip in between a read and this.
            cursor = db.execute(
                "UPDATE sessions SET after_rating = ?, note = ? WHERE id = ?", (rating, text, str(session_id))
            )
            found[0] = cursor.rowcount > 0

        if not (self._database.write(apply, f"outcome:{session_id}") and found[0]):
            return False
        if self._changes.followed:  # the rating before is read back only for someone who listens
            stored = self.get(session_id)
            before = stored.before_rating if stored is not None else None
            self._changes.publish([NoteChanged(session_id, text), RatingsChanged(session_id, before, rating)])
        return True

    def delete(self, session_ids: list[UUID]) -> list[SessionRecord]:
        """Delete sessions; returns them as they were, so the deletion can be undone."""
        removed: list[SessionRecord] = []

        def remove(db: sqlite3.Connection) -> None:
            # Read inside the transaction: what is returned for undo is exactly what was deleted.
            rows = [db.execute("SELECT * FROM sessions WHERE id = ?", (str(i),)).fetchone() for i in session_ids]
            removed[:] = [r for r in (read_record(db, row) for row in rows if row is not None) if r is not None]
            db.executemany("DELETE FROM sessions WHERE id = ?", [(str(r.id),) for r in removed])

        if not (self._database.write(remove) and removed):
            return []
        self._changes.publish([SessionsDeleted(tuple(r.id for r in removed))])
        return removed

    def restore(self, records: list[SessionRecord]) -> bool:
        """Put deleted sessions back (undo)."""

        def put_back(db: sqlite3.Connection) -> None:
            for record in records:
                replace_record(db, record)

        if not self._database.write(put_back):
            return False
        self._changes.publish([SessionChanged(r) for r in records if r.status is not SessionStatus.IN_PROGRESS])
        return True

    def update_note(self, session_id: UUID, note: str) -> bool:
        checked = _NOTE.validate_python(note)
        found = [False]

        def apply(db: sqlite3.Connection) -> None:
            found[0] = db.execute("UPDATE sessions SET note = ? WHERE id = ?", (checked, str(session_id))).rowcount > 0

        if not (self._database.write(apply) and found[0]):
            return False
        self._changes.publish([NoteChanged(session_id, checked)])
        return True

    def insert_many(self, records: list[SessionRecord]) -> tuple[int, int]:
        """Add sessions in one transaction, skipping ids already present; (added, skipped)."""
        if not self._database.can_read:
            return (0, 0)
        added: list[SessionRecord] = []

        def add(db: sqlite3.Connection) -> None:
            # Looked up inside the transaction, so another instance adding the same ids meanwhile
            # cannot make this fail halfway.
            present = {
                row[0]
                for chunk in _chunks([str(r.id) for r in records], 500)
                for row in db.execute(f"SELECT id FROM sessions WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)
            }
            runs = {row[0] for row in db.execute("SELECT id FROM routine_runs")}
            # A session imported from another computer keeps its data but not a link to a run this
            # history does not have.
            fresh = [without_unknown_run(self._here(r), runs) for r in records if str(r.id) not in present]
            for record in fresh:
                insert_record(db, record)
            added[:] = fresh

        if not self._database.write(add):
            raise OSError(self._database.notice or "the history cannot be written")
        self._changes.publish([SessionChanged(r) for r in added if r.status is not SessionStatus.IN_PROGRESS])
        return len(added), len(records) - len(added)

    def claim_unmarked(self) -> bool:
        """Mark the sessions recorded before computers were told apart as this computer's."""
        if self._device is None:
            return True
        device = self._device
        return self._database.write(
            lambda db: db.execute("UPDATE sessions SET device = ? WHERE device IS NULL", (device,))
        )

    def finished(self) -> list[SessionRecord]:
        """Every session that has ended, oldest first: what a newly chosen sync folder is given."""
        return self._records(
            "SELECT * FROM sessions WHERE status != ? ORDER BY started_utc", [SessionStatus.IN_PROGRESS.value]
        )

    def _here(self, record: SessionRecord) -> SessionRecord:
        if record.device is not None or self._device is None:
            return record
        return record.model_copy(update={"device": self._device})

    # --- reading --------------------------------------------------------------------------------

    def get(self, session_id: UUID) -> SessionRecord | None:
        def find(db: sqlite3.Connection) -> SessionRecord | None:
            row = db.execute("SELECT * FROM sessions WHERE id = ?", (str(session_id),)).fetchone()
            return read_record(db, row) if row else None

        return self._database.read(find, None)

    def earlier_notes(self, session_id: UUID) -> list[str]:
        """Notes of this session that a later edit on another computer replaced."""

        def read(db: sqlite3.Connection) -> list[str]:
            rows = db.execute(
                "SELECT note FROM session_earlier_notes WHERE session_id = ? ORDER BY note", (str(session_id),)
            )
            return [row[0] for row in rows]

        return self._database.read(read, [])

    def recent(self, limit: int = 50) -> list[SessionRecord]:
        return self._records("SELECT * FROM sessions ORDER BY started_utc DESC LIMIT ?", [limit])

    def count(self, query: SessionFilter) -> int:
        where, params = query.where()
        return self._database.read(
            lambda db: int(db.execute(f"SELECT COUNT(*) FROM sessions WHERE {where}", params).fetchone()[0]), 0
        )

    def page(self, query: SessionFilter, offset: int, limit: int) -> list[SessionRecord]:
        """One window of the filtered, sorted history."""
        where, params = query.where()
        return self._records(
            f"SELECT * FROM sessions WHERE {where} ORDER BY {query.order_by()} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )

    def point_stats(self, point_code: str) -> PointStats:
        def stats(db: sqlite3.Connection) -> PointStats:
            # A start edited into an absurd number says nothing about when the point was last pressed.
            count, last = db.execute(
                "SELECT COUNT(*), MAX(CASE WHEN started_utc BETWEEN ? AND ? THEN started_utc END)"
                " FROM sessions WHERE point_code = ?",
                (_FIRST_UTC, _LAST_UTC, point_code),
            ).fetchone()
            return PointStats(count, _local_time(last))

        return self._database.read(stats, PointStats(0, None))

    def mat_summaries(self, limit: int = 20) -> list[MatSummary]:
        """The latest mat sessions, oldest first, as the beginner's plan needs them."""
        records = self._records(
            "SELECT * FROM sessions WHERE protocol_kind = 'mat' ORDER BY started_utc DESC LIMIT ?", [limit]
        )
        return [summary for record in reversed(records) if (summary := mat_summary(record)) is not None]

    def _records(self, sql: str, params: list[object]) -> list[SessionRecord]:
        """The rows ``sql`` selects as records; rows edited into nonsense are skipped."""

        def rows(db: sqlite3.Connection) -> list[SessionRecord]:
            found = db.execute(sql, params).fetchall()
            return [r for r in (read_record(db, row) for row in found) if r is not None]

        return self._database.read(rows, [])


def _local_time(utc_seconds: object) -> datetime | None:
    if not isinstance(utc_seconds, int | float):
        return None
    try:
        return (_EPOCH + timedelta(seconds=utc_seconds)).astimezone()
    except (OverflowError, ValueError, OSError):
        return None  # beyond what this system's clock functions handle: unknown


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
