"""The one place that builds the app: every object made whole and handed what it needs.

The app, ``--self-test``, the test fixtures and the benchmarks all call ``build_app``, with fakes
passed in only for what a test must control (the clocks, the sound output, the tray).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import uuid4

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from acupressure_desktop import __version__
from acupressure_desktop.app_log import app_logger
from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.catalog_cache import load_catalog_cached
from acupressure_desktop.catalog.measuring import Measuring
from acupressure_desktop.history import History, StoreMode
from acupressure_desktop.history.backups import BackupError
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.preferences import InterfaceLanguage
from acupressure_desktop.resources import resource_root
from acupressure_desktop.routines import Routine, load_presets
from acupressure_desktop.safety import SafetyProfile, SafetyProfileStore
from acupressure_desktop.ui.guidance.safety_controller import SafetyController
from acupressure_desktop.ui.history.daily_progress import DailyProgress
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.workspace import Workspace
from acupressure_desktop.ui.practice.practice_context import PracticeContext
from acupressure_desktop.ui.practice.sound_cues import PhaseSpeaker, SoundCues
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.main_window import MainPages, MainWindow
from acupressure_desktop.ui.shell.theme import ThemeController
from acupressure_desktop.ui.shell.translations import InstalledLanguage, install_translators
from acupressure_desktop.ui.shell.tray_reminders import TrayReminders
from acupressure_desktop.ui.sync.sync_controller import SyncController
from acupressure_desktop.ui.words import error_in_language

if TYPE_CHECKING:
    from acupressure_desktop.learning.decks import Deck
    from acupressure_desktop.practice.mat_progression import MatSuggestion
    from acupressure_desktop.ui.atlas.points_page import PointsPage
    from acupressure_desktop.ui.guidance.finder_page import FinderPage
    from acupressure_desktop.ui.guidance.routines_page import RoutinesPage
    from acupressure_desktop.ui.history.history_page import HistoryPage
    from acupressure_desktop.ui.learning.learn_page import LearnPage
    from acupressure_desktop.ui.practice.mat_page import MatPage

# How often a history that could not save (disk full, file busy) tries again.
HISTORY_RETRY_MS = 15_000
# The audio backend loads while the user looks around, not when they press Start.
PREPARE_SOUND_MS = 1500


def local_now() -> datetime:
    return datetime.now().astimezone()


@dataclass(frozen=True)
class Surroundings:
    """What the app takes from the machine it runs on; tests pass fakes for the parts they control."""

    clock: Callable[[], float] = time.monotonic  # for timing sessions: never jumps
    wall_clock: Callable[[], datetime] = local_now  # for reminders and dates in the history
    sounds: SoundCues | None = None  # None: the real cues from the resources
    tray_available: bool | None = None  # None: ask the desktop


@dataclass(frozen=True)
class AppParts:
    """Everything ``build_app`` made; ``start`` shows it, ``close`` lets go of the files."""

    window: MainWindow
    catalog: Catalog
    history: History
    preferences: PreferencesStore
    practice: PracticeContext
    tray: TrayReminders
    theme: ThemeController
    language: InstalledLanguage
    sync: SyncController

    def start(self) -> None:
        """Show the window; on the first run, the safety screen comes up in front of it."""
        self.window.show()
        QTimer.singleShot(0, self.sync.start)  # the other computers' changes, once the window is up
        if not self.practice.safety.profile.seen:
            QTimer.singleShot(0, self._first_run_safety)
        QTimer.singleShot(PREPARE_SOUND_MS, self.practice.sounds.prepare)

    def _first_run_safety(self) -> None:
        self.practice.safety.show_screen(self.catalog.safety, self.window, first_run=True)

    def close(self) -> None:
        """Close the history; the theme and translators, which live on the application, go too."""
        self.sync.close()
        self.history.close()
        self.theme.deleteLater()
        self.language.remove()


def build_app(
    app: QApplication,
    paths: AppPaths,
    preferences: PreferencesStore,
    resources: Path,
    logger: logging.Logger,
    surroundings: Surroundings | None = None,
) -> AppParts:
    """Build the whole app for ``paths``; raises ``CatalogError`` when the shipped data is broken.

    Nothing here stops for a problem with the user's files: each is told once in the window's
    notice bar, and the app goes on with what it has.
    """
    around = surroundings or Surroundings()
    # Before any widget exists, so every text is made in the user's language.
    language = install_translators(preferences.current.language, resources / "translations", logger=logger)
    icon = QIcon(str(resources / "icons" / "acupressure-desktop.svg"))
    app.setWindowIcon(icon)
    theme = ThemeController(app, preferences.current.appearance)
    catalog = load_catalog_cached(resources, paths.cache_dir)
    library = DiagramLibrary(catalog, resources / "body_svgs")
    history = History.open(paths.data_dir, around.wall_clock, device=_this_device(preferences))
    notices = [preferences.problem, language.problem, _daily_backup(history, around.wall_clock().date(), logger)]
    current = preferences.current
    practice = PracticeContext(
        settings=preferences,
        history=history,
        sounds=around.sounds or SoundCues(resources / "sounds", current.sound_volume, current.sound_muted),
        speaker=PhaseSpeaker(current.speak_phases),
        safety=SafetyController(SafetyProfileStore(paths.config_dir)),
        clock=around.clock,
    )
    workspace = Workspace(catalog, library, practice, Measuring(catalog, library.geometry, resources))
    workspace.panel.content_note = _content_note(language)
    presets, preset_problems = load_presets(resources, catalog)
    if preset_problems:
        notices.append("Some preset routines are unavailable: " + "; ".join(preset_problems))
    progress = DailyProgress(history.totals, preferences, lambda: around.wall_clock().date())
    workspace.practice_finished.connect(progress.refresh)
    pages = MainPages(
        workspace=workspace,
        finder=lambda: _finder_page(workspace, practice, presets),
        points=lambda: _points_page(workspace, _content_note(language)),
        routines=lambda: _routines_page(workspace, history, presets),
        mat=lambda: _mat_page(workspace, practice),
        history=lambda: _history_page(history, catalog, lambda: around.wall_clock().date(), preferences),
        learn=lambda: _learn_page(workspace, history, presets, preferences, around),
        progress=progress,
    )
    tray = TrayReminders(
        preferences, history.totals, icon, paths.autostart_file, around.wall_clock, around.tray_available
    )
    window = MainWindow(
        pages,
        preferences,
        theme,
        icon,
        stays_in_tray=lambda: tray.available and preferences.current.reminders_enabled,
    )
    tray.setParent(window)
    sync = SyncController(history, preferences, __version__, around.wall_clock, window)
    sync.notice.connect(lambda text: window.show_notice(text, about="sync"))
    sync.merged.connect(window.history_changed_elsewhere)
    window.history_replaced.connect(sync.history_replaced)
    _connect_tray(tray, window, history, preferences)
    _connect_dialogs(window, practice, catalog, tray, sync)
    _connect_history_notices(window, history)
    practice.safety.problem.connect(window.show_notice)
    notices += [history.database.notice, practice.safety.notice, _recovered_text(history)]
    for notice in notices:
        window.show_notice(notice)
    if tray.available:
        app.setQuitOnLastWindowClosed(False)  # the tray keeps the app alive while the window is hidden
    return AppParts(window, catalog, history, preferences, practice, tray, theme, language, sync)


def build_in_folder(app: QApplication, home: Path, surroundings: Surroundings | None = None) -> AppParts:
    """The app in a throwaway folder of its own, for a user who has answered the safety screen.

    For ``--self-test``, the benchmarks and the screenshots: nothing of the real user's is touched,
    and no reminder reaches the desktop of whoever runs them.
    """
    paths = AppPaths.under(home)
    paths.ensure()
    SafetyProfileStore(paths.config_dir).save(SafetyProfile().with_answers(frozenset()))
    logger = app_logger()
    preferences = PreferencesStore(paths.settings_file, logger)
    around = surroundings or Surroundings(tray_available=False)
    return build_app(app, paths, preferences, resource_root(), logger, around)


def _daily_backup(history: History, today: date, logger: logging.Logger) -> str:
    """Today's backup, if there is none yet; the problem in plain words if it cannot be made."""
    if not history.database.can_write:
        return ""
    try:
        history.database.back_up_daily(today)
    except BackupError as error:
        logger.warning("Today's history backup could not be made: %s", error)
        return QCoreApplication.translate(
            "Assembly", "{error} Your sessions are still saved; the app tries again next time it starts."
        ).format(error=error_in_language(error))
    return ""


# The pages behind the other tabs, and the dialogs, are imported and built when first opened: the
# window then appears as soon as the body map is ready.


def _finder_page(workspace: Workspace, practice: PracticeContext, presets: tuple[Routine, ...]) -> FinderPage:
    from acupressure_desktop.ui.guidance.finder_page import FinderPage  # noqa: PLC0415

    page = FinderPage(workspace.catalog, lambda: practice.safety.conditions, practice.history.totals.insights, presets)
    page.start_session.connect(workspace.start_practice)
    page.start_routine.connect(workspace.start_practice)
    practice.safety.changed.connect(page.refresh)
    return page


def _content_note(language: InstalledLanguage) -> str:
    """What a reader of another language needs to know about the point texts."""
    if language.language is InterfaceLanguage.ENGLISH:
        return ""
    return QCoreApplication.translate(
        "Assembly", "The descriptions of the points are in English for now; the rest of the app is translated."
    )


def _points_page(workspace: Workspace, content_note: str) -> PointsPage:
    from acupressure_desktop.ui.atlas.points_page import PointsPage  # noqa: PLC0415
    from acupressure_desktop.ui.map.point_panel import PointPanel  # noqa: PLC0415

    practice = workspace.practice
    panel = PointPanel(workspace.catalog, workspace.library, workspace.selection, practice.history.sessions.point_stats)
    panel.content_note = content_note
    panel.refresh()
    panel.set_conditions(practice.safety.conditions)
    practice.safety.changed.connect(lambda: panel.set_conditions(practice.safety.conditions))
    panel.start_requested.connect(workspace.start_practice)
    panel.symptom_activated.connect(workspace.search_symptom)
    workspace.running_changed.connect(panel.set_session_running)
    return PointsPage(workspace.catalog, panel, workspace.selection)


def _routines_page(workspace: Workspace, history: History, presets: tuple[Routine, ...]) -> RoutinesPage:
    from acupressure_desktop.ui.guidance.routines_page import RoutinesPage  # noqa: PLC0415

    page = RoutinesPage(workspace.catalog, history.routines, presets)
    page.start_routine.connect(workspace.start_practice)
    return page


def _mat_page(workspace: Workspace, practice: PracticeContext) -> MatPage:
    from acupressure_desktop.practice.mat_progression import suggest_next  # noqa: PLC0415
    from acupressure_desktop.ui.practice.mat_page import MatPage  # noqa: PLC0415

    def suggestion(target: int) -> MatSuggestion:
        return suggest_next(practice.history.sessions.mat_summaries(), target)

    page = MatPage(workspace.catalog, lambda: practice.safety.conditions, suggestion)
    page.start_requested.connect(workspace.start_practice)
    practice.safety.changed.connect(page.refresh)
    return page


def _learn_page(
    workspace: Workspace,
    history: History,
    presets: tuple[Routine, ...],
    preferences: PreferencesStore,
    around: Surroundings,
) -> LearnPage:
    from acupressure_desktop.learning.decks import practised_deck, routine_deck, standard_decks  # noqa: PLC0415
    from acupressure_desktop.learning.schedule import Schedule  # noqa: PLC0415
    from acupressure_desktop.safety import not_suggestible  # noqa: PLC0415
    from acupressure_desktop.ui.learning.learn_page import LearnPage  # noqa: PLC0415

    catalog = workspace.catalog
    safety = workspace.practice.safety

    def decks() -> list[Deck]:
        own, _problems = history.routines.load()
        practised = (s.point_code for s in history.sessions.recent(500) if s.point_code is not None)
        return [
            *standard_decks(catalog),
            *(routine_deck(routine) for routine in (*presets, *own)),
            practised_deck(practised),
        ]

    return LearnPage(
        catalog,
        workspace.library,
        workspace.measuring_rules,
        Schedule(history.quiz, around.wall_clock),
        decks,
        lambda: not_suggestible(catalog, safety.conditions),
        history.quiz.reviews,
        preferences,
        around.clock,
    )


def _history_page(
    history: History, catalog: Catalog, today: Callable[[], date], preferences: PreferencesStore
) -> HistoryPage:
    from acupressure_desktop.ui.history.history_page import HistoryPage  # noqa: PLC0415

    return HistoryPage(history, catalog, today, this_device=preferences.current.device_id or None)


def _this_device(preferences: PreferencesStore) -> str | None:
    """This computer's id in the sync folder and on its sessions: made on the first run, then kept.

    None when it cannot be kept (settings that cannot be saved): a new id every run would make
    each run's sessions look like another computer's.
    """
    if not preferences.current.device_id:
        preferences.update(device_id=uuid4().hex)
        if not preferences.sync():
            return None
    return preferences.current.device_id


def _connect_tray(tray: TrayReminders, window: MainWindow, history: History, preferences: PreferencesStore) -> None:
    """The tray and the reminders ask; the window's intents answer."""

    def open_finder() -> None:
        window.bring_to_front()
        window.show_finder()

    def open_mat() -> None:
        window.bring_to_front()
        window.show_mat()

    def start_last_routine() -> None:
        window.bring_to_front()
        runs = history.runs.recent(1)
        known = {r.id: r for r in window.routines_page.routines}
        if runs and runs[0].routine_id in known:
            window.workspace.start_practice(known[runs[0].routine_id])
            return
        window.show_routines()
        window.show_notice("No routine has been run yet: pick one here and press Start Routine.")

    def told_about_tray() -> None:
        if preferences.current.told_about_tray:
            return
        tray.tell_once(
            "Acupressure Desktop is still here",
            "It keeps running in the tray to remind you to practise. Quit it from the tray menu; "
            "reminders can be turned off in Preferences.",
        )
        preferences.update(told_about_tray=True)

    tray.open_requested.connect(open_finder)
    tray.mat_requested.connect(open_mat)
    tray.last_routine_requested.connect(start_last_routine)
    tray.quit_requested.connect(window.quit_app)  # the tray menu's Quit is File > Quit
    tray.reminded.connect(window.show_notice)
    window.hidden_to_tray.connect(told_about_tray)


def _connect_dialogs(
    window: MainWindow, practice: PracticeContext, catalog: Catalog, tray: TrayReminders, sync: SyncController
) -> None:
    def preferences() -> None:
        from acupressure_desktop.ui.preferences.preferences_dialog import PreferencesDialog  # noqa: PLC0415
        from acupressure_desktop.ui.sync.sync_preferences import SyncPreferences  # noqa: PLC0415

        dialog = PreferencesDialog(
            practice.settings, practice.sounds, practice.speaker, window, tray.preferences(), SyncPreferences(sync)
        )
        dialog.safety_requested.connect(safety)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a fresh one each time, none left listening
        dialog.exec()

    def safety() -> None:
        practice.safety.show_screen(catalog.safety, window)

    window.preferences_requested.connect(preferences)
    window.safety_requested.connect(safety)

    def guide() -> None:
        from acupressure_desktop.ui.guidance.practice_guide import PracticeGuideDialog  # noqa: PLC0415

        PracticeGuideDialog(catalog.guide, window).show()

    window.guide_requested.connect(guide)


def _connect_history_notices(window: MainWindow, history: History) -> None:
    database = history.database
    database.on_notice(lambda text: window.show_notice(text, about="history"))
    database.on_saving_again(lambda text: window.show_notice(text, about="history"))
    # A full disk or a busy file passes: while the history waits, try its writes again now and then.
    retry = QTimer(window)
    retry.setObjectName("historyRetry")
    retry.setInterval(HISTORY_RETRY_MS)
    retry.timeout.connect(lambda: database.retry() if database.mode is StoreMode.RETRYING else None)
    retry.start()


def _recovered_text(history: History) -> str:
    count = len(history.database.recovered)
    if not count:
        return ""
    return (
        f"{'A session' if count == 1 else f'{count} sessions'} did not finish last time "
        f"(the app closed unexpectedly). {'It is' if count == 1 else 'They are'} kept in your "
        "history, marked as interrupted."
    )
