"""Backups of the history with SQLite's online backup API, and restoring one.

Three kinds share the backups folder, told apart by name and each kept by its own rule:

- daily, ``history-2026-11-24.backup.sqlite3``, made at start-up: the newest ``KEEP`` are kept;
- before a restore, ``history-before-restore-20261124-120000.backup.sqlite3``, the history as it
  was: the newest ``KEEP_BEFORE_RESTORE`` are kept;
- any other ``history-*`` name, made with "Back up now": kept until the user deletes them, since
  the user asked for each one and they are few.

Backups are private to the user (files 0600, folder 0700). The functions that name a backup never
reuse a name: when it is taken, ``-2``, ``-3``... is added. The app is the only writer of the
folder, so checking a name before using it is enough.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import time
from datetime import date, datetime
from pathlib import Path

from acupressure_desktop.private_files import create_private_file, private_folder
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP, Text

KEEP = 7
KEEP_BEFORE_RESTORE = 7
PREFIX = "history-"
SUFFIX = ".backup.sqlite3"
BEFORE_RESTORE = f"{PREFIX}before-restore-"
# A copy still being written is younger than this; an older leftover is from a killed copy.
STALE_AFTER_S = 60.0

_DAILY = re.compile(r"history-\d{4}-\d{2}-\d{2}\.backup\.sqlite3")
_BEFORE_RESTORE = re.compile(r"history-before-restore-(\d{8}-\d{6})(?:-(\d+))?\.backup\.sqlite3")
_LEFTOVER = re.compile(r".*\.(partial|restoring)(-journal|-wal|-shm)?")


class BackupError(OSError):
    """A backup could not be made; the message is for the user."""


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def backups(folder: Path) -> list[Path]:
    """Existing backups of every kind, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), key=lambda p: (_modified(p), p.name), reverse=True)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent, private copy of a live database at ``target``, even while it is being written.

    The copy replaces ``target`` whole and at once; pick a free name first to keep what is there.
    """
    private_folder(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    # Created private before any data goes in, so a copy killed midway is never readable by others;
    # SQLite gives its journal the same permissions.
    create_private_file(partial)
    destination = sqlite3.connect(partial)
    try:
        source.backup(destination)
    finally:
        destination.close()
    partial.replace(target)  # a crash mid-copy never leaves a half backup under the real name


def manual_backup(source: sqlite3.Connection, folder: Path, now: datetime) -> Path:
    """Back up now ("Back up now"), under a name no other backup has. Raises ``BackupError``."""
    target = free_name(folder / f"{PREFIX}{now.strftime('%Y-%m-%d-%H%M%S')}{SUFFIX}")
    try:
        private_folder(folder)
        copy_database(source, target)
        return target
    except (OSError, sqlite3.Error) as error:
        raise BackupError(_not_backed_up(folder, reason(error))) from error


def daily_backup(source: sqlite3.Connection, folder: Path, today: date, keep: int = KEEP) -> Path | None:
    """Make today's backup if there is none yet, and keep only the newest ``keep`` daily ones.

    Returns the new backup, or None when today's was already made. Leftovers of killed copies are
    removed first. Raises ``BackupError`` (an ``OSError``) with a message for the user when the
    backup cannot be written; failing to tidy old files is not an error.
    """
    target = folder / f"{PREFIX}{today.isoformat()}{SUFFIX}"
    made = None
    try:
        remove_leftovers(folder, _database_file(source))
        private_folder(folder)
        if not target.exists():
            copy_database(source, target)
            made = target
    except (OSError, sqlite3.Error) as error:
        raise BackupError(_not_backed_up(folder, reason(error))) from error
    dailies = sorted((p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if _DAILY.fullmatch(p.name)), reverse=True)
    # Today's is kept even when the clock was set back and older-looking ones outnumber it.
    _remove([p for p in dailies[keep:] if p != target])
    return made


def restore_backup(database: Path, backup: Path, folder: Path, now: datetime) -> Path:
    """Replace the history with ``backup``; the current file is backed up first. Returns that copy.

    The caller closes its connection before and reopens after. Raises ``sqlite3.DatabaseError``
    for a damaged backup (nothing is changed then) and ``OSError`` when a file cannot be written.
    """
    check = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError(f"the backup {backup.name} is damaged")
    finally:
        check.close()
    safety = free_name(folder / f"{BEFORE_RESTORE}{now.strftime('%Y%m%d-%H%M%S')}{SUFFIX}")
    private_folder(folder)
    if database.exists():
        current = sqlite3.connect(database)
        try:
            copy_database(current, safety)
        finally:
            current.close()
    restoring = database.with_name(database.name + ".restoring")
    source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        copy_database(source, restoring)
    finally:
        source.close()
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    restoring.replace(database)
    earlier = sorted((p for p in folder.glob(f"{BEFORE_RESTORE}*") if _BEFORE_RESTORE.fullmatch(p.name)), key=_order)
    # The copy just made and the backup just restored from are never the ones removed.
    _remove([p for p in earlier[: max(0, len(earlier) - KEEP_BEFORE_RESTORE)] if p not in (safety, backup)])
    return safety


def remove_leftovers(folder: Path, database: Path | None = None, now: float | None = None) -> list[Path]:
    """Remove what killed copies left behind: ``*.partial`` files in ``folder`` and a
    ``.restoring`` copy beside ``database``, once older than ``STALE_AFTER_S`` so a copy being
    made right now is left alone. Returns what was removed; a file that cannot be removed is skipped.
    """
    cutoff = (time.time() if now is None else now) - STALE_AFTER_S
    candidates = [p for p in _listing(folder) if _LEFTOVER.fullmatch(p.name)]
    if database is not None:
        candidates += [p for p in _listing(database.parent) if p.name.startswith(f"{database.name}.restoring")]
    removed = []
    for path in candidates:
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # gone already, or not ours to remove: the next start tries again
    return removed


def free_name(target: Path) -> Path:
    """``target`` if no file has that name yet, else the first free ``name-2``, ``name-3``..."""
    if not target.exists():
        return target
    suffix = SUFFIX if target.name.endswith(SUFFIX) else target.suffix
    stem = target.name.removesuffix(suffix)
    counter = 2
    while (candidate := target.with_name(f"{stem}-{counter}{suffix}")).exists():
        counter += 1
    return candidate


def _database_file(source: sqlite3.Connection) -> Path | None:
    for _, name, file in source.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


def _listing(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0  # removed meanwhile


def _order(path: Path) -> tuple[str, int]:
    # By time, then by the counter added when two restores fell in the same second.
    match = _BEFORE_RESTORE.fullmatch(path.name)
    return (match[1], int(match[2] or 1)) if match else ("", 0)


def _remove(paths: list[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):  # tidying is retried at the next backup
            path.unlink(missing_ok=True)


def _not_backed_up(folder: Path, why: str) -> Text:
    text = QT_TRANSLATE_NOOP("HistoryNotice", "The history could not be backed up to {folder} ({reason}).")
    return text.filled(folder=folder, reason=why)


def reason(error: BaseException) -> str:
    """What went wrong, in the words of the system."""
    return getattr(error, "strerror", None) or str(error)
