"""The session history: records, the SQLite store and its migrations (no Qt)."""

from acupressure_desktop.history.recorder import SessionRecorder
from acupressure_desktop.history.records import PhaseRecord, SessionRecord, SessionStatus
from acupressure_desktop.history.store import HistoryStore, PointStats, StoreMode

__all__ = [
    "HistoryStore",
    "PhaseRecord",
    "PointStats",
    "SessionRecord",
    "SessionRecorder",
    "SessionStatus",
    "StoreMode",
]
