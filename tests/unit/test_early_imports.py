"""The modules a start imports before Qt exist and stay free of Qt."""

from __future__ import annotations

import subprocess
import sys

from acupressure_desktop.early_imports import EARLY_MODULES


def test_every_early_module_imports_without_bringing_qt_with_it() -> None:
    code = (
        "import sys\n"
        "from acupressure_desktop.early_imports import import_early\n"
        "import_early()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_early_list_names_the_data_and_history_packages() -> None:
    assert {"acupressure_desktop.catalog.catalog_cache", "acupressure_desktop.history"} <= set(EARLY_MODULES)
