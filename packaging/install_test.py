#!/usr/bin/env python3
"""Install the built packages as a user would and check the app works, then remove them cleanly.

Needs root on Debian/Ubuntu (dpkg), Xvfb, xdotool and ImageMagick. For the .deb: install with
dpkg, validate the desktop entry and metainfo, run the launcher's --self-test, start the app from
the desktop entry's Exec line on a virtual screen, screenshot it, launch it a second time (the
first window must stay the only one), quit with Ctrl+Q, remove with dpkg -r and check that no file
of the package is left while the user's data stays. For the tarball: install.sh into a fresh home,
--self-test, uninstall.sh, nothing left.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "src"))

from self_test_check import self_test_problems  # noqa: E402

from acupressure_desktop import APP_ID, APP_NAME  # noqa: E402

DIST = ROOT / "dist"
EVIDENCE = DIST / "install-test"
PACKAGE = "acupressure-desktop"
DESKTOP_FILE = Path("/usr/share/applications") / f"{APP_ID}.desktop"
METAINFO = Path("/usr/share/metainfo") / f"{APP_ID}.metainfo.xml"
DISPLAY = ":87"
MIN_COLOURS = 64  # a blank or half-drawn screen has a handful


class CheckFailedError(Exception):
    """One check of the install test did not hold."""


def say(message: str) -> None:
    print(f"[install-test] {message}", flush=True)


def run(*command: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, check=False)


def require(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailedError(message)


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.25)
    raise CheckFailedError(f"timed out waiting for {what}")


def user_env(home: Path) -> dict[str, str]:
    """A fresh desktop user: own home, the virtual screen, no test-only Qt settings."""
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TZ")}
    # The runtime folder (sockets, the sound server's files) lives outside the home, as on a desktop.
    runtime = home.parent / f"{home.name}-runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {**keep, "HOME": str(home), "DISPLAY": DISPLAY, "XDG_RUNTIME_DIR": str(runtime)}


def exec_line(desktop_file: Path) -> list[str]:
    """The desktop entry's Exec command, without the field codes a launcher would expand."""
    for line in desktop_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            return [part for part in shlex.split(line[5:]) if not part.startswith("%")]
    raise CheckFailedError(f"{desktop_file} has no Exec line")


def app_windows(env: dict[str, str]) -> list[str]:
    found = run("xdotool", "search", "--onlyvisible", "--name", f"^{APP_NAME}$", env=env)
    return found.stdout.split()


def check_self_test(command: list[str], env: dict[str, str]) -> None:
    problems, report = self_test_problems(command, env)
    require(not problems, "self-test: " + "; ".join(problems))
    say(f"self-test passed: {len(report['checks'])} checks, frozen={report['frozen']}")


def screenshot_is_the_app(env: dict[str, str], name: str) -> Path:
    shot = EVIDENCE / name
    require(run("import", "-window", "root", str(shot), env=env).returncode == 0, "the screenshot failed")
    colours = run("convert", str(shot), "-format", "%k", "info:").stdout.strip()
    require(colours.isdigit() and int(colours) >= MIN_COLOURS, f"the screen looks blank ({colours} colours)")
    [window] = app_windows(env)
    geometry = run("xdotool", "getwindowgeometry", "--shell", window, env=env).stdout
    size = dict(line.split("=", 1) for line in geometry.split())
    require(int(size["WIDTH"]) >= 600 and int(size["HEIGHT"]) >= 400, f"the window is too small: {size}")
    say(f"screenshot {shot} ({colours} colours, window {size['WIDTH']}x{size['HEIGHT']})")
    return shot


def start_xvfb() -> subprocess.Popen[bytes]:
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
    wait_for(lambda: run("xdotool", "getdisplaygeometry", env={"DISPLAY": DISPLAY}).returncode == 0, 20, "Xvfb")
    return server


def gui_round_trip(command: list[str], home: Path) -> None:
    """Start from the menu's command, check the window, launch again, quit with Ctrl+Q."""
    env = user_env(home)
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for(lambda: len(app_windows(env)) == 1, 60, "the app's window")
        history = home / ".local" / "share" / PACKAGE / "history.sqlite3"
        wait_for(history.exists, 60, "the history to open (the map and sessions are attached)")
        time.sleep(1.5)
        screenshot_is_the_app(env, "first-launch.png")

        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
        require(second.returncode == 0, f"the second launch failed: {second.stdout}{second.stderr}")
        require(first.poll() is None, "the first copy stopped when the second was launched")
        require(len(app_windows(env)) == 1, "a second launch opened another window")
        say("a second launch handed over to the running window and exited")

        # A new user meets the safety screen first; "Skip for now" (Escape) lets them look around.
        screens = run("xdotool", "search", "--onlyvisible", "--name", "safety first", env=env).stdout.split()
        require(len(screens) == 1, "the first start did not show the safety screen")
        # Without a window manager a click gives a window the keyboard.
        run("xdotool", "mousemove", "--window", screens[0], "300", "20", "click", "1", env=env)
        run("xdotool", "key", "Escape", env=env)
        wait_for(
            lambda: not run("xdotool", "search", "--onlyvisible", "--name", "safety first", env=env).stdout,
            10,
            "the safety screen to close",
        )
        say("the first start showed the safety screen; Escape skipped it")
        [window] = app_windows(env)
        run("xdotool", "mousemove", "--window", window, "600", "300", "click", "1", env=env)
        run("xdotool", "key", "ctrl+q", env=env)
        code = first.wait(timeout=30)
        output = first.stdout.read() if first.stdout else ""
        require(code == 0, f"the app exited with code {code} after Ctrl+Q:\n{output}")
        for marker in ("Traceback", "ModuleNotFoundError", "could not find or load the Qt platform plugin"):
            require(marker not in output, f"the app's output mentions '{marker}':\n{output}")
        say("quit with Ctrl+Q, exit code 0")
    finally:
        if first.poll() is None:
            first.kill()
        first.communicate()


def test_deb(home: Path) -> None:
    [deb] = sorted(DIST.glob(f"{PACKAGE}_*.deb"))
    installed = run("dpkg", "-i", str(deb), timeout=300)
    if installed.returncode != 0:
        say("dpkg -i needs dependencies; letting apt-get install them")
        fixed = run("apt-get", "install", "-f", "-y", "--no-install-recommends", timeout=900)
        require(fixed.returncode == 0, f"the package could not be installed:\n{installed.stderr}{fixed.stderr}")
    say(f"installed {deb.name}")
    files = [Path(p) for p in run("dpkg", "-L", PACKAGE).stdout.splitlines() if p.strip()]
    require(Path("/opt/acupressure-desktop/acupressure-desktop") in files, "the bundle is not under /opt")
    if shutil.which("desktop-file-validate"):
        result = run("desktop-file-validate", str(DESKTOP_FILE))
        require(result.returncode == 0 and not result.stdout.strip(), f"desktop entry: {result.stdout}")
    if shutil.which("appstreamcli"):
        result = run("appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO))
        remarks = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:", "I:", "P:")]
        require(result.returncode == 0 and not remarks, f"metainfo: {result.stdout}{result.stderr}")
    say("desktop entry and metainfo validate")
    check_self_test(["acupressure-desktop"], user_env(home))
    gui_round_trip(exec_line(DESKTOP_FILE), home)

    removed = run("dpkg", "-r", PACKAGE, timeout=300)
    require(removed.returncode == 0, f"dpkg -r failed: {removed.stderr}")
    left = [str(p) for p in files if (p.is_file() or p.is_symlink())]
    require(not left, "files left after dpkg -r: " + ", ".join(left[:10]))
    require(not Path("/opt/acupressure-desktop").exists(), "/opt/acupressure-desktop is left after dpkg -r")
    require((home / ".local" / "share" / PACKAGE / "history.sqlite3").exists(), "the user's history was removed")
    say("dpkg -r removed every file of the package; the user's history stays")


def test_tarball(work: Path) -> None:
    [tarball] = sorted(DIST.glob(f"{PACKAGE}-*-linux-*.tar.gz"))
    with tarfile.open(tarball) as archive:
        archive.extractall(work / "unpacked", filter="tar")
    [folder] = list((work / "unpacked").iterdir())
    home = work / "home"
    home.mkdir()
    before = set(home.rglob("*"))
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    result = run("sh", str(folder / "install.sh"), env=env, timeout=300)
    require(result.returncode == 0, f"install.sh failed: {result.stdout}{result.stderr}")
    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    require(entry.is_file(), "install.sh wrote no menu entry")
    command = exec_line(entry)
    check_self_test(command, user_env(home))
    app_dir = home / ".local" / "lib" / PACKAGE
    result = run("sh", str(app_dir / "uninstall.sh"), env=env, timeout=300)
    require(result.returncode == 0, f"uninstall.sh failed: {result.stdout}{result.stderr}")
    left = [p for p in set(home.rglob("*")) - before if p.name != "mimeinfo.cache"]
    require(not left, "files left after uninstall.sh: " + ", ".join(map(str, left[:10])))
    require(not app_dir.exists(), "the app folder is left after uninstall.sh")
    say("tarball: install.sh, --self-test and uninstall.sh work and leave nothing behind")


def main() -> int:
    if os.geteuid() != 0 or not shutil.which("dpkg"):
        say("skipped: needs root on Debian or Ubuntu")
        return 0
    EVIDENCE.mkdir(parents=True, exist_ok=True)
    xvfb = start_xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="acupressure-install-test-") as work:
            home = Path(work) / "deb-home"
            home.mkdir()
            test_deb(home)
            test_tarball(Path(work))
    except CheckFailedError as failure:
        say(f"FAILED: {failure}")
        return 1
    finally:
        xvfb.terminate()
        xvfb.wait()
    say("all install checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
