"""A timed session on an acupressure mat: settle in, rest, get up slowly, then say how it went."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from acupressure_desktop import APP_NAME
from acupressure_desktop.history import SessionRecorder
from acupressure_desktop.practice import GuidedSession, PhaseKind, plan_session
from acupressure_desktop.practice.events import PhaseStarted
from acupressure_desktop.practice.protocols import MatProtocol
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.practice.practice_context import PracticeContext, ask_to_stop
from acupressure_desktop.ui.practice.session_driver import SessionDriver
from acupressure_desktop.ui.practice.session_link import link_session, play
from acupressure_desktop.ui.practice.session_outcome import SessionOutcome
from acupressure_desktop.ui.practice.session_view import SessionView
from acupressure_desktop.ui.practice.window_placement import PRACTICE_WINDOW_FLAGS

POSITION_WORDS = {"lie": "lying on your back", "sit": "sitting", "stand": "standing"}


def mat_heading(protocol: MatProtocol) -> str:
    layer = "through a layer of cloth" if protocol.surface.value == "layer" else "on bare skin"
    return f"Acupressure mat · {POSITION_WORDS[protocol.position.value]}, {protocol.minutes} min, {layer}"


class MatWindow(QWidget):
    """Runs one mat session on the same engine, cues and record as a point session."""

    finished = Signal()

    def __init__(
        self,
        protocol: MatProtocol,
        library: DiagramLibrary,
        practice: PracticeContext,
        purpose: str | None = None,
        before: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, PRACTICE_WINDOW_FLAGS)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(f"Acupressure mat · {APP_NAME}")
        self.resize(860, 600)
        self._practice = practice
        self.confirm_stop = ask_to_stop
        plan = plan_session(protocol, ("center",), get_ready_s=self._practice.settings.current.get_ready_s)
        self.session = GuidedSession(plan, practice.clock)
        self.recorder = SessionRecorder(practice.history.sessions, self.session, None, purpose, before)
        self.driver = SessionDriver(self.session, self)
        self.view = SessionView(None, plan, library, heading=mat_heading(protocol))
        self.view.skip_button.setVisible(False)
        self.outcome = SessionOutcome()
        self.outcome.saved.connect(self._save_outcome)
        self.outcome.skipped.connect(self.close)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.outcome)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.pages)
        link_session(self.driver, self.view, practice, self._on_ended, self.request_stop)
        self.driver.phase_started.connect(self._smooth_while_breathing)
        self.view.focus_button.clicked.connect(self.toggle_focus_mode)

    @property
    def is_running(self) -> bool:
        return not self.session.is_over and self.session.state.value != "ready"

    def start(self) -> None:
        self.setFocus()
        self.driver.start()

    def _smooth_while_breathing(self, event: PhaseStarted) -> None:
        self.driver.set_smooth(event.phase.kind is PhaseKind.BREATHE)

    def _on_ended(self, completed: bool) -> None:
        if completed:
            play(self._practice, "done")
        if self.isFullScreen():
            self.toggle_focus_mode()
        self.outcome.present(self.recorder.record, self.recorder.saved, doing="stayed on the mat")
        self.pages.setCurrentWidget(self.outcome)

    def _save_outcome(self, rating: int | None, note: str) -> None:
        self.recorder.finish_with(rating, note)
        self.close()

    def request_stop(self) -> None:
        if self.is_running:
            self.driver.stop_if_confirmed(lambda: self.confirm_stop(self))

    def toggle_focus_mode(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()
        self.view.set_big_type(self.isFullScreen())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.is_running:
            self.driver.toggle_pause()
        elif event.key() == Qt.Key.Key_Escape and self.is_running:
            self.request_stop()
        elif event.key() == Qt.Key.Key_F11:
            self.toggle_focus_mode()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_running and not self.driver.stop_if_confirmed(lambda: self.confirm_stop(self)):
            event.ignore()
            return
        self.finished.emit()
        super().closeEvent(event)
