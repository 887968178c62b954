"""A routine run in the history: the run, its points as sessions, how far it got."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

from acupressure_desktop.history import History, SessionStatus
from acupressure_desktop.history.run_recorder import RunRecorder
from acupressure_desktop.practice import CircularMassage, plan_session
from acupressure_desktop.practice.routine_run import RoutineRun, RunState
from tests.fakes import FakeClock


def recorded_run(folder: Path) -> tuple[FakeClock, History, RoutineRun, RunRecorder]:
    clock = FakeClock()
    history = History.open(folder)
    run = RoutineRun([plan_session(CircularMassage(), ("center",)) for _ in range(3)], 15, clock)
    recorder = RunRecorder(
        history.runs, history.sessions, run, uuid4(), "Evening", ["PC6", "HT7", "KI1"], "insomnia", 7
    )
    run.start()
    return clock, history, run, recorder


def press_to_the_end(run: RoutineRun, clock: FakeClock) -> None:
    while not run.is_over:
        due = run.seconds_to_next_event()
        clock.advance(1.0 if due is None else max(due, 0.01))
        run.update()


def test_a_whole_run_keeps_each_point_as_a_session_with_the_ratings_at_either_end(tmp_path: Path) -> None:
    clock, history, run, recorder = recorded_run(tmp_path)
    press_to_the_end(run, clock)
    recorder.finish_with(3)
    stored = history.runs.get(recorder.record.id)
    assert stored is not None and stored.status is SessionStatus.COMPLETED and stored.steps_done == 3
    sessions = sorted(
        (history.sessions.get(i) for i in history.runs.session_ids(recorder.record.id)), key=lambda r: r.started_at
    )
    assert [s.point_code for s in sessions] == ["PC6", "HT7", "KI1"]
    assert all(s.status is SessionStatus.COMPLETED and s.purpose == "insomnia" for s in sessions)
    assert (sessions[0].before_rating, sessions[-1].after_rating) == (7, 3)


def test_a_point_left_early_is_shortened_and_not_counted_as_done_in_a_stopped_run(tmp_path: Path) -> None:
    clock, history, run, recorder = recorded_run(tmp_path)
    clock.advance(20)
    run.update()
    run.next_now()  # leave the first point after 20 s
    assert run.state is RunState.FINDING
    run.next_now()
    clock.advance(5)
    run.update()
    run.stop()
    stored = history.runs.get(recorder.record.id)
    assert stored is not None and stored.status is SessionStatus.STOPPED and stored.steps_done == 0
    first, second = sorted(
        (history.sessions.get(i) for i in history.runs.session_ids(recorder.record.id)), key=lambda r: r.started_at
    )
    assert first.status is SessionStatus.SHORTENED and second.status is SessionStatus.STOPPED


def test_a_run_that_reaches_its_end_counts_only_the_points_pressed_in_full(tmp_path: Path) -> None:
    clock, history, run, recorder = recorded_run(tmp_path)
    clock.advance(20)
    run.update()
    run.next_now()  # the first point left early; the other two pressed in full
    press_to_the_end(run, clock)
    stored = history.runs.get(recorder.record.id)
    assert stored is not None and stored.status is SessionStatus.COMPLETED and stored.steps_done == 2
    assert recorder.points_pressed_in_full == 2
