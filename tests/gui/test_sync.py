"""Sync as a user with a desk computer (the app) and a laptop (another history on the same folder) meets it."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from acupressure_desktop.app_log import app_logger
from acupressure_desktop.history import History, SessionStatus
from acupressure_desktop.history.changes import Change
from acupressure_desktop.history.exchange import export_json
from acupressure_desktop.history.queries import SessionFilter
from acupressure_desktop.history.sync.journal_files import device_folder, journal_folder
from acupressure_desktop.history.sync.merge import HistoryMerge
from acupressure_desktop.history.sync.sync_folder import SyncFolder
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.resources import resource_root
from acupressure_desktop.routines.models import Routine, RoutineStep
from acupressure_desktop.ui.history.history_model import DEVICE_COLUMN
from acupressure_desktop.ui.preferences.preferences_dialog import PreferencesDialog
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.assembly import AppParts, Surroundings, build_app
from acupressure_desktop.ui.shell.main_window import MainWindow
from acupressure_desktop.ui.sync.sync_preferences import SyncPreferences
from tests.gui.test_accessibility import nameless
from tests.unit.history_data import session
from tests.unit.mounts import read_only

LAPTOP = "1" * 32
NOON = datetime(2026, 11, 24, 12, 0).astimezone()


class Laptop:
    """The user's other computer: its own history, writing to the same shared folder."""

    def __init__(self, home: Path, shared: Path) -> None:
        self.history = History.open(home, device=LAPTOP)
        self.sync = SyncFolder.for_device(shared, LAPTOP, "Laptop", "0.2.0", lambda: date(2026, 11, 24))
        self.history.changes.listen(self._write)

    def _write(self, change: Change) -> None:
        assert self.sync.record(change) == ""

    def merge(self) -> None:
        assert self.sync.merge_into(HistoryMerge(self.history.database)).merged is not None


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder


@pytest.fixture
def laptop(tmp_path: Path, shared: Path) -> Laptop:
    other = Laptop(tmp_path / "laptop", shared)
    other.history.sessions.insert_many([session(101, "PC6", when=NOON - timedelta(days=1), note="On the train")])
    return other


def open_sync_preferences(qtbot: QtBot, parts: AppParts) -> tuple[PreferencesDialog, SyncPreferences]:
    dialog = PreferencesDialog(
        parts.preferences,
        parts.practice.sounds,
        parts.practice.speaker,
        parts.window,
        None,
        SyncPreferences(parts.sync),
    )
    qtbot.addWidget(dialog)
    sections = dialog.findChild(QTabWidget)
    assert sections is not None
    sections.setCurrentIndex(sections.count() - 1)
    assert sections.tabText(sections.currentIndex()) == "Sync"
    assert dialog.sync is not None
    return dialog, dialog.sync  # type: ignore[return-value]


def choose(qtbot: QtBot, page: SyncPreferences, folder: Path, name: str) -> None:
    page.name.clear()
    qtbot.keyClicks(page.name, name)
    page.choose_folder = lambda *_args: str(folder)
    page.choose_button.click()


def test_choosing_a_folder_brings_the_laptops_practice_into_this_history_with_its_name(
    qtbot: QtBot, parts: AppParts, window: MainWindow, shared: Path, laptop: Laptop
) -> None:
    parts.history.sessions.insert_many([session(1, "LI4", when=NOON, note="At the desk")])
    _dialog, page = open_sync_preferences(qtbot, parts)
    choose(qtbot, page, shared, "Desk")
    assert parts.preferences.current.sync_folder == str(shared)
    assert window.statusBar().currentMessage() == "1 session arrived from your other computers."
    assert [page.devices.topLevelItem(i).text(0) for i in range(page.devices.topLevelItemCount())] == [
        "Desk (this computer)",
        "Laptop",
    ]
    window.show_history()
    history_page = window.history_page
    assert history_page.model.rowCount() == 2
    assert not history_page.table.isColumnHidden(DEVICE_COLUMN)
    computers = {history_page.model.record(r).note: history_page.model.index(r, DEVICE_COLUMN).data() for r in range(2)}
    assert computers == {"At the desk": "Desk", "On the train": "Laptop"}
    history_page.filters.device.setCurrentIndex(history_page.filters.device.findText("Laptop"))
    assert [history_page.model.record(r).note for r in range(history_page.model.rowCount())] == ["On the train"]
    laptop.merge()  # and the laptop, in turn, has the desk's practice
    assert laptop.history.sessions.count(SessionFilter()) == 2


def test_a_session_finished_here_reaches_the_laptop_and_its_edit_comes_back(
    qtbot: QtBot, parts: AppParts, window: MainWindow, shared: Path, laptop: Laptop
) -> None:
    _dialog, page = open_sync_preferences(qtbot, parts)
    choose(qtbot, page, shared, "Desk")
    running = session(7, "ST36", when=NOON, status=SessionStatus.IN_PROGRESS)
    parts.history.sessions.begin(running)
    laptop.merge()
    assert laptop.history.sessions.get(running.id) is None  # never a session still running
    parts.history.sessions.save(running.model_copy(update={"status": SessionStatus.COMPLETED}))
    laptop.merge()
    assert laptop.history.sessions.get(running.id) is not None
    laptop.history.sessions.update_note(running.id, "Warm legs afterwards")
    # The laptop's write lands in the folder: the watcher (or the next round) merges it here.
    qtbot.waitUntil(lambda: _note(parts, running.id) == "Warm legs afterwards", timeout=15_000)


def test_the_daily_goal_follows_the_user_and_the_goal_bar_counts_both_computers(
    qtbot: QtBot, parts: AppParts, window: MainWindow, shared: Path, laptop: Laptop
) -> None:
    _dialog, page = open_sync_preferences(qtbot, parts)
    choose(qtbot, page, shared, "Desk")
    # Early today, whenever the test runs: both sessions count toward today's goal.
    today = datetime.combine(date.today(), time(0, 5)).astimezone()
    parts.history.sessions.insert_many([session(11, "LI4", when=today)])
    laptop.history.sessions.insert_many([session(12, "PC6", when=today + timedelta(minutes=5))])
    laptop.sync.daily_goal(3)
    parts.sync.merge_now()
    assert parts.preferences.current.daily_goal == 3
    assert window.daily_progress.done == 2 and window.daily_progress.text().startswith("Today: 2 of 3")
    parts.preferences.update(daily_goal=4)
    laptop_report = laptop.sync.merge_into(HistoryMerge(laptop.history.database))
    assert laptop_report.daily_goal == 4


def test_turning_sync_off_keeps_everything_and_writes_no_more(
    qtbot: QtBot, parts: AppParts, window: MainWindow, shared: Path, laptop: Laptop
) -> None:
    _dialog, page = open_sync_preferences(qtbot, parts)
    choose(qtbot, page, shared, "Desk")
    page.off_button.click()
    assert parts.preferences.current.sync_folder == "" and not page.off_button.isEnabled()
    assert parts.history.sessions.count(SessionFilter()) == 1  # the laptop's session stays
    own = device_folder(shared, parts.preferences.current.device_id)
    before = sorted(p.read_bytes() for p in own.iterdir())
    parts.history.sessions.insert_many([session(8, "LI4", when=NOON)])
    assert sorted(p.read_bytes() for p in own.iterdir()) == before


def test_a_hostile_journal_is_named_in_a_notice_and_the_rest_still_merges(
    qtbot: QtBot, parts: AppParts, window: MainWindow, shared: Path, laptop: Laptop
) -> None:
    stranger = journal_folder(shared) / ("f" * 32)
    stranger.mkdir(parents=True)
    (stranger / "2026-11-24.jsonl").write_text(json.dumps({"kind": "journal", "format": 1, "evil": True}) + "\n")
    notices: list[str] = []
    parts.sync.notice.connect(notices.append)
    _dialog, page = open_sync_preferences(qtbot, parts)
    choose(qtbot, page, shared, "Desk")
    assert any("2026-11-24.jsonl" in text and "was not read" in text for text in notices)
    assert parts.history.sessions.count(SessionFilter()) == 1


def test_a_folder_that_goes_away_is_said_once_and_practice_is_kept_here(
    qtbot: QtBot, parts: AppParts, window: MainWindow, tmp_path: Path
) -> None:
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    _dialog, page = open_sync_preferences(qtbot, parts)
    choose(qtbot, page, stick, "Desk")
    notices: list[str] = []
    parts.sync.notice.connect(notices.append)
    stick.rename(tmp_path / "unplugged")
    parts.sync.merge_now()
    parts.sync.merge_now()
    assert len([n for n in notices if "cannot be found" in n]) == 1
    parts.history.sessions.insert_many([session(9, "LI4", when=NOON)])
    assert parts.history.sessions.count(SessionFilter()) == 1
    assert not stick.exists()  # nothing made where the stick was
    (tmp_path / "unplugged").rename(stick)  # plugged in again: what waited goes to the folder
    parts.sync.merge_now()
    laptop = Laptop(tmp_path / "laptop", stick)
    laptop.merge()
    assert laptop.history.sessions.get(session(9).id) is not None


def test_a_folder_that_cannot_be_written_is_refused_with_the_reason(
    qtbot: QtBot, parts: AppParts, window: MainWindow, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    _dialog, page = open_sync_preferences(qtbot, parts)
    choose(qtbot, page, not_a_folder, "Desk")
    assert "is not a folder" in page.status.text()
    assert parts.preferences.current.sync_folder == ""


def test_a_restored_backup_goes_to_the_folder_again_and_keeps_the_laptops_practice(
    qtbot: QtBot, parts: AppParts, window: MainWindow, shared: Path, laptop: Laptop
) -> None:
    mine = session(1, "LI4", when=NOON)
    parts.history.sessions.insert_many([mine])
    parts.history.database.back_up_now(NOON)
    _dialog, page = open_sync_preferences(qtbot, parts)
    choose(qtbot, page, shared, "Desk")
    parts.history.sessions.delete([mine.id])
    laptop.merge()
    assert laptop.history.sessions.get(mine.id) is None
    window.show_history()
    history_page = window.history_page
    history_page.choose_backup = lambda names: names[0]
    history_page.restore_from_backup()
    assert parts.history.sessions.get(mine.id) is not None
    assert parts.history.sessions.get(session(101).id) is not None  # merged back in after the restore
    laptop.merge()
    assert laptop.history.sessions.get(mine.id) is not None


def test_an_import_with_sync_on_reaches_the_laptop(
    qtbot: QtBot, parts: AppParts, window: MainWindow, shared: Path, laptop: Laptop, tmp_path: Path
) -> None:
    _dialog, page = open_sync_preferences(qtbot, parts)
    choose(qtbot, page, shared, "Desk")
    window.show_history()
    history_page = window.history_page
    exported = tmp_path / "export.json"
    history_page.save_file = lambda *_args: (str(exported), "")
    history_page.export("json")
    assert json.loads(exported.read_text())["sessions"][0]["note"] == "On the train"
    other = History.open(tmp_path / "old-computer")
    other.sessions.insert_many([session(55, "HT7", when=NOON - timedelta(days=9))])
    old_export = tmp_path / "old.json"
    old_export.write_text(export_json(other.sessions.recent(10), NOON))
    history_page.open_file = lambda *_args: (str(old_export), "")
    history_page.import_json()
    laptop.merge()
    assert laptop.history.sessions.get(session(55).id) is not None


def _note(parts: AppParts, session_id: object) -> str | None:
    record = parts.history.sessions.get(session_id)  # type: ignore[arg-type]
    return record.note if record is not None else None


def test_renaming_this_computer_reaches_the_laptops_list(
    qtbot: QtBot, parts: AppParts, window: MainWindow, shared: Path, laptop: Laptop
) -> None:
    _dialog, page = open_sync_preferences(qtbot, parts)
    choose(qtbot, page, shared, "Desk")
    assert page.devices.topLevelItem(0).text(1) != "Never"  # the desk has just written its history
    page.name.clear()
    qtbot.keyClicks(page.name, "Study")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    report = laptop.sync.merge_into(HistoryMerge(laptop.history.database))
    assert [seen.name for seen in report.devices.values()] == ["Study"]
    assert page.devices.topLevelItem(0).text(0) == "Study (this computer)"


def test_a_routine_from_the_laptop_appears_without_losing_an_edit_in_progress(
    qtbot: QtBot, parts: AppParts, window: MainWindow, shared: Path, laptop: Laptop
) -> None:
    _dialog, page = open_sync_preferences(qtbot, parts)
    choose(qtbot, page, shared, "Desk")
    window.show_routines()
    routines = window.routines_page
    laptop.history.routines.save(Routine(name="Sofa evening", steps=(RoutineStep(point_code="HT7"),)))
    parts.sync.merge_now()
    names = [routines.list.item(i).text() for i in range(routines.list.count())]
    assert any(name.startswith("Sofa evening") for name in names)
    routines.list.setCurrentRow(len(names) - 1)
    routines.name.clear()
    qtbot.keyClicks(routines.name, "Sofa evening, longer")
    laptop.history.routines.save(Routine(name="Desk break", steps=(RoutineStep(point_code="LI4"),)))
    parts.sync.merge_now()
    assert routines.name.text() == "Sofa evening, longer"  # the edit in progress stays on screen


def test_settings_that_cannot_be_saved_leave_sessions_unmarked_rather_than_a_new_computer_each_run(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path / "home")
    paths.ensure()
    with read_only(paths.config_dir):
        preferences = PreferencesStore(paths.settings_file, app_logger())
        parts = build_app(qapp, paths, preferences, resource_root(), app_logger(), Surroundings(tray_available=False))
        try:
            parts.history.sessions.insert_many([session(1, "LI4", when=NOON)])
            stored = parts.history.sessions.get(session(1).id)
            assert stored is not None and stored.device is None
        finally:
            parts.close()
            parts.window.deleteLater()


def test_the_folder_holding_the_history_database_is_refused(qtbot: QtBot, parts: AppParts, window: MainWindow) -> None:
    data_dir = parts.history.database.path.parent
    _dialog, page = open_sync_preferences(qtbot, parts)
    for unsafe in (data_dir, data_dir.parent):
        choose(qtbot, page, unsafe, "Desk")
        assert "must never be in a synced folder" in page.status.text()
    assert parts.preferences.current.sync_folder == ""


def test_every_control_of_preferences_sync_has_a_name(
    qtbot: QtBot, parts: AppParts, window: MainWindow, shared: Path, laptop: Laptop
) -> None:
    dialog, page = open_sync_preferences(qtbot, parts)
    choose(qtbot, page, shared, "Desk")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert nameless(dialog) == []


def test_a_history_that_cannot_be_written_merges_nothing_and_loses_nothing(
    qtbot: QtBot, parts: AppParts, window: MainWindow, shared: Path, laptop: Laptop
) -> None:
    parts.history.sessions.insert_many([session(1, "LI4", when=NOON)])
    _dialog, page = open_sync_preferences(qtbot, parts)
    choose(qtbot, page, shared, "Desk")
    laptop.history.sessions.insert_many([session(102, "HT7", when=NOON)])
    parts.history.database._db.execute("PRAGMA query_only = ON")
    report = parts.sync.merge_now()
    assert report is not None and report.merged is None  # said by the history's own notice
    assert parts.history.sessions.get(session(102).id) is None
    assert parts.history.sessions.get(session(1).id) is not None
    parts.history.database.reopen()  # writable again, as at the next start
    parts.sync.merge_now()  # the journal did not change since, yet the merge that failed is made now
    assert parts.history.sessions.get(session(102).id) is not None


def test_an_open_preferences_window_shows_a_goal_that_arrives_from_the_laptop(
    qtbot: QtBot, parts: AppParts, window: MainWindow, shared: Path, laptop: Laptop
) -> None:
    dialog, page = open_sync_preferences(qtbot, parts)
    choose(qtbot, page, shared, "Desk")
    laptop.sync.daily_goal(5)
    parts.sync.merge_now()
    assert dialog.goal.value() == 5 and parts.preferences.current.daily_goal == 5
