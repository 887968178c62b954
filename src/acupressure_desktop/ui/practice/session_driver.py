"""Runs a GuidedSession on Qt timers: one to repaint, one set for the exact next event."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from acupressure_desktop.practice import GuidedSession, SessionState, Snapshot
from acupressure_desktop.practice.events import Cue, Ended, Paused, PhaseStarted, Resumed, SessionEvent
from acupressure_desktop.ui.practice.practice_context import ask_while_paused

FRAME_MS = 33  # about 30 repaints a second: smooth enough for the breathing pacer
CALM_FRAME_MS = 250  # when nothing moves fast: the countdown and the curve's marker


class SessionDriver(QObject):
    """Turns session events into Qt signals. Timers never count time; they only wake the session."""

    phase_started = Signal(object)  # PhaseStarted
    cue = Signal(str)
    paused_changed = Signal(bool)
    ended = Signal(bool)  # completed?
    tick = Signal(object)  # Snapshot, for repainting

    def __init__(self, session: GuidedSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.subscribe(self._on_event)
        self._frame = QTimer(self)
        self._frame.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self.poll)
        self._due = QTimer(self)
        self._due.setTimerType(Qt.TimerType.PreciseTimer)
        self._due.setSingleShot(True)
        self._due.timeout.connect(self.poll)

    def set_smooth(self, smooth: bool) -> None:
        """Repaint often only while something animates, so a two-minute hold costs almost no CPU."""
        self._frame.setInterval(FRAME_MS if smooth else CALM_FRAME_MS)

    def start(self) -> None:
        self.session.start()
        self._frame.start()
        self._schedule()
        self.tick.emit(self.session.snapshot())

    def toggle_pause(self) -> None:
        self.session.toggle_pause()
        self._schedule()
        self.tick.emit(self.session.snapshot())

    def skip_phase(self) -> None:
        self.session.skip_phase()
        self._schedule()

    def stop(self) -> None:
        self.session.stop()

    @property
    def paused(self) -> bool:
        return self.session.state is SessionState.PAUSED

    def stop_if_confirmed(self, ask: Callable[[], bool]) -> bool:
        """Ask whether to stop, paused meanwhile; stop if the answer is yes."""
        if ask_while_paused(lambda: self.paused, self.toggle_pause, ask):
            self.stop()
            return True
        return False

    def poll(self) -> None:
        """Let the session catch up with the clock, then repaint."""
        self.session.update()
        self._schedule()
        self.tick.emit(self.session.snapshot())

    def snapshot(self) -> Snapshot:
        return self.session.snapshot()

    def _schedule(self) -> None:
        due = self.session.seconds_to_next_event()
        if due is None:
            self._due.stop()
        else:
            # Never early: a timer that fires a hair too soon would find nothing due yet.
            self._due.start(max(0, math.ceil(due * 1000)))

    def _on_event(self, event: SessionEvent) -> None:
        if isinstance(event, PhaseStarted):
            self.phase_started.emit(event)
        elif isinstance(event, Cue):
            self.cue.emit(event.name)
        elif isinstance(event, Paused | Resumed):
            self.paused_changed.emit(isinstance(event, Paused))
        elif isinstance(event, Ended):
            self._frame.stop()
            self._due.stop()
            self.ended.emit(event.completed)
