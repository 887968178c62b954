"""The guided-session window: set up, follow the session, then say how it went."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from acupressure_desktop import APP_NAME
from acupressure_desktop.catalog import Catalog, Point
from acupressure_desktop.history import SessionRecorder
from acupressure_desktop.practice import GuidedSession, PhaseKind, plan_session
from acupressure_desktop.practice.protocols import gentle
from acupressure_desktop.practice.requests import PointSessionRequest
from acupressure_desktop.safety import SessionAdvice
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.practice.practice_context import PracticeContext, ask_to_stop
from acupressure_desktop.ui.practice.session_driver import SessionDriver
from acupressure_desktop.ui.practice.session_link import link_session, play
from acupressure_desktop.ui.practice.session_outcome import SessionOutcome
from acupressure_desktop.ui.practice.session_setup import SessionSetup
from acupressure_desktop.ui.practice.session_view import SessionView
from acupressure_desktop.ui.practice.window_placement import PRACTICE_WINDOW_FLAGS

__all__ = ["PracticeContext", "SessionWindow", "ask_to_stop"]


class SessionWindow(QWidget):
    """One session from start to finish. ``finished`` fires when the window closes."""

    finished = Signal()

    def __init__(
        self,
        point: Point,
        catalog: Catalog,
        library: DiagramLibrary,
        practice: PracticeContext,
        advice: SessionAdvice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, PRACTICE_WINDOW_FLAGS)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.point = point
        self.advice = advice
        self._library = library
        self._practice = practice
        self.confirm_stop: Callable[[QWidget], bool] = ask_to_stop
        self.session: GuidedSession | None = None
        self.driver: SessionDriver | None = None
        self.recorder: SessionRecorder | None = None
        self.view: SessionView | None = None
        self._sound_note_shown = False
        self.setWindowTitle(f"Guided session: {point.code} {point.pinyin} · {APP_NAME}")
        self.resize(860, 620)

        self.setup = SessionSetup(point, catalog, practice.settings)
        self.setup.start_requested.connect(self._start)
        self.outcome = SessionOutcome()
        self.outcome.saved.connect(self._save_outcome)
        self.outcome.skipped.connect(self.close)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.setup)
        self.pages.addWidget(self.outcome)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.pages)

    @property
    def is_running(self) -> bool:
        return self.session is not None and not self.session.is_over

    # --- the session ----------------------------------------------------------------------------

    def _start(self, request: PointSessionRequest) -> None:
        gentle_caution = self.advice.gentle if self.advice is not None else None
        protocol = gentle(request.protocol) if gentle_caution is not None else request.protocol
        purpose, before = request.purpose, request.before_rating
        plan = plan_session(protocol, request.sides, get_ready_s=self._practice.settings.current.get_ready_s)
        session = GuidedSession(plan, self._practice.clock)
        self.session = session
        self.recorder = SessionRecorder(self._practice.history.sessions, session, self.point.code, purpose, before)
        self.driver = SessionDriver(session, self)
        view = SessionView(self.point, plan, self._library)
        self.view = view
        self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)
        link_session(self.driver, view, self._practice, self._on_ended, self.request_stop)
        self.driver.phase_started.connect(self._update_frame_rate)
        view.focus_button.clicked.connect(self.toggle_focus_mode)
        view.pacer_always.toggled.connect(self._update_frame_rate)
        notes = []
        if gentle_caution is not None:
            notes.append("Gentle pressure throughout, because of what you told the safety screen.")
        notes.append(self._practice.sounds.problem_to_tell())
        if not self._practice.history.database.can_write:
            notes.append(self._practice.history.database.notice or "This session is not being saved.")
        notes = [note for note in notes if note]
        view.status_note.setText(" ".join(notes))
        view.status_note.setVisible(bool(notes))
        self.setFocus()
        self.driver.start()

    def _update_frame_rate(self) -> None:
        if self.driver is not None and self.view is not None:
            breathing = self.driver.snapshot().phase.kind is PhaseKind.BREATHE
            self.driver.set_smooth(breathing or self.view.pacer_always.isChecked())

    def _on_ended(self, completed: bool) -> None:
        if completed:
            play(self._practice, "done")
        if self.isFullScreen():
            self.toggle_focus_mode()
        recorder = self.recorder
        assert recorder is not None
        self.outcome.present(recorder.record, recorder.saved)
        self.pages.setCurrentWidget(self.outcome)
        self.outcome.rating.setFocus()

    def _save_outcome(self, rating: int | None, note: str) -> None:
        if self.recorder is not None:
            self.recorder.finish_with(rating, note)
        self.close()

    # --- control --------------------------------------------------------------------------------

    def request_stop(self) -> None:
        if self.is_running and self.driver is not None:
            self.driver.stop_if_confirmed(lambda: self.confirm_stop(self))

    def toggle_focus_mode(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        if self.view is not None:
            self.view.set_big_type(self.isFullScreen())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and self.is_running and self.driver is not None:
            self.driver.toggle_pause()
        elif key == Qt.Key.Key_Escape:
            if self.is_running:
                self.request_stop()
            elif self.isFullScreen():
                self.toggle_focus_mode()
            else:
                self.close()
        elif key == Qt.Key.Key_F11:
            self.toggle_focus_mode()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        if (
            self.is_running
            and self.driver is not None
            and not self.driver.stop_if_confirmed(lambda: self.confirm_stop(self))
        ):
            event.ignore()
            return
        self.finished.emit()
        super().closeEvent(event)
