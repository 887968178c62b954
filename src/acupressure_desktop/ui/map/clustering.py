"""Which hotspots sit too close together on screen to be told apart (plain geometry, no Qt)."""

from __future__ import annotations

import math
from collections.abc import Sequence


def close_groups(positions: Sequence[tuple[float, float]], distance: float) -> list[list[int]]:
    """Indices of positions linked by chains of neighbours nearer than ``distance``, groups of two or more.

    Chains, not just pairs: three points in a row a finger apart are one crowd, even if the ends
    are further apart than ``distance``.
    """
    parent = list(range(len(positions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (xi, yi) in enumerate(positions):
        for j in range(i + 1, len(positions)):
            xj, yj = positions[j]
            if math.hypot(xi - xj, yi - yj) < distance:
                parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(positions)):
        groups.setdefault(root(i), []).append(i)
    return [members for members in groups.values() if len(members) > 1]
