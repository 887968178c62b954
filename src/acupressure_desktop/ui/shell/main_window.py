"""The main window: menus, search bar and status bar around the workspace.

The window appears before the point catalog has loaded (a plain diagram stands in for the map),
so this module imports nothing that needs the catalog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSizePolicy, QTabWidget, QToolBar, QWidget

from acupressure_desktop import APP_NAME
from acupressure_desktop.preferences import Appearance
from acupressure_desktop.ui.map.diagram_preview import DiagramPreview
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.about_dialog import AboutDialog
from acupressure_desktop.ui.shell.saved_work import saved_work_text
from acupressure_desktop.ui.shell.shortcuts import Shortcut, distinct_sequences
from acupressure_desktop.ui.shell.theme import ThemeController

if TYPE_CHECKING:
    from acupressure_desktop.ui.guidance.finder_page import FinderPage
    from acupressure_desktop.ui.guidance.routines_page import RoutinesPage
    from acupressure_desktop.ui.history.daily_progress import DailyProgress
    from acupressure_desktop.ui.history.history_page import HistoryPage
    from acupressure_desktop.ui.map.body_map import BodyMapView
    from acupressure_desktop.ui.map.point_panel import PointPanel
    from acupressure_desktop.ui.map.search_box import SearchBox
    from acupressure_desktop.ui.map.selection import PointSelection
    from acupressure_desktop.ui.map.view_picker import ViewPicker
    from acupressure_desktop.ui.map.workspace import Workspace
    from acupressure_desktop.ui.practice.mat_page import MatPage
    from acupressure_desktop.ui.practice.session_services import SessionServices
    from acupressure_desktop.ui.shell.tray_reminders import TrayReminders

# How often a history that could not save (disk full, file busy) tries again.
HISTORY_RETRY_MS = 15_000


class MainWindow(QMainWindow):
    """The application frame; ``attach`` puts the workspace in once the catalog is ready."""

    map_attached = Signal()

    def __init__(
        self,
        settings: PreferencesStore,
        theme: ThemeController,
        icon: QIcon | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._theme = theme
        self._workspace: Workspace | None = None
        self.preview: DiagramPreview | None = None
        self.setWindowTitle(APP_NAME)
        if icon is not None:
            self.setWindowIcon(icon)
        self._search_bar = QToolBar("Search")
        self._search_bar.setObjectName("searchToolBar")
        self._search_bar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self._search_bar)
        self.addToolBarBreak()
        self.notice_bar = QToolBar("Notices")
        self.notice_bar.setObjectName("noticeBar")
        self.notice_bar.setMovable(False)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setObjectName("noticeText")
        self.notice_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.notice_label.setContentsMargins(8, 4, 8, 4)
        self.notice_bar.addWidget(self.notice_label)
        self.notice_bar.addAction("Dismiss", self.dismiss_notices)
        self._notices: dict[str, str] = {}
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.notice_bar)
        self.notice_bar.hide()
        self._map_actions: list[QAction] = []
        self._build_menus()
        geometry = settings.current.window_geometry
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1200, 800)
        self.statusBar().showMessage("Loading the points…")

    # --- the workspace --------------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace:
        assert self._workspace is not None, "the workspace is attached after the catalog loads"
        return self._workspace

    @property
    def body_map(self) -> BodyMapView:
        return self.workspace.body_map

    @property
    def panel(self) -> PointPanel:
        return self.workspace.panel

    @property
    def picker(self) -> ViewPicker:
        return self.workspace.picker

    @property
    def search_box(self) -> SearchBox:
        return self.workspace.search_box

    @property
    def selection(self) -> PointSelection:
        return self.workspace.selection

    def last_view(self) -> str:
        return self._settings.current.map_view

    def show_preview(self, svg_file: Path) -> DiagramPreview:
        """Stand a plain drawing of the diagram in for the map until ``attach``."""
        self.preview = DiagramPreview(svg_file)
        self.setCentralWidget(self.preview)
        return self.preview

    def attach(self, workspace: Workspace) -> None:
        """Put the catalog-backed workspace in place and turn on everything that needs it."""
        self._workspace = workspace
        self._search_bar.addWidget(workspace.search_box)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(workspace, "Body map")
        self.history_page: HistoryPage | None = None
        self.finder_page: FinderPage | None = None
        self.routines_page: RoutinesPage | None = None
        self.mat_page: MatPage | None = None
        self.daily_progress: DailyProgress | None = None
        self.tray: TrayReminders | None = None  # set by the app when reminders start
        self.quitting = False  # File > Quit, as opposed to closing the window
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self.preview = None
        state = self._settings.current.window_splitter
        if state:
            workspace.restoreState(QByteArray(state))
        workspace.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self._theme.changed.connect(workspace.panel.refresh)
        view_ids = workspace.view_ids()
        last = self.last_view()
        workspace.body_map.show_view(last if last in view_ids else view_ids[0])
        for action in self._map_actions:
            action.setEnabled(True)
        self.history_action.setEnabled(False)
        self.finder_action.setEnabled(False)
        self.routines_action.setEnabled(False)
        if workspace.services is not None:
            self.attach_services(workspace.services)
        self.statusBar().showMessage("Click a point on the body map, or press Ctrl+K to search.")
        # Fit again once the splitter has settled into the window.
        QTimer.singleShot(0, workspace.body_map.fit)
        self.map_attached.emit()

    def attach_services(self, services: SessionServices) -> None:
        """Turn on sessions and the history (they may arrive just after the map)."""
        from acupressure_desktop.ui.history.history_page import HistoryPage  # noqa: PLC0415

        workspace = self.workspace
        workspace.attach_services(services)
        from acupressure_desktop.ui.guidance.guidance_pages import build_guidance_pages  # noqa: PLC0415

        pages = build_guidance_pages(workspace, services, self.show_notice)
        self.finder_page, self.routines_page, self.mat_page = pages.finder, pages.routines, pages.mat
        self.finder_page.show_point.connect(self._show_point_on_map)
        self.routines_page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        for page_widget, title in ((pages.finder, "Find help"), (pages.routines, "Routines"), (pages.mat, "Mat")):
            self.tabs.addTab(page_widget, title)
        self.daily_progress = pages.progress
        self.statusBar().addPermanentWidget(pages.progress)
        page = HistoryPage(services.history, workspace.catalog)
        page.show_point.connect(self._show_point_on_map)
        page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.history_page = page
        self.tabs.addTab(page, "History")
        self._theme.changed.connect(page.apply_palette)
        self.history_action.setEnabled(True)
        self.finder_action.setEnabled(True)
        self.routines_action.setEnabled(True)
        self.preferences_action.setEnabled(True)
        self.safety_action.setEnabled(True)
        services.safety.problem.connect(self.show_notice)
        history = services.history.database
        messages = [text for text in (history.notice, services.safety.notice) if text]
        if history.recovered:
            count = len(history.recovered)
            messages.append(
                f"{'A session' if count == 1 else f'{count} sessions'} did not finish last time "
                f"(the app closed unexpectedly). {'It is' if count == 1 else 'They are'} kept in your "
                "history, marked as interrupted."
            )
        if messages:
            self.show_notice(" ".join(messages))
        history.on_notice(lambda text: self.show_notice(text, about="history"))
        history.on_saving_again(lambda text: self.show_notice(text, about="history"))
        from acupressure_desktop.history import StoreMode  # noqa: PLC0415  (after the first paint)

        # A full disk or a busy file passes: while the history waits, try its writes again now and then.
        self._history_retry = QTimer(self)
        self._history_retry.setInterval(HISTORY_RETRY_MS)
        self._history_retry.timeout.connect(lambda: history.retry() if history.mode is StoreMode.RETRYING else None)
        self._history_retry.start()

    def bring_to_front(self) -> None:
        """Restore and raise the app (the running session above the map), as a second launch asks."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        targets: list[QWidget] = [self]
        session = self._workspace.session_window if self._workspace is not None else None
        if session is not None:
            if session.isMinimized():
                session.showNormal()
            targets.append(session)
        for target in targets:
            target.raise_()
        targets[-1].activateWindow()

    def describe_saved_work(self) -> str:
        """One honest sentence on what is on disk, for the dialog after an unexpected error."""
        return saved_work_text(self._workspace)

    def show_finder(self) -> None:
        if self.finder_page is not None:
            self.tabs.setCurrentWidget(self.finder_page)
            self.finder_page.query.setFocus()

    def show_routines(self) -> None:
        if self.routines_page is not None:
            self.tabs.setCurrentWidget(self.routines_page)

    def show_history(self) -> None:
        if self.history_page is not None:
            self.tabs.setCurrentWidget(self.history_page)

    # --- menus ----------------------------------------------------------------------------------

    def _action(self, text: str, slot: object, *shortcuts: Shortcut, needs_map: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts(distinct_sequences(shortcuts))
        action.triggered.connect(slot)
        if needs_map:
            action.setEnabled(False)
            self._map_actions.append(action)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        self.preferences_action = self._action(
            "&Preferences…", self.show_preferences, QKeySequence.StandardKey.Preferences, "Ctrl+,"
        )
        self.preferences_action.setEnabled(False)
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", self.quit_app, QKeySequence.StandardKey.Quit, "Ctrl+Q"))

        view_menu = menus.addMenu("&View")
        self.find_action = self._action(
            "&Find a Point…", self.focus_search, QKeySequence.StandardKey.Find, "Ctrl+K", needs_map=True
        )
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        for text, slot, keys in (
            ("Zoom &In", self._zoom_in, (QKeySequence.StandardKey.ZoomIn, "Ctrl+=")),
            ("Zoom &Out", self._zoom_out, (QKeySequence.StandardKey.ZoomOut,)),
            ("&Fit Diagram", self._fit, ("Ctrl+0",)),
        ):
            view_menu.addAction(self._action(text, slot, *keys, needs_map=True))
        view_menu.addSeparator()
        view_menu.addAction(
            self._action("&Next Body View", lambda: self.workspace.step_view(1), "Ctrl+PgDown", needs_map=True)
        )
        view_menu.addAction(
            self._action("&Previous Body View", lambda: self.workspace.step_view(-1), "Ctrl+PgUp", needs_map=True)
        )
        view_menu.addSeparator()
        view_menu.addAction(self._action("&Body Map", lambda: self.show_tab(0), "Ctrl+1", needs_map=True))
        self.history_action = self._action("&History", self.show_history, "Ctrl+H", "Ctrl+2", needs_map=True)
        view_menu.addAction(self.history_action)
        self.finder_action = self._action("Find Help by &Complaint", self.show_finder, "Ctrl+3", needs_map=True)
        view_menu.addAction(self.finder_action)
        self.routines_action = self._action("&Routines", self.show_routines, "Ctrl+4", needs_map=True)
        view_menu.addAction(self.routines_action)
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
        self.guide_action = self._action("&How to Practise…", self.show_practice_guide, "F1", needs_map=True)
        help_menu.addAction(self.guide_action)
        # A lambda, because triggered() would pass its "checked" flag as first_run.
        self.safety_action = self._action("&Safety and Your Health…", lambda: self.show_safety())  # noqa: PLW0108
        self.safety_action.setEnabled(False)
        help_menu.addAction(self.safety_action)
        help_menu.addSeparator()
        help_menu.addAction(self._action(f"&About {APP_NAME}", self.show_about))
        help_menu.addAction(self._action("About &Qt", QApplication.aboutQt))

    # --- behaviour ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # The map exists only once the workspace is attached, so menu actions look it up when used.
    def _zoom_in(self) -> None:
        self.body_map.zoom_in()

    def _zoom_out(self) -> None:
        self.body_map.zoom_out()

    def _fit(self) -> None:
        self.body_map.fit()

    def show_tab(self, index: int) -> None:
        if index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def _tab_changed(self, index: int) -> None:
        page = self.history_page
        if page is None:
            return
        if self.tabs.widget(index) is page:
            page.refresh_mode()
            page.reload()  # sessions finished since the last look
        else:
            page.leave()

    def _show_point_on_map(self, code: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.selection.select(code)

    def show_notice(self, text: str, about: str = "") -> None:
        """A plain, dismissable note under the search bar (history not saved, and the like).

        Notes pile up until dismissed, so a second one never hides the first; a note ``about`` a
        subject replaces the earlier one about the same subject ("not saved", then "saved again").
        """
        key = about or text
        if not text or self._notices.get(key) == text:
            return
        self._notices[key] = text
        self.notice_label.setText("\n".join(self._notices.values()))
        self.notice_bar.show()

    def dismiss_notices(self) -> None:
        self._notices.clear()
        self.notice_label.clear()
        self.notice_bar.hide()

    def show_preferences(self) -> None:
        services = self.workspace.services
        if services is None or services.sounds is None or services.speaker is None:
            return
        from acupressure_desktop.ui.preferences.preferences_dialog import PreferencesDialog  # noqa: PLC0415

        reminders = self.tray.preferences() if self.tray is not None else None
        dialog = PreferencesDialog(services.settings, services.sounds, services.speaker, self, reminders)
        dialog.safety_requested.connect(self.show_safety)
        dialog.exec()
        if self.daily_progress is not None:
            self.daily_progress.refresh()  # the goal may have changed

    def show_safety(self, first_run: bool = False) -> None:
        """The safety screen, with the user's saved answers."""
        services = self.workspace.services
        if services is not None:
            services.safety.show_screen(self.workspace.catalog.safety, self, first_run)

    def show_practice_guide(self) -> None:
        from acupressure_desktop.ui.guidance.practice_guide import PracticeGuideDialog  # noqa: PLC0415

        PracticeGuideDialog(self.workspace.catalog.guide, self).show()

    def quit_app(self) -> None:
        """Quit for real, even while the tray would keep the app running."""
        self.quitting = True
        if not self.close():
            self.quitting = False  # the user kept a session running
        elif not QApplication.quitOnLastWindowClosed():
            QApplication.quit()

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def _set_appearance(self, appearance: Appearance) -> None:
        self._theme.set_appearance(appearance)
        self._settings.update(appearance=appearance)

    def closeEvent(self, event: QCloseEvent) -> None:
        changes: dict[str, object] = {"window_geometry": self.saveGeometry().data()}
        if self._workspace is not None:
            if self.history_page is not None:
                self.history_page.leave()
            session = self._workspace.session_window
            if session is not None and not session.close():
                event.ignore()  # the user chose to keep the session running
                return
            changes["window_splitter"] = self._workspace.saveState().data()
            changes["map_view"] = self._workspace.body_map.view_id
        self._settings.update(**changes)
        super().closeEvent(event)
