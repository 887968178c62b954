"""The user's own routines, kept in the history database so they travel with it in backups."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from uuid import UUID

from pydantic import ValidationError

from acupressure_desktop.history.changes import ChangeFeed, RoutineChanged, RoutineDeleted
from acupressure_desktop.history.database import HistoryDatabase
from acupressure_desktop.history.pending_writes import Action, unique_key
from acupressure_desktop.routines.models import Routine, RoutineStep


class RoutineRepository:
    """Lists, saves, orders and deletes the user's routines; presets are never stored here."""

    def __init__(self, database: HistoryDatabase, changes: ChangeFeed) -> None:
        self._database = database
        self._changes = changes

    @property
    def can_write(self) -> bool:
        return self._database.can_write

    def load(self) -> tuple[list[Routine], list[str]]:
        """The routines in the user's order, and a line for each stored one that fails its checks."""
        rows: list[sqlite3.Row] = self._database.read(
            lambda db: db.execute("SELECT * FROM routines ORDER BY position, name").fetchall(), []
        )
        routines: list[Routine] = []
        problems: list[str] = []
        for row in rows:
            try:
                routines.append(_routine(row))
            except (ValueError, ValidationError) as error:
                detail = error.errors()[0]["msg"] if isinstance(error, ValidationError) else str(error)
                problems.append(f"The routine {row['name']!r} cannot be used: {detail}.")
        return routines, problems

    def save(self, routine: Routine) -> bool:
        """Add or update a routine (kept in its place if it exists, last if it is new)."""
        if routine.preset:
            raise ValueError("preset routines are part of the app; save a copy instead")
        steps = json.dumps([step.model_dump(mode="json") for step in routine.steps])
        now = datetime.now(UTC).isoformat()
        saved = self._write(
            lambda db: db.execute(
                "INSERT INTO routines (id, name, purpose, steps, position, updated_at)"
                " VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM routines), ?)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name, purpose = excluded.purpose,"
                " steps = excluded.steps, updated_at = excluded.updated_at",
                (str(routine.id), routine.name, routine.purpose, steps, now),
            )
        )
        if saved:
            self._changes.publish([RoutineChanged(routine)])
        return saved

    def delete(self, routine_id: UUID) -> bool:
        deleted = self._write(lambda db: db.execute("DELETE FROM routines WHERE id = ?", (str(routine_id),)))
        if deleted:
            self._changes.publish([RoutineDeleted(routine_id)])
        return deleted

    def reorder(self, routine_ids: list[UUID]) -> bool:
        """Store the user's order of their routines."""
        return self._write(
            lambda db: db.executemany(
                "UPDATE routines SET position = ? WHERE id = ?",
                [(position, str(routine_id)) for position, routine_id in enumerate(routine_ids)],
            )
        )

    def _write(self, action: Action) -> bool:
        # Kept and tried again after a passing failure, like a session: the user's edit is not lost.
        return self._database.write(action, unique_key())


def _routine(row: sqlite3.Row) -> Routine:
    steps = tuple(RoutineStep.model_validate(step) for step in json.loads(row["steps"]))
    return Routine(id=UUID(row["id"]), name=row["name"], purpose=row["purpose"], steps=steps)
