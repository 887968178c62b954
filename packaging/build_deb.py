#!/usr/bin/env python3
"""Package the bundle in dist/acupressure-desktop as a Debian package (no network needed).

Run after packaging/build.py, with the project's environment (Qt renders the icons):
    .venv/bin/python packaging/build_deb.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from acupressure_desktop import APP_ID, __version__  # noqa: E402

BUNDLE = ROOT / "dist" / "acupressure-desktop"
STAGE = ROOT / "build" / "deb" / "root"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What Qt's xcb platform plugin loads from the system (the bundle carries Qt itself).
DEPENDS = (
    "libc6 (>= 2.34), libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, "
    "libglib2.0-0t64 | libglib2.0-0, libx11-6, libx11-xcb1, libxkbcommon0, libxkbcommon-x11-0, "
    "libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, "
    "libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1"
)
RECOMMENDS = "libpulse0, fonts-noto-cjk"
LAUNCHER = """#!/bin/sh
exec /opt/acupressure-desktop/acupressure-desktop "$@"
"""


def render_icons(target: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    app = QGuiApplication.instance() or QGuiApplication([])
    source = ROOT / "resources" / "icons" / "acupressure-desktop.svg"
    renderer = QSvgRenderer(str(source))
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        folder = target / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / f"{APP_ID}.png"))
    scalable = target / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, scalable / f"{APP_ID}.svg")
    del app


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
    render_icons(STAGE / "usr" / "share" / "icons" / "hicolor")
    control = STAGE / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: acupressure-desktop\nVersion: {__version__}\nSection: misc\nPriority: optional\n"
        f"Architecture: amd64\nMaintainer: Acupressure Desktop contributors <noreply@acupressure-desktop.invalid>\n"
        f"Installed-Size: {installed_size_kib(STAGE)}\nDepends: {DEPENDS}\nRecommends: {RECOMMENDS}\n"
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
