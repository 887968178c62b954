"""Builds the QApplication and the objects the window needs, and reports fatal problems kindly."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from acupressure_desktop import APP_NAME, __version__
from acupressure_desktop.catalog import CatalogError, load_catalog
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.resources import ResourcesNotFoundError, resource_root
from acupressure_desktop.ui.diagrams import DiagramLibrary
from acupressure_desktop.ui.main_window import MainWindow
from acupressure_desktop.ui.theme import Appearance, ThemeController


def run_gui(qt_argv: list[str], app_id: str, paths: AppPaths | None = None) -> int:
    """Create the application, show the main window and run the event loop."""
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
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    theme = ThemeController(app, _appearance(settings.value("appearance", "system")))

    window = build_main_window(settings, theme)
    if window is None:
        return 2
    window.show()
    if folder_problem:
        window.statusBar().showMessage(folder_problem)
    return app.exec()


def build_main_window(settings: QSettings, theme: ThemeController) -> MainWindow | None:
    """Load the catalog and build the window; on bad data, explain and return None."""
    try:
        root = resource_root()
        catalog = load_catalog(root)
    except ResourcesNotFoundError as error:
        _explain_fatal("The app is incomplete", str(error), "")
        return None
    except CatalogError as error:
        details = "\n".join(str(p) for p in error.problems)
        _explain_fatal(
            "The point catalog has errors",
            f"{APP_NAME} cannot start because its point data failed its checks "
            f"({len(error.problems)} problem{'s' if len(error.problems) != 1 else ''}). "
            "Reinstalling the app should fix this. If you edited the data files, the details say "
            "which file, item and field to correct.",
            details,
        )
        return None
    icon = QIcon(str(root / "icons" / "acupressure-desktop.svg"))
    QApplication.setWindowIcon(icon)
    return MainWindow(catalog, DiagramLibrary(catalog, root / "body_svgs"), settings, theme, icon)


def _explain_fatal(title: str, text: str, details: str) -> None:
    print(f"{APP_NAME}: {title}. {text}\n{details}".rstrip())
    box = QMessageBox(QMessageBox.Icon.Critical, f"{APP_NAME}: {title}", text)
    if details:
        box.setDetailedText(details)
    box.exec()


def _appearance(value: object) -> Appearance:
    try:
        return Appearance(str(value))
    except ValueError:
        return Appearance.SYSTEM
