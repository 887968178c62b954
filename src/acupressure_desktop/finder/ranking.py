"""Ranks points for the complaints a user chose: how many they serve, then what helped this user."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from acupressure_desktop.catalog import Catalog, Point
from acupressure_desktop.history.insights import PointInsight
from acupressure_desktop.safety import advise, suggestible


@dataclass(frozen=True)
class RankedPoint:
    """A suggested point and why it is where it is in the list."""

    point: Point
    serves: tuple[str, ...]  # the chosen complaints it is traditionally used for
    helped: PointInsight | None  # the user's own record with it, for these complaints
    cautioned: bool  # a caution concerns the user and is confirmed before a session
    reasons: tuple[str, ...]

    @property
    def sort_key(self) -> tuple[int, float]:
        boost = self.helped.average_change if self.helped is not None and self.helped.enough else 0.0
        return (-len(self.serves), -boost)


def rank_points(
    catalog: Catalog,
    symptom_ids: list[str],
    conditions: frozenset[str] = frozenset(),
    history: Mapping[str, list[PointInsight]] | None = None,
) -> tuple[list[RankedPoint], list[Point]]:
    """Points for ``symptom_ids`` best first, and those left out for the user's safety answers.

    Ranking: the number of chosen complaints a point serves; then, among equals, how much it
    helped this user before (only with enough rated sessions to mean something); then the
    catalog's order.
    """
    names = {s.id: s.name.lower() for s in catalog.symptoms}
    ranked: list[RankedPoint] = []
    left_out: list[Point] = []
    for point in catalog.points:
        serves = tuple(s for s in symptom_ids if s in point.symptom_ids)
        if not serves:
            continue
        if not suggestible(catalog, conditions, point):
            left_out.append(point)
            continue
        helped = _best_record(point.code, serves, history or {})
        reasons = [f"traditionally used for {' and '.join(names[s] for s in serves)}"]
        if helped is not None:
            reasons.append(f"your record: {helped.note[0].lower()}{helped.note[1:]}")
        cautioned = advise(catalog, conditions, point).needs_confirmation
        if cautioned:
            reasons.append("a caution applies to you")
        ranked.append(RankedPoint(point, serves, helped, cautioned, tuple(reasons)))
    order = {p.code: i for i, p in enumerate(catalog.points)}
    # Among equals, a complaint's best-known points first (PC6 for nausea), then catalog order.
    keys = [catalog.symptom(s).key_points for s in symptom_ids]

    def key_rank(code: str) -> int:
        return min((k.index(code) for k in keys if code in k), default=len(order))

    ranked.sort(key=lambda r: (*r.sort_key, key_rank(r.point.code), order[r.point.code]))
    return ranked, left_out


def _best_record(code: str, serves: tuple[str, ...], history: Mapping[str, list[PointInsight]]) -> PointInsight | None:
    records = [i for s in serves for i in history.get(s, []) if i.point_code == code]
    if not records:
        return None
    return max(records, key=lambda i: (i.enough, i.average_change, i.sessions))
