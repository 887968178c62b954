"""What the user changed in the history, told to whoever follows it (the sync folder) after it is saved.

The repositories publish a change only once the database has it, and only changes worth keeping
on other computers: a session once it has ended, never a snapshot of one still running.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

from acupressure_desktop.history.records import RoutineRunRecord, SessionRecord

if TYPE_CHECKING:
    from acupressure_desktop.learning.reviews import ReviewRecord
    from acupressure_desktop.routines.models import Routine


@dataclass(frozen=True)
class SessionChanged:
    """A session ended, was imported or put back: its whole record."""

    record: SessionRecord


@dataclass(frozen=True)
class NoteChanged:
    session_id: UUID
    note: str


@dataclass(frozen=True)
class RatingsChanged:
    session_id: UUID
    before: int | None
    after: int | None


@dataclass(frozen=True)
class SessionsDeleted:
    session_ids: tuple[UUID, ...]


@dataclass(frozen=True)
class RoutineChanged:
    routine: Routine


@dataclass(frozen=True)
class RoutineDeleted:
    routine_id: UUID


@dataclass(frozen=True)
class RunChanged:
    """A routine run began or ended."""

    run: RoutineRunRecord


@dataclass(frozen=True)
class CardAnswered:
    """A quiz card was answered: the answer, and the schedule it left the card with (FSRS JSON)."""

    review: ReviewRecord
    card: str


Change = (
    SessionChanged
    | NoteChanged
    | RatingsChanged
    | SessionsDeleted
    | RoutineChanged
    | RoutineDeleted
    | RunChanged
    | CardAnswered
)
Listener = Callable[[Change], None]


class ChangeFeed:
    """Passes each saved change to its listeners; with none, a change costs nothing."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def listen(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def stop_listening(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @property
    def followed(self) -> bool:
        return bool(self._listeners)

    def publish(self, changes: Sequence[Change]) -> None:
        for listener in list(self._listeners):
            for change in changes:
                listener(change)
