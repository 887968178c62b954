"""Size of the installed bundle (the PyInstaller folder in dist/), with the whole atlas in it.

Build it first with ``python3 tools/bootstrap.py package`` (the test command builds it too).
Baseline, in the same run: the Qt libraries the bundle carries, which the app cannot shrink.
Target: the bundle at most 150 MB; exits 1 when it is bigger or missing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench_support import Verdict

BUNDLE = Path(__file__).resolve().parents[1] / "dist" / "acupressure-desktop"
LIMIT_MB = 150.0


def size_mb(folder: Path, pattern: str = "*") -> float:
    return sum(p.stat().st_size for p in folder.rglob(pattern) if p.is_file() and not p.is_symlink()) / 1e6


def main() -> int:
    if not BUNDLE.is_dir():
        print(f"no bundle at {BUNDLE}; build it with: python3 tools/bootstrap.py package")
        return 1
    total = size_mb(BUNDLE)
    qt = size_mb(BUNDLE, "libQt6*")
    shipped = BUNDLE / "_internal" / "acupressure_desktop" / "resources"
    resources = size_mb(shipped) if shipped.is_dir() else 0.0
    print(f"bundle {total:.1f} MB: Qt libraries {qt:.1f} MB, the app's resources {resources:.1f} MB")
    verdict = Verdict("bundle size")
    verdict.check("bundle", total, LIMIT_MB, " MB")
    verdict.ratio("bundle / its Qt libraries", total, qt)
    return verdict.finish()


if __name__ == "__main__":
    sys.exit(main())
