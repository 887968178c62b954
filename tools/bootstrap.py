#!/usr/bin/env python3
"""Set up a local environment for Acupressure Desktop, then run the app or the test suite.

    python3 tools/bootstrap.py run     # set up and launch the app
    python3 tools/bootstrap.py test    # set up and run every check and test

Uses only the standard library, so it works on a fresh machine with nothing but Python 3.11+.
As root on Debian/Ubuntu it installs the system libraries Qt needs with apt-get; otherwise it
prints the one-line apt-get command to run.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
STAMP = VENV / ".setup-stamp"

# Libraries the Qt xcb/offscreen platforms load at run time, with the Debian/Ubuntu packages
# that provide them.
QT_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11-xcb.so.1": "libx11-xcb1",
}
# Not needed to start, but what makes the app read and sound right: a font with Chinese
# characters, and the audio library the sound cues play through.
EXTRA_PACKAGES = ["fonts-noto-cjk", "libpulse0"]


def say(message: str) -> None:
    print(f"[bootstrap] {message}", flush=True)


def missing_libraries() -> list[str]:
    if not sys.platform.startswith("linux") or not shutil.which("ldconfig"):
        return []
    known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    return sorted({pkg for lib, pkg in QT_LIBRARIES.items() if lib not in known})


def missing_packages(names: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for name in names:
        result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True, check=False)
        if "install ok installed" not in result.stdout:
            missing.append(name)
    return missing


def venv_works() -> bool:
    try:
        import ensurepip  # noqa: F401
        import venv  # noqa: F401
    except ImportError:
        return False
    return True


def ensure_system_packages(with_extras: bool) -> None:
    packages = missing_libraries()
    if not venv_works():
        packages.append(f"python3.{sys.version_info.minor}-venv")
    if with_extras:
        packages += missing_packages(EXTRA_PACKAGES)
    if not packages:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing system packages: " + " ".join(packages))
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        subprocess.run(command, check=True, env=env)
        return
    say("some system packages are missing. Install them with:")
    print("    sudo " + " ".join(command), flush=True)
    if not venv_works():
        sys.exit("[bootstrap] cannot create a virtual environment until python3-venv is installed")


def fingerprint() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for name in ("pyproject.toml", "constraints.txt"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    python = venv_python()
    if not python.exists():
        say(f"creating a virtual environment in {VENV}")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    wanted = fingerprint()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        say("installing the app and its pinned dependencies")
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "-c", str(ROOT / "constraints.txt"), "-e", f"{ROOT}[test]"], check=True)
        STAMP.write_text(wanted)
    return python


def run_tests(python: Path) -> int:
    env = dict(os.environ)
    # Widget tests draw offscreen: they must pass with no display at all.
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    bin_dir = python.parent
    steps = [
        ("architecture contracts", [str(bin_dir / "lint-imports"), "--no-cache"]),
        ("ruff", [str(bin_dir / "ruff"), "check", "src", "tests", "bench", "tools", "packaging"]),
        ("mypy", [str(bin_dir / "mypy")]),
        ("pytest", [str(python), "-m", "pytest", *sys.argv[2:]]),
    ]
    for name, command in steps:
        say(f"running {name}")
        result = subprocess.run(command, cwd=ROOT, env=env, check=False)
        if result.returncode != 0:
            say(f"{name} failed (exit code {result.returncode})")
            return result.returncode
    return 0


def main() -> int:
    if sys.version_info < (3, 11):
        sys.exit("[bootstrap] Acupressure Desktop needs Python 3.11 or newer")
    task = sys.argv[1] if len(sys.argv) > 1 else ""
    if task not in ("run", "test"):
        print(__doc__)
        return 2
    ensure_system_packages(with_extras=task == "run")
    python = ensure_venv()
    if task == "test":
        return run_tests(python)
    return subprocess.run([str(python), "-m", "acupressure_desktop", *sys.argv[2:]], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
