"""Kill the app in the middle of a hold, twenty times: each time at most five seconds are lost.

Each child runs a real session on the monotonic clock, sped up ten times so a two-minute hold
passes in twelve seconds, and is killed (SIGKILL) at a random moment inside the hold. The next
start finds it interrupted, with the pressing time saved before the kill.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from uuid import UUID

import pytest

from acupressure_desktop.history import History, SessionStatus
from acupressure_desktop.practice.phases import GET_READY_S

SPEED = 10.0  # session seconds per real second
HOLD = (GET_READY_S + 32 + 30, GET_READY_S + 32 + 30 + 120)  # get ready, breathe, raise the pressure; the hold
KILLS = 20
AT_ONCE = 5  # children mostly sleep, so a few run side by side

CHILD = r"""
import sys, time
from pathlib import Path
from acupressure_desktop.history import History, SessionRecorder
from acupressure_desktop.practice import GuidedSession, SteadyPressure, plan_session

speed = float(sys.argv[2])
origin = time.monotonic()

def clock():
    return (time.monotonic() - origin) * speed

history = History.open(Path(sys.argv[1]))
session = GuidedSession(plan_session(SteadyPressure(), ("center",)), clock)
recorder = SessionRecorder(history.sessions, session, "CV6")
started = clock()
session.start()
print(recorder.record.id, origin, started, flush=True)
while not session.is_over:
    due = session.seconds_to_next_event()
    time.sleep((0.5 if due is None else due) / speed)
    session.update()
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_kill_inside_a_hold_loses_at_most_five_seconds(tmp_path: Path) -> None:
    chance = random.Random(17)
    losses: list[float] = []
    for batch in range(KILLS // AT_ONCE):
        running = []
        for n in range(AT_ONCE):
            folder = tmp_path / f"kill-{batch}-{n}"
            folder.mkdir()
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(folder), str(SPEED)], stdout=subprocess.PIPE, text=True
            )
            running.append((folder, child, chance.uniform(HOLD[0] + 3, HOLD[1] - 3)))
        started_children = []
        for folder, child, kill_at in running:
            assert child.stdout is not None
            session_id, origin, started = child.stdout.readline().split()
            started_children.append((kill_at, folder, child, UUID(session_id), float(origin), float(started)))
        for kill_at, folder, child, session_id, origin, started in sorted(started_children, key=lambda c: c[0]):
            time.sleep(max(0.0, origin + (started + kill_at) / SPEED - time.monotonic()))
            child.send_signal(signal.SIGKILL)
            killed_at = (time.monotonic() - origin) * SPEED - started
            child.wait(timeout=10)
            assert child.stdout is not None
            child.stdout.close()
            history = History.open(folder)
            stored = history.sessions.get(session_id)
            history.close()
            assert stored is not None and stored.status is SessionStatus.INTERRUPTED
            losses.append(killed_at - stored.actual_s)
    assert len(losses) == KILLS
    assert max(losses) <= 5.0, sorted(losses)
    assert min(losses) >= -0.5, sorted(losses)  # never more saved than was done
