"""The app as a benchmark needs it: built by the app's assembly, shown, and on its busiest view.

Import after ``prepare_environment``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from acupressure_desktop.ui.shell.assembly import AppParts, build_in_folder


def open_app(app: QApplication, home: Path) -> AppParts:
    """The app in ``home``, its window shown at 1280x800 and exposed."""
    parts = build_in_folder(app, home)
    parts.window.resize(1280, 800)
    parts.window.show()
    QTest.qWaitForWindowExposed(parts.window)
    return parts


def show_busiest_view(parts: AppParts) -> tuple[str, list[str]]:
    """Show the view with the most points on it; its id and the codes of its points."""
    view = parts.window.body_map
    counts = {}
    for each in parts.catalog.views:
        view.show_view(each.id)
        counts[each.id] = len({spot.point.code for spot in view.hotspots()})
    busiest = max(counts, key=lambda view_id: counts[view_id])
    view.show_view(busiest)
    return busiest, sorted({spot.point.code for spot in view.hotspots()})
