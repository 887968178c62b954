#!/usr/bin/env python3
"""Build the Windows app folder and its installer. Runs on Windows only.

    py -3.11 -m venv .venv-packaging
    .venv-packaging\\Scripts\\python -m pip install -c constraints.txt -e .[packaging]
    .venv-packaging\\Scripts\\python packaging\\windows\\build_windows.py

Needs Inno Setup 6 (iscc.exe on PATH or in its default folder) for the installer; without it the
app folder is still built and checked. See packaging/README.md: this has not been run by the
project's CI, which has no Windows machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "packaging"))

from icons import write_ico  # noqa: E402
from self_test_check import self_test_problems  # noqa: E402

from acupressure_desktop import APP_NAME, __version__  # noqa: E402

WORK = ROOT / "build" / "windows"
DIST = ROOT / "dist" / "windows"
BUNDLE = DIST / "acupressure-desktop"
VERSION_INFO = """VSVersionInfo(
  ffi=FixedFileInfo(filevers=({v}, 0), prodvers=({v}, 0), mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Acupressure Desktop contributors'),
      StringStruct('FileDescription', '{name}'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('ProductName', '{name}'),
      StringStruct('ProductVersion', '{version}'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def find_iscc() -> str | None:
    found = shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or "") / "Inno Setup 6" / "ISCC.exe"
        if base and candidate.is_file():
            return str(candidate)
    return None


def main() -> int:
    if sys.platform != "win32":
        sys.exit("build_windows.py runs on Windows; on Linux use: python3 tools/bootstrap.py package")
    WORK.mkdir(parents=True, exist_ok=True)
    icon = WORK / "acupressure-desktop.ico"
    write_ico(icon)
    numbers = ", ".join(__version__.split(".")[:3])
    (WORK / "version-info.txt").write_text(VERSION_INFO.format(v=numbers, name=APP_NAME, version=__version__))
    spec = ROOT / "packaging" / "windows" / "acupressure-desktop-windows.spec"
    build = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(DIST)]
    subprocess.run([*build, "--workpath", str(WORK / "pyinstaller"), str(spec)], cwd=ROOT, check=True)
    problems, _report = self_test_problems([str(BUNDLE / "acupressure-desktop.exe")])
    if problems:
        print("The bundle's self-test failed:\n  " + "\n  ".join(problems))
        return 1
    print(f"bundle: {BUNDLE} passed its self-test")
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup not found: the installer was not built (the app folder is ready)")
        return 0
    script = ROOT / "packaging" / "windows" / "acupressure-desktop.iss"
    defines = [f"/DAppVersion={__version__}", f"/DSourceDir={BUNDLE}", f"/DIconFile={icon}", f"/DOutputDir={DIST}"]
    subprocess.run([iscc, *defines, str(script)], check=True)
    print(f"installer: {DIST}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
