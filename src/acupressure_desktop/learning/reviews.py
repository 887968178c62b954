"""One answered quiz card, as the history keeps it."""

from __future__ import annotations

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from acupressure_desktop.learning.grading import Outcome


class ReviewRecord(BaseModel):
    """How one card was answered: the grade given to the scheduler, how, how fast and how far off."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    key: str = Field(min_length=3, max_length=40)
    reviewed_at: AwareDatetime
    rating: int = Field(ge=1, le=4)
    outcome: Outcome
    seconds: float = Field(ge=0, le=3600, allow_inf_nan=False)
    cun_off: float | None = Field(None, ge=0, le=100, allow_inf_nan=False)  # Locate only
    state_after: int = Field(ge=1, le=3)  # the FSRS state the answer left the card in (3: in review, learnt)
