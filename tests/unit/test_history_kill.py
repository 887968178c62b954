"""Kill the history's writers at random moments: the database stays sound and nothing is lost.

Five activities are killed in turn: running sessions, imports, daily backups, restores and a
first run in an empty folder. After every kill the history is opened as the next start would,
and checked: intact, every completed session present, the one in flight marked interrupted,
every import all or nothing, and no file readable by other users.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

import pytest

from acupressure_desktop.history import History, SessionStatus

# Shared by every writer: a fake clock, and a session run to its end with a line before and after.
PRELUDE = r"""
import sys, uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from acupressure_desktop.history import History, SessionRecorder
from acupressure_desktop.practice import GuidedSession, SteadyPressure, plan_session

class Clock:
    now = 0.0
    def __call__(self):
        return self.now

def run_session(history):
    clock = Clock()
    session = GuidedSession(plan_session(SteadyPressure(), ("left", "right")), clock)
    recorder = SessionRecorder(history.sessions, session, "LI4")
    print("begun", recorder.record.id, flush=True)
    session.start()
    while not session.is_over:
        clock.now += 7.0
        session.update()
    print("done", recorder.record.id, flush=True)

folder = Path(sys.argv[1])
"""

WRITERS = {
    "session": r"""
history = History.open(folder)
print("ready", flush=True)
while True:
    run_session(history)
""",
    "import": r"""
from acupressure_desktop.history.exchange import export_json, import_bytes
history = History.open(folder)
print("ready", flush=True)
while True:
    run_session(history)
    # Export what is there under fresh ids, so every import adds a batch of new sessions.
    records = [r.model_copy(update={"id": uuid.uuid4()}) for r in history.sessions.recent(20)]
    print("importing", " ".join(str(r.id) for r in records), flush=True)
    import_bytes(history.sessions, export_json(records, datetime.now(UTC)).encode())
    print("imported", flush=True)
""",
    "backup": r"""
from datetime import date
history = History.open(folder)
print("ready", flush=True)
day = date(2026, 1, 1)
while True:
    run_session(history)
    history.database.back_up_daily(day)
    day += timedelta(days=1)
""",
    "restore": r"""
from acupressure_desktop.history.backups import copy_database
history = History.open(folder)
print("ready", flush=True)
while True:
    run_session(history)
    # A backup holding every finished session, restored at once: nothing finished may be lost.
    copy = history.database.backup_folder / "history-manual.backup.sqlite3"
    history.database.read(lambda db: copy_database(db, copy), None)
    history.database.restore(copy, datetime.now().astimezone())
""",
    "first run": r"""
history = History.open(folder)
print("ready", flush=True)
run_session(history)
while True:
    run_session(history)
""",
}

KILLS_PER_ACTIVITY = 20
# CI has a time budget; the test stops adding kills past it (and says so) rather than time out.
TIME_BUDGET_S = 600.0


@dataclass
class Outcome:
    """What a killed writer said it had done before it died."""

    begun: list[UUID] = field(default_factory=list)
    completed: set[UUID] = field(default_factory=set)
    imports_started: list[list[UUID]] = field(default_factory=list)
    imports_finished: int = 0


def run_and_kill(activity: str, folder: Path, rng: random.Random) -> Outcome:
    child = subprocess.Popen(
        [sys.executable, "-c", PRELUDE + WRITERS[activity], str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert child.stdout is not None
    if activity == "first run":
        # The first moments are the point: kill anywhere from opening the file to the first session.
        time.sleep(rng.uniform(0.0, 0.9))
    else:
        assert child.stdout.readline().strip() == "ready"
        early = [child.stdout.readline() for _ in range(rng.randint(0, 5))]
        time.sleep(rng.uniform(0.0, 0.03))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    said = ("" if activity == "first run" else "".join(early)) + child.stdout.read()
    child.stdout.close()
    # A line cut short by the kill says nothing for sure: only whole lines count.
    lines = [line.strip() for line in said.splitlines(keepends=True) if line.endswith("\n")]
    outcome = Outcome()
    for line in lines:
        word, _, value = line.partition(" ")
        if word == "begun":
            outcome.begun.append(UUID(value))
        elif word == "done":
            outcome.completed.add(UUID(value))
        elif word == "importing":
            outcome.imports_started.append([UUID(v) for v in value.split()])
        elif word == "imported":
            outcome.imports_finished += 1
    return outcome


def files_under(folder: Path) -> Iterator[Path]:
    if folder.exists():  # a first run killed before it made its folder left nothing to check
        yield folder
        yield from folder.rglob("*")


def check_history(folder: Path, outcome: Outcome, completed: set[UUID]) -> None:
    database = folder / "history.sqlite3"
    if database.exists() and database.stat().st_size > 0:
        db = sqlite3.connect(database)
        try:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            db.close()
    for path in files_under(folder):
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert mode & 0o077 == 0, f"{path.name} is readable by others ({mode:o})"

    history = History.open(folder)
    try:
        assert history.database.can_write, history.database.notice
        assert history.database.moved_aside is None, "a killed write left a history that had to be moved aside"
        for session_id in completed:
            record = history.sessions.get(session_id)
            assert record is not None, f"completed session {session_id} is missing"
            assert record.status is SessionStatus.COMPLETED
        if outcome.begun and outcome.begun[-1] not in outcome.completed:
            killed = history.sessions.get(outcome.begun[-1])
            # The row is written before "begun" is printed, so the killed session is always there.
            assert killed is not None
            # Killed between its last commit and the "done" line, it may already be complete.
            assert killed.status in (SessionStatus.INTERRUPTED, SessionStatus.COMPLETED)
        assert not any(r.status is SessionStatus.IN_PROGRESS for r in history.sessions.recent(100_000))
        for batch in outcome.imports_started:
            present = sum(history.sessions.get(i) is not None for i in batch)
            assert present in (0, len(batch)), f"an import was kept in part ({present} of {len(batch)})"
        if outcome.imports_finished:
            last = outcome.imports_started[outcome.imports_finished - 1]
            assert all(history.sessions.get(i) is not None for i in last)
    finally:
        history.close()


@pytest.mark.slow
def test_sigkill_at_random_moments_of_every_kind_of_write_never_damages_the_history(tmp_path: Path) -> None:
    rng = random.Random(20261128)
    deadline = time.monotonic() + TIME_BUDGET_S
    kills: dict[str, int] = {}
    for activity in WRITERS:
        folder = tmp_path / activity.replace(" ", "-")
        completed: set[UUID] = set()
        for attempt in range(KILLS_PER_ACTIVITY):
            if time.monotonic() > deadline:
                break
            if activity == "first run":
                folder = tmp_path / f"first-run-{attempt}"
                completed = set()
            outcome = run_and_kill(activity, folder, rng)
            completed |= outcome.completed
            check_history(folder, outcome, completed)
            kills[activity] = kills.get(activity, 0) + 1
        if activity != "first run":
            assert completed, f"the {activity} writer never finished a session; the kill windows are too short"
    total = sum(kills.values())
    print(f"kills: {total} ({', '.join(f'{k} {v}' for k, v in kills.items())})")
    assert total >= 100, f"only {total} kills fitted in the time budget: {kills}"
