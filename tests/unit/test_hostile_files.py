"""Hostile files: whatever a chosen or hand-edited file holds, or turns out to be, ends in a plain refusal.

Covers the history import, the routine import and the safety answers (the settings file, read
through Qt, has its own tests under tests/gui), with the hostile content of ``tests.hostile``.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given, settings

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.history import History
from acupressure_desktop.history.exchange import (
    MAX_IMPORT_BYTES,
    HistoryImportError,
    export_json,
    import_file,
    parse_import,
    read_import,
)
from acupressure_desktop.history.queries import SessionFilter
from acupressure_desktop.routines import Routine, RoutineStep
from acupressure_desktop.routines.exchange import (
    RoutineImportError,
    read_routine_file,
    routine_from_json,
    routine_to_json,
)
from acupressure_desktop.safety import SafetyProfile, SafetyProfileStore
from acupressure_desktop.user_files import UnsuitableFileError, read_user_file
from tests.hostile import FUZZ, SPECIAL, hostile_files, quickly, special_file
from tests.unit.history_data import session

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
HISTORY_BASE = json.loads(export_json([session(0, note="first"), session(1, "PC6", purpose="headache")], NOW))
ROUTINE_BASE = json.loads(
    routine_to_json(Routine(name="Evening", purpose="insomnia", steps=(RoutineStep(point_code="HT7", sides="left"),)))
)
SAFETY_BASE = {
    "version": 1,
    "conditions": ["diabetes", "pregnancy"],
    "answered": True,
    "skipped": False,
    "reminded": False,
}


def test_the_fuzzed_files_are_broken_from_valid_ones(tmp_path: Path, catalog: Catalog) -> None:
    assert len(parse_import(json.dumps(HISTORY_BASE).encode())) == 2
    assert routine_from_json(json.dumps(ROUTINE_BASE).encode(), catalog).name == "Evening"
    store = SafetyProfileStore(tmp_path)
    store.path.write_text(json.dumps(SAFETY_BASE))
    assert store.load().conditions == {"diabetes", "pregnancy"} and not store.notice


# --- the reader itself ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", SPECIAL)
def test_the_reader_refuses_anything_but_a_regular_file(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "chosen.json"
    with special_file(kind, target), pytest.raises(UnsuitableFileError, match=r"^chosen\.json is not a regular file$"):
        quickly(lambda: read_user_file(target, 1000))


def test_the_reader_reads_a_small_file_whole_and_refuses_a_large_one(tmp_path: Path) -> None:
    target = tmp_path / "big.json"
    target.write_bytes(b"x" * 1000)
    assert read_user_file(target, 1000) == b"x" * 1000
    with pytest.raises(UnsuitableFileError, match=r"^big\.json is larger than 999 bytes$"):
        read_user_file(target, 999)
    with target.open("wb") as handle:
        handle.truncate(25 * 1024 * 1024)
    with pytest.raises(UnsuitableFileError, match="larger than 20 MB"):
        read_user_file(target, 20 * 1024 * 1024)


def test_the_reader_counts_what_it_reads_not_what_the_file_claims() -> None:
    claims_nothing = Path("/proc/self/status")  # a regular file that reports a size of 0
    if not claims_nothing.exists() or claims_nothing.stat().st_size:
        pytest.skip("no /proc here")
    with pytest.raises(UnsuitableFileError, match="larger than 10 bytes"):
        read_user_file(claims_nothing, 10)


def test_the_reader_leaves_missing_and_forbidden_files_to_the_system(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_user_file(tmp_path / "gone.json", 1000)
    (tmp_path / "dangling.json").symlink_to(tmp_path / "gone.json")
    with pytest.raises(FileNotFoundError):
        read_user_file(tmp_path / "dangling.json", 1000)
    if os.name == "posix" and os.geteuid() != 0:  # root reads anything
        locked = tmp_path / "locked.json"
        locked.write_text("{}")
        locked.chmod(0)
        with pytest.raises(PermissionError):
            read_user_file(locked, 1000)


# --- history import ---------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["top", "session"])
def test_a_number_past_python_s_digit_limit_is_refused_as_history(where: str) -> None:
    number = "1" * 5000
    document = json.dumps(HISTORY_BASE).replace('"note": "first"', f'"note": {number}')
    raw = (number if where == "top" else document).encode()
    with pytest.raises(HistoryImportError):
        parse_import(raw)


def everything(history: History) -> list[Any]:
    return history.sessions.page(SessionFilter(), 0, 10_000)


@settings(FUZZ, max_examples=300)
@given(raw=hostile_files(HISTORY_BASE))
def test_hostile_history_exports_are_refused_with_reasons(raw: bytes) -> None:
    try:
        records = parse_import(raw)
    except HistoryImportError as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)
        event("refused")
    else:
        assert all(r.started_at.tzinfo is not None for r in records)
        event("imported")


@settings(FUZZ, max_examples=100)
@given(raw=hostile_files(HISTORY_BASE))
def test_a_hostile_history_file_changes_nothing(tmp_path: Path, raw: bytes) -> None:
    store = History.open(tmp_path / "data")
    try:
        if not everything(store):
            store.sessions.insert_many([session(500, "ST36", note="already here")])
        before = everything(store)
        chosen = tmp_path / "export.json"
        chosen.write_bytes(raw)
        try:
            result = import_file(store.sessions, chosen)
        except HistoryImportError as error:
            assert error.problems
            assert everything(store) == before
            event("refused")
        else:
            event("imported")
            # A break that leaves a valid export (an extra note changed, say) imports whole.
            new = [r for r in everything(store) if r not in before]
            assert result.added == len(new)
            store.sessions.delete([r.id for r in new])
        assert everything(store) == before
        assert chosen.read_bytes() == raw
    finally:
        store.close()


@pytest.mark.parametrize("kind", SPECIAL)
def test_a_special_file_offered_as_history_is_refused_and_changes_nothing(tmp_path: Path, kind: str) -> None:
    store = History.open(tmp_path / "data")
    store.sessions.insert_many([session(1)])
    before = everything(store)
    chosen = tmp_path / "export.json"
    with special_file(kind, chosen), pytest.raises(HistoryImportError) as caught:
        quickly(lambda: import_file(store.sessions, chosen))
    assert caught.value.problems == ["export.json is not a regular file"]
    assert everything(store) == before
    store.close()


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "not valid JSON"), (b"[" * 100_000, "nested far too deeply"), ("{}".encode("utf-16"), "not UTF-8")],
)
def test_an_empty_deep_or_foreign_history_file_is_refused(tmp_path: Path, content: bytes, problem: str) -> None:
    chosen = tmp_path / "export.json"
    chosen.write_bytes(content)
    with pytest.raises(HistoryImportError, match=problem):
        read_import(chosen)


def test_a_history_file_past_the_limit_is_refused_by_what_is_read(tmp_path: Path) -> None:
    chosen = tmp_path / "export.json"
    chosen.write_bytes(b" " * (MAX_IMPORT_BYTES + 1))
    with pytest.raises(HistoryImportError) as caught:
        read_import(chosen)
    assert caught.value.problems == ["export.json is larger than 20 MB"]


# --- routine import ---------------------------------------------------------------------------------


@settings(FUZZ, max_examples=300)
@given(raw=hostile_files(ROUTINE_BASE))
def test_hostile_routine_files_are_refused_with_a_plain_reason(tmp_path: Path, catalog: Catalog, raw: bytes) -> None:
    chosen = Path(tempfile.mkdtemp(dir=tmp_path)) / "shared.routine.json"
    chosen.write_bytes(raw)
    try:
        from_bytes: Routine | RoutineImportError = routine_from_json(raw, catalog)
    except RoutineImportError as error:
        from_bytes = error
    try:
        from_file: Routine | RoutineImportError = read_routine_file(chosen, catalog)
    except RoutineImportError as error:
        from_file = error
    if isinstance(from_bytes, RoutineImportError):
        assert isinstance(from_file, RoutineImportError)
        message = str(from_bytes)
        assert message and len(message) <= 300 and "Traceback" not in message
        event("refused")
    else:
        event("imported")
        assert isinstance(from_file, Routine) and not from_bytes.preset
        assert (from_file.name, from_file.steps) == (from_bytes.name, from_bytes.steps)
    assert chosen.read_bytes() == raw


@pytest.mark.parametrize("kind", SPECIAL)
def test_a_special_file_offered_as_a_routine_is_refused(tmp_path: Path, catalog: Catalog, kind: str) -> None:
    chosen = tmp_path / "shared.routine.json"
    with (
        special_file(kind, chosen),
        pytest.raises(RoutineImportError, match=r"^shared\.routine\.json is not a regular"),
    ):
        quickly(lambda: read_routine_file(chosen, catalog))


def test_a_routine_file_past_the_limit_is_refused_by_what_is_read(tmp_path: Path, catalog: Catalog) -> None:
    chosen = tmp_path / "shared.routine.json"
    chosen.write_bytes(b" " * (100 * 1024 + 1))
    with pytest.raises(RoutineImportError, match=r"^shared\.routine\.json is larger than 100 KB$"):
        read_routine_file(chosen, catalog)


# --- safety answers ---------------------------------------------------------------------------------


def assert_set_aside(folder: Path, store: SafetyProfileStore, original: bytes | None) -> None:
    """Defaults and a notice; the file gone from its place but kept, unchanged, under a dated name."""
    assert store.notice.startswith("Your saved safety answers were damaged")
    assert not store.path.exists() and not store.path.is_symlink()
    [kept] = folder.glob("safety.json.damaged-*")
    assert kept.name in store.notice
    if original is not None:
        assert kept.read_bytes() == original


@settings(FUZZ, max_examples=200)
@given(raw=hostile_files(SAFETY_BASE))
def test_hostile_safety_answers_are_set_aside_and_asked_again(tmp_path: Path, raw: bytes) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    store = SafetyProfileStore(folder)
    store.path.write_bytes(raw)
    profile = store.load()
    if store.notice:
        assert profile == SafetyProfile()
        assert_set_aside(folder, store, raw)
        event("set aside")
    else:
        event("read")
        # The break left a profile this version reads (another known condition, say): it stays.
        assert store.path.read_bytes() == raw
        assert not list(folder.glob("safety.json.damaged-*"))


@pytest.mark.parametrize("kind", [*SPECIAL, "empty"])
def test_a_special_file_in_place_of_the_safety_answers_is_set_aside(tmp_path: Path, kind: str) -> None:
    store = SafetyProfileStore(tmp_path)
    if kind == "empty":
        store.path.write_bytes(b"")
        profile = store.load()
    else:
        with special_file(kind, store.path):
            profile = quickly(store.load)
    assert profile == SafetyProfile()
    assert_set_aside(tmp_path, store, b"" if kind == "empty" else None)
    assert store.save(SafetyProfile().with_answers(frozenset({"diabetes"})))  # and the answers can be saved again
