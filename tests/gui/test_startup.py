"""Start-up: the window shows a diagram at once, then the map arrives; bad data is explained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from acupressure_desktop.resources import resource_root
from acupressure_desktop.ui.main_window import MainWindow
from acupressure_desktop.ui.startup import open_main_window
from acupressure_desktop.ui.theme import ThemeController


def test_the_window_shows_the_last_diagram_then_the_map_then_sessions_and_history(
    qtbot: QtBot, qapp: QApplication, settings: QSettings, theme: ThemeController, tmp_path: Path
) -> None:
    settings.setValue("map/view", "sole")
    window = open_main_window(qapp, settings, theme, resource_root(), tmp_path / "data")
    qtbot.addWidget(window)
    assert window.preview is not None
    assert not window.find_action.isEnabled()
    qtbot.waitUntil(lambda: window.preview is None, timeout=10_000)
    assert window.body_map.view_id == "sole"
    assert window.find_action.isEnabled()
    assert [h.point.code for h in window.body_map.hotspots()] == ["KI1"]
    qtbot.waitUntil(lambda: window.history_page is not None, timeout=10_000)
    assert [window.tabs.tabText(i) for i in range(5)] == ["Body map", "Find help", "Routines", "Mat", "History"]
    window.selection.select("KI1")
    assert window.panel.start_button.isVisibleTo(window)
    assert window.panel.practice_label.text() == "Not practised yet"
    assert (tmp_path / "data" / "history.sqlite3").exists()
    assert list((tmp_path / "data" / "backups").glob("history-*.backup.sqlite3"))
    window.workspace.services.history.close()


def test_a_strange_last_view_setting_falls_back_to_the_first_view(
    qtbot: QtBot, qapp: QApplication, settings: QSettings, theme: ThemeController
) -> None:
    settings.setValue("map/view", "../../etc/passwd")
    window = open_main_window(qapp, settings, theme, resource_root())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.preview is None, timeout=10_000)
    assert window.body_map.view_id == "body_front"


def test_shortcuts_before_the_map_arrives_do_nothing_harmful(
    qtbot: QtBot, settings: QSettings, theme: ThemeController
) -> None:
    window = MainWindow(settings, theme)
    qtbot.addWidget(window)
    window.show_preview(resource_root() / "body_svgs" / "body_front.svg")
    window.show()
    qtbot.waitExposed(window)
    disabled = [a.text() for a in window.actions() if not a.isEnabled()]
    assert {"&Find a Point…", "Zoom &In", "&Fit Diagram"} <= set(disabled)
    window.close()  # closing before the map exists must not fail either


def test_a_broken_catalog_is_explained_and_the_app_ends_with_code_2(
    qtbot: QtBot,
    qapp: QApplication,
    settings: QSettings,
    theme: ThemeController,
    resource_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    point_file = resource_copy / "catalog/points/ST36.json"
    data = json.loads(point_file.read_text(encoding="utf-8"))
    data["uses"][0]["symptom"] = "no-such-symptom"
    point_file.write_text(json.dumps(data), encoding="utf-8")
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    exits: list[int] = []
    monkeypatch.setattr(qapp, "exit", exits.append)
    window = open_main_window(qapp, settings, theme, resource_copy)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(exits), timeout=10_000)
    assert exits == [2]
    assert not window.isVisible()
    [box] = shown
    assert "catalog/points/ST36.json: ST36 / uses[0].symptom" in box.detailedText()
