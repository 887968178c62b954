"""Today's progress in the status bar: what counts, the goal from Preferences, and midnight."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from acupressure_desktop.app_log import app_logger
from acupressure_desktop.history import History
from acupressure_desktop.ui.history.daily_progress import DailyProgress
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from tests.unit.history_data import session

NOON = datetime.combine(date.today(), time(12)).astimezone()  # today, whatever the hour the test runs


def test_the_main_window_shows_today_against_the_goal_and_updates_after_a_session(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, history: History
) -> None:
    progress = window.daily_progress
    assert progress is not None and progress.text() == "Today: 0 of 2 ○○"
    history.sessions.begin(session(1, when=NOON))
    window.workspace.practice_finished.emit()
    assert progress.text() == "Today: 1 of 2 ●○"
    assert "1 more to reach today's goal" in progress.toolTip()


def test_the_goal_comes_from_the_settings_and_nonsense_there_falls_back(  # type: ignore[no-untyped-def]
    qtbot: QtBot, settings: PreferencesStore, history: History
) -> None:
    now = NOON
    for n in range(3):
        history.sessions.begin(session(n, when=now - timedelta(minutes=n)))
    settings.update(daily_goal=2)
    progress = DailyProgress(history.totals, settings)
    qtbot.addWidget(progress)
    assert progress.text() == "Today: 3 of 2 ●● +1"
    assert "reached today's goal" in progress.toolTip()
    raw = QSettings(str(settings.file), QSettings.Format.IniFormat)
    raw.setValue("practice/daily_goal", "lots")
    raw.sync()
    reread = PreferencesStore(settings.file, app_logger())
    assert reread.current.daily_goal == 2
    assert DailyProgress(history.totals, reread).text() == "Today: 3 of 2 ●● +1"
    settings.update(daily_goal=4)
    progress.refresh()
    assert progress.text() == "Today: 3 of 4 ●●●○"


def test_a_new_day_starts_from_zero(qtbot: QtBot, settings: PreferencesStore, history: History) -> None:
    day = [date.today()]
    history.sessions.begin(session(1, when=NOON))
    progress = DailyProgress(history.totals, settings, today=lambda: day[0])
    qtbot.addWidget(progress)
    assert progress.text().startswith("Today: 1 of")
    day[0] += timedelta(days=1)
    progress.check_day()
    assert progress.text().startswith("Today: 0 of")


def test_the_goal_is_set_in_preferences(qtbot: QtBot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from acupressure_desktop.ui.preferences.preferences_dialog import PreferencesDialog

    practice = window.workspace.practice
    dialog = PreferencesDialog(practice.settings, practice.sounds, practice.speaker or _speaker(), window)
    qtbot.addWidget(dialog)
    dialog.goal.setValue(3)
    assert practice.settings.current.daily_goal == 3
    window.daily_progress.refresh()
    assert window.daily_progress.text().endswith("of 3 ○○○")


def test_the_time_to_find_the_point_is_typed_in_preferences_within_5_to_30_seconds(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window
) -> None:
    from acupressure_desktop.ui.preferences.preferences_dialog import PreferencesDialog

    practice = window.workspace.practice
    dialog = PreferencesDialog(practice.settings, practice.sounds, practice.speaker or _speaker(), window)
    qtbot.addWidget(dialog)
    assert dialog.get_ready.value() == 10
    dialog.get_ready.lineEdit().selectAll()
    qtbot.keyClicks(dialog.get_ready.lineEdit(), "99")
    qtbot.keyClick(dialog.get_ready.lineEdit(), Qt.Key.Key_Return)
    assert practice.settings.current.get_ready_s <= 30  # an absurd value is not taken
    dialog.get_ready.lineEdit().selectAll()
    qtbot.keyClicks(dialog.get_ready.lineEdit(), "15")
    qtbot.keyClick(dialog.get_ready.lineEdit(), Qt.Key.Key_Return)
    assert practice.settings.current.get_ready_s == 15


def _speaker():  # type: ignore[no-untyped-def]
    from acupressure_desktop.ui.practice.sound_cues import PhaseSpeaker

    return PhaseSpeaker(False)
