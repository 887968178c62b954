"""The guided-session state machine. Everything follows from elapsed time on an injected clock."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from acupressure_desktop.practice.events import Cue, Ended, Paused, PhaseStarted, Progress, Resumed, SessionEvent
from acupressure_desktop.practice.phases import Phase, PhaseKind, SessionPlan

Clock = Callable[[], float]
Listener = Callable[[SessionEvent], None]

# How often a running session asks to be saved: a crash then loses less than five seconds.
PROGRESS_EVERY_S = 4.0
# "Back" this soon after a phase began goes to the phase before, as on a music player.
BACK_TO_PREVIOUS_S = 3.0


class SessionState(StrEnum):
    """Where the session is in its life."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    COMPLETED = "completed"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Snapshot:
    """Everything a screen needs to draw the session at one moment."""

    state: SessionState
    elapsed_s: float
    phase_index: int
    phase: Phase
    phase_elapsed_s: float
    phase_remaining_s: float
    total_remaining_s: float
    pressure: float
    breath: float  # 0 (empty lungs) .. 1 (full), following the chosen breathing pace


@dataclass(frozen=True)
class _TimelineEvent:
    at_s: float
    phase_index: int
    cue: str | None  # None for the start of the phase


class GuidedSession:
    """Runs a ``SessionPlan`` against a monotonic clock.

    Nothing counts timer ticks: a driver calls ``update()`` whenever it likes (a repaint timer,
    a timer set for ``seconds_to_next_event()``) and the session emits, in order, every event
    whose time has come. Pauses are subtracted; skipping jumps to the next phase start.
    """

    def __init__(self, plan: SessionPlan, clock: Clock = time.monotonic) -> None:
        self.plan = plan
        self._clock = clock
        self._listeners: list[Listener] = []
        self._state = SessionState.READY
        self._started_at = 0.0
        self._paused_at = 0.0
        self._paused_total = 0.0
        self._jumped = 0.0  # session seconds added by skipping
        self._ended_elapsed = 0.0
        self._skipped: list[tuple[float, float]] = []
        self._repeated: list[tuple[float, float]] = []  # stretches done twice, by going back
        self._timeline = self._build_timeline()
        self._next = 0
        self._next_progress = PROGRESS_EVERY_S
        breathe = next((p for p in plan.phases if p.kind is PhaseKind.BREATHE), None)
        self._breath_origin = breathe.start_s if breathe else 0.0

    def _build_timeline(self) -> list[_TimelineEvent]:
        events = []
        for index, phase in enumerate(self.plan.phases):
            events.append(_TimelineEvent(phase.start_s, index, None))
            events.extend(_TimelineEvent(t, index, name) for t, name in self.plan.cue_times(phase))
        # Phase starts come before cues at the same moment.
        return sorted(events, key=lambda e: (e.at_s, e.cue is not None))

    # --- listening ------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: SessionEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # --- control --------------------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def is_over(self) -> bool:
        return self._state in (SessionState.COMPLETED, SessionState.STOPPED)

    def start(self) -> None:
        if self._state is not SessionState.READY:
            raise RuntimeError(f"cannot start a session that is {self._state.value}")
        self._started_at = self._clock()
        self._state = SessionState.RUNNING
        self.update()

    def pause(self) -> None:
        if self._state is SessionState.RUNNING:
            self.update()
            if self._state is SessionState.RUNNING:
                self._paused_at = self._clock()
                self._state = SessionState.PAUSED
                self._emit(Paused(self.elapsed()))

    def resume(self) -> None:
        if self._state is SessionState.PAUSED:
            self._paused_total += self._clock() - self._paused_at
            self._state = SessionState.RUNNING
            self._emit(Resumed(self.elapsed()))
            self.update()

    def toggle_pause(self) -> None:
        if self._state is SessionState.RUNNING:
            self.pause()
        elif self._state is SessionState.PAUSED:
            self.resume()

    def skip_phase(self) -> None:
        """Jump to the start of the next phase (or the end, from the last one)."""
        if self._state not in (SessionState.RUNNING, SessionState.PAUSED):
            return
        now = self.elapsed()
        index = self.plan.phase_index_at(now)
        target = self.plan.phases[index].end_s
        self._skipped.append((now, target))
        self._jumped += target - now
        # Cues inside the skipped stretch are dropped, not played late.
        while self._next < len(self._timeline) and self._timeline[self._next].at_s < target:
            self._next += 1
        self.update()

    def back(self) -> None:
        """Go back to the start of this phase, or of the one before within its first seconds.

        The time already spent counts as done (it was), and the phase starts again with its cue.
        """
        if self._state not in (SessionState.RUNNING, SessionState.PAUSED):
            return
        now = self.elapsed()
        index = self.plan.phase_index_at(now)
        if now - self.plan.phases[index].start_s < BACK_TO_PREVIOUS_S and index > 0:
            index -= 1
        target = self.plan.phases[index].start_s
        self._repeated.append((target, now))
        self._jumped -= now - target
        # Its start and cues come again, from the phase's own start.
        self._next = next(i for i, e in enumerate(self._timeline) if e.at_s >= target and e.phase_index == index)
        self._next_progress = min(self._next_progress, target + PROGRESS_EVERY_S)
        self.update()

    def stop(self) -> None:
        if self._state in (SessionState.RUNNING, SessionState.PAUSED):
            self._ended_elapsed = self.elapsed()
            self._state = SessionState.STOPPED
            self._emit(Ended(False, self._ended_elapsed))

    # --- time -----------------------------------------------------------------------------------

    def elapsed(self) -> float:
        """Session seconds so far: clock time since start, minus pauses, plus skips."""
        if self._state is SessionState.READY:
            return 0.0
        if self.is_over:
            return self._ended_elapsed
        now = self._paused_at if self._state is SessionState.PAUSED else self._clock()
        return min(self.plan.total_s, now - self._started_at - self._paused_total + self._jumped)

    def update(self) -> None:
        """Emit every event that is due; finish the session when the plan is over."""
        if self._state is not SessionState.RUNNING:
            return
        now = self.elapsed()
        while self._next < len(self._timeline) and self._timeline[self._next].at_s <= now:
            event = self._timeline[self._next]
            self._next += 1
            if event.cue is None:
                self._emit(PhaseStarted(self.plan.phases[event.phase_index], event.phase_index, event.at_s))
            else:
                self._emit(Cue(event.cue, event.at_s))
        if now >= self._next_progress and now < self.plan.total_s:
            self._next_progress = (math.floor(now / PROGRESS_EVERY_S) + 1) * PROGRESS_EVERY_S
            self._emit(Progress(now))
        if now >= self.plan.total_s:
            self._ended_elapsed = self.plan.total_s
            self._state = SessionState.COMPLETED
            self._emit(Ended(True, self.plan.total_s))

    def seconds_to_next_event(self) -> float | None:
        """Real seconds until the next cue, phase or the end; None when nothing is scheduled."""
        if self._state is not SessionState.RUNNING:
            return None
        due = self._timeline[self._next].at_s if self._next < len(self._timeline) else self.plan.total_s
        return max(0.0, min(due, self._next_progress, self.plan.total_s) - self.elapsed())

    # --- reading --------------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        now = self.elapsed()
        index = self.plan.phase_index_at(now)
        phase = self.plan.phases[index]
        return Snapshot(
            state=self._state,
            elapsed_s=now,
            phase_index=index,
            phase=phase,
            phase_elapsed_s=min(phase.duration_s, max(0.0, now - phase.start_s)),
            phase_remaining_s=max(0.0, phase.end_s - now),
            total_remaining_s=max(0.0, self.plan.total_s - now),
            pressure=self.plan.pressure_at(now) if not self.is_over else 0.0,
            breath=self.breath_at(now),
        )

    def breath_at(self, t: float) -> float:
        """Lung fullness for the pacer: a smooth in-breath then out-breath at the chosen pace."""
        period = self.plan.protocol.breathing.seconds_per_breath
        fraction = ((t - self._breath_origin) / period) % 1.0
        return 0.5 - 0.5 * math.cos(2 * math.pi * fraction)

    def phase_seconds(self) -> list[float]:
        """Seconds actually spent in each phase so far (skipped stretches do not count)."""
        now = self.elapsed()
        spent = []
        for phase in self.plan.phases:
            visited = _overlap(phase.start_s, phase.end_s, 0.0, now)
            skipped = sum(_overlap(phase.start_s, phase.end_s, a, b) for a, b in self._skipped)
            again = sum(_overlap(phase.start_s, phase.end_s, a, b) for a, b in self._repeated)
            spent.append(round(max(0.0, visited - skipped + again), 3))
        return spent


def _overlap(a_start: float, a_end: float, b_start: float, b_end: float) -> float:
    return max(0.0, min(a_end, b_end) - max(a_start, b_start))
