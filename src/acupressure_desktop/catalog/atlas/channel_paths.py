"""A channel's course on one diagram, worked out from where its points are placed.

The course runs through the channel's points in order (``Channel.course``), as a smooth curve
(Catmull-Rom: it passes through every point and bends gently between them). Where the curve
would leave the body, as between the fingertips or in the hollow of the neck, it is held just
inside the outline, so the line follows the limb's side instead of cutting through empty space.
Computed from the placements, so a point whose recipe moves takes its channel with it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from acupressure_desktop.catalog.outline import Outline

Vec = tuple[float, float]
MAX_HIDDEN = 2  # points of the course a stretch may pass unseen (placed round the limb, on another view)
SAMPLE_SPACING = 6.0  # diagram units between samples: fine enough to follow the outline's bends
INSET = 3.0  # how far inside the outline a held-in stretch runs


@dataclass(frozen=True)
class ChannelPath:
    """One unbroken stretch of a channel on a diagram: its points in order and the curve through them.

    ``anchors`` are the indexes in ``samples`` at which each of ``codes`` sits.
    """

    channel: str
    codes: tuple[str, ...]
    samples: tuple[Vec, ...]
    anchors: tuple[int, ...]


def channel_paths(
    channel: str, course: Iterable[tuple[str, str]], positions: Mapping[str, Vec], outline: Outline
) -> list[ChannelPath]:
    """The stretches of ``course`` whose points both have a position on this diagram (one side of it)."""
    return [_path(channel, chain, positions, outline) for chain in _chains(course, positions)]


def _chains(course: Iterable[tuple[str, str]], positions: Mapping[str, Vec]) -> list[list[str]]:
    """Runs of links that follow on from each other, both ends shown.

    A link whose far end is not on this diagram (ST40 lies round the side of the shin, on the
    outer leg) goes on to the next point of the course that is, past at most ``MAX_HIDDEN``.
    """
    links = list(course)
    onward: dict[str, str] = {}
    for start, end in links:
        onward.setdefault(start, end)
    chains: list[list[str]] = []
    for start, next_code in links:
        if start not in positions:
            continue
        end, hidden = next_code, 0
        while end not in positions and hidden < MAX_HIDDEN and end in onward:
            end, hidden = onward[end], hidden + 1
        if end not in positions:
            continue
        if chains and chains[-1][-1] == start:
            chains[-1].append(end)
        else:
            chains.append([start, end])
    return chains


def _path(channel: str, codes: Sequence[str], positions: Mapping[str, Vec], outline: Outline) -> ChannelPath:
    points = [positions[code] for code in codes]
    samples: list[Vec] = [points[0]]
    anchors = [0]
    for i in range(len(points) - 1):
        before = points[i - 1] if i > 0 else points[i]
        after = points[i + 2] if i + 2 < len(points) else points[i + 1]
        start, end = points[i], points[i + 1]
        count = max(2, math.ceil(math.dist(start, end) / SAMPLE_SPACING))
        for k in range(1, count):
            samples.append(_held_inside(_catmull_rom(before, start, end, after, k / count), outline))
        samples.append(end)
        anchors.append(len(samples) - 1)
    return ChannelPath(channel, tuple(codes), tuple(samples), tuple(anchors))


def _catmull_rom(p0: Vec, p1: Vec, p2: Vec, p3: Vec, t: float) -> Vec:
    """The point at ``t`` (0..1) of the uniform Catmull-Rom curve from ``p1`` to ``p2``."""
    t2, t3 = t * t, t * t * t
    return (
        0.5 * (2 * p1[0] + (p2[0] - p0[0]) * t + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
               + (3 * p1[0] - p0[0] - 3 * p2[0] + p3[0]) * t3),
        0.5 * (2 * p1[1] + (p2[1] - p0[1]) * t + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
               + (3 * p1[1] - p0[1] - 3 * p2[1] + p3[1]) * t3),
    )  # fmt: skip


def _held_inside(point: Vec, outline: Outline) -> Vec:
    """``point`` if it is inside the outline; otherwise the nearest place just inside it."""
    if outline.contains(*point):
        return point
    nearest, normal = _nearest_edge_point(point, outline)
    for sign in (1.0, -1.0):
        inside = (nearest[0] + sign * normal[0] * INSET, nearest[1] + sign * normal[1] * INSET)
        if outline.contains(*inside):
            return inside
    return nearest


def _nearest_edge_point(point: Vec, outline: Outline) -> tuple[Vec, Vec]:
    """The nearest point on the outline, and the unit normal of the edge it lies on."""
    best: tuple[float, Vec, Vec] | None = None
    px, py = point
    for polygon in outline.polygons:
        for i, (ax, ay) in enumerate(polygon):
            bx, by = polygon[(i + 1) % len(polygon)]
            ex, ey = bx - ax, by - ay
            length_sq = ex * ex + ey * ey
            if length_sq == 0:
                continue
            t = max(0.0, min(1.0, ((px - ax) * ex + (py - ay) * ey) / length_sq))
            qx, qy = ax + t * ex, ay + t * ey
            distance = (px - qx) ** 2 + (py - qy) ** 2
            if best is None or distance < best[0]:
                length = math.sqrt(length_sq)
                best = (distance, (qx, qy), (-ey / length, ex / length))
    assert best is not None, "an outline has at least one edge"
    return best[1], best[2]
