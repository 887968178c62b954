"""A mat session as the beginner's plan needs it."""

from __future__ import annotations

from acupressure_desktop.history.records import SessionRecord, SessionStatus
from acupressure_desktop.practice.mat_progression import MatSummary
from acupressure_desktop.practice.protocols import MatProtocol


def mat_summary(record: SessionRecord) -> MatSummary | None:
    """What the plan looks at in a mat session; None for any other session."""
    if not isinstance(record.protocol, MatProtocol):
        return None
    return MatSummary(
        planned_minutes=record.protocol.minutes,
        minutes_done=record.pressing_s / 60,
        surface=record.protocol.surface,
        completed=record.status is SessionStatus.COMPLETED,
    )
