"""What the history keeps about one guided session."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any
from uuid import UUID, uuid4

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    StringConstraints,
    model_validator,
)

from acupressure_desktop.practice.phases import PRESSING_KINDS
from acupressure_desktop.practice.protocols import SessionProtocol

# Every moment must survive conversion to UTC, to a POSIX timestamp and back to local time on every
# supported system, and Windows converts only from 1970 to 3000. The app was first released in
# 2026, so a time outside this range is a broken clock or a hand-edited file.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(3000, 1, 1, tzinfo=UTC)  # excluded


def _within_range(value: datetime) -> datetime:
    # Aware comparison works on the offsets, so it cannot overflow the way astimezone() would.
    if not EARLIEST <= value < LATEST:
        raise ValueError("must be between the years 1970 and 2999 (in UTC)")
    return value


Moment = Annotated[AwareDatetime, AfterValidator(_within_range)]
Rating = Annotated[int, Field(ge=0, le=10)]
Note = Annotated[str, StringConstraints(max_length=2000)]
# A computer that keeps a history: random, so two computers never pick the same one.
DeviceId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]


class SessionStatus(StrEnum):
    """How a session ended; ``in_progress`` only while it runs.

    ``completed`` only when every pressing phase ran its planned time; ``shortened`` when the
    session reached its end with pressing skipped; ``stopped`` by the user; ``interrupted`` when
    the app ended mid-session (found so at the next start).
    """

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    SHORTENED = "shortened"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"


# What counts toward the daily goal (and feeds the insights): a point pressed for at least a
# minute, or at least five minutes on a mat. Migration 7 applies the same rule to older rows.
GOAL_POINT_PRESSING_S = 60.0
GOAL_MAT_PRESSING_S = 300.0
# A phase this much shorter than planned was cut short (timers wake a little late, never early).
SHORT_BY_S = 1.0


class PhaseRecord(BaseModel):
    """One phase of the plan: what was planned and what actually happened, in seconds."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    kind: Annotated[str, StringConstraints(pattern=r"^[a-z_]+$", max_length=30)]
    side: Annotated[str, StringConstraints(pattern=r"^(left|right|center)$")]
    planned_s: float = Field(ge=0, le=3600, allow_inf_nan=False)
    actual_s: float = Field(ge=0, le=3600, allow_inf_nan=False)


class SessionRecord(BaseModel):
    """A guided session as stored: the point, the protocol, each phase, timing and ratings."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: UUID = Field(default_factory=uuid4)
    # None for a session on an acupressure mat, which presses no single point.
    point_code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}\d{1,2}$|^EX-[A-Z]{1,2}\d{1,2}$")] | None
    protocol: SessionProtocol
    sides: tuple[Annotated[str, StringConstraints(pattern=r"^(left|right|center)$")], ...] = Field(min_length=1)
    phases: tuple[PhaseRecord, ...] = ()
    started_at: Moment
    ended_at: Moment | None = None
    status: SessionStatus = SessionStatus.IN_PROGRESS
    purpose: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+$", max_length=60)] | None = None
    before_rating: Rating | None = None
    after_rating: Rating | None = None
    note: Note = ""
    routine_run_id: UUID | None = None  # set when pressed as a step of a routine run
    device: DeviceId | None = None  # the computer it was practised on; None: recorded before devices were told apart

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
    def pressing_phases(self) -> tuple[PhaseRecord, ...]:
        """The phases of pressing (or lying on the mat), in order: not getting ready, breathing or switching."""
        return tuple(p for p in self.phases if p.kind in PRESSING_KINDS)

    @property
    def pressing_s(self) -> float:
        """Seconds actually spent pressing (breathing, getting ready and switching sides not counted)."""
        return sum(p.actual_s for p in self.pressing_phases)

    @property
    def cut_short(self) -> tuple[PhaseRecord, ...]:
        """The pressing phases that ran less than their planned time."""
        return tuple(p for p in self.pressing_phases if p.actual_s < p.planned_s - SHORT_BY_S)

    @property
    def counts_toward_goal(self) -> bool:
        """Whether the session counts toward the daily goal and the insights (see the thresholds)."""
        return self.pressing_s >= (GOAL_MAT_PRESSING_S if self.is_mat else GOAL_POINT_PRESSING_S)

    def ended_status(self, reached_end: bool) -> SessionStatus:
        """How a session that has just ended is filed: reached its end whole, shortened, or stopped."""
        if not reached_end:
            return SessionStatus.STOPPED
        return SessionStatus.SHORTENED if self.cut_short else SessionStatus.COMPLETED


class ImportedSession(SessionRecord):
    """A session read from an export file, held to more than the app's own records.

    It must carry its id, so importing the same file twice adds it once. It must not end before
    it starts (the app's own records may, when the clock is set back mid-session, and must stay
    readable). One still running in the file (exported mid-session, or a crash never reopened)
    is added as interrupted, as the app would have marked it; ``was_running`` says so.
    """

    id: UUID

    _was_running: bool = PrivateAttr(default=False)

    @model_validator(mode="wrap")
    @classmethod
    def _finished(cls, data: Any, handler: ModelWrapValidatorHandler[ImportedSession]) -> ImportedSession:
        record = handler(data)
        if record.status is not SessionStatus.IN_PROGRESS:
            return record
        # Validated again so an end pushed past the supported range is refused, not stored.
        ended = record.ended_at or record.started_at + timedelta(seconds=record.actual_s)
        settled = handler(record.model_dump() | {"status": SessionStatus.INTERRUPTED, "ended_at": ended})
        settled._was_running = True
        return settled

    @model_validator(mode="after")
    def _ends_after_it_starts(self) -> ImportedSession:
        if self.ended_at is not None and self.ended_at < self.started_at:
            raise ValueError("the session ends before it starts")
        return self

    @property
    def was_running(self) -> bool:
        """True when the file had it as still running and it was added as interrupted."""
        return self._was_running


class RoutineRunRecord(BaseModel):
    """One run of a routine: what was planned, how far it got; its sessions point back at it."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: UUID = Field(default_factory=uuid4)
    routine_id: UUID
    routine_name: Annotated[str, StringConstraints(min_length=1, max_length=80)]
    purpose: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+$", max_length=60)] | None = None
    started_at: Moment
    ended_at: Moment | None = None
    status: SessionStatus = SessionStatus.IN_PROGRESS
    steps_planned: int = Field(ge=1, le=100)
    steps_done: int = Field(0, ge=0, le=100)
