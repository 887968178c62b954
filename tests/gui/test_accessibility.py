"""What a screen reader finds: every control, chart and timer named; hotspots say what and where;
the session's phases announced as they change."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.main_window import MainWindow
from tests.fakes import FakeClock

Role = QAccessible.Role
# What a user can act on or must be able to read by name.
INTERACTIVE = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText, Role.SpinBox,
    Role.Slider, Role.PageTab, Role.List, Role.Table, Role.Tree, Role.ButtonMenu, Role.ButtonDropDown,
    Role.Link, Role.Graphic, Role.Chart, Role.Canvas, Role.ProgressBar, Role.Clock, Role.Dial,
}  # fmt: skip


def interfaces(root: QAccessibleInterface | None) -> Iterator[QAccessibleInterface]:
    """Every interface under ``root`` that is shown, depth first."""
    if root is None or not root.isValid() or root.state().invisible:
        return
    yield root
    for index in range(root.childCount()):
        yield from interfaces(root.child(index))


def nameless(widget: QWidget) -> list[str]:
    """The interactive elements under ``widget`` that a screen reader could not name."""
    found = []
    for interface in interfaces(QAccessible.queryAccessibleInterface(widget)):
        if interface.role() in INTERACTIVE and not interface.text(QAccessible.Text.Name).strip():
            thing = interface.object()
            found.append(f"{interface.role().name} {type(thing).__name__} {thing.objectName() if thing else ''}")
    return found


def laid_out() -> None:
    """Deliver the layout requests and shows a change left queued, as the event loop would."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.sendPostedEvents()


def walked(widget: QWidget) -> int:
    return sum(1 for i in interfaces(QAccessible.queryAccessibleInterface(widget)) if i.role() in INTERACTIVE)


PAGES = ["map", "points", "finder", "routines", "mat", "history", "learn"]


@pytest.mark.parametrize("page", PAGES)
def test_every_control_of_every_page_has_a_name(qtbot: QtBot, window: MainWindow, page: str) -> None:
    window.resize(1280, 800)
    window.page_actions[PAGES.index(page)].trigger()
    window.selection.select("LI4")
    laid_out()
    assert walked(window) > 10
    assert nameless(window) == []


def test_the_history_charts_are_named_and_described(qtbot: QtBot, window: MainWindow) -> None:
    window.show_history()
    charts = window.history_page.show_charts()
    laid_out()
    assert nameless(window) == []
    for plot in (charts.practice_plot, charts.minutes_plot, charts.change_plot):
        assert plot.accessibleName() and plot.accessibleDescription()


def test_a_guided_session_names_its_controls_timer_and_curve(qtbot: QtBot, window: MainWindow) -> None:
    window.selection.select("LI4")
    qtbot.mouseClick(window.panel.start_button, Qt.MouseButton.LeftButton)
    dialog = window.workspace.practice_dialog
    assert dialog is not None and dialog.setup is not None
    qtbot.addWidget(dialog)
    assert nameless(dialog) == []
    qtbot.mouseClick(dialog.setup.start_button, Qt.MouseButton.LeftButton)
    assert dialog.view is not None
    assert nameless(dialog) == []
    assert dialog.view.countdown.accessibleName() and dialog.view.plot.accessibleName()


def test_each_phase_is_announced_to_screen_readers(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []

    def listen(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            said.append(event.message())  # type: ignore[attr-defined]

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(listen))
    window.selection.select("LI4")
    qtbot.mouseClick(window.panel.start_button, Qt.MouseButton.LeftButton)
    dialog = window.workspace.practice_dialog
    assert dialog is not None and dialog.setup is not None
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.setup.start_button, Qt.MouseButton.LeftButton)
    assert any(text.startswith("Get ready") for text in said)
    for _ in range(60):
        clock.advance(0.5)
        assert dialog.driver is not None
        dialog.driver.poll()
    assert any(text.startswith("Breathe") for text in said)


@pytest.mark.parametrize(
    "open_dialog",
    ["preferences_requested", "safety_requested", "guide_requested", "show_shortcuts", "show_about"],
)
def test_every_dialog_names_its_controls(
    qtbot: QtBot, window: MainWindow, open_dialog: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QDialog] = []

    def keep(dialog: QDialog) -> int:
        opened.append(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(QDialog, "exec", keep)
    target = getattr(window, open_dialog)
    target.emit() if hasattr(target, "emit") else target()
    laid_out()
    shown = opened or [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert shown
    for dialog in shown:
        assert nameless(dialog) == []
        dialog.close()


def test_every_hotspot_says_its_point_and_where_it_is(window: MainWindow, catalog: Catalog) -> None:
    described = 0
    for view in catalog.views:
        window.body_map.show_view(view.id)
        for spot in window.body_map.hotspots():
            point = spot.point
            assert point.code in spot.accessible_name and point.english in spot.accessible_name
            assert spot.accessible_description.startswith(point.location.split(".")[0])
            described += 1
    assert described > 400
    spot = window.body_map.hotspots()[0]
    window.body_map.focus_hotspot(spot)
    assert spot.point.code in window.body_map.accessibleName()
    assert window.body_map.accessibleDescription() == spot.accessible_description


def test_the_desktops_high_contrast_setting_gives_black_white_and_strong_edges(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    from PySide6.QtGui import QPalette

    from acupressure_desktop.preferences import Appearance
    from acupressure_desktop.ui.shell.theme import ThemeController, high_contrast_in_use

    asked = [Qt.ContrastPreference.HighContrast]
    theme = ThemeController(qapp, Appearance.LIGHT, contrast=lambda: asked[0])
    try:
        palette = qapp.palette()
        assert theme.high_contrast and high_contrast_in_use()
        assert palette.color(QPalette.ColorRole.Window).name() == "#ffffff"
        assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
        assert palette.color(QPalette.ColorRole.Mid).name() == "#000000"  # frames as dark as the text
        window.selection.select("LI4")
        window.panel.refresh()
        assert "bgcolor='#ffffff'" in window.panel.html() or "#ffffff" in window.panel.html()
        assert "#fff4e2" not in window.panel.html()  # the cream caution box gives way to the palette
        theme.set_appearance(Appearance.DARK)
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        assert qapp.palette().color(QPalette.ColorRole.Highlight).name() == "#ffd400"
        asked[0] = Qt.ContrastPreference.NoPreference
        theme.set_appearance(Appearance.LIGHT)
        assert not high_contrast_in_use()
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#f6f4f1"
    finally:
        theme.deleteLater()


def clipped_texts(root: QWidget) -> list[str]:
    """Labels and buttons under ``root`` whose text does not fit the room they were given."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        shown = QLabel.text(widget) if isinstance(widget, QLabel) else ""  # what is drawn, "…" and all
        if isinstance(widget, QLabel) and shown and widget.textFormat() != Qt.TextFormat.RichText:
            margins = widget.contentsMargins()
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    found.append(f"wrapped label squeezed: {shown[:40]!r}")
            elif "…" not in shown:
                need = widget.fontMetrics().horizontalAdvance(shown) + margins.left() + margins.right()
                if need > widget.width() + 1:
                    found.append(f"label cut: {shown[:40]!r} needs {need}, has {widget.width()}")
        elif isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height() + 1:
                found.append(f"wrapped label squeezed: {widget.text()[:40]!r}")
        elif isinstance(widget, QAbstractButton) and widget.text() and widget.sizeHint().width() > widget.width() + 1:
            found.append(f"button cut: {widget.text()!r} needs {widget.sizeHint().width()}, has {widget.width()}")
    return found


@pytest.mark.parametrize("language", ["en", "de", "zh_CN"])  # German words run longest
def test_at_twice_the_font_size_every_page_fits_1280_by_800_without_cut_text(
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    settings: PreferencesStore,
    language: str,
) -> None:
    from acupressure_desktop.app_log import app_logger
    from acupressure_desktop.preferences import InterfaceLanguage

    settings.update(language=InterfaceLanguage(language))
    from acupressure_desktop.resources import resource_root
    from acupressure_desktop.ui.shell.assembly import Surroundings, build_app

    normal = qapp.font()
    large = qapp.font()
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    parts = build_app(qapp, app_paths, settings, resource_root(), app_logger(), Surroundings(tray_available=False))
    window = parts.window
    qtbot.addWidget(window)
    try:
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.selection.select("LI4")
        for number, action in enumerate(window.page_actions):
            action.trigger()
            laid_out()
            assert window.width() <= 1280 and window.height() <= 800, window.tabs.tabText(number)
            assert clipped_texts(window) == [], window.tabs.tabText(number)
    finally:
        parts.close()
        qapp.setFont(normal)
