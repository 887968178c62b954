"""What the history is, given every change every device wrote: the same answer in any order.

The rules, per session:
- its body (what was pressed, when, how it ended) comes from the most finished record of it,
  the newest among equals, so a copy written while it ran never hides the finished session;
- its note and its ratings are each the newest edit by stamp; a note an edit elsewhere replaced
  stays readable as an earlier note;
- a deletion holds against every change stamped before it; a change stamped after it (made on a
  device that had not heard of the deletion) brings the session back rather than losing it.
The daily goal is the newest one set. A routine is its newest save unless a newer deletion
holds; a routine run is its most finished record; a quiz card keeps every answer any device gave,
and the schedule of its latest answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from uuid import UUID

from pydantic import BaseModel

from acupressure_desktop.history.records import RoutineRunRecord, SessionRecord, SessionStatus
from acupressure_desktop.history.sync.clock import Stamp
from acupressure_desktop.history.sync.journal import (
    AnyEntry,
    DeletedEntry,
    DeviceNameEntry,
    GoalEntry,
    NoteEntry,
    RatingEntry,
    ReviewEntry,
    RoutineDeletedEntry,
    RoutineEntry,
    RunEntry,
    SessionEntry,
)
from acupressure_desktop.learning.reviews import ReviewRecord
from acupressure_desktop.routines.models import Routine

E = TypeVar("E", bound=BaseModel)

# How finished a record of a session is: a later snapshot of a running session must not replace
# the session as it ended.
_FINISHED = {
    SessionStatus.IN_PROGRESS: 0,
    SessionStatus.INTERRUPTED: 1,
    SessionStatus.STOPPED: 2,
    SessionStatus.SHORTENED: 2,
    SessionStatus.COMPLETED: 2,
}


@dataclass(frozen=True)
class ResolvedSession:
    """One session as every device should show it.

    ``session`` is None when it is deleted (``deleted``) or when only edits of it have been read
    so far (its record is still on its way through the sync tool).
    """

    session: SessionRecord | None
    earlier_notes: tuple[str, ...] = ()
    deleted: bool = False


@dataclass(frozen=True)
class ResolvedCard:
    """A quiz card: every answer given to it anywhere, and the schedule its latest answer left."""

    card: str
    reviews: tuple[ReviewRecord, ...]


@dataclass
class Resolved:
    """The merged history: each session by id, and the daily goal if a device set one.

    ``routines`` maps each routine to its latest save, or to None once deleted.
    """

    sessions: dict[UUID, ResolvedSession] = field(default_factory=dict)
    daily_goal: int | None = None
    routines: dict[UUID, Routine | None] = field(default_factory=dict)
    runs: dict[UUID, RoutineRunRecord] = field(default_factory=dict)
    cards: dict[str, ResolvedCard] = field(default_factory=dict)


@dataclass
class _Gathered:
    bodies: list[SessionEntry] = field(default_factory=list)
    notes: list[NoteEntry] = field(default_factory=list)
    ratings: list[RatingEntry] = field(default_factory=list)
    deletions: list[DeletedEntry] = field(default_factory=list)


def change_key(change: AnyEntry) -> tuple[str, str]:
    """What a change is about: every change with the same key is resolved together."""
    if isinstance(change, SessionEntry):
        return ("session", str(change.session.id))
    if isinstance(change, NoteEntry | RatingEntry | DeletedEntry):
        return ("session", str(change.session_id))
    if isinstance(change, RoutineEntry):
        return ("routine", str(change.routine.id))
    if isinstance(change, RoutineDeletedEntry):
        return ("routine", str(change.routine_id))
    if isinstance(change, RunEntry):
        return ("run", str(change.run.id))
    if isinstance(change, ReviewEntry):
        return ("card", change.review.key)
    return (change.kind, "")  # the daily goal; a device's name


def resolve(changes: Iterable[AnyEntry]) -> Resolved:
    """The history the changes describe; order and repeats make no difference."""
    gathered: dict[UUID, _Gathered] = {}
    goals: list[GoalEntry] = []
    routines: dict[UUID, list[RoutineEntry | RoutineDeletedEntry]] = {}
    runs: dict[UUID, list[RunEntry]] = {}
    answers: dict[str, list[ReviewEntry]] = {}
    for change in changes:
        if isinstance(change, DeviceNameEntry):
            continue  # read by the journal reader for the device list
        if isinstance(change, GoalEntry):
            goals.append(change)
            continue
        if isinstance(change, RoutineEntry | RoutineDeletedEntry):
            routine_id = change.routine.id if isinstance(change, RoutineEntry) else change.routine_id
            routines.setdefault(routine_id, []).append(change)
            continue
        if isinstance(change, RunEntry):
            runs.setdefault(change.run.id, []).append(change)
            continue
        if isinstance(change, ReviewEntry):
            answers.setdefault(change.review.key, []).append(change)
            continue
        key = change.session.id if isinstance(change, SessionEntry) else change.session_id
        bucket = gathered.setdefault(key, _Gathered())
        if isinstance(change, SessionEntry):
            bucket.bodies.append(change)
        elif isinstance(change, NoteEntry):
            bucket.notes.append(change)
        elif isinstance(change, RatingEntry):
            bucket.ratings.append(change)
        else:
            bucket.deletions.append(change)
    # Stamps are unique per device; should two changes still share one, their content decides,
    # so the answer never depends on the order they were read in.
    resolved = Resolved(daily_goal=max(goals, key=lambda g: (g.stamp.key(), g.goal)).goal if goals else None)
    for session_id, bucket in gathered.items():
        resolved.sessions[session_id] = _one(bucket)
    for routine_id, saves in routines.items():
        latest = _latest(saves, lambda e: e.stamp.key())
        resolved.routines[routine_id] = latest.routine if isinstance(latest, RoutineEntry) else None
    for run_id, records in runs.items():
        resolved.runs[run_id] = _latest(records, lambda e: (_FINISHED[e.run.status], e.stamp.key())).run
    for card_key, given in answers.items():
        latest_answer = max(given, key=lambda e: (e.review.reviewed_at, e.stamp.key(), e.card))
        reviews = sorted({e.review for e in given}, key=lambda r: (r.reviewed_at, r.model_dump_json()))
        resolved.cards[card_key] = ResolvedCard(latest_answer.card, tuple(reviews))
    return resolved


def _one(bucket: _Gathered) -> ResolvedSession:
    if not bucket.bodies:
        return ResolvedSession(None)  # edits of a session not read yet: wait for its record
    body = _latest(bucket.bodies, lambda e: (_FINISHED[e.session.status], e.stamp.key()))
    newest_change = max(
        [e.stamp for e in bucket.bodies] + [e.stamp for e in bucket.notes] + [e.stamp for e in bucket.ratings],
        key=Stamp.key,
    )
    deleted = max((d.stamp for d in bucket.deletions), key=Stamp.key, default=None)
    if deleted is not None and deleted >= newest_change:
        return ResolvedSession(None, deleted=True)
    session = body.session
    notes = sorted(
        [(e.stamp, e.note) for e in bucket.notes] + [(e.stamp, e.session.note) for e in bucket.bodies],
        key=lambda pair: (pair[0].key(), pair[1]),
        reverse=True,
    )
    note = notes[0][1]
    earlier = tuple(dict.fromkeys(text for _stamp, text in notes[1:] if text and text != note))
    ratings = _latest(bucket.ratings, lambda e: e.stamp.key()) if bucket.ratings else None
    changes: dict[str, object] = {"note": note}
    if ratings is not None and ratings.stamp > body.stamp:
        changes |= {"before_rating": ratings.before, "after_rating": ratings.after}
    if all(getattr(session, name) == value for name, value in changes.items()):
        return ResolvedSession(session, earlier)
    return ResolvedSession(session.model_copy(update=changes), earlier)


def _latest(entries: list[E], key: Callable[[E], Any]) -> E:
    """The entry with the greatest ``key``; should several share it, their content decides, so the
    answer never depends on the order they were read in (only then is the content serialised)."""
    best = max(key(e) for e in entries)
    tied = [e for e in entries if key(e) == best]
    return tied[0] if len(tied) == 1 else max(tied, key=lambda e: e.model_dump_json())
