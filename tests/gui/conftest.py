"""Fixtures that build the real main window from the shipped catalog, isolated per test."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupressure_desktop.app_log import app_logger
from acupressure_desktop.catalog import Catalog
from acupressure_desktop.history import History
from acupressure_desktop.preferences import Appearance
from acupressure_desktop.resources import resource_root
from acupressure_desktop.ui.map.body_map import BodyMapView
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.workspace import Workspace
from acupressure_desktop.ui.practice.session_window import SessionServices
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.main_window import MainWindow
from acupressure_desktop.ui.shell.theme import ThemeController
from tests.fakes import FakeClock, RecordingSounds


@pytest.fixture
def settings(tmp_path: Path) -> PreferencesStore:
    return PreferencesStore(tmp_path / "settings.ini", app_logger())


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
def sounds() -> RecordingSounds:
    return RecordingSounds()


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = History.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def services(
    settings: PreferencesStore, history: History, sounds: RecordingSounds, clock: FakeClock
) -> SessionServices:
    return SessionServices(settings=settings, history=history, sounds=sounds, clock=clock)  # type: ignore[arg-type]


@pytest.fixture
def window(  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    catalog: Catalog,
    library: DiagramLibrary,
    settings: PreferencesStore,
    theme: ThemeController,
    services: SessionServices,
):
    win = MainWindow(settings, theme)
    win.attach(Workspace(catalog, library, services))
    qtbot.addWidget(win)
    # Within the offscreen screen (800x600), so the platform never resizes it behind our back.
    win.resize(790, 580)
    win.show()
    qtbot.waitExposed(win)
    win.body_map.fit()
    return win


def hotspot_position(view: BodyMapView, code: str, index: int = 0) -> QPoint:
    """Where a point's hotspot is on screen, in viewport coordinates."""
    spot = view.hotspots(code)[index]
    return view.mapFromScene(spot.scenePos())


def click_hotspot(qtbot: QtBot, view: BodyMapView, code: str, index: int = 0) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=hotspot_position(view, code, index))


@pytest.fixture(autouse=True)
def _never_block_on_a_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal question would hang a headless test; tests that care set ``confirm_stop`` themselves."""
    monkeypatch.setattr("acupressure_desktop.ui.practice.session_window.ask_to_stop", lambda _parent: True)
    monkeypatch.setattr("acupressure_desktop.ui.practice.routine_window.ask_to_stop", lambda _parent: True)


@pytest.fixture(autouse=True)
def _delete_what_the_test_closed(qapp: QApplication) -> Iterator[None]:
    """Run pending deleteLater() calls after each test, so closed windows do not pile up."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
