"""Start-up: the app is built whole in one place, and bad data is explained instead of crashing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from acupressure_desktop.app_log import app_logger
from acupressure_desktop.catalog import CatalogError
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.resources import resource_root
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell import assembly
from acupressure_desktop.ui.shell import launch as launch_module
from acupressure_desktop.ui.shell.assembly import AppParts, Surroundings, build_app
from acupressure_desktop.ui.shell.launch import run_app


def test_the_window_is_built_whole_with_the_last_view_and_every_page(
    qtbot: QtBot, qapp: QApplication, settings: PreferencesStore, app_paths: AppPaths
) -> None:
    settings.update(map_view="sole")
    parts = build_app(qapp, app_paths, settings, resource_root(), app_logger(), Surroundings(tray_available=False))
    window = parts.window
    qtbot.addWidget(window)
    # Everything is there before the window is ever shown: nothing is attached later.
    assert window.body_map.view_id == "sole"
    assert "KI1" in {h.point.code for h in window.body_map.hotspots()}
    assert [window.tabs.tabText(i) for i in range(7)] == [
        "Body Map",
        "Points",
        "Find Help",
        "Routines",
        "Mat",
        "History",
        "Learn",
    ]
    assert all(action.isEnabled() for action in window.actions())
    window.selection.select("KI1")
    assert not window.panel.start_button.isHidden()
    assert window.panel.practice_label.text() == "Not practised yet"
    assert (app_paths.data_dir / "history.sqlite3").exists()
    assert list((app_paths.data_dir / "backups").glob("history-*.backup.sqlite3"))
    parts.close()


def test_a_strange_last_view_setting_falls_back_to_the_first_view(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths
) -> None:
    raw = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    raw.setValue("map/view", "../../etc/passwd")
    raw.sync()
    settings = PreferencesStore(app_paths.settings_file, app_logger())
    parts = build_app(qapp, app_paths, settings, resource_root(), app_logger(), Surroundings(tray_available=False))
    qtbot.addWidget(parts.window)
    assert parts.window.body_map.view_id == "body_front"
    parts.close()


def broken_catalog(resource_copy: Path) -> Path:
    point_file = resource_copy / "catalog/points/ST36.json"
    data = json.loads(point_file.read_text(encoding="utf-8"))
    data["uses"][0]["symptom"] = "no-such-symptom"
    point_file.write_text(json.dumps(data), encoding="utf-8")
    return resource_copy


def test_a_broken_catalog_stops_the_build_with_every_problem_named(
    qapp: QApplication, settings: PreferencesStore, app_paths: AppPaths, resource_copy: Path
) -> None:
    with pytest.raises(CatalogError) as caught:
        build_app(qapp, app_paths, settings, broken_catalog(resource_copy), app_logger())
    assert "catalog/points/ST36.json: ST36 / uses[0].symptom" in str(caught.value.problems[0])


def test_the_launcher_explains_a_broken_catalog_and_ends_with_code_2(
    qapp: QApplication, app_paths: AppPaths, resource_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = broken_catalog(resource_copy)
    monkeypatch.setattr(launch_module, "resource_root", lambda: root)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    assert run_app(qapp, app_paths) == 2
    [box] = shown
    assert "Point Catalog Has Errors" in box.windowTitle()
    assert "catalog/points/ST36.json: ST36 / uses[0].symptom" in box.detailedText()


def test_the_launcher_shows_the_built_window_and_tells_what_went_wrong_with_the_files(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A settings value Qt cannot use, and a file where the log folder should be: told, never fatal.
    app_paths.settings_file.write_text("[window]\ngeometry=hello\n")
    app_paths.log_dir.write_text("a file where the log folder should be")
    built: list[AppParts] = []
    real_build = assembly.build_app

    def build_and_remember(*args, **kwargs) -> AppParts:  # type: ignore[no-untyped-def]
        built.append(real_build(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(assembly, "build_app", build_and_remember)
    notes: list[str] = []

    def exec_once() -> int:
        window = built[-1].window
        qtbot.waitExposed(window)
        notes.append(window.notice_label.text())
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", exec_once)
    assert run_app(qapp, app_paths) == 0
    [text] = notes
    assert "back to their defaults" in text
    assert "The log cannot be written" in text


def test_a_failed_daily_backup_is_told_in_the_window_and_sessions_still_save(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, settings: PreferencesStore
) -> None:
    # A file where the backups folder should be: the copy cannot be made.
    (app_paths.data_dir / "backups").write_text("in the way")
    parts = build_app(qapp, app_paths, settings, resource_root(), app_logger(), Surroundings(tray_available=False))
    window = parts.window
    qtbot.addWidget(window)
    assert window.notice_bar.isVisibleTo(window)
    assert "The history could not be backed up" in window.notice_label.text()
    # Later notes join it instead of replacing it.
    window.show_notice("Your safety answers could not be saved.")
    assert "The history could not be backed up" in window.notice_label.text()
    assert "Your safety answers could not be saved." in window.notice_label.text()
    assert parts.history.database.can_write
    parts.close()
