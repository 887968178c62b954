#!/usr/bin/env python3
"""Pack the bundle in dist/acupressure-desktop as a tarball that installs into the user's home.

For distributions without dpkg: unpack, run ./install.sh (menu entry, icons, a command under
~/.local/bin), and later uninstall.sh from the installed folder.
"""

from __future__ import annotations

import shutil
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "packaging"))

from icons import render_icons  # noqa: E402

from acupressure_desktop import APP_ID, __version__  # noqa: E402

BUNDLE = ROOT / "dist" / "acupressure-desktop"
LINUX = ROOT / "packaging" / "linux"
README = """Acupressure Desktop {version}

Install for your user (no root needed):   ./install.sh
Install somewhere else:                    ./install.sh --prefix DIR
Remove again:                              ~/.local/lib/acupressure-desktop/uninstall.sh

The app needs the usual desktop libraries (X11/xcb, EGL, fontconfig, D-Bus); install.sh says
which ones are missing. Your history and settings are kept when you reinstall or uninstall.
"""


def stage(bundle: Path, target: Path) -> Path:
    """Lay out the tarball's folder in ``target``; returns the folder."""
    folder = target / f"acupressure-desktop-{__version__}-linux-x86_64"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(bundle, folder / "app", symlinks=True)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(LINUX / script, folder / script)
        (folder / script).chmod(0o755)
    applications = folder / "share" / "applications"
    applications.mkdir(parents=True)
    desktop = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    (applications / f"{APP_ID}.desktop").write_text(
        desktop.replace("Exec=acupressure-desktop\n", "TryExec=acupressure-desktop\nExec=acupressure-desktop\n"),
        encoding="utf-8",
    )
    (folder / "share" / "metainfo").mkdir(parents=True)
    shutil.copy(LINUX / f"{APP_ID}.metainfo.xml", folder / "share" / "metainfo")
    render_icons(folder / "share" / "icons" / "hicolor", APP_ID)
    (folder / "README.txt").write_text(README.format(version=__version__), encoding="utf-8")
    return folder


def main() -> int:
    if not (BUNDLE / "acupressure-desktop").is_file():
        sys.exit("build the bundle first: python3 tools/bootstrap.py package")
    folder = stage(BUNDLE, ROOT / "build" / "tarball")
    output = ROOT / "dist" / f"{folder.name}.tar.gz"
    with tarfile.open(output, "w:gz") as archive:
        archive.add(folder, arcname=folder.name)
    print(f"tarball: {output} ({output.stat().st_size / 1024 / 1024:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
