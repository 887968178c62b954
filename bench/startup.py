"""Cold start to the first painted body map, against a bare PySide6 window, in new processes.

Prints each run, then the median ratio (app / bare) on the last line. Target: <= 1.5.
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
from acupressure_desktop.ui.body_map import BodyMapView

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj.parent(), BodyMapView):
            print("painted", flush=True)
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


def time_child(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - start
        child.wait(timeout=60)
    if line.strip() != "painted":
        raise SystemExit(f"the child did not paint (exit code {child.returncode})")
    return elapsed


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
    time_child(APP, env)
    bare, app = [], []
    for run in range(args.runs):
        bare.append(time_child(BARE, env))
        app.append(time_child(APP, env))
        print(f"run {run + 1}: bare {bare[-1] * 1000:.0f} ms, app {app[-1] * 1000:.0f} ms")
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'default')}")
    print(f"median bare {statistics.median(bare) * 1000:.0f} ms, app {statistics.median(app) * 1000:.0f} ms")
    print(f"startup ratio (median app / median bare): {statistics.median(app) / statistics.median(bare):.2f}")


if __name__ == "__main__":
    main()
