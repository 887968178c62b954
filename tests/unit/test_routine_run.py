"""A routine run without a screen: find each point, press it, pause, go on, go back, stop."""

from __future__ import annotations

import pytest

from acupressure_desktop.practice import CircularMassage, plan_session
from acupressure_desktop.practice.events import Ended
from acupressure_desktop.practice.routine_run import (
    FindingStarted,
    RoutineRun,
    RunEnded,
    RunEvent,
    RunState,
    StepStarted,
)
from tests.fakes import FakeClock

FINDING_S = 15.0


def three_steps(clock: FakeClock) -> tuple[RoutineRun, list[RunEvent]]:
    plans = [plan_session(CircularMassage(), ("center",)) for _ in range(3)]
    run = RoutineRun(plans, FINDING_S, clock)
    events: list[RunEvent] = []
    run.subscribe(events.append)
    return run, events


def drive(run: RoutineRun, clock: FakeClock, seconds: float) -> None:
    """Wake the run whenever it asks, for ``seconds`` of clock time."""
    end = clock.now + seconds
    while clock.now < end and not run.is_over:
        due = run.seconds_to_next_event()
        clock.advance(min(end - clock.now, 1.0 if due is None else max(due, 0.01)))
        run.update()


def finish_step(run: RoutineRun, clock: FakeClock) -> None:
    """Press the current point to the end of its session, and not a moment longer."""
    while run.state is RunState.PRESSING:
        due = run.seconds_to_next_event()
        clock.advance(1.0 if due is None else max(due, 0.01))
        run.update()


def test_the_first_point_starts_at_once_and_each_later_one_after_time_to_find_it() -> None:
    clock = FakeClock()
    run, events = three_steps(clock)
    run.start()
    assert run.state is RunState.PRESSING and isinstance(events[0], StepStarted)
    finish_step(run, clock)
    assert run.state is RunState.FINDING and run.index == 1
    assert events[-1] == FindingStarted(1, FINDING_S)
    drive(run, clock, FINDING_S - 1)
    assert run.state is RunState.FINDING
    drive(run, clock, 1)
    assert run.state is RunState.PRESSING and run.index == 1


def test_a_run_pressed_to_the_end_is_completed_with_every_step() -> None:
    clock = FakeClock()
    run, events = three_steps(clock)
    run.start()
    for _ in range(3):
        finish_step(run, clock)
        drive(run, clock, FINDING_S)
    assert run.state is RunState.COMPLETED
    assert events[-1] == RunEnded(True, 3)


def test_pausing_while_finding_freezes_the_countdown() -> None:
    clock = FakeClock()
    run, _ = three_steps(clock)
    run.start()
    finish_step(run, clock)
    clock.advance(5)
    run.toggle_pause()
    assert run.paused and run.seconds_to_next_event() is None
    clock.advance(100)
    run.update()
    assert run.state is RunState.FINDING and run.finding_left() == pytest.approx(FINDING_S - 5)
    run.toggle_pause()
    assert not run.paused
    drive(run, clock, FINDING_S - 5)
    assert run.state is RunState.PRESSING


def test_pausing_while_pressing_pauses_the_point_s_session() -> None:
    clock = FakeClock()
    run, _ = three_steps(clock)
    run.start()
    clock.advance(3)
    run.pause()
    assert run.paused and run.session is not None and run.session.elapsed() == 3
    clock.advance(50)
    assert run.session.elapsed() == 3
    run.resume()
    assert not run.paused


def test_next_now_starts_the_point_being_found_or_leaves_the_one_being_pressed() -> None:
    clock = FakeClock()
    run, _ = three_steps(clock)
    ended: list[Ended] = []
    run.subscribe(lambda e: isinstance(e, StepStarted) and e.session.subscribe(_ended_into(ended)))
    run.start()
    run.next_now()  # one key press leaves the first point, instead of skipping phase by phase
    assert run.state is RunState.FINDING and run.index == 1
    assert ended[-1].completed  # the session reached its end (skipped), so the recorder files it shortened
    run.next_now()
    assert run.state is RunState.PRESSING and run.index == 1


def test_back_finds_the_previous_point_or_this_one_again() -> None:
    clock = FakeClock()
    run, _ = three_steps(clock)
    run.start()
    finish_step(run, clock)
    run.back()
    assert (run.state, run.index) == (RunState.FINDING, 0)
    run.next_now()
    pressed = run.session
    assert pressed is not None
    run.back()  # from pressing: find this point again, the step's session is stopped
    assert (run.state, run.index) == (RunState.FINDING, 0)
    assert pressed.is_over and run.session is None


def test_stop_ends_the_run_and_its_step_at_any_moment() -> None:
    clock = FakeClock()
    run, events = three_steps(clock)
    run.start()
    pressed = run.session
    clock.advance(10)
    run.stop()
    assert run.state is RunState.STOPPED and events[-1] == RunEnded(False, 0)
    assert pressed is not None and pressed.is_over
    run.stop()  # twice is harmless
    assert events.count(RunEnded(False, 0)) == 1


def _ended_into(found: list[Ended]):  # type: ignore[no-untyped-def]
    def listen(event: object) -> None:
        if isinstance(event, Ended):
            found.append(event)

    return listen


def test_a_run_needs_a_step() -> None:
    with pytest.raises(ValueError, match="at least one step"):
        RoutineRun([], FINDING_S, FakeClock())
