"""The one place that knows where the app's bundled resources live."""

from __future__ import annotations

import sys
from importlib import resources as importlib_resources
from pathlib import Path

_PACKAGE = "acupressure_desktop"


class ResourcesNotFoundError(RuntimeError):
    """The resource folder is not where an installed, frozen or checked-out app keeps it."""


def resource_root() -> Path:
    """The folder holding catalog data, diagrams and icons.

    Installed wheels and frozen bundles carry it inside the package; a source checkout keeps it
    at the top of the repository, next to ``src``.
    """
    candidates: list[Path] = []
    packaged = importlib_resources.files(_PACKAGE).joinpath("resources")
    if isinstance(packaged, Path):
        candidates.append(packaged)
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if bundle_dir:
        candidates.append(Path(bundle_dir) / _PACKAGE / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for candidate in candidates:
        if (candidate / "catalog").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise ResourcesNotFoundError(f"The app's resources are missing (looked in: {tried}).")
