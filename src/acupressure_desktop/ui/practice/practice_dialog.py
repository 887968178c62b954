"""One practice from setup to outcome, whatever it is: a point session, a mat session or a routine run.

The dialog is the one shell all three share: its pages (setup, the running view or the pause to
find a routine's next point, the outcome), the same keys, the stop question, focus mode and
closing. What is practised comes in as a point, a routine or a mat request; the setup page turns
it into a typed request; ``runner_for`` makes the runner; the history recorders follow it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from acupressure_desktop import APP_NAME
from acupressure_desktop.catalog import Catalog, Point
from acupressure_desktop.history import SessionRecorder
from acupressure_desktop.history.run_recorder import RunRecorder
from acupressure_desktop.practice import GuidedSession, PhaseKind
from acupressure_desktop.practice.events import PhaseStarted
from acupressure_desktop.practice.practice_runner import PracticeRunner
from acupressure_desktop.practice.protocols import MatProtocol
from acupressure_desktop.practice.requests import (
    MatSessionRequest,
    PointSessionRequest,
    PracticeRequest,
    RoutineRunRequest,
)
from acupressure_desktop.practice.routine_run import RoutineRun
from acupressure_desktop.practice.runners import runner_for
from acupressure_desktop.routines import Routine
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.practice.finding_page import FindingPage
from acupressure_desktop.ui.practice.practice_context import PracticeContext, ask_to_stop
from acupressure_desktop.ui.practice.practice_cues import announce_next_point, connect_cues
from acupressure_desktop.ui.practice.practice_driver import PracticeDriver
from acupressure_desktop.ui.practice.routine_intro import GENTLE_NOTE, RoutineIntro
from acupressure_desktop.ui.practice.session_outcome import SessionOutcome
from acupressure_desktop.ui.practice.session_setup import SessionSetup
from acupressure_desktop.ui.practice.session_view import SessionView
from acupressure_desktop.ui.practice.window_placement import PRACTICE_WINDOW_FLAGS
from acupressure_desktop.ui.shell import key_map as keys

# What can be practised: a point (set up in the dialog), a routine (likewise), or a mat
# session already set up on the mat page.
PracticeSubject: TypeAlias = Point | Routine | MatSessionRequest
POSITION_WORDS = {
    "lie": QT_TRANSLATE_NOOP("PracticeDialog", "lying on your back"),
    "sit": QT_TRANSLATE_NOOP("PracticeDialog", "sitting"),
    "stand": QT_TRANSLATE_NOOP("PracticeDialog", "standing"),
}


def mat_heading(protocol: MatProtocol) -> str:
    layer = (
        QCoreApplication.translate("PracticeDialog", "through a layer of cloth")
        if protocol.surface.value == "layer"
        else QCoreApplication.translate("PracticeDialog", "on bare skin")
    )
    return QCoreApplication.translate(
        "PracticeDialog", "Acupressure mat · {position}, {minutes} min, {surface}"
    ).format(
        position=QCoreApplication.translate("PracticeDialog", POSITION_WORDS[protocol.position.value]),
        minutes=protocol.minutes,
        surface=layer,
    )


def subject_title(subject: PracticeSubject) -> str:
    if isinstance(subject, Point):
        return QCoreApplication.translate("PracticeDialog", "Guided session: {point}").format(
            point=f"{subject.code} {subject.pinyin}"
        )
    if isinstance(subject, Routine):
        return QCoreApplication.translate("PracticeDialog", "Routine: {routine}").format(routine=subject.name)
    return QCoreApplication.translate("PracticeDialog", "Acupressure mat")


class PracticeDialog(QWidget):
    """A practice from start to finish, as a dialog of the main window. ``finished`` fires on close."""

    finished = Signal()
    point_shown = Signal(str)  # the point being practised or found: the body map follows along

    def __init__(
        self,
        subject: PracticeSubject,
        catalog: Catalog,
        library: DiagramLibrary,
        practice: PracticeContext,
        gentle_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, PRACTICE_WINDOW_FLAGS)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.subject = subject
        self._catalog = catalog
        self._library = library
        self._practice = practice
        self._gentle = gentle_only
        self.confirm_stop: Callable[[QWidget], bool] = ask_to_stop
        self.request: PracticeRequest | None = None
        self.points: list[Point | None] = []
        self.driver: PracticeDriver | None = None
        self.recorder: SessionRecorder | RunRecorder | None = None
        self.view: SessionView | None = None
        self.setWindowTitle(f"{subject_title(subject)} · {APP_NAME}")
        self.resize(880, 640)

        self.setup: SessionSetup | RoutineIntro | None = None
        if isinstance(subject, Point):
            self.setup = SessionSetup(subject, catalog, practice.settings)
        elif isinstance(subject, Routine):
            self.setup = RoutineIntro(subject, catalog, library, gentle_only)
        self.finding = FindingPage(library)
        self.outcome = SessionOutcome()
        self.outcome.saved.connect(self._save_outcome)
        self.outcome.skipped.connect(self.close)
        self.pages = QStackedWidget()
        if self.setup is not None:
            self.setup.start_requested.connect(self.begin)
            self.pages.addWidget(self.setup)
        self.pages.addWidget(self.finding)
        self.pages.addWidget(self.outcome)
        self.finding.back_button.clicked.connect(self.back)
        self.finding.pause_button.clicked.connect(self.toggle_pause)
        self.finding.next_button.clicked.connect(self.next_now)
        self.finding.stop_button.clicked.connect(self.request_stop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.pages)
        if isinstance(subject, MatSessionRequest):
            self.begin(subject)  # set up already, on the mat page

    # --- reading --------------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self.driver is not None and self.driver.is_running

    @property
    def runner(self) -> PracticeRunner | None:
        return self.driver.runner if self.driver is not None else None

    @property
    def session(self) -> GuidedSession | None:
        """The guided session running now (None between a routine's points)."""
        return self.driver.session if self.driver is not None else None

    # --- the practice ---------------------------------------------------------------------------

    def begin(self, request: PracticeRequest) -> None:
        """Start what ``request`` asks for; its first step shows at once."""
        if self.driver is not None:
            return
        self.request = request
        self.points = self._points_of(request)
        runner = runner_for(
            request, self._practice.clock, self._practice.settings.current.get_ready_s, gentle_only=self._gentle
        )
        self.recorder = self._recorder_for(request, runner)
        driver = PracticeDriver(runner, self)
        self.driver = driver
        connect_cues(driver, self._practice)
        driver.step_started.connect(self._show_step)
        driver.finding_started.connect(self._show_finding)
        driver.phase_started.connect(self._on_phase_started)
        driver.tick.connect(self._repaint)
        driver.ended.connect(self._on_ended)
        self.setFocus()
        driver.start()

    def _points_of(self, request: PracticeRequest) -> list[Point | None]:
        if isinstance(request, PointSessionRequest):
            return [self._catalog.point(request.point_code)]
        if isinstance(request, RoutineRunRequest):
            return [self._catalog.point(step.point_code) for step in request.steps]
        return [None]

    def _recorder_for(self, request: PracticeRequest, runner: PracticeRunner) -> SessionRecorder | RunRecorder:
        history = self._practice.history
        if isinstance(runner.practice, RoutineRun):
            assert isinstance(request, RoutineRunRequest)
            return RunRecorder(
                history.runs,
                history.sessions,
                runner.practice,
                request.routine_id,
                request.routine_name,
                [step.point_code for step in request.steps],
                request.purpose,
                request.before_rating,
            )
        assert not isinstance(request, RoutineRunRequest)
        code = request.point_code if isinstance(request, PointSessionRequest) else None
        return SessionRecorder(history.sessions, runner.practice, code, request.purpose, request.before_rating)

    def _show_step(self, index: int, session: GuidedSession) -> None:
        """A step's session starts: a fresh view for its point (or the mat) and plan."""
        point = self.points[index]
        heading = mat_heading(self.request.protocol) if isinstance(self.request, MatSessionRequest) else ""
        view = SessionView(point, session.plan, self._library, heading=heading)
        view.back_button.clicked.connect(self.back)
        view.pause_button.clicked.connect(self.toggle_pause)
        view.next_button.clicked.connect(self.next_now)
        view.stop_button.clicked.connect(self.request_stop)
        view.focus_button.clicked.connect(self.toggle_focus_mode)
        view.pacer_always.toggled.connect(self._update_frame_rate)
        if isinstance(self.request, RoutineRunRequest):
            view.next_button.setText(self.tr("Next Point ▶"))
            view.next_button.setToolTip(self.tr("Leave this point and go on to the next (→)"))
        notes = self._notes(index)
        view.status_note.setText(" ".join(notes))
        view.status_note.setVisible(bool(notes))
        view.set_big_type(self.isFullScreen())
        self._replace_view(view)
        self.pages.setCurrentWidget(view)
        if point is not None:
            self.point_shown.emit(point.code)

    def _notes(self, index: int) -> list[str]:
        notes = []
        if isinstance(self.request, RoutineRunRequest):
            notes.append(
                self.tr("Point {number} of {total} · {routine}.").format(
                    number=index + 1, total=len(self.points), routine=self.request.routine_name
                )
            )
        if self._gentle:
            notes.append(QCoreApplication.translate("RoutineIntro", GENTLE_NOTE))
        notes.append(self._practice.sounds.problem_to_tell())
        database = self._practice.history.database
        if not database.can_write:
            notes.append(database.notice or self.tr("This session is not being saved."))
        return [note for note in notes if note]

    def _replace_view(self, view: SessionView | None) -> None:
        if self.view is not None:
            self.pages.removeWidget(self.view)
            self.view.deleteLater()
        self.view = view
        if view is not None:
            self.pages.addWidget(view)

    def _show_finding(self, index: int) -> None:
        point = self.points[index]
        assert point is not None
        self._replace_view(None)
        self.finding.show_step(index + 1, len(self.points), point)
        self.finding.set_big_type(self.isFullScreen())
        self.pages.setCurrentWidget(self.finding)
        self.point_shown.emit(point.code)
        announce_next_point(self._practice, point)
        self._repaint()

    def _on_phase_started(self, event: PhaseStarted) -> None:
        if self.view is not None:
            self.view.on_phase_started(event)
        self._update_frame_rate()

    def _update_frame_rate(self) -> None:
        if self.driver is None:
            return
        snapshot = self.driver.snapshot()
        breathing = snapshot is not None and snapshot.phase.kind is PhaseKind.BREATHE
        self.driver.set_smooth(breathing or (self.view is not None and self.view.pacer_always.isChecked()))

    def _repaint(self) -> None:
        if self.driver is None:
            return
        snapshot = self.driver.snapshot()
        if snapshot is not None and self.view is not None:
            self.view.show_snapshot(snapshot)
        finding_left = self.driver.runner.finding_left
        if finding_left is not None:
            self.finding.show_left(finding_left, self.driver.paused)

    def _on_ended(self, completed: bool) -> None:
        if completed:
            self._practice.sounds.play("done")
        if self.isFullScreen():
            self.toggle_focus_mode()
        recorder = self.recorder
        if isinstance(recorder, RunRecorder):
            points = [p for p in self.points if p is not None]
            steps = {index: step.record for index, step in recorder.steps.items()}
            self.outcome.present_run(recorder.record, points, steps, recorder.saved)
        elif recorder is not None:
            self.outcome.present(recorder.record, recorder.saved, on_mat=isinstance(self.request, MatSessionRequest))
        self.pages.setCurrentWidget(self.outcome)
        self.outcome.rating.setFocus()

    def _save_outcome(self, rating: int | None, note: str) -> None:
        if self.recorder is not None:
            self.recorder.finish_with(rating, note)
        self.close()

    # --- control: the same in every practice ----------------------------------------------------

    def toggle_pause(self) -> None:
        if self.driver is not None:
            self.driver.toggle_pause()

    def next_now(self) -> None:
        if self.driver is not None:
            self.driver.next_now()

    def back(self) -> None:
        if self.driver is not None:
            self.driver.back()

    def request_stop(self) -> None:
        if self.is_running and self.driver is not None:
            self.driver.stop_if_confirmed(lambda: self.confirm_stop(self))

    def toggle_focus_mode(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        big = self.isFullScreen()
        if self.view is not None:
            self.view.set_big_type(big)
        self.finding.set_big_type(big)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        running = self.is_running
        if keys.SESSION_PAUSE.matches(event) and running:
            self.toggle_pause()
        elif keys.SESSION_NEXT.matches(event) and running:
            self.next_now()
        elif keys.SESSION_BACK.matches(event) and running:
            self.back()
        elif keys.SESSION_STOP.matches(event):
            if running:
                self.request_stop()
            elif self.isFullScreen():
                self.toggle_focus_mode()
            else:
                self.close()
        elif keys.SESSION_FOCUS.matches(event):
            self.toggle_focus_mode()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        driver = self.driver
        if driver is not None and driver.is_running and not driver.stop_if_confirmed(lambda: self.confirm_stop(self)):
            event.ignore()
            return
        self.finished.emit()
        super().closeEvent(event)
