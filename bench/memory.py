"""Resident memory of the app at map ready, against a bare PySide6 window showing one diagram.

Each measurement is a fresh process, run ``--runs`` times in turn; resident memory (VmRSS) is read
from /proc once the window has painted. The app is built with ``build_in_folder``, the assembly
the app uses. Then it opens every view and 200 point panels, twice: memory must stay flat.

Targets: app at map ready <= 1.6x the bare window; after every view and 200 panels, at most 5 %
above map ready; the second round no more than 5 % above the first (no leak).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

from bench_support import Verdict, prepare_environment

BENCH = Path(__file__).resolve().parent


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def bare_window() -> None:
    """A QMainWindow showing the busiest diagram in a QGraphicsView, as the map does."""
    prepare_environment()
    from PySide6.QtSvgWidgets import QGraphicsSvgItem
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow

    from acupressure_desktop.resources import resource_root

    app = QApplication([])
    scene = QGraphicsScene()
    scene.addItem(QGraphicsSvgItem(str(resource_root() / "body_svgs" / "torso_front.svg")))
    window = QMainWindow()
    view = QGraphicsView(scene)
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    print(f"{resident_mb():.1f}")


def app_window() -> None:
    """The app at map ready, then after every view and 200 point panels, twice."""
    import random

    home = prepare_environment()
    from acupressure_desktop.early_imports import import_early

    import_early()  # as the app does before it imports Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from acupressure_desktop.ui.shell.assembly import build_in_folder

    app = QApplication([])
    parts = build_in_folder(app, home)
    window = parts.window
    window.resize(1280, 800)
    parts.start()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    figures = [resident_mb()]
    codes = [p.code for p in parts.catalog.points]
    rng = random.Random(7)
    for _round in range(2):
        for view in parts.catalog.views:
            window.body_map.show_view(view.id)
            settle(app)
        for _ in range(200):
            window.workspace.selection.select(rng.choice(codes))
            settle(app)
        figures.append(resident_mb())
    print(" ".join(f"{mb:.1f}" for mb in figures))
    parts.close()


def settle(app: object) -> None:
    """What the event loop does between two user actions, deleting what was let go included."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def run(kind: str) -> list[float]:
    out = subprocess.run([sys.executable, __file__, f"--{kind}"], capture_output=True, text=True, check=True)
    return [float(value) for value in out.stdout.split()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--app", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        bare_window()
        return 0
    if args.app:
        app_window()
        return 0
    bare, ready, first, second = [], [], [], []
    for n in range(args.runs):
        bare += run("bare")
        at_ready, after_first, after_second = run("app")
        ready.append(at_ready)
        first.append(after_first)
        second.append(after_second)
        print(
            f"run {n + 1}: bare {bare[-1]:.1f} MB, app at map ready {at_ready:.1f} MB, after a round of views "
            f"and panels {after_first:.1f} MB, after a second {after_second:.1f} MB"
        )
    med = statistics.median
    print(
        f"medians: bare {med(bare):.1f} MB (spread {min(bare):.1f}-{max(bare):.1f}), map ready {med(ready):.1f} MB "
        f"(spread {min(ready):.1f}-{max(ready):.1f}), after views and panels {med(second):.1f} MB"
    )
    verdict = Verdict("memory")
    verdict.ratio("map ready / bare window", med(ready), med(bare), 1.6)
    verdict.ratio("after every view and 200 panels / map ready", med(first), med(ready), 1.05)
    verdict.ratio("second round / first round", med(second), med(first), 1.05)
    return verdict.finish()


if __name__ == "__main__":
    sys.exit(main())
