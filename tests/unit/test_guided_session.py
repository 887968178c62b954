"""The session state machine on a fake clock: a whole session in milliseconds of test time."""

import pytest

from acupressure_desktop.practice import (
    CircularMassage,
    GuidedSession,
    PhaseKind,
    SessionState,
    SteadyPressure,
    plan_session,
)
from acupressure_desktop.practice.events import Cue, Ended, Paused, PhaseStarted, Progress, Resumed, SessionEvent
from acupressure_desktop.practice.phases import GET_READY_S
from tests.fakes import FakeClock

STEADY = SteadyPressure()


def run(session: GuidedSession, clock: FakeClock, seconds: float, step: float = 0.5) -> None:
    for _ in range(round(seconds / step)):
        clock.advance(step)
        session.update()


def recorded(session: GuidedSession) -> list[SessionEvent]:
    events: list[SessionEvent] = []
    session.subscribe(events.append)
    return events


def test_a_one_sided_steady_session_walks_every_phase_in_order() -> None:
    clock = FakeClock()
    plan = plan_session(STEADY, ("center",))
    session = GuidedSession(plan, clock)
    events = recorded(session)
    session.start()
    run(session, clock, plan.total_s + 1)
    phases = [e.phase.kind for e in events if isinstance(e, PhaseStarted)]
    assert phases == [PhaseKind.GET_READY, PhaseKind.BREATHE, PhaseKind.RAMP_UP, PhaseKind.HOLD, PhaseKind.EASE_OFF]
    assert isinstance(events[-1], Ended) and events[-1].completed
    assert session.state is SessionState.COMPLETED
    assert plan.total_s == GET_READY_S + 32 + 180


def test_both_sides_run_left_then_right_with_a_pause_between() -> None:
    clock = FakeClock()
    plan = plan_session(STEADY, ("left", "right"))
    session = GuidedSession(plan, clock)
    events = recorded(session)
    session.start()
    run(session, clock, plan.total_s)
    started = [(e.phase.kind, e.phase.side) for e in events if isinstance(e, PhaseStarted)]
    assert started[2:] == [
        (PhaseKind.RAMP_UP, "left"),
        (PhaseKind.HOLD, "left"),
        (PhaseKind.EASE_OFF, "left"),
        (PhaseKind.SWITCH_SIDE, "right"),
        (PhaseKind.RAMP_UP, "right"),
        (PhaseKind.HOLD, "right"),
        (PhaseKind.EASE_OFF, "right"),
    ]
    pressing_per_side = [
        sum(p.duration_s for p in plan.phases if p.is_pressing and p.side == side) for side in ("left", "right")
    ]
    assert pressing_per_side == [180, 180]


def test_target_pressure_rises_holds_and_falls() -> None:
    plan = plan_session(STEADY, ("center",))
    ramp = next(p for p in plan.phases if p.kind is PhaseKind.RAMP_UP)
    assert plan.pressure_at(ramp.start_s) == 0
    assert plan.pressure_at(ramp.start_s + 15) == pytest.approx(0.35)
    assert plan.pressure_at(ramp.end_s + 60) == pytest.approx(0.7)
    assert plan.pressure_at(plan.total_s - 15) == pytest.approx(0.35)
    assert plan.pressure_at(plan.total_s) == 0
    assert plan.pressure_at(1.0) == 0  # getting ready: no pressure yet


def test_pauses_are_not_counted() -> None:
    clock = FakeClock()
    session = GuidedSession(plan_session(STEADY, ("center",)), clock)
    events = recorded(session)
    session.start()
    clock.advance(10)
    session.pause()
    clock.advance(300)
    session.update()
    assert session.elapsed() == 10
    assert session.state is SessionState.PAUSED
    session.resume()
    clock.advance(5)
    assert session.elapsed() == 15
    assert [type(e) for e in events if isinstance(e, Paused | Resumed)] == [Paused, Resumed]


def test_skipping_jumps_to_the_next_phase_and_drops_its_cues() -> None:
    clock = FakeClock()
    plan = plan_session(STEADY, ("center",))
    session = GuidedSession(plan, clock)
    events = recorded(session)
    session.start()
    clock.advance(GET_READY_S + 1)  # into the breathing
    session.update()
    session.skip_phase()
    assert session.snapshot().phase.kind is PhaseKind.RAMP_UP
    breaths = [e for e in events if isinstance(e, Cue) and e.name.startswith("breathe")]
    assert len(breaths) == 1
    spent = session.phase_seconds()
    assert spent[1] == pytest.approx(1.0)


def test_skipping_the_last_phase_completes_the_session() -> None:
    clock = FakeClock()
    session = GuidedSession(plan_session(CircularMassage(), ("center",)), clock)
    session.start()
    for _ in range(3):
        session.skip_phase()
    assert session.state is SessionState.COMPLETED


def test_stopping_ends_the_session_as_not_completed() -> None:
    clock = FakeClock()
    session = GuidedSession(plan_session(STEADY, ("center",)), clock)
    events = recorded(session)
    session.start()
    clock.advance(42)
    session.stop()
    clock.advance(100)
    assert session.elapsed() == 42
    assert events[-1] == Ended(False, 42)
    session.update()
    assert session.state is SessionState.STOPPED


def test_ramps_tick_every_ten_seconds_and_massage_cues_each_circle() -> None:
    plan = plan_session(STEADY, ("center",))
    ramp = next(p for p in plan.phases if p.kind is PhaseKind.RAMP_UP)
    assert [t - ramp.start_s for t, _ in plan.cue_times(ramp)] == [10, 20]
    massage_plan = plan_session(CircularMassage(massage_s=60, circles_per_minute=30), ("center",))
    massage = massage_plan.phases[-1]
    assert len(massage_plan.cue_times(massage)) == 29


def test_breathing_cues_follow_the_chosen_pace() -> None:
    plan = plan_session(SteadyPressure(breathing={"breaths": 3, "seconds_per_breath": 10}), ("center",))
    breathe = plan.phases[1]
    cues = plan.cue_times(breathe)
    assert [(t - breathe.start_s, name) for t, name in cues] == [
        (0, "breathe_in"),
        (5, "breathe_out"),
        (10, "breathe_in"),
        (15, "breathe_out"),
        (20, "breathe_in"),
        (25, "breathe_out"),
    ]


def test_the_pacer_is_full_mid_breath_and_empty_between_breaths() -> None:
    clock = FakeClock()
    plan = plan_session(STEADY, ("center",))
    session = GuidedSession(plan, clock)
    start = plan.phases[1].start_s
    assert session.breath_at(start) == pytest.approx(0)
    assert session.breath_at(start + 4) == pytest.approx(1)


def test_events_are_never_lost_when_updates_come_late() -> None:
    clock = FakeClock()
    plan = plan_session(STEADY, ("center",))
    session = GuidedSession(plan, clock)
    events = recorded(session)
    session.start()
    clock.advance(1000)
    session.update()  # one late update still emits everything, in order
    times = [e.at_s for e in events]
    assert times == sorted(times)
    assert sum(isinstance(e, PhaseStarted) for e in events) == len(plan.phases)


def test_the_next_event_is_scheduled_from_elapsed_time() -> None:
    clock = FakeClock()
    session = GuidedSession(plan_session(STEADY, ("center",)), clock)
    assert session.seconds_to_next_event() is None
    session.start()
    assert session.seconds_to_next_event() == pytest.approx(4)  # the first save of progress
    clock.advance(2)
    assert session.seconds_to_next_event() == pytest.approx(2)
    clock.advance(7)
    session.update()
    assert session.seconds_to_next_event() == pytest.approx(1)  # breathing starts at 10 s
    session.pause()
    assert session.seconds_to_next_event() is None


def test_a_session_cannot_be_started_twice() -> None:
    session = GuidedSession(plan_session(STEADY, ("center",)), FakeClock())
    session.start()
    with pytest.raises(RuntimeError):
        session.start()


def test_a_plan_needs_a_side() -> None:
    with pytest.raises(ValueError, match="at least one side"):
        plan_session(STEADY, ())


def test_a_running_session_asks_to_be_saved_every_four_seconds_but_not_while_paused() -> None:
    clock = FakeClock()
    session = GuidedSession(plan_session(STEADY, ("center",)), clock)
    events = recorded(session)
    session.start()
    clock.advance(9)
    session.update()
    session.pause()
    clock.advance(60)
    session.resume()
    clock.advance(4)
    session.update()
    assert [e.at_s for e in events if isinstance(e, Progress)] == [pytest.approx(9), pytest.approx(13)]


def test_back_restarts_the_phase_and_counts_the_time_already_spent_in_it() -> None:
    clock = FakeClock()
    plan = plan_session(STEADY, ("center",))
    session = GuidedSession(plan, clock)
    events = recorded(session)
    session.start()
    hold = next(i for i, p in enumerate(plan.phases) if p.kind is PhaseKind.HOLD)
    clock.advance(plan.phases[hold].start_s + 40)
    session.update()
    session.back()
    snapshot = session.snapshot()
    assert snapshot.phase.kind is PhaseKind.HOLD and snapshot.phase_elapsed_s == 0
    assert isinstance(events[-1], PhaseStarted) and events[-1].phase.kind is PhaseKind.HOLD
    clock.advance(120)
    session.update()
    assert session.phase_seconds()[hold] == pytest.approx(160)  # 40 s, then the whole hold again


def test_back_just_after_a_phase_began_goes_to_the_one_before() -> None:
    clock = FakeClock()
    plan = plan_session(STEADY, ("center",))
    session = GuidedSession(plan, clock)
    session.start()
    clock.advance(GET_READY_S + 1)  # a second into breathing
    session.update()
    session.back()
    assert session.snapshot().phase.kind is PhaseKind.GET_READY
    assert session.elapsed() == 0
