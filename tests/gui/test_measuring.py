"""Showing how a point is measured, as a user follows it: landmark, measuring line, point."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from acupressure_desktop.ui.map.measuring_guide import MeasurementItem
from acupressure_desktop.ui.map.point_panel import LOCATOR_URL


def panel_picture(window) -> QImage:  # type: ignore[no-untyped-def]
    resource = window.panel.browser.document().resource(QTextDocument.ResourceType.ImageResource, LOCATOR_URL)
    return resource.toImage()


def measurement_items(window) -> list[MeasurementItem]:  # type: ignore[no-untyped-def]
    return [item for item in window.body_map.scene().items() if isinstance(item, MeasurementItem)]


def test_st36_is_shown_step_by_step_from_the_knee(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.selection.select("ST36")
    plain = panel_picture(window)
    window.panel.browser.anchorClicked.emit(QUrl("measure:ST36"))
    bar = window.workspace.measure_bar
    assert bar.isVisible() and window.body_map.view_id == "leg_front"  # a close view, not the whole body
    assert "step 1 of 3" in bar.title.text() and "kneecap tendon" in bar.words.text()
    [item] = measurement_items(window)
    assert item.shown == 1 and not bar.back_button.isEnabled()
    assert window.body_map.zoom > 1  # zoomed in on the knee
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert "3 cun" in bar.words.text() and "four fingers" in bar.words.text() and item.shown == 2
    assert panel_picture(window) != plain  # the close-up in the panel shows the same measurement
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert bar.words.text().startswith("There is ST36") and not bar.next_button.isEnabled()
    qtbot.mouseClick(bar.back_button, Qt.MouseButton.LeftButton)
    assert item.shown == 2
    qtbot.mouseClick(bar.all_button, Qt.MouseButton.LeftButton)
    assert item.shown == 3
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and measurement_items(window) == []
    assert panel_picture(window) == plain


def test_choosing_another_point_ends_the_measurement(window) -> None:  # type: ignore[no-untyped-def]
    window.selection.select("PC6")
    window.panel.measure_requested.emit("PC6")
    assert window.workspace.measure_bar.isVisible()
    window.selection.select("HT7")
    assert not window.workspace.measure_bar.isVisible() and measurement_items(window) == []


def test_the_left_side_is_measured_on_the_mirror_image(window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("leg_front")
    window.body_map.show_side("left")
    window.selection.select("SP6")
    window.workspace.measuring.start("SP6")
    scene = window.body_map.diagram_scene()
    assert window.body_map.view_id == "leg_inner" and scene.mirrored
    [spot] = [h for h in scene.hotspots if h.point.code == "SP6"]
    # The measurement ends where the mirrored hotspot is.
    end_x, end_y = window.workspace.measuring.steps[-1].at
    assert abs(scene.map_x(end_x) - spot.pos().x()) < 0.2 and abs(end_y - spot.pos().y()) < 0.2
    assert len(measurement_items(window)) == 1
