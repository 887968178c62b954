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

    # Positions filed in square cells one ``distance`` wide: a near neighbour is always in the same
    # cell or one of the eight around it, so each position is compared with a few, not with all.
    cells: dict[tuple[int, int], list[int]] = {}
    for i, (x, y) in enumerate(positions):
        cells.setdefault((math.floor(x / distance), math.floor(y / distance)), []).append(i)
    for (cx, cy), members in cells.items():
        nearby = [j for dx in (-1, 0, 1) for dy in (-1, 0, 1) for j in cells.get((cx + dx, cy + dy), ())]
        for i in members:
            xi, yi = positions[i]
            for j in nearby:
                if j > i and math.hypot(xi - positions[j][0], yi - positions[j][1]) < distance:
                    parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(positions)):
        groups.setdefault(root(i), []).append(i)
    return [members for members in groups.values() if len(members) > 1]
