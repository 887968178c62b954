"""The same controls over any practice: a point session, a mat session, a routine run."""

from __future__ import annotations

import pytest

from acupressure_desktop.practice import CircularMassage, GuidedSession, PhaseKind, SteadyPressure, plan_session
from acupressure_desktop.practice.practice_runner import PracticeRunner
from acupressure_desktop.practice.protocols import MatProtocol
from acupressure_desktop.practice.routine_run import RoutineRun, RunEnded, RunState, StepStarted
from tests.fakes import FakeClock


def session_runner(clock: FakeClock, protocol: object = None) -> PracticeRunner:
    return PracticeRunner(GuidedSession(plan_session(protocol or SteadyPressure(), ("center",)), clock))


def routine_runner(clock: FakeClock) -> PracticeRunner:
    plans = [plan_session(CircularMassage(), ("center",)) for _ in range(2)]
    return PracticeRunner(RoutineRun(plans, 15, clock))


@pytest.mark.parametrize("make", [session_runner, routine_runner, lambda c: session_runner(c, MatProtocol())])
def test_every_practice_starts_pauses_resumes_and_stops_the_same_way(make) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    runner = make(clock)
    assert not runner.is_running
    runner.start()
    assert runner.is_running and runner.session is not None
    runner.pause()
    assert runner.paused and runner.seconds_to_next_event() is None
    runner.pause()  # twice is the same as once
    assert runner.paused
    runner.resume()
    assert not runner.paused
    runner.stop()
    assert runner.is_over and not runner.is_running


def test_next_skips_a_phase_of_a_session_but_leaves_a_routine_s_point() -> None:
    clock = FakeClock()
    single = session_runner(clock)
    single.start()
    single.next_now()
    assert single.session is not None and single.session.snapshot().phase.kind is PhaseKind.BREATHE

    routine = routine_runner(clock)
    routine.start()
    routine.next_now()
    assert isinstance(routine.practice, RoutineRun) and routine.practice.state is RunState.FINDING
    assert routine.session is None  # waiting for the next point


def test_back_starts_a_phase_again_or_finds_the_point_again() -> None:
    clock = FakeClock()
    single = session_runner(clock)
    single.start()
    clock.advance(8)
    single.update()
    single.back()
    assert single.session is not None and single.session.elapsed() == 0

    routine = routine_runner(clock)
    routine.start()
    routine.back()
    assert isinstance(routine.practice, RoutineRun) and routine.practice.state is RunState.FINDING


def test_a_single_session_is_heard_as_a_run_of_one_step() -> None:
    clock = FakeClock()
    runner = session_runner(clock, CircularMassage())
    heard: list[object] = []
    runner.subscribe(heard.append)
    runner.start()
    assert isinstance(heard[0], StepStarted) and heard[0].index == 0 and heard[0].session is runner.session
    assert runner.finding_left is None
    session = runner.session
    assert session is not None
    while not runner.is_over:
        clock.advance(1)
        runner.update()
    assert heard[-1] == RunEnded(True, 1)


def test_a_stopped_single_session_ends_its_run_with_no_step_done() -> None:
    clock = FakeClock()
    runner = session_runner(clock)
    heard: list[object] = []
    runner.subscribe(heard.append)
    runner.start()
    clock.advance(5)
    runner.stop()
    assert heard[-1] == RunEnded(False, 0)


def test_a_routine_is_heard_step_by_step_with_its_finding_time() -> None:
    clock = FakeClock()
    runner = routine_runner(clock)
    heard: list[object] = []
    runner.subscribe(heard.append)
    runner.start()
    runner.next_now()
    assert runner.finding_left == 15
    clock.advance(15)
    runner.update()
    assert [type(e).__name__ for e in heard] == ["StepStarted", "FindingStarted", "StepStarted"]
    assert runner.finding_left is None
