"""Guided pressure sessions: protocols, their timeline and the session state machine (no Qt)."""

from acupressure_desktop.practice.guided_session import GuidedSession, SessionState, Snapshot
from acupressure_desktop.practice.phases import Phase, PhaseKind, SessionPlan, plan_session
from acupressure_desktop.practice.protocols import (
    MAX_PRESSING_SECONDS,
    BreathingPrep,
    CircularMassage,
    Protocol,
    SteadyPressure,
    parse_protocol,
)

__all__ = [
    "MAX_PRESSING_SECONDS",
    "BreathingPrep",
    "CircularMassage",
    "GuidedSession",
    "Phase",
    "PhaseKind",
    "Protocol",
    "SessionPlan",
    "SessionState",
    "Snapshot",
    "SteadyPressure",
    "parse_protocol",
    "plan_session",
]
