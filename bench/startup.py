"""Start-up of the app and of the installed bundle, against a bare PySide6 window in the same run.

Every run is a new process, timed from launch to the line it prints. The app (``--measure-startup``)
is built whole before it shows, so its first paint is already the interactive map with its
hotspots: it prints ``first-paint`` and ``map-ready`` together at that moment. The bundle is the PyInstaller folder in
dist/ (``python3 tools/bootstrap.py package``); it is skipped if not built.

With ``--cold`` (root only) the page cache is dropped before every launch, so each program reads
its files from disk as after a reboot; otherwise runs are warm after one warm-up each.
Prints each run, then median ratios; the bundle's first-paint ratio comes last. Target: <= 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "acupressure-desktop" / "acupressure-desktop"

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

qInstallMessageHandler(lambda *args: None)  # as quiet as the app, which sends Qt's notes to its log

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QLabel):
            print("first-paint", flush=True)
            QTimer.singleShot(0, app.quit)
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


def drop_caches() -> None:
    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def time_child(command: list[str], env: dict[str, str], marks: tuple[str, ...], cold: bool) -> list[float]:
    """Seconds from launch to each of ``marks``, in order."""
    if cold:
        drop_caches()
    start = time.perf_counter()
    times = []
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as child:
        assert child.stdout is not None
        for mark in marks:
            line = child.stdout.readline().strip()
            if line != mark:
                raise SystemExit(f"{command[0]} printed {line!r}, not {mark!r} (exit code {child.wait(timeout=60)})")
            times.append(time.perf_counter() - start)
        child.wait(timeout=60)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before every launch (root)")
    args = parser.parse_args()
    env = dict(os.environ)
    # Users' Python keeps compiled bytecode (the bundle ships it); timing a start that compiles
    # every module again would measure the compiler, not the app.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["ACUPRESSURE_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="acupressure-bench-")
    both = ("first-paint", "map-ready")
    programs: dict[str, tuple[list[str], tuple[str, ...]]] = {
        "bare": ([sys.executable, "-c", BARE], ("first-paint",)),
        "app": ([sys.executable, "-m", "acupressure_desktop", "--measure-startup"], both),
    }
    if BUNDLE.is_file():
        programs["bundle"] = ([str(BUNDLE), "--measure-startup"], both)
    else:
        print(f"no bundle at {BUNDLE}; build it with: python3 tools/bootstrap.py package")
    results: dict[str, list[list[float]]] = {name: [] for name in programs}
    for command, marks in programs.values():
        time_child(command, env, marks, cold=False)  # warm-up: first-run caches (Python, fonts)
    for run in range(args.runs):
        line = []
        for name, (command, marks) in programs.items():
            times = time_child(command, env, marks, cold=args.cold)
            results[name].append(times)
            line.append(f"{name} " + "/".join(f"{t * 1000:.0f}" for t in times) + " ms")
        print(f"run {run + 1}: " + ", ".join(line))

    def median(name: str, index: int) -> float:
        return statistics.median(times[index] for times in results[name])

    bare = median("bare", 0)
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'default')}, {'cold' if args.cold else 'warm'} starts")
    print(f"median bare window: {bare * 1000:.0f} ms")
    for name in programs:
        if name != "bare":
            first, ready = median(name, 0) * 1000, median(name, 1) * 1000
            print(f"median {name}: first paint {first:.0f} ms, map ready {ready:.0f} ms")
    print(f"map ready ratio, app (median / median bare): {median('app', 1) / bare:.2f}")
    print(f"startup ratio, app first paint (median / median bare): {median('app', 0) / bare:.2f}")
    if "bundle" in programs:
        print(f"map ready ratio, bundle (median / median bare): {median('bundle', 1) / bare:.2f}")
        print(f"startup ratio, installed bundle first paint (median / median bare): {median('bundle', 0) / bare:.2f}")


if __name__ == "__main__":
    main()
