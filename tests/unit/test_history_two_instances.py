"""Two instances on one data folder (two users sharing a home, a network folder) lose no session."""

from __future__ import annotations

import random
import threading
import time
from datetime import timedelta
from pathlib import Path

from acupressure_desktop.history import History, PhaseRecord, SessionStatus
from tests.unit.test_history_store import START, a_record, fixed_now

ROUNDS = 300


def open_second(folder: Path, gate: threading.Barrier) -> None:
    gate.wait()
    History.open(folder, fixed_now).close()  # marks what it finds running as interrupted


def test_opening_a_second_instance_never_marks_a_completed_session_interrupted(tmp_path: Path) -> None:
    rng = random.Random(3914)
    first = History.open(tmp_path, fixed_now)
    overwritten: list[int] = []
    for n in range(ROUNDS):
        record = a_record(started_at=START + timedelta(minutes=10 * n))
        assert first.sessions.begin(record)
        running = record.model_copy(
            update={"phases": (*record.phases, PhaseRecord(kind="hold", side="left", planned_s=60, actual_s=60))}
        )
        assert first.sessions.save(running)
        done = running.model_copy(
            update={"status": SessionStatus.COMPLETED, "ended_at": record.started_at + timedelta(minutes=2)}
        )
        gate = threading.Barrier(2)
        second = threading.Thread(target=open_second, args=(tmp_path, gate))
        second.start()
        gate.wait()
        # Land the completion anywhere in the second instance's opening, the marking included.
        time.sleep(rng.uniform(0, 0.004))
        assert first.sessions.save(done)
        second.join()
        stored = first.sessions.get(record.id)
        assert stored is not None
        if stored.status is not SessionStatus.COMPLETED:
            overwritten.append(n)
    first.close()
    assert overwritten == [], f"completed sessions marked interrupted in rounds {overwritten}"


def test_notes_and_outcomes_from_two_instances_both_land(tmp_path: Path) -> None:
    first = History.open(tmp_path, fixed_now)
    second = History.open(tmp_path, fixed_now)
    records = [a_record(started_at=START + timedelta(hours=n)) for n in range(40)]
    for record in records:
        assert first.sessions.begin(record)

    def rate(history: History, rating: int) -> None:
        for record in records:
            assert history.sessions.set_outcome(record.id, rating, f"rated {rating}")

    threads = [threading.Thread(target=rate, args=(history, rating)) for history, rating in ((first, 2), (second, 7))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for record in records:
        stored = first.sessions.get(record.id)
        assert stored is not None
        # Each update is whole: the rating and the note always come from the same instance.
        assert stored.note == f"rated {stored.after_rating}"
    first.close()
    second.close()
