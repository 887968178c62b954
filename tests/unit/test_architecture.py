"""Only the history package holds a database connection.

Importing ``sqlite3`` elsewhere is refused by import-linter (see pyproject.toml); this catches what
an import graph cannot see: code outside ``history`` reaching into a connection it was not given.
"""

from __future__ import annotations

import ast
from pathlib import Path

import acupressure_desktop

PACKAGE = Path(acupressure_desktop.__file__).parent
HISTORY = PACKAGE / "history"
CONNECTION_NAMES = frozenset({"connection", "_db"})


def connection_reads(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno} reads .{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in CONNECTION_NAMES
    ]


def test_nothing_outside_the_history_reads_a_connection() -> None:
    outside = [p for p in sorted(PACKAGE.rglob("*.py")) if not p.is_relative_to(HISTORY)]
    assert outside, "no modules found: the package moved?"
    found = [line for path in outside for line in connection_reads(path)]
    assert found == []
