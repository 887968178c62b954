"""The session history: records, the SQLite database and the repositories over it (no Qt).

Only this package touches the database; everything else asks a repository.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from acupressure_desktop.history.changes import ChangeFeed
from acupressure_desktop.history.database import HistoryDatabase, HistoryHealthError, Now, local_now
from acupressure_desktop.history.device_names import DeviceNames, KnownDevice
from acupressure_desktop.history.modes import StoreMode
from acupressure_desktop.history.quiz_cards import QuizCardRepository
from acupressure_desktop.history.recorder import SessionRecorder
from acupressure_desktop.history.records import PhaseRecord, SessionRecord, SessionStatus
from acupressure_desktop.history.routine_library import RoutineRepository
from acupressure_desktop.history.routine_runs import RoutineRunRepository
from acupressure_desktop.history.sessions import PointStats, SessionRepository
from acupressure_desktop.history.totals import PracticeTotals

__all__ = [
    "ChangeFeed",
    "DeviceNames",
    "History",
    "HistoryDatabase",
    "HistoryHealthError",
    "KnownDevice",
    "PhaseRecord",
    "PointStats",
    "PracticeTotals",
    "RoutineRepository",
    "RoutineRunRepository",
    "SessionRecord",
    "SessionRecorder",
    "SessionRepository",
    "SessionStatus",
    "StoreMode",
]


@dataclass(frozen=True)
class History:
    """The open history: its database and the repositories that answer questions about it."""

    database: HistoryDatabase
    sessions: SessionRepository
    totals: PracticeTotals
    routines: RoutineRepository
    runs: RoutineRunRepository
    quiz: QuizCardRepository
    changes: ChangeFeed
    devices: DeviceNames

    @classmethod
    def open(cls, data_dir: Path, now: Now = local_now, device: str | None = None) -> History:
        """Never raises: a history that cannot be saved to says why in ``database.notice``.

        ``device`` is this computer's id, which the sessions practised here carry.
        """
        database = HistoryDatabase.open(data_dir, now)
        changes = ChangeFeed()
        return cls(
            database,
            SessionRepository(database, changes, device),
            PracticeTotals(database),
            RoutineRepository(database, changes),
            RoutineRunRepository(database, changes),
            QuizCardRepository(database, changes),
            changes,
            DeviceNames(database),
        )

    def close(self) -> None:
        self.database.close()
