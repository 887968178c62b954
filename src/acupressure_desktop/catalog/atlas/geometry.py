"""What a diagram shows, in its own coordinates: landmarks, lines along bones and tendons, directions."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

Vec = tuple[float, float]
Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
Label = Annotated[str, Field(min_length=1, max_length=200)]


class Shows(StrEnum):
    """Which side of the body a view shows; a one-side view's other side is its mirror image."""

    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Landmark(_Frozen):
    """A named place on the drawing: on the midline (``at``) or one on each side."""

    label: Label
    at: Vec | None = None
    left: Vec | None = None
    right: Vec | None = None

    @model_validator(mode="after")
    def _one_way(self) -> Landmark:
        if (self.at is None) == (self.left is None and self.right is None):
            raise ValueError("give either 'at', or 'left' and/or 'right'")
        return self

    def on(self, side: str) -> Vec | None:
        if self.at is not None:
            return self.at
        return self.left if side == "left" else self.right if side == "right" else None


class Line(_Frozen):
    """A polyline along a border, tendon or crease: on the midline or one on each side."""

    label: Label
    points: tuple[Vec, ...] | None = Field(None, min_length=2)
    left: tuple[Vec, ...] | None = Field(None, min_length=2)
    right: tuple[Vec, ...] | None = Field(None, min_length=2)

    @model_validator(mode="after")
    def _one_way(self) -> Line:
        if (self.points is None) == (self.left is None and self.right is None):
            raise ValueError("give either 'points', or 'left' and/or 'right'")
        return self

    def on(self, side: str) -> tuple[Vec, ...] | None:
        if self.points is not None:
            return self.points
        return self.left if side == "left" else self.right if side == "right" else None


class SidedDirection(_Frozen):
    """A direction that differs between the sides of a view showing both (lateral, medial)."""

    left: Vec
    right: Vec


class ViewGeometry(_Frozen):
    """The landmark file beside a view's SVG."""

    view: Name
    shows: Shows
    mm_per_unit: float = Field(gt=0, le=10)
    directions: dict[Name, Vec | SidedDirection]
    landmarks: dict[Name, Landmark]
    lines: dict[Name, Line] = {}

    def landmark(self, name: str, side: str) -> Vec | None:
        found = self.landmarks.get(name)
        return found.on(side) if found is not None else None

    def line(self, name: str, side: str) -> tuple[Vec, ...] | None:
        found = self.lines.get(name)
        return found.on(side) if found is not None else None

    def direction(self, name: str, side: str) -> Vec | None:
        found = self.directions.get(name)
        if isinstance(found, SidedDirection):
            return found.left if side == "left" else found.right if side == "right" else None
        return found

    def sides_for(self, sides: tuple[str, ...]) -> tuple[str, ...]:
        """The sides of the drawing a point on these sides of the person is worked out on.

        A midline point is worked out on the midline; on a one-side view, any other point on the
        side the view draws (its other side is the mirror image).
        """
        if sides == ("center",):
            return sides
        return sides if self.shows is Shows.BOTH else (self.shows.value,)
