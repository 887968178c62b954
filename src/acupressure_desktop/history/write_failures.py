"""Why a write failed: a passing cause worth trying again, or one that lasts."""

from __future__ import annotations

import sqlite3

from acupressure_desktop.translatable import QT_TRANSLATE_NOOP, Text

# SQLite's primary result codes (the low byte of an extended code) for causes that go away by
# themselves or once the user frees some space: a full disk, a failing write, another program
# holding the file for a moment.
_PASSING_CODES = frozenset({sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
_PASSING_WORDS = ("disk is full", "disk i/o error", "database is locked", "database table is locked", "busy")


def is_passing(error: sqlite3.Error) -> bool:
    """True for a disk that is full, an I/O error, or a file locked by another writer."""
    code = _primary_code(error)
    if code is not None:
        return code in _PASSING_CODES
    text = str(error).lower()
    return any(word in text for word in _PASSING_WORDS)


def is_disk_full(error: sqlite3.Error) -> bool:
    code = _primary_code(error)
    if code is not None:
        return code == sqlite3.SQLITE_FULL
    return "disk is full" in str(error).lower()


def in_words(error: sqlite3.Error) -> Text:
    """The cause in the user's words."""
    if is_disk_full(error):
        return QT_TRANSLATE_NOOP("HistoryNotice", "the disk is full")
    if _primary_code(error) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(error).lower():
        return QT_TRANSLATE_NOOP("HistoryNotice", "the history file is busy in another program")
    return QT_TRANSLATE_NOOP("HistoryNotice", "the disk could not be written")


def _primary_code(error: sqlite3.Error) -> int | None:
    # Errors raised by SQLite carry their code; ones made in Python (or by an older SQLite) do not.
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None
