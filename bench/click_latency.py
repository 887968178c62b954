"""Time from pressing a hotspot to the panel showing (and painting) its point, over 200 clicks.

Also times a bare QLabel update-and-paint in the same run as a baseline. Prints p95 in ms last.
Target: p95 <= 16 ms.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ACUPRESSURE_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="acupressure-bench-")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from acupressure_desktop.ui.shell.assembly import build_in_folder

CLICKS = 200


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    app = QApplication([])
    # The app as users get it: the history attached, so the panel's "practised N times" query runs.
    parts = build_in_folder(app, Path(os.environ["ACUPRESSURE_DESKTOP_HOME"]))
    catalog = parts.catalog
    window = parts.window
    window.resize(1200, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    view = window.body_map
    rng = random.Random(4)
    view_ids = [v.id for v in catalog.views]

    baseline_label = QLabel("baseline")
    baseline_label.resize(300, 40)
    baseline_label.show()
    baseline: list[float] = []
    for i in range(CLICKS):
        start = time.perf_counter()
        baseline_label.setText(f"point {i}")
        baseline_label.repaint()
        app.processEvents()
        baseline.append((time.perf_counter() - start) * 1000)

    latencies: list[float] = []
    view_index = 0
    while len(latencies) < CLICKS:
        view.show_view(view_ids[view_index % len(view_ids)])
        view_index += 1
        app.processEvents()
        for _ in range(10):
            # Only hotspots a user can hit directly at this zoom (on overviews some overlap).
            spots = [
                s
                for s in view.hotspots()
                if s.point.code != window.selection.code and view.itemAt(view.mapFromScene(s.scenePos())) is s
            ]
            if not spots or len(latencies) >= CLICKS:
                break
            spot = rng.choice(spots)
            pos = view.mapFromScene(spot.scenePos())
            start = time.perf_counter()
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
            app.processEvents()
            latencies.append((time.perf_counter() - start) * 1000)
            if window.panel.point is None or window.panel.point.code != spot.point.code:
                raise SystemExit(f"the click on {spot.point.code} did not open it")

    print(f"clicks: {len(latencies)}; baseline label update p95 {percentile(baseline, 0.95):.2f} ms")
    print(f"median {statistics.median(latencies):.2f} ms, max {max(latencies):.2f} ms")
    print(f"ratio p95 / baseline p95: {percentile(latencies, 0.95) / percentile(baseline, 0.95):.1f}")
    print(f"p95 {percentile(latencies, 0.95):.2f} ms")
    window.close()
    parts.close()


if __name__ == "__main__":
    main()
