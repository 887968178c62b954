"""The catalog arranged to browse: by channel in the traditional order, by body region, A to Z."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from acupressure_desktop.catalog.models import Catalog, Point

# The channel codes in the traditional order, and the extra points last.
CHANNEL_ORDER = ("LU", "LI", "ST", "SP", "HT", "SI", "BL", "KI", "PC", "TE", "GB", "LR", "GV", "CV", "EX")


@dataclass(frozen=True)
class Group:
    """A heading and the points under it, in reading order."""

    title: str
    points: tuple[Point, ...]


def channel_code(point: Point) -> str:
    """LI for LI4, EX for EX-HN3."""
    return point.code.split("-")[0].rstrip("0123456789")


def by_channel(catalog: Catalog, points: Iterable[Point] | None = None) -> list[Group]:
    """One group per channel in the traditional order, points by number (the catalog's order)."""
    chosen = list(catalog.points if points is None else points)
    groups = []
    for code in CHANNEL_ORDER:
        members = tuple(p for p in chosen if channel_code(p) == code)
        if members:
            name = "Extra points" if code == "EX" else f"{code} · {members[0].channel_label}"
            groups.append(Group(name, members))
    return groups


def region_of(catalog: Catalog, point: Point) -> str:
    """The region of the closest view that shows the point (placements come closest first),
    a whole-body overview's only when no closer view shows it."""
    views = [catalog.view(placement.view) for placement in point.placements]
    return next((view.region for view in views if not view.overview), views[0].region)


def by_region(catalog: Catalog, points: Iterable[Point] | None = None) -> list[Group]:
    """One group per body region, in the order of the views, head to foot, the overviews' last."""
    chosen = list(catalog.points if points is None else points)
    views = sorted(catalog.views, key=lambda view: view.overview)
    order = list(dict.fromkeys(view.region for view in views))
    grouped: dict[str, list[Point]] = {region: [] for region in order}
    for point in chosen:
        grouped[region_of(catalog, point)].append(point)
    return [Group(region, tuple(members)) for region, members in grouped.items() if members]


def a_to_z(points: Iterable[Point]) -> list[Group]:
    """Groups by the first letter of the pinyin name, each sorted by pinyin then code."""
    grouped: dict[str, list[Point]] = {}
    for point in sorted(points, key=lambda p: (p.pinyin_plain.casefold(), p.code)):
        grouped.setdefault(point.pinyin_plain[0].upper(), []).append(point)
    return [Group(letter, tuple(members)) for letter, members in grouped.items()]


def neighbours(catalog: Catalog, code: str) -> tuple[Point | None, Point | None]:
    """The points before and after this one along its channel (None at either end)."""
    point = catalog.point(code)
    same = [p for p in catalog.points if channel_code(p) == channel_code(point)]
    index = same.index(point)
    return (same[index - 1] if index > 0 else None, same[index + 1] if index + 1 < len(same) else None)


def along_channel(catalog: Catalog, code: str, step: int) -> str | None:
    """The point ``step`` places along ``code``'s channel (ST37 after ST36); None past either end or off a channel."""
    channel = channel_code(catalog.point(code))
    if channel == "EX":
        return None
    members = [p.code for p in catalog.channel_points(channel)]
    index = members.index(code) + step
    return members[index] if 0 <= index < len(members) else None
