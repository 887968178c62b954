"""Keeps the history in step with a running session: saved at the start, at every phase change
and every few seconds in between, so a crash loses only the last moments."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from acupressure_desktop.history.database import Now, local_now
from acupressure_desktop.history.records import PhaseRecord, SessionRecord, SessionStatus
from acupressure_desktop.history.sessions import SessionRepository
from acupressure_desktop.practice.events import Ended, PhaseStarted, Progress, SessionEvent
from acupressure_desktop.practice.guided_session import GuidedSession


class SessionRecorder:
    """Writes one session's record as it runs, so a crash leaves what was done on disk."""

    def __init__(
        self,
        sessions: SessionRepository,
        session: GuidedSession,
        point_code: str | None,
        purpose: str | None = None,
        before_rating: int | None = None,
        now: Now = local_now,
        routine_run_id: UUID | None = None,
    ) -> None:
        self._sessions = sessions
        self._session = session
        self._now = now
        plan = session.plan
        self.record = SessionRecord(
            point_code=point_code,
            protocol=plan.protocol,
            sides=plan.sides,
            phases=self._phases(),
            started_at=now(),
            purpose=purpose,
            before_rating=before_rating,
            routine_run_id=routine_run_id,
        )
        self.saved = sessions.begin(self.record)
        session.subscribe(self._on_event)

    def _phases(self) -> tuple[PhaseRecord, ...]:
        spent = self._session.phase_seconds()
        return tuple(
            PhaseRecord(kind=p.kind.value, side=p.side, planned_s=p.duration_s, actual_s=spent[i])
            for i, p in enumerate(self._session.plan.phases)
        )

    def _on_event(self, event: SessionEvent) -> None:
        if isinstance(event, PhaseStarted | Progress):
            self._update(SessionStatus.IN_PROGRESS, None)
        elif isinstance(event, Ended):
            self.record = self.record.model_copy(update={"phases": self._phases()})
            self._update(self.record.ended_status(event.completed), self._now())

    def _update(self, status: SessionStatus, ended_at: datetime | None) -> None:
        self.record = self.record.model_copy(update={"phases": self._phases(), "status": status, "ended_at": ended_at})
        self.saved = self._sessions.save(self.record) and self.saved

    def finish_with(self, after_rating: int | None, note: str) -> bool:
        """Add how it felt afterwards; both are optional."""
        self.record = self.record.model_copy(update={"after_rating": after_rating, "note": note})
        return self._sessions.set_outcome(self.record.id, after_rating, note)
