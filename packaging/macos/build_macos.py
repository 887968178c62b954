#!/usr/bin/env python3
"""Build "Acupressure Desktop.app" and a .dmg to share it. Runs on macOS only.

    python3.11 -m venv .venv-packaging
    .venv-packaging/bin/python -m pip install -c constraints.txt -e '.[packaging]'
    .venv-packaging/bin/python packaging/macos/build_macos.py

Uses Apple's iconutil (icon) and hdiutil (disk image). The app is not signed or notarised; see
packaging/README.md. This has not been run by the project's CI, which has no Mac.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "packaging"))

from icons import write_iconset  # noqa: E402
from self_test_check import self_test_problems  # noqa: E402

from acupressure_desktop import __version__  # noqa: E402

WORK = ROOT / "build" / "macos"
DIST = ROOT / "dist" / "macos"
APP = DIST / "Acupressure Desktop.app"


def main() -> int:
    if sys.platform != "darwin":
        sys.exit("build_macos.py runs on macOS; on Linux use: python3 tools/bootstrap.py package")
    iconset = WORK / "acupressure-desktop.iconset"
    shutil.rmtree(iconset, ignore_errors=True)
    write_iconset(iconset)
    subprocess.run(["iconutil", "-c", "icns", str(iconset), "-o", str(WORK / "acupressure-desktop.icns")], check=True)
    spec = ROOT / "packaging" / "macos" / "acupressure-desktop-macos.spec"
    build = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(DIST)]
    subprocess.run([*build, "--workpath", str(WORK / "pyinstaller"), str(spec)], cwd=ROOT, check=True)
    problems, _report = self_test_problems([str(APP / "Contents" / "MacOS" / "acupressure-desktop")])
    if problems:
        print("The app's self-test failed:\n  " + "\n  ".join(problems))
        return 1
    image = DIST / f"acupressure-desktop-{__version__}-macos.dmg"
    image.unlink(missing_ok=True)
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            "Acupressure Desktop",
            "-srcfolder",
            str(APP),
            "-ov",
            "-format",
            "UDZO",
            str(image),
        ],
        check=True,
    )
    print(f"app: {APP}\ndisk image: {image}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
