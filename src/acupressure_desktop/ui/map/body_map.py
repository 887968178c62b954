"""The body map: a diagram with clickable hotspots, zoom, pan and keyboard travel."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QKeyEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QGestureEvent, QGraphicsItem, QGraphicsScene, QGraphicsView, QPinchGesture, QWidget

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.hotspot import Hotspot
from acupressure_desktop.ui.map.selection import PointSelection

MIN_ZOOM = 1.0
MAX_ZOOM = 8.0
ZOOM_STEP = 1.25
_ARROWS = {
    Qt.Key.Key_Left: (-1.0, 0.0),
    Qt.Key.Key_Right: (1.0, 0.0),
    Qt.Key.Key_Up: (0.0, -1.0),
    Qt.Key.Key_Down: (0.0, 1.0),
}


class DiagramScene(QGraphicsScene):
    """One diagram and its hotspots."""

    def __init__(self, view_id: str, catalog: Catalog, library: DiagramLibrary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view_id = view_id
        # The BSP index files items that ignore transformations under their unscaled size and
        # then misses clicks on them when zoomed in; a few dozen items need no index anyway.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.background = QGraphicsSvgItem()
        self.background.setSharedRenderer(library.renderer(view_id))
        self.background.setZValue(0)
        # Render the drawing once per zoom level, not on every hover or selection repaint.
        self.background.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.addItem(self.background)
        box = library.view_box(view_id)
        self.background.setPos(box.topLeft())
        self.setSceneRect(box)
        self.hotspots: list[Hotspot] = []
        for point in catalog.points_on(view_id):
            for placement in point.placements:
                if placement.view == view_id:
                    spot = Hotspot(point, placement)
                    self.addItem(spot)
                    self.hotspots.append(spot)
        # Reading order (top to bottom, then left to right) for Tab.
        self.hotspots.sort(key=lambda h: (round(h.pos().y() / 20), h.pos().x()))


class BodyMapView(QGraphicsView):
    """Shows one diagram at a time; follows and drives the shared point selection."""

    view_changed = Signal(str)
    zoom_changed = Signal(float)
    hotspot_focused = Signal(str)  # accessible name of the hotspot with keyboard focus

    def __init__(
        self, catalog: Catalog, library: DiagramLibrary, selection: PointSelection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._library = library
        self._selection = selection
        self._scenes: dict[str, DiagramScene] = {}
        self._zoom = 1.0
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        # Panning is by dragging, like a map; scroll bars appearing on zoom would resize the
        # viewport and move the diagram under the pointer.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName("Body map")
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        selection.changed.connect(self._on_selection_changed)

    # --- which diagram -------------------------------------------------------------------------

    @property
    def view_id(self) -> str:
        scene = self.scene()
        return scene.view_id if isinstance(scene, DiagramScene) else ""

    @property
    def zoom(self) -> float:
        return self._zoom

    def diagram_scene(self) -> DiagramScene:
        scene = self.scene()
        assert isinstance(scene, DiagramScene)
        return scene

    def show_view(self, view_id: str) -> None:
        if view_id == self.view_id:
            return
        scene = self._scenes.get(view_id)
        if scene is None:
            # Parented to the view, so scenes go when the view goes (scenes track app palette changes).
            scene = DiagramScene(view_id, self._catalog, self._library, self)
            for spot in scene.hotspots:
                spot.activated.connect(self._selection.select)
            self._scenes[view_id] = scene
        for spot in scene.hotspots:
            spot.set_selected_point(spot.point.code == self._selection.code)
        self.setScene(scene)
        self.setAccessibleDescription(self._catalog.view(view_id).title)
        self.fit()
        self.view_changed.emit(view_id)

    def hotspots(self, code: str | None = None) -> list[Hotspot]:
        """The hotspots on the current diagram, or those of one point."""
        spots = self.diagram_scene().hotspots if self.scene() else []
        return [s for s in spots if code is None or s.point.code == code]

    def _on_selection_changed(self, code: str) -> None:
        if code and code not in {s.point.code for s in self.hotspots()}:
            views = self._catalog.point(code).views()
            if views:
                self.show_view(views[0])
        for spot in self.hotspots():
            spot.set_selected_point(spot.point.code == code)
        if code and self._zoom > MIN_ZOOM:
            self.centerOn(self.hotspots(code)[0])

    # --- zoom and pan ---------------------------------------------------------------------------

    def fit(self) -> None:
        """Show the whole diagram (zoom 1x)."""
        self._zoom = MIN_ZOOM
        self.resetTransform()
        self.fitInView(self._padded_scene_rect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self._zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``zoom`` times the fitted size, keeping ``anchor`` (viewport pixels) or the centre still."""
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        if math.isclose(zoom, self._zoom):
            return
        if zoom == MIN_ZOOM:
            self.fit()
            return
        centre = QPointF(self.viewport().rect().center())
        fixed = anchor if anchor is not None else centre
        scene_point = self.mapToScene(fixed.toPoint())
        factor = zoom / self._zoom
        self.scale(factor, factor)
        # Centre the view so the scene point that was under the anchor is under it again.
        scale = self.transform().m11()
        self.centerOn(scene_point + (centre - fixed) / scale)
        self._zoom = zoom
        self.zoom_changed.emit(zoom)

    def _padded_scene_rect(self) -> QRectF:
        rect = self.sceneRect()
        margin = max(rect.width(), rect.height()) * 0.02
        return rect.adjusted(-margin, -margin, margin, margin)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The viewport fills the view (no frame, no scroll bars), so the old size says where
        # its centre was before Qt starts moving things.
        old = event.oldSize()
        centre = self.mapToScene(old.width() // 2, old.height() // 2) if old.isValid() else None
        super().resizeEvent(event)
        if self.scene() is None:
            return
        zoom = self._zoom
        self.fit()
        if zoom > MIN_ZOOM:
            self.set_zoom(zoom)
            if centre is not None:
                self.centerOn(centre)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self._zoom * ZOOM_STEP**steps, anchor=event.position())
            event.accept()
        else:
            super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.set_zoom(
                    self._zoom * pinch.scaleFactor(),
                    anchor=self.viewport().mapFromGlobal(pinch.centerPoint().toPoint()).toPointF(),
                )
                return True
        if (
            event.type() == QEvent.Type.NativeGesture
            and isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.set_zoom(self._zoom * (1 + event.value()), anchor=event.position())
            return True
        return super().viewportEvent(event)

    # --- keyboard -------------------------------------------------------------------------------

    def focused_hotspot(self) -> Hotspot | None:
        item = self.scene().focusItem() if self.scene() else None
        return item if isinstance(item, Hotspot) else None

    def focus_hotspot(self, spot: Hotspot) -> None:
        spot.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureVisible(spot, 40, 40)
        self.setAccessibleName(f"Body map: {spot.accessible_name}")
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        self.hotspot_focused.emit(spot.accessible_name)

    def focusNextPrevChild(self, next: bool) -> bool:
        spots = self.hotspots()
        current = self.focused_hotspot()
        if self.hasFocus() and spots:
            if current is None:
                self.focus_hotspot(spots[0] if next else spots[-1])
                return True
            index = spots.index(current) + (1 if next else -1)
            if 0 <= index < len(spots):
                self.focus_hotspot(spots[index])
                return True
        # Past the last hotspot, Tab leaves the map like any other widget.
        return QWidget.focusNextPrevChild(self, next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Only keyboard arrivals pick a hotspot: scrolling one into view under a clicking mouse
        # would move the diagram away from the click.
        keyboard = event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if keyboard and self.focused_hotspot() is None and self.hotspots():
            selected = self.hotspots(self._selection.code) if self._selection.code else []
            self.focus_hotspot(selected[0] if selected else self.hotspots()[0])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        current = self.focused_hotspot()
        if key in _ARROWS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            spots = self.hotspots()
            target = self._neighbour(current, *_ARROWS[key]) if current else (spots[0] if spots else None)
            if target is not None:
                self.focus_hotspot(target)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and current is not None:
            self._selection.select(current.point.code)
            event.accept()
            return
        super().keyPressEvent(event)

    def _neighbour(self, origin: Hotspot, dx: float, dy: float) -> Hotspot | None:
        """The nearest hotspot roughly in the direction (dx, dy) on screen."""
        start = self.mapFromScene(origin.pos())
        best: tuple[float, Hotspot] | None = None
        for spot in self.hotspots():
            if spot is origin:
                continue
            p = self.mapFromScene(spot.pos())
            vx, vy = p.x() - start.x(), p.y() - start.y()
            along = vx * dx + vy * dy
            if along <= 0:
                continue
            across = abs(vx * dy - vy * dx)
            cost = along + 2.5 * across  # prefer points straight ahead over ones off to the side
            if best is None or cost < best[0]:
                best = (cost, spot)
        return best[1] if best else None
