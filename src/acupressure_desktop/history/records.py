"""What the history keeps about one guided session."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated
from uuid import UUID, uuid4

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from acupressure_desktop.practice.phases import PRESSING_KINDS
from acupressure_desktop.practice.protocols import SessionProtocol

Rating = Annotated[int, Field(ge=0, le=10)]
Note = Annotated[str, StringConstraints(max_length=2000)]


class SessionStatus(StrEnum):
    """How a session ended; ``in_progress`` only while it runs."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"


class PhaseRecord(BaseModel):
    """One phase of the plan: what was planned and what actually happened, in seconds."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Annotated[str, StringConstraints(pattern=r"^[a-z_]+$", max_length=30)]
    side: Annotated[str, StringConstraints(pattern=r"^(left|right|center)$")]
    planned_s: float = Field(ge=0, le=3600, allow_inf_nan=False)
    actual_s: float = Field(ge=0, le=3600, allow_inf_nan=False)


class SessionRecord(BaseModel):
    """A guided session as stored: the point, the protocol, each phase, timing and ratings."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: UUID = Field(default_factory=uuid4)
    # None for a session on an acupressure mat, which presses no single point.
    point_code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}\d{1,2}$|^EX-[A-Z]{1,2}\d{1,2}$")] | None
    protocol: SessionProtocol
    sides: tuple[Annotated[str, StringConstraints(pattern=r"^(left|right|center)$")], ...] = Field(min_length=1)
    phases: tuple[PhaseRecord, ...] = ()
    started_at: AwareDatetime
    ended_at: AwareDatetime | None = None
    status: SessionStatus = SessionStatus.IN_PROGRESS
    purpose: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+$", max_length=60)] | None = None
    before_rating: Rating | None = None
    after_rating: Rating | None = None
    note: Note = ""
    routine_run_id: UUID | None = None  # set when pressed as a step of a routine run

    @model_validator(mode="after")
    def _a_point_unless_a_mat(self) -> SessionRecord:
        if (self.point_code is None) != (self.protocol.kind == "mat"):
            raise ValueError("a mat session names no point; any other session names exactly one")
        return self

    @property
    def is_mat(self) -> bool:
        return self.protocol.kind == "mat"

    @property
    def actual_s(self) -> float:
        return sum(p.actual_s for p in self.phases)

    @property
    def pressing_s(self) -> float:
        """Seconds actually spent pressing (breathing, getting ready and switching sides not counted)."""
        return sum(p.actual_s for p in self.phases if p.kind in PRESSING_KINDS)


class RoutineRunRecord(BaseModel):
    """One run of a routine: what was planned, how far it got; its sessions point back at it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: UUID = Field(default_factory=uuid4)
    routine_id: UUID
    routine_name: Annotated[str, StringConstraints(min_length=1, max_length=80)]
    purpose: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+$", max_length=60)] | None = None
    started_at: AwareDatetime
    ended_at: AwareDatetime | None = None
    status: SessionStatus = SessionStatus.IN_PROGRESS
    steps_planned: int = Field(ge=1, le=100)
    steps_done: int = Field(0, ge=0, le=100)
