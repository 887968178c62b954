"""Body outlines read from the diagram SVGs, for point-in-outline checks without Qt."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

Point = tuple[float, float]

_SVG_NS = "{http://www.w3.org/2000/svg}"
_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS_PER_COMMAND = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "Z": 0}
# Curves are cut into segments about this long (in SVG units, along the control polygon),
# between 2 and 16 segments per curve: close enough to decide "inside" for a placement.
_SEGMENT_LENGTH = 6.0
_MAX_STEPS = 16


class OutlineError(ValueError):
    """The SVG has no usable outline path."""


@dataclass(frozen=True)
class ViewBox:
    """The SVG's own coordinate system."""

    x: float
    y: float
    width: float
    height: float

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


class Outline:
    """A closed outline, flattened to polygons, tested with the even-odd rule."""

    _BANDS = 64

    def __init__(self, polygons: tuple[tuple[Point, ...], ...]) -> None:
        self.polygons = polygons
        ys = [y for polygon in polygons for _, y in polygon]
        self._top, bottom = min(ys), max(ys)
        self._band_height = max(bottom - self._top, 1e-9) / self._BANDS
        # Edges filed by the horizontal bands they cross, so a test reads only a few of them.
        self._bands: list[list[tuple[float, float, float, float]]] = [[] for _ in range(self._BANDS)]
        for polygon in polygons:
            for i, (x1, y1) in enumerate(polygon):
                x2, y2 = polygon[(i + 1) % len(polygon)]
                if y1 == y2:
                    continue
                first, last = self._band(min(y1, y2)), self._band(max(y1, y2))
                for band in range(first, last + 1):
                    self._bands[band].append((x1, y1, x2, y2))

    def _band(self, y: float) -> int:
        return min(self._BANDS - 1, max(0, int((y - self._top) / self._band_height)))

    def contains(self, x: float, y: float) -> bool:
        crossings = 0
        for x1, y1, x2, y2 in self._bands[self._band(y)]:
            if (y1 > y) != (y2 > y) and x1 + (y - y1) * (x2 - x1) / (y2 - y1) > x:
                crossings += 1
        return crossings % 2 == 1


def parse_path(d: str) -> Outline:
    """Flatten SVG path data (all commands but arcs) into closed polygons."""
    tokens = _TOKEN.findall(d)
    if not tokens:
        raise OutlineError("the path data is empty")
    leftover = _TOKEN.sub("", d).replace(",", "").strip()
    if leftover:
        raise OutlineError(f"the path data has unsupported parts: {leftover[:20]!r} (arcs are not supported)")
    polygons: list[tuple[Point, ...]] = []
    current: list[Point] = []
    pos: Point = (0.0, 0.0)
    start: Point = (0.0, 0.0)
    last_control: Point | None = None
    command = ""
    i = 0

    def numbers(count: int) -> list[float]:
        nonlocal i
        values = tokens[i : i + count]
        if len(values) < count or any(v.isalpha() for v in values):
            raise OutlineError(f"command {command!r} needs {count} numbers")
        i += count
        return [float(v) for v in values]

    def close() -> None:
        nonlocal current
        if len(current) >= 3:
            polygons.append(tuple(current))
        current = []

    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "Zz":
                close()
                pos = start
                last_control = None
                continue
        elif not command or command in "Zz":
            raise OutlineError("path data must start with a command")
        upper = command.upper()
        relative = command.islower()
        ox, oy = pos if relative else (0.0, 0.0)
        args = numbers(_ARGS_PER_COMMAND[upper])
        if upper == "M":
            close()
            pos = start = (ox + args[0], oy + args[1])
            current = [pos]
            command = "l" if relative else "L"  # further pairs are line-tos
            last_control = None
        elif upper in "LHV":
            if upper == "H":
                pos = (ox + args[0] if relative else args[0], pos[1])
            elif upper == "V":
                pos = (pos[0], oy + args[0] if relative else args[0])
            else:
                pos = (ox + args[0], oy + args[1])
            current.append(pos)
            last_control = None
        else:
            if upper == "C":
                c1, c2, end = (ox + args[0], oy + args[1]), (ox + args[2], oy + args[3]), (ox + args[4], oy + args[5])
            elif upper == "S":
                c1 = _reflect(last_control, pos)
                c2, end = (ox + args[0], oy + args[1]), (ox + args[2], oy + args[3])
            elif upper == "Q":
                q, end = (ox + args[0], oy + args[1]), (ox + args[2], oy + args[3])
                c1, c2 = _quad_to_cubic(pos, q, end)
            else:  # T
                q = _reflect(last_control, pos)
                end = (ox + args[0], oy + args[1])
                c1, c2 = _quad_to_cubic(pos, q, end)
            current.extend(_cubic(pos, c1, c2, end))
            last_control = c2 if upper in "CS" else q if upper in "QT" else None
            pos = end
    close()
    if not polygons:
        raise OutlineError("the path encloses no area")
    return Outline(tuple(polygons))


def _reflect(control: Point | None, about: Point) -> Point:
    if control is None:
        return about
    return (2 * about[0] - control[0], 2 * about[1] - control[1])


def _quad_to_cubic(p0: Point, q: Point, p3: Point) -> tuple[Point, Point]:
    return (
        (p0[0] + 2 / 3 * (q[0] - p0[0]), p0[1] + 2 / 3 * (q[1] - p0[1])),
        (p3[0] + 2 / 3 * (q[0] - p3[0]), p3[1] + 2 / 3 * (q[1] - p3[1])),
    )


def _cubic(p0: Point, p1: Point, p2: Point, p3: Point) -> list[Point]:
    hull = math.dist(p0, p1) + math.dist(p1, p2) + math.dist(p2, p3)
    steps = max(2, min(_MAX_STEPS, math.ceil(hull / _SEGMENT_LENGTH)))
    out = []
    for step in range(1, steps + 1):
        t = step / steps
        u = 1 - t
        a, b, c, d = u**3, 3 * u * u * t, 3 * u * t * t, t**3
        out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return out


def read_outline(svg_file: Path, outline_id: str = "outline") -> tuple[ViewBox, Outline]:
    """Read the viewBox and the outline path of a diagram SVG."""
    try:
        root = ET.parse(svg_file).getroot()
    except ET.ParseError as error:
        raise OutlineError(f"not a well-formed SVG file ({error})") from error
    view_box = _parse_view_box(root.get("viewBox"))
    for element in root.iter():
        if element.get("id") == outline_id:
            if element.tag not in (f"{_SVG_NS}path", "path"):
                raise OutlineError(f"element #{outline_id} is a <{element.tag}>, not a <path>")
            if element.get("transform"):
                raise OutlineError(f"path #{outline_id} must not carry a transform")
            return view_box, parse_path(element.get("d", ""))
    raise OutlineError(f"no path with id {outline_id!r}")


def _parse_view_box(value: str | None) -> ViewBox:
    if not value:
        raise OutlineError("the <svg> element has no viewBox")
    try:
        x, y, w, h = (float(v) for v in value.replace(",", " ").split())
    except ValueError as error:
        raise OutlineError(f"viewBox {value!r} is not four numbers") from error
    if not (math.isfinite(w) and math.isfinite(h) and w > 0 and h > 0):
        raise OutlineError(f"viewBox {value!r} has no area")
    return ViewBox(x, y, w, h)
