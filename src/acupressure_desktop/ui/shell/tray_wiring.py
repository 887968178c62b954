"""Connects the tray reminders to the main window: open, start, quit, and closing to the tray."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from acupressure_desktop import APP_NAME
from acupressure_desktop.ui.practice.session_services import SessionServices
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.main_window import MainWindow
from acupressure_desktop.ui.shell.tray_reminders import TrayReminders


class KeepInTray(QObject):
    """While reminders are on, closing the window hides it to the tray; Quit (tray menu) ends the app."""

    def __init__(self, window: MainWindow, tray: TrayReminders, settings: PreferencesStore, app: QApplication) -> None:
        super().__init__(window)
        self._window, self._tray, self._settings, self._app = window, tray, settings, app
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close and not self._keeps():
            # Closing for real (reminders off): the tray no longer keeps the app alive.
            QTimer.singleShot(0, self._quit_if_closed)
            return False
        if watched is self._window and event.type() == QEvent.Type.Close:
            event.ignore()
            self._window.hide()
            if not self._settings.current.told_about_tray:
                self._tray.tell_once(
                    f"{APP_NAME} is still here",
                    "It keeps running in the tray to remind you to practise. Quit it from the tray menu; "
                    "reminders can be turned off in Preferences.",
                )
                self._settings.update(told_about_tray=True)
            return True
        return False

    def _quit_if_closed(self) -> None:
        if not self._window.isVisible() and not self._app.quitOnLastWindowClosed():
            self._app.quit()

    def _keeps(self) -> bool:
        return not self._window.quitting and self._tray.available and self._settings.current.reminders_enabled

    def quit(self) -> None:
        self._window.quit_app()


def start_last_routine(window: MainWindow, services: SessionServices) -> None:
    window.bring_to_front()
    runs = services.history.runs.recent(1)
    page = window.routines_page
    known = {r.id: r for r in page.routines} if page is not None else {}
    if runs and runs[0].routine_id in known:
        window.workspace.start_routine(known[runs[0].routine_id])
        return
    window.show_routines()
    window.show_notice("No routine has been run yet: pick one here and press Start Routine.")


def start_reminders(window: MainWindow, services: SessionServices, app: QApplication) -> TrayReminders:
    """The tray icon and reminders for this window, wired to its pages."""
    tray = TrayReminders(services, app.windowIcon(), parent=window)
    keeper = KeepInTray(window, tray, services.settings, app)
    if tray.available:
        app.setQuitOnLastWindowClosed(False)  # the tray keeps the app alive

    def open_finder() -> None:
        window.bring_to_front()
        window.show_finder()

    def open_mat() -> None:
        window.bring_to_front()
        if window.mat_page is not None:
            window.tabs.setCurrentWidget(window.mat_page)

    tray.open_requested.connect(open_finder)
    tray.mat_requested.connect(open_mat)
    tray.last_routine_requested.connect(lambda: start_last_routine(window, services))
    tray.quit_requested.connect(keeper.quit)  # the tray menu's Quit is File > Quit
    tray.reminded.connect(window.show_notice)
    window.tray = tray
    return tray
