"""Frame times of the body map on its busiest view: channels toggled, then zooming 1x to 8x.

The app is built with ``build_in_folder``. A frame is timed from the change (a channel ticked or
unticked in the Channels menu, a zoom step) until the map has painted it. Round after round, each
of the fourteen channels is ticked and then unticked; then, with every channel drawn and a point's
measurement shown, the map zooms from 1x to 8x and back in the steps of the zoom buttons.

Baseline, in the same run: a bare QGraphicsView showing the same drawing, zoomed in the same steps.
Target: p95 of every kind of frame <= 16 ms; the ratios to the baseline are printed last.
"""

from __future__ import annotations

import sys

from bench_support import Verdict, describe, percentile, prepare_environment

HOME = prepare_environment()

from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsView

from acupressure_desktop.ui.map.body_map import MAX_ZOOM, ZOOM_STEP
from app_on_screen import open_app, show_busiest_view
from paint_watch import PaintWatch

ROUNDS = 3


def zoom_levels() -> list[float]:
    levels = [1.0]
    while levels[-1] < MAX_ZOOM:
        levels.append(min(MAX_ZOOM, levels[-1] * ZOOM_STEP))
    return levels


def main() -> int:
    app = QApplication([])
    parts = open_app(app, HOME)
    catalog, window = parts.catalog, parts.window
    workspace, view = window.workspace, window.body_map
    busiest, codes_on_view = show_busiest_view(parts)
    QTest.qWait(50)
    frames = PaintWatch(app, view.viewport())
    every = [channel.code for channel in catalog.channels]
    # A channel with no line on this view draws nothing here, so its tick makes no frame.
    workspace.channels.set_chosen(frozenset(every))
    layer = view.diagram_scene().channels
    assert layer is not None
    codes = sorted({line.channel.code for line in layer.lines})
    workspace.channels.set_chosen(frozenset())
    QTest.qWait(50)
    print(f"busiest view {busiest}: {len(codes_on_view)} points, {len(codes)} of the {len(every)} channels")

    toggles: list[float] = []
    for _ in range(ROUNDS):
        for code in codes:
            toggles.append(frames.time(lambda code=code: workspace.channels.toggle(code)))
        for code in codes:
            toggles.append(frames.time(lambda code=code: workspace.channels.toggle(code)))
    workspace.channels.set_chosen(frozenset(every))
    measured = next(
        code for code in sorted({s.point.code for s in view.hotspots()}) if catalog.point(code).is_self_care
    )
    window.measure_point(measured)
    workspace.measuring.show_all()
    view.set_zoom(1.0)
    QTest.qWait(50)
    print(f"measuring {measured} on {view.view_id}")
    levels = zoom_levels()
    zooms: list[float] = []
    for _ in range(ROUNDS):
        for level in levels[1:] + levels[-2::-1]:
            zooms.append(frames.time(lambda level=level: view.set_zoom(level)))

    # Baseline: the same drawing in a bare QGraphicsView of the same size, zoomed the same way.
    scene = QGraphicsScene()
    drawing = QGraphicsSvgItem()
    drawing.setSharedRenderer(workspace.library.renderer(busiest))
    drawing.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    scene.addItem(drawing)
    bare = QGraphicsView(scene)
    bare.resize(view.size())
    bare.show()
    QTest.qWaitForWindowExposed(bare)
    bare.fitInView(drawing)
    bare_frames = PaintWatch(app, bare.viewport())
    baseline: list[float] = []
    for _ in range(ROUNDS):
        for before, after in zip(levels + levels[-2::-1], levels[1:] + levels[-2::-1], strict=False):
            factor = after / before
            baseline.append(bare_frames.time(lambda factor=factor: bare.scale(factor, factor)))

    print(f"channel toggles ({len(toggles)}): {describe(toggles)}")
    print(f"zoom steps with every channel and {measured}'s measurement ({len(zooms)}): {describe(zooms)}")
    print(f"baseline, bare drawing zoomed: {describe(baseline)}")
    verdict = Verdict("map frames")
    verdict.check("channel toggle p95", percentile(toggles, 0.95), 16, " ms")
    verdict.check("zoom step p95", percentile(zooms, 0.95), 16, " ms")
    verdict.ratio("channel toggle p95 / bare zoom p95", percentile(toggles, 0.95), percentile(baseline, 0.95))
    verdict.ratio("zoom p95 / bare zoom p95", percentile(zooms, 0.95), percentile(baseline, 0.95))
    window.close()
    parts.close()
    return verdict.finish()


if __name__ == "__main__":
    sys.exit(main())
