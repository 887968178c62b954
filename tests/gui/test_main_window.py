"""Menus, persistence, appearance, keys and a second launch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupressure_desktop import __version__
from acupressure_desktop.app_log import app_logger
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.preferences import Appearance
from acupressure_desktop.resources import resource_root
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.about_dialog import AboutDialog
from acupressure_desktop.ui.shell.assembly import AppParts, Surroundings, build_app
from acupressure_desktop.ui.shell.theme import ThemeController


def test_menus_offer_the_standard_commands(window) -> None:  # type: ignore[no-untyped-def]
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Help"]
    shortcuts = {s.toString() for a in window.actions() for s in a.shortcuts()}
    assert {"Ctrl+Q", "Ctrl+K", "Ctrl+F", "Ctrl+0", "Ctrl+="} <= shortcuts


def test_geometry_splitter_and_last_view_are_restored(  # type: ignore[no-untyped-def]
    qtbot: QtBot, qapp: QApplication, window, parts: AppParts, app_paths: AppPaths, settings: PreferencesStore
) -> None:
    window.resize(760, 540)
    window.body_map.show_view("leg_outer")
    window.close()
    parts.close()
    again = build_app(qapp, app_paths, settings, resource_root(), app_logger(), Surroundings(tray_available=False))
    qtbot.addWidget(again.window)
    again.window.show()
    qtbot.waitExposed(again.window)
    assert again.window.body_map.view_id == "leg_outer"
    assert again.window.size() == window.size()
    assert again.window.workspace.sizes() == window.workspace.sizes()
    again.close()


def test_a_forgotten_view_falls_back_to_the_first(  # type: ignore[no-untyped-def]
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, settings: PreferencesStore
) -> None:
    settings.update(map_view="no_such_view")
    parts = build_app(qapp, app_paths, settings, resource_root(), app_logger(), Surroundings(tray_available=False))
    qtbot.addWidget(parts.window)
    assert parts.window.body_map.view_id == parts.catalog.views[0].id
    parts.close()


def test_appearance_follows_the_system_scheme_live(qapp: QApplication) -> None:
    # The offscreen platform has no scheme of its own; send the change the way a desktop would.
    hints = QGuiApplication.styleHints()
    theme = ThemeController(qapp, Appearance.SYSTEM)
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.is_dark
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert not theme.is_dark
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
    finally:
        theme.set_appearance(Appearance.LIGHT)
        theme.deleteLater()


def test_a_chosen_appearance_is_kept_and_saved(window, parts: AppParts, settings: PreferencesStore) -> None:  # type: ignore[no-untyped-def]
    dark = next(a for a in window.findChildren(type(window.find_action)) if a.text() == "&Dark")
    dark.trigger()
    assert parts.theme.is_dark
    assert settings.current.appearance is Appearance.DARK
    assert PreferencesStore(settings.file, app_logger()).current.appearance == "dark"
    parts.theme.set_appearance(Appearance.LIGHT)


def test_about_names_the_version_licence_and_health_note(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.findChild(type(dialog.children()[1]), "aboutText").text()
    assert __version__ in text
    assert "General Public License" in text
    assert "not a substitute for medical care" in text


def test_no_key_is_bound_twice_so_every_shortcut_fires(window) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}
    for action in window.actions():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in seen, f"{key} is bound to both {seen[key]} and {action.text()}"
            seen[key] = action.text()


def test_ctrl_q_quits(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_second_launch_restores_and_raises_a_minimised_window(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    window.bring_to_front()
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.isVisible()
