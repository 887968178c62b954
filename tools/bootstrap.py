#!/usr/bin/env python3
"""Set up a local environment for Acupressure Desktop, then run the app or the test suite.

    python3 tools/bootstrap.py run     # set up and launch the app
    python3 tools/bootstrap.py test    # set up and run every check and test
    python3 tools/bootstrap.py package # build the bundle, .deb and tarball, and check them

With CI=true (as in continuous integration) "test" also runs "package". As root on Debian/Ubuntu,
"package" then installs the .deb and the tarball and checks the installed app on a virtual screen.

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
# The bundle is built in an environment of its own: the app, PyInstaller, and numpy compiled
# without BLAS (the PyPI wheel brings 27 MB of OpenBLAS that pyqtgraph's small plots never use).
PACKAGING_VENV = ROOT / ".venv-packaging"
WHEELS = ROOT / "build" / "wheels"
NUMPY_WITHOUT_BLAS = ["-Csetup-args=-Dallow-noblas=true", "-Csetup-args=-Dblas=none", "-Csetup-args=-Dlapack=none"]
# Command -> Debian package, for building the packages and for the install test.
PACKAGING_TOOLS = {"strip": "binutils", "readelf": "binutils", "g++": "g++", "dpkg-deb": "dpkg"}
INSTALL_TEST_TOOLS = {
    "Xvfb": "xvfb",
    "xdotool": "xdotool",
    "import": "imagemagick",
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
}
# The sync end-to-end test runs two real Syncthing instances; CI must not skip it.
SYNC_TEST_TOOLS = {"syncthing": "syncthing"}

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


def apt_install(packages: list[str], what: str) -> bool:
    """Install with apt-get when root; otherwise print the command. True if installed."""
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say(f"installing {what}: " + " ".join(packages))
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        subprocess.run(command, check=True, env=env)
        return True
    say(f"some {what} are missing. Install them with:")
    print("    sudo " + " ".join(command), flush=True)
    return False


def ensure_system_packages(with_extras: bool) -> None:
    packages = missing_libraries()
    if not venv_works():
        packages.append(f"python3.{sys.version_info.minor}-venv")
    if with_extras:
        packages += missing_packages(EXTRA_PACKAGES)
    if packages and not apt_install(packages, "system packages") and not venv_works():
        sys.exit("[bootstrap] cannot create a virtual environment until python3-venv is installed")


def ensure_tools(tools: dict[str, str]) -> None:
    packages = sorted({package for command, package in tools.items() if not shutil.which(command)})
    if packages and not apt_install(packages, "tools"):
        sys.exit(1)


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


def pinned_version(name: str) -> str:
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if line.lower().startswith(f"{name}=="):
            return line.split("==", 1)[1].strip()
    raise SystemExit(f"[bootstrap] constraints.txt pins no {name}")


def numpy_wheel(python: Path) -> Path:
    version = pinned_version("numpy")
    built = sorted(WHEELS.glob(f"numpy-{version}-*.whl"))
    if built:
        return built[0]
    say(f"building numpy {version} without BLAS for the bundle (several minutes, once per machine)")
    command = [str(python), "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-binary", "numpy", "-w", str(WHEELS)]
    subprocess.run([*command, *NUMPY_WITHOUT_BLAS, f"numpy=={version}"], check=True)
    return sorted(WHEELS.glob(f"numpy-{version}-*.whl"))[0]


def ensure_packaging_venv() -> Path:
    python = PACKAGING_VENV / "bin" / "python"
    if not python.exists():
        say(f"creating the packaging environment in {PACKAGING_VENV}")
        subprocess.run([sys.executable, "-m", "venv", str(PACKAGING_VENV)], check=True)
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
    stamp = PACKAGING_VENV / ".setup-stamp"
    wheel = numpy_wheel(python)
    wanted = fingerprint() + wheel.name
    if not stamp.exists() or stamp.read_text() != wanted:
        say("installing the app, PyInstaller and numpy without BLAS into the packaging environment")
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "--force-reinstall", "--no-deps", str(wheel)], check=True)
        subprocess.run([*pip, "-c", str(ROOT / "constraints.txt"), "-e", f"{ROOT}[packaging]"], check=True)
        stamp.write_text(wanted)
    return python


def package() -> int:
    """Build and check the bundle, the .deb and the tarball; as root, also install and test them."""
    ensure_system_packages(with_extras=False)
    ensure_tools(PACKAGING_TOOLS)
    python = ensure_packaging_venv()
    say("building the bundle, the Debian package and the tarball")
    result = subprocess.run([str(python), str(ROOT / "packaging" / "release.py")], cwd=ROOT, check=False)
    if result.returncode != 0:
        say(f"packaging failed (exit code {result.returncode})")
        return result.returncode
    if os.geteuid() != 0 or not shutil.which("dpkg"):
        say("the install test needs root on Debian/Ubuntu; skipped")
        return 0
    ensure_tools(INSTALL_TEST_TOOLS)
    say("installing the packages and testing the installed app")
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "install_test.py")], cwd=ROOT, check=False)
    if result.returncode != 0:
        say(f"the install test failed (exit code {result.returncode})")
    return result.returncode


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
    if task not in ("run", "test", "package"):
        print(__doc__)
        return 2
    if task == "package":
        return package()
    ensure_system_packages(with_extras=task == "run")
    python = ensure_venv()
    # The interface's translations are compiled from translations/*.ts, never kept compiled in git.
    subprocess.run([str(python), str(ROOT / "tools" / "translations.py"), "compile"], cwd=ROOT, check=True)
    if task == "test":
        if os.environ.get("CI", "").lower() == "true":
            # The desktop metadata tests run the freedesktop validators and the sync test runs Syncthing;
            # CI must not skip them.
            validators = {k: INSTALL_TEST_TOOLS[k] for k in ("desktop-file-validate", "appstreamcli")}
            ensure_tools(validators | SYNC_TEST_TOOLS)
        result = run_tests(python)
        if result == 0 and os.environ.get("CI", "").lower() == "true":
            return package()
        return result
    return subprocess.run([str(python), "-m", "acupressure_desktop", *sys.argv[2:]], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
