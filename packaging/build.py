#!/usr/bin/env python3
"""Build the one-folder bundle into dist/acupressure-desktop and print its size.

Run by ``python3 tools/bootstrap.py package``, which prepares the packaging environment.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "acupressure-desktop"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def strip_libraries(internal: Path) -> None:
    """Drop symbol tables from the bundle's shared libraries.

    The PyPI numpy wheel carries OpenBLAS, which stops loading once stripped; the bundle is built
    with numpy compiled without BLAS (tools/bootstrap.py package), so nothing is exempt, but a
    library that refuses to strip is left as it is.
    """
    tool = shutil.which("strip")
    if tool is None:
        print("strip not found; the bundle keeps its symbol tables")
        return
    targets = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    for target in targets:
        subprocess.run([tool, "--strip-unneeded", str(target)], check=False, capture_output=True)


def main() -> int:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(DIST),
        "--workpath",
        str(ROOT / "build" / "pyinstaller"),
        str(ROOT / "packaging" / "acupressure-desktop.spec"),
    ]
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode:
        return result.returncode
    strip_libraries(BUNDLE / "_internal")
    size = folder_size(BUNDLE)
    print(f"bundle: {BUNDLE} ({size / 1024 / 1024:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
