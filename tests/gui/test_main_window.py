"""Menus, persistence, appearance and the start-up error path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from acupressure_desktop import __version__
from acupressure_desktop.app_log import app_logger
from acupressure_desktop.catalog import Catalog
from acupressure_desktop.preferences import Appearance
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.workspace import Workspace
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.about_dialog import AboutDialog
from acupressure_desktop.ui.shell.main_window import MainWindow
from acupressure_desktop.ui.shell.startup import load_workspace
from acupressure_desktop.ui.shell.theme import ThemeController


def test_menus_offer_the_standard_commands(window) -> None:  # type: ignore[no-untyped-def]
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Help"]
    shortcuts = {s.toString() for a in window.actions() for s in a.shortcuts()}
    assert {"Ctrl+Q", "Ctrl+K", "Ctrl+F", "Ctrl+0", "Ctrl+="} <= shortcuts


def test_geometry_and_last_view_are_restored(  # type: ignore[no-untyped-def]
    qtbot: QtBot, catalog: Catalog, library: DiagramLibrary, settings: PreferencesStore, theme: ThemeController
) -> None:
    first = MainWindow(settings, theme)
    first.attach(Workspace(catalog, library))
    qtbot.addWidget(first)
    first.resize(760, 540)
    first.show()
    first.body_map.show_view("leg_outer")
    first.close()
    second = MainWindow(settings, theme)
    second.attach(Workspace(catalog, library))
    qtbot.addWidget(second)
    assert second.body_map.view_id == "leg_outer"
    assert second.size() == first.size()


def test_a_forgotten_view_falls_back_to_the_first(  # type: ignore[no-untyped-def]
    qtbot: QtBot, catalog: Catalog, library: DiagramLibrary, settings: PreferencesStore, theme: ThemeController
) -> None:
    settings.update(map_view="no_such_view")
    win = MainWindow(settings, theme)
    win.attach(Workspace(catalog, library))
    qtbot.addWidget(win)
    assert win.body_map.view_id == catalog.views[0].id


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


def test_a_chosen_appearance_is_kept_and_saved(window, settings: PreferencesStore, theme: ThemeController) -> None:  # type: ignore[no-untyped-def]
    dark = next(a for a in window.findChildren(type(window.find_action)) if a.text() == "&Dark")
    dark.trigger()
    assert theme.is_dark
    assert settings.current.appearance is Appearance.DARK
    assert PreferencesStore(settings.file, app_logger()).current.appearance == "dark"
    theme.set_appearance(Appearance.LIGHT)


def test_about_names_the_version_licence_and_health_note(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.findChild(type(dialog.children()[1]), "aboutText").text()
    assert __version__ in text
    assert "General Public License" in text
    assert "not a substitute for medical care" in text


def test_a_broken_catalog_shows_a_message_instead_of_crashing(  # type: ignore[no-untyped-def]
    qapp: QApplication, resource_copy: Path, monkeypatch: pytest.MonkeyPatch, settings: PreferencesStore, theme
) -> None:
    point_file = resource_copy / "catalog/points/LI4.json"
    data = json.loads(point_file.read_text(encoding="utf-8"))
    data["colour"] = "red"
    point_file.write_text(json.dumps(data), encoding="utf-8")
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    assert load_workspace(resource_copy) is None
    [box] = shown
    assert "point catalog has errors" in box.windowTitle()
    assert "catalog/points/LI4.json: LI4 / colour" in box.detailedText()


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
