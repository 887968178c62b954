"""Changes waiting to reach the sync folder, kept in the local history until they can be written.

A stick that is not plugged in, a share that is not mounted or a full disk must not cost the other
computers a session: what could not be appended waits here, in order, and goes first at the next
write that can be made. It survives quitting the app, like the history it sits beside.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from pydantic import ValidationError

from acupressure_desktop.history.database import HistoryDatabase
from acupressure_desktop.history.sync.journal import AnyEntry, entry_from_json, entry_to_json


class SyncOutbox:
    """This computer's changes not yet in its journal, oldest first."""

    def __init__(self, database: HistoryDatabase) -> None:
        self._database = database

    def keep(self, entries: Sequence[AnyEntry]) -> bool:
        lines = [(entry_to_json(entry),) for entry in entries]
        return self._database.write(lambda db: db.executemany("INSERT INTO sync_outbox (line) VALUES (?)", lines))

    def waiting(self) -> list[tuple[int, AnyEntry]]:
        """The waiting changes with their places in the queue; a line that no longer reads is left out."""

        def read(db: sqlite3.Connection) -> list[tuple[int, str]]:
            return [(row[0], row[1]) for row in db.execute("SELECT id, line FROM sync_outbox ORDER BY id")]

        rows: list[tuple[int, str]] = self._database.read(read, [])
        found: list[tuple[int, AnyEntry]] = []
        for place, line in rows:
            try:
                found.append((place, entry_from_json(line)))
            except (ValidationError, ValueError):
                continue  # edited by hand into nonsense: it cannot be sent, and must not block the rest
        return found

    def sent(self, up_to: int) -> bool:
        """Forget the waiting changes up to and including place ``up_to``: they are in the journal now."""
        return self._database.write(lambda db: db.execute("DELETE FROM sync_outbox WHERE id <= ?", (up_to,)))
