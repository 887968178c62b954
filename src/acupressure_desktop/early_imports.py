"""The Qt-free modules a start needs, imported before Qt.

Once PySide6 is loaded, its import hook reads the source file of every module imported after it,
looking for its optional ``__feature__`` switches. The app uses none, so the data and history
modules (and the libraries they use) are imported first, where that hook does not reach them;
this saves a start about a tenth of a second.
"""

from __future__ import annotations

import importlib
import os

EARLY_MODULES = (
    "acupressure_desktop.app_log",
    "acupressure_desktop.paths",
    "acupressure_desktop.resources",
    "acupressure_desktop.preferences",
    "acupressure_desktop.catalog.catalog_cache",
    "acupressure_desktop.catalog.measuring",
    "acupressure_desktop.catalog.channel_drawing",
    "acupressure_desktop.catalog.search",
    "acupressure_desktop.history",
    "acupressure_desktop.learning.limits",
    "acupressure_desktop.routines",
    "acupressure_desktop.safety",
    "acupressure_desktop.practice",
    "acupressure_desktop.practice.mat_progression",
    # Standard modules the window's own modules use.
    "logging.handlers",
    "platform",
    "traceback",
    "html",
    "csv",
    "uuid",
    "zoneinfo",
    "socket",
    "selectors",
)


def import_early() -> None:
    """Import ``EARLY_MODULES``; call before anything imports PySide6."""
    # pydantic looks through every installed package for plugins when it makes its first model;
    # the app uses none, and the search costs a start tens of milliseconds.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    for name in EARLY_MODULES:
        importlib.import_module(name)
