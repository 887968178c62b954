"""Today's practice against the daily goal, always in view in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from acupressure_desktop.history import PracticeTotals
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore

DAY_CHECK_MS = 60_000  # notices midnight within a minute


class DailyProgress(QLabel):
    """ "Today: 1 of 2 ●○" from the history; ``refresh`` after each session and at midnight."""

    def __init__(
        self,
        totals: PracticeTotals,
        settings: PreferencesStore,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dailyProgress")
        self._totals = totals
        self._settings = settings
        self._today = today
        self._day = today()
        self._timer = QTimer(self)
        self._timer.setInterval(DAY_CHECK_MS)
        self._timer.timeout.connect(self.check_day)
        self._timer.start()
        settings.changed.connect(self.refresh)
        self.refresh()

    @property
    def done(self) -> int:
        return self._totals.practices_on(self._today())

    def refresh(self) -> None:
        goal, done = self._settings.current.daily_goal, self.done
        dots = "●" * min(done, goal) + "○" * max(0, goal - done)
        extra = f" +{done - goal}" if done > goal else ""
        self.setText(
            self.tr("Today: {done} of {goal} {dots}{extra}").format(done=done, goal=goal, dots=dots, extra=extra)
        )
        met = (
            self.tr("You have reached today's goal.")
            if done >= goal
            else self.tr("%n more to reach today's goal.", "", goal - done)
        )
        self.setToolTip(
            self.tr(
                "Sessions, routines and mat sessions practised today. {met} The goal is set in Preferences."
            ).format(met=met)
        )
        self.setAccessibleName(self.text())

    def check_day(self) -> None:
        """Start a new count after midnight (the timer calls this every minute)."""
        if self._today() != self._day:
            self._day = self._today()
            self.refresh()
