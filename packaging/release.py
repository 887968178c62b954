#!/usr/bin/env python3
"""Build the bundle, check it, and pack it as a Debian package and a tarball; print the sizes.

Run by ``python3 tools/bootstrap.py package`` with the packaging environment. Fails when a step
fails, when the bundle's self-test finds a problem, or when the bundle outgrows its size budget.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

from build import BUNDLE, folder_size  # noqa: E402
from self_test_check import self_test_problems  # noqa: E402

SIZE_BUDGET_MB = 150


def step(script: str) -> None:
    print(f"[release] {script}", flush=True)
    subprocess.run([sys.executable, str(PACKAGING / script)], cwd=ROOT, check=True)


def main() -> int:
    print("[release] compiling the translations", flush=True)
    subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "compile"], cwd=ROOT, check=True)
    step("build.py")
    problems, report = self_test_problems([str(BUNDLE / "acupressure-desktop")])
    if problems:
        print("[release] the bundle's self-test failed:\n  " + "\n  ".join(problems))
        return 1
    print(f"[release] bundle self-test passed ({len(report['checks'])} checks)")
    size_mb = folder_size(BUNDLE) / 1024 / 1024
    step("build_deb.py")
    step("build_tarball.py")
    packages = sorted((ROOT / "dist").glob("acupressure-desktop*.deb")) + sorted(
        (ROOT / "dist").glob("acupressure-desktop-*.tar.gz")
    )
    print(f"[release] bundle folder: {size_mb:.0f} MB (budget {SIZE_BUDGET_MB} MB)")
    for package in packages:
        print(f"[release] {package.name}: {package.stat().st_size / 1024 / 1024:.0f} MB")
    if size_mb > SIZE_BUDGET_MB:
        print(f"[release] the bundle is over its budget by {size_mb - SIZE_BUDGET_MB:.0f} MB")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
