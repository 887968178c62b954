"""Does the history stay fast as it grows? 1,000 against 100,000 sessions over five years.

For each size the history is filled once; then the app is built on it with ``build_in_folder``
(the assembly the app uses) ``REPEATS`` times, and each time the History tab is opened (until
painted), a filter is changed and the charts are drawn. Prints each figure with its spread and,
last, the ratios 100k / 1k.
Targets: each at most 1.5x its cost at 1,000 sessions, or under 50 ms where 1.5x of a figure that
small is below this machine's noise.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from uuid import UUID

from bench_support import Verdict, describe, prepare_environment

HOME = prepare_environment()

from PySide6.QtWidgets import QApplication

from acupressure_desktop.history import History, PhaseRecord, SessionRecord, SessionStatus
from acupressure_desktop.practice import CircularMassage, SteadyPressure
from acupressure_desktop.ui.shell.assembly import Surroundings, build_in_folder

SIZES = (1_000, 100_000)
REPEATS = 5
TODAY = date(2026, 11, 24)
STATUSES = [SessionStatus.COMPLETED, SessionStatus.SHORTENED, SessionStatus.STOPPED, SessionStatus.INTERRUPTED]
ABSOLUTE_MS = 50.0


def generate(history: History, count: int, points: list[str], symptoms: list[str]) -> None:
    rng = random.Random(count)
    start = datetime.combine(TODAY - timedelta(days=5 * 365), datetime.min.time()).astimezone()
    span = 5 * 365 * 86400
    steady, circular = SteadyPressure(), CircularMassage()
    records = []
    for n in range(count):
        when = start + timedelta(seconds=span * n / count + rng.uniform(0, 3600))
        before = rng.randint(3, 9)
        status = rng.choices(STATUSES, weights=(85, 5, 7, 3))[0]
        records.append(
            SessionRecord(
                id=UUID(int=rng.getrandbits(128)),
                point_code=rng.choice(points),
                protocol=steady if n % 4 else circular,
                sides=("left", "right"),
                phases=(
                    PhaseRecord(kind="breathe", side="left", planned_s=32, actual_s=32),
                    PhaseRecord(kind="hold", side="left", planned_s=120, actual_s=rng.uniform(40, 120)),
                ),
                started_at=when,
                ended_at=when + timedelta(minutes=6),
                status=status,
                purpose=rng.choice(symptoms),
                before_rating=before,
                after_rating=max(0, before - rng.randint(-1, 4)),
                note=rng.choice(["", "", "felt calmer", "sore afterwards", "slept well"]),
            )
        )
        if len(records) == 5_000:
            history.sessions.insert_many(records)
            records = []
    history.sessions.insert_many(records)


def measure(app: QApplication, home: Path) -> dict[str, list[float]]:
    """Open the History tab, change a filter and draw the charts, in ``REPEATS`` fresh builds of the app."""
    found: dict[str, list[float]] = {"open": [], "filter": [], "charts": []}
    now = datetime.combine(TODAY, datetime.min.time()).astimezone().replace(hour=12)
    for _ in range(REPEATS):
        parts = build_in_folder(app, home, Surroundings(wall_clock=lambda: now, tray_available=False))
        window = parts.window
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        start = time.perf_counter()
        window.show_history()
        app.processEvents()
        found["open"].append((time.perf_counter() - start) * 1000)
        page = window.history_page
        status = page.filters.status
        start = time.perf_counter()
        status.setCurrentIndex(2 if status.currentIndex() != 2 else 0)
        app.processEvents()
        found["filter"].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        charts = page.show_charts()
        charts.repaint()
        app.processEvents()
        found["charts"].append((time.perf_counter() - start) * 1000)
        window.close()
        parts.close()
        window.deleteLater()
        app.processEvents()
    return found


def main() -> int:
    app = QApplication([])
    results = {}
    for size in SIZES:
        home = HOME / f"sessions-{size}"
        parts = build_in_folder(app, home)
        catalog = parts.catalog
        points = [p.code for p in catalog.points if p.is_self_care]
        symptoms = [s.id for s in catalog.symptoms]
        began = time.perf_counter()
        generate(parts.history, size, points, symptoms)
        parts.close()
        print(f"{size:>7} sessions generated in {time.perf_counter() - began:.1f} s")
        results[size] = measure(app, home)
        for name, runs in results[size].items():
            print(f"{size:>7} sessions, {name}: {describe(runs)}")
    small, large = results[SIZES[0]], results[SIZES[1]]
    verdict = Verdict("history scale")
    for name in small:
        ratio = statistics.median(large[name]) / statistics.median(small[name])
        absolute = statistics.median(large[name])
        if ratio > 1.5 and absolute >= ABSOLUTE_MS:
            verdict.check(f"{name} at 100k: {absolute:.0f} ms, ratio", ratio, 1.5)
        verdict.ratio(f"{name} 100k / 1k", absolute, statistics.median(small[name]))
    return verdict.finish()


if __name__ == "__main__":
    sys.exit(main())
