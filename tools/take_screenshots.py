#!/usr/bin/env python3
"""Draw the screenshots in docs/screenshots (README, AppStream metainfo) from the real widgets.

Run with the project's environment: .venv/bin/python tools/take_screenshots.py
The history shown is example data made up here (three weeks of practice), never a user's.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from acupressure_desktop.history import History, PhaseRecord, SessionRecord, SessionStatus
from acupressure_desktop.history.sync.sync_folder import SyncFolder
from acupressure_desktop.practice import PhaseKind, SteadyPressure
from acupressure_desktop.practice.requests import PointSessionRequest
from acupressure_desktop.ui.practice.practice_dialog import PracticeDialog
from acupressure_desktop.ui.preferences.preferences_dialog import PreferencesDialog
from acupressure_desktop.ui.shell.assembly import AppParts, Surroundings, build_in_folder
from acupressure_desktop.ui.sync.sync_preferences import SyncPreferences

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZE = (1200, 760)
EXAMPLE_PRACTICE = (("LI4", "headache"), ("PC6", "nausea"), ("GB20", "headache"), ("HT7", "insomnia"))


class StoppedClock:
    """A clock that moves only when the script moves it."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def example_history(history: History, now: datetime, days: int = 21, seed: int = 4, note: str = "") -> None:
    chance = random.Random(seed)
    records = []
    for day in range(days):
        for slot in range(chance.choice((1, 2, 2, 3))):
            code, purpose = chance.choice(EXAMPLE_PRACTICE)
            start = now - timedelta(days=day, hours=9 - slot * 4)
            before = chance.randint(4, 8)
            records.append(
                SessionRecord(
                    point_code=code,
                    protocol=SteadyPressure(),
                    sides=("left", "right"),
                    phases=tuple(
                        PhaseRecord(kind=kind, side=side, planned_s=s, actual_s=s)
                        for side in ("left", "right")
                        for kind, s in (("ramp_up", 30.0), ("hold", 120.0), ("ease_off", 30.0))
                    ),
                    started_at=start,
                    ended_at=start + timedelta(minutes=7),
                    status=SessionStatus.COMPLETED,
                    purpose=purpose,
                    before_rating=before,
                    after_rating=max(0, before - chance.randint(0, 4)),
                    note=note,
                )
            )
    history.sessions.insert_many(records)


def two_computers(app: QApplication, parts: AppParts, home: Path) -> None:
    """A laptop's week of practice arrives through a shared folder; the history shows both computers."""
    shared = home / "Sync"
    shared.mkdir()
    laptop_id = "5" * 32
    laptop = History.open(home / "laptop", device=laptop_id)
    folder = SyncFolder.for_device(shared, laptop_id, "Laptop", "0.2.0", lambda: datetime.now().date())
    laptop.changes.listen(folder.record)
    example_history(laptop, datetime.now(UTC) - timedelta(hours=3), days=7, seed=9, note="On the sofa")
    laptop.close()
    parts.sync.choose(shared, "Desk")
    window = parts.window
    window.history_page.views.setCurrentIndex(0)
    app.processEvents()
    window.grab().save(str(OUT / "history-two-computers.png"))
    dialog = PreferencesDialog(
        parts.preferences, parts.practice.sounds, parts.practice.speaker, window, None, SyncPreferences(parts.sync)
    )
    dialog.sections.setCurrentIndex(dialog.sections.count() - 1)
    dialog.resize(720, 520)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "sync-preferences.png"))
    dialog.close()


def main() -> int:
    app = QApplication(sys.argv)
    home = Path(tempfile.mkdtemp(prefix="acupressure-screenshots-"))
    # The session runs on a clock of our own, stopped 40 seconds into the hold.
    clock = StoppedClock()
    parts = build_in_folder(app, home, Surroundings(clock=clock, tray_available=False))
    example_history(parts.history, datetime.now(UTC))
    OUT.mkdir(parents=True, exist_ok=True)

    window = parts.window
    window.resize(*SIZE)
    window.show()
    window.body_map.show_view("hand_back")
    window.selection.select("LI4")
    app.processEvents()
    window.body_map.fit()
    app.processEvents()
    window.grab().save(str(OUT / "body-map.png"))

    # The landmarks the points are measured from, named on the inner leg.
    window.selection.select("SP6")
    window.body_map.show_view("leg_inner")
    window.body_map.show_landmarks(True)
    app.processEvents()
    window.grab().save(str(OUT / "landmarks.png"))
    window.body_map.show_landmarks(False)

    window.show_history()
    window.history_page.show_charts()
    app.processEvents()
    window.grab().save(str(OUT / "history.png"))

    two_computers(app, parts, home)

    window.workspace.start_practice("LI4")
    session = window.workspace.practice_dialog
    assert isinstance(session, PracticeDialog) and session.setup is not None
    session.resize(900, 640)
    session.show()
    session.setup.start_requested.emit(
        PointSessionRequest(
            point_code="LI4", protocol=SteadyPressure(), sides=("left", "right"), purpose="headache", before_rating=6
        )
    )
    assert session.driver is not None
    while (snapshot := session.driver.snapshot()) is not None and snapshot.phase.kind is not PhaseKind.HOLD:
        clock.now += 0.25
        session.driver.poll()
    clock.now += 40
    session.driver.poll()
    app.processEvents()
    session.grab().save(str(OUT / "guided-session.png"))
    session.confirm_stop = lambda _parent: True
    session.close()
    window.close()
    parts.close()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
