"""Launching the app for a user: one running copy, the log, then ``build_app`` and the event loop."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from acupressure_desktop import APP_NAME, __version__
from acupressure_desktop.app_log import AppLog, app_logger
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.resources import ResourcesNotFoundError, resource_root
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.crash_reporter import CrashReporter
from acupressure_desktop.ui.shell.first_paint import FirstPaintWatcher
from acupressure_desktop.ui.shell.qt_messages import route_qt_messages
from acupressure_desktop.ui.shell.single_instance import Claim, SingleInstance

EXIT_OK, EXIT_ALREADY_RUNNING, EXIT_INCOMPLETE = 0, 1, 2


def launch(qt_argv: list[str], app_id: str, paths: AppPaths, measure_startup: bool = False) -> int:
    """Run the app until the user quits; returns the process exit code.

    ``measure_startup`` prints ``first-paint`` when the window has painted with its map, then quits.
    """
    app = QApplication(qt_argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(app_id)
    return run_app(app, paths, measure_startup)


def run_app(app: QApplication, paths: AppPaths, measure_startup: bool = False) -> int:
    """Everything after the QApplication exists: the log, one running copy, the app and its loop."""
    folder_problem = ""
    try:
        paths.ensure()
    except OSError as error:
        folder_problem = QCoreApplication.translate(
            "Launch", "Your settings cannot be saved in {folder}: {reason}."
        ).format(folder=paths.config_dir, reason=error.strerror or error)
    log = AppLog(paths.log_dir)
    log.start()
    logger = app_logger()
    route_qt_messages(logger)
    logger.info("%s %s starting", APP_NAME, __version__)
    try:
        return _run(app, paths, logger, log, folder_problem, measure_startup)
    finally:
        logger.info("%s closed", APP_NAME)
        log.stop()


def _run(
    app: QApplication, paths: AppPaths, logger: logging.Logger, log: AppLog, folder_problem: str, measure: bool
) -> int:
    instance = SingleInstance(paths.data_dir)
    claim = instance.claim()
    if claim is Claim.HANDED_OVER:
        logger.info("Already running; the open window was asked to come to the front")
        return EXIT_OK
    if claim is Claim.NO_ANSWER:
        logger.warning("Another copy holds the app lock and did not answer")
        explain_fatal(
            logger,
            QCoreApplication.translate("Launch", "Already Running"),
            QCoreApplication.translate(
                "Launch",
                "{app} is already open but did not answer. Wait a moment and try again; if it stays "
                "like this, close the open copy (or restart your computer) and start it again.",
            ).format(app=APP_NAME),
        )
        return EXIT_ALREADY_RUNNING
    if claim is Claim.UNGUARDED:
        logger.warning("The app lock cannot be written; running without the single-copy guard")
    try:
        root = resource_root()
    except ResourcesNotFoundError as error:
        explain_fatal(logger, QCoreApplication.translate("Launch", "The App Is Incomplete"), str(error))
        return EXIT_INCOMPLETE
    # Imported here: the catalog and every page come with it, after the checks above.
    from acupressure_desktop.catalog import CatalogError  # noqa: PLC0415
    from acupressure_desktop.ui.shell.assembly import build_app  # noqa: PLC0415

    preferences = PreferencesStore(paths.settings_file, logger)
    try:
        parts = build_app(app, paths, preferences, resources=root, logger=logger)
    except CatalogError as error:
        count = len(error.problems)
        explain_fatal(
            logger,
            QCoreApplication.translate("Launch", "The Point Catalog Has Errors"),
            QCoreApplication.translate(
                "Launch",
                "{app} cannot start because its point data failed its checks (%n problem(s)). Reinstalling "
                "the app should fix this. If you edited the data files, the details say which file, item and "
                "field to correct.",
                "",
                count,
            ).format(app=APP_NAME),
            "\n".join(str(p) for p in error.problems),
        )
        return EXIT_INCOMPLETE
    window = parts.window
    for problem in (folder_problem, log.problem):
        window.show_notice(problem)
    instance.activation_requested.connect(window.bring_to_front)
    reporter = CrashReporter(
        logger, log.log_file if log.started else None, window.describe_saved_work, lambda: app.exit(1), window
    )
    reporter.install()
    if measure:
        report_first_paint(window.body_map.viewport(), app)
    parts.start()
    try:
        return app.exec()
    finally:
        reporter.uninstall()
        parts.close()
        instance.release()


def report_first_paint(map_viewport: QWidget, app: QApplication) -> None:
    """Print 'first-paint' and 'map-ready' once the map has painted, then quit (for benchmarks).

    The window appears only when it is whole, so its first paint is already the clickable map;
    both lines are kept so the benchmark reads the same marks as before.
    """
    watcher = FirstPaintWatcher(map_viewport)

    def painted() -> None:
        print("first-paint", flush=True)
        print("map-ready", flush=True)
        # Quit after the paint has finished; quitting inside it leaves Qt flushing a closed window.
        QTimer.singleShot(0, app.quit)

    watcher.painted.connect(painted)


def explain_fatal(logger: logging.Logger, title: str, text: str, details: str = "") -> None:
    """Tell the user, in the log and in a dialog, why the app cannot go on."""
    logger.error("%s: %s %s", title, text, details)
    box = QMessageBox(QMessageBox.Icon.Critical, f"{APP_NAME}: {title}", text)
    if details:
        box.setDetailedText(details)
    box.exec()
