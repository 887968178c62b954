"""``--self-test``: exercise every part of the app offscreen, in a throwaway folder, and report JSON."""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from acupressure_desktop import APP_NAME, __version__


def run_self_test() -> int:
    """Print one JSON report; exit code 0 only if every check passed."""
    # Before Qt loads: no display is needed, and nothing of the user's is touched.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="acupressure-self-test-"))
    user_home = os.environ.get("ACUPRESSURE_DESKTOP_HOME")
    os.environ["ACUPRESSURE_DESKTOP_HOME"] = str(home)
    checks: list[dict[str, Any]] = []
    context: dict[str, Any] = {"home": home}

    def check(name: str, action: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail, ok = action(), True
        except Exception as error:
            detail, ok = f"{type(error).__name__}: {error}", False
            traceback.print_exc(file=sys.stderr)
        checks.append({"check": name, "ok": ok, "detail": detail, "ms": round((time.perf_counter() - started) * 1000)})

    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from acupressure_desktop.app_log import terminal_echo  # noqa: PLC0415
    from acupressure_desktop.ui.shell.qt_messages import route_qt_messages  # noqa: PLC0415

    # Expected notes (no media backend, offscreen size hints) stay out of the report's stderr; real
    # warnings still show there, where CI looks for them.
    quiet = logging.getLogger("acupressure_desktop.self_test")
    quiet.propagate = False
    quiet.addHandler(terminal_echo())
    route_qt_messages(quiet)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    context["app"] = app
    check("qt platform", lambda: f"{QGuiApplication.platformName()} (Qt {_qt_version()})")
    check("resources", lambda: _resources(context))
    check("catalog", lambda: _catalog(context))
    check("diagrams", lambda: _diagrams(context))
    check("translations", lambda: _translations(context))
    check("database", lambda: _database(context))
    check("main window", lambda: _main_window(context))
    check("session view and plot", lambda: _session_view(context))
    check("history view and charts", lambda: _history_view(context))
    check("sound", lambda: _sound(context))
    report = {
        "app": APP_NAME,
        "version": __version__,
        "python": sys.version.split()[0],
        "frozen": bool(getattr(sys, "frozen", False)),
        "ok": all(c["ok"] for c in checks),
        "checks": checks,
    }
    print(json.dumps(report, indent=2))
    _clean_up(context)
    if user_home is None:
        os.environ.pop("ACUPRESSURE_DESKTOP_HOME", None)
    else:
        os.environ["ACUPRESSURE_DESKTOP_HOME"] = user_home
    return 0 if report["ok"] else 1


def _clean_up(context: dict[str, Any]) -> None:
    """Close what the checks opened and remove their folder: a self-test leaves nothing behind."""
    from PySide6.QtCore import QCoreApplication, QEvent  # noqa: PLC0415

    parts = context.get("parts")
    if parts is not None:
        parts.window.close()
        parts.close()
        parts.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shutil.rmtree(context["home"], ignore_errors=True)


def _qt_version() -> str:
    from PySide6.QtCore import qVersion  # noqa: PLC0415

    return qVersion()


def _resources(context: dict[str, Any]) -> str:
    from acupressure_desktop.resources import resource_root  # noqa: PLC0415

    root = resource_root()
    context["root"] = root
    missing = [
        p
        for p in ("catalog/views.json", "icons/acupressure-desktop.svg", "sounds/done.wav")
        if not (root / p).is_file()
    ]
    if missing:
        raise FileNotFoundError(f"missing resources: {', '.join(missing)}")
    return str(root)


def _catalog(context: dict[str, Any]) -> str:
    from acupressure_desktop.catalog import load_catalog  # noqa: PLC0415
    from acupressure_desktop.catalog.geometry_checks import geometry_problems  # noqa: PLC0415

    catalog = load_catalog(context["root"])
    context["catalog"] = catalog
    # The start-up skips these checks; the build runs this self-test on every bundle instead.
    problems = geometry_problems(catalog, context["root"])
    if problems:
        raise ValueError("; ".join(str(p) for p in problems))
    return f"{len(catalog.points)} points, {len(catalog.symptoms)} symptoms, {len(catalog.views)} views"


def _translations(context: dict[str, Any]) -> str:
    """Each shipped catalogue loads and knows the window's first tab."""
    from PySide6.QtCore import QTranslator  # noqa: PLC0415

    from acupressure_desktop.ui.shell.translations import CATALOGUE_PREFIX, LANGUAGE_NAMES  # noqa: PLC0415

    folder = context["root"] / "translations"
    loaded = []
    for language in LANGUAGE_NAMES:
        if language.value == "en":
            continue
        translator = QTranslator()
        if not translator.load(f"{CATALOGUE_PREFIX}{language.value}", str(folder)):
            raise FileNotFoundError(f"{CATALOGUE_PREFIX}{language.value}.qm is missing from {folder}")
        if not translator.translate("MainWindow", "Body Map"):
            raise ValueError(f"{CATALOGUE_PREFIX}{language.value}.qm does not translate the window")
        loaded.append(language.value)
    return ", ".join(loaded)


def _diagrams(context: dict[str, Any]) -> str:
    from PySide6.QtCore import QSize  # noqa: PLC0415

    from acupressure_desktop.ui.map.diagrams import DiagramLibrary  # noqa: PLC0415

    catalog = context["catalog"]
    library = DiagramLibrary(catalog, context["root"] / "body_svgs")
    context["library"] = library
    for view in catalog.views:
        if not library.renderer(view.id).isValid():
            raise ValueError(f"diagram {view.file} does not render")
        if library.thumbnail(view.id, QSize(64, 64)).toImage().isNull():
            raise ValueError(f"diagram {view.file} drew nothing")
        library.geometry(view.id)  # the landmarks "Show landmarks" names
    return f"{len(catalog.views)} diagrams rendered with their landmarks"


def _database(context: dict[str, Any]) -> str:
    from acupressure_desktop.history import History  # noqa: PLC0415

    history = History.open(context["home"] / "data")
    try:
        return history.database.health()
    finally:
        history.close()


def _main_window(context: dict[str, Any]) -> str:
    """The app as ``build_app`` makes it for a user who has answered the safety screen."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from acupressure_desktop.ui.shell.assembly import build_in_folder  # noqa: PLC0415

    parts = build_in_folder(context["app"], context["home"])
    context["parts"] = parts
    window = parts.window
    window.resize(1100, 700)
    window.show()
    QApplication.processEvents()
    window.selection.select("LI4")
    if window.panel.point is None or not window.body_map.hotspots("LI4"):
        raise RuntimeError("the map did not open LI4")
    return f"{len(window.body_map.hotspots())} hotspots on {window.body_map.view_id}"


def _session_view(context: dict[str, Any]) -> str:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from acupressure_desktop.practice import SteadyPressure  # noqa: PLC0415
    from acupressure_desktop.practice.requests import PointSessionRequest  # noqa: PLC0415

    workspace = context["parts"].window.workspace
    workspace.start_practice("LI4")
    window = workspace.practice_dialog
    if window is None or window.setup is None:
        raise RuntimeError("the session dialog did not open")
    window.setup.start_requested.emit(
        PointSessionRequest(point_code="LI4", protocol=SteadyPressure(), sides=("left", "right"))
    )
    QApplication.processEvents()
    if window.view is None or window.view.plot.plot.grab().toImage().isNull():
        raise RuntimeError("the session view did not draw its plot")
    window.confirm_stop = lambda _parent: True
    window.close()
    return "session started, pressure curve drawn, stopped"


def _history_view(context: dict[str, Any]) -> str:
    window = context["parts"].window
    window.history_page.reload()
    charts = window.history_page.show_charts()
    if charts.practice_plot.grab().toImage().isNull():
        raise RuntimeError("the charts did not draw")
    window.close()
    listed = window.history_page.model.rowCount()
    if listed != 1:
        raise RuntimeError(f"the stopped test session should be listed once, found {listed}")
    return "the test session is listed, charts drawn"


def _sound(context: dict[str, Any]) -> str:
    from acupressure_desktop.ui.practice.sound_cues import SoundCues  # noqa: PLC0415

    cues = SoundCues(context["root"] / "sounds")
    # No sound is a reported state, not a failure: the app runs with visual cues.
    return "ready" if cues.available else cues.problem
