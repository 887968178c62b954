"""What follows the user besides sessions: their routines, the runs of them, and the quiz."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Scheduler

from acupressure_desktop.history import History, KnownDevice, SessionStatus
from acupressure_desktop.history.records import RoutineRunRecord
from acupressure_desktop.history.sync.merge import HistoryMerge, MergeResult
from acupressure_desktop.history.sync.sync_folder import SyncFolder
from acupressure_desktop.learning.cards import CardKey, QuizMode
from acupressure_desktop.learning.grading import Outcome
from acupressure_desktop.learning.schedule import Schedule
from acupressure_desktop.routines.models import Routine, RoutineStep

DESK, LAPTOP = "d" * 32, "1" * 32
DAY = date(2026, 11, 28)
MORNING = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)


class Computer:
    def __init__(self, home: Path, shared: Path, device: str, name: str) -> None:
        self.clock = MORNING
        self.history = History.open(home, now=lambda: self.clock, device=device)
        self.sync = SyncFolder.for_device(shared, device, name, "0.2.0", lambda: DAY)
        self.history.changes.listen(self.sync.record)
        self.schedule = Schedule(self.history.quiz, lambda: self.clock, Scheduler(enable_fuzzing=False), 10)

    def merge(self) -> MergeResult | None:
        return self.sync.merge_into(HistoryMerge(self.history.database)).merged


@pytest.fixture
def computers(tmp_path: Path) -> tuple[Computer, Computer]:
    shared = tmp_path / "Sync"
    shared.mkdir()
    return Computer(tmp_path / "desk", shared, DESK, "Desk"), Computer(tmp_path / "laptop", shared, LAPTOP, "Laptop")


def test_a_routine_made_on_one_computer_is_there_on_the_other_until_deleted(
    computers: tuple[Computer, Computer],
) -> None:
    desk, laptop = computers
    routine = Routine(name="Evening wind-down", purpose="insomnia", steps=(RoutineStep(point_code="HT7"),))
    desk.history.routines.save(routine)
    assert laptop.merge() == MergeResult(routines=1)
    assert [r.name for r in laptop.history.routines.load()[0]] == ["Evening wind-down"]
    renamed = routine.model_copy(update={"name": "Before bed"})
    laptop.history.routines.save(renamed)
    desk.merge()
    assert [r.name for r in desk.history.routines.load()[0]] == ["Before bed"]
    desk.history.routines.delete(routine.id)
    assert laptop.merge() == MergeResult(routines=1)
    assert laptop.history.routines.load()[0] == []


def test_a_routine_run_arrives_finished_and_its_sessions_point_at_it(computers: tuple[Computer, Computer]) -> None:
    desk, laptop = computers
    run = RoutineRunRecord(
        routine_id=Routine(name="x", steps=(RoutineStep(point_code="LI4"),)).id,
        routine_name="Headache relief",
        started_at=MORNING,
        steps_planned=2,
    )
    desk.history.runs.begin(run)
    desk.history.runs.finish(run.id, SessionStatus.COMPLETED, 2, MORNING + timedelta(minutes=9))
    laptop.merge()
    arrived = laptop.history.runs.get(run.id)
    assert arrived is not None and arrived.status is SessionStatus.COMPLETED and arrived.steps_done == 2
    assert laptop.merge() == MergeResult()


def test_quiz_answers_from_both_computers_count_and_the_latest_schedule_wins(
    computers: tuple[Computer, Computer],
) -> None:
    desk, laptop = computers
    key = CardKey(mode=QuizMode.LOCATE, point_code="ST36").text
    desk.schedule.answer(key, Outcome.RIGHT, 4.0, 0.2)
    laptop.merge()
    laptop.clock = MORNING + timedelta(days=3)
    later = laptop.schedule.answer(key, Outcome.CLOSE, 6.0, 0.8)
    assert desk.merge() == MergeResult(cards=1)
    assert len(desk.history.quiz.reviews()) == len(laptop.history.quiz.reviews()) == 2
    card = desk.history.quiz.card(key)
    assert card is not None and card.due == later.due
    assert laptop.merge() == MergeResult() and desk.merge() == MergeResult()


def test_the_names_of_the_computers_are_remembered_for_the_history(computers: tuple[Computer, Computer]) -> None:
    desk, laptop = computers
    desk.sync.daily_goal(3)
    report = laptop.sync.merge_into(HistoryMerge(laptop.history.database))
    seen = report.devices[DESK]
    assert laptop.history.devices.remember([KnownDevice(seen.device, seen.name)])
    assert [(d.device, d.name) for d in laptop.history.devices.known()] == [(DESK, "Desk")]
