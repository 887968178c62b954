"""The body map: a diagram with clickable hotspots, zoom, pan and keyboard travel."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt, Signal
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
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsItem,
    QGraphicsView,
    QMenu,
    QPinchGesture,
    QWidget,
)

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.atlas.atlas_files import AtlasFileError
from acupressure_desktop.ui.map.cluster_marker import ClusterMarker
from acupressure_desktop.ui.map.clustering import close_groups
from acupressure_desktop.ui.map.diagram_scene import DiagramScene
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.hotspot import HIT_RADIUS, Hotspot
from acupressure_desktop.ui.map.hotspot import RADIUS as HOTSPOT_RADIUS
from acupressure_desktop.ui.map.selection import PointSelection
from acupressure_desktop.ui.shell import key_map as keys

# Hotspots nearer than this on screen cannot be told apart by a click: they show as one marker.
CLUSTER_DISTANCE = 2 * HIT_RADIUS
MIN_ZOOM = 1.0
MAX_ZOOM = 8.0
ZOOM_STEP = 1.25
_ARROWS = {
    Qt.Key.Key_Left: (-1.0, 0.0),
    Qt.Key.Key_Right: (1.0, 0.0),
    Qt.Key.Key_Up: (0.0, -1.0),
    Qt.Key.Key_Down: (0.0, 1.0),
}


class BodyMapView(QGraphicsView):
    """Shows one diagram at a time; follows and drives the shared point selection."""

    view_changed = Signal(str)
    zoom_changed = Signal(float)
    hotspot_focused = Signal(str)  # accessible name of the hotspot with keyboard focus
    side_changed = Signal(str)  # "left", "right", or "" on a view of both sides
    landmarks_toggled = Signal(bool)
    notice = Signal(str)  # something the user should read in the status bar

    def __init__(
        self, catalog: Catalog, library: DiagramLibrary, selection: PointSelection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._library = library
        self._selection = selection
        self._scenes: dict[tuple[str, bool], DiagramScene] = {}
        self._zoom = 1.0
        # One-side views show this side of the body (the other side is the drawing's mirror).
        self._wanted_side = "right"
        self._landmarks_shown = False
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
        self.setAccessibleName(self.tr("Body map"))
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        selection.changed.connect(self._on_selection_changed)
        # Replaceable, like a file dialog: a menu of the crowded points, returning the chosen code.
        self.choose_point: Callable[[list[Hotspot], QPoint], str | None] = choose_from_menu

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

    @property
    def shown_side(self) -> str:
        """The side a one-side view shows now ("left" or "right"); "" on a view of both sides."""
        return (self.diagram_scene().shown_side or "") if self.scene() else ""

    @property
    def view_title(self) -> str:
        return self._catalog.view(self.view_id).title if self.scene() else ""

    @property
    def is_overview(self) -> bool:
        """Whether the current view is a whole-body overview (which shows the self-care points only)."""
        return self._catalog.view(self.view_id).overview if self.scene() else False

    @property
    def landmarks_shown(self) -> bool:
        return self._landmarks_shown

    def show_view(self, view_id: str) -> None:
        view = self._catalog.view(view_id)
        mirrored = view.one_side and view.shows.value != self._wanted_side
        current = self.scene()
        if isinstance(current, DiagramScene) and (current.view_id, current.mirrored) == (view_id, mirrored):
            return
        scene = self._scenes.get((view_id, mirrored))
        if scene is None:
            # Parented to the view, so scenes go when the view goes (scenes track app palette changes).
            scene = DiagramScene(view_id, self._catalog, self._library, mirrored, self)
            for spot in scene.hotspots:
                spot.activated.connect(self._selection.select)
            self._scenes[(view_id, mirrored)] = scene
        for spot in scene.hotspots:
            spot.set_selected_point(spot.point.code == self._selection.code)
        side_before = self.shown_side
        if isinstance(current, DiagramScene):
            current.release_picture()
        self.setScene(scene)
        self._apply_landmarks()
        described = {"left": self.tr("{view}, left side"), "right": self.tr("{view}, right side")}
        self.setAccessibleDescription(described.get(scene.shown_side or "", "{view}").format(view=view.title))
        self.fit()
        self.view_changed.emit(view_id)
        if self.shown_side != side_before:
            self.side_changed.emit(self.shown_side)

    def show_side(self, side: str) -> None:
        """Show one-side views (a hand, a leg) as the body's ``side``: "left" or "right"."""
        if side not in ("left", "right"):
            raise ValueError(f"no side {side!r}")
        self._wanted_side = side
        if self.scene() is not None:
            self.show_view(self.view_id)

    def show_landmarks(self, shown: bool) -> None:
        """Name the landmarks each view draws (the cubital crease, the medial malleolus...)."""
        if shown == self._landmarks_shown:
            return
        self._landmarks_shown = shown
        self._apply_landmarks()
        self.landmarks_toggled.emit(shown)

    def _apply_landmarks(self) -> None:
        if self.scene() is None:
            return
        scene = self.diagram_scene()
        try:
            scene.show_landmarks(self._landmarks_shown)
        except AtlasFileError as error:
            self.notice.emit(self.tr("The landmarks of this view cannot be shown: {error}").format(error=error))
            return
        self._declutter()

    def _declutter(self) -> None:
        scene = self.diagram_scene()
        if scene.landmarks is not None and self._landmarks_shown:

            def on_screen(item: QGraphicsItem) -> QRectF:
                return item.boundingRect().translated(QPointF(self.mapFromScene(item.pos())))

            # Points are drawn above the names, so a name may pass under one; on a crowded belly,
            # keeping clear of every point would leave no name at all. The chosen point and the
            # numbered crowd markers, which carry text of their own, stay clear.
            dot = QRectF(-HOTSPOT_RADIUS, -HOTSPOT_RADIUS, 2 * HOTSPOT_RADIUS, 2 * HOTSPOT_RADIUS)
            chosen = [s for s in scene.hotspots if s.isVisible() and s.is_selected_point]
            clear = [dot.translated(QPointF(self.mapFromScene(s.pos()))) for s in chosen]
            clear += [on_screen(marker) for marker in scene.clusters]
            scene.landmarks.declutter(on_screen, QRectF(self.viewport().rect()), clear)

    def hotspots(self, code: str | None = None) -> list[Hotspot]:
        """The hotspots on the current diagram, or those of one point."""
        spots = self.diagram_scene().hotspots if self.scene() else []
        return [s for s in spots if code is None or s.point.code == code]

    def _on_selection_changed(self, code: str) -> None:
        if code and code not in {s.point.code for s in self.hotspots()}:
            views = self._catalog.point(code).views()
            if views:
                self.show_view(views[0])
        changed = set()
        for spot in self.hotspots():
            if spot.is_selected_point != (spot.point.code == code):
                spot.set_selected_point(not spot.is_selected_point)
                changed.add(spot)
        # Only a crowd that gains or loses the chosen point changes colour; repainting every crowd
        # on a busy view would cost each click a whole-view repaint.
        for marker in self.clusters():
            if changed.intersection(marker.members):
                marker.update()
        if code and self._zoom > MIN_ZOOM:
            self.centerOn(self.hotspots(code)[0])

    # --- zoom and pan ---------------------------------------------------------------------------

    def fit(self) -> None:
        """Show the whole diagram (zoom 1x)."""
        self._zoom = MIN_ZOOM
        self.resetTransform()
        self.fitInView(self._padded_scene_rect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._regroup()
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
        self._regroup()
        self.zoom_changed.emit(zoom)

    # --- crowded points ---------------------------------------------------------------------------

    def clusters(self) -> list[ClusterMarker]:
        """The markers standing for crowds of points at the current zoom."""
        return list(self.diagram_scene().clusters) if self.scene() else []

    def _regroup(self) -> None:
        """Points too close to click apart at this zoom show as one marker; zooming in separates them."""
        if self.scene() is None:
            return
        scene = self.diagram_scene()
        spots = scene.hotspots
        on_screen = [self.mapFromScene(spot.pos()) for spot in spots]
        wanted = {tuple(sorted(g)) for g in close_groups([(p.x(), p.y()) for p in on_screen], CLUSTER_DISTANCE)}
        # A zoom step changes few crowds: those that stay keep their markers.
        position = {id(spot): i for i, spot in enumerate(spots)}
        kept = {tuple(sorted(position[id(m)] for m in marker.members)): marker for marker in scene.clusters}
        for key, marker in kept.items():
            if key not in wanted:
                scene.removeItem(marker)
                marker.deleteLater()
        scene.clusters = []
        crowded: set[int] = set()
        for key in sorted(wanted):
            crowd = kept.get(key)
            if crowd is None:
                crowd = ClusterMarker([spots[i] for i in key])
                crowd.choose_requested.connect(self._choose)
                scene.addItem(crowd)
            scene.clusters.append(crowd)
            crowded.update(key)
        for index, spot in enumerate(spots):
            spot.setVisible(index not in crowded)
        self._declutter()

    def _choose(self, marker: ClusterMarker) -> None:
        if len(marker.points) == 1:
            self._selection.select(marker.points[0].code)
            return
        at = self.viewport().mapToGlobal(self.mapFromScene(marker.pos()))
        code = self.choose_point(marker.members, at)
        if code:
            self._selection.select(code)

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

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        # Panning moves labels to the edge of the map or back: place them again.
        if self._landmarks_shown and self.scene() is not None:
            self._declutter()

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

    def focused_hotspot(self) -> Hotspot | ClusterMarker | None:
        item = self.scene().focusItem() if self.scene() else None
        return item if isinstance(item, Hotspot | ClusterMarker) else None

    def navigable(self) -> list[Hotspot | ClusterMarker]:
        """What Tab and the arrow keys move between: the points that show, and the crowd markers."""
        items: list[Hotspot | ClusterMarker] = [s for s in self.hotspots() if s.isVisible()]
        items += self.clusters()
        # Reading order (top to bottom, then left to right).
        return sorted(items, key=lambda item: (round(item.pos().y() / 20), item.pos().x()))

    def focus_hotspot(self, spot: Hotspot | ClusterMarker) -> None:
        spot.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureVisible(spot, 40, 40)
        self.setAccessibleName(self.tr("Body map: {point}").format(point=spot.accessible_name))
        self.setAccessibleDescription(spot.accessible_description)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))
        self.hotspot_focused.emit(spot.accessible_name)

    def focusNextPrevChild(self, next: bool) -> bool:
        spots = self.navigable()
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
        spots = self.navigable()
        if keyboard and self.focused_hotspot() is None and spots:
            selected = [s for s in spots if isinstance(s, Hotspot) and s.point.code == self._selection.code]
            self.focus_hotspot(selected[0] if selected else spots[0])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        current = self.focused_hotspot()
        if keys.MAP_MOVE.matches(event):
            spots = self.navigable()
            target = self._neighbour(current, *_ARROWS[key]) if current else (spots[0] if spots else None)
            if target is not None:
                self.focus_hotspot(target)
            event.accept()
            return
        if keys.MAP_OPEN.matches(event) and current is not None:
            if isinstance(current, ClusterMarker):
                self._choose(current)
            else:
                self._selection.select(current.point.code)
            event.accept()
            return
        super().keyPressEvent(event)

    def _neighbour(self, origin: Hotspot | ClusterMarker, dx: float, dy: float) -> Hotspot | ClusterMarker | None:
        """The nearest hotspot or marker roughly in the direction (dx, dy) on screen."""
        start = self.mapFromScene(origin.pos())
        best: tuple[float, Hotspot | ClusterMarker] | None = None
        for spot in self.navigable():
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


def choose_from_menu(members: list[Hotspot], at: QPoint) -> str | None:
    """A menu of the crowded points at ``at`` (screen coordinates); the chosen point's code."""
    menu = QMenu()
    listed: set[tuple[str, str]] = set()
    for spot in members:
        # The spots of one point of several (Baxie's four) are one choice, not four.
        if (spot.point.code, spot.placement.side.value) in listed:
            continue
        listed.add((spot.point.code, spot.placement.side.value))
        sided = {
            "left": QCoreApplication.translate("BodyMapView", "{point} (left)"),
            "right": QCoreApplication.translate("BodyMapView", "{point} (right)"),
        }
        name = f"{spot.point.code}  {spot.point.pinyin} · {spot.point.english}"
        action = menu.addAction(sided.get(spot.placement.side.value, "{point}").format(point=name))
        action.setData(spot.point.code)
    chosen = menu.exec(at)
    return chosen.data() if chosen is not None else None
