"""The desktop entry and the AppStream metainfo pass the freedesktop validators, pedantic included."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from acupressure_desktop import APP_ID, __version__

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
DESKTOP = LINUX / f"{APP_ID}.desktop"


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{name} is missing: CI installs the {package} package before the tests")
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return found


def test_the_metainfo_passes_the_pedantic_validator_with_nothing_to_say() -> None:
    validator = tool("appstreamcli", "appstream")
    result = subprocess.run(
        [validator, "validate", "--pedantic", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    remarks = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:", "I:", "P:")]
    assert result.returncode == 0 and remarks == [], result.stdout


def test_the_desktop_entry_passes_its_validator() -> None:
    validator = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_the_metainfo_points_nowhere_made_up_and_notes_every_release() -> None:
    text = METAINFO.read_text(encoding="utf-8")
    assert ".invalid" not in text and "example." not in text
    root = ET.fromstring(text)
    assert root.findtext("id") == APP_ID
    assert root.find("content_rating") is not None
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__  # the newest first, and it is this one
    assert all(r.find("description") is not None and r.get("date") for r in releases)
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
