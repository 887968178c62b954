"""Bringing the local history in line with what every device's changes resolve to."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from acupressure_desktop.history.database import HistoryDatabase
from acupressure_desktop.history.records import RoutineRunRecord, SessionStatus
from acupressure_desktop.history.routine_runs import run_from_row, upsert_run
from acupressure_desktop.history.rows import (
    SESSION_COLUMNS,
    phase_values,
    record_values,
    replace_record,
    without_unknown_run,
)
from acupressure_desktop.history.sync.resolve import Resolved, ResolvedCard, ResolvedSession
from acupressure_desktop.routines.models import Routine

# Sessions looked up per query: well under SQLite's limit on bound values.
_CHUNK = 500


@dataclass(frozen=True)
class MergeResult:
    """What a merge changed in the local history; all zero when it was already up to date."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    routines: int = 0  # routines added, changed or removed
    runs: int = 0
    cards: int = 0  # quiz cards with answers or a schedule from elsewhere

    @property
    def anything(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.routines or self.runs or self.cards)


class HistoryMerge:
    """Applies resolved sessions to the database in one transaction; applying twice changes nothing."""

    def __init__(self, database: HistoryDatabase) -> None:
        self._database = database

    def apply(self, resolved: Resolved) -> MergeResult | None:
        """The changes made; None when the history could not be written (the database says why)."""
        counts = dict.fromkeys(("added", "changed", "removed", "routines", "runs", "cards"), 0)

        def merge(db: sqlite3.Connection) -> None:
            # Runs first: the sessions pressed in a run point at it.
            counts["runs"] = sum(_apply_run(db, run) for run in resolved.runs.values())
            counts["routines"] = sum(_apply_routine(db, i, r) for i, r in resolved.routines.items())
            counts["cards"] = sum(_apply_card(db, key, card) for key, card in resolved.cards.items())
            _apply_sessions(db, resolved.sessions, counts)

        if not self._database.write(merge):
            return None
        return MergeResult(**counts)


def _apply_run(db: sqlite3.Connection, run: RoutineRunRecord) -> bool:
    if run.status is SessionStatus.SHORTENED:
        return False  # not a state a run can be in: a hand-made line
    row = db.execute("SELECT * FROM routine_runs WHERE id = ?", (str(run.id),)).fetchone()
    if row is not None and run_from_row(row) == run:
        return False
    upsert_run(db, run)
    return True


def _apply_routine(db: sqlite3.Connection, routine_id: UUID, routine: Routine | None) -> bool:
    row = db.execute("SELECT name, purpose, steps FROM routines WHERE id = ?", (str(routine_id),)).fetchone()
    if routine is None or routine.preset:
        return bool(row is not None and db.execute("DELETE FROM routines WHERE id = ?", (str(routine_id),)).rowcount)
    steps = json.dumps([step.model_dump(mode="json") for step in routine.steps])
    if row is not None and tuple(row) == (routine.name, routine.purpose, steps):
        return False
    db.execute(
        "INSERT INTO routines (id, name, purpose, steps, position, updated_at)"
        " VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM routines), ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, purpose = excluded.purpose, steps = excluded.steps,"
        " updated_at = excluded.updated_at",
        (str(routine_id), routine.name, routine.purpose, steps, datetime.now(UTC).isoformat()),
    )
    return True


def _apply_card(db: sqlite3.Connection, key: str, resolved: ResolvedCard) -> bool:
    # The scheduler loads with the first look at the quiz, or here: never at start-up.
    from fsrs import Card  # noqa: PLC0415

    try:
        incoming = Card.from_json(resolved.card)
        if not 1 <= int(incoming.state) <= 3 or incoming.last_review is None:
            return False
    except (ValueError, KeyError, TypeError, OverflowError, json.JSONDecodeError):
        return False  # a schedule this version cannot read: the answers still count below
    changed = False
    for review in resolved.reviews:
        if review.key != key:
            continue
        utc = review.reviewed_at.timestamp()
        known = db.execute(
            "SELECT 1 FROM quiz_reviews WHERE key = ? AND rating = ? AND abs(reviewed_utc - ?) < 0.001",
            (key, review.rating, utc),
        ).fetchone()
        if known is None:
            db.execute(
                "INSERT INTO quiz_reviews (key, reviewed_at, reviewed_utc, rating, outcome, seconds, cun_off,"
                " state_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    review.reviewed_at.isoformat(),
                    utc,
                    review.rating,
                    review.outcome.value,
                    review.seconds,
                    review.cun_off,
                    review.state_after,
                ),
            )
            changed = True
    row = db.execute("SELECT card, first_review_utc FROM quiz_cards WHERE key = ?", (key,)).fetchone()
    local_last = _last_review(row[0]) if row is not None else None
    first = min([r.reviewed_at.timestamp() for r in resolved.reviews] + ([row[1]] if row is not None else []))
    if local_last is None or incoming.last_review > local_last:
        db.execute(
            "INSERT INTO quiz_cards (key, card, state, due_utc, first_review_utc) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET card = excluded.card, state = excluded.state,"
            " due_utc = excluded.due_utc, first_review_utc = excluded.first_review_utc",
            (key, incoming.to_json(), int(incoming.state), incoming.due.timestamp(), first),
        )
        changed = True
    return changed


def _last_review(card_json: str) -> datetime | None:
    from fsrs import Card  # noqa: PLC0415

    try:
        last: datetime | None = Card.from_json(card_json).last_review
    except (ValueError, KeyError, TypeError, OverflowError, json.JSONDecodeError):
        return None  # a spoilt local schedule gives way to any readable one
    return last


def _stored(db: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[tuple[object, ...], list[tuple[object, ...]]]]:
    """The stored rows of these sessions with their phase rows, read a few hundred at a time."""
    found: dict[str, tuple[tuple[object, ...], list[tuple[object, ...]]]] = {}
    columns = ", ".join(SESSION_COLUMNS)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for row in db.execute(f"SELECT {columns} FROM sessions WHERE id IN ({marks})", chunk):
            found[row[0]] = (tuple(row), [])
        phases = db.execute(
            "SELECT session_id, position, kind, side, planned_s, actual_s FROM session_phases"
            f" WHERE session_id IN ({marks}) ORDER BY session_id, position",
            chunk,
        )
        for session_id, *phase in phases:
            if session_id in found:
                found[session_id][1].append(tuple(phase))
    return found


def _apply_sessions(db: sqlite3.Connection, sessions: dict[UUID, ResolvedSession], counts: dict[str, int]) -> None:
    runs = {row[0] for row in db.execute("SELECT id FROM routine_runs")}
    # Compared row by row with what would be written, so an unchanged history costs no rewrite
    # and no parsing of every stored session.
    stored = _stored(db, [str(i) for i in sessions])
    for session_id, outcome in sessions.items():
        key = str(session_id)
        here = stored.get(key)
        if outcome.session is None:
            if outcome.deleted and here is not None:
                db.execute("DELETE FROM sessions WHERE id = ?", (key,))
                counts["removed"] += 1
            continue  # only edits arrived so far, or it is gone everywhere already
        wanted = without_unknown_run(outcome.session, runs)
        if here is None or here != (record_values(wanted), phase_values(wanted)):
            replace_record(db, wanted)
            counts["added" if here is None else "changed"] += 1
        if outcome.earlier_notes:
            db.executemany(
                "INSERT OR IGNORE INTO session_earlier_notes (session_id, note) VALUES (?, ?)",
                [(key, note) for note in outcome.earlier_notes],
            )
