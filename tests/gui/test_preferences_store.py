"""The settings file as the user's computer may leave it: odd values never stop the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupressure_desktop.app_log import app_logger
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.preferences import Preferences
from acupressure_desktop.resources import resource_root
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.assembly import Surroundings, build_app


def store_for(path: Path) -> PreferencesStore:
    return PreferencesStore(path, app_logger())


def test_a_hand_edited_window_state_opens_the_full_app_and_is_kept_aside(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths
) -> None:
    app_paths.settings_file.write_text("[window]\ngeometry=hello\nsplitter=hello\n[practice]\ndaily_goal=3\n")
    settings = store_for(app_paths.settings_file)
    assert "back to their defaults" in settings.problem
    kept = list(app_paths.config_dir.glob("settings.ini.damaged-*"))
    assert len(kept) == 1 and "geometry=hello" in kept[0].read_text()
    assert settings.current.daily_goal == 3

    parts = build_app(qapp, app_paths, settings, resource_root(), app_logger(), Surroundings(tray_available=False))
    window = parts.window
    qtbot.addWidget(window)
    parts.start()
    qtbot.waitExposed(window)
    assert window.body_map.hotspots()
    assert "back to their defaults" in window.notice_label.text()
    window.close()
    parts.close()
    # Closing wrote a real window state over the bad one.
    assert store_for(app_paths.settings_file).current.window_geometry


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe[\x00w\x00" * 1000, b"[window\ngeometry=@ByteArray(\n", b"\x00" * 10_000],
    ids=["binary junk", "broken syntax", "zeros after a power cut"],
)
def test_a_settings_file_qt_cannot_read_is_kept_and_the_defaults_are_used(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(content)
    settings = store_for(path)
    assert settings.current == Preferences()
    assert "damaged" in settings.problem
    (kept,) = tmp_path.glob("settings.ini.damaged-*")
    assert kept.read_bytes() == content
    settings.update(daily_goal=4)
    assert store_for(path).current.daily_goal == 4


def test_changes_are_written_at_once_and_subscribers_are_told(qtbot: QtBot, tmp_path: Path) -> None:
    settings = store_for(tmp_path / "settings.ini")
    with qtbot.waitSignal(settings.changed) as changed:
        settings.update(sound_volume=0.25)
    assert changed.args[0].sound_volume == 0.25
    assert (tmp_path / "settings.ini").stat().st_mode & 0o777 == 0o600
    assert store_for(tmp_path / "settings.ini").current.sound_volume == 0.25
