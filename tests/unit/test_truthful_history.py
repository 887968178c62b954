"""The history never overstates: shortened sessions say so, and only real practice counts toward the goal."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path
from uuid import uuid4

from acupressure_desktop.history import History, PhaseRecord, SessionStatus
from acupressure_desktop.history.opening import DATABASE_NAME
from acupressure_desktop.history.records import RoutineRunRecord
from acupressure_desktop.history.schema import MIGRATIONS, statements
from acupressure_desktop.practice.protocols import MatProtocol
from tests.unit.test_history_store import START, a_record, fixed_now

HOLD_SKIPPED = (
    PhaseRecord(kind="breathe", side="center", planned_s=32, actual_s=32),
    PhaseRecord(kind="ramp_up", side="center", planned_s=30, actual_s=30),
    PhaseRecord(kind="hold", side="center", planned_s=120, actual_s=5),
    PhaseRecord(kind="ease_off", side="center", planned_s=30, actual_s=30),
)
EIGHT_SECONDS = (
    PhaseRecord(kind="breathe", side="center", planned_s=32, actual_s=32),
    PhaseRecord(kind="ramp_up", side="center", planned_s=30, actual_s=8),
)


WHOLE, SKIPPED_HOLD, EIGHT = uuid4(), uuid4(), uuid4()


def version_six_history(folder: Path) -> None:
    """A history as the previous version left it: a skipped hold was still filed as completed."""
    db = sqlite3.connect(folder / DATABASE_NAME, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    for script in MIGRATIONS[:6]:
        for statement in statements(script):
            db.execute(statement)
    rows = [(WHOLE, "completed", 120.0, 30.0), (SKIPPED_HOLD, "completed", 5.0, 30.0), (EIGHT, "stopped", 0.0, 8.0)]
    for session_id, status, hold, ramp in rows:
        db.execute(
            "INSERT INTO sessions (id, point_code, protocol, sides, started_at, status, started_utc, actual_s,"
            " protocol_kind) VALUES (?, 'CV6', ?, '[\"center\"]', ?, ?, ?, ?, 'steady')",
            (
                str(session_id),
                json.dumps({"kind": "steady"}),
                START.isoformat(),
                status,
                START.timestamp(),
                32 + ramp + hold,
            ),
        )
        phases = [("breathe", 32, 32), ("ramp_up", 30, ramp), ("hold", 120, hold)]
        db.executemany(
            "INSERT INTO session_phases VALUES (?, ?, ?, 'center', ?, ?)",
            [(str(session_id), i, kind, planned, actual) for i, (kind, planned, actual) in enumerate(phases)],
        )
    db.execute("PRAGMA user_version = 6")
    db.close()


def test_an_older_history_is_migrated_to_truthful_statuses_and_goal_counts(tmp_path: Path) -> None:
    version_six_history(tmp_path)
    history = History.open(tmp_path, fixed_now)
    whole, skipped, eight = (history.sessions.get(i) for i in (WHOLE, SKIPPED_HOLD, EIGHT))
    assert (whole.status, skipped.status, eight.status) == (
        SessionStatus.COMPLETED,
        SessionStatus.SHORTENED,
        SessionStatus.STOPPED,
    )
    assert [len(r.phases) for r in (whole, skipped, eight)] == [3, 3, 3]  # the phases survived the rebuild
    assert (whole.pressing_s, skipped.pressing_s, eight.pressing_s) == (150, 35, 8)
    assert history.totals.sessions_on(START.date()) == 1  # only the eight seconds fall short of a minute
    assert history.totals.practices_on(START.date()) == 1
    [day] = history.totals.daily(START.date(), START.date())
    assert day.minutes == round((150 + 35 + 8) / 60, 2)


def test_a_skipped_hold_is_shortened_and_eight_seconds_do_not_count(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    shortened = a_record(phases=HOLD_SKIPPED, status=SessionStatus.SHORTENED, ended_at=START + timedelta(minutes=4))
    brief = a_record(phases=EIGHT_SECONDS, status=SessionStatus.STOPPED, started_at=START + timedelta(hours=1))
    history.sessions.begin(shortened)
    history.sessions.begin(brief)
    assert shortened.counts_toward_goal and not brief.counts_toward_goal
    assert history.totals.practices_on(START.date()) == 1
    assert history.totals.sessions_on(START.date()) == 1
    [day] = history.totals.daily(START.date(), START.date())
    assert day.minutes == round((30 + 5 + 30 + 8) / 60, 2)


def test_a_mat_session_counts_after_five_minutes_on_the_mat(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)

    def mat(seconds: float, hours: int) -> None:
        phases = (PhaseRecord(kind="rest", side="center", planned_s=600, actual_s=seconds),)
        record = a_record(point_code=None, protocol=MatProtocol(), sides=("center",), phases=phases)
        history.sessions.begin(record.model_copy(update={"started_at": START + timedelta(hours=hours)}))

    mat(0, 0)
    mat(299, 1)
    assert history.totals.practices_on(START.date()) == 0
    mat(300, 2)
    assert history.totals.practices_on(START.date()) == 1


def test_a_routine_run_counts_once_half_its_steps_count(tmp_path: Path) -> None:
    history = History.open(tmp_path, fixed_now)
    run = RoutineRunRecord(routine_id=uuid4(), routine_name="Evening", started_at=START, steps_planned=4)
    history.runs.begin(run)
    history.sessions.begin(a_record(routine_run_id=run.id))
    history.sessions.begin(a_record(routine_run_id=run.id, phases=EIGHT_SECONDS))
    assert history.totals.practices_on(START.date()) == 0  # one of four steps counts
    history.sessions.begin(a_record(routine_run_id=run.id))
    assert history.totals.practices_on(START.date()) == 1  # two of four: the run counts, its steps do not
