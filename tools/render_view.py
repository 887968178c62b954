#!/usr/bin/env python3
"""Render a body view to PNG with its landmarks and lines drawn on top, to check a drawing by eye.

    .venv/bin/python tools/render_view.py leg_inner            # -> build/views/leg_inner.png
    .venv/bin/python tools/render_view.py leg_inner --scale 2 --no-labels
    .venv/bin/python tools/render_view.py leg_inner --points   # also every point placed on it

Landmarks are red dots with their ids, lines are blue; the outline is traced in green, so a
landmark outside the body, or a line off its bone, shows at a glance. With --points, every point
placed on the view (shipped and drafted, worked out from the recipes as tools/place_points.py
does) is a small filled circle with its code: dark green for shipped points, purple for drafts;
on a one-side view only the unmirrored spots are drawn.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
VIEWS = RESOURCES / "body_svgs"
sys.path.insert(0, str(ROOT / "src"))


def placed_points(view: str) -> list[tuple[str, float, float, bool]]:
    """(code, x, y, shipped) of every unmirrored spot on the view, shipped points and drafts."""
    from acupressure_desktop.catalog.atlas.atlas_files import compute_placements, read_point_recipes

    shipped_points = read_point_recipes(RESOURCES / "catalog" / "points")
    shipped = {p.code for p in shipped_points}
    points = shipped_points + [p for p in read_point_recipes(ROOT / "drafts" / "points") if p.code not in shipped]
    spots = compute_placements(RESOURCES, [view], points)
    return [
        (code, spot.x, spot.y, code in shipped)
        for code, found in sorted(spots.items())
        for spot in found
        if not spot.mirrored
    ]


def sided(entry: dict, key: str) -> list[tuple[str, object]]:
    """(side, value) pairs of a landmark or line that may be given per side."""
    if key in entry:
        return [("", entry[key])]
    return [(side, entry[side]) for side in ("left", "right") if side in entry]


def render(view: str, scale: float, labels: bool, bare: bool = False, with_points: bool = False) -> Path:
    svg = VIEWS / f"{view}.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} does not render")
    box = renderer.viewBoxF()
    image = QImage(int(box.width() * scale), int(box.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.scale(scale, scale)
    painter.translate(-box.x(), -box.y())
    data_file = VIEWS / f"{view}.json"
    if data_file.is_file() and not bare:
        data = json.loads(data_file.read_text(encoding="utf-8"))
        painter.setFont(QFont("DejaVu Sans", max(6, int(9 / scale * 1.5))))
        for name, line in data.get("lines", {}).items():
            for side, points in sided(line, "points"):
                path = QPainterPath(QPointF(*points[0]))
                for x, y in points[1:]:
                    path.lineTo(x, y)
                painter.setPen(QPen(QColor(30, 90, 220), 2.0 / scale * 1.5))
                painter.drawPath(path)
                if labels:
                    painter.drawText(QPointF(*points[0]) + QPointF(3, -3), f"{name}{'.' + side if side else ''}")
        for name, mark in data.get("landmarks", {}).items():
            for side, (x, y) in sided(mark, "at"):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(220, 30, 30))
                radius = 4 / scale * 1.5
                painter.drawEllipse(QPointF(x, y), radius, radius)
                if labels:
                    painter.setPen(QColor(150, 0, 0))
                    painter.drawText(QPointF(x + 5, y - 4), f"{name}{'.' + side if side else ''}")
    if with_points:
        painter.setFont(QFont("DejaVu Sans", max(6, int(10 / scale * 1.5)), QFont.Weight.Bold))
        radius = 5 / scale * 1.5
        for code, x, y, shipped in placed_points(view):
            colour = QColor(0, 130, 60) if shipped else QColor(140, 40, 190)
            painter.setPen(QPen(QColor("white"), 1.0 / scale))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(x, y), radius, radius)
            painter.setPen(colour)
            painter.drawText(QPointF(x + radius + 1, y + radius), code)
    painter.end()
    suffix = ("-bare" if bare else "") + ("-points" if with_points else "")
    out = ROOT / "build" / "views" / f"{view}{suffix}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("views", nargs="+")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--no-labels", action="store_true")
    parser.add_argument("--bare", action="store_true", help="the drawing alone, without landmarks")
    parser.add_argument("--points", action="store_true", help="also draw every point placed on the view")
    args = parser.parse_args()
    QGuiApplication(sys.argv[:1])
    for view in args.views:
        print(render(view, args.scale, not args.no_labels, args.bare, args.points))
    return 0


if __name__ == "__main__":
    sys.exit(main())
