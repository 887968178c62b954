"""One diagram as a scene: the drawing as it is or mirrored, its hotspots, side labels and landmarks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QTransform
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene

from acupressure_desktop.catalog import Catalog, DiagramView, Side
from acupressure_desktop.catalog.channel_drawing import channels_on
from acupressure_desktop.ui.map.channel_layer import ChannelLayer
from acupressure_desktop.ui.map.cluster_marker import ClusterMarker
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.hotspot import Hotspot
from acupressure_desktop.ui.map.landmark_layer import LandmarkLayer
from acupressure_desktop.ui.map.side_label import SideLabel


class DiagramScene(QGraphicsScene):
    """One diagram, drawn as it is or as its mirror image, with its hotspots and side labels.

    A one-side view (the right hand) shows the other side (the left hand) as its mirror image:
    the drawing is flipped, and the other side's points sit at the mirror image of their spots.
    """

    channel_clicked = Signal(str)  # channel code

    def __init__(
        self,
        view_id: str,
        catalog: Catalog,
        library: DiagramLibrary,
        mirrored: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view_id = view_id
        self.mirrored = mirrored
        self._library = library
        self._catalog = catalog
        view = catalog.view(view_id)
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
        if mirrored:
            self.background.setTransform(QTransform.fromScale(-1, 1))
            self.background.setPos(box.right(), box.top())
        else:
            self.background.setPos(box.topLeft())
        self.setSceneRect(box)
        self.map_x: Callable[[float], float] = (lambda x: box.left() + box.right() - x) if mirrored else (lambda x: x)
        self.hotspots: list[Hotspot] = []
        self.clusters: list[ClusterMarker] = []
        # What this view's points are measured from: named first when landmarks are shown.
        self._measured_from = frozenset(
            name.partition(":")[0] for point in catalog.points_on(view_id) for name in point.recipe.names()
        )
        for point in catalog.points_on(view_id):
            # A whole-body overview shows the self-care points only: with every point of the
            # atlas, the trunk would be one crowd. The region views show all of them.
            if view.overview and not point.is_self_care:
                continue
            for placement in point.placements:
                # A midline point is on both the drawing and its mirror image.
                centre = placement.side is Side.CENTER
                if placement.view == view_id and (placement.mirrored == mirrored or centre):
                    shown = placement.model_copy(update={"x": self.map_x(placement.x)}) if mirrored else placement
                    spot = Hotspot(point, shown)
                    self.addItem(spot)
                    self.hotspots.append(spot)
        # Reading order (top to bottom, then left to right) for Tab.
        self.hotspots.sort(key=lambda h: (round(h.pos().y() / 20), h.pos().x()))
        other = "left" if view.shows.value == "right" else "right"
        # The side of the body a one-side view shows; None on a view of both sides.
        self.shown_side: str | None = (other if mirrored else view.shows.value) if view.one_side else None
        self.side_labels = self._add_side_labels(view, box)
        self.landmarks: LandmarkLayer | None = None
        self.channels: ChannelLayer | None = None

    def release_picture(self) -> None:
        """Let go of the drawing rendered for the screen; the next paint renders it again.

        Scenes are kept for quick switching, but each one's rendered drawing is the size of the
        map: kept for every view, they would hold tens of megabytes no one is looking at.
        """
        self.background.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.background.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def _add_side_labels(self, view: DiagramView, box: QRectF) -> list[SideLabel]:
        font, palette = QApplication.font(), QApplication.palette()
        if self.shown_side is not None:
            labels = [SideLabel(self.shown_side, Qt.Corner.TopLeftCorner, font, palette)]
            labels[0].setPos(box.topLeft())
        else:
            on_left = "right" if view.person_right_on == "left" else "left"
            on_right = "left" if on_left == "right" else "right"
            labels = [
                SideLabel(on_left, Qt.Corner.TopLeftCorner, font, palette),
                SideLabel(on_right, Qt.Corner.TopRightCorner, font, palette),
            ]
            labels[0].setPos(box.topLeft())
            labels[1].setPos(box.topRight())
        for label in labels:
            self.addItem(label)
        return labels

    def show_landmarks(self, shown: bool) -> None:
        """Show or hide the landmark names; the first time, read them (``AtlasFileError`` if unreadable)."""
        if shown and self.landmarks is None:
            self.landmarks = LandmarkLayer(
                self._library.geometry(self.view_id),
                self.map_x,
                self.sceneRect().center().x(),
                QApplication.palette(),
                QApplication.font(),
                self._measured_from,
            )
            for item in self.landmarks.items():
                self.addItem(item)
        if self.landmarks is not None:
            self.landmarks.set_visible(shown)

    def show_channels(self, codes: frozenset[str]) -> None:
        """Draw these channels (by code) and hide the others; the first time, work out their lines.

        ``OutlineError`` if the view's outline cannot be read.
        """
        if self.channels is None:
            if not codes:
                return
            view = self._catalog.view(self.view_id)
            drawn = channels_on(self._catalog, self.view_id, self._library.outline(self.view_id))
            # A one-side view's mirror image shows the other side at the mirror image of the drawn one.
            sides = (view.shows.value, "center") if view.one_side else ("left", "right", "center")
            paths = [path for side in sides for path in drawn.get(side, [])]
            self.channels = ChannelLayer(self._catalog.channels, paths, self.map_x, self.channel_clicked.emit)
            for line in self.channels.lines:
                self.addItem(line)
        self.channels.show(codes)
