"""Runs a routine: one guided session per step, with a short pause to find the next point.

Each step is an ordinary guided session (same engine, view, cues and record); the run itself is
one history entry that its step sessions point at, so a run cut short is kept as far as it got.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop import APP_NAME
from acupressure_desktop.catalog import Catalog
from acupressure_desktop.history import SessionRecorder, SessionStatus
from acupressure_desktop.history.database import local_now
from acupressure_desktop.history.records import RoutineRunRecord
from acupressure_desktop.practice import GuidedSession, PhaseKind, plan_session
from acupressure_desktop.practice.events import PhaseStarted
from acupressure_desktop.practice.protocols import gentle
from acupressure_desktop.routines import TRANSITION_S, Routine
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.point_panel import LOCATOR_SIZE, locator_placement
from acupressure_desktop.ui.practice.practice_context import PracticeContext, ask_to_stop, ask_while_paused
from acupressure_desktop.ui.practice.session_driver import SessionDriver
from acupressure_desktop.ui.practice.session_link import link_session, play
from acupressure_desktop.ui.practice.session_view import SessionView, clock_text
from acupressure_desktop.ui.practice.window_placement import PRACTICE_WINDOW_FLAGS

POLL_MS = 200


class TransitionPage(QWidget):
    """Between steps: where the next point is, and a countdown until it starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_label = QLabel()
        self.step_label.setObjectName("routineStep")
        self.title = QLabel()
        self.title.setObjectName("nextPoint")
        self.title.setWordWrap(True)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel()
        self.countdown.setObjectName("transitionCountdown")
        font = self.countdown.font()
        font.setPointSizeF(max(8.0, font.pointSizeF()) * 2.2)
        font.setBold(True)
        self.countdown.setFont(font)
        self.back_button = QPushButton("◀ &Back")
        self.pause_button = QPushButton("&Pause")
        self.skip_button = QPushButton("&Start Now ▶")
        self.stop_button = QPushButton("S&top…")
        buttons = QHBoxLayout()
        for button in (self.back_button, self.pause_button, self.skip_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        for widget in (self.step_label, self.title, self.where, self.picture, self.countdown):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)


class RoutineWindow(QWidget):
    """A whole routine from the first point to the last. ``finished`` fires when it closes."""

    finished = Signal()
    step_started = Signal(str)  # point code: the body map follows along

    def __init__(
        self,
        routine: Routine,
        catalog: Catalog,
        library: DiagramLibrary,
        practice: PracticeContext,
        gentle_pressure: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, PRACTICE_WINDOW_FLAGS)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.routine = routine
        self._catalog = catalog
        self._library = library
        self._practice = practice
        self._gentle = gentle_pressure
        self._log = practice.history.runs
        self.confirm_stop = ask_to_stop
        self.run: RoutineRunRecord | None = None
        self.index = 0
        self.steps_done = 0
        self.session: GuidedSession | None = None
        self.driver: SessionDriver | None = None
        self.recorder: SessionRecorder | None = None
        self.view: SessionView | None = None
        self._transition_end: float | None = None
        self._paused_left: float | None = None
        self.setWindowTitle(f"Routine: {routine.name} · {APP_NAME}")
        self.resize(860, 640)

        self.pages = QStackedWidget()
        self.intro = self._build_intro()
        self.transition = TransitionPage()
        self.end_page, self.end_text, self.after = self._build_end()
        for page in (self.intro, self.transition, self.end_page):
            self.pages.addWidget(page)
        self.transition.skip_button.clicked.connect(self.start_step_now)
        self.transition.back_button.clicked.connect(self.back)
        self.transition.pause_button.clicked.connect(self.toggle_pause)
        self.transition.stop_button.clicked.connect(self.request_stop)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.pages)

    # --- pages ----------------------------------------------------------------------------------

    def _build_intro(self) -> QWidget:
        page = QWidget()
        steps = "".join(
            f"<li><b>{escape(s.point_code)}</b> {escape(self._catalog.point(s.point_code).pinyin)} · "
            f"{escape(self._catalog.point(s.point_code).english)} ({clock_text(s.duration_s)})</li>"
            for s in self.routine.steps
        )
        summary = QLabel(
            f"<h2>{escape(self.routine.name)}</h2><p>{len(self.routine.steps)} points, about "
            f"{round(self.routine.total_s / 60)} minutes. Each point starts with a few slow breaths; between "
            f"points you have {TRANSITION_S:g} seconds to find the next one.</p><ol>{steps}</ol>"
        )
        summary.setWordWrap(True)
        self.before = QComboBox()
        self.before.addItem("Skip", None)
        for value in range(11):
            self.before.addItem(str(value), value)
        form = QFormLayout()
        form.addRow("How strong is it now (0-10)?", self.before)
        self.start_button = QPushButton("&Start Routine")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        layout = QVBoxLayout(page)
        layout.addWidget(summary)
        if self._gentle:
            layout.addWidget(QLabel("Gentle pressure throughout, because of what you told the safety screen."))
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignRight)
        return page

    def _build_end(self) -> tuple[QWidget, QLabel, QComboBox]:
        page = QWidget()
        text = QLabel()
        text.setObjectName("routineSummary")
        text.setWordWrap(True)
        after = QComboBox()
        after.addItem("Skip", None)
        for value in range(11):
            after.addItem(str(value), value)
        form = QFormLayout()
        form.addRow("How strong is it now (0-10)?", after)
        done = QPushButton("&Done")
        done.clicked.connect(self._save_and_close)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(done, alignment=Qt.AlignmentFlag.AlignRight)
        return page, text, after

    # --- the run --------------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self.run is not None and self.pages.currentWidget() is not self.end_page

    def start(self) -> None:
        run = RoutineRunRecord(
            routine_id=self.routine.id,
            routine_name=self.routine.name,
            purpose=self.routine.purpose,
            started_at=local_now(),
            steps_planned=len(self.routine.steps),
        )
        self.run = run
        self._log.begin(run)
        self._show_transition(0, wait=False)

    def _show_transition(self, index: int, wait: bool = True) -> None:
        """Show where step ``index`` is; it starts when the countdown ends (at once for the first)."""
        self._drop_step()
        self.index = index
        step = self.routine.steps[index]
        point = self._catalog.point(step.point_code)
        page = self.transition
        page.step_label.setText(f"Point {index + 1} of {len(self.routine.steps)}")
        page.title.setText(f"<h2>Next: {escape(point.code)} {escape(point.pinyin)} · {escape(point.english)}</h2>")
        page.where.setText(escape(point.location))
        page.picture.setPixmap(self._library.locator(locator_placement(point), LOCATOR_SIZE))
        page.back_button.setEnabled(index > 0)
        page.pause_button.setText("&Pause")
        self.pages.setCurrentWidget(page)
        self.step_started.emit(point.code)
        # Said as well as shown, so a routine can be followed with eyes closed.
        self._practice.speaker.say(f"Next: {point.english}. {point.brief}")
        self._play("switch_side")
        if not wait:
            self.start_step_now()
            return
        self._transition_end = self._practice.clock() + TRANSITION_S
        self._paused_left = None
        self._timer.start()
        self.poll()

    def poll(self) -> None:
        """Move the countdown on; start the step when it reaches zero."""
        if self._transition_end is None:
            return
        if self._paused_left is not None:
            self.transition.countdown.setText(f"{clock_text(self._paused_left)} (paused)")
            return
        left = self._transition_end - self._practice.clock()
        if left <= 0:
            self.start_step_now()
            return
        self.transition.countdown.setText(clock_text(left))

    def toggle_pause(self) -> None:
        if self._transition_end is None:
            if self.driver is not None:
                self.driver.toggle_pause()
            return
        now = self._practice.clock()
        if self._paused_left is None:
            self._paused_left = max(0.0, self._transition_end - now)
            self.transition.pause_button.setText("&Resume")
        else:
            self._transition_end = now + self._paused_left
            self._paused_left = None
            self.transition.pause_button.setText("&Pause")
        self.poll()

    def back(self) -> None:
        if self.index > 0:
            self._show_transition(self.index - 1)

    def start_step_now(self) -> None:
        """Start the current step's guided session."""
        self._timer.stop()
        self._transition_end = None
        assert self.run is not None
        step = self.routine.steps[self.index]
        point = self._catalog.point(step.point_code)
        protocol = gentle(step.protocol) if self._gentle else step.protocol
        plan = plan_session(protocol, step.side_list(), get_ready_s=self._practice.settings.current.get_ready_s)
        session = GuidedSession(plan, self._practice.clock)
        before = self.before.currentData() if self.index == 0 else None
        self.recorder = SessionRecorder(
            self._practice.history.sessions,
            session,
            point.code,
            self.routine.purpose,
            before,
            routine_run_id=self.run.id,
        )
        self.session = session
        self.driver = SessionDriver(session, self)
        view = SessionView(point, plan, self._library)
        self.view = view
        self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)
        link_session(self.driver, view, self._practice, self._on_step_ended, self.request_stop)
        self.driver.phase_started.connect(self._smooth_while_breathing)
        view.focus_button.setVisible(False)
        gentle_note = " · gentle pressure, as you asked in the safety screen" if self._gentle else ""
        view.status_note.setText(
            f"Point {self.index + 1} of {len(self.routine.steps)} · {self.routine.name}{gentle_note}"
        )
        view.status_note.setVisible(True)
        self.setFocus()
        self.driver.start()

    def _smooth_while_breathing(self, event: PhaseStarted) -> None:
        if self.driver is not None:
            self.driver.set_smooth(event.phase.kind is PhaseKind.BREATHE)

    def _on_step_ended(self, completed: bool) -> None:
        assert self.run is not None
        if not completed:
            self._finish(SessionStatus.STOPPED)
            return
        self.steps_done = max(self.steps_done, self.index + 1)
        self._log.progress(self.run.id, self.steps_done)
        if self.index + 1 < len(self.routine.steps):
            QTimer.singleShot(0, lambda: self._show_transition(self.index + 1))
        else:
            self._play("done")
            self._finish(SessionStatus.COMPLETED)

    def _finish(self, status: SessionStatus) -> None:
        assert self.run is not None
        self._timer.stop()
        self._transition_end = None
        self._log.finish(self.run.id, status, self.steps_done, local_now())
        total = len(self.routine.steps)
        if status is SessionStatus.COMPLETED:
            message = f"<h2>Well done</h2><p>You pressed all {total} points of {escape(self.routine.name)}.</p>"
        else:
            message = (
                f"<h2>Routine stopped</h2><p>You pressed {self.steps_done} of {total} points; "
                "what you did is kept in your history.</p>"
            )
        self.end_text.setText(message)
        self.pages.setCurrentWidget(self.end_page)

    def _drop_step(self) -> None:
        if self.driver is not None:
            self.driver.ended.disconnect(self._on_step_ended)
            if self.session is not None and not self.session.is_over:
                self.driver.stop()
        if self.view is not None:
            self.pages.removeWidget(self.view)
            self.view.deleteLater()
        self.driver = self.session = self.view = None

    def _paused(self) -> bool:
        if self._transition_end is not None:
            return self._paused_left is not None
        return self.driver is not None and self.driver.paused

    def _confirmed_stop(self) -> bool:
        """Ask whether to stop, with the run paused while the user decides."""
        return ask_while_paused(self._paused, self.toggle_pause, lambda: self.confirm_stop(self))

    def request_stop(self) -> None:
        if not self.is_running or not self._confirmed_stop():
            return
        if self.session is not None and not self.session.is_over and self.driver is not None:
            self.driver.stop()  # the step ends, and with it the run
        else:
            self._finish(SessionStatus.STOPPED)

    def _save_and_close(self) -> None:
        if self.recorder is not None and self.after.currentData() is not None:
            self.recorder.finish_with(self.after.currentData(), "")
        self.close()

    def _play(self, cue: str) -> None:
        play(self._practice, cue)

    # --- keys and closing -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and self.is_running:
            self.toggle_pause()
        elif key == Qt.Key.Key_Escape and self.is_running:
            self.request_stop()
        elif key == Qt.Key.Key_Right and self._transition_end is not None:
            self.start_step_now()
        elif key == Qt.Key.Key_Left and self._transition_end is not None:
            self.back()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_running:
            if not self._confirmed_stop():
                event.ignore()
                return
            if self.session is not None and not self.session.is_over and self.driver is not None:
                self.driver.ended.disconnect(self._on_step_ended)
                self.driver.stop()
            self._finish(SessionStatus.STOPPED)
        self._timer.stop()
        self.finished.emit()
        super().closeEvent(event)
