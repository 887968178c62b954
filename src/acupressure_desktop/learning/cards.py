"""What a quiz card asks: find a point, name a spot, or say what a point is traditionally used for."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class QuizMode(StrEnum):
    LOCATE = "locate"  # the point is named; click where it is
    RECOGNISE = "recognise"  # a spot is shown; pick its name from four
    USE = "use"  # a complaint is named; pick the point used for it


class CardKey(BaseModel):
    """One thing to learn about one point; ``text`` ("locate:ST36") is how it is stored."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    mode: QuizMode
    point_code: str = Field(pattern=r"^[A-Z]{2}\d{1,2}$|^EX-[A-Z]{1,2}\d{1,2}$")

    @property
    def text(self) -> str:
        return f"{self.mode.value}:{self.point_code}"

    @classmethod
    def parse(cls, text: str) -> CardKey:
        mode, _, code = text.partition(":")
        return cls(mode=QuizMode(mode), point_code=code)
