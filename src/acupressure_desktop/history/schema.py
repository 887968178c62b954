"""The database schema as numbered migrations; ``PRAGMA user_version`` says how far a file is."""

from __future__ import annotations

import sqlite3

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
    # 3: sortable, filterable copies of values that live inside text: the start as UTC seconds
    # (stored times keep their own offset, so text order is not time order), the pressing time,
    # and the protocol kind
    """
    ALTER TABLE sessions ADD COLUMN started_utc REAL NOT NULL DEFAULT 0;
    ALTER TABLE sessions ADD COLUMN actual_s REAL NOT NULL DEFAULT 0;
    ALTER TABLE sessions ADD COLUMN protocol_kind TEXT NOT NULL DEFAULT '';
    UPDATE sessions SET
        started_utc = (julianday(started_at) - 2440587.5) * 86400.0,
        actual_s = COALESCE((SELECT SUM(p.actual_s) FROM session_phases p WHERE p.session_id = sessions.id), 0),
        protocol_kind = COALESCE(json_extract(protocol, '$.kind'), '');
    CREATE INDEX sessions_by_utc ON sessions (started_utc);
    CREATE INDEX sessions_by_point_utc ON sessions (point_code, started_utc);
    """,
    # 4: totals per local day, kept up to date by triggers, so charts read a few hundred rows
    # whatever the size of the history
    """
    CREATE TABLE daily_totals (
        day TEXT PRIMARY KEY,
        sessions INTEGER NOT NULL,
        seconds REAL NOT NULL
    );
    INSERT INTO daily_totals (day, sessions, seconds)
        SELECT date(started_utc, 'unixepoch', 'localtime'), COUNT(*), SUM(actual_s)
        FROM sessions GROUP BY 1;
    CREATE TRIGGER daily_totals_add AFTER INSERT ON sessions BEGIN
        INSERT INTO daily_totals (day, sessions, seconds)
            VALUES (date(NEW.started_utc, 'unixepoch', 'localtime'), 1, NEW.actual_s)
            ON CONFLICT (day) DO UPDATE SET sessions = sessions + 1, seconds = seconds + excluded.seconds;
    END;
    CREATE TRIGGER daily_totals_remove AFTER DELETE ON sessions BEGIN
        UPDATE daily_totals SET sessions = sessions - 1, seconds = seconds - OLD.actual_s
            WHERE day = date(OLD.started_utc, 'unixepoch', 'localtime');
    END;
    """,
    # 5: per symptom and point, how many rated sessions and their summed change, for insights
    # that cost the same for a week of history as for five years
    """
    CREATE TABLE rating_totals (
        purpose TEXT NOT NULL,
        point_code TEXT NOT NULL,
        sessions INTEGER NOT NULL,
        change_sum REAL NOT NULL,
        PRIMARY KEY (purpose, point_code)
    );
    INSERT INTO rating_totals (purpose, point_code, sessions, change_sum)
        SELECT purpose, point_code, COUNT(*), SUM(before_rating - after_rating) FROM sessions
        WHERE purpose IS NOT NULL AND before_rating IS NOT NULL AND after_rating IS NOT NULL
            AND status != 'in_progress'
        GROUP BY purpose, point_code;
    CREATE INDEX sessions_by_purpose ON sessions (purpose, started_utc);
    CREATE TRIGGER rating_totals_add AFTER INSERT ON sessions
    WHEN NEW.purpose IS NOT NULL AND NEW.before_rating IS NOT NULL AND NEW.after_rating IS NOT NULL
        AND NEW.status != 'in_progress'
    BEGIN
        INSERT INTO rating_totals (purpose, point_code, sessions, change_sum)
            VALUES (NEW.purpose, NEW.point_code, 1, NEW.before_rating - NEW.after_rating)
            ON CONFLICT (purpose, point_code) DO UPDATE
            SET sessions = sessions + 1, change_sum = change_sum + excluded.change_sum;
    END;
    CREATE TRIGGER rating_totals_remove AFTER DELETE ON sessions
    WHEN OLD.purpose IS NOT NULL AND OLD.before_rating IS NOT NULL AND OLD.after_rating IS NOT NULL
        AND OLD.status != 'in_progress'
    BEGIN
        UPDATE rating_totals SET sessions = sessions - 1,
            change_sum = change_sum - (OLD.before_rating - OLD.after_rating)
            WHERE purpose = OLD.purpose AND point_code = OLD.point_code;
    END;
    CREATE TRIGGER rating_totals_forget_old AFTER UPDATE OF purpose, before_rating, after_rating, status ON sessions
    WHEN OLD.purpose IS NOT NULL AND OLD.before_rating IS NOT NULL AND OLD.after_rating IS NOT NULL
        AND OLD.status != 'in_progress'
    BEGIN
        UPDATE rating_totals SET sessions = sessions - 1,
            change_sum = change_sum - (OLD.before_rating - OLD.after_rating)
            WHERE purpose = OLD.purpose AND point_code = OLD.point_code;
    END;
    CREATE TRIGGER rating_totals_learn_new AFTER UPDATE OF purpose, before_rating, after_rating, status ON sessions
    WHEN NEW.purpose IS NOT NULL AND NEW.before_rating IS NOT NULL AND NEW.after_rating IS NOT NULL
        AND NEW.status != 'in_progress'
    BEGIN
        INSERT INTO rating_totals (purpose, point_code, sessions, change_sum)
            VALUES (NEW.purpose, NEW.point_code, 1, NEW.before_rating - NEW.after_rating)
            ON CONFLICT (purpose, point_code) DO UPDATE
            SET sessions = sessions + 1, change_sum = change_sum + excluded.change_sum;
    END;
    """,
    # 6: the user's routines (steps as JSON, checked by the Routine model when read) and routine
    # runs; a session pressed as a step of a run points at it
    """
    CREATE TABLE routines (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        purpose TEXT,
        steps TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE routine_runs (
        id TEXT PRIMARY KEY,
        routine_id TEXT NOT NULL,
        routine_name TEXT NOT NULL,
        purpose TEXT,
        started_at TEXT NOT NULL,
        started_utc REAL NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL
            CHECK (status IN ('in_progress', 'completed', 'stopped', 'interrupted')),
        steps_planned INTEGER NOT NULL CHECK (steps_planned > 0),
        steps_done INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX routine_runs_by_utc ON routine_runs (started_utc);
    ALTER TABLE sessions ADD COLUMN routine_run_id TEXT REFERENCES routine_runs (id) ON DELETE SET NULL;
    CREATE INDEX sessions_by_run ON sessions (routine_run_id);
    """,
    # 7: a session can be "shortened" (it reached its end with pressing phases skipped); each keeps
    # its pressing time and whether it counts toward the daily goal (a point held for a minute, a
    # mat for five), and the day totals and insights count only those. SQLite cannot change a
    # CHECK in place, so the table is rebuilt; its phases are kept aside meanwhile, as dropping the
    # old table deletes them through the foreign key.
    """
    CREATE TABLE sessions_v7 (
        id TEXT PRIMARY KEY,
        point_code TEXT NOT NULL,
        protocol TEXT NOT NULL,
        sides TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL
            CHECK (status IN ('in_progress', 'completed', 'shortened', 'stopped', 'interrupted')),
        purpose TEXT,
        before_rating INTEGER CHECK (before_rating BETWEEN 0 AND 10),
        after_rating INTEGER CHECK (after_rating BETWEEN 0 AND 10),
        note TEXT NOT NULL DEFAULT '',
        started_utc REAL NOT NULL DEFAULT 0,
        actual_s REAL NOT NULL DEFAULT 0,
        protocol_kind TEXT NOT NULL DEFAULT '',
        routine_run_id TEXT REFERENCES routine_runs (id) ON DELETE SET NULL,
        pressing_s REAL NOT NULL DEFAULT 0,
        counts INTEGER NOT NULL DEFAULT 0 CHECK (counts IN (0, 1))
    );
    INSERT INTO sessions_v7 (id, point_code, protocol, sides, started_at, ended_at, status, purpose,
            before_rating, after_rating, note, started_utc, actual_s, protocol_kind, routine_run_id, pressing_s)
        SELECT id, point_code, protocol, sides, started_at, ended_at, status, purpose,
            before_rating, after_rating, note, started_utc, actual_s, protocol_kind, routine_run_id,
            COALESCE((SELECT SUM(p.actual_s) FROM session_phases p WHERE p.session_id = sessions.id
                AND p.kind IN ('ramp_up', 'hold', 'ease_off', 'massage', 'settle', 'rest', 'finish')), 0)
        FROM sessions;
    UPDATE sessions_v7 SET status = 'shortened' WHERE status = 'completed' AND EXISTS (
        SELECT 1 FROM session_phases p WHERE p.session_id = sessions_v7.id
            AND p.kind IN ('ramp_up', 'hold', 'ease_off', 'massage', 'settle', 'rest', 'finish')
            AND p.actual_s < p.planned_s - 1);
    UPDATE sessions_v7 SET counts = CASE WHEN protocol_kind = 'mat' THEN pressing_s >= 300 ELSE pressing_s >= 60 END;
    CREATE TABLE session_phases_kept AS SELECT * FROM session_phases;
    DROP TABLE sessions;
    ALTER TABLE sessions_v7 RENAME TO sessions;
    DELETE FROM session_phases;
    INSERT INTO session_phases SELECT * FROM session_phases_kept;
    DROP TABLE session_phases_kept;
    CREATE INDEX sessions_by_point ON sessions (point_code, started_at);
    CREATE INDEX sessions_by_start ON sessions (started_at);
    CREATE INDEX sessions_by_utc ON sessions (started_utc);
    CREATE INDEX sessions_by_point_utc ON sessions (point_code, started_utc);
    CREATE INDEX sessions_by_purpose ON sessions (purpose, started_utc);
    CREATE INDEX sessions_by_run ON sessions (routine_run_id);
    DELETE FROM daily_totals;
    INSERT INTO daily_totals (day, sessions, seconds)
        SELECT date(started_utc, 'unixepoch', 'localtime'), SUM(counts), SUM(pressing_s)
        FROM sessions GROUP BY 1;
    CREATE TRIGGER daily_totals_add AFTER INSERT ON sessions BEGIN
        INSERT INTO daily_totals (day, sessions, seconds)
            VALUES (date(NEW.started_utc, 'unixepoch', 'localtime'), NEW.counts, NEW.pressing_s)
            ON CONFLICT (day) DO UPDATE
            SET sessions = sessions + excluded.sessions, seconds = seconds + excluded.seconds;
    END;
    CREATE TRIGGER daily_totals_remove AFTER DELETE ON sessions BEGIN
        UPDATE daily_totals SET sessions = sessions - OLD.counts, seconds = seconds - OLD.pressing_s
            WHERE day = date(OLD.started_utc, 'unixepoch', 'localtime');
    END;
    DELETE FROM rating_totals;
    INSERT INTO rating_totals (purpose, point_code, sessions, change_sum)
        SELECT purpose, point_code, COUNT(*), SUM(before_rating - after_rating) FROM sessions
        WHERE purpose IS NOT NULL AND before_rating IS NOT NULL AND after_rating IS NOT NULL
            AND status != 'in_progress' AND counts = 1
        GROUP BY purpose, point_code;
    CREATE TRIGGER rating_totals_add AFTER INSERT ON sessions
    WHEN NEW.purpose IS NOT NULL AND NEW.before_rating IS NOT NULL AND NEW.after_rating IS NOT NULL
        AND NEW.status != 'in_progress' AND NEW.counts = 1
    BEGIN
        INSERT INTO rating_totals (purpose, point_code, sessions, change_sum)
            VALUES (NEW.purpose, NEW.point_code, 1, NEW.before_rating - NEW.after_rating)
            ON CONFLICT (purpose, point_code) DO UPDATE
            SET sessions = sessions + 1, change_sum = change_sum + excluded.change_sum;
    END;
    CREATE TRIGGER rating_totals_remove AFTER DELETE ON sessions
    WHEN OLD.purpose IS NOT NULL AND OLD.before_rating IS NOT NULL AND OLD.after_rating IS NOT NULL
        AND OLD.status != 'in_progress' AND OLD.counts = 1
    BEGIN
        UPDATE rating_totals SET sessions = sessions - 1,
            change_sum = change_sum - (OLD.before_rating - OLD.after_rating)
            WHERE purpose = OLD.purpose AND point_code = OLD.point_code;
    END;
    CREATE TRIGGER rating_totals_forget_old
    AFTER UPDATE OF purpose, before_rating, after_rating, status, counts ON sessions
    WHEN OLD.purpose IS NOT NULL AND OLD.before_rating IS NOT NULL AND OLD.after_rating IS NOT NULL
        AND OLD.status != 'in_progress' AND OLD.counts = 1
    BEGIN
        UPDATE rating_totals SET sessions = sessions - 1,
            change_sum = change_sum - (OLD.before_rating - OLD.after_rating)
            WHERE purpose = OLD.purpose AND point_code = OLD.point_code;
    END;
    CREATE TRIGGER rating_totals_learn_new
    AFTER UPDATE OF purpose, before_rating, after_rating, status, counts ON sessions
    WHEN NEW.purpose IS NOT NULL AND NEW.before_rating IS NOT NULL AND NEW.after_rating IS NOT NULL
        AND NEW.status != 'in_progress' AND NEW.counts = 1
    BEGIN
        INSERT INTO rating_totals (purpose, point_code, sessions, change_sum)
            VALUES (NEW.purpose, NEW.point_code, 1, NEW.before_rating - NEW.after_rating)
            ON CONFLICT (purpose, point_code) DO UPDATE
            SET sessions = sessions + 1, change_sum = change_sum + excluded.change_sum;
    END;
    """,
    # 8: the quiz: each card's review schedule (an FSRS card as JSON) and every answer given
    """
    CREATE TABLE quiz_cards (
        key TEXT PRIMARY KEY,
        card TEXT NOT NULL,
        state INTEGER NOT NULL CHECK (state BETWEEN 1 AND 3),
        due_utc REAL NOT NULL,
        first_review_utc REAL NOT NULL
    );
    CREATE INDEX quiz_cards_by_first_review ON quiz_cards (first_review_utc);
    CREATE TABLE quiz_reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL,
        reviewed_at TEXT NOT NULL,
        reviewed_utc REAL NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        outcome TEXT NOT NULL CHECK (outcome IN ('right', 'close', 'missed')),
        seconds REAL NOT NULL CHECK (seconds >= 0),
        cun_off REAL CHECK (cun_off IS NULL OR cun_off >= 0),
        state_after INTEGER NOT NULL CHECK (state_after BETWEEN 1 AND 3)
    );
    CREATE INDEX quiz_reviews_by_time ON quiz_reviews (reviewed_utc);
    """,
    # 9: "what is due" reads every card's state and due time; an index holding just those
    # (and the key) answers it without reading each card's whole schedule
    """
    CREATE INDEX quiz_cards_standing ON quiz_cards (state, due_utc, key);
    """,
    # 10: the History tab counts the sessions a status filter leaves, without reading them all
    """
    CREATE INDEX sessions_by_status ON sessions (status, started_utc);
    """,
    # 11: notes another device's later edit replaced, kept readable in the session's detail
    """
    CREATE TABLE session_earlier_notes (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        note TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
        PRIMARY KEY (session_id, note)
    );
    """,
    # 12: which computer each session was practised on, and the names the user gave those
    # computers, so the history can be filtered by device even while the sync folder is away
    """
    ALTER TABLE sessions ADD COLUMN device TEXT CHECK (device IS NULL OR length(device) = 32);
    CREATE INDEX sessions_by_device ON sessions (device, started_utc);
    CREATE TABLE devices (
        id TEXT PRIMARY KEY CHECK (length(id) = 32),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        last_write_utc REAL
    );
    """,
    # 13: changes made while the sync folder could not be written (a stick unplugged, a share
    # away), kept here in order until they can be appended to this computer's journal
    """
    CREATE TABLE sync_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        line TEXT NOT NULL CHECK (length(line) BETWEEN 2 AND 65536)
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)

# Tables that only summarise ``sessions`` (kept current by triggers): a missing or stale one is
# rebuilt from the sessions by the migration statement that first filled it, losing nothing.
DERIVED_TABLES: tuple[str, ...] = ("daily_totals", "rating_totals")


def statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (which contain ';') whole."""
    found: list[str] = []
    current = ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n;"):
                found.append(current.strip())
            current = ""
    return found
