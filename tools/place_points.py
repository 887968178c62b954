#!/usr/bin/env python3
"""Work out every point's position on every view from its recipe, and write the placements file.

    .venv/bin/python tools/place_points.py            # rewrite resources/catalog/placements.json
    .venv/bin/python tools/place_points.py --check    # only report; exit 1 if the file is stale
    .venv/bin/python tools/place_points.py --drafts   # also place drafts/points, report only

The app reads the written file at start-up instead of resolving recipes; the tests compare the
file with the recipes, so a stale file fails the build. Every report names the points that fit
no view and the positions that fall outside a body outline.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from acupressure_desktop.catalog.atlas.atlas_files import (  # noqa: E402
    DIAGRAMS_DIR,
    PLACEMENTS_FILE,
    compute_placements,
    read_point_recipes,
    spots_to_json,
)
from acupressure_desktop.catalog.outline import read_outline  # noqa: E402

RESOURCES = ROOT / "resources"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if the file is stale")
    parser.add_argument("--drafts", action="store_true", help="also place drafts/points (report only)")
    args = parser.parse_args()
    views = [v["id"] for v in json.loads((RESOURCES / "catalog/views.json").read_text())["views"]]
    shipped = read_point_recipes(RESOURCES / "catalog/points")
    points = shipped + (read_point_recipes(ROOT / "drafts/points") if args.drafts else [])
    spots = compute_placements(RESOURCES, views, points)

    outlines = {v: read_outline(RESOURCES / DIAGRAMS_DIR / f"{v}.svg") for v in views}
    bad = 0
    for code, found in sorted(spots.items()):
        if not found:
            print(f"{code}: fits no view")
            bad += 1
        for spot in found:
            box, outline = outlines[spot.view]
            if not (box.contains(spot.x, spot.y) and outline.contains(spot.x, spot.y)):
                print(f"{code}: ({spot.x:.0f}, {spot.y:.0f}) on {spot.view} ({spot.side}) is outside the outline")
                bad += 1
    placed = sum(1 for found in spots.values() if found)
    print(f"{placed} of {len(spots)} points placed, {sum(len(f) for f in spots.values())} spots, {bad} problems")

    if args.drafts:
        return 1 if bad else 0
    text = spots_to_json({p.code: spots[p.code] for p in shipped})
    target = RESOURCES / PLACEMENTS_FILE
    current = target.read_text(encoding="utf-8") if target.is_file() else ""
    if args.check:
        if current != text:
            print(f"{PLACEMENTS_FILE} is out of date: run tools/place_points.py")
            return 1
        return 1 if bad else 0
    if current != text:
        target.write_text(text, encoding="utf-8")
        print(f"wrote {PLACEMENTS_FILE}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
