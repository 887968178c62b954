"""The command line answers --version and --help without a display."""

import os
import subprocess
import sys
import time
from pathlib import Path

from acupressure_desktop import __version__
from acupressure_desktop.app import parse_args


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "acupressure_desktop", *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_version_prints_the_version() -> None:
    result = run_module("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Acupressure Desktop {__version__}"


def test_help_describes_the_app() -> None:
    result = run_module("--help")
    assert result.returncode == 0
    assert "acupressure points" in result.stdout
    assert "--version" in result.stdout


def test_version_does_not_load_qt() -> None:
    code = "import sys; from acupressure_desktop.app import parse_args; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "False"


def test_qt_options_are_passed_through() -> None:
    _options, rest = parse_args(["-platform", "offscreen"])
    assert rest == ["-platform", "offscreen"]


def test_the_self_test_passes_and_prints_one_json_report() -> None:
    import json

    result = run_module("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    names = [c["check"] for c in report["checks"]]
    assert names == [
        "qt platform",
        "resources",
        "catalog",
        "diagrams",
        "translations",
        "database",
        "main window",
        "session view and plot",
        "history view and charts",
        "sound",
    ]
    assert "ModuleNotFoundError" not in result.stderr


def test_a_second_launch_hands_over_to_the_running_app_and_exits(tmp_path: Path) -> None:
    env = {**os.environ, "ACUPRESSURE_DESKTOP_HOME": str(tmp_path)}
    command = [sys.executable, "-m", "acupressure_desktop"]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        log_file = tmp_path / "logs" / "acupressure-desktop.log"
        deadline = time.monotonic() + 30
        while not (tmp_path / "data" / "running.lock").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
        assert second.returncode == 0, second.stderr
        assert first.poll() is None, "the first copy must keep running"
        assert "asked to come to the front" in log_file.read_text(encoding="utf-8")
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_measure_startup_reports_both_stages_and_quits(tmp_path: Path) -> None:
    env = {**os.environ, "ACUPRESSURE_DESKTOP_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "acupressure_desktop", "--measure-startup"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["first-paint", "map-ready"]
    assert result.stderr == ""
