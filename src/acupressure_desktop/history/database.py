"""The history database: the one connection to ``history.sqlite3``, its mode, and writes kept for later."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar
from uuid import UUID

from acupressure_desktop.history.backups import (
    BackupError,
    backup_dir,
    backups,
    daily_backup,
    manual_backup,
    reason,
    restore_backup,
)
from acupressure_desktop.history.interruptions import mark_interrupted
from acupressure_desktop.history.modes import (
    PAST_SESSIONS_SAFE,
    SAVING_AGAIN,
    StoreMode,
    not_saved,
    one_after_another,
    saved_later,
)
from acupressure_desktop.history.opening import Opened, open_history
from acupressure_desktop.history.pending_writes import Action, PendingWrite, PendingWrites
from acupressure_desktop.history.records import SessionRecord
from acupressure_desktop.history.rows import replace_record
from acupressure_desktop.history.schema import SCHEMA_VERSION
from acupressure_desktop.history.transactions import run, touch
from acupressure_desktop.history.write_failures import is_passing
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP

Now = Callable[[], datetime]
T = TypeVar("T")
log = logging.getLogger(__name__)


def local_now() -> datetime:
    return datetime.now().astimezone()


class HistoryHealthError(Exception):
    """The history is not fit for use (``--self-test``); the message says how."""


class HistoryDatabase:
    """Owns history.sqlite3: opens, migrates, checks and repairs the schema, keeps writes that failed
    for a passing cause and retries them, backs up and restores.

    ``open`` never raises for a bad file or folder: it falls back to read-only or unavailable and
    says why in ``notice``, so sessions can still run. Writes return False when nothing was saved.
    A write that fails for a passing cause (disk full, I/O error, file busy) puts the database in
    ``RETRYING``: the write is kept in memory and made by the next write or by ``retry``; one that
    fails for good (file made read-only) switches it to read-only. Either way listeners are told
    once, and never an exception.

    ``read`` and ``write`` are for the repositories in this package only: nothing outside
    ``history`` ever holds a connection.
    """

    def __init__(self, opened: Opened) -> None:
        self._take(opened)
        self.recovered: list[SessionRecord] = []
        self._listeners: list[Callable[[str], None]] = []
        self._saving_again_listeners: list[Callable[[str], None]] = []
        self._pending = PendingWrites()

    def _take(self, opened: Opened) -> None:
        self._db = opened.connection
        self.mode = opened.mode
        self.notice = opened.notice
        self.path = opened.path
        self.moved_aside = opened.moved_aside

    # --- opening and closing --------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, now: Now = local_now) -> HistoryDatabase:
        database = cls(open_history(data_dir, now))
        database.recovered = database._mark_interrupted(now())
        return database

    def reopen(self, now: Now = local_now) -> None:
        """Open the same file again (after a restore replaced it), taking over its new state."""
        self.close()
        fresh = HistoryDatabase.open(self.path.parent, now)
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
        """Be told when the history stops saving (the message is for the user)."""
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

    # --- for the repositories in this package ---------------------------------------------------

    def read(self, query: Callable[[sqlite3.Connection], T], default: T) -> T:
        """``query``'s answer, or ``default`` when the history cannot be read. For repositories only."""
        return default if self._db is None else query(self._db)

    def write(self, action: Action, keep: str | None = None, record: SessionRecord | None = None) -> bool:
        """Run ``action`` in a transaction; False when nothing was saved. For repositories only.

        After a passing failure the write is kept under ``keep`` (when given; a later write under
        the same key replaces it) and tried again, as a whole rewrite of ``record`` when given.
        Writes waiting from before always go first, in their order.
        """
        if self._db is None or self.mode not in (StoreMode.WRITABLE, StoreMode.RETRYING):
            return False
        # Tried again, a session is replaced whole: an earlier attempt may have reached the file after all.
        waiting = PendingWrite(action if record is None else _replacing(record), record)
        if self._pending and not self._flush():
            if keep is not None and self.mode is StoreMode.RETRYING:
                self._pending.keep(keep, waiting)
            return False
        try:
            run(self._db, action)
        except sqlite3.Error as error:
            if keep is not None and is_passing(error):
                self._pending.keep(keep, waiting)
            self._failed(error)
            return False
        self._saving_again()
        return True

    def waiting_session(self, session_id: UUID) -> SessionRecord | None:
        """The session as it waits to be saved, if it does. For repositories only."""
        return self._pending.record(session_id)

    def retry(self) -> bool:
        """Try the waiting writes again (for a timer while ``RETRYING``); True once the history saves again."""
        if self.mode is not StoreMode.RETRYING or self._db is None:
            return self.can_write
        if self._pending:
            return self._flush()
        return self.write(touch)

    def _flush(self, tell: bool = True) -> bool:
        """Write what is waiting, oldest first; True when nothing is left."""
        if self._db is None:
            return False
        for key, pending in self._pending.items():
            try:
                run(self._db, pending.action)
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
            self.notice = saved_later(error)
        else:
            self.mode = StoreMode.READ_ONLY
            self._pending.clear()
            reason = QT_TRANSLATE_NOOP("HistoryNotice", "the history could not be written")
            self.notice = one_after_another(not_saved(reason, error), PAST_SESSIONS_SAFE)
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

    def _mark_interrupted(self, now: datetime) -> list[SessionRecord]:
        """Sessions left running by a crash or power cut become 'interrupted', keeping what was done."""
        found: list[SessionRecord] = []

        def mark(db: sqlite3.Connection) -> None:
            found[:] = mark_interrupted(db, now)

        return found if self.write(mark) else []

    # --- backups --------------------------------------------------------------------------------

    @property
    def backup_folder(self) -> Path:
        return backup_dir(self.path.parent)

    def back_up_daily(self, today: date) -> Path | None:
        """Today's backup, unless made already (None then); keeps the newest few. Raises ``BackupError``."""
        return daily_backup(self._source(), self.backup_folder, today)

    def back_up_now(self, now: datetime) -> Path:
        """A backup the user asked for, under a name of its own. Raises ``BackupError``."""
        return manual_backup(self._source(), self.backup_folder, now)

    def backups(self) -> list[Path]:
        """Every backup, newest first."""
        return backups(self.backup_folder)

    def restore(self, backup: Path, now: datetime) -> Path:
        """Replace the history with ``backup``; returns the copy of the history as it was.

        The file is closed first and opened again after, whether or not the restore worked. Raises
        ``BackupError`` with a message for the user; nothing is changed then.
        """
        self.close()
        try:
            return restore_backup(self.path, backup, self.backup_folder, now)
        except BackupError:
            raise
        except (OSError, sqlite3.Error) as error:
            raise BackupError(reason(error)) from error
        finally:
            self.reopen()

    def _source(self) -> sqlite3.Connection:
        if self._db is None:
            unreadable = QT_TRANSLATE_NOOP(
                "HistoryNotice", "The history could not be backed up to {folder} (it cannot be read)."
            )
            raise BackupError(unreadable.filled(folder=self.backup_folder))
        return self._db

    # --- health ---------------------------------------------------------------------------------

    def health(self) -> str:
        """For ``--self-test``: "schema N, integrity ok, SQLite x.y.z". Raises ``HistoryHealthError``
        unless the history is writable and intact."""
        if self._db is None or self.mode is not StoreMode.WRITABLE:
            raise HistoryHealthError(self.notice or "the database did not open for writing")
        try:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            check = self._db.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.Error as error:
            raise HistoryHealthError(str(error)) from error
        if version != SCHEMA_VERSION or check != "ok":
            raise HistoryHealthError(f"schema {version}, integrity {check}")
        return f"schema {version}, integrity ok, SQLite {sqlite3.sqlite_version}"


def _replacing(record: SessionRecord) -> Action:
    return lambda db: replace_record(db, record)
