"""Does the history view stay fast as the history grows? 1,000 against 100,000 sessions over 5 years.

For each size: open the history page (first page of the table), change a filter, and draw the
charts. Prints the absolute times and, last, the ratios 100k / 1k for each.
Targets: every ratio <= 1.5; at 100k open <= 300 ms, filter <= 100 ms, charts <= 100 ms.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from uuid import UUID

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from acupressure_desktop.catalog import load_catalog
from acupressure_desktop.history import History, PhaseRecord, SessionRecord, SessionStatus
from acupressure_desktop.practice import CircularMassage, SteadyPressure
from acupressure_desktop.resources import resource_root
from acupressure_desktop.ui.history.history_page import HistoryPage

SIZES = (1_000, 100_000)
REPEATS = 5
TODAY = date(2026, 11, 24)


def generate(history: History, count: int, points: list[str], symptoms: list[str]) -> None:
    rng = random.Random(count)
    start = datetime.combine(TODAY - timedelta(days=5 * 365), datetime.min.time()).astimezone()
    span = 5 * 365 * 86400
    steady, circular = SteadyPressure(), CircularMassage()
    records = []
    for n in range(count):
        when = start + timedelta(seconds=span * n / count + rng.uniform(0, 3600))
        before = rng.randint(3, 9)
        status = rng.choices(list(SessionStatus)[1:], weights=(90, 7, 3))[0]
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


def timed(action) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def measure(app: QApplication, history: History, catalog) -> dict[str, float]:  # type: ignore[no-untyped-def]
    pages: list[HistoryPage] = []

    def open_view() -> None:
        page = HistoryPage(history, catalog, today=lambda: TODAY)
        page.resize(1200, 700)
        page.show()
        app.processEvents()
        pages.append(page)

    result = {"open": timed(open_view)}
    page = pages[-1]
    status = page.filters.status

    def change_filter() -> None:
        status.setCurrentIndex(2 if status.currentIndex() != 2 else 0)
        app.processEvents()

    result["filter"] = timed(change_filter)
    page.show_charts()

    def draw_charts() -> None:
        assert page.charts is not None
        page.charts.refresh()
        page.charts.repaint()
        app.processEvents()

    result["charts"] = timed(draw_charts)
    for each in pages:
        each.close()
        each.deleteLater()
    return result


def main() -> None:
    app = QApplication([])
    catalog = load_catalog(resource_root())
    points = [p.code for p in catalog.points]
    symptoms = [s.id for s in catalog.symptoms]
    results = {}
    for size in SIZES:
        folder = Path(tempfile.mkdtemp(prefix=f"history-{size}-"))
        history = History.open(folder)
        began = time.perf_counter()
        generate(history, size, points, symptoms)
        print(f"{size:>7} sessions generated in {time.perf_counter() - began:.1f} s")
        results[size] = measure(app, history, catalog)
        history.close()
        print(f"{size:>7}: " + ", ".join(f"{k} {v:.1f} ms" for k, v in results[size].items()))
    small, large = results[SIZES[0]], results[SIZES[1]]
    print("100k absolute: " + ", ".join(f"{k} {v:.0f} ms" for k, v in large.items()))
    print("ratios 100k / 1k: " + ", ".join(f"{k} {large[k] / small[k]:.2f}" for k in small))


if __name__ == "__main__":
    main()
