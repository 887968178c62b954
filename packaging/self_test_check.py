"""Run an installed or bundled app's ``--self-test`` and say what is wrong with it, if anything."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from typing import Any

# Words in the output that mean the bundle is incomplete even if every check claims to pass.
FORBIDDEN = (
    "ModuleNotFoundError",
    "ImportError",
    "could not find or load the Qt platform plugin",
    "ResourcesNotFoundError",
    "Traceback (most recent call last)",
)


def self_test_problems(command: Sequence[str], env: dict[str, str] | None = None) -> tuple[list[str], dict[str, Any]]:
    """Problems found (empty when all is well) and the JSON report."""
    result = subprocess.run(
        [*command, "--self-test"], capture_output=True, text=True, timeout=300, env=env, check=False
    )
    problems: list[str] = []
    report: dict[str, Any] = {}
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        problems.append("the self-test printed no JSON report")
    if result.returncode != 0:
        problems.append(f"the self-test exited with code {result.returncode}")
    for check in report.get("checks", []):
        if not check.get("ok"):
            problems.append(f"check '{check.get('check')}' failed: {check.get('detail')}")
    output = result.stdout + result.stderr
    problems += [f"the output mentions '{marker}'" for marker in FORBIDDEN if marker in output]
    if problems and result.stderr.strip():
        problems.append("stderr:\n" + result.stderr.strip())
    return problems, report
