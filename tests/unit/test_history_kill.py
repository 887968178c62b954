"""Kill a session writer at random moments: the database stays sound and nothing is lost."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from uuid import UUID

import pytest

from acupressure_desktop.history import HistoryStore, SessionStatus

WRITER = r"""
import sys
from pathlib import Path
from acupressure_desktop.history import HistoryStore, SessionRecorder
from acupressure_desktop.practice import GuidedSession, SteadyPressure, plan_session

class Clock:
    now = 0.0
    def __call__(self):
        return self.now

store = HistoryStore.open(Path(sys.argv[1]))
print("ready", flush=True)
while True:
    clock = Clock()
    session = GuidedSession(plan_session(SteadyPressure(), ("left", "right")), clock)
    recorder = SessionRecorder(store, session, "LI4")
    print("begun", recorder.record.id, flush=True)
    session.start()
    while not session.is_over:
        clock.now += 7.0
        session.update()
    print("done", recorder.record.id, flush=True)
"""

KILLS = 20


@pytest.mark.slow
def test_sigkill_at_random_moments_never_damages_the_history(tmp_path: Path) -> None:
    rng = random.Random(20261124)
    completed: set[UUID] = set()
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True, bufsize=1
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        # Let the writer get a random way into its work, then kill it wherever it is by then.
        early_lines = [child.stdout.readline() for _ in range(rng.randint(0, 7))]
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        begun: list[UUID] = []
        for line in "".join(early_lines).splitlines() + child.stdout.read().splitlines():
            word, _, value = line.partition(" ")
            if word == "begun":
                begun.append(UUID(value))
            elif word == "done":
                completed.add(UUID(value))
        child.stdout.close()

        db = sqlite3.connect(tmp_path / "history.sqlite3")
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.close()
        store = HistoryStore.open(tmp_path)
        for session_id in completed:
            record = store.get(session_id)
            assert record is not None and record.status is SessionStatus.COMPLETED
        if begun and begun[-1] not in completed:
            killed = store.get(begun[-1])
            # The row is written before "begun" is printed, so the killed session is always there.
            assert killed is not None
            # Killed between its last commit and the "done" line, it may already be complete.
            assert killed.status in (SessionStatus.INTERRUPTED, SessionStatus.COMPLETED)
            if killed.status is SessionStatus.INTERRUPTED:
                assert killed.ended_at is not None
        assert not any(r.status is SessionStatus.IN_PROGRESS for r in store.recent(10_000))
        store.close()
    assert completed, "the writer never finished a session; the kill windows are too short"
