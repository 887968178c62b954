"""Opening ``history.sqlite3``: writable once migrated and checked, else read-only, else not at all."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from acupressure_desktop.history.modes import PAST_SESSIONS_SAFE, StoreMode, not_saved, one_after_another
from acupressure_desktop.history.private_files import create_private_database, private_folder, tighten_database
from acupressure_desktop.history.schema import MIGRATIONS, SCHEMA_VERSION, statements
from acupressure_desktop.history.schema_check import (
    DamagedHistoryError,
    check_schema,
    rebuild_for_reading,
    repair_schema,
)
from acupressure_desktop.history.transactions import transaction
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP, Text

DATABASE_NAME = "history.sqlite3"
# Checkpoint after almost every write: the log then holds about one transaction (tens of
# kilobytes) and reuses its own space, so sessions still save on a disk with little room left.
# The default (1000 pages, 4 MB) let the log alone fill a nearly full disk.
WAL_CHECKPOINT_PAGES = 4
WAL_KEEP_BYTES = 256 * 1024  # after a large import, the log shrinks back to this
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Opened:
    """What opening gave: the connection (None when unavailable), the mode, and what to tell the user."""

    path: Path
    connection: sqlite3.Connection | None
    mode: StoreMode
    notice: str = ""
    moved_aside: Path | None = None


class NewerVersionError(Exception):
    """The file was written by a newer version of the app."""


def open_history(data_dir: Path, now: Callable[[], datetime]) -> Opened:
    """Never raises for a bad file or folder: falls back to read-only or unavailable and says why."""
    # The read-only fallback opens by file URI, which only an absolute path has.
    data_dir = data_dir.absolute()
    path = data_dir / DATABASE_NAME
    try:
        private_folder(data_dir)
    except OSError as error:
        reason = QT_TRANSLATE_NOOP("HistoryNotice", "the folder {folder} cannot be created").filled(folder=data_dir)
        return Opened(path, None, StoreMode.UNAVAILABLE, not_saved(reason, error))
    moved: Path | None = None
    try:
        db = open_writable(path)
    except NewerVersionError as error:
        read_only = QT_TRANSLATE_NOOP("HistoryNotice", "It was opened read-only and your sessions are not saved.")
        return open_read_only(path, one_after_another(error.args[0], read_only))
    except sqlite3.DatabaseError as error:
        if not ((isinstance(error, DamagedHistoryError) or _is_corruption(error)) and path.exists()):
            return open_read_only(path, not_saved(_cannot_write(path), error))
        log.warning("The history at %s is damaged (%s); it is kept aside.", path, error)
        try:
            moved = _move_aside(path, now())
        except OSError as stuck:
            notice = not_saved(QT_TRANSLATE_NOOP("HistoryNotice", "the damaged history could not be set aside"), stuck)
            return Opened(path, None, StoreMode.UNAVAILABLE, notice)
        try:
            db = open_writable(path)
        except (sqlite3.Error, OSError) as second:
            reason = QT_TRANSLATE_NOOP("HistoryNotice", "a new history could not be created")
            return Opened(path, None, StoreMode.UNAVAILABLE, not_saved(reason, second))
    except OSError as error:
        return open_read_only(path, not_saved(_cannot_write(path), error))
    if moved is None:
        return Opened(path, db, StoreMode.WRITABLE)
    notice = QT_TRANSLATE_NOOP(
        "HistoryNotice",
        "Your session history was damaged and could not be read. It was kept as {file} "
        "and a new, empty history was started.",
    ).filled(file=moved)
    return Opened(path, db, StoreMode.WRITABLE, notice, moved)


def _cannot_write(path: Path) -> Text:
    return QT_TRANSLATE_NOOP("HistoryNotice", "{file} cannot be written").filled(file=path)


def open_writable(path: Path) -> sqlite3.Connection:
    """The history migrated to this version and checked; raises when it cannot be written."""
    # Made private before SQLite opens it, so the log files SQLite adds get the same mode.
    create_private_database(path)
    tighten_database(path)
    db = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)
    try:
        _configure(db)
        tighten_database(path)  # log files left by an earlier version
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            newer = QT_TRANSLATE_NOOP(
                "HistoryNotice",
                "Your session history was written by a newer version of the app (format {format}; "
                "this version knows up to {known}).",
            )
            raise NewerVersionError(newer.filled(format=version, known=SCHEMA_VERSION))
        if version > 0:
            check = db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(f"database disk image is malformed ({check})")
            _check_schema(db, version)
        _migrate(db, version)
    except UnicodeDecodeError as error:
        db.close()
        # Damage inside the file can make SQLite hand back "text" that is not text at all.
        raise sqlite3.DatabaseError(f"database disk image is malformed ({error})") from error
    except BaseException:
        db.close()
        raise
    return db


def open_read_only(path: Path, notice: str) -> Opened:
    """The fallback when the file cannot be written: past sessions can at least be shown."""
    if not path.exists():
        return Opened(path, None, StoreMode.UNAVAILABLE, notice)
    try:
        db = _connect_read_only(path)
    except DamagedHistoryError as error:
        log.warning("The history at %s is damaged (%s).", path, error)
        damaged = QT_TRANSLATE_NOOP(
            "HistoryNotice", "Past sessions cannot be shown either: the history file is damaged. It was left as it is."
        )
        return Opened(path, None, StoreMode.UNAVAILABLE, one_after_another(notice, damaged))
    except sqlite3.Error as error:
        log.warning("The history at %s cannot be read (%s).", path, error)
        return Opened(path, None, StoreMode.UNAVAILABLE, notice)
    if db is None:
        return Opened(path, None, StoreMode.UNAVAILABLE, notice)
    return Opened(path, db, StoreMode.READ_ONLY, one_after_another(notice, PAST_SESSIONS_SAFE))


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
        with transaction(db):
            repair_schema(db, version, problems)


def _migrate(db: sqlite3.Connection, version: int) -> None:
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with transaction(db):
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
