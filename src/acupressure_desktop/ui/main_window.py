"""The main window: view picker, body map and point panel, with menus and search."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QToolBar, QWidget

from acupressure_desktop import APP_NAME
from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.search import PointSearch
from acupressure_desktop.ui.about_dialog import AboutDialog
from acupressure_desktop.ui.body_map import BodyMapView
from acupressure_desktop.ui.diagrams import DiagramLibrary
from acupressure_desktop.ui.point_panel import PointPanel
from acupressure_desktop.ui.search_box import SearchBox
from acupressure_desktop.ui.selection import PointSelection
from acupressure_desktop.ui.theme import Appearance, ThemeController
from acupressure_desktop.ui.view_picker import ViewPicker


class MainWindow(QMainWindow):
    """Wires the map, panel, picker and search to one shared selection."""

    def __init__(
        self,
        catalog: Catalog,
        library: DiagramLibrary,
        settings: QSettings,
        theme: ThemeController,
        icon: QIcon | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._settings = settings
        self._theme = theme
        self.setWindowTitle(APP_NAME)
        if icon is not None:
            self.setWindowIcon(icon)

        self.selection = PointSelection(self)
        self.picker = ViewPicker(catalog, library)
        self.body_map = BodyMapView(catalog, library, self.selection)
        self.panel = PointPanel(catalog, library, self.selection)
        self.search_box = SearchBox(PointSearch(catalog))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.picker)
        splitter.addWidget(self.body_map)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setCollapsible(1, False)
        splitter.setSizes([150, 560, 420])
        self._splitter = splitter
        self.setCentralWidget(splitter)

        self.picker.view_chosen.connect(self.body_map.show_view)
        self.body_map.view_changed.connect(self.picker.set_current_view)
        self.body_map.hotspot_focused.connect(lambda name: self.statusBar().showMessage(name, 4000))
        self.selection.changed.connect(self.picker.mark_point)
        self.selection.changed.connect(self._on_point_selected)
        self.search_box.point_chosen.connect(self.selection.select)
        self.panel.symptom_activated.connect(self._search_symptom)
        self.panel.view_requested.connect(self.body_map.show_view)
        theme.changed.connect(self.panel.refresh)

        self._build_toolbar()
        self._build_menus()
        self.statusBar().showMessage("Click a point on the body map, or press Ctrl+K to search.")
        self._restore()

    # --- building -------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar("Search")
        bar.setObjectName("searchToolBar")
        bar.setMovable(False)
        bar.addWidget(self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _action(self, text: str, slot: object, *shortcuts: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit, "Ctrl+Q"))

        view_menu = menus.addMenu("&View")
        self.find_action = self._action("&Find a Point…", self.focus_search, QKeySequence.StandardKey.Find, "Ctrl+K")
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        view_menu.addAction(self._action("Zoom &In", self.body_map.zoom_in, QKeySequence.StandardKey.ZoomIn, "Ctrl+="))
        view_menu.addAction(self._action("Zoom &Out", self.body_map.zoom_out, QKeySequence.StandardKey.ZoomOut))
        view_menu.addAction(self._action("&Fit Diagram", self.body_map.fit, "Ctrl+0"))
        view_menu.addSeparator()
        view_menu.addAction(self._action("&Next Body View", lambda: self._step_view(1), "Ctrl+PgDown"))
        view_menu.addAction(self._action("&Previous Body View", lambda: self._step_view(-1), "Ctrl+PgUp"))
        view_menu.addSeparator()
        appearance_menu = view_menu.addMenu("&Appearance")
        group = QActionGroup(self)
        for appearance, label in (
            (Appearance.SYSTEM, "Follow &System"),
            (Appearance.LIGHT, "&Light"),
            (Appearance.DARK, "&Dark"),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(appearance is self._theme.appearance)
            action.triggered.connect(lambda _=False, a=appearance: self._set_appearance(a))
            group.addAction(action)
            appearance_menu.addAction(action)

        help_menu = menus.addMenu("&Help")
        help_menu.addAction(self._action(f"&About {APP_NAME}", self.show_about))
        help_menu.addAction(self._action("About &Qt", QApplication.aboutQt))

    # --- behaviour ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def _search_symptom(self, symptom_id: str) -> None:
        self.search_box.show_query(self._catalog.symptom(symptom_id).name)

    def _step_view(self, step: int) -> None:
        ids = self.picker.view_ids()
        index = (ids.index(self.body_map.view_id) + step) % len(ids)
        self.body_map.show_view(ids[index])

    def _on_point_selected(self, code: str) -> None:
        if code:
            point = self._catalog.point(code)
            self.statusBar().showMessage(f"{point.code} {point.pinyin} · {point.english}: {point.summary}")

    def _set_appearance(self, appearance: Appearance) -> None:
        self._theme.set_appearance(appearance)
        self._settings.setValue("appearance", appearance.value)

    # --- persistence ----------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)
        state = self._settings.value("window/splitter")
        if state is not None:
            self._splitter.restoreState(state)
        view_ids = self.picker.view_ids()
        last = self._settings.value("map/view", view_ids[0])
        self.body_map.show_view(last if last in view_ids else view_ids[0])
        # The first fit happens before the window has its final size; fit again once shown.
        QTimer.singleShot(0, self.body_map.fit)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self._splitter.saveState())
        self._settings.setValue("map/view", self.body_map.view_id)
        self._settings.sync()
        super().closeEvent(event)
