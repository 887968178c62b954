"""The reminders part of Preferences: on or off, up to three times a day, start at login."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget

from acupressure_desktop.practice.reminders import MAX_TIMES
from acupressure_desktop.ui.local_format import LocalFormat
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.preferences.reminder_settings import set_autostart


class ReminderPreferences(QGroupBox):
    """Changes apply at once; ``changed`` is called so the running reminders follow."""

    def __init__(
        self,
        settings: PreferencesStore,
        changed: Callable[[], None],
        autostart: Path,
        tray_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reminders"))
        self._settings = settings
        self._changed = changed
        self._autostart = autostart
        self.enabled = QCheckBox(self.tr("Remind me to practise"))
        self.enabled.setChecked(settings.current.reminders_enabled)
        times = list(settings.current.reminder_times)
        self.times: list[QTimeEdit] = []
        row = QHBoxLayout()
        for index in range(MAX_TIMES):
            edit = QTimeEdit()
            edit.setDisplayFormat(LocalFormat().time_pattern)  # 12- or 24-hour, as the system writes times
            edit.setAccessibleName(self.tr("Reminder time {number}").format(number=index + 1))
            if index < len(times):
                edit.setTime(QTime(times[index].hour, times[index].minute))
            edit.timeChanged.connect(self._store_times)
            self.times.append(edit)
            row.addWidget(edit)
        row.addStretch(1)
        self.login = QCheckBox(self.tr("Start at login (to remind you without opening the app)"))
        self.login.setChecked(self._autostart.exists())
        self.note = QLabel(tray_note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(tray_note))
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addLayout(row)
        layout.addWidget(self.login)
        layout.addWidget(self.note)
        self.enabled.toggled.connect(self._store_enabled)
        self.login.toggled.connect(self._store_login)

    def _store_enabled(self, enabled: bool) -> None:
        self._settings.update(reminders_enabled=enabled)
        self._changed()

    def _store_times(self) -> None:
        self._settings.update(reminder_times=tuple(time(e.time().hour(), e.time().minute()) for e in self.times))
        self._changed()

    def _store_login(self, enabled: bool) -> None:
        problem = set_autostart(enabled, self._autostart)
        if problem:
            self.note.setText(problem)
            self.note.setVisible(True)
