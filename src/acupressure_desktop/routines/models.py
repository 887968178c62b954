"""A routine: a named, ordered list of points to press one after another, with the way to press each."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID, uuid4

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, model_validator

from acupressure_desktop.practice.phases import plan_session
from acupressure_desktop.practice.protocols import BreathingPrep, Protocol, SteadyPressure
from acupressure_desktop.practice.requests import PointSessionRequest, RoutineRunRequest
from acupressure_desktop.practice.routine_run import FINDING_S

MAX_STEPS = 12
MAX_TOTAL_S = 60 * 60.0  # a routine longer than an hour is a mistake, not a practice
PointCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}\d{1,2}$|^EX-[A-Z]{1,2}\d{1,2}$")]
Sides = Literal["both", "left", "right", "center"]

# Steps of a routine are shorter than a single session: a few breaths, then 20 / 60 / 20 seconds.
STEP_PROTOCOL = SteadyPressure(
    breathing=BreathingPrep(breaths=3, seconds_per_breath=6.0), ramp_up_s=20.0, hold_s=60.0, ease_off_s=20.0
)


class RoutineStep(BaseModel):
    """One point of a routine and how to press it."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    point_code: PointCode
    protocol: Protocol = STEP_PROTOCOL
    sides: Sides = "both"

    def side_list(self) -> tuple[str, ...]:
        return ("left", "right") if self.sides == "both" else (self.sides,)

    @property
    def duration_s(self) -> float:
        return plan_session(self.protocol, self.side_list()).total_s


class Routine(BaseModel):
    """A named sequence of steps; presets come with the app and cannot be changed, only copied."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: UUID = Field(default_factory=uuid4)
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
    purpose: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=60)] | None = None
    steps: tuple[RoutineStep, ...] = Field(min_length=1, max_length=MAX_STEPS)
    preset: bool = False

    @model_validator(mode="after")
    def _reasonable_length(self) -> Routine:
        if self.total_s > MAX_TOTAL_S:
            minutes = self.total_s / 60
            raise ValueError(f"the routine would take {minutes:.0f} minutes; keep it within {MAX_TOTAL_S / 60:.0f}")
        return self

    @property
    def total_s(self) -> float:
        """Every step plus the pauses to find the next point."""
        return sum(step.duration_s for step in self.steps) + FINDING_S * (len(self.steps) - 1)

    def copy_as(self, name: str) -> Routine:
        """An editable copy with a new id."""
        return Routine(name=name, purpose=self.purpose, steps=self.steps)

    def run_request(self, before_rating: int | None = None) -> RoutineRunRequest:
        """What a run of this routine asks the practice runner for: each point, pressed its own way."""
        steps = tuple(
            PointSessionRequest(
                point_code=step.point_code, protocol=step.protocol, sides=step.side_list(), purpose=self.purpose
            )
            for step in self.steps
        )
        return RoutineRunRequest(
            routine_id=self.id, routine_name=self.name, steps=steps, purpose=self.purpose, before_rating=before_rating
        )


def describe_error(error: ValidationError) -> str:
    """The first problem with a routine, in the user's words."""
    first = error.errors()[0]
    field, kind = (first["loc"][0] if first["loc"] else ""), first["type"]
    if field == "steps" and kind == "too_short":
        return "a routine needs at least one point"
    if field == "steps" and kind == "too_long":
        return f"a routine can have at most {MAX_STEPS} points"
    if field == "name":
        return "give the routine a name"
    where = ".".join(str(part) for part in first["loc"])
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message
