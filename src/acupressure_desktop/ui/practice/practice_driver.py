"""Runs a practice (a session, a mat session or a routine run) on Qt timers, whatever it is.

Two timers: one to repaint, one set for the exact next event. Neither counts time; they only
wake the runner, which reads the monotonic clock.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from acupressure_desktop.practice import GuidedSession, Snapshot
from acupressure_desktop.practice.events import Cue, PhaseStarted, SessionEvent
from acupressure_desktop.practice.practice_runner import PracticeRunner
from acupressure_desktop.practice.routine_run import FindingStarted, RunEnded, RunEvent, StepStarted
from acupressure_desktop.ui.practice.practice_context import ask_while_paused

FRAME_MS = 33  # about 30 repaints a second: smooth enough for the breathing pacer
CALM_FRAME_MS = 250  # when nothing moves fast: the countdown and the curve's marker


class PracticeDriver(QObject):
    """Turns a runner's events into Qt signals and passes on the user's controls."""

    step_started = Signal(int, object)  # step index, its GuidedSession
    finding_started = Signal(int)  # step index whose point is to be found
    phase_started = Signal(object)  # PhaseStarted
    cue = Signal(str)
    paused_changed = Signal(bool)
    ended = Signal(bool)  # reached the end?
    tick = Signal()

    def __init__(self, runner: PracticeRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        runner.subscribe(self._on_run_event)
        self._frame = QTimer(self)
        self._frame.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame.setInterval(CALM_FRAME_MS)
        self._frame.timeout.connect(self.poll)
        self._due = QTimer(self)
        self._due.setTimerType(Qt.TimerType.PreciseTimer)
        self._due.setSingleShot(True)
        self._due.timeout.connect(self.poll)

    # --- reading --------------------------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self.runner.paused

    @property
    def is_running(self) -> bool:
        return self.runner.is_running

    @property
    def session(self) -> GuidedSession | None:
        return self.runner.session

    def snapshot(self) -> Snapshot | None:
        """The running step's snapshot; None between a routine's points."""
        session = self.runner.session
        return session.snapshot() if session is not None else None

    # --- control --------------------------------------------------------------------------------

    def set_smooth(self, smooth: bool) -> None:
        """Repaint often only while something animates, so a two-minute hold costs almost no CPU."""
        self._frame.setInterval(FRAME_MS if smooth else CALM_FRAME_MS)

    def start(self) -> None:
        self.runner.start()
        self._frame.start()
        self._after_control()

    def toggle_pause(self) -> None:
        if not self.runner.is_running:
            return
        was_paused = self.runner.paused
        self.runner.toggle_pause()
        self._after_control()
        if self.runner.paused != was_paused:
            self.paused_changed.emit(self.runner.paused)

    def next_now(self) -> None:
        """→: the next phase of a session, the next point of a routine."""
        if self.runner.is_running:
            self._resume_for_a_move()
            self.runner.next_now()
            self._after_control()

    def back(self) -> None:
        """←: this phase again, or find this routine point again."""
        if self.runner.is_running:
            self._resume_for_a_move()
            self.runner.back()
            self._after_control()

    def stop(self) -> None:
        self.runner.stop()

    def stop_if_confirmed(self, ask: Callable[[], bool]) -> bool:
        """Ask whether to stop, paused meanwhile; stop if the answer is yes."""
        if not self.runner.is_running:
            return True
        if ask_while_paused(lambda: self.paused, self.toggle_pause, ask):
            self.stop()
            return True
        return False

    def poll(self) -> None:
        """Let the runner catch up with the clock, then repaint."""
        self.runner.update()
        self._after_control()

    # --- inside ---------------------------------------------------------------------------------

    def _resume_for_a_move(self) -> None:
        # Moving on or back is a decision to carry on: the new phase or point starts running.
        if self.runner.paused:
            self.toggle_pause()

    def _after_control(self) -> None:
        due = self.runner.seconds_to_next_event()
        if due is None:
            self._due.stop()
        else:
            # Never early: a timer that fires a hair too soon would find nothing due yet.
            self._due.start(max(0, math.ceil(due * 1000)))
        self.tick.emit()

    def _on_run_event(self, event: RunEvent) -> None:
        if isinstance(event, StepStarted):
            self.step_started.emit(event.index, event.session)
            event.session.subscribe(self._on_session_event)
        elif isinstance(event, FindingStarted):
            self.finding_started.emit(event.index)
        elif isinstance(event, RunEnded):
            self._frame.stop()
            self._due.stop()
            self.ended.emit(event.completed)

    def _on_session_event(self, event: SessionEvent) -> None:
        if isinstance(event, PhaseStarted):
            self.phase_started.emit(event)
        elif isinstance(event, Cue):
            self.cue.emit(event.name)
