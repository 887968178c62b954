#!/usr/bin/env python3
"""Package the bundle in dist/acupressure-desktop as a Debian package (no network needed).

Run after packaging/build.py, with the project's environment (Qt renders the icons):
    .venv/bin/python packaging/build_deb.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "packaging"))

from icons import render_icons  # noqa: E402
from system_libraries import read_requirements  # noqa: E402

from acupressure_desktop import APP_ID, __version__  # noqa: E402

BUNDLE = ROOT / "dist" / "acupressure-desktop"
STAGE = ROOT / "build" / "deb" / "root"
# Chinese characters in the point names; the rest of Depends and Recommends is read off the bundle.
EXTRA_RECOMMENDS = ("fonts-noto-cjk",)
LAUNCHER = """#!/bin/sh
exec /opt/acupressure-desktop/acupressure-desktop "$@"
"""


def installed_size_kib(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) // 1024


def main() -> int:
    if not (BUNDLE / "acupressure-desktop").is_file():
        sys.exit("build the bundle first: .venv/bin/python packaging/build.py")
    shutil.rmtree(STAGE, ignore_errors=True)
    shutil.copytree(BUNDLE, STAGE / "opt" / "acupressure-desktop", symlinks=True)
    launcher = STAGE / "usr" / "bin" / "acupressure-desktop"
    launcher.parent.mkdir(parents=True)
    launcher.write_text(LAUNCHER)
    launcher.chmod(0o755)
    linux = ROOT / "packaging" / "linux"
    for name, folder in (
        (f"{APP_ID}.desktop", "usr/share/applications"),
        (f"{APP_ID}.metainfo.xml", "usr/share/metainfo"),
    ):
        (STAGE / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(linux / name, STAGE / folder / name)
    render_icons(STAGE / "usr" / "share" / "icons" / "hicolor", APP_ID)
    needs = read_requirements(BUNDLE)
    if needs.missing:
        print("The bundle needs libraries this machine does not have:\n  " + "\n  ".join(needs.missing))
        return 1
    control = STAGE / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: acupressure-desktop\nVersion: {__version__}\nSection: misc\nPriority: optional\n"
        f"Architecture: amd64\nMaintainer: Acupressure Desktop contributors <noreply@acupressure-desktop.invalid>\n"
        f"Installed-Size: {installed_size_kib(STAGE)}\nDepends: {needs.depends_field()}\n"
        f"Recommends: {needs.recommends_field(EXTRA_RECOMMENDS)}\n"
        "Description: find acupressure points and follow guided pressure sessions\n"
        " Clear body diagrams of acupressure points, how to find and press each one,\n"
        " guided sessions with sound cues, and a private history of your practice.\n"
    )
    output = ROOT / "dist" / f"acupressure-desktop_{__version__}_amd64.deb"
    result = subprocess.run(["dpkg-deb", "--root-owner-group", "--build", str(STAGE), str(output)], check=False)
    if result.returncode == 0:
        print(f"package: {output} ({output.stat().st_size / 1024 / 1024:.0f} MB)")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
