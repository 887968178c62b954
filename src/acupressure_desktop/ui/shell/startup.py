"""Builds the QApplication and the window, then loads the catalog once the window is on screen.

The first paint shows the window with the last-used diagram; the catalog (pydantic validation of
every point and diagram) loads right after it, and the interactive map replaces the picture.
Anything that needs the catalog is imported only then, which keeps the window's first appearance
close to that of an empty Qt window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from acupressure_desktop import APP_NAME, __version__
from acupressure_desktop.app_log import AppLog, app_logger
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.resources import ResourcesNotFoundError, resource_root
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.crash_reporter import CrashReporter
from acupressure_desktop.ui.shell.first_paint import FirstPaintWatcher
from acupressure_desktop.ui.shell.main_window import MainWindow
from acupressure_desktop.ui.shell.qt_messages import route_qt_messages
from acupressure_desktop.ui.shell.single_instance import Claim, SingleInstance
from acupressure_desktop.ui.shell.theme import ThemeController

if TYPE_CHECKING:
    from acupressure_desktop.ui.map.workspace import Workspace
    from acupressure_desktop.ui.practice.session_services import SessionServices

FIRST_VIEW = "body_front"


def run_gui(qt_argv: list[str], app_id: str, paths: AppPaths | None = None, measure_startup: bool = False) -> int:
    """Create the application, show the main window and run the event loop.

    ``measure_startup`` prints a line at the first paint and when the map is ready, then quits.
    """
    app = QApplication(qt_argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Acupressure Desktop")
    app.setDesktopFileName(app_id)

    paths = paths or AppPaths.for_user()
    folder_problem = ""
    try:
        paths.ensure()
    except OSError as error:
        folder_problem = f"Your settings cannot be saved in {paths.config_dir}: {error.strerror or error}."
    log = AppLog(paths.log_dir)
    log.start()
    logger = app_logger()
    route_qt_messages(logger)
    logger.info("%s %s starting", APP_NAME, __version__)

    instance = SingleInstance(paths.data_dir)
    claim = instance.claim()
    if claim is Claim.HANDED_OVER:
        logger.info("Already running; the open window was asked to come to the front")
        log.stop()
        return 0
    if claim is Claim.UNGUARDED:
        logger.warning("The app lock in %s cannot be written; a second copy will not be noticed", paths.data_dir)
    if claim is Claim.NO_ANSWER:
        # Only a live copy keeps the lock once nobody answers, so closing it (or a restart) helps.
        logger.warning("Another copy holds the app lock but did not answer")
        explain_fatal(
            "Already running",
            f"{APP_NAME} is already open but did not answer. Wait a moment and try again; if it stays "
            "like this, close the open copy (or restart your computer) and start it again.",
            "",
        )
        log.stop()
        return 1

    settings = PreferencesStore(paths.settings_file, logger)
    theme = ThemeController(app, settings.current.appearance)
    try:
        root = resource_root()
    except ResourcesNotFoundError as error:
        explain_fatal("The app is incomplete", str(error), "")
        return 2

    from acupressure_desktop.ui.shell.tray_wiring import start_reminders  # noqa: PLC0415

    window = open_main_window(
        app, settings, theme, root, paths, lambda services: start_reminders(window, services, app)
    )
    if measure_startup:
        report_startup(window, app)
    instance.activation_requested.connect(window.bring_to_front)
    reporter = CrashReporter(
        logger, log.log_file if log.started else None, window.describe_saved_work, lambda: app.exit(1), window
    )
    reporter.install()
    for problem in (folder_problem, log.problem, settings.problem):
        window.show_notice(problem)
    try:
        return app.exec()
    finally:
        reporter.uninstall()
        instance.release()
        logger.info("%s closed", APP_NAME)
        log.stop()


def open_main_window(
    app: QApplication,
    settings: PreferencesStore,
    theme: ThemeController,
    root: Path,
    paths: AppPaths | None = None,
    on_services: Callable[[SessionServices], object] | None = None,
) -> MainWindow:
    """Show the window with a picture of the diagram, then load the catalog and attach the map.

    If the catalog fails its checks the user is told why, the window closes and the event loop
    ends with exit code 2.
    """
    icon = QIcon(str(root / "icons" / "acupressure-desktop.svg"))
    app.setWindowIcon(icon)
    window = MainWindow(settings, theme, icon)
    preview = window.show_preview(_preview_file(root, window.last_view()))

    def load() -> None:
        workspace = load_workspace(root)
        if workspace is None:
            window.close()
            app.exit(2)
            return
        window.attach(workspace)
        if paths is not None:
            # The map is usable now; sessions and the history follow a moment later.
            QTimer.singleShot(0, lambda: add_sessions(workspace))

    def add_sessions(workspace: Workspace) -> None:
        assert paths is not None
        services = open_session_services(root, settings, paths)
        window.attach_services(services)
        if on_services is not None:
            on_services(services)
        if not services.safety.profile.seen:
            # First run: the safety screen, once the window is on screen behind it.
            QTimer.singleShot(0, lambda: window.show_safety(first_run=True))
        app.aboutToQuit.connect(services.history.close)
        if services.backup_problem:
            window.show_notice(services.backup_problem)
        if services.sounds is not None:
            # Ready the audio while the user looks around, not when they press Start.
            QTimer.singleShot(1500, services.sounds.prepare)

    # Load once the picture is on screen; a zero timer alone could run before the first expose.
    preview.painted.connect(lambda: QTimer.singleShot(0, load))
    window.show()
    return window


def report_startup(window: MainWindow, app: QApplication) -> None:
    """Print 'first-paint', then 'map-ready' once the interactive map has painted, and quit."""

    def map_attached() -> None:
        viewport = window.body_map.viewport()
        watcher = FirstPaintWatcher(viewport)
        # Quit after the paint has finished; quitting inside it leaves Qt flushing a closed window.
        watcher.painted.connect(lambda: (print("map-ready", flush=True), QTimer.singleShot(0, app.quit)))
        viewport.update()

    assert window.preview is not None
    window.preview.painted.connect(lambda: print("first-paint", flush=True))
    window.map_attached.connect(map_attached)


def load_workspace(root: Path) -> Workspace | None:
    """Load and check the catalog and build the workspace; on bad data, explain and return None."""
    # Imported here, after the first paint: pydantic and the catalog are the slow part of start-up.
    from acupressure_desktop.catalog import CatalogError, load_catalog  # noqa: PLC0415
    from acupressure_desktop.ui.map.diagrams import DiagramLibrary  # noqa: PLC0415
    from acupressure_desktop.ui.map.workspace import Workspace  # noqa: PLC0415

    try:
        catalog = load_catalog(root)
    except CatalogError as error:
        count = len(error.problems)
        explain_fatal(
            "The point catalog has errors",
            f"{APP_NAME} cannot start because its point data failed its checks "
            f"({count} problem{'s' if count != 1 else ''}). Reinstalling the app should fix this. "
            "If you edited the data files, the details say which file, item and field to correct.",
            "\n".join(str(p) for p in error.problems),
        )
        return None
    return Workspace(catalog, DiagramLibrary(catalog, root / "body_svgs"))


def open_session_services(root: Path, settings: PreferencesStore, paths: AppPaths) -> SessionServices:
    """Open the history and the sound cues; neither failing stops the app."""
    from acupressure_desktop.history import History  # noqa: PLC0415
    from acupressure_desktop.history.backups import BackupError  # noqa: PLC0415
    from acupressure_desktop.safety import SafetyProfileStore  # noqa: PLC0415
    from acupressure_desktop.ui.guidance.safety_controller import SafetyController  # noqa: PLC0415
    from acupressure_desktop.ui.practice.session_services import SessionServices  # noqa: PLC0415
    from acupressure_desktop.ui.practice.sound_cues import PhaseSpeaker, SoundCues  # noqa: PLC0415

    history = History.open(paths.data_dir)
    backup_problem = ""
    if history.database.can_write:
        try:
            history.database.back_up_daily(date.today())
        except BackupError as error:
            app_logger().warning("Today's history backup could not be made: %s", error)
            backup_problem = (
                "Today's backup of your history could not be made "
                f"({getattr(error, 'strerror', None) or error}). Your sessions are still saved; "
                "the app tries again next time it starts."
            )
    preferences = settings.current
    return SessionServices(
        settings=settings,
        history=history,
        sounds=SoundCues(root / "sounds", preferences.sound_volume, preferences.sound_muted),
        speaker=PhaseSpeaker(preferences.speak_phases),
        # The answers stay in the user's own settings folder, never sent anywhere.
        safety=SafetyController(SafetyProfileStore(paths.config_dir)),
        backup_problem=backup_problem,
    )


def explain_fatal(title: str, text: str, details: str) -> None:
    """Tell the user, on the terminal and in a dialog, why the app cannot go on."""
    print(f"{APP_NAME}: {title}. {text}\n{details}".rstrip())
    box = QMessageBox(QMessageBox.Icon.Critical, f"{APP_NAME}: {title}", text)
    if details:
        box.setDetailedText(details)
    box.exec()


def _preview_file(root: Path, view_id: str) -> Path:
    folder = root / "body_svgs"
    candidate = folder / f"{view_id}.svg"
    # The setting is only a hint: anything odd in it falls back to the first view.
    if view_id.replace("_", "").isalnum() and candidate.is_file():
        return candidate
    return folder / f"{FIRST_VIEW}.svg"
