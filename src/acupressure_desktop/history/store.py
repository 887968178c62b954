"""The SQLite session store: crash-safe writes, step-by-step migrations, and kind failure modes."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from uuid import UUID

from pydantic import TypeAdapter

from acupressure_desktop.history.interruptions import mark_interrupted
from acupressure_desktop.history.pending_writes import Action, PendingWrite, PendingWrites, session_key
from acupressure_desktop.history.private_files import create_private_database, private_folder, tighten_database
from acupressure_desktop.history.queries import SessionFilter
from acupressure_desktop.history.records import Note, Rating, SessionRecord
from acupressure_desktop.history.rows import insert_record, read_record
from acupressure_desktop.history.schema import MIGRATIONS, SCHEMA_VERSION, statements
from acupressure_desktop.history.schema_check import (
    DamagedHistoryError,
    check_schema,
    rebuild_for_reading,
    repair_schema,
)
from acupressure_desktop.history.write_failures import in_words, is_disk_full, is_passing

DATABASE_NAME = "history.sqlite3"
SAVING_AGAIN = "Your sessions are being saved again; nothing was lost."
PAST_SESSIONS_SAFE = "Your past sessions are safe and can still be viewed."
# Checkpoint after almost every write: the log then holds about one transaction (tens of
# kilobytes) and reuses its own space, so sessions still save on a disk with little room left.
# The default (1000 pages, 4 MB) let the log alone fill a nearly full disk.
WAL_CHECKPOINT_PAGES = 4
WAL_KEEP_BYTES = 256 * 1024  # after a large import, the log shrinks back to this
Now = Callable[[], datetime]
log = logging.getLogger(__name__)

_RATING = TypeAdapter(Rating | None)
_NOTE = TypeAdapter(Note)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def local_now() -> datetime:
    return datetime.now().astimezone()


class StoreMode(StrEnum):
    """Whether sessions are being saved."""

    WRITABLE = "writable"
    RETRYING = "retrying"  # a write failed for a passing cause; new work is kept in memory and tried again
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
    was saved. A write that fails for a passing cause (disk full, I/O error, file busy) puts the
    store in ``RETRYING``: the session is kept in memory and saved by the next write or by
    ``retry``; one that fails for good (file made read-only) switches the store to read-only.
    Either way listeners are told once, and never an exception.
    """

    def __init__(self, connection: sqlite3.Connection | None, mode: StoreMode, notice: str, path: Path) -> None:
        self._db = connection
        self.mode = mode
        self.notice = notice
        self.path = path
        self.moved_aside: Path | None = None
        self.recovered: list[SessionRecord] = []
        self._listeners: list[Callable[[str], None]] = []
        self._saving_again_listeners: list[Callable[[str], None]] = []
        self._pending = PendingWrites()

    # --- opening --------------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, now: Now = local_now) -> HistoryStore:
        # The read-only fallback opens by file URI, which only an absolute path has.
        data_dir = data_dir.absolute()
        path = data_dir / DATABASE_NAME
        try:
            private_folder(data_dir)
        except OSError as error:
            return cls(None, StoreMode.UNAVAILABLE, _not_saved(f"the folder {data_dir} cannot be created", error), path)
        moved: Path | None = None
        try:
            store = cls._open_writable(path)
        except _NewerVersionError as error:
            return cls._open_read_only(path, f"{error} It was opened read-only and your sessions are not saved.")
        except sqlite3.DatabaseError as error:
            if (isinstance(error, DamagedHistoryError) or _is_corruption(error)) and path.exists():
                log.warning("The history at %s is damaged (%s); it is kept aside.", path, error)
                try:
                    moved = _move_aside(path, now())
                except OSError as stuck:
                    notice = _not_saved("the damaged history could not be set aside", stuck)
                    return cls(None, StoreMode.UNAVAILABLE, notice, path)
                try:
                    store = cls._open_writable(path)
                except (sqlite3.Error, OSError) as second:
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
        # Made private before SQLite opens it, so the log files SQLite adds get the same mode.
        create_private_database(path)
        tighten_database(path)
        db = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)
        try:
            _configure(db)
            tighten_database(path)  # log files left by an earlier version
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise _NewerVersionError(
                    f"Your session history was written by a newer version of the app (format {version}; "
                    f"this version knows up to {SCHEMA_VERSION})."
                )
            if version > 0:
                check = db.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise sqlite3.DatabaseError(f"database disk image is malformed ({check})")
                _check_schema(db, version)
            _migrate(db, version)
        except BaseException:
            db.close()
            raise
        return cls(db, StoreMode.WRITABLE, "", path)

    @classmethod
    def _open_read_only(cls, path: Path, notice: str) -> HistoryStore:
        if not path.exists():
            return cls(None, StoreMode.UNAVAILABLE, notice, path)
        try:
            db = _connect_read_only(path)
        except DamagedHistoryError as error:
            log.warning("The history at %s is damaged (%s).", path, error)
            damaged = "Past sessions cannot be shown either: the history file is damaged. It was left as it is."
            return cls(None, StoreMode.UNAVAILABLE, f"{notice} {damaged}", path)
        except sqlite3.Error as error:
            log.warning("The history at %s cannot be read (%s).", path, error)
            return cls(None, StoreMode.UNAVAILABLE, notice, path)
        if db is None:
            return cls(None, StoreMode.UNAVAILABLE, notice, path)
        return cls(db, StoreMode.READ_ONLY, f"{notice} {PAST_SESSIONS_SAFE}", path)

    def reopen(self, now: Now = local_now) -> None:
        """Open the same file again (after a restore replaced it), taking over its new state."""
        self.close()
        fresh = HistoryStore.open(self.path.parent, now)
        self._db, self.mode, self.notice = fresh._db, fresh.mode, fresh.notice
        self.moved_aside, self.recovered = fresh.moved_aside, fresh.recovered

    def close(self) -> None:
        """Close the file; writes still waiting get one last try first."""
        if self._db is not None:
            if self._pending:
                self._flush(tell=False)
            self._pending.clear()
            self._db.close()
            self._db = None

    def on_notice(self, listener: Callable[[str], None]) -> None:
        """Be told when the store stops saving (the message is for the user)."""
        self._listeners.append(listener)

    def on_saving_again(self, listener: Callable[[str], None]) -> None:
        """Be told when saving works again after a passing failure (the message is for the user)."""
        self._saving_again_listeners.append(listener)

    @property
    def can_write(self) -> bool:
        return self.mode is StoreMode.WRITABLE

    @property
    def can_read(self) -> bool:
        return self._db is not None

    @property
    def waiting_writes(self) -> int:
        """Writes kept in memory until the disk takes them."""
        return len(self._pending)

    # --- writing --------------------------------------------------------------------------------

    def begin(self, record: SessionRecord) -> bool:
        """Save a session the moment it starts, so a crash still leaves a trace of it."""
        return self._write(lambda db: insert_record(db, record), session_key(record.id), record)

    def save(self, record: SessionRecord) -> bool:
        """Replace a session's row and phases with ``record`` (at phase boundaries and at the end)."""
        return self._write(lambda db: _replace(db, record), session_key(record.id), record)

    def set_outcome(self, session_id: UUID, after_rating: int | None, note: str) -> bool:
        """Store the after-session rating and note."""
        rating, text = _RATING.validate_python(after_rating), _NOTE.validate_python(note)
        waiting = self._pending.record(session_id)
        if waiting is not None:
            return self.save(waiting.model_copy(update={"after_rating": rating, "note": text}))
        found = [False]

        def apply(db: sqlite3.Connection) -> None:
            # One statement: nothing another instance writes can slip in between a read and this.
            cursor = db.execute(
                "UPDATE sessions SET after_rating = ?, note = ? WHERE id = ?", (rating, text, str(session_id))
            )
            found[0] = cursor.rowcount > 0

        return self._write(apply, f"outcome:{session_id}") and found[0]

    def write(self, action: Callable[[sqlite3.Connection], object]) -> bool:
        """Run ``action`` in one transaction, for the other stores that share this file. Fails like
        the session writes: kept and tried again after a passing failure, read-only after a lasting one."""
        return self._write(action, self._pending.new_key())

    def retry(self) -> bool:
        """Try the waiting writes again (for a timer while ``RETRYING``); True once the store saves again."""
        if self.mode is not StoreMode.RETRYING or self._db is None:
            return self.can_write
        if self._pending:
            return self._flush()
        return self._write(_touch)

    def _write(self, action: Action, keep: str | None = None, record: SessionRecord | None = None) -> bool:
        """Run ``action`` in a transaction. After a passing failure it is kept under ``keep`` (when
        given) and tried again; writes waiting from before always go first, in their order."""
        if self._db is None or self.mode not in (StoreMode.WRITABLE, StoreMode.RETRYING):
            return False
        # Tried again, a session is replaced whole: an earlier attempt may have reached the file after all.
        waiting = PendingWrite(action if record is None else _replacing(record), record)
        if self._pending and not self._flush():
            if keep is not None and self.mode is StoreMode.RETRYING:
                self._pending.keep(keep, waiting)
            return False
        try:
            _run(self._db, action)
        except sqlite3.Error as error:
            if keep is not None and is_passing(error):
                self._pending.keep(keep, waiting)
            self._failed(error)
            return False
        self._saving_again()
        return True

    def _flush(self, tell: bool = True) -> bool:
        """Write what is waiting, oldest first; True when nothing is left."""
        if self._db is None:
            return False
        for key, pending in self._pending.items():
            try:
                _run(self._db, pending.action)
            except sqlite3.IntegrityError as error:
                # It can never be written as it is (or it reached the file after all): not kept.
                log.warning("A waiting history write was dropped: %s", error)
            except sqlite3.Error as error:
                self._failed(error, tell)
                return False
            self._pending.remove(key)
        self._saving_again(tell)
        return True

    def _failed(self, error: sqlite3.Error, tell: bool = True) -> None:
        log.warning("A history write failed: %s", error)
        if is_passing(error):
            if self.mode is StoreMode.RETRYING:
                return  # said already
            self.mode = StoreMode.RETRYING
            self.notice = _saved_later(error)
        else:
            self.mode = StoreMode.READ_ONLY
            self._pending.clear()
            self.notice = f"{_not_saved('the history could not be written', error)} {PAST_SESSIONS_SAFE}"
        if tell:
            for listener in self._listeners:
                listener(self.notice)

    def _saving_again(self, tell: bool = True) -> None:
        if self.mode is not StoreMode.RETRYING:
            return
        self.mode, self.notice = StoreMode.WRITABLE, ""
        if tell:
            for listener in self._saving_again_listeners:
                listener(SAVING_AGAIN)

    @staticmethod
    @contextlib.contextmanager
    def _transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            # SQLite may have rolled back already (a full disk does), and a failed COMMIT can leave
            # the transaction open: either way the next write must start clean.
            if db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            raise

    def _mark_interrupted(self, now: datetime) -> list[SessionRecord]:
        """Sessions left running by a crash or power cut become 'interrupted', keeping what was done."""
        found: list[SessionRecord] = []

        def mark(db: sqlite3.Connection) -> None:
            found[:] = mark_interrupted(db, now)

        return found if self._write(mark) else []

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
        removed: list[SessionRecord] = []

        def remove(db: sqlite3.Connection) -> None:
            # Read inside the transaction: what is returned for undo is exactly what was deleted.
            rows = [db.execute("SELECT * FROM sessions WHERE id = ?", (str(i),)).fetchone() for i in session_ids]
            removed[:] = [r for r in (read_record(db, row) for row in rows if row is not None) if r is not None]
            db.executemany("DELETE FROM sessions WHERE id = ?", [(str(r.id),) for r in removed])

        return removed if self._write(remove) and removed else []

    def restore(self, records: list[SessionRecord]) -> bool:
        """Put deleted sessions back (undo)."""

        def put_back(db: sqlite3.Connection) -> None:
            for record in records:
                _replace(db, record)

        return self._write(put_back)

    def update_note(self, session_id: UUID, note: str) -> bool:
        checked = _NOTE.validate_python(note)
        found = [False]

        def apply(db: sqlite3.Connection) -> None:
            found[0] = db.execute("UPDATE sessions SET note = ? WHERE id = ?", (checked, str(session_id))).rowcount > 0

        return self._write(apply) and found[0]

    def insert_many(self, records: list[SessionRecord]) -> tuple[int, int]:
        """Add sessions in one transaction, skipping ids already present; (added, skipped)."""
        if self._db is None:
            return (0, 0)
        added = [0]

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
            fresh = [_without_unknown_run(r, runs) for r in records if str(r.id) not in present]
            for record in fresh:
                insert_record(db, record)
            added[0] = len(fresh)

        if not self._write(add):
            raise OSError(self.notice or "the history cannot be written")
        return added[0], len(records) - added[0]

    @property
    def connection(self) -> sqlite3.Connection | None:
        """The open database, for backups; None when unavailable."""
        return self._db

    def point_stats(self, point_code: str) -> PointStats:
        if self._db is None:
            return PointStats(0, None)
        # A start edited into an absurd number says nothing about when the point was last pressed.
        count, last = self._db.execute(
            "SELECT COUNT(*), MAX(CASE WHEN started_utc BETWEEN ? AND ? THEN started_utc END)"
            " FROM sessions WHERE point_code = ?",
            (_FIRST_UTC, _LAST_UTC, point_code),
        ).fetchone()
        return PointStats(count, _local_time(last))


class _NewerVersionError(Exception):
    pass


# The span of Python's datetime as UTC seconds, a day inside each end to leave room for any offset.
_FIRST_UTC = (datetime.min.replace(tzinfo=UTC) - _EPOCH).total_seconds() + 86400
_LAST_UTC = (datetime.max.replace(tzinfo=UTC) - _EPOCH).total_seconds() - 86400


def _local_time(utc_seconds: object) -> datetime | None:
    if not isinstance(utc_seconds, int | float):
        return None
    try:
        return (_EPOCH + timedelta(seconds=utc_seconds)).astimezone()
    except (OverflowError, ValueError, OSError):
        return None  # beyond what this system's clock functions handle: unknown


def _configure(db: sqlite3.Connection) -> None:
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA foreign_keys = ON")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise sqlite3.OperationalError(f"cannot use write-ahead logging (journal mode {mode})")
    # FULL: a session marked completed stays completed even if the power goes a moment later.
    db.execute("PRAGMA synchronous = FULL")
    db.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
    db.execute(f"PRAGMA journal_size_limit = {WAL_KEEP_BYTES}")


def _connect_read_only(path: Path) -> sqlite3.Connection | None:
    """The history opened for reading only; None for a file with no history in it.

    ``mode=ro`` still needs to create the ``-shm`` file, which a read-only folder or a full disk
    refuses. ``immutable=1`` needs nothing but the file, and is right as long as no write is
    waiting in a ``-wal`` file: a cleanly closed history leaves none.
    """
    ways = ("mode=ro", "immutable=1") if _no_waiting_log(path) else ("mode=ro",)
    failure: sqlite3.Error = sqlite3.OperationalError("the history cannot be opened")
    for way in ways:
        try:
            return _read_only_connection(path, way)
        except DamagedHistoryError:
            raise
        except sqlite3.Error as error:
            failure = error
    raise failure


def _no_waiting_log(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _read_only_connection(path: Path, way: str) -> sqlite3.Connection | None:
    db = sqlite3.connect(f"{path.as_uri()}?{way}", uri=True, timeout=5.0, isolation_level=None, check_same_thread=False)
    try:
        db.row_factory = sqlite3.Row
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version < 1:
            db.close()
            return None
        known = min(version, SCHEMA_VERSION)
        problems = check_schema(db, known)
        if problems.lost:
            raise DamagedHistoryError(f"missing {problems.describe()}")
        db.execute("PRAGMA temp_store = MEMORY")  # the disk may have no room for a temporary file
        rebuild_for_reading(db, known, problems)
        db.execute("PRAGMA query_only = ON")
    except BaseException:
        db.close()
        raise
    return db


def _check_schema(db: sqlite3.Connection, version: int) -> None:
    """Repair what is derived from the sessions; a file missing the user's own data is damaged."""
    problems = check_schema(db, version)
    if problems.lost:
        raise DamagedHistoryError(f"missing {problems.describe()}")
    if problems.repairable:
        log.warning(
            "Repairing the history: rebuilding %s; recreating %s.",
            ", ".join(problems.stale) or "nothing",
            ", ".join(problems.indexes + problems.triggers) or "nothing",
        )
        with HistoryStore._transaction(db):
            repair_schema(db, version, problems)


def _migrate(db: sqlite3.Connection, version: int) -> None:
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with HistoryStore._transaction(db):
            for statement in statements(MIGRATIONS[target - 1]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {target}")


def _run(db: sqlite3.Connection, action: Action) -> None:
    """``action`` in one transaction; on a full disk, once more after folding the log into the file."""
    try:
        with HistoryStore._transaction(db):
            action(db)
        return
    except sqlite3.Error as error:
        if not is_disk_full(error):
            raise
    # The log may be holding most of the free space: a checkpoint that truncates it gives that back.
    with contextlib.suppress(sqlite3.Error):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with HistoryStore._transaction(db):
        action(db)


def _replace(db: sqlite3.Connection, record: SessionRecord) -> None:
    db.execute("DELETE FROM sessions WHERE id = ?", (str(record.id),))
    insert_record(db, record)


def _replacing(record: SessionRecord) -> Action:
    return lambda db: _replace(db, record)


def _touch(db: sqlite3.Connection) -> None:
    """The smallest real write, to learn whether the file takes writes again."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    db.execute(f"PRAGMA user_version = {version}")


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


def _saved_later(error: sqlite3.Error) -> str:
    return (
        f"Your sessions are not being saved right now: {in_words(error)} ({error}). Your past sessions are safe; "
        "new ones are kept while the app is open and saved as soon as they can be."
    )


def _without_unknown_run(record: SessionRecord, runs: set[str]) -> SessionRecord:
    if record.routine_run_id is None or str(record.routine_run_id) in runs:
        return record
    return record.model_copy(update={"routine_run_id": None})


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
