"""Start-up: the window shows a diagram at once, then the map arrives; bad data is explained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from acupressure_desktop.app_log import app_logger
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.resources import resource_root
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.main_window import MainWindow
from acupressure_desktop.ui.shell.startup import open_main_window
from acupressure_desktop.ui.shell.theme import ThemeController


def test_the_window_shows_the_last_diagram_then_the_map_then_sessions_and_history(
    qtbot: QtBot,
    qapp: QApplication,
    settings: PreferencesStore,
    theme: ThemeController,
    tmp_path: Path,
    app_paths: AppPaths,
) -> None:
    settings.update(map_view="sole")
    window = open_main_window(qapp, settings, theme, resource_root(), app_paths)
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
    qtbot: QtBot, qapp: QApplication, theme: ThemeController, tmp_path: Path
) -> None:
    raw = QSettings(str(tmp_path / "strange.ini"), QSettings.Format.IniFormat)
    raw.setValue("map/view", "../../etc/passwd")
    raw.sync()
    settings = PreferencesStore(tmp_path / "strange.ini", app_logger())
    window = open_main_window(qapp, settings, theme, resource_root())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.preview is None, timeout=10_000)
    assert window.body_map.view_id == "body_front"


def test_shortcuts_before_the_map_arrives_do_nothing_harmful(
    qtbot: QtBot, settings: PreferencesStore, theme: ThemeController
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
    settings: PreferencesStore,
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


def test_a_failed_daily_backup_is_told_in_the_window_and_sessions_still_save(
    qtbot: QtBot, qapp: QApplication, settings: PreferencesStore, theme: ThemeController, app_paths: AppPaths
) -> None:
    # A file where the backups folder should be: the copy cannot be made.
    (app_paths.data_dir / "backups").write_text("in the way")
    window = open_main_window(qapp, settings, theme, resource_root(), app_paths)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: getattr(window, "history_page", None) is not None, timeout=10_000)
    assert window.notice_bar.isVisibleTo(window)
    assert "Today's backup of your history could not be made" in window.notice_label.text()
    # Later notes join it instead of replacing it.
    window.show_notice("Your safety answers could not be saved.")
    assert "Today's backup" in window.notice_label.text()
    assert window.workspace.services.history.database.can_write
    window.workspace.services.history.close()
