"""Time from pressing a hotspot to the point panel painting that point, on the busiest view.

The app is built as users get it (``build_in_folder``): the history is attached, so every click
runs the panel's "practised N times" query. Each click picks a random point of the view with the
most points; if it sits in a crowd at the current zoom, the map is zoomed and centred on it first
(untimed). The clock stops when the panel's document has painted the new point.

Baseline, in the same run: the same kind of update without the app around it, a bare
QTextBrowser of the panel's size given the same point's text and painted.
Targets: p95 <= 16 ms and median <= 8 ms; the ratio to the baseline is printed last.
"""

from __future__ import annotations

import random
import sys

from bench_support import Verdict, describe, percentile, prepare_environment

HOME = prepare_environment()

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextBrowser

from acupressure_desktop.ui.map.body_map import BodyMapView
from acupressure_desktop.ui.map.hotspot import Hotspot
from app_on_screen import open_app, show_busiest_view
from paint_watch import PaintWatch

CLICKS = 200
SETTLE_MS = 30


def clickable(view: BodyMapView, spot: Hotspot) -> bool:
    inside = view.viewport().rect().contains(view.mapFromScene(spot.scenePos()))
    return inside and view.itemAt(view.mapFromScene(spot.scenePos())) is spot


def bring_into_reach(app: QApplication, view: BodyMapView, code: str) -> Hotspot:
    """A hotspot of ``code`` the mouse can hit: zoom in on it until it stands apart from its crowd."""
    for zoom in (1.0, 2.0, 4.0, 8.0):
        if zoom > 1.0:
            view.set_zoom(zoom)
        spots = view.hotspots(code)
        view.centerOn(spots[0])
        app.processEvents()
        for spot in view.hotspots(code):
            if clickable(view, spot):
                return spot
    raise SystemExit(f"{code} cannot be clicked at any zoom")


def main() -> int:
    app = QApplication([])
    parts = open_app(app, HOME)
    window = parts.window
    view, panel = window.body_map, window.panel
    busiest, codes = show_busiest_view(parts)
    app.processEvents()
    print(f"busiest view {busiest}: {len(codes)} points")
    watch = PaintWatch(app, panel.browser.viewport())

    rng = random.Random(4)
    latencies: list[float] = []
    while len(latencies) < CLICKS:
        code = rng.choice(codes)
        if panel.point is not None and panel.point.code == code:
            continue
        view.fit()
        spot = bring_into_reach(app, view, code)
        where = view.mapFromScene(spot.scenePos())
        QTest.qWait(SETTLE_MS)  # let the zoom's own repaints finish outside the timing
        latencies.append(
            watch.time(
                lambda where=where: QTest.mouseClick(
                    view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where
                )
            )
        )
        if panel.point is None or panel.point.code != code:
            raise SystemExit(f"the click on {code} did not open it")

    # The baseline: a browser like the panel's, outside the app, shown the same texts in turn.
    bare = QTextBrowser()
    bare.resize(panel.browser.size())
    bare.show()
    QTest.qWaitForWindowExposed(bare)
    bare_watch = PaintWatch(app, bare.viewport())
    texts = []
    for code in codes[:20]:
        panel.show_point(code)
        texts.append(panel.html())
    baseline: list[float] = []
    for n in range(CLICKS):
        baseline.append(bare_watch.time(lambda n=n: bare.setHtml(texts[n % len(texts)])))

    print(f"click to panel painted: {describe(latencies)}")
    print(f"baseline, bare text browser update: {describe(baseline)}")
    verdict = Verdict("click latency")
    verdict.check("click to panel p95", percentile(latencies, 0.95), 16, " ms")
    verdict.check("click to panel median", sorted(latencies)[len(latencies) // 2], 8, " ms")
    verdict.ratio("click p95 / bare browser update p95", percentile(latencies, 0.95), percentile(baseline, 0.95))
    window.close()
    parts.close()
    return verdict.finish()


if __name__ == "__main__":
    sys.exit(main())
