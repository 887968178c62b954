"""Keeps the history in step with a routine run: the run itself, and each point pressed as one session."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from acupressure_desktop.history.database import Now, local_now
from acupressure_desktop.history.recorder import SessionRecorder
from acupressure_desktop.history.records import RoutineRunRecord, SessionStatus
from acupressure_desktop.history.routine_runs import RoutineRunRepository
from acupressure_desktop.history.sessions import SessionRepository
from acupressure_desktop.practice.routine_run import RoutineRun, RunEnded, RunEvent, StepStarted


class RunRecorder:
    """Writes one routine run as it goes: begun at once, each step's session as it runs, the end.

    The rating given before the run belongs to its first point, the one after to its last. The
    run's count of points done never overstates: a point left early (→) is not one of them.
    """

    def __init__(
        self,
        runs: RoutineRunRepository,
        sessions: SessionRepository,
        run: RoutineRun,
        routine_id: UUID,
        routine_name: str,
        point_codes: Sequence[str],
        purpose: str | None = None,
        before_rating: int | None = None,
        now: Now = local_now,
    ) -> None:
        self._runs = runs
        self._sessions = sessions
        self._codes = tuple(point_codes)
        self._purpose = purpose
        self._before = before_rating
        self._now = now
        self.record = RoutineRunRecord(
            routine_id=routine_id,
            routine_name=routine_name,
            purpose=purpose,
            started_at=now(),
            steps_planned=len(self._codes),
        )
        self.saved = runs.begin(self.record)
        self.step: SessionRecorder | None = None
        self.steps: dict[int, SessionRecorder] = {}  # by step index; a point found again keeps its last try
        self._run = run
        run.subscribe(self._on_event)

    def _on_event(self, event: RunEvent) -> None:
        if isinstance(event, StepStarted):
            self._runs.progress(self.record.id, self.points_pressed_in_full)
            before = self._before if event.index == 0 else None
            self.step = SessionRecorder(
                self._sessions,
                event.session,
                self._codes[event.index],
                self._purpose,
                before,
                self._now,
                routine_run_id=self.record.id,
            )
            self.steps[event.index] = self.step
        elif isinstance(event, RunEnded):
            status = SessionStatus.COMPLETED if event.completed else SessionStatus.STOPPED
            done, ended = self.points_pressed_in_full, self._now()
            self.record = self.record.model_copy(update={"status": status, "steps_done": done, "ended_at": ended})
            self.saved = self._runs.finish(self.record.id, status, done, ended) and self.saved

    @property
    def points_pressed_in_full(self) -> int:
        """Steps whose pressing ran its planned time: a point left early is not counted as done."""
        return sum(step.record.status is SessionStatus.COMPLETED for step in self.steps.values())

    def finish_with(self, after_rating: int | None, note: str = "") -> bool:
        """How it feels after the run, and a note, kept with the last point pressed."""
        if self.step is None or (after_rating is None and not note):
            return True
        return self.step.finish_with(after_rating, note)
