"""How long sync takes with years of practice on another computer: 5,000 sessions in its journals.

The app is built with ``build_in_folder``; a second history (the laptop) writes its sessions into
a shared folder, and the app chooses that folder in Preferences › Sync. Measured, ``REPEATS``
times each:
- a whole merge (every journal resolved again: what Check Now and a restored backup do), the baseline;
- the merge after the laptop finishes one more session (what the folder watcher starts), with
  the laptop's journal of the day grown by one line.
Target: the merge after one new session takes at most a tenth of a whole merge (median against
median), so the app stays responsive while another computer practises.
The first connection (all journals read, 5,000 sessions added) is printed too.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date, datetime, timedelta

from bench_support import Verdict, describe, prepare_environment

HOME = prepare_environment()

from PySide6.QtWidgets import QApplication

from acupressure_desktop.history import History, PhaseRecord, SessionRecord, SessionStatus
from acupressure_desktop.history.sync.sync_folder import LocalHistory, SyncFolder
from acupressure_desktop.practice import SteadyPressure
from acupressure_desktop.ui.shell.assembly import build_in_folder

SESSIONS = 5_000
REPEATS = 9
LAPTOP = "5" * 32
TARGET = 0.10


def practice(count: int, start: datetime) -> list[SessionRecord]:
    phases = tuple(
        PhaseRecord(kind=kind, side=side, planned_s=s, actual_s=s)
        for side in ("left", "right")
        for kind, s in (("ramp_up", 30.0), ("hold", 120.0), ("ease_off", 30.0))
    )
    return [
        SessionRecord(
            point_code=("LI4", "PC6", "HT7", "ST36")[n % 4],
            protocol=SteadyPressure(),
            sides=("left", "right"),
            phases=phases,
            started_at=start + timedelta(hours=8 * n),
            ended_at=start + timedelta(hours=8 * n, minutes=7),
            status=SessionStatus.COMPLETED,
            device=LAPTOP,
        )
        for n in range(count)
    ]


def main() -> int:
    app = QApplication(sys.argv)
    parts = build_in_folder(app, HOME / "desk")
    shared = HOME / "Sync"
    shared.mkdir()
    laptop_history = History.open(HOME / "laptop", device=LAPTOP)
    laptop = SyncFolder.for_device(shared, LAPTOP, "Laptop", "0.2.0", date.today)
    start = datetime.now().astimezone() - timedelta(hours=8 * SESSIONS)
    laptop.history_so_far(LocalHistory(sessions=practice(SESSIONS, start)))

    began = time.perf_counter()
    problem = parts.sync.choose(shared, "Desk")
    first = time.perf_counter() - began
    assert problem == "", problem
    print(f"first connection, {SESSIONS} sessions added: {first * 1000:.0f} ms")

    whole, one_more = [], []
    for n in range(REPEATS):
        began = time.perf_counter()
        parts.sync.merge_now(whole=True)
        whole.append((time.perf_counter() - began) * 1000)
        laptop.session(practice(1, datetime.now().astimezone() - timedelta(minutes=n + 10))[0])
        began = time.perf_counter()
        report = parts.sync.merge_now()
        one_more.append((time.perf_counter() - began) * 1000)
        assert report is not None and report.merged is not None and report.merged.added == 1
    print(f"whole merge: {describe(whole)}")
    print(f"merge after one more session: {describe(one_more)}")
    laptop_history.close()
    parts.close()

    verdict = Verdict("sync merge")
    verdict.ratio(
        "merge after one more session / whole merge", statistics.median(one_more), statistics.median(whole), TARGET
    )
    return verdict.finish()


if __name__ == "__main__":
    sys.exit(main())
