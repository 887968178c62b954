"""Routines: validation, presets, the library in the history and its migration, and routine runs in the history."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import pytest
from pydantic import ValidationError

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.history import History, SessionStatus
from acupressure_desktop.history.opening import DATABASE_NAME
from acupressure_desktop.history.records import RoutineRunRecord
from acupressure_desktop.history.schema import MIGRATIONS
from acupressure_desktop.practice import SteadyPressure
from acupressure_desktop.resources import resource_root
from acupressure_desktop.routines import (
    MAX_STEPS,
    Routine,
    RoutineStep,
    load_presets,
    preset_id,
    routine_problems,
    step_for,
)

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
ARTICLE_REASONS = {"fatigue", "insomnia", "headache", "menstrual-cramps", "muscle-tension", "nausea", "stress-anxiety"}


def mine(catalog: Catalog, *codes: str, name: str = "My evening") -> Routine:
    return Routine(name=name, purpose="insomnia", steps=tuple(step_for(catalog.point(c)) for c in codes))


def test_each_of_the_article_s_reasons_has_a_preset_built_from_suitable_points(catalog: Catalog) -> None:
    presets, problems = load_presets(resource_root(), catalog)
    assert problems == []
    assert {p.purpose for p in presets} == ARTICLE_REASONS
    for preset in presets:
        assert preset.preset and routine_problems(preset, catalog) == []
        assert all(preset.purpose in catalog.point(s.point_code).symptom_ids for s in preset.steps)
        assert 5 * 60 < preset.total_s < 20 * 60
    assert presets[0].id == preset_id("fatigue")


def test_a_preset_with_an_unknown_or_unsuited_point_is_left_out_with_a_reason(catalog: Catalog, tmp_path: Path) -> None:
    root = tmp_path / "resources"
    shutil.copytree(resource_root(), root)
    path = root / "catalog" / "routines.json"
    data = json.loads(path.read_text())
    data["routines"][0]["points"] = ["ST36", "XX99"]
    data["routines"][1]["points"] = ["ST36"]  # not used for insomnia
    path.write_text(json.dumps(data))
    presets, problems = load_presets(root, catalog)
    assert len(presets) == 5
    assert problems == [
        "catalog/routines.json: fatigue: unknown point 'XX99'",
        "catalog/routines.json: insomnia: ST36 is not traditionally used for insomnia",
    ]


def test_a_broken_presets_file_is_reported_not_fatal(catalog: Catalog, tmp_path: Path) -> None:
    root = tmp_path / "resources"
    shutil.copytree(resource_root(), root)
    (root / "catalog" / "routines.json").write_text("{ not json")
    presets, problems = load_presets(root, catalog)
    assert presets == () and "cannot be read" in problems[0]


def test_bad_routines_are_refused_with_a_clear_message(catalog: Catalog) -> None:
    with pytest.raises(ValidationError, match="at least 1 item"):
        Routine(name="Empty", steps=())
    with pytest.raises(ValidationError, match="at most 12 items"):
        Routine(name="Long", steps=tuple(step_for(catalog.point("PC6")) for _ in range(MAX_STEPS + 1)))
    with pytest.raises(ValidationError, match="3 minutes"):
        RoutineStep(point_code="PC6", protocol=SteadyPressure(ramp_up_s=60, hold_s=150, ease_off_s=60))
    with pytest.raises(ValidationError, match="keep it within 60"):
        long_step = RoutineStep(point_code="PC6", protocol=SteadyPressure(ramp_up_s=30, hold_s=120, ease_off_s=30))
        Routine(name="Too long", steps=(long_step,) * MAX_STEPS)
    odd = Routine(name="Odd", steps=(RoutineStep(point_code="XX9"), RoutineStep(point_code="CV12", sides="both")))
    assert routine_problems(odd, catalog) == [
        "step 1: there is no point 'XX9'",
        "step 2: CV12 is on the centre line; press it once",
    ]


def test_a_routine_s_total_counts_every_step_and_the_pauses_between(catalog: Catalog) -> None:
    routine = mine(catalog, "PC6", "CV12")
    assert routine.total_s == pytest.approx(routine.steps[0].duration_s + routine.steps[1].duration_s + 8)


def test_the_user_s_routines_round_trip_in_order_and_survive_reopening(tmp_path: Path, catalog: Catalog) -> None:
    history = History.open(tmp_path)
    library = history.routines
    first, second = mine(catalog, "HT7", "PC6"), mine(catalog, "KI1", name="Feet")
    assert library.save(first) and library.save(second)
    assert library.save(first.model_copy(update={"name": "Evening calm"}))
    assert library.reorder([second.id, first.id])
    history.close()
    reopened = History.open(tmp_path)
    routines, problems = reopened.routines.load()
    assert problems == []
    assert [r.name for r in routines] == ["Feet", "Evening calm"]
    assert routines[1].steps == first.steps
    assert reopened.routines.delete(second.id)
    assert [r.name for r in reopened.routines.load()[0]] == ["Evening calm"]
    reopened.close()


def test_presets_cannot_be_saved_only_copied(tmp_path: Path, catalog: Catalog) -> None:
    history = History.open(tmp_path)
    presets, _ = load_presets(resource_root(), catalog)
    with pytest.raises(ValueError, match="save a copy"):
        history.routines.save(presets[0])
    copy = presets[0].copy_as("My tiredness routine")
    assert not copy.preset and copy.id != presets[0].id and copy.steps == presets[0].steps
    assert history.routines.save(copy)
    history.close()


def test_a_routine_edited_by_hand_into_nonsense_is_reported_and_skipped(tmp_path: Path, catalog: Catalog) -> None:
    history = History.open(tmp_path)
    library = history.routines
    library.save(mine(catalog, "HT7"))
    assert history.database._db is not None
    history.database._db.execute(
        "INSERT INTO routines (id, name, purpose, steps, position, updated_at) VALUES (?, 'Broken', NULL, ?, 9, '')",
        (str(uuid4()), '[{"point_code": "HT7", "protocol": {"kind": "steady", "hold_s": 9999}}]'),
    )
    routines, problems = library.load()
    assert [r.name for r in routines] == ["My evening"]
    assert problems and problems[0].startswith("The routine 'Broken' cannot be used")
    history.close()


def test_a_version_five_history_gains_routines_and_keeps_its_sessions(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / DATABASE_NAME)
    for version, step in enumerate(MIGRATIONS[:5], start=1):
        db.executescript(step)
        db.execute(f"PRAGMA user_version = {version}")
    db.execute(
        "INSERT INTO sessions (id, point_code, protocol, sides, started_at, status, started_utc)"
        " VALUES ('0b1d7d1e-9c3e-4c59-8f0e-3d1f2a3b4c5d', 'PC6', ?, '[\"left\"]', ?, 'completed', ?)",
        (SteadyPressure().model_dump_json(), START.isoformat(), START.timestamp()),
    )
    db.commit()
    db.close()
    history = History.open(tmp_path)
    [record] = history.sessions.recent()
    assert record.point_code == "PC6" and record.routine_run_id is None
    assert history.routines.load() == ([], [])
    history.close()


def test_a_routine_run_is_one_entry_with_its_step_sessions_inside(tmp_path: Path, catalog: Catalog) -> None:
    from tests.unit.history_data import session

    history = History.open(tmp_path)
    log = history.runs
    routine = mine(catalog, "HT7", "PC6")
    run = RoutineRunRecord(routine_id=routine.id, routine_name=routine.name, started_at=START, steps_planned=2)
    assert log.begin(run)
    for n in range(2):
        record = session(n, point=routine.steps[n].point_code, when=START + timedelta(minutes=4 * n))
        assert history.sessions.begin(record.model_copy(update={"routine_run_id": run.id}))
    assert log.progress(run.id, 1)
    assert log.finish(run.id, SessionStatus.STOPPED, 1, START + timedelta(minutes=6))
    stored = log.get(run.id)
    assert stored is not None and (stored.status, stored.steps_done) == (SessionStatus.STOPPED, 1)
    assert len(log.session_ids(run.id)) == 2
    assert [r.routine_run_id for r in history.sessions.recent()] == [run.id, run.id]
    history.close()


def test_a_run_left_running_by_a_crash_is_marked_interrupted(tmp_path: Path, catalog: Catalog) -> None:
    history = History.open(tmp_path)
    routine = mine(catalog, "HT7")
    run = RoutineRunRecord(routine_id=routine.id, routine_name=routine.name, started_at=START, steps_planned=1)
    history.runs.begin(run)
    history.close()
    reopened = History.open(tmp_path)
    [stored] = reopened.runs.recent()
    assert stored.status is SessionStatus.INTERRUPTED and stored.ended_at is not None
    reopened.close()


def test_a_routine_file_round_trips_as_a_new_routine(catalog: Catalog) -> None:
    from acupressure_desktop.routines.exchange import routine_from_json, routine_to_json

    original = mine(catalog, "HT7", "PC6")
    again = routine_from_json(routine_to_json(original).encode(), catalog)
    assert (again.name, again.purpose, again.steps) == (original.name, original.purpose, original.steps)
    assert again.id != original.id and not again.preset


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe", "not readable JSON"),
        (b"[1, 2]", "not a routine saved by this app"),
        (b'{"format": "acupressure-desktop-routine", "version": 9, "routine": {}}', "newer version"),
        (
            b'{"format": "acupressure-desktop-routine", "version": 1, "routine": {"name": "x", "steps": []}}',
            "a routine needs at least one point",
        ),
        (
            b'{"format": "acupressure-desktop-routine", "version": 1, "routine": {"name": "x", '
            b'"steps": [{"point_code": "ZZ99"}]}}',
            "there is no point 'ZZ99'",
        ),
        (b"x" * 200_000, "far too large"),
        (b"[" * 1000 + b"]" * 1000, "nested far too deeply"),
        (b"[" * 50_000, "nested far too deeply"),
        (
            b'{"format": "acupressure-desktop-routine", "version": 1, "routine": {"name": "x", "steps": '
            + b"[" * 5000
            + b"]" * 5000
            + b"}}",
            "nested far too deeply",
        ),
        (b'{"format": "acupressure-desktop-routine", "version": ' + b"1" * 5000 + b"}", "not readable JSON"),
        (b'{"format": "acupressure-desktop-routine", "version": "' + b"9" * 50_000 + b'"}', "unknown format version"),
    ],
)
def test_a_bad_routine_file_is_refused_with_a_reason(catalog: Catalog, content: bytes, message: str) -> None:
    from acupressure_desktop.routines.exchange import RoutineImportError, routine_from_json

    with pytest.raises(RoutineImportError, match=message):
        routine_from_json(content, catalog)


def test_a_routine_file_is_read_only_when_it_is_an_ordinary_small_file(tmp_path: Path, catalog: Catalog) -> None:
    from acupressure_desktop.routines.exchange import RoutineImportError, read_routine_file, routine_to_json

    chosen = tmp_path / "shared.routine.json"
    chosen.write_text(routine_to_json(mine(catalog, "HT7")), encoding="utf-8")
    assert [s.point_code for s in read_routine_file(chosen, catalog).steps] == ["HT7"]
    folder = tmp_path / "folder.json"
    folder.mkdir()
    with pytest.raises(RoutineImportError, match=r"^folder\.json is not a regular file$"):
        read_routine_file(folder, catalog)
    chosen.write_bytes(b" " * 200_000)
    with pytest.raises(RoutineImportError, match=r"^shared\.routine\.json is larger than 100 KB$"):
        read_routine_file(chosen, catalog)
