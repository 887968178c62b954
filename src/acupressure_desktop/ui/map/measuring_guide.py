"""Show how to measure the selected point, step by step, on the body map and in the panel's picture."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QRectF, QSize, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from acupressure_desktop.catalog import Catalog, Placement, Point
from acupressure_desktop.catalog.atlas.atlas_files import AtlasFileError
from acupressure_desktop.catalog.atlas.resolver import UnresolvableError
from acupressure_desktop.catalog.measuring import Measuring, MeasuringStep
from acupressure_desktop.ui.map.body_map import BodyMapView
from acupressure_desktop.ui.map.diagram_scene import DiagramScene
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.measurement_drawing import measurement_bounds, paint_measurement
from acupressure_desktop.ui.map.selection import PointSelection

Z_VALUE = 2.5  # above the points (the measurement is what the user is looking at), below crowd markers
MARGIN = 480.0  # diagram units round the measurement: room for its labels at any zoom


class MeasurementItem(QGraphicsItem):
    """The measurement on the body map, drawn up to ``shown`` steps."""

    def __init__(self, steps: Sequence[MeasuringStep], map_x: Callable[[float], float]) -> None:
        super().__init__()
        self._steps = steps
        self._map_x = map_x
        self.shown = 1
        bounds = measurement_bounds(steps)
        left, right = sorted((map_x(bounds.left()), map_x(bounds.right())))
        self._bounds = QRectF(left, bounds.top(), right - left, bounds.height()).adjusted(
            -MARGIN, -MARGIN, MARGIN, MARGIN
        )
        self.setZValue(Z_VALUE)
        self.setAcceptedMouseButtons(self.acceptedMouseButtons().NoButton)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def show_steps(self, shown: int) -> None:
        self.shown = shown
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        pixel = 1.0 / max(1e-6, abs(painter.worldTransform().m11()))
        paint_measurement(painter, self._steps, self.shown, pixel, self._map_x)


class MeasuringGuide(QObject):
    """Which point is being measured, on which placement, and how many steps are shown.

    ``changed`` fires on every step; ``active`` says whether a measurement is shown at all.
    """

    changed = Signal()
    notice = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        measuring: Measuring,
        library: DiagramLibrary,
        body_map: BodyMapView,
        selection: PointSelection,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._measuring = measuring
        self._library = library
        self._map = body_map
        self.point: Point | None = None
        self.placement: Placement | None = None
        self.steps: list[MeasuringStep] = []
        self.shown = 0
        self._item: MeasurementItem | None = None
        selection.changed.connect(lambda _code: self.stop())
        body_map.view_changed.connect(self._on_view_changed)

    @property
    def active(self) -> bool:
        return bool(self.steps)

    @property
    def words(self) -> str:
        """What to do at the step shown now."""
        return self.steps[self.shown - 1].words if self.active else ""

    def start(self, code: str) -> None:
        """Measure ``code`` on the view shown (or the point's own first view), from its first step."""
        point = self._catalog.point(code)
        # A region view (the leg, the hand) shows the measure large enough to follow; the whole
        # body is only the last resort. Placements come closest view first.
        close = [v for v in point.views() if not self._catalog.view(v).overview]
        if self._map.view_id not in close:
            self._map.show_view(close[0] if close else point.views()[0])
        placement = self._placement_on_view(point)
        try:
            steps = self._measuring.steps(point, placement)
        except (AtlasFileError, UnresolvableError) as error:
            self.notice.emit(self.tr("How to measure {code} cannot be shown: {error}").format(code=code, error=error))
            return
        self._clear_item()
        self.point, self.placement, self.steps = point, placement, steps
        scene = self._map.diagram_scene()
        self._item = MeasurementItem(steps, scene.map_x)
        scene.addItem(self._item)
        self._zoom_to(self._item.boundingRect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        self.show_step(1)

    def show_step(self, shown: int) -> None:
        if not self.active:
            return
        self.shown = max(1, min(shown, len(self.steps)))
        if self._item is not None:
            self._item.show_steps(self.shown)
        self.changed.emit()

    def next(self) -> None:
        self.show_step(self.shown + 1)

    def back(self) -> None:
        self.show_step(self.shown - 1)

    def show_all(self) -> None:
        self.show_step(len(self.steps))

    def stop(self) -> None:
        if not self.active:
            return
        self._clear_item()
        self.point, self.placement, self.steps, self.shown = None, None, [], 0
        self.changed.emit()

    def picture(self, size: QSize) -> QPixmap | None:
        """The panel's close-up with the measurement drawn as far as it is shown; None when inactive."""
        if self.placement is None:
            return None
        return self._library.measured_locator(
            self.placement,
            size,
            lambda painter, pixel: paint_measurement(painter, self.steps, self.shown, pixel),
            measurement_bounds(self.steps),
        )

    def _zoom_to(self, area: QRectF) -> None:
        """Zoom so the measurement fills about a third of the map, its middle in the middle."""
        self._map.fit()
        fitted = abs(self._map.transform().m11())
        room = self._map.viewport().size()
        wanted = 0.35 * min(room.width() / max(area.width(), 1.0), room.height() / max(area.height(), 1.0))
        self._map.set_zoom(wanted / fitted)
        self._map.centerOn(area.center())

    def _placement_on_view(self, point: Point) -> Placement:
        """The drawn side's placement on the view shown (the person's right where both show)."""
        on_view = [p for p in point.placements if p.view == self._map.view_id and p.part == 0 and not p.mirrored]
        return next((p for p in on_view if p.side.value == "right"), on_view[0])

    def _on_view_changed(self, _view_id: str) -> None:
        if self._item is not None and self._item.scene() is not self._map.scene():
            self.stop()  # the measurement belongs to the view it was worked out on

    def _clear_item(self) -> None:
        if self._item is not None:
            scene = self._item.scene()
            if isinstance(scene, DiagramScene):
                scene.removeItem(self._item)
            self._item = None
