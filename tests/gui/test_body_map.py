"""Clicking, hovering, zooming and walking the body map like a user."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupressure_desktop.ui.map.hotspot import Hotspot
from acupressure_desktop.ui.map.view_picker import THUMB
from tests.gui.conftest import click_hotspot, hotspot_position


def test_clicking_a_hotspot_opens_its_point_in_the_panel(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("hand_back")
    click_hotspot(qtbot, window.body_map, "LI4")
    assert window.selection.code == "LI4"
    assert window.panel.point.code == "LI4"
    assert "Hégǔ" in window.panel.text()
    assert window.body_map.hotspots("LI4")[0].is_selected_point


def test_a_click_just_beside_a_hotspot_selects_nothing(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("hand_back")
    pos = hotspot_position(window.body_map, "LI4") + QPoint(30, 30)
    qtbot.mouseClick(window.body_map.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.selection.code == ""


def test_the_hit_area_is_round_not_the_bounding_box(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("hand_back")
    spot = window.body_map.hotspots("LI4")[0]
    corner = spot.boundingRect().topLeft() + QPointF(1, 1)
    assert spot.boundingRect().contains(corner)
    assert not spot.shape().contains(corner)
    assert spot.shape().contains(QPointF(0, 0))


def test_hotspots_have_tooltips_and_accessible_names(window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("body_front")
    spots = window.body_map.hotspots("ST36")
    assert "ST36" in spots[0].toolTip()
    assert {s.accessible_name for s in spots} == {
        "ST36 Zusanli, Leg Three Miles, left side",
        "ST36 Zusanli, Leg Three Miles, right side",
    }


def test_hovering_highlights_a_hotspot(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("hand_back")
    spot = window.body_map.hotspots("LI4")[0]
    qtbot.mouseMove(window.body_map.viewport(), hotspot_position(window.body_map, "LI4"))
    qtbot.waitUntil(lambda: spot._hovered)


def test_choosing_a_point_elsewhere_switches_to_a_view_that_shows_it(window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("sole")
    window.selection.select("PC6")
    assert window.body_map.view_id in window.panel.point.views()
    assert window.body_map.hotspots("PC6")[0].is_selected_point
    assert window.picker.view_ids()[window.picker.currentRow()] == window.body_map.view_id


def test_the_selected_point_stays_highlighted_on_every_view(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.selection.select("ST36")
    for view_id in window.panel.point.views():
        window.body_map.show_view(view_id)
        assert all(s.is_selected_point for s in window.body_map.hotspots("ST36")), view_id
        assert not any(s.is_selected_point for s in window.body_map.hotspots() if s.point.code != "ST36")
    picker = window.picker
    assert set(picker.views_marked()) == set(window.panel.point.views())

    def thumbnails_marked() -> set[str]:
        return {view for row, view in enumerate(picker.view_ids()) if picker.item(row).font().bold()}

    qtbot.waitUntil(lambda: thumbnails_marked() == set(window.panel.point.views()))


def test_the_view_picker_switches_the_diagram(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    picker = window.picker
    row = picker.view_ids().index("sole")
    rect = picker.visualItemRect(picker.item(row))
    qtbot.mouseClick(picker.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.body_map.view_id == "sole"
    qtbot.waitUntil(lambda: all(not picker.item(i).icon().isNull() for i in range(picker.count())))


def test_keyboard_zoom_stays_between_1x_and_8x(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.body_map
    view.setFocus()
    for _ in range(20):
        qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 8.0
    assert view.transform().m11() > 7.9 * _fit_scale(view)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert 6 < view.zoom < 8
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1.0
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1.0


def _fit_scale(view) -> float:  # type: ignore[no-untyped-def]
    zoom = view.zoom
    view.fit()
    scale = view.transform().m11()
    view.set_zoom(zoom)
    return scale


def test_the_mouse_wheel_zooms_around_the_pointer(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.body_map
    view.show_view("hand_back")
    target = hotspot_position(view, "LI4")
    before = view.mapToScene(target)
    event = QWheelEvent(
        QPointF(target),
        QPointF(view.viewport().mapToGlobal(target)),
        QPoint(0, 0),
        QPoint(0, 720),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom > 3.5
    after = view.mapToScene(target)
    assert abs(after.x() - before.x()) < 3 and abs(after.y() - before.y()) < 3
    # A click at the same spot still finds the point after zooming.
    qtbot.mouseMove(view.viewport(), hotspot_position(view, "LI4"))
    click_hotspot(qtbot, view, "LI4")
    assert window.selection.code == "LI4"


def test_resizing_keeps_the_whole_diagram_in_view(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.body_map
    window.resize(900, 600)
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.mapFromScene(view.sceneRect()).boundingRect()))


def test_tab_and_arrows_walk_the_hotspots_and_enter_opens_one(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.body_map
    view.show_view("hand_back")
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: view.focused_hotspot() is not None)
    stops = view.navigable()  # single points and the markers of crowds
    visited = [view.focused_hotspot()]
    for _ in range(len(stops) - 1):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        visited.append(view.focused_hotspot())
    assert {id(item) for item in visited} == {id(item) for item in stops}
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.focused_hotspot() is not None
    single = next(item for item in stops if isinstance(item, Hotspot))
    view.focus_hotspot(single)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.selection.code == single.point.code
    assert window.panel.point.code == single.point.code
    assert view.accessibleName().startswith("Body map: ")


def test_tab_past_the_last_hotspot_leaves_the_map(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.body_map
    view.show_view("sole")
    stops = len(view.navigable())
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: view.focused_hotspot() is not None)
    for _ in range(stops - 1):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.hasFocus() and view.focused_hotspot() is view.navigable()[-1]
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not view.hasFocus())


def test_a_touchpad_pinch_zooms_the_map(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    view = window.body_map
    centre = QPointF(view.viewport().rect().center())
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        centre,
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        1.0,
        QPointF(0, 0),
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom == 2.0


def test_the_view_thumbnails_are_drawn_once_the_window_has_appeared(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    picker = window.picker

    def drawn(row: int) -> bool:
        image = picker.item(row).icon().pixmap(THUMB).toImage()
        return any(
            image.pixelColor(x, y).alpha() > 0 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
        )

    qtbot.waitUntil(lambda: all(drawn(row) for row in range(picker.count())))
