"""Export and import: round trips, all-or-nothing imports, and hostile files."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acupressure_desktop.history import HistoryStore
from acupressure_desktop.history.backups import backups, daily_backup, restore_backup
from acupressure_desktop.history.exchange import (
    HistoryImportError,
    export_csv,
    export_json,
    import_bytes,
    parse_import,
    read_import,
)
from acupressure_desktop.history.queries import SessionFilter
from tests.unit.history_data import session

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def everything(store: HistoryStore) -> list:  # type: ignore[type-arg]
    return store.page(SessionFilter(), 0, 10_000)


@pytest.fixture
def records() -> list:  # type: ignore[type-arg]
    return [
        session(1, purpose="headache", before=7, after=2, note="Felt lighter, 'quoted', \"double\""),
        session(2, "PC6", note="=SUM(A1) looks like a formula"),
        session(3, "ST36", circular=True, note="multi\nline ✓ 合谷"),
    ]


def test_export_wipe_import_gives_back_the_same_history(tmp_path: Path, records: list) -> None:  # type: ignore[type-arg]
    store = HistoryStore.open(tmp_path / "a")
    store.insert_many(records)
    exported = tmp_path / "export.json"
    exported.write_text(export_json(everything(store), NOW), encoding="utf-8")
    fresh = HistoryStore.open(tmp_path / "b")
    assert fresh.insert_many(read_import(exported)) == (3, 0)
    assert everything(fresh) == everything(store)
    assert fresh.insert_many(read_import(exported)) == (0, 3)  # already there: skipped


def test_the_json_says_what_it_is_and_which_version(records: list) -> None:  # type: ignore[type-arg]
    data = json.loads(export_json(records, NOW))
    assert data["format"] == "acupressure-desktop-history"
    assert data["schema_version"] == 1
    assert len(data["sessions"]) == 3


def test_csv_opens_as_a_table_and_defuses_formulas(records: list) -> None:  # type: ignore[type-arg]
    rows = list(csv.DictReader(io.StringIO(export_csv(records))))
    assert [r["point_code"] for r in rows] == ["LI4", "PC6", "ST36"]
    assert rows[0]["protocol"] == "Steady pressure"
    assert rows[0]["before_rating"] == "7"
    assert rows[1]["note"].startswith("'=")
    assert rows[2]["note"] == "multi\nline ✓ 合谷"


def test_every_problem_is_reported_with_its_record_and_field(records: list) -> None:  # type: ignore[type-arg]
    data = json.loads(export_json(records, NOW))
    data["sessions"][0]["before_rating"] = 42
    data["sessions"][2]["point_code"] = 7
    with pytest.raises(HistoryImportError) as caught:
        parse_import(json.dumps(data).encode())
    problems = caught.value.problems
    assert len(problems) == 2
    assert problems[0].startswith("session 1 (00000000-0000-0000-0000-000000000002), field before_rating")
    assert problems[1].startswith("session 3 (00000000-0000-0000-0000-000000000004), field point_code")


def test_a_bad_file_writes_nothing(tmp_path: Path, records: list) -> None:  # type: ignore[type-arg]
    store = HistoryStore.open(tmp_path)
    store.insert_many(records[:1])
    data = json.loads(export_json(records, NOW))
    data["sessions"][2]["status"] = "exploded"
    with pytest.raises(HistoryImportError):
        store.insert_many(parse_import(json.dumps(data).encode()))
    assert len(everything(store)) == 1


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe not utf8", "not UTF-8"),
        (b"{", "not valid JSON"),
        (b"[1, 2]", "not an Acupressure Desktop history export"),
        (b'{"format": "acupressure-desktop-history", "schema_version": 99}', "version is 99"),
        (b"[" * 100_000 + b"]" * 100_000, "nested far too deeply"),
        (
            b'{"format": "acupressure-desktop-history", "schema_version": 1, "exported_at": "2026-01-01T00:00:00Z",'
            b' "sessions": [{"note": "' + b"x" * 10_000_000 + b'"}]}',
            "session 1",
        ),
    ],
)
def test_hostile_files_fail_cleanly(raw: bytes, message: str) -> None:
    with pytest.raises(HistoryImportError) as caught:
        parse_import(raw)
    assert message in str(caught.value)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(25 * 1024 * 1024)
    with pytest.raises(HistoryImportError, match="20 MB"):
        read_import(big)


def test_duplicate_ids_inside_one_file_are_refused(records: list) -> None:  # type: ignore[type-arg]
    data = json.loads(export_json(records, NOW))
    data["sessions"].append(data["sessions"][0])
    with pytest.raises(HistoryImportError, match="more than once"):
        parse_import(json.dumps(data).encode())


def json_values(depth: int = 3) -> st.SearchStrategy[object]:
    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
        max_leaves=12,
    )


@st.composite
def malformed_exports(draw: st.DrawFn) -> bytes:
    """A real export with one part broken: a field replaced, removed or added, or raw bytes mangled."""
    base = json.loads(export_json([session(n) for n in range(draw(st.integers(1, 3)))], NOW))
    record = draw(st.sampled_from(base["sessions"]))
    how = draw(st.sampled_from(["replace", "remove", "add", "bytes", "header"]))
    if how == "replace":
        key = draw(st.sampled_from(sorted(record)))
        record[key] = draw(json_values())
    elif how == "remove":
        del record[draw(st.sampled_from(["id", "point_code", "protocol", "sides", "started_at"]))]
    elif how == "add":
        record[draw(st.text(min_size=1, max_size=10).filter(lambda k: k not in record))] = draw(json_values())
    elif how == "header":
        base[draw(st.sampled_from(["format", "schema_version", "exported_at", "sessions"]))] = draw(json_values())
    raw = json.dumps(base).encode()
    if how == "bytes":
        cut = draw(st.integers(0, len(raw) - 1))
        raw = raw[:cut] + draw(st.binary(min_size=1, max_size=8)) + raw[cut + 1 :]
    return raw


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=malformed_exports())
def test_a_thousand_malformed_files_fail_cleanly_and_change_nothing(tmp_path: Path, raw: bytes) -> None:
    store = HistoryStore.open(tmp_path / "fuzz")
    if not everything(store):
        store.insert_many([session(500, "PC6", note="already here")])
    before = everything(store)
    try:
        result = import_bytes(store, raw)
    except HistoryImportError as error:
        assert error.problems
        assert all(isinstance(p, str) and p for p in error.problems)
        assert everything(store) == before
    else:
        # Some edits leave a valid file (a note changed to another string): then it imports whole.
        new = [r for r in everything(store) if r not in before]
        assert result.added == len(new)
        store.delete([r.id for r in new])
        assert everything(store) == before
    store.close()


def test_daily_backups_keep_the_last_seven(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path)
    store.insert_many([session(1)])
    folder = tmp_path / "backups"
    for day in range(1, 11):
        daily_backup(store.connection, folder, date(2026, 11, day))
    assert daily_backup(store.connection, folder, date(2026, 11, 10)) is None  # once a day
    kept = backups(folder)
    assert kept[0].name == "history-2026-11-10.backup.sqlite3"
    assert len(kept) == 7
    copy = sqlite3.connect(kept[0])
    assert copy.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1
    assert oct(kept[0].stat().st_mode & 0o777) == "0o600"


def test_restoring_a_backup_first_keeps_the_current_history(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path)
    store.insert_many([session(1)])
    folder = tmp_path / "backups"
    [backup] = [daily_backup(store.connection, folder, date(2026, 11, 1))]
    store.insert_many([session(2), session(3)])
    path = store.path
    store.close()
    safety = restore_backup(path, backup, folder, NOW)
    reopened = HistoryStore.open(tmp_path)
    assert len(everything(reopened)) == 1
    kept = sqlite3.connect(safety)
    assert kept.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 3


def test_a_damaged_backup_is_refused_and_the_history_is_untouched(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path)
    store.insert_many([session(1)])
    path = store.path
    store.close()
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database" * 1000)
    with pytest.raises(sqlite3.DatabaseError):
        restore_backup(path, broken, tmp_path / "backups", NOW)
    assert len(everything(HistoryStore.open(tmp_path))) == 1
