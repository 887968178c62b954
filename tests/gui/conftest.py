"""Fixtures that build the real main window from the shipped catalog, isolated per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.resources import resource_root
from acupressure_desktop.ui.body_map import BodyMapView
from acupressure_desktop.ui.diagrams import DiagramLibrary
from acupressure_desktop.ui.main_window import MainWindow
from acupressure_desktop.ui.theme import Appearance, ThemeController
from acupressure_desktop.ui.workspace import Workspace


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def library(catalog: Catalog) -> DiagramLibrary:
    return DiagramLibrary(catalog, resource_root() / "body_svgs")


@pytest.fixture
def theme(qapp: QApplication) -> ThemeController:
    return ThemeController(qapp, Appearance.LIGHT)


@pytest.fixture
def window(qtbot: QtBot, catalog: Catalog, library: DiagramLibrary, settings: QSettings, theme: ThemeController):  # type: ignore[no-untyped-def]
    win = MainWindow(settings, theme)
    win.attach(Workspace(catalog, library))
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
