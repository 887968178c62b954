"""From a request to its runner: the right plan, the user's get-ready time, gentle pressure kept gentle."""

from __future__ import annotations

from uuid import uuid4

from acupressure_desktop.practice import CircularMassage, GuidedSession, PhaseKind, SteadyPressure
from acupressure_desktop.practice.protocols import GENTLE, MatProtocol
from acupressure_desktop.practice.requests import MatSessionRequest, PointSessionRequest
from acupressure_desktop.practice.routine_run import RoutineRun
from acupressure_desktop.practice.runners import runner_for
from acupressure_desktop.routines import Routine, RoutineStep
from tests.fakes import FakeClock


def test_a_point_request_runs_its_sides_after_the_chosen_get_ready_time() -> None:
    request = PointSessionRequest(point_code="LI4", protocol=SteadyPressure(), sides=("left", "right"))
    runner = runner_for(request, FakeClock(), get_ready_s=25)
    assert isinstance(runner.practice, GuidedSession)
    plan = runner.practice.plan
    assert plan.sides == ("left", "right")
    assert plan.phases[0].kind is PhaseKind.GET_READY and plan.phases[0].duration_s == 25


def test_gentle_pressure_lowers_a_firm_hold_but_never_raises_a_light_one() -> None:
    firm = PointSessionRequest(point_code="LI4", protocol=SteadyPressure(hold_level=0.9), sides=("left",))
    light = PointSessionRequest(point_code="LI4", protocol=CircularMassage(level=0.2), sides=("left",))
    for request, expected in ((firm, GENTLE), (light, 0.2)):
        runner = runner_for(request, FakeClock(), gentle_only=True)
        assert isinstance(runner.practice, GuidedSession)
        assert max(p.level for p in runner.practice.plan.phases) == expected


def test_a_mat_request_runs_one_centred_mat_plan() -> None:
    runner = runner_for(MatSessionRequest(protocol=MatProtocol(minutes=7)), FakeClock(), gentle_only=True)
    assert isinstance(runner.practice, GuidedSession)
    assert runner.practice.plan.sides == ("center",)
    on_mat = (PhaseKind.SETTLE, PhaseKind.REST, PhaseKind.FINISH)
    assert sum(p.duration_s for p in runner.practice.plan.phases if p.kind in on_mat) == 7 * 60


def test_a_routine_request_runs_one_plan_per_step_in_order() -> None:
    steps = (
        RoutineStep(point_code="PC6", sides="both"),
        RoutineStep(point_code="CV12", sides="center", protocol=CircularMassage()),
    )
    routine = Routine(id=uuid4(), name="Settle", steps=steps)
    runner = runner_for(routine.run_request(before_rating=4), FakeClock(), get_ready_s=5)
    assert isinstance(runner.practice, RoutineRun)
    assert [plan.sides for plan in runner.practice.plans] == [("left", "right"), ("center",)]
    assert all(plan.phases[0].duration_s == 5 for plan in runner.practice.plans)


def test_a_routine_s_run_request_carries_each_step_its_sides_and_the_routine_s_purpose() -> None:
    steps = (RoutineStep(point_code="HT7", sides="left"), RoutineStep(point_code="KI1", sides="both"))
    routine = Routine(name="Evening", purpose="insomnia", steps=steps)
    request = routine.run_request(before_rating=6)
    assert (request.routine_id, request.routine_name, request.before_rating) == (routine.id, "Evening", 6)
    assert [(s.point_code, s.sides, s.purpose) for s in request.steps] == [
        ("HT7", ("left",), "insomnia"),
        ("KI1", ("left", "right"), "insomnia"),
    ]
