"""Known sessions for history tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from acupressure_desktop.history import PhaseRecord, SessionRecord, SessionStatus
from acupressure_desktop.practice import CircularMassage, SteadyPressure


def session(
    n: int,
    point: str = "LI4",
    when: datetime | None = None,
    status: SessionStatus = SessionStatus.COMPLETED,
    purpose: str | None = None,
    before: int | None = None,
    after: int | None = None,
    note: str = "",
    circular: bool = False,
) -> SessionRecord:
    start = when or datetime(2026, 1, 1, 8, 0, tzinfo=UTC) + timedelta(hours=n)
    return SessionRecord(
        id=UUID(int=n + 1),
        point_code=point,
        protocol=CircularMassage() if circular else SteadyPressure(),
        sides=("left", "right"),
        phases=(
            PhaseRecord(kind="breathe", side="left", planned_s=32, actual_s=32),
            PhaseRecord(kind="hold", side="left", planned_s=120, actual_s=60 + n % 60),
        ),
        started_at=start,
        ended_at=start + timedelta(minutes=7),
        status=status,
        purpose=purpose,
        before_rating=before,
        after_rating=after,
        note=note,
    )
