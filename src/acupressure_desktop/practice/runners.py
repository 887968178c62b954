"""From what the user asked to practise to the runner that runs it."""

from __future__ import annotations

from acupressure_desktop.practice.guided_session import Clock, GuidedSession
from acupressure_desktop.practice.phases import GET_READY_S, SessionPlan, plan_session
from acupressure_desktop.practice.practice_runner import PracticeRunner
from acupressure_desktop.practice.protocols import gentle
from acupressure_desktop.practice.requests import (
    MatSessionRequest,
    PointSessionRequest,
    PracticeRequest,
    RoutineRunRequest,
)
from acupressure_desktop.practice.routine_run import FINDING_S, RoutineRun


def runner_for(
    request: PracticeRequest, clock: Clock, get_ready_s: float = GET_READY_S, gentle_only: bool = False
) -> PracticeRunner:
    """The runner for ``request``; ``gentle_only`` lowers every point's pressure (the mat has none to lower)."""
    if isinstance(request, MatSessionRequest):
        return PracticeRunner(GuidedSession(plan_session(request.protocol, ("center",), get_ready_s), clock))
    if isinstance(request, PointSessionRequest):
        protocol = gentle(request.protocol) if gentle_only else request.protocol
        return PracticeRunner(GuidedSession(plan_session(protocol, request.sides, get_ready_s), clock))
    return PracticeRunner(RoutineRun(routine_plans(request, get_ready_s, gentle_only), FINDING_S, clock))


def routine_plans(request: RoutineRunRequest, get_ready_s: float, gentle_only: bool) -> list[SessionPlan]:
    """One session plan per step of the routine, each with its own protocol and sides."""
    return [
        plan_session(gentle(step.protocol) if gentle_only else step.protocol, step.sides, get_ready_s)
        for step in request.steps
    ]
