"""The unit tests exercise the domain packages alone: importing them never loads Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

UNIT = Path(__file__).parent

PROBE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "pytestqt")
                or m.startswith("acupressure_desktop.ui"))
print("\\n".join(loaded))
"""


def test_no_unit_test_module_imports_qt_or_widgets() -> None:
    modules = [f"tests.unit.{p.stem}" for p in sorted(UNIT.glob("test_*.py"))]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *modules],
        cwd=UNIT.parents[1],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.strip() == "", f"loaded by tests/unit: {result.stdout.split()}"
