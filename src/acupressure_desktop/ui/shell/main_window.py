"""The main window: tabs for the finished pages, menus, the search bar, notices and today's progress.

It is built whole by ``build_app``: every page arrives ready and wired, so nothing here waits to
be attached later. Dialogs that need more than the window has (preferences, the safety screen,
the practice guide) are asked for with signals, which the assembly answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSizePolicy, QTabWidget, QToolBar, QWidget

from acupressure_desktop import APP_NAME
from acupressure_desktop.preferences import Appearance
from acupressure_desktop.ui.history.daily_progress import DailyProgress
from acupressure_desktop.ui.map.body_map import BodyMapView
from acupressure_desktop.ui.map.point_panel import PointPanel
from acupressure_desktop.ui.map.search_box import SearchBox
from acupressure_desktop.ui.map.selection import PointSelection
from acupressure_desktop.ui.map.view_picker import ViewPicker
from acupressure_desktop.ui.map.workspace import Workspace
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell import key_map as keys
from acupressure_desktop.ui.shell.about_dialog import AboutDialog
from acupressure_desktop.ui.shell.key_map import KeyBinding
from acupressure_desktop.ui.shell.page_slot import PageSlot
from acupressure_desktop.ui.shell.saved_work import saved_work_text
from acupressure_desktop.ui.shell.shortcuts_dialog import ShortcutsDialog
from acupressure_desktop.ui.shell.status_bar import ElidingStatusBar
from acupressure_desktop.ui.shell.theme import ThemeController
from acupressure_desktop.ui.words import in_language

if TYPE_CHECKING:
    # The pages behind the other tabs load when first opened, not with the window.
    from acupressure_desktop.history.sync.merge import MergeResult
    from acupressure_desktop.ui.atlas.points_page import PointsPage
    from acupressure_desktop.ui.guidance.finder_page import FinderPage
    from acupressure_desktop.ui.guidance.routines_page import RoutinesPage
    from acupressure_desktop.ui.history.history_page import HistoryPage
    from acupressure_desktop.ui.learning.learn_page import LearnPage
    from acupressure_desktop.ui.practice.mat_page import MatPage


@dataclass(frozen=True)
class MainPages:
    """The pages the window shows: the body map at once, the others built, wired, when first opened."""

    workspace: Workspace
    finder: Callable[[], FinderPage]
    points: Callable[[], PointsPage]
    routines: Callable[[], RoutinesPage]
    mat: Callable[[], MatPage]
    history: Callable[[], HistoryPage]
    learn: Callable[[], LearnPage]
    progress: DailyProgress


class MainWindow(QMainWindow):
    """The application frame around the pages, with intent methods for the tray and a second launch.

    ``stays_in_tray`` says whether closing the window should only hide it (reminders keep running
    in the tray); File > Quit always quits.
    """

    preferences_requested = Signal()
    safety_requested = Signal()
    guide_requested = Signal()
    hidden_to_tray = Signal()
    history_replaced = Signal()  # the user restored a backup

    def __init__(
        self,
        pages: MainPages,
        preferences: PreferencesStore,
        theme: ThemeController,
        icon: QIcon,
        stays_in_tray: Callable[[], bool] = lambda: False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._theme = theme
        self._stays_in_tray = stays_in_tray
        self.quitting = False  # File > Quit, as opposed to closing the window
        self.workspace = pages.workspace
        self._finder = PageSlot(pages.finder)
        self._points = PageSlot(pages.points)
        self._routines = PageSlot(pages.routines)
        self._mat = PageSlot(pages.mat)
        self._history = PageSlot(pages.history)
        self._learn = PageSlot(pages.learn)
        self.daily_progress = pages.progress
        self.setObjectName("mainWindow")
        self.setStatusBar(ElidingStatusBar(self))
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon)
        self._build_bars()
        self._build_tabs()
        self._notices: dict[str, str] = {}
        self._build_menus()
        self.statusBar().addPermanentWidget(pages.progress)
        self.statusBar().showMessage(self.tr("Click a point on the body map, or press Ctrl+K to search."))
        self._restore_layout()
        self.workspace.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        theme.changed.connect(self.workspace.panel.refresh)
        self._finder.built.connect(lambda page: page.show_point.connect(self.show_point))
        self._points.built.connect(self._points_built)
        self._routines.built.connect(lambda page: page.message.connect(self._show_message))
        self._history.built.connect(self._history_built)

    # --- the pages ------------------------------------------------------------------------------

    @property
    def finder_page(self) -> FinderPage:
        return cast("FinderPage", self._finder.page())

    @property
    def points_page(self) -> PointsPage:
        return cast("PointsPage", self._points.page())

    def _points_built(self, page: PointsPage) -> None:
        page.show_on_map.connect(self.show_point)
        page.panel.measure_requested.connect(self.measure_point)
        page.panel.cun_guide_requested.connect(self.workspace.show_cun_guide)
        page.panel.view_requested.connect(self._show_view)
        self._theme.changed.connect(page.panel.refresh)

    def _show_view(self, view_id: str) -> None:
        self.show_map()
        self.body_map.show_view(view_id)

    @property
    def routines_page(self) -> RoutinesPage:
        return cast("RoutinesPage", self._routines.page())

    @property
    def mat_page(self) -> MatPage:
        return cast("MatPage", self._mat.page())

    @property
    def history_page(self) -> HistoryPage:
        return cast("HistoryPage", self._history.page())

    @property
    def learn_page(self) -> LearnPage:
        return cast("LearnPage", self._learn.page())

    def _history_built(self, page: HistoryPage) -> None:
        page.message.connect(self._show_message)
        page.show_point.connect(self.show_point)
        page.history_replaced.connect(self.history_replaced)
        self._theme.changed.connect(page.apply_palette)

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

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

    def _build_bars(self) -> None:
        search_bar = QToolBar(self.tr("Search"))
        search_bar.setObjectName("searchToolBar")
        search_bar.setMovable(False)
        search_bar.addWidget(self.workspace.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, search_bar)
        self.addToolBarBreak()
        self.notice_bar = QToolBar(self.tr("Notices"))
        self.notice_bar.setObjectName("noticeBar")
        self.notice_bar.setMovable(False)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setObjectName("noticeText")
        self.notice_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.notice_label.setContentsMargins(8, 4, 8, 4)
        self.notice_bar.addWidget(self.notice_label)
        self.notice_bar.addAction(self.tr("Dismiss"), self.dismiss_notices)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.notice_bar)
        self.notice_bar.hide()

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        for page, title in (
            (self.workspace, self.tr("Body Map")),
            (self._points, self.tr("Points")),
            (self._finder, self.tr("Find Help")),
            (self._routines, self.tr("Routines")),
            (self._mat, self.tr("Mat")),
            (self._history, self.tr("History")),
            (self._learn, self.tr("Learn")),
        ):
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

    def _restore_layout(self) -> None:
        remembered = self._preferences.current
        if not remembered.window_geometry or not self.restoreGeometry(QByteArray(remembered.window_geometry)):
            self.resize(1200, 800)
        if remembered.window_splitter:
            self.workspace.restoreState(QByteArray(remembered.window_splitter))
        view_ids = self.workspace.view_ids()
        self.body_map.show_view(remembered.map_view if remembered.map_view in view_ids else view_ids[0])
        # Fit again once the splitter has settled into the shown window.
        QTimer.singleShot(0, self.body_map.fit)

    # --- intents (menus, the tray, a second launch) ----------------------------------------------

    def current_page(self) -> QWidget:
        """The page on the tab in front (built now if it was waiting)."""
        current = self.tabs.currentWidget()
        return current.page() if isinstance(current, PageSlot) else current

    def show_map(self) -> None:
        self.tabs.setCurrentWidget(self.workspace)

    def _switch_side(self) -> None:
        """A hand, arm, leg or foot view shows the other side of the body (its drawing mirrored)."""
        self.show_map()
        side = self.body_map.shown_side
        if not side:
            self.statusBar().showMessage(
                self.tr("This view shows both sides of the body, marked RIGHT and LEFT."), 6000
            )
            return
        self.body_map.show_side("left" if side == "right" else "right")
        shown = (
            self.tr("Showing the left side.")
            if self.body_map.shown_side == "left"
            else self.tr("Showing the right side.")
        )
        self.statusBar().showMessage(shown, 6000)

    def show_point(self, code: str) -> None:
        """The point on the body map, with its panel open."""
        self.show_map()
        self.selection.select(code)

    def measure_point(self, code: str) -> None:
        """How to measure the point, step by step, on the body map."""
        self.show_point(code)
        self.workspace.measuring.start(code)

    def show_points(self) -> None:
        """The Points page, with the list ready for typing a filter."""
        self.tabs.setCurrentWidget(self._points)
        self.points_page.filter.setFocus()

    def show_finder(self) -> None:
        self.tabs.setCurrentWidget(self._finder)
        self.finder_page.query.setFocus()

    def show_routines(self) -> None:
        self.tabs.setCurrentWidget(self._routines)

    def show_mat(self) -> None:
        self.tabs.setCurrentWidget(self._mat)

    def show_history(self) -> None:
        self.tabs.setCurrentWidget(self._history)

    def show_learn(self) -> None:
        self.tabs.setCurrentWidget(self._learn)

    def bring_to_front(self) -> None:
        """Restore and raise the app (the running session above the map), as a second launch asks."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        targets: list[QWidget] = [self]
        session = self.workspace.practice_dialog
        if session is not None:
            if session.isMinimized():
                session.showNormal()
            targets.append(session)
        for target in targets:
            target.raise_()
        targets[-1].activateWindow()

    def describe_saved_work(self) -> str:
        """One honest sentence on what is on disk, for the dialog after an unexpected error."""
        return saved_work_text(self.workspace)

    def show_notice(self, text: str, about: str = "") -> None:
        """A plain, dismissable note under the search bar (history not saved, and the like).

        Notes pile up until dismissed, so a second one never hides the first; a note ``about`` a
        subject replaces the earlier one about the same subject ("not saved", then "saved again").
        """
        text = in_language(text)
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

    def quit_app(self) -> None:
        """Quit for real, even while the tray would keep the app running."""
        self.quitting = True
        if not self.close():
            self.quitting = False  # the user kept a session running

    # --- menus ----------------------------------------------------------------------------------

    def _action(self, binding: KeyBinding, slot: object) -> QAction:
        action = QAction(binding.menu_text, self)
        action.setShortcuts(binding.sequences())
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        self.preferences_action = self._action(keys.PREFERENCES, self.preferences_requested.emit)
        self.export_action = self._action(keys.EXPORT_VIEW, self.workspace.export_view)
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(keys.QUIT, self.quit_app))

        view_menu = menus.addMenu(self.tr("&View"))
        self.find_action = self._action(keys.FIND_POINT, self.focus_search)
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        for binding, slot in (
            (keys.ZOOM_IN, self.body_map.zoom_in),
            (keys.ZOOM_OUT, self.body_map.zoom_out),
            (keys.FIT, self.body_map.fit),
        ):
            view_menu.addAction(self._action(binding, slot))
        self.landmarks_action = self._action(keys.LANDMARKS, self.body_map.show_landmarks)
        self.landmarks_action.setCheckable(True)
        self.body_map.landmarks_toggled.connect(self.landmarks_action.setChecked)
        view_menu.addAction(self.landmarks_action)
        view_menu.addAction(self._action(keys.OTHER_SIDE, self._switch_side))
        view_menu.addMenu(self.workspace.channel_menu)
        self.addActions([self.workspace.channel_menu.previous_action, self.workspace.channel_menu.next_action])
        view_menu.addSeparator()
        view_menu.addAction(self._action(keys.NEXT_VIEW, lambda: self.workspace.step_view(1)))
        view_menu.addAction(self._action(keys.PREVIOUS_VIEW, lambda: self.workspace.step_view(-1)))
        view_menu.addSeparator()
        self.page_actions = [self._action(binding, slot) for binding, slot in self._page_intents()]
        view_menu.addActions(self.page_actions)
        (
            self.map_action,
            self.points_action,
            self.finder_action,
            self.routines_action,
            self.mat_action,
            self.history_action,
            self.learn_action,
        ) = self.page_actions
        view_menu.addSeparator()
        appearance_menu = view_menu.addMenu(self.tr("&Appearance"))
        group = QActionGroup(self)
        for appearance, label in (
            (Appearance.SYSTEM, self.tr("Follow &System")),
            (Appearance.LIGHT, self.tr("&Light")),
            (Appearance.DARK, self.tr("&Dark")),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(appearance is self._theme.appearance)
            action.triggered.connect(lambda _=False, a=appearance: self._set_appearance(a))
            group.addAction(action)
            appearance_menu.addAction(action)

        help_menu = menus.addMenu(self.tr("&Help"))
        self.guide_action = self._action(keys.HOW_TO_PRACTISE, self.guide_requested.emit)
        help_menu.addAction(self.guide_action)
        self.cun_guide_action = QAction(self.tr("&Measuring in Cun…"), self)
        self.cun_guide_action.triggered.connect(self.workspace.show_cun_guide)
        help_menu.addAction(self.cun_guide_action)
        self.safety_action = QAction(self.tr("&Safety and Your Health…"), self)
        self.safety_action.triggered.connect(self.safety_requested.emit)
        help_menu.addAction(self.safety_action)
        self.shortcuts_action = self._action(keys.KEYBOARD_SHORTCUTS, self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.tr("&About %1").replace("%1", APP_NAME), self.show_about)
        help_menu.addAction(self.tr("About &Qt"), QApplication.aboutQt)

    def _page_intents(self) -> list[tuple[KeyBinding, Callable[[], None]]]:
        """The pages' View menu items, in the order of their tabs."""
        return [
            (keys.BODY_MAP_PAGE, self.show_map),
            (keys.POINTS_PAGE, self.show_points),
            (keys.FINDER_PAGE, self.show_finder),
            (keys.ROUTINES_PAGE, self.show_routines),
            (keys.MAT_PAGE, self.show_mat),
            (keys.HISTORY_PAGE, self.show_history),
            (keys.LEARN_PAGE, self.show_learn),
        ]

    # --- behaviour ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._history:
            self.history_page.refresh_mode()
            self.history_page.reload()  # sessions finished since the last look
        elif self._history.is_built:
            self.history_page.leave()
        if self.tabs.widget(index) is self._learn:
            self.learn_page.refresh()  # what is due changes with the time of day

    def history_changed_elsewhere(self, merged: MergeResult) -> None:
        """Sessions, routines or answers arrived from another computer: show them where they are shown."""
        if merged.added:
            self._show_message(self.tr("%n session(s) arrived from your other computers.", "", merged.added))
        if merged.added or merged.changed or merged.removed or merged.runs:
            self.daily_progress.refresh()
            if self._history.is_built:
                self.history_page.reload()
        if merged.routines and self._routines.is_built:
            self.routines_page.changed_elsewhere()
        if merged.cards and self._learn.is_built and self.current_page() is self._learn:
            self.learn_page.refresh()

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(keys.ALL, self).exec()

    def _set_appearance(self, appearance: Appearance) -> None:
        self._theme.set_appearance(appearance)
        self._preferences.update(appearance=appearance)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._preferences.update(window_geometry=self.saveGeometry().data())
        if not self.quitting and self._stays_in_tray():
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        if self._history.is_built:
            self.history_page.leave()
        session = self.workspace.practice_dialog
        if session is not None and not session.close():
            event.ignore()  # the user chose to keep the session running
            return
        self._preferences.update(
            window_splitter=self.workspace.saveState().data(), map_view=self.workspace.body_map.view_id
        )
        super().closeEvent(event)
        app = QApplication.instance()
        if app is not None and not QApplication.quitOnLastWindowClosed():
            # The tray kept the app alive while the window was hidden; closed for real, it ends.
            QTimer.singleShot(0, app.quit)
