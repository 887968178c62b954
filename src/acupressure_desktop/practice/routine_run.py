"""A routine run as a state machine of its own: a pause to find each point, then its session.

Like a single session it runs on an injected monotonic clock and is woken by whoever drives it
(``update`` whenever it likes, ``seconds_to_next_event`` says when something is due). The user
can pause, go on now, go back or stop at any moment; the run announces what happens to its
listeners, which record each step and draw it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from acupressure_desktop.practice.events import Ended, SessionEvent
from acupressure_desktop.practice.guided_session import Clock, GuidedSession, SessionState
from acupressure_desktop.practice.phases import SessionPlan


class RunState(StrEnum):
    """Where the run is: not started, finding the next point, pressing it, or over."""

    READY = "ready"
    FINDING = "finding"
    PRESSING = "pressing"
    COMPLETED = "completed"
    STOPPED = "stopped"


@dataclass(frozen=True)
class FindingStarted:
    """The pause to find step ``index``'s point begins (its countdown is ``seconds`` long)."""

    index: int
    seconds: float


@dataclass(frozen=True)
class StepStarted:
    """Step ``index``'s guided session has started; listen to it for its phases and cues."""

    index: int
    session: GuidedSession


@dataclass(frozen=True)
class RunEnded:
    """The run is over: ``completed`` when it reached the end of its last step."""

    completed: bool
    steps_done: int


RunEvent = FindingStarted | StepStarted | RunEnded
FINDING_S = 8.0  # between a routine's points: time to find the next one
RunListener = Callable[[RunEvent], None]


class RoutineRun:
    """Runs one session plan per step, with ``finding_s`` before each to find the point.

    The first point is found before the run starts (its setup page shows it), so the first step
    starts at once; each later step is preceded by its finding pause.
    """

    def __init__(self, plans: Sequence[SessionPlan], finding_s: float, clock: Clock = time.monotonic) -> None:
        if not plans:
            raise ValueError("a routine run needs at least one step")
        self.plans = tuple(plans)
        self.finding_s = finding_s
        self._clock = clock
        self._listeners: list[RunListener] = []
        self._state = RunState.READY
        self.index = 0
        self.steps_done = 0
        self.session: GuidedSession | None = None
        self._finding_ends = 0.0
        self._paused_left: float | None = None  # seconds of finding left, while paused

    # --- listening ------------------------------------------------------------------------------

    def subscribe(self, listener: RunListener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: RunEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # --- reading --------------------------------------------------------------------------------

    @property
    def state(self) -> RunState:
        return self._state

    @property
    def is_over(self) -> bool:
        return self._state in (RunState.COMPLETED, RunState.STOPPED)

    @property
    def paused(self) -> bool:
        if self._state is RunState.FINDING:
            return self._paused_left is not None
        return (
            self._state is RunState.PRESSING and self.session is not None and self.session.state is SessionState.PAUSED
        )

    def finding_left(self) -> float:
        """Seconds until the next point starts (while finding it)."""
        if self._state is not RunState.FINDING:
            return 0.0
        if self._paused_left is not None:
            return self._paused_left
        return max(0.0, self._finding_ends - self._clock())

    def seconds_to_next_event(self) -> float | None:
        """Real seconds until something is due; None while paused or over."""
        if self._state is RunState.FINDING:
            return None if self._paused_left is not None else self.finding_left()
        if self._state is RunState.PRESSING and self.session is not None:
            return self.session.seconds_to_next_event()
        return None

    # --- control --------------------------------------------------------------------------------

    def start(self) -> None:
        if self._state is not RunState.READY:
            raise RuntimeError(f"cannot start a run that is {self._state.value}")
        self._start_step(0)

    def update(self) -> None:
        """Catch up with the clock: start the step whose finding time is over, move the session on."""
        if self._state is RunState.FINDING and self._paused_left is None and self._clock() >= self._finding_ends:
            self._start_step(self.index)
        elif self._state is RunState.PRESSING and self.session is not None:
            self.session.update()

    def toggle_pause(self) -> None:
        if self._state is RunState.FINDING:
            if self._paused_left is None:
                self._paused_left = self.finding_left()
            else:
                self._finding_ends = self._clock() + self._paused_left
                self._paused_left = None
        elif self._state is RunState.PRESSING and self.session is not None:
            self.session.toggle_pause()

    def pause(self) -> None:
        if not self.paused:
            self.toggle_pause()

    def resume(self) -> None:
        if self.paused:
            self.toggle_pause()

    def next_now(self) -> None:
        """Go on now: start the point being found, or leave the point being pressed for the next.

        A point left early is filed as shortened by its own session, which skips to its end.
        """
        if self._state is RunState.FINDING:
            self._start_step(self.index)
        elif self._state is RunState.PRESSING and self.session is not None:
            leaving = self.session  # the run lets go of it as soon as it ends
            while not leaving.is_over:
                leaving.skip_phase()

    def back(self) -> None:
        """Go back: from finding a point to finding the one before; from pressing, to finding it again.

        A step left this way is stopped (what was pressed stays in the history).
        """
        if self._state is RunState.FINDING and self.index > 0:
            self._find(self.index - 1)
        elif self._state is RunState.PRESSING:
            self._drop_session()
            self._find(self.index)

    def stop(self) -> None:
        if self.is_over or self._state is RunState.READY:
            return
        self._drop_session()
        self._state = RunState.STOPPED
        self._emit(RunEnded(False, self.steps_done))

    # --- steps ----------------------------------------------------------------------------------

    def _find(self, index: int) -> None:
        self.index = index
        self._state = RunState.FINDING
        self._finding_ends = self._clock() + self.finding_s
        self._paused_left = None
        self._emit(FindingStarted(index, self.finding_s))

    def _start_step(self, index: int) -> None:
        self.index = index
        session = GuidedSession(self.plans[index], self._clock)
        self.session = session
        self._state = RunState.PRESSING
        self._emit(StepStarted(index, session))  # listeners subscribe to the session before it starts
        session.subscribe(self._on_session_event)
        session.start()

    def _on_session_event(self, event: SessionEvent) -> None:
        if not isinstance(event, Ended) or self.session is None or self._state is not RunState.PRESSING:
            return
        if not event.completed:
            return  # stopped from outside (back or stop), which has already moved the run on
        self.steps_done = max(self.steps_done, self.index + 1)
        self.session = None
        if self.index + 1 < len(self.plans):
            self._find(self.index + 1)
        else:
            self._state = RunState.COMPLETED
            self._emit(RunEnded(True, self.steps_done))

    def _drop_session(self) -> None:
        session, self.session = self.session, None
        if session is not None and not session.is_over:
            session.stop()
