"""Crowded views stay usable: points too close to click apart show as one marker that lets you choose."""

from __future__ import annotations

import itertools
import math
import random

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from acupressure_desktop.ui.map.body_map import CLUSTER_DISTANCE
from acupressure_desktop.ui.map.clustering import close_groups


def test_chains_of_close_points_form_one_group_and_lone_points_none() -> None:
    positions = [(0, 0), (10, 0), (20, 0), (100, 100), (300, 300), (305, 300)]
    assert sorted(sorted(g) for g in close_groups(positions, 15)) == [[0, 1, 2], [4, 5]]


def test_grouping_by_cells_finds_the_same_crowds_as_comparing_every_pair() -> None:
    chance = random.Random(7)
    positions = [(chance.uniform(-50, 400), chance.uniform(-50, 400)) for _ in range(300)]
    parent = list(range(len(positions)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(positions)), 2):
        if math.dist(positions[i], positions[j]) < 12:
            parent[root(i)] = root(j)
    by_root: dict[int, list[int]] = {}
    for i in range(len(positions)):
        by_root.setdefault(root(i), []).append(i)
    expected = sorted(sorted(g) for g in by_root.values() if len(g) > 1)
    assert expected  # the sample has crowds
    assert sorted(sorted(g) for g in close_groups(positions, 12)) == expected


def screen_positions(view) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    items = [s for s in view.hotspots() if s.isVisible()] + view.clusters()
    return [(p.x(), p.y()) for p in (view.mapFromScene(item.pos()) for item in items)]


def test_at_the_fitted_zoom_no_two_markers_merge_into_one_dot(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.body_map
    for view_id in ("body_front", "body_back"):
        view.show_view(view_id)
        spots = screen_positions(view)
        for (x1, y1), (x2, y2) in itertools.combinations(spots, 2):
            # Markers may touch, but never so that a click could mean either.
            assert math.hypot(x1 - x2, y1 - y2) >= CLUSTER_DISTANCE / 2
        # Every point of the view is either shown or inside exactly one marker.
        shown = {id(s) for s in view.hotspots() if s.isVisible()}
        grouped = [id(m) for marker in view.clusters() for m in marker.members]
        assert len(grouped) == len(set(grouped))
        assert shown | set(grouped) == {id(s) for s in view.hotspots()}


def test_clicking_a_crowd_offers_its_points_and_the_choice_opens_one(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.body_map
    view.show_view("body_front")
    [marker, *_] = view.clusters() or [None]
    assert marker is not None, "the overview should have at least one crowd of points (the wrists)"
    offered: list[list[str]] = []

    def choose(members, _at: QPoint) -> str:  # type: ignore[no-untyped-def]
        offered.append([m.point.code for m in members])
        return members[-1].point.code

    view.choose_point = choose
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(marker.pos()))
    assert offered and len(offered[0]) >= 2
    assert window.selection.code == offered[0][-1]
    assert window.panel.point is not None and window.panel.point.code == offered[0][-1]


def test_zooming_in_spreads_a_crowd_into_its_points(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.body_map
    view.show_view("body_front")
    crowded = sum(len(m.members) for m in view.clusters())
    assert crowded >= 2
    view.set_zoom(8.0)
    # Each point now clicks on its own.
    assert sum(len(m.members) for m in view.clusters()) < crowded


def test_tab_reaches_a_crowd_and_enter_offers_the_choice(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.body_map
    view.show_view("body_front")
    offered: list[int] = []
    view.choose_point = lambda members, _at: offered.append(len(members)) or None
    view.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(len(view.navigable())):
        if view.focused_hotspot() in view.clusters():
            break
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.focused_hotspot() in view.clusters()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert offered
