import sys
from pathlib import Path

import pytest

from acupressure_desktop.paths import AppPaths
from acupressure_desktop.resources import resource_root


def test_one_override_folder_holds_data_settings_and_the_login_entry(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ACUPRESSURE_DESKTOP_HOME", str(tmp_path))
    paths = AppPaths.for_user()
    assert paths.data_dir == tmp_path / "data"
    assert paths.settings_file == tmp_path / "config" / "settings.ini"
    assert paths.autostart_file.parent == tmp_path / "autostart"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG folders are Linux's")
def test_linux_follows_the_xdg_folders(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("ACUPRESSURE_DESKTOP_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    defaults = AppPaths.for_user()
    assert defaults.data_dir == tmp_path / ".local" / "share" / "acupressure-desktop"
    assert defaults.config_dir == tmp_path / ".config" / "acupressure-desktop"
    assert defaults.log_dir.is_relative_to(tmp_path / ".local" / "state" / "acupressure-desktop")
    assert (
        defaults.autostart_file
        == tmp_path / ".config" / "autostart" / "org.acupressuredesktop.acupressure_desktop.desktop"
    )
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "d"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "c"))
    paths = AppPaths.for_user()
    assert paths.data_dir == tmp_path / "d" / "acupressure-desktop"
    assert paths.config_dir == tmp_path / "c" / "acupressure-desktop"
    assert paths.autostart_file.parent == tmp_path / "c" / "autostart"


def test_ensure_creates_private_folders(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "a")
    paths.ensure()
    assert paths.data_dir.is_dir()
    assert paths.config_dir.stat().st_mode & 0o777 == 0o700


def test_tests_never_see_the_real_home(tmp_path: Path) -> None:
    assert "ACUPRESSURE_DESKTOP_HOME" in __import__("os").environ
    assert AppPaths.for_user().data_dir != Path.home() / ".local" / "share" / "acupressure-desktop"


def test_resources_are_found_with_catalog_and_diagrams() -> None:
    root = resource_root()
    assert (root / "catalog" / "views.json").is_file()
    assert any((root / "body_svgs").glob("*.svg"))
    assert (root / "icons" / "acupressure-desktop.svg").is_file()


def test_ensure_tightens_folders_an_older_version_left_open(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    for folder in (paths.data_dir, paths.config_dir):
        folder.mkdir()
        folder.chmod(0o755)
    paths.ensure()
    assert paths.data_dir.stat().st_mode & 0o777 == 0o700
    assert paths.config_dir.stat().st_mode & 0o777 == 0o700


def test_a_relative_override_folder_becomes_absolute(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ACUPRESSURE_DESKTOP_HOME", "portable")
    paths = AppPaths.for_user()
    assert paths.data_dir == tmp_path / "portable" / "data"
    assert paths.data_dir.is_absolute()
    paths.data_dir.mkdir(parents=True)
    assert paths.data_dir.as_uri().startswith("file:///")


def test_the_login_entry_of_the_earlier_app_id_goes_when_the_entry_is_changed(tmp_path: Path) -> None:
    from acupressure_desktop import EARLIER_APP_IDS
    from acupressure_desktop.ui.preferences.reminder_settings import set_autostart

    folder = tmp_path / "autostart"
    folder.mkdir()
    earlier = folder / f"{EARLIER_APP_IDS[0]}.desktop"
    earlier.write_text("[Desktop Entry]\n")
    target = folder / "org.acupressuredesktop.acupressure_desktop.desktop"
    assert set_autostart(True, target) == ""
    assert target.is_file() and not earlier.exists()  # one login entry, not two copies at login
    earlier.write_text("[Desktop Entry]\n")
    assert set_autostart(False, target) == ""
    assert not target.exists() and not earlier.exists()
