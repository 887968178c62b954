"""The twenty views as a user meets them: every point there, both sides, landmarks named on request."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from pytestqt.qtbot import QtBot

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.resources import resource_root
from acupressure_desktop.ui.map.body_map import BodyMapView
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.hotspot import RADIUS as HOTSPOT_RADIUS
from acupressure_desktop.ui.map.selection import PointSelection
from tests.gui.conftest import click_hotspot


def on_screen_rects(view: BodyMapView) -> list[QRectF]:
    scene = view.diagram_scene()
    assert scene.landmarks is not None
    return [
        label.boundingRect().translated(QPointF(view.mapFromScene(label.pos())))
        for label in scene.landmarks.labels
        if label.isVisible()
    ]


def test_every_view_opens_with_each_of_its_points_on_the_side_it_draws(window, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    for view in catalog.views:
        window.body_map.show_side("right")
        window.body_map.show_view(view.id)
        expected = sorted(
            (p.code, pl.side.value)
            for p in catalog.points
            for pl in p.placements
            if pl.view == view.id
            and (not view.one_side or pl.side.value in ("right", "center"))
            and (p.is_self_care or not view.overview)  # the whole body shows the self-care points
        )
        shown = sorted((s.point.code, s.placement.side.value) for s in window.body_map.hotspots())
        assert shown == expected, view.id


def test_the_whole_body_shows_the_self_care_points_and_says_so(window, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("body_front")
    shown = {s.point.code for s in window.body_map.hotspots()}
    assert shown and all(catalog.point(code).is_self_care for code in shown)
    assert "self-care points" in window.workspace.map_controls.title.text()
    window.selection.select("ST9")  # a reference entry: the map opens a region view that shows it
    assert window.body_map.hotspots("ST9")
    assert not window.body_map.is_overview


def test_the_left_side_is_the_drawing_mirrored_with_its_points(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("hand_back")
    right = window.body_map.hotspots("LI4")[0].pos()
    box = window.body_map.sceneRect()
    qtbot.mouseClick(window.workspace.map_controls.left_button, Qt.MouseButton.LeftButton)

    assert window.body_map.shown_side == "left"
    [label] = window.body_map.diagram_scene().side_labels
    assert label.text == "LEFT"
    [spot] = window.body_map.hotspots("LI4")
    assert spot.pos().x() == pytest.approx(box.left() + box.right() - right.x())
    assert spot.pos().y() == pytest.approx(right.y())
    assert spot.accessible_name.endswith("left side")
    window.body_map.show_view("head_side")  # a midline point shows on the mirror image too
    assert window.body_map.hotspots("GV20")
    window.body_map.show_view("hand_back")
    click_hotspot(qtbot, window.body_map, "LI4")
    assert window.selection.code == "LI4"


def test_the_chosen_side_stays_while_moving_between_limb_views(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("leg_inner")
    qtbot.mouseClick(window.workspace.map_controls.left_button, Qt.MouseButton.LeftButton)
    window.body_map.show_view("foot_top")
    assert window.body_map.shown_side == "left"
    assert window.workspace.map_controls.left_button.isChecked()


def test_views_of_both_sides_mark_right_and_left_and_need_no_switch(window, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    controls = window.workspace.map_controls
    for view_id, right_on in (("body_front", "left"), ("body_back", "right"), ("torso_front", "left")):
        window.body_map.show_view(view_id)
        labels = {label.text: label.pos().x() for label in window.body_map.diagram_scene().side_labels}
        assert set(labels) == {"RIGHT", "LEFT"}
        assert (labels["RIGHT"] < labels["LEFT"]) == (right_on == "left"), view_id
        assert not controls.left_button.isEnabled()
        assert window.body_map.shown_side == ""


def test_the_keyboard_switches_sides_from_the_view_menu(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("palm")
    window.body_map.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.body_map.shown_side == "left"
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.body_map.shown_side == "right"


def test_show_landmarks_names_what_the_view_draws(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("leg_inner")
    assert window.body_map.diagram_scene().landmarks is None  # nothing read until asked for
    qtbot.mouseClick(window.workspace.map_controls.landmarks_button, Qt.MouseButton.LeftButton)

    layer = window.body_map.diagram_scene().landmarks
    assert layer is not None
    assert "Inner ankle bone" in layer.shown_labels()
    assert all(dot.isVisible() for dot in layer.dots)
    assert window.landmarks_action.isChecked()

    window.body_map.show_view("torso_front")
    window.body_map.set_zoom(4.0)
    window.body_map.centerOn(window.body_map.hotspots("CV8")[0])
    assert "Centre of the navel" in window.body_map.diagram_scene().landmarks.shown_labels()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.workspace.map_controls.landmarks_button.isChecked()
    assert not any(item.isVisible() for item in window.body_map.diagram_scene().landmarks.items())


def marker_rects(view: BodyMapView) -> list[QRectF]:
    """Where the chosen point and the crowd markers are drawn on screen."""
    dot = QRectF(-HOTSPOT_RADIUS, -HOTSPOT_RADIUS, 2 * HOTSPOT_RADIUS, 2 * HOTSPOT_RADIUS)
    chosen = [s for s in view.hotspots() if s.isVisible() and s.is_selected_point]
    rects = [dot.translated(QPointF(view.mapFromScene(s.pos()))) for s in chosen]
    return rects + [m.boundingRect().translated(QPointF(view.mapFromScene(m.pos()))) for m in view.clusters()]


@pytest.mark.parametrize(("view_id", "chosen"), [("body_front", "CV12"), ("head_side", "GB20"), ("hand_back", "LI4")])
def test_landmark_names_leave_the_chosen_point_and_crowd_markers_readable(  # type: ignore[no-untyped-def]
    window, view_id: str, chosen: str
) -> None:
    window.body_map.show_view(view_id)
    window.selection.select(chosen)
    window.body_map.show_landmarks(True)
    labels = on_screen_rects(window.body_map)
    assert labels
    for a, b in itertools.combinations(labels, 2):
        assert not a.intersects(b)
    for label in labels:
        assert not any(label.intersects(marker) for marker in marker_rects(window.body_map))
    # Every point is drawn above the names, so none is hidden by one.
    layer = window.body_map.diagram_scene().landmarks
    assert all(spot.zValue() > label.zValue() for spot in window.body_map.hotspots() for label in layer.labels[:1])


def test_landmark_names_never_overlap_and_zooming_in_names_more(window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("body_front")
    window.body_map.show_landmarks(True)
    fitted = on_screen_rects(window.body_map)
    viewport = QRectF(window.body_map.viewport().rect())
    for a, b in itertools.combinations(fitted, 2):
        assert not a.intersects(b)
    assert all(viewport.contains(rect) for rect in fitted)
    layer = window.body_map.diagram_scene().landmarks
    assert len(layer.labels) > len(fitted)  # the whole body has more landmarks than room at this size

    def named_near(code: str) -> set[str]:
        """The names shown of the landmarks within about 16 cm of a point on the body (city-block)."""
        centre = window.body_map.hotspots(code)[0].pos()
        return {
            label.text for label in layer.labels if label.isVisible() and (label.pos() - centre).manhattanLength() < 160
        }

    before = named_near("CV12")
    window.body_map.set_zoom(6.0)
    window.body_map.centerOn(window.body_map.hotspots("CV12")[0])
    zoomed = on_screen_rects(window.body_map)
    for a, b in itertools.combinations(zoomed, 2):
        assert not a.intersects(b)
    # Names crowded out around the belly at the fitted size come back when zoomed in.
    assert len(named_near("CV12")) > len(before)


def test_landmarks_mirror_with_the_drawing(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("hand_back")
    window.body_map.show_landmarks(True)
    right_dots = sorted((round(d.pos().x(), 3), d.pos().y()) for d in window.body_map.diagram_scene().landmarks.dots)
    box = window.body_map.sceneRect()
    window.body_map.show_side("left")
    left_dots = sorted(
        (round(box.left() + box.right() - d.pos().x(), 3), d.pos().y())
        for d in window.body_map.diagram_scene().landmarks.dots
    )
    assert left_dots == right_dots


def test_a_broken_landmark_file_is_said_and_the_points_still_work(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path
) -> None:
    diagrams = tmp_path / "body_svgs"
    shutil.copytree(resource_root() / "body_svgs", diagrams)
    (diagrams / "hand_back.json").write_text('{"view": "hand_back", "landmarks": ', encoding="utf-8")
    selection = PointSelection()
    body_map = BodyMapView(catalog, DiagramLibrary(catalog, diagrams), selection)
    qtbot.addWidget(body_map)
    body_map.resize(600, 700)
    body_map.show()
    body_map.show_view("hand_back")
    with qtbot.waitSignal(body_map.notice) as said:
        body_map.show_landmarks(True)
    assert "hand_back.json" in said.args[0]
    click_hotspot(qtbot, body_map, "LI4")
    assert selection.code == "LI4"
    body_map.show_view("palm")  # other views' landmarks are still shown
    assert body_map.diagram_scene().landmarks is not None
    assert body_map.diagram_scene().landmarks.shown_labels()


def test_a_point_of_several_spots_shows_each_and_any_one_opens_it(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_side("right")
    window.body_map.show_view("hand_back")
    spots = window.body_map.hotspots("EX-UE9")  # Baxie: four spots on each hand
    assert len(spots) == 4
    assert len({s.accessible_name for s in spots}) == 4
    click_hotspot(qtbot, window.body_map, "EX-UE9", 3)
    assert window.selection.code == "EX-UE9"
    text = window.panel.text()
    assert "Its 4 spots on each side" in text
    assert all(spot.spot_label in text for spot in spots)


def test_a_crowd_of_one_point_s_spots_opens_that_point_without_asking(qtbot: QtBot, window, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    asked = []
    window.body_map.choose_point = lambda members, _at: asked.append(members)
    for view in catalog.views:
        window.body_map.show_view(view.id)
        markers = [m for m in window.body_map.clusters() if len(m.points) == 1 and len(m.members) > 1]
        if markers:
            break
    else:
        pytest.fail("no view crowds the spots of one point at the fitted zoom")
    marker = markers[0]
    assert marker.accessible_name.endswith("spots close together")
    qtbot.mouseClick(
        window.body_map.viewport(), Qt.MouseButton.LeftButton, pos=window.body_map.mapFromScene(marker.pos())
    )
    assert window.selection.code == marker.points[0].code
    assert asked == []


def test_jinjin_is_on_the_left_only_and_yuye_on_the_right_only(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("head_side")
    window.body_map.show_side("right")
    assert window.body_map.hotspots("EX-HN13") and not window.body_map.hotspots("EX-HN12")
    window.body_map.show_side("left")
    assert window.body_map.hotspots("EX-HN12") and not window.body_map.hotspots("EX-HN13")
