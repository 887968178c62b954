"""One write, one transaction: rolled back cleanly on failure, tried once more on a full disk."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from acupressure_desktop.history.pending_writes import Action
from acupressure_desktop.history.write_failures import is_disk_full


@contextlib.contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
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


def run(db: sqlite3.Connection, action: Action) -> None:
    """``action`` in one transaction; on a full disk, once more after folding the log into the file."""
    try:
        with transaction(db):
            action(db)
        return
    except sqlite3.Error as error:
        if not is_disk_full(error):
            raise
    # The log may be holding most of the free space: a checkpoint that truncates it gives that back.
    with contextlib.suppress(sqlite3.Error):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with transaction(db):
        action(db)


def touch(db: sqlite3.Connection) -> None:
    """The smallest real write, to learn whether the file takes writes again."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    db.execute(f"PRAGMA user_version = {version}")
