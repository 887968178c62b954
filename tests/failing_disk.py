"""A disk that refuses the history's session writes while a test says so."""

from __future__ import annotations

import sqlite3

import pytest

from acupressure_desktop.history import SessionRecord, rows, sessions

DISK_FULL = "database or disk is full"


class FailingInserts:
    """Stands in for a disk that refuses writes with ``error`` while ``failing`` is set."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, error: str = DISK_FULL) -> None:
        self.failing = True
        self.error = error
        real = rows.insert_record

        def insert(db: sqlite3.Connection, record: SessionRecord) -> None:
            if self.failing:
                raise sqlite3.OperationalError(self.error)
            real(db, record)

        # Sessions are inserted directly and by whole replacement (saves, and writes tried again).
        for module in (rows, sessions):
            monkeypatch.setattr(module, "insert_record", insert)
