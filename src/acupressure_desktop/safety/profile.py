"""What the user told the safety screen. Kept in their settings folder; it never leaves the machine."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

ConditionId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=60)]


class SafetyProfile(BaseModel):
    """The conditions the user ticked, and whether they have met the safety screen."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    version: Literal[1] = 1
    conditions: frozenset[ConditionId] = frozenset()
    answered: bool = False  # saved the safety screen at least once
    skipped: bool = False  # chose "Skip for now" instead
    reminded: bool = False  # after a skip, the one reminder before a session has been shown

    @property
    def seen(self) -> bool:
        return self.answered or self.skipped

    @property
    def needs_reminder(self) -> bool:
        return self.skipped and not self.answered and not self.reminded

    def with_answers(self, conditions: frozenset[str]) -> SafetyProfile:
        return self.model_copy(update={"conditions": frozenset(conditions), "answered": True, "skipped": False})
