"""The tarball's install.sh and uninstall.sh, run as a user would, on a stand-in for the bundle.

The real bundle is checked the same way by the packaging checks; here a tiny fake app keeps the
scripts' behaviour under test on every run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from acupressure_desktop import APP_ID

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build_tarball  # noqa: E402


@pytest.fixture
def unpacked(tmp_path: Path, qapp: QApplication) -> Path:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "library.txt").write_text("part of the app")
    launcher = bundle / "acupressure-desktop"
    launcher.write_text('#!/bin/sh\necho "fake app $*"\n')
    launcher.chmod(0o755)
    return build_tarball.stage(bundle, tmp_path / "unpacked")


def run(script: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    return subprocess.run(["sh", str(script), *args], env=env, capture_output=True, text=True, check=False)


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")} if folder.exists() else set()


def test_install_puts_the_app_menu_entry_and_icons_in_the_home_and_uninstall_removes_them(
    unpacked: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share" / "acupressure-desktop"
    data.mkdir(parents=True)
    (data / "history.sqlite3").write_text("the user's history")
    other_entry = home / ".local" / "share" / "applications" / "someone-else.desktop"
    other_entry.parent.mkdir(parents=True)
    other_entry.write_text("[Desktop Entry]\n")
    before = files_under(home)

    installed = run(unpacked / "install.sh", home)
    assert installed.returncode == 0, installed.stderr
    app_dir = home / ".local" / "lib" / "acupressure-desktop"
    assert (app_dir / "_internal" / "library.txt").is_file()
    entry_file = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    entry = entry_file.read_text()
    assert f'Exec="{app_dir}/acupressure-desktop"' in entry
    assert f"TryExec={app_dir}/acupressure-desktop" in entry
    for size in ("16x16", "48x48", "512x512"):
        assert (home / ".local" / "share" / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.png").is_file()
    assert (home / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    command = home / ".local" / "bin" / "acupressure-desktop"
    assert subprocess.run([str(command), "--version"], capture_output=True, text=True, check=True).stdout == (
        "fake app --version\n"
    )
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(entry_file)], check=True)

    removed = run(app_dir / "uninstall.sh", home)
    assert removed.returncode == 0, removed.stderr
    assert "history and settings are kept" in removed.stdout
    # The menu's own cache, shared by every app in that folder, may be refreshed; nothing else changes.
    assert {p for p in files_under(home) if p.name != "mimeinfo.cache"} == before
    assert (data / "history.sqlite3").read_text() == "the user's history"


def test_installing_again_replaces_the_old_copy_without_leftovers(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(unpacked / "install.sh", home).returncode == 0
    app_dir = home / ".local" / "lib" / "acupressure-desktop"
    (app_dir / "_internal" / "from-an-old-version.txt").write_text("stale")
    again = run(unpacked / "install.sh", home)
    assert again.returncode == 0, again.stderr
    assert "Replacing" in again.stdout
    assert not (app_dir / "_internal" / "from-an-old-version.txt").exists()
    assert run(app_dir / "uninstall.sh", home).returncode == 0
    assert not (home / ".local").exists()


def test_a_chosen_prefix_is_used_instead_of_the_home(unpacked: Path, tmp_path: Path) -> None:
    home, prefix = tmp_path / "home", tmp_path / "apps"
    assert run(unpacked / "install.sh", home, "--prefix", str(prefix)).returncode == 0
    assert (prefix / "lib" / "acupressure-desktop" / "acupressure-desktop").is_file()
    assert (prefix / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    assert not home.exists()
    assert run(prefix / "lib" / "acupressure-desktop" / "uninstall.sh", home).returncode == 0
    assert not prefix.exists()


def test_uninstall_refuses_a_folder_that_is_not_an_installation(tmp_path: Path) -> None:
    stray = tmp_path / "stray"
    stray.mkdir()
    shutil.copy(ROOT / "packaging" / "linux" / "uninstall.sh", stray / "uninstall.sh")
    (stray / "precious.txt").write_text("keep me")
    result = run(stray / "uninstall.sh", tmp_path)
    assert result.returncode == 1
    assert (stray / "precious.txt").exists()
