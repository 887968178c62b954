"""Cold start to the first painted main window with the body map, against a bare PySide6 window.

Every run is a new process. Two moments are timed in the app: the window's first paint, which
shows the last-used body diagram, and the first paint of the interactive map with its hotspots,
which follows as soon as the point catalog has loaded and passed its checks.
Prints each run, then the median ratios; the first-paint ratio comes last. Target: <= 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QLabel):
            print("painted", flush=True)
            app.quit()
        return False

app = QApplication(sys.argv)
watcher = FirstPaint()
app.installEventFilter(watcher)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1200, 800)
window.show()
app.exec()
"""

APP = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
import acupressure_desktop.ui.startup as startup

class FirstPaint(QObject):
    seen = set()

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            name = type(obj).__name__
            parent = type(obj.parent()).__name__ if obj.parent() is not None else ""
            if name == "DiagramPreview" and "preview" not in self.seen:
                self.seen.add("preview")
                print("painted", flush=True)
            elif parent == "BodyMapView" and "map" not in self.seen:
                self.seen.add("map")
                print("map", flush=True)
                QApplication.instance().quit()
        return False

watcher = FirstPaint()

class WatchedApplication(QApplication):
    def __init__(self, argv):
        super().__init__(argv)
        self.installEventFilter(watcher)

startup.QApplication = WatchedApplication
from acupressure_desktop.app import main
sys.exit(main([]))
"""


def time_child(code: str, env: dict[str, str], marks: int = 1) -> list[float]:
    """Seconds from launch to each line the child prints (``marks`` lines)."""
    start = time.perf_counter()
    times = []
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env) as child:
        assert child.stdout is not None
        for _ in range(marks):
            line = child.stdout.readline()
            if line.strip() not in ("painted", "map"):
                raise SystemExit(f"the child did not paint (exit code {child.wait(timeout=60)})")
            times.append(time.perf_counter() - start)
        child.wait(timeout=60)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["ACUPRESSURE_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="acupressure-bench-")
    # One warm-up each, so the file cache is equally warm for both.
    time_child(BARE, env)
    time_child(APP, env, marks=2)
    bare, first, ready = [], [], []
    for run in range(args.runs):
        bare.extend(time_child(BARE, env))
        painted, interactive = time_child(APP, env, marks=2)
        first.append(painted)
        ready.append(interactive)
        print(
            f"run {run + 1}: bare {bare[-1] * 1000:.0f} ms, app first paint {painted * 1000:.0f} ms, "
            f"map ready {interactive * 1000:.0f} ms"
        )
    median_bare = statistics.median(bare)
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'default')}")
    print(
        f"median bare {median_bare * 1000:.0f} ms, first paint {statistics.median(first) * 1000:.0f} ms, "
        f"map ready {statistics.median(ready) * 1000:.0f} ms"
    )
    print(f"map ready ratio (median app / median bare): {statistics.median(ready) / median_bare:.2f}")
    print(f"startup ratio, first paint (median app / median bare): {statistics.median(first) / median_bare:.2f}")


if __name__ == "__main__":
    main()
