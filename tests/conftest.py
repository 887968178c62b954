"""Test-wide isolation: no display needed, and never the real user's data or settings."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Must be set before PySide6 is imported anywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_QUICK_BACKEND"] = "software"
# QtMultimedia reports missing video acceleration and audio servers while loading; tests never
# play sound, so those diagnostics are not failures.
os.environ["QT_LOGGING_RULES"] = "qt.multimedia.*=false"
# Every machine runs the tests in the same language and formats: the C locale, which the app
# writes as plain English with day-first dates. Tests of other locales ask for theirs.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

from acupressure_desktop.catalog import Catalog, load_catalog
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.resources import resource_root

TESTS = Path(__file__).parent


def _compiled_translations() -> None:
    """Compile the interface's translations when a .ts is newer than its catalogue, as set-up does,
    so a test run straight after editing a .ts (or from a bare clone) reads the current words."""
    sys.path.insert(0, str(TESTS.parent / "tools"))
    import translations

    for language in translations.LANGUAGES:
        compiled = translations.QM_FOLDER / f"acupressure_{language}.qm"
        source = translations.ts_file(language)
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            translations.compile_all()
            return


_compiled_translations()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).is_relative_to(TESTS / "gui"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ACUPRESSURE_DESKTOP_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    return paths


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(resource_root())


@pytest.fixture
def resource_copy(tmp_path: Path) -> Iterator[Path]:
    """A private copy of the resources that a test may break."""
    copy = tmp_path / "resources"
    shutil.copytree(resource_root(), copy)
    yield copy
