"""Checks an opened history against what its migrations build, and rebuilds the parts that are derived.

The expected tables, columns, indexes and triggers come from running the migrations on an empty
in-memory database, so the check can never drift from the schema itself. A file that passes
``quick_check`` may still lack a table (edited by hand, half restored, damaged by a sync tool);
found on open, that is a clear choice between repairing and starting afresh instead of an error in
the middle of a session.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from acupressure_desktop.history.schema import DERIVED_TABLES, MIGRATIONS, statements


class DamagedHistoryError(sqlite3.DatabaseError):
    """The file lacks parts that hold the user's own data: it cannot be repaired, only kept aside."""


@dataclass(frozen=True)
class Schema:
    """Tables with their columns, and the SQL that creates each table, index and trigger."""

    columns: Mapping[str, tuple[str, ...]]
    tables: Mapping[str, str]
    indexes: Mapping[str, str]
    triggers: Mapping[str, str]


@dataclass(frozen=True)
class SchemaProblems:
    """What an opened file lacks, sorted by what can be done about it."""

    lost: tuple[str, ...] = ()  # parts holding the user's data: the file is damaged
    stale: tuple[str, ...] = ()  # derived tables to rebuild from the sessions
    indexes: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()

    @property
    def repairable(self) -> bool:
        return bool(self.stale or self.indexes or self.triggers)

    def describe(self) -> str:
        return ", ".join(self.lost)


@functools.cache
def expected_schema(version: int) -> Schema:
    """What the migrations up to ``version`` build."""
    db = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            for statement in statements(script):
                db.execute(statement)
        return read_schema(db)
    finally:
        db.close()


def read_schema(db: sqlite3.Connection) -> Schema:
    """What the main database of ``db`` holds (SQLite's own internal objects left out)."""
    objects: dict[str, dict[str, str]] = {"table": {}, "index": {}, "trigger": {}}
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite^_%' ESCAPE '^'"
    ).fetchall()
    for kind, name, sql in rows:
        if kind in objects:
            objects[kind][name] = sql
    columns = {
        table: tuple(str(row[0]) for row in db.execute("SELECT name FROM pragma_table_info(?, 'main')", (table,)))
        for table in objects["table"]
    }
    return Schema(columns, objects["table"], objects["index"], objects["trigger"])


def check_schema(db: sqlite3.Connection, version: int) -> SchemaProblems:
    """Every table, column, index and trigger that a file at ``version`` should have, looked for."""
    expected, found = expected_schema(version), read_schema(db)
    lost: list[str] = []
    stale: list[str] = []
    for table, columns in expected.columns.items():
        present = found.columns.get(table)
        missing = (
            (f"the table {table}",)
            if present is None
            else tuple(f"the column {table}.{column}" for column in columns if column not in present)
        )
        if not missing:
            continue
        if table in DERIVED_TABLES and fill_statement(version, table) is not None:
            stale.append(table)
        else:
            lost.extend(missing)
    triggers = tuple(name for name in expected.triggers if name not in found.triggers)
    for name in triggers:
        # While a trigger that keeps a summary current was gone, the summary fell behind.
        for table in _fed_by(expected.triggers[name]):
            if table not in stale and fill_statement(version, table) is not None:
                stale.append(table)
    indexes = tuple(name for name in expected.indexes if name not in found.indexes)
    return SchemaProblems(tuple(lost), tuple(stale), indexes, triggers)


def repair_schema(db: sqlite3.Connection, version: int, problems: SchemaProblems) -> None:
    """Rebuild stale summaries from the sessions and recreate missing indexes and triggers.

    The caller holds a write transaction, so a repair is all or nothing.
    """
    expected = expected_schema(version)
    for table in problems.stale:
        db.execute(f'DROP TABLE IF EXISTS "{table}"')
        db.execute(expected.tables[table])
        db.execute(_fill(version, table))
    # Read again: dropping a table also dropped the indexes on it.
    found = read_schema(db)
    for name, sql in expected.indexes.items():
        if name not in found.indexes:
            db.execute(sql)
    for name, sql in expected.triggers.items():
        if name not in found.triggers:
            db.execute(sql)


def rebuild_for_reading(db: sqlite3.Connection, version: int, problems: SchemaProblems) -> None:
    """For a file that cannot be written: stale summaries rebuilt as temporary tables, which hide
    the stored ones for this connection only, so charts still read right."""
    expected = expected_schema(version)
    for table in problems.stale:
        db.execute(re.sub(r"^\s*CREATE\s+TABLE", "CREATE TEMP TABLE", expected.tables[table], flags=re.IGNORECASE))
        db.execute(_fill(version, table))


def fill_statement(version: int, table: str) -> str | None:
    """The latest migration statement that fills a derived table from the sessions."""
    starts = re.compile(rf"INSERT\s+INTO\s+{re.escape(table)}\b", re.IGNORECASE)
    fills = [s for script in MIGRATIONS[:version] for s in statements(script) if starts.match(s)]
    return fills[-1] if fills else None


def _fill(version: int, table: str) -> str:
    statement = fill_statement(version, table)
    if statement is None:
        raise DamagedHistoryError(f"no way to rebuild {table}")
    return statement


def _fed_by(trigger_sql: str) -> tuple[str, ...]:
    return tuple(t for t in DERIVED_TABLES if re.search(rf"\b{re.escape(t)}\b", trigger_sql))
