"""Reminders to practise: a tray icon with its menu, notifications, snooze and pause.

Where the desktop has no system tray the same reminders appear inside the app while it is open,
and the Preferences say why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from acupressure_desktop import APP_NAME
from acupressure_desktop.history import PracticeTotals
from acupressure_desktop.practice.reminders import ReminderScheduler
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.preferences.reminder_preferences import ReminderPreferences

CHECK_MS = 30_000


def wall_clock() -> datetime:
    return datetime.now().astimezone()


class TrayReminders(QObject):
    """Owns the reminder scheduler and, where there is one, the tray icon and its menu."""

    open_requested = Signal()
    mat_requested = Signal()
    last_routine_requested = Signal()
    quit_requested = Signal()
    reminded = Signal(str)  # the text of a reminder shown inside the app (no tray)

    def __init__(
        self,
        preferences: PreferencesStore,
        totals: PracticeTotals,
        icon: QIcon,
        autostart: Path,
        clock: Callable[[], datetime] = wall_clock,
        tray_available: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._totals = totals
        self._autostart = autostart
        # ``tray_available`` stands in for the desktop's answer where a test needs a tray the test
        # platform lacks; the icon itself is made only where a tray host really is.
        has_host = QSystemTrayIcon.isSystemTrayAvailable()
        self.available = has_host if tray_available is None else tray_available
        self.scheduler = ReminderScheduler(clock, preferences.current.reminder_times, goal_met=self._goal_met)
        preferences.changed.connect(self.apply_settings)
        self.menu = self._build_menu()
        self.tray: QSystemTrayIcon | None = None
        if self.available and has_host:
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(APP_NAME)
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._activated)
            self.tray.messageClicked.connect(self.open_requested)
            self.tray.show()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def _build_menu(self) -> QMenu:
        menu = QMenu()
        # Keyed by their English text, which stays the same in every language.
        entries: tuple[tuple[str, str, Callable[[], object]], ...] = (
            (f"Open {APP_NAME}", self.tr("Open {app}").format(app=APP_NAME), self.open_requested.emit),
            ("Start the Last Routine", self.tr("Start the Last Routine"), self.last_routine_requested.emit),
            ("Start a Mat Session", self.tr("Start a Mat Session"), self.mat_requested.emit),
            (
                "Snooze 10 Minutes",
                self.tr("Snooze 10 Minutes"),
                lambda: self.scheduler.snooze(timedelta(minutes=10)),
            ),
            (
                "Snooze 30 Minutes",
                self.tr("Snooze 30 Minutes"),
                lambda: self.scheduler.snooze(timedelta(minutes=30)),
            ),
            ("Pause Reminders for Today", self.tr("Pause Reminders for Today"), self.scheduler.pause_today),
            ("Quit", self.tr("Quit"), self.quit_requested.emit),
        )
        self.actions: dict[str, QAction] = {}
        for key, text, slot in entries:
            if key in ("Snooze 10 Minutes", "Quit"):
                menu.addSeparator()  # starting things / putting reminders off / leaving
            action = menu.addAction(text)
            action.triggered.connect(slot)
            self.actions[key] = action
        return menu

    def apply_settings(self) -> None:
        """Reminder times or on/off changed in Preferences."""
        self.scheduler.times = self._preferences.current.reminder_times

    def preferences(self) -> ReminderPreferences:
        """The reminders section for the Preferences dialog, saying why if there is no tray."""
        note = (
            ""
            if self.available
            else self.tr(
                "Your desktop shows no system tray, so reminders appear inside the app while it is open "
                "(they cannot show while it is closed)."
            )
        )
        return ReminderPreferences(self._preferences, self.apply_settings, self._autostart, note)

    def check(self) -> None:
        if not self._preferences.current.reminders_enabled or self.scheduler.check() is None:
            return
        done = self._totals.practices_on(date.today())
        question = self.tr("A few minutes of acupressure? Today so far: {done} of {goal}.").format(
            done=done, goal=self._preferences.current.daily_goal
        )
        if self.tray is not None:
            how = self.tr("Snooze or pause from the tray menu.")
            text = f"{question} {how}"
            title = self.tr("Time for a little practice")
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)
        else:
            self.reminded.emit(question)

    def tell_once(self, title: str, text: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10000)

    def _goal_met(self, day: date) -> bool:
        return self._totals.practices_on(day) >= self._preferences.current.daily_goal

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()
