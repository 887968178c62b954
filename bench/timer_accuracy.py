"""How late do phase changes and cues fire in a real-time session, with both cores kept busy?

Runs the real practice dialog (offscreen unless a display is set) on a session with shortened
phases, while two other processes spin on the CPU. Every event's lateness is its actual monotonic
time minus its scheduled time. Also reports the process's CPU use during the hold phase, against
an idle baseline measured in the same run. The session is recorded as the app records it, its
progress saved to the history every five seconds. Prints the worst lateness in ms, then the ratio.
Targets: worst lateness <= 20 ms; CPU during the hold <= 3 % of one core.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_support import Verdict

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ACUPRESSURE_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="acupressure-bench-")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import acupressure_desktop.practice.runners as runners_module
from acupressure_desktop.practice import PhaseKind, SessionPlan, SteadyPressure
from acupressure_desktop.practice.events import Cue, PhaseStarted, SessionEvent
from acupressure_desktop.practice.phases import Phase
from acupressure_desktop.practice.requests import PointSessionRequest
from acupressure_desktop.ui.practice.practice_dialog import PracticeDialog
from acupressure_desktop.ui.shell.assembly import build_in_folder

HOLD_S = 8.0


def short_plan(protocol: SteadyPressure, sides: tuple[str, ...], get_ready_s: float = 1.0) -> SessionPlan:
    """The real phase sequence with shortened phases: about 25 s instead of 7 minutes."""
    spans = [
        (PhaseKind.GET_READY, 1.0, 0.0),
        (PhaseKind.BREATHE, 4.0, 0.0),
        (PhaseKind.RAMP_UP, 3.0, 0.7),
        (PhaseKind.HOLD, HOLD_S, 0.7),
        (PhaseKind.EASE_OFF, 3.0, 0.7),
        (PhaseKind.SWITCH_SIDE, 1.0, 0.0),
        (PhaseKind.RAMP_UP, 2.0, 0.7),
        (PhaseKind.EASE_OFF, 2.0, 0.7),
    ]
    phases, t = [], 0.0
    for kind, duration, level in spans:
        side = "right" if t >= 19 else "left"
        phases.append(Phase(kind, side, t, duration, level))
        t += duration
    protocol = SteadyPressure(breathing={"breaths": 3, "seconds_per_breath": 4.0})
    return SessionPlan(tuple(phases), protocol, ("left", "right"))


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    app = QApplication([])
    parts = build_in_folder(app, Path(os.environ["ACUPRESSURE_DESKTOP_HOME"]))
    runners_module.plan_session = short_plan  # type: ignore[assignment]
    parts.window.workspace.start_practice("LI4")
    window = parts.window.workspace.practice_dialog
    assert isinstance(window, PracticeDialog) and window.setup is not None

    # An idle baseline: the same process doing nothing for a while.
    idle_start, idle_cpu = time.monotonic(), cpu_seconds()
    deadline = idle_start + 2.0
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    idle_share = (cpu_seconds() - idle_cpu) / (time.monotonic() - idle_start)

    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    lateness: list[tuple[float, str]] = []
    hold: dict[str, float] = {}
    started: dict[str, float] = {}

    def listen(event: SessionEvent) -> None:
        now = time.monotonic()
        if isinstance(event, PhaseStarted | Cue):
            due = started["at"] + event.at_s
            name = event.phase.kind.value if isinstance(event, PhaseStarted) else event.name
            lateness.append(((now - due) * 1000, name))
        if isinstance(event, PhaseStarted):
            if event.phase.kind is PhaseKind.HOLD:
                hold["start"], hold["cpu"] = now, cpu_seconds()
            elif "start" in hold and "end" not in hold:
                hold["end"], hold["cpu_end"] = now, cpu_seconds()

    try:
        window.setup.start_requested.emit(
            PointSessionRequest(point_code="LI4", protocol=SteadyPressure(), sides=("left", "right"))
        )
        assert window.session is not None and window.driver is not None
        started["at"] = window.session._started_at
        window.session.subscribe(listen)
        window.driver.ended.connect(lambda _completed: QTimer.singleShot(200, app.quit))
        app.exec()
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()
    hold_share = (hold["cpu_end"] - hold["cpu"]) / (hold["end"] - hold["start"])
    worst_ms, worst_name = max(lateness)
    ordered = sorted(ms for ms, _ in lateness)
    print(f"events: {len(lateness)}; median lateness {ordered[len(ordered) // 2]:.1f} ms")
    print(
        f"CPU during the {HOLD_S:g} s hold: {hold_share * 100:.1f} % of one core (idle baseline "
        f"{idle_share * 100:.1f} %, ratio {hold_share / max(idle_share, 1e-6):.1f})"
    )
    print(f"worst lateness {worst_ms:.1f} ms ({worst_name})")
    verdict = Verdict("timer")
    verdict.check("worst lateness", worst_ms, 20, " ms")
    verdict.check("CPU during the hold", hold_share * 100, 3, " % of a core")
    verdict.ratio("hold CPU / idle CPU", hold_share, max(idle_share, 1e-6))
    return verdict.finish()


if __name__ == "__main__":
    sys.exit(main())
