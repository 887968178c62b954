"""The command line answers --version and --help without a display."""

import subprocess
import sys

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
