"""Shared SVG renderers for the body diagrams, and pictures made from them."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer

from acupressure_desktop.catalog import Catalog, Placement
from acupressure_desktop.catalog.atlas.atlas_files import read_landmark_file
from acupressure_desktop.catalog.atlas.geometry import ViewGeometry
from acupressure_desktop.catalog.outline import Outline, read_outline


class DiagramLibrary:
    """Loads each diagram once and draws thumbnails and locator pictures from it."""

    def __init__(self, catalog: Catalog, diagram_dir: Path) -> None:
        self._catalog = catalog
        self._dir = diagram_dir
        self._renderers: dict[str, QSvgRenderer] = {}
        self._geometries: dict[str, ViewGeometry] = {}
        self._outlines: dict[str, Outline] = {}
        # Close-ups of one size from one view share a scale: the whole drawing rendered at it.
        self._sheets: OrderedDict[tuple[str, float, float], QImage] = OrderedDict()

    def renderer(self, view_id: str) -> QSvgRenderer:
        renderer = self._renderers.get(view_id)
        if renderer is None:
            path = self._dir / self._catalog.view(view_id).file
            renderer = QSvgRenderer(str(path))
            # Keep the aspect ratio of the drawing whatever rectangle it is asked to fill.
            renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            self._renderers[view_id] = renderer
        return renderer

    def geometry(self, view_id: str) -> ViewGeometry:
        """The landmarks the view draws, read when first asked for; ``AtlasFileError`` if unreadable."""
        found = self._geometries.get(view_id)
        if found is None:
            path = self._dir / self._catalog.view(view_id).file.removesuffix(".svg")
            found = read_landmark_file(path.with_suffix(".json"), view_id)
            self._geometries[view_id] = found
        return found

    def outline(self, view_id: str) -> Outline:
        """The body's outline on the view, read when first asked for; ``OutlineError`` if unreadable."""
        found = self._outlines.get(view_id)
        if found is None:
            found = read_outline(self._dir / self._catalog.view(view_id).file)[1]
            self._outlines[view_id] = found
        return found

    def view_box(self, view_id: str) -> QRectF:
        return self.renderer(view_id).viewBoxF()

    def thumbnail(self, view_id: str, size: QSize, markers: list[Placement] | None = None) -> QPixmap:
        """The whole diagram fitted into ``size``, with optional markers for a selected point."""
        box = self.view_box(view_id)
        return self._picture(view_id, box, size, markers or [], marker_radius=4.0)

    def locator(self, placement: Placement, size: QSize, zoom_span: float = 0.7, size_kept: bool = False) -> QPixmap:
        """A close-up of one placement: the region around it, the point ringed.

        ``size_kept``: the caller always asks for this size (the point panel does), so close-ups
        are cut from the whole drawing rendered once at their scale, which is quicker; a picture
        that is being resized must not, or it would render the whole drawing at every size.
        """
        box = self.view_box(placement.view)
        span = max(box.width(), box.height()) * zoom_span
        # Body views are tall and thin; a smaller share of them is enough to place the point.
        if box.height() > 1.8 * box.width():
            span *= 0.4
        aspect = size.width() / max(1, size.height())
        width, height = (span, span / aspect) if aspect >= 1 else (span * aspect, span)
        crop = QRectF(placement.x - width / 2, placement.y - height / 2, width, height)
        crop.moveLeft(min(max(crop.left(), box.left()), box.right() - crop.width()))
        crop.moveTop(min(max(crop.top(), box.top()), box.bottom() - crop.height()))
        sheet = self._sheet(placement.view, size, crop) if size_kept else None
        if sheet is None:
            return self._picture(placement.view, crop, size, [placement], marker_radius=9.0, with_labels=False)
        return self._cut(sheet, box, crop, size, placement)

    def _sheet(self, view_id: str, size: QSize, crop: QRectF) -> QImage:
        """The whole drawing (without side labels) at the scale that fits ``crop`` into ``size``."""
        ratio = _device_pixel_ratio()
        scale = min(size.width() / crop.width(), size.height() / crop.height())
        key = (view_id, round(scale, 6), ratio)
        sheet = self._sheets.get(key)
        if sheet is not None:
            self._sheets.move_to_end(key)
            return sheet
        box = self.view_box(view_id)
        whole = QSize(round(box.width() * scale), round(box.height() * scale))
        sheet = self._picture(view_id, box, whole, [], marker_radius=0.0, with_labels=False).toImage()
        self._sheets[key] = sheet
        while len(self._sheets) > SHEETS_KEPT:
            self._sheets.popitem(last=False)
        return sheet

    def _cut(self, sheet: QImage, box: QRectF, crop: QRectF, size: QSize, placement: Placement) -> QPixmap:
        ratio = sheet.devicePixelRatio()
        scale = sheet.width() / ratio / box.width()
        image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target = QRectF(0, 0, crop.width() * scale, crop.height() * scale)
        target.moveCenter(QRectF(0, 0, size.width(), size.height()).center())
        left, top = (crop.left() - box.left()) * scale, (crop.top() - box.top()) * scale
        painter.drawImage(
            target, sheet, QRectF(left * ratio, top * ratio, target.width() * ratio, target.height() * ratio)
        )
        centre = QPointF(
            target.left() + (placement.x - crop.left()) * scale, target.top() + (placement.y - crop.top()) * scale
        )
        draw_marker(painter, centre, 9.0)
        painter.end()
        return QPixmap.fromImage(image)

    def measured_locator(
        self,
        placement: Placement,
        size: QSize,
        overlay: Callable[[QPainter, float], None],
        bounds: QRectF,
    ) -> QPixmap:
        """A close-up of the region ``bounds`` covers (with room round it), ``overlay`` drawn over it.

        ``overlay`` draws in the diagram's units; it is given the size of one picture pixel in them.
        """
        box = self.view_box(placement.view)
        room = max(bounds.width(), bounds.height()) * 0.35 + 40
        area = bounds.adjusted(-room, -room, room, room)
        aspect = size.width() / max(1, size.height())
        # Widen the short side so the area fills the picture's shape.
        if area.width() / area.height() < aspect:
            grow = area.height() * aspect - area.width()
            area.adjust(-grow / 2, 0, grow / 2, 0)
        else:
            grow = area.width() / aspect - area.height()
            area.adjust(0, -grow / 2, 0, grow / 2)
        area = area.intersected(box)
        return self._picture(placement.view, area, size, [], marker_radius=9.0, with_labels=False, overlay=overlay)

    def _picture(
        self,
        view_id: str,
        source: QRectF,
        size: QSize,
        markers: list[Placement],
        marker_radius: float,
        with_labels: bool = True,
        overlay: Callable[[QPainter, float], None] | None = None,
    ) -> QPixmap:
        ratio = _device_pixel_ratio()
        image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = min(size.width() / source.width(), size.height() / source.height())
        target = QRectF(0, 0, source.width() * scale, source.height() * scale)
        target.moveCenter(QRectF(0, 0, size.width(), size.height()).center())
        renderer = self.renderer(view_id)
        box = renderer.viewBoxF()
        # Render the whole drawing scaled so that ``source`` lands on ``target``.
        full = QRectF(
            target.left() - (source.left() - box.left()) * scale,
            target.top() - (source.top() - box.top()) * scale,
            box.width() * scale,
            box.height() * scale,
        )
        painter.setClipRect(target)
        if with_labels:
            renderer.render(painter, full)
        else:
            # Close-ups leave out the side labels: cut in half they only confuse.
            for element in _DRAWING_ELEMENTS:
                if renderer.elementExists(element):
                    bounds = renderer.boundsOnElement(element)
                    renderer.render(
                        painter,
                        element,
                        QRectF(
                            full.left() + (bounds.left() - box.left()) * scale,
                            full.top() + (bounds.top() - box.top()) * scale,
                            bounds.width() * scale,
                            bounds.height() * scale,
                        ),
                    )
        for placement in markers:
            centre = QPointF(
                target.left() + (placement.x - source.left()) * scale,
                target.top() + (placement.y - source.top()) * scale,
            )
            draw_marker(painter, centre, marker_radius)
        if overlay is not None:
            painter.setClipping(False)  # a label may run past the drawing's edge into the picture's margin
            painter.translate(target.left() - source.left() * scale, target.top() - source.top() * scale)
            painter.scale(scale, scale)
            overlay(painter, 1.0 / scale)
        painter.end()
        return QPixmap.fromImage(image)


_DRAWING_ELEMENTS = ("outline", "landmarks")
SHEETS_KEPT = 2  # a whole body drawing at close-up scale is about 2 MB
MARKER_FILL = QColor("#d9534f")
MARKER_RING = QColor("#ffffff")


def draw_marker(painter: QPainter, centre: QPointF, radius: float) -> None:
    """The app's point marker: a red dot with a white rim and a soft halo."""
    painter.save()
    halo = QColor(MARKER_FILL)
    halo.setAlpha(70)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(halo)
    painter.drawEllipse(centre, radius * 1.9, radius * 1.9)
    painter.setPen(QPen(MARKER_RING, max(1.5, radius / 4)))
    painter.setBrush(MARKER_FILL)
    painter.drawEllipse(centre, radius, radius)
    painter.restore()


def _device_pixel_ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen else 1.0
