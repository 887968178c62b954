"""The working area of the main window: view picker, body map and point panel, plus search."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.search import PointSearch
from acupressure_desktop.safety import not_suggestible, suggestible
from acupressure_desktop.ui.map.body_map import BodyMapView
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.map_controls import MapControls
from acupressure_desktop.ui.map.point_panel import PointPanel
from acupressure_desktop.ui.map.search_box import SearchBox
from acupressure_desktop.ui.map.selection import PointSelection
from acupressure_desktop.ui.map.view_picker import ViewPicker
from acupressure_desktop.ui.practice.window_placement import show_over

if TYPE_CHECKING:
    from acupressure_desktop.practice.requests import MatSessionRequest
    from acupressure_desktop.routines import Routine
    from acupressure_desktop.ui.practice.mat_window import MatWindow
    from acupressure_desktop.ui.practice.practice_context import PracticeContext
    from acupressure_desktop.ui.practice.routine_window import RoutineWindow
    from acupressure_desktop.ui.practice.session_window import SessionWindow


class Workspace(QSplitter):
    """Builds every catalog-backed widget and wires them to one shared selection."""

    status_message = Signal(str)
    practice_finished = Signal()  # a session, routine or mat session window closed
    running_changed = Signal(bool)  # a session, routine or mat session started (True) or ended

    def __init__(
        self,
        catalog: Catalog,
        library: DiagramLibrary,
        practice: PracticeContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("mainSplitter")
        self.catalog = catalog
        self.library = library
        self.practice = practice
        self.session_window: SessionWindow | RoutineWindow | MatWindow | None = None
        self.selection = PointSelection(self)
        self.picker = ViewPicker(catalog, library)
        self.body_map = BodyMapView(catalog, library, self.selection)
        self.map_controls = MapControls(self.body_map)
        map_area = QWidget()
        map_layout = QVBoxLayout(map_area)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.setSpacing(0)
        map_layout.addWidget(self.map_controls)
        map_layout.addWidget(self.body_map, 1)
        self.panel = PointPanel(catalog, library, self.selection)
        self.panel.set_stats(practice.history.sessions.point_stats)
        self.search_box = SearchBox(PointSearch(catalog))
        for widget in (self.picker, map_area, self.panel):
            self.addWidget(widget)
        self.setStretchFactor(1, 3)
        self.setStretchFactor(2, 2)
        self.setCollapsible(1, False)
        self.setSizes([150, 560, 420])

        self.picker.view_chosen.connect(self.body_map.show_view)
        self.body_map.view_changed.connect(self.picker.set_current_view)
        self.body_map.hotspot_focused.connect(self.status_message)
        self.body_map.notice.connect(self.status_message)
        self.selection.changed.connect(self.picker.mark_point)
        self.selection.changed.connect(self._describe_selection)
        self.search_box.point_chosen.connect(self.selection.select)
        self.panel.symptom_activated.connect(self.search_symptom)
        self.panel.view_requested.connect(self.body_map.show_view)
        self.panel.start_requested.connect(self.start_session)

        practice.safety.changed.connect(self._apply_safety)
        self._apply_safety()

    def _apply_safety(self) -> None:
        """Cautions that concern the user come first; points to avoid leave the suggestions."""
        conditions = self.practice.safety.conditions
        self.panel.set_conditions(conditions)
        self.search_box.set_not_suggested(not_suggestible(self.catalog, conditions))

    def start_session(self, code: str) -> None:
        """Open the session window for a point; only one session at a time."""
        if self._already_running():
            return
        point = self.catalog.point(code)
        if not point.is_self_care:
            self.status_message.emit(f"{point.code} is shown for reference; the app offers no session on it.")
            return
        advice = self.practice.safety.approve_session(self.catalog, point, self.window())
        if advice is None:
            return  # the user chose not to start
        # Sessions bring pyqtgraph and the practice engine; they load with the first session.
        from acupressure_desktop.ui.practice.session_window import SessionWindow  # noqa: PLC0415

        window = SessionWindow(point, self.catalog, self.library, self.practice, advice, parent=self.window())
        window.finished.connect(self._session_closed)
        self.session_window = window
        self._set_running(True)
        show_over(window, self.window())

    def _already_running(self) -> bool:
        """Only one session or routine at a time: bring the running one forward instead."""
        if self.session_window is None:
            return False
        self.session_window.raise_()
        self.session_window.activateWindow()
        self.status_message.emit("A session is already running.")
        return True

    def start_routine(self, routine: Routine) -> None:
        """Run a routine; points the user's safety answers rule out are left out, and said so."""
        if self._already_running():
            return
        conditions = self.practice.safety.conditions
        keep = [suggestible(self.catalog, conditions, self.catalog.point(s.point_code)) for s in routine.steps]
        dropped = [s.point_code for s, kept in zip(routine.steps, keep, strict=True) if not kept]
        if all(not k for k in keep):
            self.status_message.emit("None of this routine's points suit your safety answers.")
            return
        if dropped:
            steps = tuple(s for s, kept in zip(routine.steps, keep, strict=True) if kept)
            routine = routine.model_copy(update={"steps": steps})
            self.status_message.emit(f"Left out because of your safety answers: {', '.join(dropped)}")
        points = [self.catalog.point(s.point_code) for s in routine.steps]
        advice = self.practice.safety.approve(self.catalog, points, f"the routine {routine.name}", self.window())
        if advice is None:
            return
        from acupressure_desktop.ui.practice.routine_window import RoutineWindow  # noqa: PLC0415

        window = RoutineWindow(
            routine, self.catalog, self.library, self.practice, advice.gentle is not None, parent=self.window()
        )
        window.finished.connect(self._session_closed)
        window.step_started.connect(self._follow_routine)
        self.session_window = window
        self._set_running(True)
        show_over(window, self.window())

    def start_mat(self, request: MatSessionRequest) -> None:
        """A session on the acupressure mat, after the questions the user's answers call for."""
        if self._already_running():
            return
        if self.practice.safety.approve_mat(self.catalog, self.window()) is None:
            return
        from acupressure_desktop.ui.practice.mat_window import MatWindow  # noqa: PLC0415

        window = MatWindow(
            request.protocol, self.library, self.practice, request.purpose, request.before_rating, parent=self.window()
        )
        window.finished.connect(self._session_closed)
        self.session_window = window
        self._set_running(True)
        show_over(window, self.window())
        window.start()

    def _follow_routine(self, code: str) -> None:
        """The body map and panel show the routine's next point."""
        point = self.catalog.point(code)
        if self.body_map.view_id not in point.views():
            self.body_map.show_view(point.views()[0])
        self.selection.select(code)

    def _session_closed(self) -> None:
        self.session_window = None
        self._set_running(False)
        self.practice_finished.emit()

    def view_ids(self) -> list[str]:
        return self.picker.view_ids()

    def step_view(self, step: int) -> None:
        ids = self.view_ids()
        index = (ids.index(self.body_map.view_id) + step) % len(ids)
        self.body_map.show_view(ids[index])

    def _set_running(self, running: bool) -> None:
        self.panel.set_session_running(running)
        self.running_changed.emit(running)

    def search_symptom(self, symptom_id: str) -> None:
        """The search box lists the points for a complaint."""
        self.search_box.show_query(self.catalog.symptom(symptom_id).name)

    def _describe_selection(self, code: str) -> None:
        if code:
            point = self.catalog.point(code)
            self.status_message.emit(f"{point.code} {point.pinyin} · {point.english}: {point.brief}")
