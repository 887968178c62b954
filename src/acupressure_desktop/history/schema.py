"""The database schema as numbered migrations; ``PRAGMA user_version`` says how far a file is."""

from __future__ import annotations

# Each entry moves a database from version N to N+1. Never edit a released step: add a new one.
MIGRATIONS: tuple[str, ...] = (
    # 1: sessions
    """
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        point_code TEXT NOT NULL,
        protocol TEXT NOT NULL,
        sides TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL
            CHECK (status IN ('in_progress', 'completed', 'stopped', 'interrupted')),
        purpose TEXT,
        before_rating INTEGER CHECK (before_rating BETWEEN 0 AND 10),
        after_rating INTEGER CHECK (after_rating BETWEEN 0 AND 10),
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX sessions_by_point ON sessions (point_code, started_at);
    CREATE INDEX sessions_by_start ON sessions (started_at);
    """,
    # 2: the phases of each session, planned and actual
    """
    CREATE TABLE session_phases (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        side TEXT NOT NULL,
        planned_s REAL NOT NULL,
        actual_s REAL NOT NULL,
        PRIMARY KEY (session_id, position)
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
