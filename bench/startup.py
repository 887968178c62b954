"""Start-up of the app and of the installed bundle, against a bare PySide6 window in the same run.

Every run is a new process, timed from launch to the line it prints. The app (``--measure-startup``)
is built whole before it shows, so its first paint is already the interactive map with its
hotspots: it prints ``first-paint`` and ``map-ready`` together at that moment. The bundle is the PyInstaller folder in
dist/ (``python3 tools/bootstrap.py package``); it is skipped if not built.

With ``--against REV`` the app as it was at an earlier git revision is launched too, alternating
with today's, and the run exits 1 if today's median first paint is more than 5 % slower than
that revision's (this machine's noise between medians of a dozen launches).

With ``--cold`` (root only) the page cache is dropped before every launch, so each program reads
its files from disk as after a reboot; otherwise runs are warm after one warm-up each.
The "floor" is the bare window that also imports the libraries the app is built on (see FLOOR):
a start cannot beat it, so a target below its ratio cannot be met with this stack.
Prints each run, then the medians with their spread, then the ratios last.
Targets: first paint <= 1.5x the bare window and map ready <= 1.8x, for the checkout and the bundle;
exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_support import Verdict

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


# The bare window, plus what no start of this app can do without: the SVG module that draws the
# diagrams, Qt's namespace of enums (PySide6 builds them on first use) and pydantic, which every
# data model is made with. Its ratio to the bare window is the lowest any start could reach.
FLOOR = BARE.replace(
    "app = QApplication(sys.argv)",
    "from PySide6.QtCore import Qt\n"
    "from PySide6.QtSvgWidgets import QGraphicsSvgItem\n"
    "from pydantic import BaseModel\n"
    "Qt.AlignmentFlag.AlignCenter\n"
    "app = QApplication(sys.argv)",
)


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


@contextlib.contextmanager
def checkout(revision: str):  # type: ignore[no-untyped-def]
    """A throw-away worktree of ``revision``, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="acupressure-baseline-")) / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(folder), revision], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(folder)], check=False)
        shutil.rmtree(folder.parent, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before every launch (root)")
    parser.add_argument("--against", metavar="REV", help="also launch the app as it was at this git revision")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        baseline = stack.enter_context(checkout(args.against)) if args.against else None
        return measure(args.runs, args.cold, baseline, args.against)


def measure(runs: int, cold: bool, baseline: Path | None, revision: str | None) -> int:
    """Launch every program ``runs`` times in turn and print the medians; 1 if a target is missed."""
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
        "floor": ([sys.executable, "-c", FLOOR], ("first-paint",)),
        "app": ([sys.executable, "-m", "acupressure_desktop", "--measure-startup"], both),
    }
    if baseline is not None:
        programs[f"app@{revision}"] = (
            [
                sys.executable,
                "-c",
                f"import sys; sys.path.insert(0, {str(baseline / 'src')!r}); "
                "from acupressure_desktop.app import main; sys.exit(main())",
                "--measure-startup",
            ],
            both,
        )
    if BUNDLE.is_file():
        programs["bundle"] = ([str(BUNDLE), "--measure-startup"], both)
    else:
        print(f"no bundle at {BUNDLE}; build it with: python3 tools/bootstrap.py package")
    results: dict[str, list[list[float]]] = {name: [] for name in programs}
    for command, marks in programs.values():
        time_child(command, env, marks, cold=False)  # warm-up: first-run caches (Python, fonts)
    for run in range(runs):
        line = []
        for name, (command, marks) in programs.items():
            times = time_child(command, env, marks, cold=cold)
            results[name].append(times)
            line.append(f"{name} " + "/".join(f"{t * 1000:.0f}" for t in times) + " ms")
        print(f"run {run + 1}: " + ", ".join(line))

    def median(name: str, index: int) -> float:
        return statistics.median(times[index] for times in results[name])

    bare = median("bare", 0)
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'default')}, {'cold' if cold else 'warm'} starts")

    def spread(name: str, index: int) -> str:
        values = [times[index] * 1000 for times in results[name]]
        return f"{min(values):.0f}-{max(values):.0f} ms"

    print(f"median bare window: {bare * 1000:.0f} ms (spread {spread('bare', 0)})")
    print(
        f"median floor (bare window + QtSvg, Qt's enums, pydantic): {median('floor', 0) * 1000:.0f} ms "
        f"(spread {spread('floor', 0)})"
    )
    for name in programs:
        if name not in ("bare", "floor"):
            first, ready = median(name, 0) * 1000, median(name, 1) * 1000
            print(
                f"median {name}: first paint {first:.0f} ms (spread {spread(name, 0)}), "
                f"map ready {ready:.0f} ms (spread {spread(name, 1)})"
            )
    verdict = Verdict(f"start-up ({'cold' if cold else 'warm'})")
    verdict.ratio("floor / bare window (no start can be faster)", median("floor", 0), bare)
    for name in ("app", "bundle"):
        if name in programs:
            verdict.ratio(f"{name} first paint / bare window", median(name, 0), bare, 1.5)
            verdict.ratio(f"{name} map ready / bare window", median(name, 1), bare, 1.8)
    if baseline is not None:
        against = f"app@{revision}"
        verdict.ratio(f"app first paint / app@{revision}", median("app", 0), median(against, 0), 1.05)
    return verdict.finish()


if __name__ == "__main__":
    sys.exit(main())
