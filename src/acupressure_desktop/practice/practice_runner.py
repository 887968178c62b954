"""One way to run any practice: a point session, a mat session or a routine run, with the same keys.

A screen (or a test) drives a ``PracticeRunner`` the same way whatever it runs: start, wake it
when ``seconds_to_next_event`` says, and pass on the user's pause, next, back and stop. What each
means follows the practice: next skips a phase of a session, or goes on to a routine's next
point; back starts the phase again, or finds the point again.
"""

from __future__ import annotations

from collections.abc import Callable

from acupressure_desktop.practice.events import Ended, SessionEvent
from acupressure_desktop.practice.guided_session import GuidedSession, SessionState
from acupressure_desktop.practice.routine_run import RoutineRun, RunEnded, RunEvent, RunState, StepStarted

RunnerListener = Callable[[RunEvent], None]


class PracticeRunner:
    """Uniform controls over a single guided session or a routine run."""

    def __init__(self, practice: GuidedSession | RoutineRun) -> None:
        self.practice = practice
        self._listeners: list[RunnerListener] = []

    def subscribe(self, listener: RunnerListener) -> None:
        """Hear a run's steps and end; a single session is a run of one step.

        ``StepStarted`` comes before the step's session starts, so a listener can follow its
        phases from the first.
        """
        self._listeners.append(listener)

    def _emit(self, event: RunEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    def _on_single_session(self, event: SessionEvent) -> None:
        if isinstance(event, Ended):
            self._emit(RunEnded(event.completed, 1 if event.completed else 0))

    @property
    def is_routine(self) -> bool:
        return isinstance(self.practice, RoutineRun)

    @property
    def session(self) -> GuidedSession | None:
        """The guided session running now (None while a routine waits for its next point)."""
        return self.practice if isinstance(self.practice, GuidedSession) else self.practice.session

    @property
    def started(self) -> bool:
        ready = SessionState.READY if isinstance(self.practice, GuidedSession) else RunState.READY
        return self.practice.state is not ready

    @property
    def is_over(self) -> bool:
        return self.practice.is_over

    @property
    def is_running(self) -> bool:
        """Started and not over: what a stop must confirm and a close must end."""
        return self.started and not self.is_over

    @property
    def paused(self) -> bool:
        if isinstance(self.practice, GuidedSession):
            return self.practice.state is SessionState.PAUSED
        return self.practice.paused

    def start(self) -> None:
        # Subscribed only now, so whoever listens to the practice itself (the history recorders)
        # has heard each event before the runner passes it on: the screen then reads a saved record.
        if isinstance(self.practice, GuidedSession):
            self._emit(StepStarted(0, self.practice))
            self.practice.subscribe(self._on_single_session)
        else:
            self.practice.subscribe(self._emit)
        self.practice.start()

    @property
    def finding_left(self) -> float | None:
        """Seconds left to find the next point, while a routine waits for it; otherwise None."""
        if isinstance(self.practice, RoutineRun) and self.practice.state is RunState.FINDING:
            return self.practice.finding_left()
        return None

    def update(self) -> None:
        self.practice.update()

    def seconds_to_next_event(self) -> float | None:
        return self.practice.seconds_to_next_event()

    def toggle_pause(self) -> None:
        self.practice.toggle_pause()

    def pause(self) -> None:
        if self.is_running and not self.paused:
            self.practice.toggle_pause()

    def resume(self) -> None:
        if self.is_running and self.paused:
            self.practice.toggle_pause()

    def next_now(self) -> None:
        """→: the next phase of a session; in a routine, the next point."""
        if isinstance(self.practice, GuidedSession):
            self.practice.skip_phase()
        else:
            self.practice.next_now()

    def back(self) -> None:
        """←: this phase again (or the one before); in a routine, find this point or the one before."""
        self.practice.back()

    def stop(self) -> None:
        self.practice.stop()
