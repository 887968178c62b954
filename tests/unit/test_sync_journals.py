"""Journals in a synced folder survive what sync tools do: half-written, cut, copied, newer, hostile."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from acupressure_desktop.history.sync.clock import Stamp
from acupressure_desktop.history.sync.journal import (
    JOURNAL_FORMAT,
    DeletedEntry,
    DeviceNameEntry,
    JournalHeader,
    NoteEntry,
    SessionEntry,
)
from acupressure_desktop.history.sync.journal_files import JournalReader, append, device_folder
from tests.unit.history_data import session

DESK, LAPTOP = "d" * 32, "1" * 32
DAY = date(2026, 11, 28)


def header(device: str, name: str) -> JournalHeader:
    return JournalHeader(format=JOURNAL_FORMAT, device=device, device_name=name, app_version="0.2.0")


def stamp(ms: int, device: str = LAPTOP) -> Stamp:
    return Stamp(wall_ms=ms, counter=0, device=device)


def laptop_wrote(root: Path) -> Path:
    return append(
        root,
        header(LAPTOP, "Laptop"),
        [
            SessionEntry(stamp=stamp(1), session=session(1)),
            NoteEntry(stamp=stamp(2), session_id=session(1).id, note="Felt lighter"),
        ],
        DAY,
    )


def test_a_device_reads_what_the_others_wrote_and_not_its_own(tmp_path: Path) -> None:
    laptop_wrote(tmp_path)
    append(tmp_path, header(DESK, "Desk"), [DeletedEntry(stamp=stamp(3, DESK), session_id=session(9).id)], DAY)
    read = JournalReader().read(tmp_path, own_device=DESK).others
    assert [type(e).__name__ for _device, e in read.entries] == ["SessionEntry", "NoteEntry"]
    assert read.devices[LAPTOP].name == "Laptop" and read.devices[LAPTOP].last_stamp == stamp(2)
    assert DESK not in read.devices and read.refused == [] and read.newer == []


def test_appending_again_adds_lines_under_one_header(tmp_path: Path) -> None:
    path = laptop_wrote(tmp_path)
    append(tmp_path, header(LAPTOP, "Laptop"), [DeletedEntry(stamp=stamp(4), session_id=session(1).id)], DAY)
    lines = path.read_text().splitlines()
    assert len(lines) == 4 and json.loads(lines[0])["kind"] == "journal"
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_line_still_being_written_is_left_for_next_time(tmp_path: Path) -> None:
    path = laptop_wrote(tmp_path)
    whole = path.read_bytes()
    path.write_bytes(whole[:-20])  # the sync tool copied it mid-line
    read = JournalReader().read(tmp_path, own_device=DESK).others
    assert [type(e).__name__ for _device, e in read.entries] == ["SessionEntry"]
    assert read.refused == []


def test_a_line_cut_by_a_crash_is_dropped_before_the_next_append(tmp_path: Path) -> None:
    path = laptop_wrote(tmp_path)
    path.write_bytes(path.read_bytes()[:-20])
    append(tmp_path, header(LAPTOP, "Laptop"), [DeletedEntry(stamp=stamp(5), session_id=session(1).id)], DAY)
    read = JournalReader().read(tmp_path, own_device=DESK).others
    assert [type(e).__name__ for _device, e in read.entries] == ["SessionEntry", "DeletedEntry"]
    assert read.refused == []


def test_conflict_copies_are_read_like_any_other_file(tmp_path: Path) -> None:
    path = laptop_wrote(tmp_path)
    copy = path.with_name(f"{path.stem}.sync-conflict-20261128-101500-ABCDEFG{path.suffix}")
    copy.write_bytes(path.read_bytes())
    read = JournalReader().read(tmp_path, own_device=DESK).others
    assert len(read.entries) == 4  # the same changes twice: merging them twice changes nothing
    assert read.refused == []


def test_a_journal_of_a_newer_version_is_skipped_and_said(tmp_path: Path) -> None:
    folder = device_folder(tmp_path, LAPTOP)
    folder.mkdir(parents=True)
    newer = {"kind": "journal", "format": JOURNAL_FORMAT + 1, "device": LAPTOP, "device_name": "Laptop"}
    (folder / "2026-11-28.jsonl").write_text(json.dumps(newer) + "\n")
    read = JournalReader().read(tmp_path, own_device=DESK).others
    assert read.entries == [] and read.newer == ["2026-11-28.jsonl"] and read.refused == []


def test_a_hostile_or_foreign_file_is_refused_by_name_and_nothing_of_it_is_used(tmp_path: Path) -> None:
    folder = device_folder(tmp_path, LAPTOP)
    folder.mkdir(parents=True)
    (folder / "2026-11-26.jsonl").write_text("this is not a journal\n")
    good = header(LAPTOP, "Laptop").model_dump_json()
    bad_line = json.dumps({"kind": "note", "stamp": "0000000000002-0000-" + LAPTOP, "session_id": "x", "note": 1})
    ok_line = NoteEntry(stamp=stamp(1), session_id=session(1).id, note="kept?").model_dump_json()
    (folder / "2026-11-27.jsonl").write_text(f"{good}\n{ok_line}\n{bad_line}\n")
    (folder / "2026-11-25.jsonl").write_text(good.replace(LAPTOP, DESK) + "\n" + ok_line + "\n")
    read = JournalReader().read(tmp_path, own_device=DESK).others
    assert read.entries == []
    assert len(read.refused) == 3
    said = " ".join(read.refused)
    assert f"{LAPTOP}/2026-11-26.jsonl" in said and f"{LAPTOP}/2026-11-27.jsonl" in said
    assert "another device's folder" in said


def test_a_reader_parses_again_only_the_journals_that_grew(tmp_path: Path) -> None:
    reader = JournalReader()
    laptop_wrote(tmp_path)
    first = reader.read(tmp_path, own_device=DESK)
    assert len(first.fresh) == 2 and len(first.others.entries) == 2
    assert reader.read(tmp_path, own_device=DESK).fresh == []  # nothing new: nothing parsed
    later = DeletedEntry(stamp=stamp(5), session_id=session(1).id)
    append(tmp_path, header(LAPTOP, "Laptop"), [later], date(2026, 11, 29))
    again = reader.read(tmp_path, own_device=DESK)
    assert again.fresh == [later] and len(again.others.entries) == 3


def test_a_new_name_in_a_later_journal_names_the_device(tmp_path: Path) -> None:
    laptop_wrote(tmp_path)
    append(
        tmp_path,
        header(LAPTOP, "Laptop"),
        [DeviceNameEntry(stamp=stamp(7), name="Sofa laptop")],
        date(2026, 11, 29),
    )
    assert JournalReader().read(tmp_path, own_device=DESK).others.devices[LAPTOP].name == "Sofa laptop"
