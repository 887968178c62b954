"""The computers the user practises on, by the names they gave them: for the history's device filter."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from acupressure_desktop.history.database import HistoryDatabase


@dataclass(frozen=True)
class KnownDevice:
    """A computer whose practice is in this history, and when it last wrote to the sync folder."""

    device: str
    name: str
    last_write: datetime | None = None


class DeviceNames:
    """Remembers the name of every computer seen in the sync folder, so they outlast the folder."""

    def __init__(self, database: HistoryDatabase) -> None:
        self._database = database

    def remember(self, devices: Iterable[KnownDevice]) -> bool:
        rows = [(d.device, d.name, d.last_write.timestamp() if d.last_write is not None else None) for d in devices]
        if not rows:
            return True
        return self._database.write(
            lambda db: db.executemany(
                "INSERT INTO devices (id, name, last_write_utc) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE"
                " SET name = excluded.name, last_write_utc = max(coalesce(last_write_utc, 0),"
                " coalesce(excluded.last_write_utc, 0))",
                rows,
            )
        )

    def known(self) -> list[KnownDevice]:
        """Every remembered computer, by name."""

        def read(db: sqlite3.Connection) -> list[KnownDevice]:
            rows = db.execute("SELECT id, name, last_write_utc FROM devices ORDER BY name, id").fetchall()
            return [KnownDevice(row[0], row[1], _moment(row[2])) for row in rows]

        return self._database.read(read, [])

    def practised_on(self) -> set[str]:
        """The devices the sessions in this history name."""
        rows: list[sqlite3.Row] = self._database.read(
            lambda db: db.execute("SELECT DISTINCT device FROM sessions WHERE device IS NOT NULL").fetchall(), []
        )
        return {row[0] for row in rows}


def _moment(utc: object) -> datetime | None:
    if not isinstance(utc, int | float) or utc <= 0:
        return None
    try:
        return datetime.fromtimestamp(utc, UTC)
    except (OverflowError, OSError, ValueError):
        return None
