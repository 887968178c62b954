from pathlib import Path

from acupressure_desktop.paths import AppPaths
from acupressure_desktop.resources import resource_root


def test_one_override_folder_holds_data_and_settings(tmp_path: Path) -> None:
    paths = AppPaths.for_user({"ACUPRESSURE_DESKTOP_HOME": str(tmp_path)})
    assert paths.data_dir == tmp_path / "data"
    assert paths.settings_file == tmp_path / "config" / "settings.ini"


def test_linux_follows_the_xdg_folders(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.platform", "linux")
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "d"), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    paths = AppPaths.for_user(env)
    assert paths.data_dir == tmp_path / "d" / "acupressure-desktop"
    assert paths.config_dir == tmp_path / "c" / "acupressure-desktop"
    defaults = AppPaths.for_user({"HOME": str(tmp_path)})
    assert defaults.data_dir == tmp_path / ".local" / "share" / "acupressure-desktop"
    assert defaults.log_dir == tmp_path / ".local" / "state" / "acupressure-desktop" / "logs"


def test_ensure_creates_private_folders(tmp_path: Path) -> None:
    paths = AppPaths(
        data_dir=tmp_path / "a" / "data", config_dir=tmp_path / "a" / "config", log_dir=tmp_path / "a" / "logs"
    )
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
    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config", log_dir=tmp_path / "logs")
    for folder in (paths.data_dir, paths.config_dir):
        folder.mkdir()
        folder.chmod(0o755)
    paths.ensure()
    assert paths.data_dir.stat().st_mode & 0o777 == 0o700
    assert paths.config_dir.stat().st_mode & 0o777 == 0o700


def test_a_relative_override_folder_becomes_absolute(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    paths = AppPaths.for_user({"ACUPRESSURE_DESKTOP_HOME": "portable"})
    assert paths.data_dir == tmp_path / "portable" / "data"
    assert paths.data_dir.is_absolute()
    paths.data_dir.mkdir(parents=True)
    assert paths.data_dir.as_uri().startswith("file:///")
