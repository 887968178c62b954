"""Filtered, sorted, windowed reads of the history: never every row at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from acupressure_desktop.history.records import SessionStatus


class SortColumn(StrEnum):
    """Columns the history can be sorted by."""

    STARTED = "started_utc"
    POINT = "point_code"
    PROTOCOL = "protocol_kind"
    DURATION = "pressing_s"
    STATUS = "status"
    BEFORE = "before_rating"
    AFTER = "after_rating"
    NOTE = "note"
    ROUTINE = "routine_run_id"
    DEVICE = "device"


class RoutinePart(StrEnum):
    """Whether to list routine steps, single sessions, or both."""

    ANY = "any"
    IN_ROUTINE = "in_routine"
    ALONE = "alone"


@dataclass(frozen=True)
class SessionFilter:
    """What the user narrowed the history to. Empty fields mean 'any'."""

    start: date | None = None  # first day included
    end: date | None = None  # last day included
    points: tuple[str, ...] = ()
    purpose: str | None = None
    statuses: tuple[SessionStatus, ...] = ()
    note_text: str = ""
    routine: RoutinePart = RoutinePart.ANY
    device: str | None = None  # the computer it was practised on
    device_or_unmarked: bool = False  # this computer: also the sessions from before devices were told apart
    sort: SortColumn = SortColumn.STARTED
    descending: bool = True

    def where(self) -> tuple[str, list[object]]:
        """The SQL condition and its parameters (values are always bound, never pasted in)."""
        clauses: list[str] = []
        params: list[object] = []
        if self.start is not None:
            clauses.append("started_utc >= ?")
            params.append(day_start(self.start))
        if self.end is not None:
            clauses.append("started_utc < ?")
            params.append(day_start(self.end + timedelta(days=1)))
        if self.points:
            clauses.append(f"point_code IN ({', '.join('?' for _ in self.points)})")
            params.extend(self.points)
        if self.purpose:
            clauses.append("purpose = ?")
            params.append(self.purpose)
        if self.statuses:
            clauses.append(f"status IN ({', '.join('?' for _ in self.statuses)})")
            params.extend(s.value for s in self.statuses)
        # "+" keeps SQLite off the index on run ids, which would visit every single session.
        if self.routine is RoutinePart.IN_ROUTINE:
            clauses.append("+routine_run_id IS NOT NULL")
        elif self.routine is RoutinePart.ALONE:
            clauses.append("+routine_run_id IS NULL")
        if self.device is not None:
            clauses.append("(device = ? OR device IS NULL)" if self.device_or_unmarked else "device = ?")
            params.append(self.device)
        if self.note_text.strip():
            clauses.append("note LIKE ? ESCAPE '\\'")
            params.append(f"%{_escape_like(self.note_text.strip())}%")
        return (" AND ".join(clauses) or "1"), params

    def order_by(self) -> str:
        direction = "DESC" if self.descending else "ASC"
        # The start time and id break ties so pages never overlap or skip rows.
        return f"{self.sort.value} {direction}, started_utc {direction}, id {direction}"


def day_start(day: date) -> float:
    """The user's local midnight at the start of ``day``, as UTC seconds."""
    return datetime.combine(day, time.min).astimezone().timestamp()


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def this_week(today: date) -> tuple[date, date]:
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def this_month(today: date) -> tuple[date, date]:
    first = today.replace(day=1)
    next_month = (first + timedelta(days=32)).replace(day=1)
    return first, next_month - timedelta(days=1)
