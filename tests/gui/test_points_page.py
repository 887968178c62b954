"""The Points page as a user browses it: by channel, region or A to Z, filtered, along a channel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupressure_desktop.catalog import Catalog


def open_points(qtbot: QtBot, window):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Points"
    return window.points_page


def test_every_point_is_listed_by_channel_in_the_traditional_order(qtbot: QtBot, window, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    page = open_points(qtbot, window)
    assert sorted(page.shown_codes()) == sorted(p.code for p in catalog.points)
    titles = page.group_titles()
    assert titles[0] == "LU · Lung channel"
    assert titles.index("LI · Large Intestine channel") < titles.index("ST · Stomach channel")
    assert page.count_label.text() == f"{len(catalog.points)} points"


def test_the_extra_points_come_by_region_from_head_to_foot(qtbot: QtBot, window, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    page = open_points(qtbot, window)
    extra = [code for code in page.shown_codes() if code.startswith("EX-")]
    assert extra[:3] == ["EX-HN1", "EX-HN2", "EX-HN3"]
    regions = [code.split("-")[1].rstrip("0123456789") for code in extra]
    assert list(dict.fromkeys(regions)) == ["HN", "CA", "B", "UE", "LE"]


def test_a_point_chosen_on_the_map_is_open_when_the_page_first_shows(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.selection.select("EX-UE9")
    page = open_points(qtbot, window)
    assert page.panel.point is not None and page.panel.point.code == "EX-UE9"
    assert "Extra point, on none of the fourteen channels" in page.panel.text()


def test_choosing_a_point_opens_it_and_next_walks_along_its_channel(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_points(qtbot, window)
    page.filter.setText("LI")
    page.tree.setCurrentItem(page._item_for("LI4"))
    assert window.selection.code == "LI4"
    assert page.panel.point.code == "LI4"
    before = page.shown_codes()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert window.selection.code == before[before.index("LI4") + 1]
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert window.selection.code == "LI4"


def test_typing_a_filter_finds_points_by_name_code_or_characters(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_points(qtbot, window)
    qtbot.keyClicks(page.filter, "hegu")
    assert page.shown_codes() == ["LI4"]
    page.filter.clear()
    page.filter.setText("內關")  # characters arrive from an input method, not key by key
    assert page.shown_codes() == ["PC6"]
    page.filter.clear()
    qtbot.keyClicks(page.filter, "union valley")
    assert page.shown_codes() == ["LI4"]
    assert page.count_label.text().startswith("1 of ")


def test_regions_and_a_to_z_hold_the_same_points(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_points(qtbot, window)
    everything = sorted(page.shown_codes())
    page.arrangement.setCurrentIndex(1)
    assert page.group_titles()[0] == "Head and neck"
    assert sorted(page.shown_codes()) == everything
    page.arrangement.setCurrentIndex(2)
    assert page.group_titles() == sorted(page.group_titles())
    assert sorted(page.shown_codes()) == everything


def test_self_care_only_leaves_out_the_reference_entries(qtbot: QtBot, window, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    page = open_points(qtbot, window)
    qtbot.mouseClick(page.self_care_only, Qt.MouseButton.LeftButton)
    assert sorted(page.shown_codes()) == sorted(p.code for p in catalog.self_care_points())


def test_enter_on_a_point_shows_it_on_the_body_map(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_points(qtbot, window)
    page.filter.setText("KI1")
    item = page._item_for("KI1")
    page.tree.setCurrentItem(item)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.workspace
    assert window.body_map.hotspots("KI1")
