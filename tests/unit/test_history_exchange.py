"""Export and import: round trips, all-or-nothing imports, and hostile files."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acupressure_desktop.history import History, SessionRecord, SessionStatus
from acupressure_desktop.history.backups import (
    BackupError,
    copy_database,
    remove_leftovers,
)
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


def everything(history: History) -> list:  # type: ignore[type-arg]
    return history.sessions.page(SessionFilter(), 0, 10_000)


@pytest.fixture
def records() -> list:  # type: ignore[type-arg]
    return [
        session(1, purpose="headache", before=7, after=2, note="Felt lighter, 'quoted', \"double\""),
        session(2, "PC6", note="=SUM(A1) looks like a formula"),
        session(3, "ST36", circular=True, note="multi\nline ✓ 合谷"),
    ]


def test_export_wipe_import_gives_back_the_same_history(tmp_path: Path, records: list) -> None:  # type: ignore[type-arg]
    history = History.open(tmp_path / "a")
    history.sessions.insert_many(records)
    exported = tmp_path / "export.json"
    exported.write_text(export_json(everything(history), NOW), encoding="utf-8")
    fresh = History.open(tmp_path / "b")
    assert fresh.sessions.insert_many(read_import(exported)) == (3, 0)
    assert everything(fresh) == everything(history)
    assert fresh.sessions.insert_many(read_import(exported)) == (0, 3)  # already there: skipped


def test_the_json_says_what_it_is_and_which_version(records: list) -> None:  # type: ignore[type-arg]
    data = json.loads(export_json(records, NOW))
    assert data["format"] == "acupressure-desktop-history"
    assert data["schema_version"] == 2
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
    history = History.open(tmp_path)
    history.sessions.insert_many(records[:1])
    data = json.loads(export_json(records, NOW))
    data["sessions"][2]["status"] = "exploded"
    with pytest.raises(HistoryImportError):
        history.sessions.insert_many(parse_import(json.dumps(data).encode()))
    assert len(everything(history)) == 1


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
    history = History.open(tmp_path / "fuzz")
    if not everything(history):
        history.sessions.insert_many([session(500, "PC6", note="already here")])
    before = everything(history)
    try:
        result = import_bytes(history.sessions, raw)
    except HistoryImportError as error:
        assert error.problems
        assert all(isinstance(p, str) and p for p in error.problems)
        assert everything(history) == before
    else:
        # Some edits leave a valid file (a note changed to another string): then it imports whole.
        new = [r for r in everything(history) if r not in before]
        assert result.added == len(new)
        history.sessions.delete([r.id for r in new])
        assert everything(history) == before
    history.close()


def test_daily_backups_keep_the_last_seven(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    history.sessions.insert_many([session(1)])
    for day in range(1, 11):
        history.database.back_up_daily(date(2026, 11, day))
    assert history.database.back_up_daily(date(2026, 11, 10)) is None  # once a day
    kept = history.database.backups()
    assert kept[0].name == "history-2026-11-10.backup.sqlite3"
    assert len(kept) == 7
    copy = sqlite3.connect(kept[0])
    assert copy.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1
    assert oct(kept[0].stat().st_mode & 0o777) == "0o600"


def test_restoring_a_backup_first_keeps_the_current_history(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    history.sessions.insert_many([session(1)])
    [backup] = [history.database.back_up_daily(date(2026, 11, 1))]
    history.sessions.insert_many([session(2), session(3)])
    safety = history.database.restore(backup, NOW)
    assert len(everything(history)) == 1
    assert history.database.can_write
    kept = sqlite3.connect(safety)
    assert kept.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 3


def test_a_damaged_backup_is_refused_and_the_history_is_untouched(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    history.sessions.insert_many([session(1)])
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database" * 1000)
    with pytest.raises(BackupError, match="not a database"):
        history.database.restore(broken, NOW)
    assert len(everything(history)) == 1
    assert history.database.can_write


# --- times, ids and running sessions in imports -----------------------------------------------


def exported(records: list[SessionRecord]) -> dict:  # type: ignore[type-arg]
    return json.loads(export_json(records, NOW))  # type: ignore[no-any-return]


@pytest.mark.parametrize("field", ["started_at", "ended_at"])
@pytest.mark.parametrize(
    "moment",
    [
        "9999-12-31T23:59:59-23:59",  # past the year 9999 in UTC
        "0001-01-01T00:00:00+23:59",  # before the year 1 in UTC
        "1969-12-31T23:59:59Z",
        "3000-01-01T00:00:00Z",
    ],
)
def test_an_import_with_a_time_out_of_range_is_refused(tmp_path: Path, field: str, moment: str) -> None:
    history = History.open(tmp_path)
    data = exported([session(1)])
    data["sessions"][0][field] = moment
    if field == "ended_at":
        data["sessions"][0]["started_at"] = "1970-01-01T00:00:00Z"
    with pytest.raises(HistoryImportError) as caught:
        import_bytes(history.sessions, json.dumps(data).encode())
    assert caught.value.problems[0].startswith(f"session 1 (00000000-0000-0000-0000-000000000002), field {field}:")
    assert "between the years 1970 and 2999" in caught.value.problems[0]
    assert everything(history) == []


@pytest.mark.parametrize("moment", ["1970-01-01T00:00:00Z", "2999-12-31T23:59:59Z", "2999-12-31T23:59:59+14:00"])
def test_times_at_the_edges_of_the_range_are_kept(moment: str) -> None:
    data = exported([session(1)])
    data["sessions"][0]["started_at"] = data["sessions"][0]["ended_at"] = moment
    [record] = parse_import(json.dumps(data).encode())
    assert record.started_at == datetime.fromisoformat(moment)


def test_the_app_never_builds_a_record_out_of_range() -> None:
    base = session(1).model_dump()
    for moment in (datetime(1969, 12, 31, 23, 59, tzinfo=UTC), datetime(3000, 1, 1, tzinfo=UTC)):
        with pytest.raises(ValueError, match="between the years 1970 and 2999"):
            SessionRecord.model_validate(base | {"started_at": moment, "ended_at": None})
    with pytest.raises(ValueError, match="timezone"):
        SessionRecord.model_validate(base | {"started_at": datetime(2026, 1, 1), "ended_at": None})


def test_an_import_that_ends_before_it_starts_is_refused() -> None:
    data = exported([session(1), session(2)])
    data["sessions"][1]["ended_at"] = "2026-01-01T00:00:00Z"
    with pytest.raises(HistoryImportError) as caught:
        parse_import(json.dumps(data).encode())
    assert caught.value.problems == [
        "session 2 (00000000-0000-0000-0000-000000000003), field (the whole record): the session ends before it starts"
    ]


def test_the_apps_own_record_may_end_before_it_starts_when_the_clock_was_set_back() -> None:
    record = session(1)
    earlier = record.model_copy(update={"ended_at": record.started_at - timedelta(minutes=5)})
    assert SessionRecord.model_validate(earlier.model_dump()) == earlier


def test_a_session_without_an_id_is_refused_so_a_second_import_cannot_add_it_again(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    data = exported([session(1), session(2)])
    del data["sessions"][1]["id"]
    with pytest.raises(HistoryImportError) as caught:
        import_bytes(history.sessions, json.dumps(data).encode())
    assert caught.value.problems == ["session 2 has no id; every exported session has one"]
    assert everything(history) == []


def test_a_new_session_in_the_app_still_makes_its_own_id() -> None:
    fields = session(1).model_dump(exclude={"id"})
    assert SessionRecord(**fields).id != SessionRecord(**fields).id


def test_a_session_still_running_in_the_file_is_added_as_interrupted(tmp_path: Path) -> None:
    running = session(1, status=SessionStatus.IN_PROGRESS).model_copy(update={"ended_at": None})
    raw = export_json([running, session(2)], NOW).encode()
    history = History.open(tmp_path)
    result = import_bytes(history.sessions, raw)
    assert (result.added, result.skipped, result.interrupted) == (2, 0, 1)
    stored = history.sessions.get(running.id)
    assert stored is not None
    assert stored.status is SessionStatus.INTERRUPTED
    assert stored.ended_at == running.started_at + timedelta(seconds=running.actual_s)
    assert import_bytes(history.sessions, raw).interrupted == 0  # already there: skipped, nothing new to say
    history.close()
    reopened = History.open(tmp_path)
    assert reopened.database.recovered == []  # no "did not finish last time" for a session from a file


def test_a_running_session_keeps_the_end_the_file_gives_it() -> None:
    running = session(1, status=SessionStatus.IN_PROGRESS)
    [record] = parse_import(export_json([running], NOW).encode())
    assert (record.status, record.ended_at) == (SessionStatus.INTERRUPTED, running.ended_at)


# --- backups: each kind kept by its own rule ---------------------------------------------------


def backed_up_history(tmp_path: Path) -> History:
    history = History.open(tmp_path)
    history.sessions.insert_many([session(1)])
    return history


def count_in(path: Path) -> int:
    copy = sqlite3.connect(path)
    try:
        return int(copy.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
    finally:
        copy.close()


def restore_times(history: History, backup: Path, times: list[datetime]) -> list[Path]:
    return [history.database.restore(backup, when) for when in times]


def test_back_up_now_copies_outlive_the_daily_retention(tmp_path: Path) -> None:
    history = backed_up_history(tmp_path)
    folder = tmp_path / "backups"
    manual = history.database.back_up_now(datetime(2026, 11, 1, 9, 30))
    # Named as the History page names its own copies.
    by_page = folder / "history-2026-10-01-083000.backup.sqlite3"
    history.database.read(lambda db: copy_database(db, by_page), None)
    for day in range(1, 21):
        history.database.back_up_daily(date(2026, 11, day))
    assert manual.name == "history-2026-11-01-093000.backup.sqlite3"
    assert manual.exists() and by_page.exists()
    assert len(history.database.backups()) == 9


def test_many_restores_never_push_out_daily_backups(tmp_path: Path) -> None:
    history = backed_up_history(tmp_path)
    first = history.database.back_up_daily(date(2026, 11, 1))
    assert first is not None
    restore_times(history, first, [NOW + timedelta(minutes=m) for m in range(9)])
    today = history.database.back_up_daily(date(2026, 11, 2))
    assert today is not None and today.exists()
    assert first.exists()


def test_the_newest_seven_copies_from_before_a_restore_are_kept(tmp_path: Path) -> None:
    history = backed_up_history(tmp_path)
    folder = tmp_path / "backups"
    backup = history.database.back_up_daily(date(2026, 11, 1))
    assert backup is not None
    made = restore_times(history, backup, [NOW + timedelta(minutes=m) for m in range(9)])
    left = sorted(p for p in folder.iterdir() if p.name.startswith("history-before-restore-"))
    assert left == sorted(made[2:])
    assert backup.exists()


def test_two_restores_in_the_same_second_keep_both_copies(tmp_path: Path) -> None:
    history = backed_up_history(tmp_path)
    backup = history.database.back_up_daily(date(2026, 11, 1))
    assert backup is not None
    history.sessions.insert_many([session(2), session(3)])
    [first] = restore_times(history, backup, [NOW])
    [second] = restore_times(history, backup, [NOW])
    assert first != second
    assert second.name == "history-before-restore-20261124-120000-2.backup.sqlite3"
    assert (count_in(first), count_in(second)) == (3, 1)
    # Sorted by the counter too: an eighth restore removes the oldest, not the second copy.
    made = restore_times(history, backup, [NOW + timedelta(seconds=s) for s in range(1, 7)])
    assert not first.exists()
    assert second.exists() and all(p.exists() for p in made)


def test_backing_up_twice_in_the_same_second_keeps_both_copies(tmp_path: Path) -> None:
    history = backed_up_history(tmp_path)
    first = history.database.back_up_now(datetime(2026, 11, 24, 12, 0))
    history.sessions.insert_many([session(2)])
    second = history.database.back_up_now(datetime(2026, 11, 24, 12, 0))
    assert second.name == "history-2026-11-24-120000-2.backup.sqlite3"
    assert (count_in(first), count_in(second)) == (1, 2)


def test_leftovers_of_killed_copies_are_removed_once_stale(tmp_path: Path) -> None:
    history = backed_up_history(tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = [
        folder / "history-2026-11-23.backup.sqlite3.partial",
        folder / "history-2026-11-23.backup.sqlite3.partial-journal",
        tmp_path / "history.sqlite3.restoring",
        tmp_path / "history.sqlite3.restoring.partial",
    ]
    fresh = folder / "history-2026-11-24-120000.backup.sqlite3.partial"
    an_hour_ago = time.time() - 3600
    for path in [*stale, fresh]:
        path.write_bytes(b"half a copy")
    for path in stale:
        os.utime(path, (an_hour_ago, an_hour_ago))
    history.database.back_up_daily(date(2026, 11, 24))
    assert [p for p in stale if p.exists()] == []
    assert fresh.exists()  # may be a copy being made right now
    assert history.database.path.exists() and count_in(history.database.path) == 1
    assert remove_leftovers(folder, history.database.path, now=time.time() + 3600) == [fresh]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_backups_are_private_from_the_first_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    history = backed_up_history(tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    modes: list[int | None] = []
    real_connect = sqlite3.connect

    def watching(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if isinstance(database, Path) and database.name.endswith(".partial"):
            modes.append(database.stat().st_mode & 0o777 if database.exists() else None)
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", watching)
    old_umask = os.umask(0o022)
    try:
        made = history.database.back_up_daily(date(2026, 11, 24))
    finally:
        os.umask(old_umask)
    assert made is not None
    assert modes == [0o600]  # before any data is written into it
    assert made.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700


def test_a_daily_backup_that_cannot_be_written_says_why(tmp_path: Path) -> None:
    history = backed_up_history(tmp_path)
    folder = tmp_path / "backups"
    folder.write_text("a file where the folder should be")
    with pytest.raises(BackupError, match=r"^The history could not be backed up to .*backups \(") as caught:
        history.database.back_up_daily(date(2026, 11, 24))
    assert isinstance(caught.value, OSError)  # what the callers already catch


def test_a_history_that_cannot_be_read_cannot_be_backed_up_and_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    database = History.open(blocker / "data").database
    with pytest.raises(BackupError, match=r"^The history could not be backed up to .* \(it cannot be read\)\.$"):
        database.back_up_now(NOW)
    assert database.backups() == []


def test_the_quiz_travels_with_an_export_and_a_card_already_here_keeps_its_own_schedule(tmp_path: Path) -> None:
    from fsrs import Scheduler

    from acupressure_desktop.history.exchange import import_file, quiz_export
    from acupressure_desktop.learning.grading import Outcome
    from acupressure_desktop.learning.schedule import Schedule

    source = History.open(tmp_path / "a", now=lambda: NOW)
    learner = Schedule(source.quiz, lambda: NOW, Scheduler(enable_fuzzing=False))
    learner.answer("locate:ST36", Outcome.RIGHT, 9.0, cun_off=0.3)
    learner.answer("recognise:PC6", Outcome.MISSED, 4.0)
    exported = tmp_path / "export.json"
    exported.write_text(export_json(everything(source), NOW, quiz_export(source.quiz)), encoding="utf-8")

    target = History.open(tmp_path / "b", now=lambda: NOW)
    Schedule(target.quiz, lambda: NOW, Scheduler(enable_fuzzing=False)).answer("locate:ST36", Outcome.MISSED, 3.0)
    result = import_file(target.sessions, exported, target.quiz)
    assert result.quiz_cards == 1  # PC6 is new here; ST36 was already being learnt here
    assert set(target.quiz.cards()) == {"locate:ST36", "recognise:PC6"}
    kept = [r for r in target.quiz.reviews() if r.key == "locate:ST36"]
    assert [r.outcome for r in kept] == [Outcome.MISSED]  # this history's own answer, not the file's
    assert import_file(target.sessions, exported, target.quiz).quiz_cards == 0


def test_an_export_with_a_spoilt_quiz_card_is_refused_whole(tmp_path: Path) -> None:
    data = json.loads(export_json([session(1)], NOW))
    data["quiz"] = {
        "cards": [{"key": "locate:ST36", "card": {"due": "yesterday"}, "first_review": "2026-01-01T00:00:00Z"}]
    }
    with pytest.raises(HistoryImportError, match=r"quiz\.cards\.0\.card"):
        parse_import(json.dumps(data).encode())


def test_a_version_1_export_without_a_quiz_still_imports(tmp_path: Path) -> None:
    data = json.loads(export_json([session(1)], NOW))
    data["schema_version"] = 1
    assert len(parse_import(json.dumps(data).encode())) == 1
