"""The interface in the user's language: chosen in Preferences or taken from the system."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupressure_desktop.app_log import app_logger
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.practice.phases import PHASE_TITLES, PhaseKind
from acupressure_desktop.preferences import InterfaceLanguage
from acupressure_desktop.resources import resource_root
from acupressure_desktop.ui.preferences.preferences_dialog import PreferencesDialog
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.assembly import Surroundings, build_app
from acupressure_desktop.ui.shell.main_window import MainWindow
from acupressure_desktop.ui.shell.translations import chosen_language, install_translators
from acupressure_desktop.ui.words import in_language

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import translations


@pytest.fixture(scope="module")
def catalogues() -> Path:
    """The shipped .ts files compiled where the app reads them, as set-up and packaging do."""
    return translations.compile_all()[0].parent


def window_in(
    language: InterfaceLanguage, qtbot: QtBot, qapp: QApplication, app_paths: AppPaths
) -> Iterator[MainWindow]:
    """The app of a user who chose ``language`` in Preferences."""
    settings = PreferencesStore(app_paths.settings_file, app_logger())
    settings.update(language=language)
    parts = build_app(qapp, app_paths, settings, resource_root(), app_logger(), Surroundings(tray_available=False))
    qtbot.addWidget(parts.window)
    try:
        yield parts.window
    finally:
        parts.close()


@pytest.mark.parametrize(
    ("language", "tab", "menu", "phase"),
    [
        (InterfaceLanguage.GERMAN, "Körperkarte", "&Datei", "Halten"),
        (InterfaceLanguage.CHINESE_SIMPLIFIED, "人体图", "文件(&F)", "保持"),
    ],
)
def test_the_window_speaks_the_chosen_language(
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    catalogues: Path,
    language: InterfaceLanguage,
    tab: str,
    menu: str,
    phase: str,
) -> None:
    assert (catalogues / f"acupressure_{language.value}.qm").is_file()
    for window in window_in(language, qtbot, qapp, app_paths):
        assert window.tabs.tabText(0) == tab
        assert window.menuBar().actions()[0].text() == menu
        assert in_language(PHASE_TITLES[PhaseKind.HOLD]) == phase  # words from outside the interface too
        window.selection.select("LI4")
        assert window.panel.start_button.text() != "Start Guided Session"
        # The point texts are not translated yet, and the panel says so in the user's language.
        assert window.panel.content_note and window.panel.content_note in window.panel.text()
        assert window.workspace.catalog.point("LI4").how_to_find[0] in window.panel.text()
    assert in_language(PHASE_TITLES[PhaseKind.HOLD]) == "Hold"  # and back to English once removed


def test_a_missing_catalogue_leaves_the_app_in_english_and_says_why(tmp_path: Path) -> None:
    installed = install_translators(InterfaceLanguage.GERMAN, tmp_path)
    try:
        assert installed.language is InterfaceLanguage.ENGLISH
        assert "Deutsch translation is missing" in installed.problem
    finally:
        installed.remove()


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("de_AT", InterfaceLanguage.GERMAN),
        ("zh_CN", InterfaceLanguage.CHINESE_SIMPLIFIED),
        ("zh_TW", InterfaceLanguage.ENGLISH),  # Traditional Chinese is not shipped
        ("fr_FR", InterfaceLanguage.ENGLISH),
        ("C", InterfaceLanguage.ENGLISH),
    ],
)
def test_the_system_language_picks_the_nearest_shipped_one(system: str, expected: InterfaceLanguage) -> None:
    assert chosen_language(InterfaceLanguage.SYSTEM, QLocale(system)) is expected
    assert chosen_language(InterfaceLanguage.GERMAN, QLocale(system)) is InterfaceLanguage.GERMAN


def test_preferences_offer_each_language_in_its_own_words(qtbot: QtBot, window: MainWindow, parts) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(parts.preferences, parts.practice.sounds, parts.practice.speaker, window)
    qtbot.addWidget(dialog)
    items = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert items == ["Same as the system", "English", "Deutsch", "简体中文"]
    assert dialog.language_note.isHidden()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert parts.preferences.current.language is InterfaceLanguage.CHINESE_SIMPLIFIED
    assert not dialog.language_note.isHidden()  # it says the change comes with the next start
