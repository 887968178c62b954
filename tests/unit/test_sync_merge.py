"""Merging resolved changes into a real history: added, edited, deleted, and nothing twice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from acupressure_desktop.history import History
from acupressure_desktop.history.sync.clock import Stamp
from acupressure_desktop.history.sync.journal import DeletedEntry, NoteEntry, SessionEntry
from acupressure_desktop.history.sync.merge import HistoryMerge, MergeResult
from acupressure_desktop.history.sync.resolve import resolve
from tests.unit.history_data import session

LAPTOP, DESK = "1" * 32, "2" * 32


def at(ms: int, device: str = LAPTOP) -> Stamp:
    return Stamp(wall_ms=ms, counter=0, device=device)


def test_a_session_from_another_device_is_added_once_and_counts_in_the_totals(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    record = session(1)
    merge = HistoryMerge(history.database)
    first = merge.apply(resolve([SessionEntry(stamp=at(1), session=record)]))
    again = merge.apply(resolve([SessionEntry(stamp=at(1), session=record)]))
    assert first == MergeResult(added=1) and again == MergeResult()
    assert history.sessions.get(record.id) == record
    day = record.started_at.astimezone().date()
    assert history.totals.sessions_on(day) == 1


def test_a_later_note_from_elsewhere_replaces_ours_and_ours_stays_readable(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    record = session(2, note="Written here")
    history.sessions.insert_many([record])
    merged = resolve(
        [
            SessionEntry(stamp=at(1, DESK), session=record),
            NoteEntry(stamp=at(5), session_id=record.id, note="Written on the laptop"),
        ]
    )
    merge = HistoryMerge(history.database)
    assert merge.apply(merged) == MergeResult(changed=1)
    stored = history.sessions.get(record.id)
    assert stored is not None and stored.note == "Written on the laptop"
    assert history.sessions.earlier_notes(record.id) == ["Written here"]


def test_a_deletion_from_elsewhere_removes_the_session_here_and_its_earlier_notes(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    record = session(3)
    merge = HistoryMerge(history.database)
    body = SessionEntry(stamp=at(1), session=record)
    edit = NoteEntry(stamp=at(2, DESK), session_id=record.id, note="calmer")
    merge.apply(resolve([body, NoteEntry(stamp=at(1, DESK), session_id=record.id, note="first"), edit]))
    assert history.sessions.earlier_notes(record.id) != []
    result = merge.apply(resolve([body, edit, DeletedEntry(stamp=at(9), session_id=record.id)]))
    assert result == MergeResult(removed=1)
    assert history.sessions.get(record.id) is None and history.sessions.earlier_notes(record.id) == []
    assert history.totals.sessions_on(date(2026, 1, 1)) == 0


def test_a_history_that_cannot_be_written_says_so_instead_of_merging(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    history.close()
    assert HistoryMerge(history.database).apply(resolve([SessionEntry(stamp=at(1), session=session(4))])) is None
