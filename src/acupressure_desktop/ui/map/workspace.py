"""The working area of the main window: view picker, body map and point panel, plus search."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.browsing import along_channel
from acupressure_desktop.catalog.measuring import Measuring
from acupressure_desktop.catalog.search import PointSearch
from acupressure_desktop.routines import Routine
from acupressure_desktop.safety import not_suggestible, suggestible
from acupressure_desktop.ui.map.body_map import BodyMapView
from acupressure_desktop.ui.map.channel_menu import ChannelMenu
from acupressure_desktop.ui.map.channel_overlay import ChannelMode, ChannelOverlay
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.map_controls import MapControls
from acupressure_desktop.ui.map.measure_bar import MeasureBar
from acupressure_desktop.ui.map.measuring_guide import MeasuringGuide
from acupressure_desktop.ui.map.point_panel import LOCATOR_SIZE, PointPanel
from acupressure_desktop.ui.map.search_box import SearchBox
from acupressure_desktop.ui.map.selection import PointSelection
from acupressure_desktop.ui.map.view_picker import ViewPicker
from acupressure_desktop.ui.practice.window_placement import show_over

if TYPE_CHECKING:
    from acupressure_desktop.practice.requests import MatSessionRequest
    from acupressure_desktop.ui.guidance.cun_guide import CunGuideDialog
    from acupressure_desktop.ui.map.export_dialog import ExportDialog
    from acupressure_desktop.ui.practice.practice_context import PracticeContext
    from acupressure_desktop.ui.practice.practice_dialog import PracticeDialog, PracticeSubject


class Workspace(QSplitter):
    """Builds every catalog-backed widget and wires them to one shared selection."""

    status_message = Signal(str)
    practice_finished = Signal()  # the practice dialog closed
    running_changed = Signal(bool)  # a session, routine or mat session started (True) or ended

    def __init__(
        self,
        catalog: Catalog,
        library: DiagramLibrary,
        practice: PracticeContext,
        measuring: Measuring,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("mainSplitter")
        self.catalog = catalog
        self.library = library
        self.practice = practice
        self.practice_dialog: PracticeDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.cun_guide: CunGuideDialog | None = None
        self.selection = PointSelection(self)
        self.picker = ViewPicker(catalog, library)
        self.body_map = BodyMapView(catalog, library, self.selection)
        self.channels = ChannelOverlay(catalog, self.body_map, self.selection, self)
        self.channel_menu = ChannelMenu(catalog, self.channels, self.walk_channel, self)
        self.map_controls = MapControls(self.body_map, self.channel_menu)
        self.measuring_rules = measuring
        self.measuring = MeasuringGuide(catalog, measuring, library, self.body_map, self.selection, self)
        self.measure_bar = MeasureBar(self.measuring)
        map_area = QWidget()
        map_layout = QVBoxLayout(map_area)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.setSpacing(0)
        map_layout.addWidget(self.map_controls)
        map_layout.addWidget(self.body_map, 1)
        map_layout.addWidget(self.measure_bar)
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
        self.channels.notice.connect(self.status_message)
        self.measuring.notice.connect(self.status_message)
        self.measuring.changed.connect(self._draw_measurement_in_panel)
        self.panel.measure_requested.connect(self.measuring.start)
        self.panel.cun_guide_requested.connect(self.show_cun_guide)
        self.selection.changed.connect(self.picker.mark_point)
        self.selection.changed.connect(self._describe_selection)
        self.search_box.point_chosen.connect(self.selection.select)
        self.panel.symptom_activated.connect(self.search_symptom)
        self.panel.view_requested.connect(self.body_map.show_view)
        self.panel.start_requested.connect(self.start_practice)

        practice.safety.changed.connect(self._apply_safety)
        self._apply_safety()

    def _apply_safety(self) -> None:
        """Cautions that concern the user come first; points to avoid leave the suggestions."""
        conditions = self.practice.safety.conditions
        self.panel.set_conditions(conditions)
        self.search_box.set_not_suggested(not_suggestible(self.catalog, conditions))

    def start_practice(self, subject: str | Routine | MatSessionRequest) -> None:
        """Open the practice dialog for a point (by code), a routine or a mat session; one at a time.

        The safety questions the user's answers call for come first; declining starts nothing.
        """
        if self._already_running():
            return
        approved = self._approve(subject)
        if approved is None:
            return
        what, gentle_only = approved
        # Practice brings pyqtgraph and the practice engine; they load with the first one.
        from acupressure_desktop.ui.practice.practice_dialog import PracticeDialog  # noqa: PLC0415

        dialog = PracticeDialog(what, self.catalog, self.library, self.practice, gentle_only, parent=self.window())
        dialog.finished.connect(self._practice_closed)
        dialog.point_shown.connect(self._follow_point)
        self.practice_dialog = dialog
        self._set_running(True)
        show_over(dialog, self.window())

    def _approve(self, subject: str | Routine | MatSessionRequest) -> tuple[PracticeSubject, bool] | None:
        """What may be practised after the safety questions, and whether only gently; None if declined."""
        safety = self.practice.safety
        if isinstance(subject, str):
            point = self.catalog.point(subject)
            if not point.is_self_care:
                self.status_message.emit(
                    self.tr("{code} is shown for reference; the app offers no session on it.").format(code=point.code)
                )
                return None
            advice = safety.approve_session(self.catalog, point, self.window())
            return None if advice is None else (point, advice.gentle is not None)
        if isinstance(subject, Routine):
            routine = self._routine_for_user(subject)
            if routine is None:
                return None
            points = [self.catalog.point(s.point_code) for s in routine.steps]
            what = self.tr("the routine {name}").format(name=routine.name)
            advice = safety.approve(self.catalog, points, what, self.window())
            return None if advice is None else (routine, advice.gentle is not None)
        if safety.approve_mat(self.catalog, self.window()) is None:
            return None
        return subject, False

    def _routine_for_user(self, routine: Routine) -> Routine | None:
        """The routine without the points the user's safety answers rule out (said so); None if none are left."""
        conditions = self.practice.safety.conditions
        keep = [suggestible(self.catalog, conditions, self.catalog.point(s.point_code)) for s in routine.steps]
        if not any(keep):
            self.status_message.emit(self.tr("None of this routine's points suit your safety answers."))
            return None
        dropped = [s.point_code for s, kept in zip(routine.steps, keep, strict=True) if not kept]
        if dropped:
            steps = tuple(s for s, kept in zip(routine.steps, keep, strict=True) if kept)
            routine = routine.model_copy(update={"steps": steps})
            self.status_message.emit(
                self.tr("Left out because of your safety answers: {codes}").format(codes=", ".join(dropped))
            )
        return routine

    def _already_running(self) -> bool:
        """Only one practice at a time: bring the running one forward instead."""
        if self.practice_dialog is None:
            return False
        self.practice_dialog.raise_()
        self.practice_dialog.activateWindow()
        self.status_message.emit(self.tr("A session is already running."))
        return True

    def _follow_point(self, code: str) -> None:
        """The body map and panel show the point being practised or found."""
        point = self.catalog.point(code)
        if self.body_map.view_id not in point.views():
            self.body_map.show_view(point.views()[0])
        self.selection.select(code)

    def _practice_closed(self) -> None:
        self.practice_dialog = None
        self._set_running(False)
        self.practice_finished.emit()

    def walk_channel(self, step: int) -> None:
        """Select the next (1) or previous (-1) point along the selected point's channel; the map follows."""
        code = self.selection.code
        if not code:
            self.status_message.emit(self.tr("Choose a point first, then walk along its channel."))
            return
        onward = along_channel(self.catalog, code, step)
        if onward is None:
            point = self.catalog.point(code)
            if point.channel == "Extra":
                message = self.tr("{code} is on no channel.")
            elif step > 0:
                message = self.tr("{code} is the last point of its channel.")
            else:
                message = self.tr("{code} is the first point of its channel.")
            self.status_message.emit(message.format(code=code))
            return
        if self.channels.mode is ChannelMode.NONE:
            self.channels.set_mode(ChannelMode.SELECTED)  # walking a channel shows it
        self._follow_point(onward)

    def _draw_measurement_in_panel(self) -> None:
        picture = self.measuring.picture(LOCATOR_SIZE)
        self.panel.show_locator(picture)

    def show_cun_guide(self) -> None:
        """Help › Measuring in Cun, beside the map."""
        from acupressure_desktop.ui.guidance.cun_guide import CunGuideDialog  # noqa: PLC0415

        self.cun_guide = CunGuideDialog(self.catalog, self.measuring_rules, self.library, self.window())
        self.cun_guide.show()

    def export_view(self) -> None:
        """Export or print the view shown, with what it shows now (channels, the measurement)."""
        # Printing support loads with the first export, not at start-up.
        from acupressure_desktop.ui.map.chart_painter import ChartView  # noqa: PLC0415
        from acupressure_desktop.ui.map.export_dialog import ExportDialog  # noqa: PLC0415

        scene = self.body_map.diagram_scene()
        titles = {"left": self.tr("{view} · left side"), "right": self.tr("{view} · right side")}
        title = titles.get(scene.shown_side or "", "{view}").format(view=self.body_map.view_title)
        chart = ChartView(scene.view_id, scene.mirrored, title)
        measurement = (
            self.measuring.steps
            if self.measuring.placement is not None and (self.measuring.placement.view == scene.view_id)
            else []
        )
        self.export_dialog = ExportDialog(
            chart, self.channels.shown_codes(), measurement, self.catalog, self.library, self.window()
        )
        self.export_dialog.open()

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
