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

from acupressure_desktop.history import HistoryStore, SessionStatus

# Shared by every writer: a fake clock, and a session run to its end with a line before and after.
PRELUDE = r"""
import sys, uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from acupressure_desktop.history import HistoryStore, SessionRecorder
from acupressure_desktop.practice import GuidedSession, SteadyPressure, plan_session

class Clock:
    now = 0.0
    def __call__(self):
        return self.now

def run_session(store):
    clock = Clock()
    session = GuidedSession(plan_session(SteadyPressure(), ("left", "right")), clock)
    recorder = SessionRecorder(store, session, "LI4")
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
store = HistoryStore.open(folder)
print("ready", flush=True)
while True:
    run_session(store)
""",
    "import": r"""
from acupressure_desktop.history.exchange import export_json, import_bytes
store = HistoryStore.open(folder)
print("ready", flush=True)
while True:
    run_session(store)
    # Export what is there under fresh ids, so every import adds a batch of new sessions.
    records = [r.model_copy(update={"id": uuid.uuid4()}) for r in store.recent(20)]
    print("importing", " ".join(str(r.id) for r in records), flush=True)
    import_bytes(store, export_json(records, datetime.now(UTC)).encode())
    print("imported", flush=True)
""",
    "backup": r"""
from datetime import date
from acupressure_desktop.history.backups import backup_dir, daily_backup
store = HistoryStore.open(folder)
print("ready", flush=True)
day = date(2026, 1, 1)
while True:
    run_session(store)
    daily_backup(store.connection, backup_dir(folder), day)
    day += timedelta(days=1)
""",
    "restore": r"""
from acupressure_desktop.history.backups import backup_dir, copy_database, restore_backup
store = HistoryStore.open(folder)
print("ready", flush=True)
while True:
    run_session(store)
    # A backup holding every finished session, restored at once: nothing finished may be lost.
    copy = backup_dir(folder) / "history-manual.backup.sqlite3"
    copy_database(store.connection, copy)
    store.close()
    restore_backup(folder / "history.sqlite3", copy, backup_dir(folder), datetime.now().astimezone())
    store = HistoryStore.open(folder)
""",
    "first run": r"""
store = HistoryStore.open(folder)
print("ready", flush=True)
run_session(store)
while True:
    run_session(store)
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
    lines = ([] if activity == "first run" else early) + child.stdout.read().splitlines()
    child.stdout.close()
    outcome = Outcome()
    for line in (raw.strip() for raw in lines):
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

    store = HistoryStore.open(folder)
    try:
        assert store.can_write, store.notice
        assert store.moved_aside is None, "a killed write left a history that had to be moved aside"
        for session_id in completed:
            record = store.get(session_id)
            assert record is not None, f"completed session {session_id} is missing"
            assert record.status is SessionStatus.COMPLETED
        if outcome.begun and outcome.begun[-1] not in outcome.completed:
            killed = store.get(outcome.begun[-1])
            # The row is written before "begun" is printed, so the killed session is always there.
            assert killed is not None
            # Killed between its last commit and the "done" line, it may already be complete.
            assert killed.status in (SessionStatus.INTERRUPTED, SessionStatus.COMPLETED)
        assert not any(r.status is SessionStatus.IN_PROGRESS for r in store.recent(100_000))
        for batch in outcome.imports_started:
            present = sum(store.get(i) is not None for i in batch)
            assert present in (0, len(batch)), f"an import was kept in part ({present} of {len(batch)})"
        if outcome.imports_finished:
            assert all(store.get(i) is not None for i in outcome.imports_started[outcome.imports_finished - 1])
    finally:
        store.close()


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
