"""Two computers, two histories, one folder: each sees the other's practice, edits and deletions."""

from __future__ import annotations

from pathlib import Path

import pytest

from acupressure_desktop.history import History
from acupressure_desktop.history.sync.journal_files import device_folder
from acupressure_desktop.history.sync.merge import HistoryMerge, MergeResult
from acupressure_desktop.history.sync.outbox import SyncOutbox
from acupressure_desktop.history.sync.sync_folder import SyncFolder
from tests.unit.history_data import session
from tests.unit.sync_computer import DAY, Computer

DESK, LAPTOP = "d" * 32, "1" * 32


@pytest.fixture
def computers(tmp_path: Path) -> tuple[Computer, Computer]:
    shared = tmp_path / "Sync"
    return (
        Computer(tmp_path / "desk", shared, DESK, "Desk"),
        Computer(tmp_path / "laptop", shared, LAPTOP, "Laptop"),
    )


def test_each_computer_sees_both_computers_practice(computers: tuple[Computer, Computer]) -> None:
    desk, laptop = computers
    desk.practise(1)
    laptop.practise(2)
    laptop.practise(3)
    desk_report = desk.sync.merge_into(desk.merge)
    laptop_report = laptop.sync.merge_into(laptop.merge)
    assert desk_report.merged == MergeResult(added=2) and laptop_report.merged == MergeResult(added=1)
    assert desk.codes() == laptop.codes() and len(desk.codes()) == 3
    assert desk_report.devices[LAPTOP].name == "Laptop" and LAPTOP not in laptop_report.devices
    assert desk.sync.merge_into(desk.merge).merged == MergeResult()  # nothing new: nothing changes


def test_an_edit_and_a_deletion_on_one_computer_reach_the_other(computers: tuple[Computer, Computer]) -> None:
    desk, laptop = computers
    desk.practise(1)
    desk.practise(2)
    laptop.sync.merge_into(laptop.merge)
    first, second = session(1).id, session(2).id
    laptop.history.sessions.update_note(first, "Slept well after this")
    laptop.history.sessions.delete([second])
    report = desk.sync.merge_into(desk.merge)
    assert report.merged == MergeResult(changed=1, removed=1)
    kept = desk.history.sessions.get(first)
    assert kept is not None and kept.note == "Slept well after this"
    assert desk.history.sessions.get(second) is None


def test_the_newest_daily_goal_follows_the_user(computers: tuple[Computer, Computer]) -> None:
    desk, laptop = computers
    desk.sync.daily_goal(2)
    laptop.sync.merge_into(laptop.merge)
    laptop.sync.daily_goal(3)
    assert desk.sync.merge_into(desk.merge).daily_goal == 3


def test_a_change_the_folder_cannot_take_waits_and_reaches_the_other_computer_later(
    computers: tuple[Computer, Computer],
) -> None:
    desk, laptop = computers
    folder = device_folder(desk.sync.root, DESK)
    folder.parent.mkdir(parents=True)
    folder.write_text("a file where the device's folder should be")  # unwritable even for root
    record = session(5)
    desk.history.sessions.insert_many([record])
    assert "waits to be written to the sync folder" in desk.problems[-1]
    kept = desk.history.sessions.get(record.id)
    assert kept is not None and kept.model_copy(update={"device": None}) == record
    assert len(desk.outbox.waiting()) == 1
    folder.unlink()  # the folder can be written again
    desk.practise(6)
    assert desk.outbox.waiting() == []
    assert laptop.sync.merge_into(laptop.merge).merged == MergeResult(added=2)


def test_a_shared_folder_that_is_away_is_never_made_in_its_place(tmp_path: Path) -> None:
    stick = tmp_path / "media" / "stick"
    history = History.open(tmp_path / "home", device=DESK)
    outbox = SyncOutbox(history.database)
    away = SyncFolder.for_device(stick, DESK, "Desk", "0.2.0", lambda: DAY, outbox)
    assert "waits to be written" in away.daily_goal(3)
    assert not stick.exists() and len(outbox.waiting()) == 1
    stick.mkdir(parents=True)  # plugged in again
    assert away.flush() == "" and outbox.waiting() == []
    assert away.merge_into(HistoryMerge(history.database)).daily_goal == 3


def test_a_clock_restarted_from_the_journal_stamps_after_what_it_wrote(tmp_path: Path) -> None:
    shared = tmp_path / "Sync"
    shared.mkdir()
    first = SyncFolder.for_device(shared, DESK, "Desk", "0.2.0", lambda: DAY)
    first.daily_goal(2)
    again = SyncFolder.for_device(shared, DESK, "Desk", "0.2.0", lambda: DAY)
    again.daily_goal(4)  # written after, even if the wall clock went back meanwhile
    history = History.open(tmp_path / "home")
    assert again.merge_into(HistoryMerge(history.database)).daily_goal == 4
