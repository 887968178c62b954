"""Rolling daily backups of the history with SQLite's online backup API, and restoring one."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

KEEP = 7
PREFIX = "history-"
SUFFIX = ".backup.sqlite3"


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def backups(folder: Path) -> list[Path]:
    """Existing backups, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), reverse=True)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of a live database, even while it is being written."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    destination = sqlite3.connect(partial)
    try:
        source.backup(destination)
    finally:
        destination.close()
    partial.chmod(0o600)
    partial.replace(target)  # a crash mid-copy never leaves a half backup under the real name


def daily_backup(source: sqlite3.Connection, folder: Path, today: date, keep: int = KEEP) -> Path | None:
    """Make today's backup if there is none yet, and keep only the newest ``keep``."""
    target = folder / f"{PREFIX}{today.isoformat()}{SUFFIX}"
    made = None
    if not target.exists():
        copy_database(source, target)
        made = target
    for old in backups(folder)[keep:]:
        old.unlink(missing_ok=True)
    return made


def restore_backup(database: Path, backup: Path, folder: Path, now: datetime) -> Path:
    """Replace the history with ``backup``; the current file is backed up first. Returns that copy.

    The caller closes its connection before and reopens after.
    """
    check = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError(f"the backup {backup.name} is damaged")
    finally:
        check.close()
    safety = folder / f"{PREFIX}before-restore-{now.strftime('%Y%m%d-%H%M%S')}{SUFFIX}"
    if database.exists():
        current = sqlite3.connect(database)
        try:
            copy_database(current, safety)
        finally:
            current.close()
    source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        copy_database(source, database.with_name(database.name + ".restoring"))
    finally:
        source.close()
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    database.with_name(database.name + ".restoring").replace(database)
    return safety
