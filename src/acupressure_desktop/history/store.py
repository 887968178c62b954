"""The SQLite session store: crash-safe writes, step-by-step migrations, and kind failure modes."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from uuid import UUID

from acupressure_desktop.history.queries import SessionFilter
from acupressure_desktop.history.records import SessionRecord, SessionStatus
from acupressure_desktop.history.rows import insert_record, read_record
from acupressure_desktop.history.schema import MIGRATIONS, SCHEMA_VERSION, statements

DATABASE_NAME = "history.sqlite3"
Now = Callable[[], datetime]


def local_now() -> datetime:
    return datetime.now().astimezone()


class StoreMode(StrEnum):
    """Whether sessions are being saved."""

    WRITABLE = "writable"
    READ_ONLY = "read_only"  # past sessions can be read; new ones are not saved
    UNAVAILABLE = "unavailable"  # nothing can be read or saved


@dataclass(frozen=True)
class PointStats:
    """How often a point was practised, and when last."""

    count: int
    last_started_at: datetime | None


class HistoryStore:
    """Sessions in ``history.sqlite3`` in the user's data folder.

    ``open`` never raises for a bad file or folder: it falls back to read-only or unavailable and
    says why in ``notice``, so sessions can still run. Write methods return False when nothing
    was saved, and a failing write (disk full, file made read-only) switches the store to
    read-only with a notice instead of raising.
    """

    def __init__(self, connection: sqlite3.Connection | None, mode: StoreMode, notice: str, path: Path) -> None:
        self._db = connection
        self.mode = mode
        self.notice = notice
        self.path = path
        self.moved_aside: Path | None = None
        self.recovered: list[SessionRecord] = []
        self._listeners: list[Callable[[str], None]] = []

    # --- opening --------------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, now: Now = local_now) -> HistoryStore:
        path = data_dir / DATABASE_NAME
        try:
            data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            return cls(None, StoreMode.UNAVAILABLE, _not_saved(f"the folder {data_dir} cannot be created", error), path)
        moved: Path | None = None
        try:
            store = cls._open_writable(path)
        except _NewerVersionError as error:
            return cls._open_read_only(path, f"{error} It was opened read-only and your sessions are not saved.")
        except sqlite3.DatabaseError as error:
            if _is_corruption(error) and path.exists():
                moved = _move_aside(path, now())
                try:
                    store = cls._open_writable(path)
                except sqlite3.Error as second:
                    notice = _not_saved("a new history could not be created", second)
                    return cls(None, StoreMode.UNAVAILABLE, notice, path)
            else:
                return cls._open_read_only(path, _not_saved(f"{path} cannot be written", error))
        except OSError as error:
            return cls._open_read_only(path, _not_saved(f"{path} cannot be written", error))
        if moved is not None:
            store.moved_aside = moved
            store.notice = (
                f"Your session history was damaged and could not be read. It was kept as {moved} "
                "and a new, empty history was started."
            )
        store.recovered = store._mark_interrupted(now())
        return store

    @classmethod
    def _open_writable(cls, path: Path) -> HistoryStore:
        existed = path.exists()
        db = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)
        try:
            _configure(db)
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise _NewerVersionError(
                    f"Your session history was written by a newer version of the app (format {version}; "
                    f"this version knows up to {SCHEMA_VERSION})."
                )
            if existed and version > 0:
                check = db.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise sqlite3.DatabaseError(f"database disk image is malformed ({check})")
            _migrate(db, version)
        except BaseException:
            db.close()
            raise
        if not existed:
            path.chmod(0o600)
        return cls(db, StoreMode.WRITABLE, "", path)

    @classmethod
    def _open_read_only(cls, path: Path, notice: str) -> HistoryStore:
        if not path.exists():
            return cls(None, StoreMode.UNAVAILABLE, notice, path)
        try:
            db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5.0, isolation_level=None)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA query_only = ON")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version < 1:
                db.close()
                return cls(None, StoreMode.UNAVAILABLE, notice, path)
        except sqlite3.Error:
            return cls(None, StoreMode.UNAVAILABLE, notice, path)
        return cls(db, StoreMode.READ_ONLY, notice, path)

    def reopen(self, now: Now = local_now) -> None:
        """Open the same file again (after a restore replaced it), taking over its new state."""
        self.close()
        fresh = HistoryStore.open(self.path.parent, now)
        self._db, self.mode, self.notice = fresh._db, fresh.mode, fresh.notice
        self.moved_aside, self.recovered = fresh.moved_aside, fresh.recovered

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def on_notice(self, listener: Callable[[str], None]) -> None:
        """Be told when the store stops saving (the message is for the user)."""
        self._listeners.append(listener)

    @property
    def can_write(self) -> bool:
        return self.mode is StoreMode.WRITABLE

    @property
    def can_read(self) -> bool:
        return self._db is not None

    # --- writing --------------------------------------------------------------------------------

    def begin(self, record: SessionRecord) -> bool:
        """Save a session the moment it starts, so a crash still leaves a trace of it."""
        return self._write(lambda db: insert_record(db, record))

    def save(self, record: SessionRecord) -> bool:
        """Replace a session's row and phases with ``record`` (at phase boundaries and at the end)."""

        def replace(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM sessions WHERE id = ?", (str(record.id),))
            insert_record(db, record)

        return self._write(replace)

    def set_outcome(self, session_id: UUID, after_rating: int | None, note: str) -> bool:
        """Store the after-session rating and note."""
        current = self.get(session_id)
        if current is None:
            return False
        updated = SessionRecord.model_validate(current.model_dump() | {"after_rating": after_rating, "note": note})
        return self._write(
            lambda db: db.execute(
                "UPDATE sessions SET after_rating = ?, note = ? WHERE id = ?",
                (updated.after_rating, updated.note, str(session_id)),
            )
        )

    def write(self, action: Callable[[sqlite3.Connection], object]) -> bool:
        """Run ``action`` in one transaction; on a database error the store turns read-only and
        tells its listeners, and False is returned. For the other stores that share this file."""
        return self._write(action)

    def _write(self, action: Callable[[sqlite3.Connection], object]) -> bool:
        if not self.can_write or self._db is None:
            return False
        try:
            with self._transaction(self._db) as db:
                action(db)
        except sqlite3.Error as error:
            self.mode = StoreMode.READ_ONLY
            self.notice = _not_saved("the history could not be written", error)
            for listener in self._listeners:
                listener(self.notice)
            return False
        return True

    @staticmethod
    @contextlib.contextmanager
    def _transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _mark_interrupted(self, now: datetime) -> list[SessionRecord]:
        """Sessions left running by a crash or power cut become 'interrupted', keeping what was done."""
        if self._db is None:
            return []
        rows = self._db.execute("SELECT id FROM sessions WHERE status = 'in_progress'").fetchall()
        recovered = []
        for (session_id,) in rows:
            record = self.get(UUID(session_id))
            if record is None:
                continue
            ended = record.started_at + _seconds(record.actual_s)
            interrupted = record.model_copy(update={"status": SessionStatus.INTERRUPTED, "ended_at": min(ended, now)})
            if self.save(interrupted):
                recovered.append(interrupted)
        self._write(
            lambda db: db.execute(
                "UPDATE routine_runs SET status = 'interrupted', ended_at = ? WHERE status = 'in_progress'",
                (now.isoformat(),),
            )
        )
        return recovered

    # --- reading --------------------------------------------------------------------------------

    def get(self, session_id: UUID) -> SessionRecord | None:
        if self._db is None:
            return None
        row = self._db.execute("SELECT * FROM sessions WHERE id = ?", (str(session_id),)).fetchone()
        return read_record(self._db, row) if row else None

    def recent(self, limit: int = 50) -> list[SessionRecord]:
        if self._db is None:
            return []
        rows = self._db.execute("SELECT * FROM sessions ORDER BY started_utc DESC LIMIT ?", (limit,)).fetchall()
        return [r for r in (read_record(self._db, row) for row in rows) if r is not None]

    def count(self, query: SessionFilter) -> int:
        if self._db is None:
            return 0
        where, params = query.where()
        return int(self._db.execute(f"SELECT COUNT(*) FROM sessions WHERE {where}", params).fetchone()[0])

    def page(self, query: SessionFilter, offset: int, limit: int) -> list[SessionRecord]:
        """One window of the filtered, sorted history."""
        if self._db is None:
            return []
        where, params = query.where()
        rows = self._db.execute(
            f"SELECT * FROM sessions WHERE {where} ORDER BY {query.order_by()} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [r for r in (read_record(self._db, row) for row in rows) if r is not None]

    def delete(self, session_ids: list[UUID]) -> list[SessionRecord]:
        """Delete sessions; returns them as they were, so the deletion can be undone."""
        removed = [r for r in (self.get(i) for i in session_ids) if r is not None]

        def remove(db: sqlite3.Connection) -> None:
            db.executemany("DELETE FROM sessions WHERE id = ?", [(str(r.id),) for r in removed])

        return removed if removed and self._write(remove) else []

    def restore(self, records: list[SessionRecord]) -> bool:
        """Put deleted sessions back (undo)."""

        def put_back(db: sqlite3.Connection) -> None:
            for record in records:
                db.execute("DELETE FROM sessions WHERE id = ?", (str(record.id),))
                insert_record(db, record)

        return self._write(put_back)

    def update_note(self, session_id: UUID, note: str) -> bool:
        current = self.get(session_id)
        if current is None:
            return False
        checked = SessionRecord.model_validate(current.model_dump() | {"note": note})
        return self._write(
            lambda db: db.execute("UPDATE sessions SET note = ? WHERE id = ?", (checked.note, str(session_id)))
        )

    def insert_many(self, records: list[SessionRecord]) -> tuple[int, int]:
        """Add sessions in one transaction, skipping ids already present; (added, skipped)."""
        if self._db is None:
            return (0, 0)
        present = {
            row[0]
            for chunk in _chunks([str(r.id) for r in records], 500)
            for row in self._db.execute(f"SELECT id FROM sessions WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)
        }
        runs = {row[0] for row in self._db.execute("SELECT id FROM routine_runs")}
        # A session imported from another computer keeps its data but not a link to a run this
        # history does not have.
        fresh = [_without_unknown_run(r, runs) for r in records if str(r.id) not in present]

        def add(db: sqlite3.Connection) -> None:
            for record in fresh:
                insert_record(db, record)

        if not self._write(add):
            raise OSError(self.notice or "the history cannot be written")
        return len(fresh), len(records) - len(fresh)

    @property
    def connection(self) -> sqlite3.Connection | None:
        """The open database, for backups; None when unavailable."""
        return self._db

    def point_stats(self, point_code: str) -> PointStats:
        if self._db is None:
            return PointStats(0, None)
        count, last = self._db.execute(
            "SELECT COUNT(*), MAX(started_utc) FROM sessions WHERE point_code = ?", (point_code,)
        ).fetchone()
        return PointStats(count, datetime.fromtimestamp(last).astimezone() if count else None)


class _NewerVersionError(Exception):
    pass


def _configure(db: sqlite3.Connection) -> None:
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA foreign_keys = ON")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise sqlite3.OperationalError(f"cannot use write-ahead logging (journal mode {mode})")
    # FULL: a session marked completed stays completed even if the power goes a moment later.
    db.execute("PRAGMA synchronous = FULL")


def _migrate(db: sqlite3.Connection, version: int) -> None:
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with HistoryStore._transaction(db):
            for statement in statements(MIGRATIONS[target - 1]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {target}")


def _is_corruption(error: sqlite3.DatabaseError) -> bool:
    text = str(error).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def _move_aside(path: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}-damaged-{stamp}-{counter}{path.suffix}")
        counter += 1
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target


def _not_saved(reason: str, error: BaseException) -> str:
    detail = getattr(error, "strerror", None) or str(error)
    return f"Your sessions are not being saved: {reason} ({detail})."


def _without_unknown_run(record: SessionRecord, runs: set[str]) -> SessionRecord:
    if record.routine_run_id is None or str(record.routine_run_id) in runs:
        return record
    return record.model_copy(update={"routine_run_id": None})


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _seconds(value: float) -> timedelta:
    return timedelta(seconds=value)
