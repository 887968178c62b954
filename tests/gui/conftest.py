"""Fixtures that build the real main window from the shipped catalog, isolated per test."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupressure_desktop.app_log import app_logger
from acupressure_desktop.catalog import Catalog
from acupressure_desktop.history import History
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.preferences import Appearance, InterfaceLanguage
from acupressure_desktop.resources import resource_root
from acupressure_desktop.safety import SafetyProfile, SafetyProfileStore
from acupressure_desktop.ui.guidance.safety_controller import SafetyController
from acupressure_desktop.ui.map.body_map import MAX_ZOOM, BodyMapView
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.practice.practice_context import PracticeContext
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.assembly import AppParts, Surroundings, build_app
from acupressure_desktop.ui.shell.main_window import MainWindow
from acupressure_desktop.ui.shell.theme import ThemeController
from acupressure_desktop.ui.shell.translations import install_translators
from tests.fakes import FakeClock, FakeWallClock, RecordingSounds


@pytest.fixture(scope="session", autouse=True)
def _english_interface(qapp: QApplication) -> Iterator[None]:
    """The interface as an English-speaking user sees it: "1 session", "3 sessions"."""
    installed = install_translators(InterfaceLanguage.ENGLISH, resource_root() / "translations")
    yield
    installed.remove()


@pytest.fixture
def settings(app_paths: AppPaths) -> PreferencesStore:
    return PreferencesStore(app_paths.settings_file, app_logger())


@pytest.fixture
def library(catalog: Catalog) -> DiagramLibrary:
    return DiagramLibrary(catalog, resource_root() / "body_svgs")


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[ThemeController]:
    controller = ThemeController(qapp, Appearance.LIGHT)
    yield controller
    # Controllers are children of the application; one left over per test would pile up.
    controller.deleteLater()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def wall() -> FakeWallClock:
    return FakeWallClock(datetime.now().astimezone())


@pytest.fixture
def sounds() -> RecordingSounds:
    return RecordingSounds()


@pytest.fixture
def safety_answers() -> frozenset[str] | None:
    """What a returning user told the safety screen; a test parametrizes None for a first run."""
    return frozenset()


@pytest.fixture
def tray_available() -> bool:
    return False


@pytest.fixture
def parts(
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    settings: PreferencesStore,
    clock: FakeClock,
    wall: FakeWallClock,
    sounds: RecordingSounds,
    safety_answers: frozenset[str] | None,
    tray_available: bool,
) -> Iterator[AppParts]:
    """The app exactly as users get it, from ``build_app``, with fake clocks and sound output."""
    if safety_answers is not None:
        SafetyProfileStore(app_paths.config_dir).save(SafetyProfile().with_answers(safety_answers))
    around = Surroundings(clock=clock, wall_clock=wall, sounds=sounds, tray_available=tray_available)  # type: ignore[arg-type]
    built = build_app(qapp, app_paths, settings, resource_root(), app_logger(), around)
    qtbot.addWidget(built.window)
    yield built
    built.close()
    qapp.setQuitOnLastWindowClosed(True)


@pytest.fixture
def window(qtbot: QtBot, parts: AppParts) -> MainWindow:
    win = parts.window
    # Within the offscreen screen (800x600), so the platform never resizes it behind our back.
    win.resize(790, 580)
    win.show()
    qtbot.waitExposed(win)
    win.body_map.fit()
    return win


@pytest.fixture
def practice(parts: AppParts) -> PracticeContext:
    return parts.practice


@pytest.fixture
def history(parts: AppParts) -> History:
    return parts.history


@pytest.fixture
def safety(parts: AppParts) -> SafetyController:
    return parts.practice.safety


def hotspot_position(view: BodyMapView, code: str, index: int = 0) -> QPoint:
    """Where a point's hotspot is on screen, in viewport coordinates."""
    spot = view.hotspots(code)[index]
    return view.mapFromScene(spot.scenePos())


def click_hotspot(qtbot: QtBot, view: BodyMapView, code: str, index: int = 0) -> None:
    """Click a point as a user would: zooming in first where it sits in a crowd of points."""
    spot = view.hotspots(code)[index]
    while not spot.isVisible() and view.zoom < MAX_ZOOM:
        view.set_zoom(view.zoom * 2, anchor=QPointF(hotspot_position(view, code, index)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=hotspot_position(view, code, index))


@pytest.fixture(autouse=True)
def _never_block_on_a_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal question would hang a headless test; tests that care set ``confirm_stop`` themselves."""
    monkeypatch.setattr("acupressure_desktop.ui.practice.practice_dialog.ask_to_stop", lambda _parent: True)
    # A menu of crowded points would wait for a click; tests that care choose through ``choose_point``.
    monkeypatch.setattr("acupressure_desktop.ui.map.body_map.choose_from_menu", lambda _members, _at: None)


@pytest.fixture(autouse=True)
def _delete_what_the_test_closed(qapp: QApplication) -> Iterator[None]:
    """Run pending deleteLater() calls after each test, so closed windows do not pile up."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
