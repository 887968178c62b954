"""The fourteen channels as the map draws them: colour, line pattern, and the course between their points."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

ChannelCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
PointCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}\d{1,2}$")]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
Why = Annotated[str, StringConstraints(min_length=3, max_length=300)]
Dash = Literal["solid", "dash", "dot", "dash_dot"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class CourseLink(_Frozen):
    """Two points of a channel, and why the course does (or does not) run between them."""

    between: tuple[PointCode, PointCode]
    why: Why


class Channel(_Frozen):
    """One channel: its code and name, how its line is drawn, and where its course leaves number order."""

    code: ChannelCode
    name: Annotated[str, StringConstraints(min_length=1, max_length=60)]
    colour: Colour  # on a light background
    colour_dark: Colour  # on a dark background
    dash: Dash
    not_joined: tuple[CourseLink, ...] = ()
    joined: tuple[CourseLink, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.name} channel"

    def course(self, codes_in_order: Sequence[str]) -> list[tuple[str, str]]:
        """The course as links between points, in order: neighbours in number unless ``not_joined``,
        with each ``joined`` link placed just before the link that leaves its second point."""
        cut = {link.between for link in self.not_joined}
        links = [pair for pair in itertools.pairwise(codes_in_order) if pair not in cut]
        for extra in self.joined:
            after = next((i for i, (start, _) in enumerate(links) if start == extra.between[1]), len(links))
            links.insert(after, extra.between)
        return links
