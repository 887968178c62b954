"""What the user asked to practise, as one typed value from the setup form to the session."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from acupressure_desktop.practice.protocols import MatProtocol, Protocol

BodySide = Literal["left", "right", "center"]


class PointSessionRequest(BaseModel):
    """A guided session on one point: how to press, on which sides, why, and how the user feels now."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    point_code: str = Field(min_length=1)
    protocol: Protocol
    sides: tuple[BodySide, ...] = Field(min_length=1, max_length=2)
    purpose: str | None = None
    before_rating: int | None = Field(None, ge=0, le=10)


class MatSessionRequest(BaseModel):
    """A session on the acupressure mat: position, time and surface, why, and how the user feels now."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    protocol: MatProtocol
    purpose: str | None = None
    before_rating: int | None = Field(None, ge=0, le=10)


class RoutineRunRequest(BaseModel):
    """A routine run: its points in order, each pressed its own way, why, and how the user feels now."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    routine_id: UUID
    routine_name: str = Field(min_length=1)
    steps: tuple[PointSessionRequest, ...] = Field(min_length=1)
    purpose: str | None = None
    before_rating: int | None = Field(None, ge=0, le=10)


PracticeRequest = PointSessionRequest | MatSessionRequest | RoutineRunRequest
