"""Bringing the local history in line with what every device's changes resolve to."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from uuid import UUID

from acupressure_desktop.history.database import HistoryDatabase
from acupressure_desktop.history.rows import read_record, replace_record, without_unknown_run
from acupressure_desktop.history.sync.resolve import Resolved, ResolvedSession


@dataclass(frozen=True)
class MergeResult:
    """What a merge changed in the local history; all zero when it was already up to date."""

    added: int = 0
    changed: int = 0
    removed: int = 0

    @property
    def anything(self) -> bool:
        return bool(self.added or self.changed or self.removed)


class HistoryMerge:
    """Applies resolved sessions to the database in one transaction; applying twice changes nothing."""

    def __init__(self, database: HistoryDatabase) -> None:
        self._database = database

    def apply(self, resolved: Resolved) -> MergeResult | None:
        """The changes made; None when the history could not be written (the database says why)."""
        counts = {"added": 0, "changed": 0, "removed": 0}

        def merge(db: sqlite3.Connection) -> None:
            runs = {row[0] for row in db.execute("SELECT id FROM routine_runs")}
            for session_id, outcome in resolved.sessions.items():
                done = _apply_one(db, session_id, outcome, runs)
                if done:
                    counts[done] += 1

        if not self._database.write(merge):
            return None
        return MergeResult(**counts)

    def earlier_notes(self, session_id: UUID) -> list[str]:
        """Notes another device's later edit replaced, for the session's detail."""

        def read(db: sqlite3.Connection) -> list[str]:
            rows = db.execute(
                "SELECT note FROM session_earlier_notes WHERE session_id = ? ORDER BY note", (str(session_id),)
            )
            return [row[0] for row in rows]

        return self._database.read(read, [])


def _apply_one(db: sqlite3.Connection, session_id: UUID, outcome: ResolvedSession, runs: set[str]) -> str:
    row = db.execute("SELECT * FROM sessions WHERE id = ?", (str(session_id),)).fetchone()
    here = read_record(db, row) if row is not None else None
    if outcome.session is None:
        if outcome.deleted and row is not None:
            db.execute("DELETE FROM sessions WHERE id = ?", (str(session_id),))
            return "removed"
        return ""  # only edits arrived so far, or it is gone everywhere already
    wanted = without_unknown_run(outcome.session, runs)
    done = ""
    if here is None:
        replace_record(db, wanted)
        done = "added"
    elif here != wanted:
        replace_record(db, wanted)
        done = "changed"
    db.executemany(
        "INSERT OR IGNORE INTO session_earlier_notes (session_id, note) VALUES (?, ?)",
        [(str(session_id), note) for note in outcome.earlier_notes],
    )
    return done
