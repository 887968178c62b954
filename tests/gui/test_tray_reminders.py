"""Reminders in the app: the tray menu's actions, reminders without a tray, closing to the tray, settings."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from acupressure_desktop.history import History
from acupressure_desktop.history.records import RoutineRunRecord
from acupressure_desktop.ui.practice.practice_dialog import PracticeDialog
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.preferences.reminder_preferences import ReminderPreferences
from acupressure_desktop.ui.shell.assembly import AppParts
from acupressure_desktop.ui.shell.tray_reminders import TrayReminders
from tests.fakes import FakeWallClock
from tests.unit.history_data import session


@pytest.fixture
def wall() -> FakeWallClock:
    return FakeWallClock(datetime.combine(date.today(), time(8, 59)).astimezone())


@pytest.fixture
def reminders(parts: AppParts) -> TrayReminders:
    return parts.tray


def test_without_a_tray_a_due_reminder_appears_in_the_app(qtbot: QtBot, reminders, wall: FakeWallClock) -> None:  # type: ignore[no-untyped-def]
    wall.now += timedelta(minutes=2)
    with qtbot.waitSignal(reminders.reminded) as shown:
        reminders.check()
    assert shown.args[0].startswith("A few minutes of acupressure? Today so far: 0 of 2.")
    reminders.check()  # once only
    assert "no system tray" in reminders.preferences().note.text()


def test_no_reminder_when_the_goal_is_met_or_reminders_are_off(  # type: ignore[no-untyped-def]
    qtbot: QtBot, reminders, wall: FakeWallClock, history: History, settings: PreferencesStore
) -> None:
    settings.update(reminders_enabled=False)
    wall.now += timedelta(minutes=2)
    with qtbot.assertNotEmitted(reminders.reminded):
        reminders.check()
    settings.update(reminders_enabled=True)
    settings.update(daily_goal=1)
    history.sessions.begin(session(1, when=wall.now - timedelta(hours=1)))
    wall.now += timedelta(hours=5)  # past 14:00
    with qtbot.assertNotEmitted(reminders.reminded):
        reminders.check()


def test_the_menu_pauses_for_today_and_snoozes(qtbot: QtBot, reminders, wall: FakeWallClock) -> None:  # type: ignore[no-untyped-def]
    reminders.actions["Pause Reminders for Today"].trigger()
    assert reminders.scheduler.paused_on == date.today()
    reminders.actions["Snooze 30 Minutes"].trigger()
    assert reminders.scheduler.snoozed_until == wall.now + timedelta(minutes=30)
    with qtbot.waitSignal(reminders.mat_requested):
        reminders.actions["Start a Mat Session"].trigger()
    with qtbot.waitSignal(reminders.open_requested):
        reminders.actions["Open Acupressure Desktop"].trigger()


def test_start_the_last_routine_from_the_tray(qtbot: QtBot, window, history: History, reminders) -> None:  # type: ignore[no-untyped-def]
    reminders.actions["Start the Last Routine"].trigger()
    assert window.current_page() is window.routines_page
    preset = window.routines_page.routines[5]
    history.runs.begin(
        RoutineRunRecord(
            routine_id=preset.id,
            routine_name=preset.name,
            started_at=datetime.now().astimezone(),
            steps_planned=len(preset.steps),
        )
    )
    reminders.actions["Start the Last Routine"].trigger()
    run = window.workspace.practice_dialog
    assert isinstance(run, PracticeDialog) and run.subject.id == preset.id
    qtbot.addWidget(run)


@pytest.mark.parametrize("tray_available", [True], ids=["with a tray"])
def test_closing_the_window_keeps_the_app_in_the_tray_and_says_so_once(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, reminders, settings: PreferencesStore, qapp: QApplication, monkeypatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    told: list[str] = []
    monkeypatch.setattr(reminders, "tell_once", lambda title, _text: told.append(title))
    assert not qapp.quitOnLastWindowClosed()  # the tray keeps the app alive
    window.close()
    assert not window.isVisible() and told == ["Acupressure Desktop is still here"]
    assert settings.current.told_about_tray
    window.show()
    window.close()
    assert told == ["Acupressure Desktop is still here"]  # said once
    window.show()
    reminders.actions["Quit"].trigger()  # the tray menu's Quit, like File > Quit, really closes
    assert not window.isVisible()
    qtbot.waitUntil(lambda: bool(quits) and set(quits) == {True})


def test_a_real_tray_icon_offers_the_menu(qtbot: QtBot, practice, wall: FakeWallClock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Asked only once the application exists: Qt cannot answer before.
    if not QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this platform (offscreen, or a desktop without a tray host) has no system tray")
    tray = TrayReminders(
        practice.settings, practice.history.totals, QIcon(), tmp_path / "autostart.desktop", clock=wall
    )
    assert tray.tray is not None and tray.tray.contextMenu() is tray.menu


def test_reminder_preferences_store_times_on_off_and_the_login_entry(  # type: ignore[no-untyped-def]
    qtbot: QtBot, settings: PreferencesStore, tmp_path: Path
) -> None:
    changes: list[bool] = []
    entry = tmp_path / "autostart" / "org.acupressuredesktop.acupressure_desktop.desktop"
    prefs = ReminderPreferences(settings, lambda: changes.append(True), autostart=entry)
    qtbot.addWidget(prefs)
    prefs.times[0].setTime(QTime(7, 30))
    assert settings.current.reminder_times[0] == time(7, 30)
    prefs.enabled.setChecked(False)
    assert not settings.current.reminders_enabled
    prefs.login.setChecked(True)
    text = entry.read_text()
    assert "acupressure_desktop" in text and "X-GNOME-Autostart-enabled=true" in text
    prefs.login.setChecked(False)
    assert not entry.exists()
    assert changes


@pytest.mark.parametrize("tray_available", [True], ids=["with a tray"])
def test_with_reminders_off_closing_the_window_quits_even_with_a_tray(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, settings: PreferencesStore, qapp: QApplication, monkeypatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    settings.update(reminders_enabled=False)
    window.close()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: quits == [True])
