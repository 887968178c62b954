"""Writes that failed for a passing cause (a full disk, a busy file), kept in memory to be tried again."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from acupressure_desktop.history.records import SessionRecord

Action = Callable[[sqlite3.Connection], object]
_NUMBERS = itertools.count()


@dataclass(frozen=True)
class PendingWrite:
    """One write to try again; ``record`` is the session it saves, when it saves a whole one."""

    action: Action
    record: SessionRecord | None = None


class PendingWrites:
    """In the order they first failed, so a routine run is still written before its sessions.

    A session saved again while waiting replaces its earlier write in place: only its latest state
    is kept, however long the disk stays full.
    """

    def __init__(self) -> None:
        self._writes: dict[str, PendingWrite] = {}

    def __len__(self) -> int:
        return len(self._writes)

    def keep(self, key: str, write: PendingWrite) -> None:
        self._writes[key] = write

    def record(self, session_id: UUID) -> SessionRecord | None:
        """The session as it waits to be saved, if it does."""
        write = self._writes.get(session_key(session_id))
        return write.record if write is not None else None

    def items(self) -> list[tuple[str, PendingWrite]]:
        return list(self._writes.items())

    def remove(self, key: str) -> None:
        self._writes.pop(key, None)

    def clear(self) -> None:
        self._writes.clear()


def session_key(session_id: UUID) -> str:
    """The key of a session's latest save: a newer save replaces the one waiting."""
    return f"session:{session_id}"


def unique_key() -> str:
    """A key of its own, for a write that replaces no other."""
    return f"write:{next(_NUMBERS)}"
