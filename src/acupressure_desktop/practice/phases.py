"""The timeline of a session: which phase happens when, and the pressure it asks for."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from acupressure_desktop.practice.protocols import GENTLE, MAT_LEVEL, CircularMassage, MatProtocol, SteadyPressure
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP

# Time to find the point before breathing starts; the user may choose 5 to 30 seconds.
GET_READY_S = 10.0
MIN_GET_READY_S, MAX_GET_READY_S = 5, 30
SWITCH_SIDE_S = 10.0
# Ramps get a cue every so often so they can be followed with eyes closed.
RAMP_CUE_EVERY_S = 10.0


class PhaseKind(StrEnum):
    """What the user does in a phase."""

    GET_READY = "get_ready"
    BREATHE = "breathe"
    RAMP_UP = "ramp_up"
    HOLD = "hold"
    EASE_OFF = "ease_off"
    MASSAGE = "massage"
    SWITCH_SIDE = "switch_side"
    SETTLE = "settle"
    REST = "rest"
    FINISH = "finish"


# The phases in which the user is pressing the point (what the 3-minute cap counts).
# On a mat, the time on the spikes counts the same way.
PRESSING_KINDS = frozenset(
    {
        PhaseKind.RAMP_UP,
        PhaseKind.HOLD,
        PhaseKind.EASE_OFF,
        PhaseKind.MASSAGE,
        PhaseKind.SETTLE,
        PhaseKind.REST,
        PhaseKind.FINISH,
    }
)
SETTLE_S = 60.0  # most people relax after about a minute on the mat
FINISH_S = 60.0

PHASE_TITLES = {
    PhaseKind.GET_READY: QT_TRANSLATE_NOOP("Phase", "Get ready"),
    PhaseKind.BREATHE: QT_TRANSLATE_NOOP("Phase", "Breathe"),
    PhaseKind.RAMP_UP: QT_TRANSLATE_NOOP("Phase", "Raise the pressure"),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("Phase", "Hold"),
    PhaseKind.EASE_OFF: QT_TRANSLATE_NOOP("Phase", "Ease off"),
    PhaseKind.MASSAGE: QT_TRANSLATE_NOOP("Phase", "Small circles"),
    PhaseKind.SWITCH_SIDE: QT_TRANSLATE_NOOP("Phase", "Switch sides"),
    PhaseKind.SETTLE: QT_TRANSLATE_NOOP("Phase", "Settle in"),
    PhaseKind.REST: QT_TRANSLATE_NOOP("Phase", "Rest on the mat"),
    PhaseKind.FINISH: QT_TRANSLATE_NOOP("Phase", "Get up slowly"),
}

PHASE_GUIDANCE = {
    PhaseKind.GET_READY: QT_TRANSLATE_NOOP("Phase", "Sit or lie comfortably and find the point with your fingertip."),
    PhaseKind.BREATHE: QT_TRANSLATE_NOOP("Phase", "Breathe in slowly as the circle grows, and out as it shrinks."),
    PhaseKind.RAMP_UP: QT_TRANSLATE_NOOP("Phase", "Press a little more with each breath, slowly, until it feels firm."),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("Phase", "Hold a steady, medium-firm pressure. Firm, never painful."),
    PhaseKind.EASE_OFF: QT_TRANSLATE_NOOP("Phase", "Slowly let the pressure go, a little at a time."),
    PhaseKind.MASSAGE: QT_TRANSLATE_NOOP("Phase", "Press and make small, slow circles, one with each cue."),
    PhaseKind.SWITCH_SIDE: QT_TRANSLATE_NOOP(
        "Phase", "Let go, rest for a moment, and find the point on the other side."
    ),
    PhaseKind.SETTLE: QT_TRANSLATE_NOOP(
        "Phase", "Lower yourself slowly onto the mat and breathe. The prickling usually eases within a minute."
    ),
    PhaseKind.REST: QT_TRANSLATE_NOOP("Phase", "Stay still and breathe easily. Let your muscles soften."),
    PhaseKind.FINISH: QT_TRANSLATE_NOOP(
        "Phase", "Breathe a little deeper. When the time is up, roll to one side and get up slowly."
    ),
}

# On a mat there is no point to find or press: its first steps have words of their own.
MAT_GUIDANCE = {
    PhaseKind.GET_READY: QT_TRANSLATE_NOOP(
        "Phase",
        "Lay the mat on a firm, flat surface, with a layer of cloth if you chose one, and get into position beside it.",
    ),
    PhaseKind.BREATHE: QT_TRANSLATE_NOOP(
        "Phase", "Breathe in slowly as the circle grows, and out as it shrinks, before you lower yourself onto the mat."
    ),
}

# The same steps at gentle pressure: the words must not ask for more than the curve shows.
GENTLE_GUIDANCE = {
    PhaseKind.RAMP_UP: QT_TRANSLATE_NOOP(
        "Phase", "Press a little more with each breath, slowly, until you feel it clearly. Keep it gentle."
    ),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP(
        "Phase", "Hold a steady, gentle pressure: clearly felt, never enough to leave a mark."
    ),
    PhaseKind.MASSAGE: QT_TRANSLATE_NOOP("Phase", "Press gently and make small, slow circles, one with each cue."),
}


@dataclass(frozen=True)
class Phase:
    """One step of the timeline, with its start and length in session seconds."""

    kind: PhaseKind
    side: str  # "left", "right" or "center"
    start_s: float
    duration_s: float
    level: float = 0.0  # the target pressure the phase works towards (or holds)
    on_mat: bool = False  # a step of a mat session, which has its own words

    @property
    def end_s(self) -> float:
        return self.start_s + self.duration_s

    @property
    def title(self) -> str:
        return PHASE_TITLES[self.kind]

    @property
    def guidance(self) -> str:
        if self.on_mat and self.kind in MAT_GUIDANCE:
            return MAT_GUIDANCE[self.kind]
        if 0 < self.level <= GENTLE and self.kind in GENTLE_GUIDANCE:
            return GENTLE_GUIDANCE[self.kind]
        return PHASE_GUIDANCE[self.kind]

    @property
    def is_pressing(self) -> bool:
        return self.kind in PRESSING_KINDS

    def pressure_at(self, t: float) -> float:
        """Target pressure 0..1 at ``t`` seconds into this phase."""
        share = min(1.0, max(0.0, t / self.duration_s)) if self.duration_s else 1.0
        if self.kind in (PhaseKind.RAMP_UP, PhaseKind.SETTLE):
            return self.level * share
        if self.kind is PhaseKind.EASE_OFF:
            return self.level * (1.0 - share)
        if self.kind in (PhaseKind.HOLD, PhaseKind.MASSAGE, PhaseKind.REST, PhaseKind.FINISH):
            return self.level
        return 0.0


@dataclass(frozen=True)
class SessionPlan:
    """Every phase of a session in order, and the cues inside them."""

    phases: tuple[Phase, ...]
    protocol: SteadyPressure | CircularMassage | MatProtocol
    sides: tuple[str, ...]

    @property
    def total_s(self) -> float:
        return self.phases[-1].end_s if self.phases else 0.0

    def phase_index_at(self, t: float) -> int:
        """The phase running at session time ``t`` (the last one once the plan is over)."""
        for index, phase in enumerate(self.phases):
            if t < phase.end_s:
                return index
        return len(self.phases) - 1

    def pressure_at(self, t: float) -> float:
        if t >= self.total_s:
            return 0.0
        phase = self.phases[self.phase_index_at(t)]
        return phase.pressure_at(t - phase.start_s)

    def cue_times(self, phase: Phase) -> list[tuple[float, str]]:
        """Cues inside a phase as (session time, cue name), not counting the phase start."""
        cues: list[tuple[float, str]] = []
        if phase.kind is PhaseKind.BREATHE:
            breath = self.protocol.breathing.seconds_per_breath
            t = phase.start_s
            while t < phase.end_s - 1e-9:
                cues.append((t, "breathe_in"))
                cues.append((t + breath / 2, "breathe_out"))
                t += breath
        elif phase.kind in (PhaseKind.RAMP_UP, PhaseKind.EASE_OFF):
            name = "ramp_up_tick" if phase.kind is PhaseKind.RAMP_UP else "ease_off_tick"
            t = phase.start_s + RAMP_CUE_EVERY_S
            while t < phase.end_s - 1e-9:
                cues.append((t, name))
                t += RAMP_CUE_EVERY_S
        elif phase.kind is PhaseKind.REST and isinstance(self.protocol, MatProtocol):
            # Halfway through the time on the mat (settling in counts), one soft cue.
            settle = next(p for p in self.phases if p.kind is PhaseKind.SETTLE)
            cues.append((settle.start_s + self.protocol.pressing_s / 2, "switch_side"))
        elif phase.kind is PhaseKind.MASSAGE and isinstance(self.protocol, CircularMassage):
            step = self.protocol.seconds_per_circle
            t = phase.start_s + step
            while t < phase.end_s - 1e-9:
                cues.append((t, "circle"))
                t += step
        return cues


def plan_session(
    protocol: SteadyPressure | CircularMassage | MatProtocol,
    sides: tuple[str, ...],
    get_ready_s: float = GET_READY_S,
    switch_side_s: float = SWITCH_SIDE_S,
) -> SessionPlan:
    """Lay out the phases: get ready, breathe, then the pressing phases for each side in turn."""
    if not sides:
        raise ValueError("a session needs at least one side")
    phases: list[Phase] = []
    t = 0.0

    on_mat = isinstance(protocol, MatProtocol)

    def add(kind: PhaseKind, side: str, duration: float, level: float = 0.0) -> None:
        nonlocal t
        phases.append(Phase(kind, side, t, duration, level, on_mat))
        t += duration

    add(PhaseKind.GET_READY, sides[0], get_ready_s)
    add(PhaseKind.BREATHE, sides[0], protocol.breathing.duration_s)
    if isinstance(protocol, MatProtocol):
        add(PhaseKind.SETTLE, sides[0], SETTLE_S, MAT_LEVEL)
        add(PhaseKind.REST, sides[0], protocol.pressing_s - SETTLE_S - FINISH_S, MAT_LEVEL)
        add(PhaseKind.FINISH, sides[0], FINISH_S, MAT_LEVEL)
        return SessionPlan(tuple(phases), protocol, tuple(sides))
    for index, side in enumerate(sides):
        if index:
            add(PhaseKind.SWITCH_SIDE, side, switch_side_s)
        if isinstance(protocol, SteadyPressure):
            add(PhaseKind.RAMP_UP, side, protocol.ramp_up_s, protocol.hold_level)
            add(PhaseKind.HOLD, side, protocol.hold_s, protocol.hold_level)
            add(PhaseKind.EASE_OFF, side, protocol.ease_off_s, protocol.hold_level)
        else:
            add(PhaseKind.MASSAGE, side, protocol.massage_s, protocol.level)
    return SessionPlan(tuple(phases), protocol, tuple(sides))
