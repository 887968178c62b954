"""Channels on the map as a user meets them: switched on from the menu, named on hover, walked with keys."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from acupressure_desktop.ui.map.channel_overlay import ChannelMode
from acupressure_desktop.ui.shell.main_window import MainWindow


def shown_channels(window: MainWindow) -> set[str]:
    layer = window.body_map.diagram_scene().channels
    return {line.channel.code for line in layer.shown()} if layer is not None else set()


def test_no_channels_are_drawn_until_asked_for(window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("leg_front")
    assert shown_channels(window) == set()


def test_ticking_the_stomach_channel_draws_it_on_every_view_it_runs(window) -> None:  # type: ignore[no-untyped-def]
    menu = window.workspace.channel_menu
    assert "Stomach (ST) · 45 Points" in menu.channel_actions["ST"].text()
    menu.channel_actions["ST"].trigger()
    for view_id in ("leg_front", "torso_front", "head_front"):
        window.body_map.show_view(view_id)
        assert shown_channels(window) == {"ST"}, view_id
    assert menu.mode_actions[ChannelMode.CHOSEN].isChecked()
    menu.mode_actions[ChannelMode.NONE].trigger()
    assert shown_channels(window) == set()


def test_the_selected_point_s_channel_follows_the_selection(window) -> None:  # type: ignore[no-untyped-def]
    window.workspace.channel_menu.mode_actions[ChannelMode.SELECTED].trigger()
    window.body_map.show_view("hand_back")
    window.selection.select("LI4")
    assert shown_channels(window) == {"LI"}
    window.selection.select("TE3")
    assert shown_channels(window) == {"TE"}


def test_a_channel_line_names_itself_and_a_click_lists_its_points(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.workspace.channels.set_chosen(frozenset({"ST"}))
    window.body_map.show_view("leg_front")
    [line] = [line for line in window.body_map.diagram_scene().channels.shown() if "ST36" in line.codes]
    assert "Stomach channel" in line.toolTip()
    offered: list[list[str]] = []

    def choose(choices, _at: QPoint) -> str:  # type: ignore[no-untyped-def]
        offered.append([code for code, _ in choices])
        return "ST38"

    window.workspace.channels.choose_point = choose
    middle = line.path().pointAtPercent(0.5)
    qtbot.mouseClick(window.body_map.viewport(), Qt.MouseButton.LeftButton, pos=window.body_map.mapFromScene(middle))
    assert "ST36" in offered[0] and "ST1" not in offered[0]  # the points this view shows
    assert window.selection.code == "ST38"


def test_alt_arrows_walk_the_stomach_channel_from_st1_to_st45_with_the_map_following(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window
) -> None:
    window.selection.select("ST1")
    walked = ["ST1"]
    views = set()
    for _ in range(44):
        qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        walked.append(window.selection.code)
        assert window.body_map.view_id in window.workspace.catalog.point(window.selection.code).views()
        views.add(window.body_map.view_id)
    assert walked == [f"ST{n}" for n in range(1, 46)]
    assert len(views) >= 3  # the face, the trunk, the leg...
    assert "ST" in shown_channels(window)  # walking a channel shows it
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.selection.code == "ST45"
    assert "last point" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.selection.code == "ST44"
